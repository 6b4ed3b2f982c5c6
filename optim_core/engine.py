"""``optimize``: run one optimizer from one or many start points and keep what a teacher needs.

One step, in the order the frameworks apply it:

1. ``g = ∇f(x) + σ·ξ`` (ξ ~ N(0, 1) from ``numpy.random.default_rng(seed)``, one draw per step);
2. clipping, per start point: by value ``clip(g, -c, c)``, or by norm (pytorch and d2l as
   ``torch.nn.utils.clip_grad_norm_``: ``g·min(1, c/(‖g‖ + 1e-6))``; keras and tf1 as
   ``tf.clip_by_norm``: ``g·c/max(‖g‖, c)``);
3. weight decay: coupled ``g += λx``, or decoupled ``x -= η_t·λ·x`` (see ``optimizers.py``);
4. the optimizer's update with this step's learning rate ``η_t`` (see ``schedules.py``).

Divergence: the first step at which a start point is non-finite or has a coordinate beyond ``bound``
in absolute value is its ``diverged_at``; its points from there on are NaN, and the run stops early
once every start point has diverged.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from .base import Optimizer
from .conventions import BY_KEY, CONVENTIONS, ClipNorm, Convention, WeightDecay
from .hyperparameters import check
from .optimizers import HYPERPARAMETERS, NETWORK_OPTIMIZERS, OPTIMIZERS
from .schedules import SCHEDULES, learning_rates

MAX_STEPS = 100_000
"""Most steps one run may take."""

MAX_RECORDED_VALUES = 60_000_000
"""Most floats ``points`` may hold, ``(steps + 1) * x0.size`` (480 MB of float64)."""

VARIABLE = {
    # not schedule-free AdamW: it keeps the largest η seen so far (a max over one number)
    **{name: ("lr",) for name in OPTIMIZERS if name != "schedule_free_adamw"},
    "momentum": ("lr", "momentum"),
    "nesterov": ("lr", "momentum"),
    "rmsprop": ("lr", "gamma"),
    "adadelta": ("lr", "gamma"),
    "adam": ("lr", "beta1"),
    "adamw": ("lr", "beta1"),
}
"""The hyperparameters ``optimize(vary=...)`` may run many values of at once, per optimizer:
those that enter the update only through arithmetic (no branch on their value)."""

DEFAULT_BOUND = 1e6
"""A coordinate beyond this (in absolute value) counts as divergence."""

CLIP_NORM_TINY = 1e-6
"""torch.nn.utils.clip_grad_norm_ adds this to the norm before dividing."""


@dataclass(frozen=True)
class RunOptions:
    """What a run did around the optimizer's update (see the module docstring); None is "off"."""

    noise: float = 0.0
    seed: int = 0
    clip_value: float | None = None
    clip_norm: float | None = None
    schedule: str = "constant"
    decay_rate: float | None = None
    decay_steps: int | None = None
    min_lr: float = 0.0


