"""What a link may hold: each URL parameter, the values it takes and the words that name them.

A parameter is the key of the control that shows it (``lr``, ``surface``; Compare gives each
optimizer its own, ``lr_adam``). Numbers have a range (``Numeric``); choices a list of codes
(``CHOICES``), which links keep while the controls show their names (``choice_name``).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from optim_core import (
    CONVENTIONS,
    HYPERPARAMETERS,
    NETWORK_OPTIMIZERS,
    OPTIMIZERS,
    SCHEDULES,
    SURFACES,
)
from optim_core.hyperparameters import Hyperparameter
from optim_core.tuning import SCORES
from ui.diagnose_data import case_ids, case_title
from ui.text import t

CLIP_MODES = ("none", "value", "norm")
MAX_PLAYGROUND_STEPS = 1000
START_LIMIT = 1000.0
SPEEDS = (0.25, 0.5, 1.0, 2.0, 4.0)  # the animation's pace, × the default
SEQUENCES = ("constant", "decaying", "burst", "noise")  # Theory's gradient sequences
EXERCISES = ("none", "predict", "diagnose")  # the Playground's exercises for a class
LIVE_SYMBOLS = {"lr": "η", "gamma": "γ", "beta1": "β₁", "momentum": "μ"}  # live sliders' keys


@dataclass(frozen=True)
class Numeric:
    """A numeric control: its allowed range; ``options`` when only those values are allowed (a
    select slider), ``grid`` the notches of the slider that goes with a free number field (any
    value in range, a link's value outside it brought to the nearest end: ``clamps``)."""

    low: float
    high: float
    options: tuple[float, ...] | None = None
    integer: bool = False
    grid: tuple[float, ...] | None = None

    @property
    def clamps(self) -> bool:
        return self.grid is not None

    def clamp(self, value: float) -> float:
        return min(max(value, self.low), self.high)


def hyper_numeric(spec: Hyperparameter) -> Numeric:
    """A hyperparameter's control range: any value in its page range; a log-spaced keyword gets
    a slider over its grid beside the number field."""
    return Numeric(spec.shown[0], spec.shown[1], integer=spec.whole, grid=spec.grid)


TOL_GRID = tuple(10.0**-k for k in range(12, 0, -1))  # 1e-12 … 0.1
ZOOM_GRID = (1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0)
SWEEPABLE = ("lr", "gamma", "eps", "momentum", "beta1", "beta2", "weight_decay", "convention")

NUMERIC: dict[str, Numeric] = {
    **{key: hyper_numeric(spec) for key, spec in HYPERPARAMETERS.items() if not spec.boolean},
    "steps": Numeric(1, MAX_PLAYGROUND_STEPS, integer=True),
    "x0": Numeric(-START_LIMIT, START_LIMIT),
    "y0": Numeric(-START_LIMIT, START_LIMIT),
    "noise": Numeric(0.0, 100.0),
    "seed": Numeric(0, 10**6, integer=True),
    "clip_threshold": Numeric(1e-3, 1e3),
    "decay_rate": Numeric(0.01, 1.0),
    "decay_steps": Numeric(1, MAX_PLAYGROUND_STEPS, integer=True),
    "k": Numeric(1, MAX_PLAYGROUND_STEPS, integer=True),  # the Playground's explained step
    "grid": Numeric(10, 100, integer=True),
    "x_min": Numeric(-1000.0, 1000.0),
    "x_max": Numeric(-1000.0, 1000.0),
    "y_min": Numeric(-1000.0, 1000.0),
    "y_max": Numeric(-1000.0, 1000.0),
    "epochs": Numeric(1, 60, integer=True),
    "batch": Numeric(8, 512, (16.0, 32.0, 64.0, 128.0, 256.0, 512.0), integer=True),
    "hidden": Numeric(16, 1024, (32.0, 64.0, 128.0, 256.0, 512.0, 1024.0), integer=True),
    "decay": Numeric(0.9, 1.0, (0.9, 0.95, 0.98, 0.99, 0.995, 0.999, 1.0)),
    "batch_size": Numeric(1, 100, (5.0, 10.0, 20.0, 50.0, 100.0), integer=True),
    "tol": Numeric(TOL_GRID[0], TOL_GRID[-1], TOL_GRID),
    "zoom": Numeric(1.0, 100.0, ZOOM_GRID),
}
BOOLEANS = tuple(key for key, spec in HYPERPARAMETERS.items() if spec.boolean)

# the Playground's sections below its figure, one shown at a time: code → its title's catalog key
PLAYGROUND_SECTIONS = {"explain": "pg.explain", "inside": "pg.inside", "theory": "tm.title",
                       "export": "pg.export"}  # fmt: skip

# the codes of each choice, and how its controls name them (a catalog key per code)
CHOICES: dict[str, tuple[str, ...]] = {
    "surface": (*SURFACES, "custom"),
    "optimizer": tuple(OPTIMIZERS),
    "range_optimizer": tuple(NETWORK_OPTIMIZERS),  # the network's range test: one of its runs
    "convention": CONVENTIONS,
    "clip": CLIP_MODES,
    "schedule": SCHEDULES,
    "mode": ("race", "sweep", "swarm"),
    "sweep_param": SWEEPABLE,
    "swarm_map": ("final_gap", "basin", "steps"),
    "sequence": SEQUENCES,
    "speed": tuple(f"{speed:g}" for speed in SPEEDS),
    "exercise": EXERCISES,
    "live": (*LIVE_SYMBOLS, "none"),
    "case": case_ids(),  # the diagnose exercise's cases (ui/diagnose_cases.toml)
    "tune_by": SCORES,
    "section": tuple(PLAYGROUND_SECTIONS),
    **{
        key: ("true", "false") for key in (*BOOLEANS, "arrows", "view3d", "tune", "range_test")
    },  # toggles (and the range test's expander), as Streamlit writes
}


def optimizer_name(code: str) -> str:
    """An optimizer's name in this run's language ("SGD (plain gradient descent)")."""
    return t(f"th.name.{code}")


CHOICE_NAMES: dict[str, Callable[[str], str]] = {
    "surface": lambda code: t(f"surface.{code}"),
    "optimizer": optimizer_name,
    "range_optimizer": optimizer_name,
    "convention": lambda code: t(f"th.conv.{code}"),
    "clip": lambda code: t(f"pg.clip.{code}"),
    "schedule": lambda code: t(f"pg.schedule.{code}"),
    "mode": lambda code: t(f"cmp.mode.{code}"),
    "sweep_param": lambda code: t(f"pg.{code}"),
    "swarm_map": lambda code: t(f"cmp.swarm_map.{code}"),
    "tune_by": lambda code: t(f"cmp.tune_by.{code}"),
    "sequence": lambda code: t(f"th.sequence.{code}"),
    "speed": lambda code: f"{code}×",
    "exercise": lambda code: t(f"ex.mode.{code}"),
    "live": lambda code: t("pg.live_none") if code == "none" else t(f"pg.{code}"),
    "case": case_title,
    "section": lambda code: t(PLAYGROUND_SECTIONS[code]),
}


def choice_name(key: str, code: str) -> str:
    """How a control names one of its codes, in this run's language."""
    return CHOICE_NAMES[key](code)


def widget_key(key: str) -> str:
    """The widget that shows a URL parameter: the parameter itself for a number or a toggle
    (Streamlit binds them to the link), ``<key>_choice`` for a choice shown by name (kept in the
    link by ``ui.widgets``), the optimizers' multiselect for ``optimizers``."""
    if key == "optimizers" or spec_key(key) in CHOICE_NAMES:
        return f"{key}_choice"
    return key


def spec_key(key: str) -> str:
    """The control a URL parameter sets: itself, or ``lr`` for Compare's ``lr_adam``."""
    for name in NETWORK_OPTIMIZERS:  # lr_schedule_free_adamw ends with _adamw too: check the base
        base = key[: -len(name) - 1]
        if key.endswith(f"_{name}") and base in HYPERPARAMETERS:
            return base
    return key


def known(key: str) -> bool:
    """Whether a page control reads this URL parameter."""
    return spec_key(key) in NUMERIC or spec_key(key) in CHOICES


def number_of(raw: str) -> float | None:
    try:
        return float(raw)
    except ValueError:
        return None


def problem_with(key: str, raw: str) -> str | None:
    """Why the link's value for ``key`` cannot be used as it is (None when it can)."""
    base = spec_key(key)
    if base in CHOICES:
        return None if raw.lower() in CHOICES[base] else t("pg.bad_choice")
    if base not in NUMERIC:
        return None
    spec, value = NUMERIC[base], number_of(raw)
    if value is None or math.isnan(value):
        return t("pg.bad_number")
    if not (spec.low <= value <= spec.high) or (spec.integer and value != int(value)):
        return t("pg.bad_range", low=f"{spec.low:g}", high=f"{spec.high:g}")
    if spec.options is not None and not any(
        math.isclose(value, option, rel_tol=1e-9, abs_tol=0) for option in spec.options
    ):
        return t("pg.bad_choice")
    return None


def clamped(key: str, raw: str) -> float | None:
    """The value a clamping control uses for a link's number outside its range (None when the
    control does not clamp, the value is not a number, or it is in range)."""
    spec, value = NUMERIC.get(spec_key(key)), number_of(raw)
    if spec is None or not spec.clamps or value is None or math.isnan(value):
        return None
    return spec.clamp(value) if not spec.low <= value <= spec.high else None
