"""optim_core: the optimizer lab's NumPy engine (no Streamlit, no Plotly; usable from a notebook).

>>> import numpy as np
>>> from optim_core import optimize, SURFACES
>>> run = optimize("rmsprop", SURFACES["ellipse"], np.array([-5.0, -2.0]), 20,
...                convention="d2l", lr=0.4, gamma=0.9, eps=1e-6)
>>> print(f"{run.final[0]:.6f} {run.final[1]:.6f}")
-0.010599 0.000000
"""

from .conventions import CONVENTIONS
from .engine import (
    DEFAULT_BOUND,
    MAX_RECORDED_VALUES,
    MAX_STEPS,
    ConventionError,
    RunOptions,
    Stepper,
    Trajectory,
    optimize,
    resolve_hyper,
)
from .explain import explain_step
from .formula import Formula, FormulaError, parse_function
from .hyperparameters import HyperparameterError
from .optimizers import HYPERPARAMETERS, NETWORK_OPTIMIZERS, OPTIMIZERS
from .schedules import SCHEDULES, learning_rates
from .surfaces import SURFACES, Surface, get_surface

__all__ = [
    "CONVENTIONS",
    "DEFAULT_BOUND",
    "HYPERPARAMETERS",
    "MAX_RECORDED_VALUES",
    "MAX_STEPS",
    "NETWORK_OPTIMIZERS",
    "OPTIMIZERS",
    "SCHEDULES",
    "SURFACES",
    "ConventionError",
    "Formula",
    "FormulaError",
    "HyperparameterError",
    "RunOptions",
    "Stepper",
    "Surface",
    "Trajectory",
    "explain_step",
    "get_surface",
    "learning_rates",
    "optimize",
    "parse_function",
    "resolve_hyper",
]