@dataclass(frozen=True)
class Trajectory:
    """A run's path and its history. Index ``t`` of every per-step array means "after step t".

    ``points[t]`` is x_t (``points[0]`` is x0). ``grads[t]`` is the gradient the optimizer used in
    step t (after noise, clipping and coupled weight decay), ``raw_grads[t]`` ∇f where it was
    taken, ``noise[t]`` the noise added to it (None without noise); ``effective_step[t]``,
    ``lr[t]``, ``state[name][t]`` and ``scalars[name][t]`` are the step size, η_t and the state
    *after* step t. At index 0 the state holds its initial value and the others are NaN.
    ``values[t]`` is f(x_t) where f is known. Start points are the leading ``batch_ndim`` axes of
    x0; ``diverged_at`` has their shape and holds the first step at which each point diverged,
    or -1. ``options`` are the run's noise, clipping and schedule.
    """

    optimizer: str
    convention: str
    hyper: dict[str, float | bool]
    points: np.ndarray
    lr: np.ndarray
    batch_ndim: int
    diverged_at: np.ndarray
    bound: float
    overflowed: np.ndarray | None = None
    grads: np.ndarray | None = None
    raw_grads: np.ndarray | None = None
    noise: np.ndarray | None = None
    effective_step: np.ndarray | None = None
    state: dict[str, np.ndarray] = field(default_factory=dict)
    scalars: dict[str, np.ndarray] = field(default_factory=dict)
    values: np.ndarray | None = None
    options: RunOptions = field(default_factory=RunOptions)

    @property
    def steps(self) -> int:
        return self.points.shape[0] - 1

    @property
    def final(self) -> np.ndarray:
        return self.points[-1]

    @property
    def diverged(self) -> bool:
        return bool(np.any(self.diverged_at >= 0))

    @property
    def point_axes(self) -> tuple[int, ...]:
        """Axes of ``points`` that hold the coordinates of one point."""
        return tuple(range(1 + self.batch_ndim, self.points.ndim))

    @property
    def step_norms(self) -> np.ndarray:
        """‖x_t - x_{t-1}‖ per step and start point, shape ``(steps + 1, *batch)``, NaN at t = 0."""
        deltas = np.diff(self.points, axis=0)
        norms = np.sqrt(np.sum(deltas * deltas, axis=self.point_axes))
        return np.concatenate([np.full((1, *norms.shape[1:]), np.nan), norms])

    def last_finite(self) -> np.ndarray:
        """Each start point's last point before it diverged (its final point if it never did)."""
        index = np.where(self.diverged_at >= 0, self.diverged_at - 1, self.steps)
        batch_index = np.indices(index.shape)
        return self.points[(index, *batch_index)]


def clip_gradient(
    g: np.ndarray, options: RunOptions, convention: Convention, point_axes
) -> np.ndarray:
    """The gradient clipped as the run asks: by value ``clip(g, -c, c)``, or by norm per start
    point with the convention's rule."""
    if options.clip_value is not None:
        return np.clip(g, -options.clip_value, options.clip_value)
    if options.clip_norm is None:
        return g
    c = options.clip_norm
    norm = np.sqrt(np.sum(g * g, axis=point_axes, keepdims=True))
    if convention.clip_norm is ClipNorm.TORCH:
        return g * np.minimum(1.0, c / (norm + CLIP_NORM_TINY))  # g·min(1, c/(‖g‖ + 10⁻⁶))
    if convention.norm_in_float32:
        norm = norm.astype(np.float32).astype(np.float64)
    return g * c / np.maximum(norm, c)  # g·c/max(‖g‖, c)


class Stepper:
    """An optimizer with its weight decay: what one training step does to one parameter array.

    ``optimize`` runs one per trajectory; a training loop (``optim_core.mlp``) runs one per weight
    matrix, so both use the same update code. ``hyper`` must be resolved (``resolve_hyper``).
    """

    def __init__(self, name: str, x0: np.ndarray, convention: str, hyper: dict):
        self.optimizer: Optimizer = NETWORK_OPTIMIZERS[name](x0, convention, hyper)
        self.decay = self.optimizer.weight_decay_form()
        self.weight_decay = float(hyper.get("weight_decay", 0.0))
        self.initial_lr = np.asarray(hyper["lr"], dtype=np.float64)  # one per point when varied

    def gradient_point(self, x: np.ndarray) -> np.ndarray:
        """Where this step's gradient is to be taken (``x`` itself for all but a few)."""
        return self.optimizer.gradient_point(x)

    def decayed_gradient(self, g: np.ndarray, x: np.ndarray) -> np.ndarray:
        """g + λx when the decay is coupled (an L2 term in the loss)."""
        return g + self.weight_decay * x if self.decay is WeightDecay.COUPLED else g

    def decay_weights(self, x: np.ndarray, lr: float) -> None:
        """x ← x − η_t λ x (or its variants) in place, when the decay is decoupled."""
        if self.decay is WeightDecay.DECOUPLED:
            x -= lr * self.weight_decay * x
        elif self.decay is WeightDecay.DECOUPLED_UNSCALED:
            x -= self.weight_decay * x
        elif self.decay is WeightDecay.DECOUPLED_RELATIVE:
            x -= lr / self.initial_lr * self.weight_decay * x

    def step(self, x: np.ndarray, g: np.ndarray, lr: float, t: int) -> np.ndarray:
        """Update ``x`` in place (step ``t``, 1-based) given the gradient at ``gradient_point(x)``;
        return the gradient the optimizer used."""
        if self.decay is not WeightDecay.NONE:
            g = self.decayed_gradient(g, x)
            self.decay_weights(x, lr)
        self.optimizer.step(x, g, lr, t)
        return g


