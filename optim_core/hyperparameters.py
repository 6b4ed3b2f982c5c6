"""Hyperparameters: what each keyword means, its symbol, the range the engine accepts, the range a
page offers, and its name in each framework.

The keywords shared by several optimizers are defined here; an optimizer that brings a keyword of
its own defines it in its module and lists it in ``own_hyperparameters`` (see ``optimizers/``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

FRAMEWORKS = ("PyTorch", "Keras 3", "TF1", "d2l")
"""The frameworks whose names the tables give, in the order of ``CONVENTIONS``."""

ABSENT = "—"
"""A framework name for "this framework has no such setting"."""


@dataclass(frozen=True)
class Hyperparameter:
    """One keyword.

    ``rule`` is the range the engine accepts: ``positive`` (> 0), ``unit_open`` ([0, 1)),
    ``unit_closed`` ([0, 1]), ``nonnegative`` (≥ 0), ``whole`` (an integer ≥ 0) or ``boolean``.
    ``shown`` is the narrower range a page's slider offers, ``grid`` its values when the slider
    steps through a list (log-spaced ones), ``slider_step`` its step otherwise.
    ``names`` are the usual names in PyTorch, Keras 3, TF1 and d2l (an optimizer may rename).
    """

    key: str
    symbol: str
    rule: str
    names: tuple[str, str, str, str]
    shown: tuple[float, float] = (0.0, 1.0)
    grid: tuple[float, ...] | None = None
    slider_step: float = 0.01

    @property
    def boolean(self) -> bool:
        return self.rule == "boolean"

    @property
    def whole(self) -> bool:
        return self.rule == "whole"


def log_grid(
    low_exp: int, high_exp: int, mantissas=(1, 1.5, 2, 3, 4, 5, 6, 8)
) -> tuple[float, ...]:
    """1, 1.5, 2, … × 10^k for k in [low_exp, high_exp], then 10^(high_exp + 1)."""
    values = [float(f"{m}e{e}") for e in range(low_exp, high_exp + 1) for m in mantissas]
    return (*values, float(f"1e{high_exp + 1}"))


LR_GRID = log_grid(-4, 0)  # 1e-4 … 10
EPS_GRID = (0.0, 1e-12, 1e-10, 1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1)
WEIGHT_DECAY_GRID = (0.0, 1e-4, 1e-3, 4e-3, 1e-2, 0.05, 0.1, 0.2, 0.5)

LR = Hyperparameter(
    "lr", r"\eta", "positive", ("lr", "learning_rate", "learning_rate", "η (eta)"),
    shown=(LR_GRID[0], LR_GRID[-1]), grid=LR_GRID,
)  # fmt: skip
GAMMA = Hyperparameter(
    "gamma", r"\gamma", "unit_open", ("alpha", "rho", "decay", "γ (gamma)"),
    shown=(0.0, 0.999), slider_step=0.001,
)  # fmt: skip
EPS = Hyperparameter(
    "eps", r"\varepsilon", "nonnegative", ("eps", "epsilon", "epsilon", "ε"),
    shown=(0.0, 0.1), grid=EPS_GRID,
)  # fmt: skip
MOMENTUM = Hyperparameter(
    "momentum", r"\mu", "unit_open", ("momentum", "momentum", "momentum", "β / γ (momentum)"),
    shown=(0.0, 0.99),
)  # fmt: skip
DAMPENING = Hyperparameter(
    "dampening", r"\tau", "unit_closed", ("dampening", ABSENT, ABSENT, ABSENT), shown=(0.0, 1.0)
)
CENTERED = Hyperparameter("centered", "", "boolean", ("centered", "centered", "centered", ABSENT))
BETA1 = Hyperparameter(
    "beta1", r"\beta_1", "unit_open", ("betas[0]", "beta_1", "beta1", "β₁"),
    shown=(0.0, 0.999), slider_step=0.001,
)  # fmt: skip
BETA2 = Hyperparameter(
    "beta2", r"\beta_2", "unit_open", ("betas[1]", "beta_2", "beta2", "β₂"),
    shown=(0.0, 0.9999), slider_step=0.0001,
)  # fmt: skip
AMSGRAD = Hyperparameter("amsgrad", "", "boolean", ("amsgrad", "amsgrad", ABSENT, ABSENT))
WEIGHT_DECAY = Hyperparameter(
    "weight_decay", r"\lambda", "nonnegative", ("weight_decay", "weight_decay", ABSENT, "λ"),
    shown=(0.0, 0.5), grid=WEIGHT_DECAY_GRID,
)  # fmt: skip
LR_DECAY = Hyperparameter(
    "lr_decay", r"\delta", "nonnegative", ("lr_decay", ABSENT, ABSENT, ABSENT), shown=(0.0, 1.0)
)
INITIAL_ACCUMULATOR = Hyperparameter(
    "initial_accumulator_value", "s_0", "nonnegative",
    ("initial_accumulator_value", "initial_accumulator_value", "initial_accumulator_value", "s₀"),
    shown=(0.0, 10.0),
)  # fmt: skip
DECOUPLED_WEIGHT_DECAY = Hyperparameter(
    "decoupled_weight_decay", "", "boolean", ("decoupled_weight_decay", ABSENT, ABSENT, ABSENT)
)

SHARED = (
    LR, GAMMA, EPS, MOMENTUM, DAMPENING, CENTERED, BETA1, BETA2, AMSGRAD, WEIGHT_DECAY,
    DECOUPLED_WEIGHT_DECAY, LR_DECAY, INITIAL_ACCUMULATOR,
)  # fmt: skip
"""The keywords several optimizers share, in the order pages show them."""


class HyperparameterError(ValueError):
    """A hyperparameter outside its range. ``name``, ``value`` and ``rule`` (boolean, number,
    finite, positive, unit_open for [0, 1), unit_closed for [0, 1], nonnegative, whole) say the
    same as the message in a form a user interface can translate."""

    def __init__(self, name: str, value, rule: str, requirement: str):
        super().__init__(f"{name} must be {requirement}; got {value!r}")
        self.name, self.value, self.rule = name, value, rule


REQUIREMENTS = {
    "positive": "> 0",
    "unit_open": "in [0, 1)",
    "unit_closed": "in [0, 1]",
    "nonnegative": ">= 0",
    "whole": "a whole number >= 0",
}


def check(spec: Hyperparameter, value) -> None:
    """Raise ``HyperparameterError`` (a ``ValueError``) naming the keyword and its allowed range
    when ``value`` is outside it."""
    key = spec.key
    if spec.boolean:
        if not isinstance(value, (bool, np.bool_)):
            raise HyperparameterError(key, value, "boolean", "True or False")
        return
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, float, np.number)):
        raise HyperparameterError(key, value, "number", "a number")
    number = float(value)
    if not math.isfinite(number):
        raise HyperparameterError(key, value, "finite", "finite")
    inside = {
        "positive": number > 0,
        "unit_open": 0 <= number < 1,
        "unit_closed": 0 <= number <= 1,
        "nonnegative": number >= 0,
        "whole": number >= 0 and number == int(number),
    }[spec.rule]
    if not inside:
        raise HyperparameterError(key, value, spec.rule, REQUIREMENTS[spec.rule])


FAMILY_SIZE = 25
"""How many values a live slider offers around the chosen one."""


def neighbours(spec: Hyperparameter, value: float, count: int = FAMILY_SIZE) -> tuple[float, ...]:
    """Values around ``value`` for a live slider, in increasing order, ``value`` among them and
    all inside the page's range ``spec.shown``: a log grid from value/10 to 10·value for a
    positive keyword (η); for a decay in [0, 1) (γ, β₁, μ) the same grid on 1 − value, the
    memory's length: 1 − (1 − value)·10^s for s from −1 to 1."""
    low, high = spec.shown
    scales = 10.0 ** np.linspace(-1.0, 1.0, count)
    if spec.rule == "positive":
        raw = [float(f"{v:.3g}") for v in value * scales]  # 3 significant digits
    elif spec.rule in ("unit_open", "unit_closed"):
        # rounded: 1 - 0.1·10 is 0, not 2e-16
        raw = [round(1.0 - float(m), 4) for m in (1.0 - value) * scales]
    else:
        raise ValueError(f"{spec.key} has no live slider (its rule is {spec.rule})")
    return tuple(sorted({min(max(v, low), high) for v in raw} | {float(value)}))
