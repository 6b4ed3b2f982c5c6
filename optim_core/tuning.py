r"""A fair race: every optimizer gets the same budget of learning rates, and races with the one
that scored best.

A race at one fixed η favours whichever optimizer that η suits. Here each optimizer runs
``len(grid)`` values of η, log-spaced over the same range (21 from 10⁻⁴ to 10, four a decade),
all of them in one batched run (``optimize(vary=("lr", grid))``), and keeps the best by one
score:

- ``final``: the final gap f(x_T) − f* (f(x_T) where f* is not known); a run that diverged
  scores +∞;
- ``steps``: the first step t with f(x_t) − f* ≤ tol; ties, and a grid where no η gets there,
  are decided by the final gap.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .analysis import first_step_within
from .engine import VARIABLE, optimize
from .surfaces import Surface

# 10⁻⁴ … 10, four a decade, rounded to two digits (1, 1.8, 3.2, 5.6): 21 values
TUNE_GRID = tuple(float(f"{value:.2g}") for value in np.logspace(-4, 1, 21))
SCORES = ("final", "steps")


@dataclass(frozen=True)
class Tuning:
    """The η tried (``values``), what each gave, and the index of the one kept (``best``)."""

    values: tuple[float, ...]
    final_gaps: np.ndarray  # f(x_T) − f* per η; +∞ where the run diverged
    steps_to_tol: np.ndarray  # first step within tol per η; -1 where it never got there
    best: int

    @property
    def lr(self) -> float:
        return self.values[self.best]


def tune_lr(
    name: str,
    surface: Surface,
    start: tuple[float, float],
    steps: int,
    *,
    convention: str,
    hyper: dict,
    score: str,
    tol: float,
    grid: tuple[float, ...] = TUNE_GRID,
) -> Tuning:
    """Run ``name`` from ``start`` with each η of ``grid`` (the other hyperparameters as in
    ``hyper``) and pick the best by ``score``."""
    if score not in SCORES:
        raise ValueError(f"score must be one of {', '.join(SCORES)}; got {score!r}")
    others = {key: value for key, value in hyper.items() if key != "lr"}
    if "lr" in VARIABLE.get(name, ()):
        batched = optimize(name, surface, np.array(start), steps, convention=convention,
                           history=False, vary=("lr", grid), **others)  # fmt: skip
        points = batched.points  # (steps + 1, len(grid), 2)
    else:  # η enters through a branch (schedule-free AdamW): one run per value
        points = np.stack(
            [optimize(name, surface, np.array(start), steps, convention=convention,
                      history=False, lr=value, **others).points for value in grid],
            axis=1,
        )  # fmt: skip
    offset = surface.min_value if surface.min_value is not None else 0.0
    with np.errstate(all="ignore"):
        gaps = surface.value(points) - offset  # (steps + 1, len(grid))
    final = np.where(np.isfinite(gaps[-1]), gaps[-1], np.inf)
    reached = first_step_within(gaps, tol)
    if score == "final" or not (reached >= 0).any():
        best = int(np.argmin(final))
    else:
        ranked = np.where(reached >= 0, reached, np.iinfo(np.int64).max)
        best = int(np.lexsort((final, ranked))[0])
    return Tuning(tuple(grid), final, reached, best)