class ConventionError(ValueError):
    """An optimizer that the convention's framework does not have. ``optimizer``, ``convention``
    and ``available`` (the conventions that have it) let a user interface say it in words."""

    def __init__(self, optimizer: str, convention: str, available: tuple[str, ...]):
        super().__init__(
            f"{optimizer} has no {convention} version (its framework has no such optimizer); "
            f"it exists in the {', '.join(available)} convention{'s' if len(available) > 1 else ''}"
        )
        self.optimizer, self.convention, self.available = optimizer, convention, available


def optimizer_class(name: str, *, network: bool = False) -> type[Optimizer]:
    """The class of optimizer ``name`` (``network``: also those for weight matrices only)."""
    known = NETWORK_OPTIMIZERS if network else OPTIMIZERS
    if name not in known:
        if name in NETWORK_OPTIMIZERS:
            raise ValueError(f"{name} works on a network's weight matrices, not on a 2-D surface")
        raise ValueError(f"optimizer must be one of {', '.join(known)}; got {name!r}")
    return known[name]


def resolve_hyper(
    name: str, convention: str, hyper: dict, *, network: bool = False
) -> dict[str, float | bool]:
    """The convention's defaults for ``name``, overridden by ``hyper``; checks names and ranges.

    Raises ``ConventionError`` when the convention's framework has no such optimizer."""
    cls = optimizer_class(name, network=network)
    if convention not in CONVENTIONS:
        raise ValueError(f"convention must be one of {', '.join(CONVENTIONS)}; got {convention!r}")
    if convention not in cls.flavours:
        raise ConventionError(name, convention, tuple(cls.flavours))
    defaults = cls.flavours[convention].defaults
    for key in hyper:
        if key not in HYPERPARAMETERS:
            raise ValueError(
                f"unknown keyword {key!r}; hyperparameters are {', '.join(HYPERPARAMETERS)}"
            )
        if key not in defaults:
            raise ValueError(
                f"{key!r} does not apply to {name} in the {convention} convention; "
                f"it takes {', '.join(defaults)}"
            )
    resolved = {**defaults, **hyper}
    for key, value in resolved.items():
        check(HYPERPARAMETERS[key], value)
    return resolved


def check_hyper(key: str, value) -> None:
    """Raise ``HyperparameterError`` when ``value`` is outside the range of keyword ``key``."""
    check(HYPERPARAMETERS[key], value)


