r"""What every optimizer's module builds on.

An optimizer is one class in its own module under ``optimizers/``. The class is the optimizer's one
home: its update (``step``, NumPy that reads like the formula), its typed hyperparameters
(``Hyper``), each framework's version of it (``flavours``: the settable hyperparameters with that
framework's defaults, the values it fixes, and its ``Form``, the named behaviours that differ
between frameworks), its rules as LaTeX per framework (``rules``), its step-k explanation
(``explain``), its classes in PyTorch and Keras for the code export (``export``) and the learning
rates the pages start from. ``optimizers/__init__.py`` finds the modules; nothing else lists them.

The update works in place on ``x`` (the engine's array of start points) and keeps the state in
plain arrays named in ``state_names``. ``step(x, g, lr, t)`` applies update ``t`` (1-based) given
the gradient ``g`` the optimizer sees and this step's learning rate ``lr``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar

import numpy as np

from .conventions import BY_KEY, CONVENTIONS, WeightDecay, decay_rule
from .hyperparameters import ABSENT, SHARED, Hyperparameter
from .latex import Line


@dataclass(frozen=True)
class Flavour:
    """One framework's version of an optimizer.

    ``defaults``: the hyperparameters this framework lets you set, with its defaults (the app's
    defaults where a framework has none, e.g. μ 0.9 for Momentum). ``fixed``: the values of the
    optimizer's other hyperparameters in this framework (d2l's RMSProp has no momentum: 0).
    ``form``: the optimizer's named behaviours here. ``weight_decay``: how λ enters, when not the
    convention's way (AdamW decouples it everywhere). ``note``: a text-catalog key said under this
    framework's rules on the Theory page.
    """

    defaults: Mapping[str, float | bool]
    form: Any = None
    fixed: Mapping[str, float | bool] = field(default_factory=dict)
    weight_decay: WeightDecay | None = None
    note: str | None = None


@dataclass(frozen=True)
class FrameworkClass:
    """The optimizer in a framework, for the code export.

    ``path`` is the class (``torch.optim.RMSprop``, ``lion_pytorch.Lion``); ``arguments`` are
    passed always (``nesterov=True``); ``setup`` is code run once after the optimizer is made, and
    ``point`` the expression a script records as the run's point (the parameter itself unless the
    optimizer shows another sequence).
    """

    path: str
    arguments: tuple[tuple[str, object], ...] = ()
    setup: str = ""
    point: str | None = None


@dataclass(frozen=True)
class Export:
    torch: FrameworkClass | None = None
    keras: FrameworkClass | None = None


@dataclass(frozen=True)
class Rules:
    """An optimizer's formulas in one framework: the update (LaTeX lines); per option that
    changes it (a text-catalog key such as ``th.variant.centered``), the lines of that option; and
    how weight decay enters (None: the flavour's way, empty: it is part of the update)."""

    update: tuple[str, ...]
    options: tuple[tuple[str, tuple[str, ...]], ...] = ()
    decay: tuple[str, ...] | None = None


@dataclass(frozen=True)
class StepView:
    """What an explanation of step ``k`` sees: the gradient the optimizer used, this step's η,
    the point it started from (after any decoupled weight decay: ``start`` names it), the state
    before the step, and (as the optimizer instance itself) everything after it."""

    k: int
    g: np.ndarray
    lr: float
    x_before: np.ndarray
    start: str
    x: np.ndarray
    before: dict[str, Any]


def average_of_squares(average: np.ndarray, g: np.ndarray, decay: float) -> np.ndarray:
    """decay·average + (1 − decay)·g², in torch's order ((1 − decay)·g)·g: a new array (built in
    place, as every optimizer with a running mean square calls it on the whole swarm)."""
    new = (1 - decay) * g
    new *= g
    new += decay * average
    return new


def denominator(mean_square: np.ndarray, eps: float, eps_in_sqrt: bool) -> np.ndarray:
    """√(s + ε) or √s + ε: where a framework puts ε in an adaptive step's denominator."""
    return np.sqrt(mean_square + eps) if eps_in_sqrt else np.sqrt(mean_square) + eps


def denominator_latex(inner: str, eps_in_sqrt: bool) -> str:
    return rf"\sqrt{{{inner} + \varepsilon}}" if eps_in_sqrt else rf"\sqrt{{{inner}}} + \varepsilon"


def denominator_numbers(inner: str, eps: str, eps_in_sqrt: bool) -> str:
    """The same with numbers: ``inner`` and ``eps`` already written."""
    return rf"\sqrt{{{inner} + {eps}}}" if eps_in_sqrt else rf"\sqrt{{{inner}}} + {eps}"


class Optimizer:
    """The shared plumbing. A subclass sets the class attributes below and writes ``step``,
    ``rules`` and ``explain``."""

    name: ClassVar[str]
    order: ClassVar[int]  # where pages list it
    Hyper: ClassVar[type]  # a frozen dataclass with every hyperparameter as a typed field
    flavours: ClassVar[dict[str, Flavour]]
    own_hyperparameters: ClassVar[tuple[Hyperparameter, ...]] = ()
    names: ClassVar[dict[str, tuple[str, str, str, str]]] = {}  # framework names it renames
    export: ClassVar[Export] = Export()
    playground_lr: ClassVar[float]  # moves visibly on the 2-D surfaces in ~100 steps
    network_lr: ClassVar[float]  # trains the digits network in ~20 epochs
    normalized_steps: ClassVar[bool] = False  # steps stay ~η long however small the gradient
    state_names: ClassVar[tuple[str, ...]] = ()  # state arrays, shaped like x
    # the state that carries past gradients into the next update (a momentum buffer b, a first
    # moment m); None when the update has no such memory
    memory_state: ClassVar[str | None] = None
    scalar_names: ClassVar[tuple[str, ...]] = ()  # state numbers shared by every coordinate
    gradient_at: ClassVar[str] = "x"  # the symbol of the point whose gradient is taken
    on_surfaces: ClassVar[bool] = True  # False: for a network's weight matrices only (Muon)
    # what the framework's decoupled_weight_decay=True switches weight decay to, and its note
    decoupled_option: ClassVar[WeightDecay | None] = None
    decoupled_note: ClassVar[str] = "th.note.decoupled_flag"
    companion: ClassVar[str | None] = None  # what trains the parameters it does not take
    defaults: ClassVar[dict[str, dict[str, float | bool]]]  # per convention (from flavours)

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "flavours" in cls.__dict__:
            cls.defaults = {c: dict(f.defaults) for c, f in cls.flavours.items()}
            typed = {f.name for f in fields(cls.Hyper)}
            for convention, flavour in cls.flavours.items():
                given = set(flavour.defaults) | set(flavour.fixed)
                if given != typed:
                    raise TypeError(
                        f"{cls.__name__} in {convention}: defaults and fixed values must set "
                        f"exactly {sorted(typed)}; they set {sorted(given)}"
                    )

    def __init__(self, x0: np.ndarray, convention: str, hyper: Mapping[str, float | bool]):
        flavour = self.flavours[convention]
        self.convention = BY_KEY[convention]
        self.flavour = flavour
        self.form = flavour.form
        self.hyper = self.Hyper(**{**flavour.fixed, **hyper})
        self.shape = np.shape(x0)
        self.init_state(np.asarray(x0, dtype=np.float64))

    # ---- the update ---------------------------------------------------------------------------

    def init_state(self, x0: np.ndarray) -> None:
        """Every state array starts at 0 unless the optimizer says otherwise."""
        for name in self.state_names:
            setattr(self, name, np.zeros_like(x0))

    def step(self, x: np.ndarray, g: np.ndarray, lr: float, t: int) -> None:
        raise NotImplementedError

    def effective_step(self, lr: float) -> np.ndarray:
        """Per-coordinate step size of the last update: the factor that multiplies the direction
        it moved along (η for plain gradient methods)."""
        raise NotImplementedError

    @classmethod
    def memory_push(cls, convention: str) -> float:
        """+1 when an update moves x along ``memory_state`` (a velocity), -1 when against it (a
        running sum or mean of gradients, as most are)."""
        return -1.0

    def gradient_point(self, x: np.ndarray) -> np.ndarray:
        """Where the next gradient is taken: the point itself, for all but a few."""
        return x

    def weight_decay_form(self) -> WeightDecay:
        """How λ enters: the flavour's way, else the convention's (or what the framework's
        decoupled_weight_decay=True asks for)."""
        if not self.hyper.weight_decay:
            return WeightDecay.NONE
        if self.decoupled_option is not None and self.hyper.decoupled_weight_decay:
            return self.decoupled_option
        return self.flavour.weight_decay or self.convention.weight_decay

    def active_state_names(self) -> tuple[str, ...]:
        """The arrays this configuration really uses (e.g. RMSProp's ḡ only when centered)."""
        return self.state_names

    def state(self) -> dict[str, np.ndarray]:
        return {name: getattr(self, name) for name in self.active_state_names()}

    def scalars(self) -> dict[str, float]:
        return {name: float(getattr(self, name)) for name in self.scalar_names}

    def restore(self, arrays: Mapping[str, np.ndarray], numbers: Mapping[str, float]) -> None:
        """Set the state recorded after some step (arrays not recorded keep their start)."""
        for name, value in arrays.items():
            if name in self.state_names:
                setattr(self, name, np.array(value, dtype=np.float64))
        for name, value in numbers.items():
            setattr(self, name, float(value))

    # ---- the formulas -------------------------------------------------------------------------

    @classmethod
    def rules(cls, convention: str) -> Rules:
        """The update in ``convention`` as LaTeX (with _t subscripts), for the Theory page."""
        raise NotImplementedError

    @classmethod
    def decay_rules(cls, convention: str) -> tuple[tuple[str, ...], str | None]:
        """How λ enters in ``convention`` (what ``rules`` says, or the flavour's way, then the
        decoupled_weight_decay option's), and a text-catalog key said under it."""
        given = cls.rules(convention).decay
        if given is not None:
            return given, None
        flavour = cls.flavours[convention]
        lines = (decay_rule(flavour.weight_decay or BY_KEY[convention].weight_decay),)
        if cls.decoupled_option is not None and "decoupled_weight_decay" in flavour.defaults:
            return (*lines, decay_rule(cls.decoupled_option)), cls.decoupled_note
        return lines, None

    def explain_gradient_point(self, k: int, x_before: np.ndarray) -> list[Line]:
        """Lines said before the gradient's, when it is not taken at x_{k-1} (called after
        ``gradient_point``, before the step)."""
        return []

    def explain(self, view: StepView) -> list[Line]:
        """The lines of step ``view.k``, called on the optimizer right after that step."""
        raise NotImplementedError

    # ---- what pages read ----------------------------------------------------------------------

    @classmethod
    def hyperparameters(cls) -> tuple[Hyperparameter, ...]:
        """The keywords it takes in any framework, in the order pages show them."""
        taken = {f.name for f in fields(cls.Hyper)}
        known = (*SHARED, *cls.own_hyperparameters)
        return tuple(spec for spec in known if spec.key in taken)

    @classmethod
    def framework_names(cls, key: str) -> tuple[str, str, str, str]:
        """The keyword's name in PyTorch, Keras 3, TF1 and d2l for this optimizer ("—" where that
        framework's version has no such setting, or no such optimizer)."""
        names = cls.names.get(key) or next(s.names for s in cls.hyperparameters() if s.key == key)
        return tuple(
            name if key in cls.flavours.get(convention, Flavour({})).defaults else ABSENT
            for convention, name in zip(CONVENTIONS, names, strict=True)
        )
