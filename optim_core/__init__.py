"""optim_core: the optimizer lab's NumPy engine (no Streamlit, no Plotly; usable from a notebook).

>>> import numpy as np
>>> from optim_core import optimize, SURFACES
>>> run = optimize("rmsprop", SURFACES["ellipse"], np.array([-5.0, -2.0]), 20,
...                convention="d2l", lr=0.4, gamma=0.9, eps=1e-6)
>>> print(f"{run.final[0]:.6f} {run.final[1]:.6f}")
-0.010599 0.000000
"""

from .engine import (
    DEFAULT_BOUND,
    MAX_RECORDED_VALUES,
    MAX_STEPS,
    HyperparameterError,
    Trajectory,
    optimize,
    resolve_hyper,
)
from .formula import Formula, FormulaError, parse_function
from .optimizers import CONVENTIONS, OPTIMIZERS
from .schedules import SCHEDULES, learning_rates
from .surfaces import SURFACES, Surface, get_surface

__all__ = [
    "CONVENTIONS",
    "DEFAULT_BOUND",
    "MAX_RECORDED_VALUES",
    "MAX_STEPS",
    "OPTIMIZERS",
    "SCHEDULES",
    "SURFACES",
    "Formula",
    "FormulaError",
    "HyperparameterError",
    "Stepper",
    "Surface",
    "Trajectory",
    "get_surface",
    "learning_rates",
    "optimize",
    "parse_function",
    "resolve_hyper",
]