def check_options(
    steps, clip_value, clip_norm, noise, seed, schedule, decay_rate, decay_steps, min_lr, bound
) -> None:
    if isinstance(steps, bool) or not isinstance(steps, (int, np.integer)):
        raise ValueError(f"steps must be a whole number in [0, {MAX_STEPS}]; got {steps!r}")
    if not 0 <= steps <= MAX_STEPS:
        raise ValueError(f"steps must be in [0, {MAX_STEPS}]; got {steps}")
    if clip_value is not None and clip_norm is not None:
        raise ValueError("clip by value or by norm, not both (clip_value and clip_norm are set)")
    for key, value in (("clip_value", clip_value), ("clip_norm", clip_norm)):
        if value is not None and not (_is_number(value) and 0 < value < math.inf):
            raise ValueError(f"{key} must be a number > 0; got {value!r}")
    if not (_is_number(noise) and 0 <= noise < math.inf):
        raise ValueError(f"noise must be a number >= 0; got {noise!r}")
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or seed < 0:
        raise ValueError(f"seed must be a whole number >= 0; got {seed!r}")
    if schedule not in SCHEDULES:
        raise ValueError(f"schedule must be one of {', '.join(SCHEDULES)}; got {schedule!r}")
    if decay_rate is not None:
        if not (_is_number(decay_rate) and math.isfinite(decay_rate)):
            raise ValueError(f"decay_rate must be a number; got {decay_rate!r}")
        if schedule == "step" and not 0 < decay_rate <= 1:
            raise ValueError(f"decay_rate must be in (0, 1] for step; got {decay_rate!r}")
        if schedule == "exponential" and not decay_rate > 0:  # > 1 grows η (the range test)
            raise ValueError(f"decay_rate must be > 0 for exponential; got {decay_rate!r}")
        if schedule == "inverse_time" and decay_rate < 0:
            raise ValueError(f"decay_rate must be >= 0 for inverse_time; got {decay_rate!r}")
    if decay_steps is not None and (
        isinstance(decay_steps, bool)
        or not isinstance(decay_steps, (int, np.integer))
        or decay_steps < 1
    ):
        raise ValueError(f"decay_steps must be a whole number >= 1; got {decay_steps!r}")
    if not (_is_number(min_lr) and 0 <= min_lr < math.inf):
        raise ValueError(f"min_lr must be a number >= 0; got {min_lr!r}")
    if not (_is_number(bound) and bound > 0):
        raise ValueError(f"bound must be a number > 0; got {bound!r}")


def _is_number(value) -> bool:
    return isinstance(value, (int, float, np.number)) and not isinstance(value, (bool, np.bool_))


def _as_start(x0) -> np.ndarray:
    try:
        start = np.array(x0, dtype=np.float64)
    except (TypeError, ValueError):
        raise ValueError(f"x0 must be an array of numbers; got {x0!r}") from None
    if start.size == 0:
        raise ValueError("x0 must hold at least one number")
    if not np.all(np.isfinite(start)):
        raise ValueError("x0 must be finite (no NaN or inf)")
    return start


def _split_objective(grad) -> tuple[Callable, Callable | None]:
    """Accept a gradient function, or an object with ``.grad`` (and maybe ``.value``)."""
    if hasattr(grad, "grad") and callable(grad.grad):
        return grad.grad, getattr(grad, "value", None)
    if not callable(grad):
        raise ValueError(f"grad must be callable (or have a .grad method); got {grad!r}")
    return grad, None


def optimize(
    name: str,
    grad,
    x0,
    steps: int,
    *,
    convention: str = "pytorch",
    value: Callable | None = None,
    history: bool = True,
    batch_ndim: int | None = None,
    clip_value: float | None = None,
    clip_norm: float | None = None,
    noise: float = 0.0,
    seed: int = 0,
    schedule: str = "constant",
    decay_rate: float | None = None,
    decay_steps: int | None = None,
    min_lr: float = 0.0,
    bound: float = DEFAULT_BOUND,
    vary: tuple[str, tuple[float, ...]] | None = None,
    **hyper,
) -> Trajectory:
    """Run optimizer ``name`` for ``steps`` steps from ``x0`` and return its ``Trajectory``.

    ``grad`` maps an array shaped like ``x0`` to its gradient (or is a ``Surface``, whose ``value``
    then gives ``values``). ``x0`` of shape ``(2,)`` is one start point, ``(n, 2)`` (or
    ``(..., 2)``) are independent start points run at once, any other shape is one point;
    ``batch_ndim`` sets how many leading axes index start points when that guess is wrong.
    ``value`` maps ``points`` (shape
    ``(steps + 1, *x0.shape)``) to f at each point, shape ``(steps + 1, *batch)``.

    ``history=False`` keeps only ``points`` (for swarms: the history of 10,000 points is large).
    Hyperparameters (``lr``, ``gamma``, ``eps``, …) default to the ``convention``'s; the options are
    described in the module docstring. Bad input raises ``ValueError`` naming the parameter.

    ``vary=(key, values)`` runs the same start point once for each value of hyperparameter
    ``key``, all at once: x0 of shape ``(2,)`` becomes ``len(values)`` start points, and the value
    goes into the update as an array that broadcasts over them (only ``VARIABLE`` keys).
    """
    hyper = resolve_hyper(name, convention, hyper)
    if vary is not None:
        key, varied = vary
        if key not in VARIABLE.get(name, ()):
            raise ValueError(f"{key!r} cannot vary in one batched run of {name}")
        for one in varied:
            check_hyper(key, one)
        hyper[key] = np.asarray(varied, dtype=np.float64)[:, None]  # one value per start point
        x0 = np.tile(np.asarray(x0, dtype=np.float64), (len(varied), 1))
        batch_ndim = 1
    check_options(
        steps, clip_value, clip_norm, noise, seed, schedule, decay_rate, decay_steps, min_lr, bound
    )
    options = RunOptions(
        noise=float(noise), seed=int(seed), clip_value=clip_value, clip_norm=clip_norm,
        schedule=schedule, decay_rate=decay_rate, decay_steps=decay_steps, min_lr=float(min_lr),
    )  # fmt: skip
    grad_fn, surface_value = _split_objective(grad)
    value = value or surface_value
    x = _as_start(x0)
    if batch_ndim is None:
        batch_ndim = x.ndim - 1 if x.ndim >= 2 and x.shape[-1] == 2 else 0
    if not 0 <= batch_ndim < max(x.ndim, 1):
        raise ValueError(f"batch_ndim must be in [0, {max(x.ndim - 1, 0)}]; got {batch_ndim}")
    point_axes = tuple(range(batch_ndim, x.ndim))

    steps = int(steps)
    if (steps + 1) * x.size > MAX_RECORDED_VALUES:
        raise ValueError(
            f"steps × start points is too large: (steps + 1) × x0.size must be at most "
            f"{MAX_RECORDED_VALUES:,}; got {(steps + 1) * x.size:,}"
        )
    rates = np.stack(
        [
            learning_rates(lr, steps, schedule, decay_rate=decay_rate, decay_steps=decay_steps,
                           min_lr=min_lr)
            for lr in np.ravel(hyper["lr"])
        ],
        axis=-1,
    )  # fmt: skip
    rates = rates[:, :, None] if np.ndim(hyper["lr"]) else rates[:, 0]  # (steps, n, 1) when varied
    stepper = Stepper(name, x, convention, hyper)
    optimizer = stepper.optimizer
    rng = np.random.default_rng(seed) if noise > 0 else None
    clipping = clip_value is not None or clip_norm is not None
    rules = BY_KEY[convention]

    points = np.empty((steps + 1, *x.shape))
    points[0] = x
    grads = raw_grads = noise_history = effective = None
    state_history: dict[str, np.ndarray] = {}
    scalar_history: dict[str, np.ndarray] = {}
    if history:
        grads = np.full((steps + 1, *x.shape), np.nan)
        raw_grads = np.full((steps + 1, *x.shape), np.nan)
        noise_history = np.full((steps + 1, *x.shape), np.nan) if rng is not None else None
        effective = np.full((steps + 1, *x.shape), np.nan)
        for state_name, array in optimizer.state().items():
            state_history[state_name] = np.empty((steps + 1, *x.shape))
            state_history[state_name][0] = array
        for scalar_name, number in optimizer.scalars().items():
            scalar_history[scalar_name] = np.full(steps + 1, np.nan)
            scalar_history[scalar_name][0] = number

    alive = np.ones(x.shape[:batch_ndim], dtype=bool)
    diverged_at = np.full(x.shape[:batch_ndim], -1)
    overflowed = np.zeros(x.shape[:batch_ndim], dtype=bool)
    # NaN fails both comparisons of the quick test below; inf must fail it too when bound is inf
    quick_bound = min(float(bound), np.finfo(np.float64).max)
    last = steps
    with np.errstate(all="ignore"):
        for t in range(1, steps + 1):
            g = grad_fn(optimizer.gradient_point(x))
            if not isinstance(g, np.ndarray) or g.dtype != np.float64:
                g = np.asarray(g, dtype=np.float64)
            if g.shape != x.shape:
                raise ValueError(
                    f"grad must return an array shaped like x0 {x.shape}; got shape {g.shape}"
                )
            if history:
                raw_grads[t] = g
            if rng is not None:
                drawn = noise * rng.standard_normal(x.shape)
                g = g + drawn
                if history:
                    noise_history[t] = drawn
            if clipping:
                g = clip_gradient(g, options, rules, point_axes)
            lr = rates[t - 1]
            g = stepper.step(x, g, lr, t)
            points[t] = x
            if history:
                grads[t] = g
                effective[t] = optimizer.effective_step(lr)
                for state_name, array in state_history.items():
                    array[t] = getattr(optimizer, state_name)
                for scalar_name, numbers in scalar_history.items():
                    numbers[t] = getattr(optimizer, scalar_name)
            if not _inside(x, quick_bound):
                within = np.all(_within_bound(x, bound), axis=point_axes)
                newly_diverged = alive & ~within
                diverged_at[newly_diverged] = t
                overflowed |= newly_diverged & ~np.all(np.isfinite(x), axis=point_axes)
                alive &= within
                if not alive.any():
                    last = t
                    break

    per_step = (grads, raw_grads, noise_history, effective, *state_history.values())
    if last < steps:
        for array in (points, *per_step, *scalar_history.values()):
            if array is not None:
                array[last + 1 :] = np.nan
    if np.any(diverged_at >= 0):
        _blank_after_divergence(diverged_at, points, per_step)
    lr_history = np.concatenate([np.full((1, *rates.shape[1:]), np.nan), rates])
    values = None
    if value is not None:
        with np.errstate(all="ignore"):
            values = np.asarray(value(points), dtype=np.float64)
        expected = points.shape[: 1 + batch_ndim]
        if values.shape != expected:
            raise ValueError(f"value must return shape {expected}; got {values.shape}")
    return Trajectory(
        optimizer=name,
        convention=convention,
        hyper=hyper,
        points=points,
        lr=lr_history,
        batch_ndim=batch_ndim,
        diverged_at=diverged_at,
        bound=float(bound),
        overflowed=overflowed,
        grads=grads,
        raw_grads=raw_grads,
        noise=noise_history,
        effective_step=effective,
        state=state_history,
        scalars=scalar_history,
        values=values,
        options=options,
    )


def _inside(x: np.ndarray, quick_bound: float) -> bool:
    """Whether every coordinate of ``x`` is within ±``quick_bound`` (NaN is not). Every step asks
    it: for one point (a few numbers) it is asked in Python, 5 times quicker than two NumPy
    reductions, which stay for many points."""
    if x.size <= 8:
        return all(-quick_bound <= value <= quick_bound for value in x.ravel().tolist())
    return bool(x.max() <= quick_bound and x.min() >= -quick_bound)


def _within_bound(points: np.ndarray, bound: float) -> np.ndarray:
    if math.isinf(bound):
        return np.isfinite(points)
    return np.abs(points) <= bound  # False for NaN


def _blank_after_divergence(diverged_at, points, histories) -> None:
    """A diverged start point's points from ``diverged_at`` on become NaN; its history after it too
    (the history of the diverging step itself is kept: it explains the divergence)."""
    batch_ndim = diverged_at.ndim
    point_ndim = points.ndim - 1 - batch_ndim
    step_index = np.arange(points.shape[0]).reshape((-1,) + (1,) * batch_ndim)
    diverged = diverged_at >= 0

    def blank(array, mask):
        # one broadcast pass: boolean-mask assignment copied each small point alone (~7x slower)
        np.copyto(array, np.nan, where=mask.reshape(mask.shape + (1,) * point_ndim))

    blank(points, diverged & (step_index >= diverged_at))
    for array in histories:
        if array is not None:
            blank(array, diverged & (step_index > diverged_at))
