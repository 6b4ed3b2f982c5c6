"""Scores for comparing runs: how far, how fast, which minimum. NumPy only, vectorized over
start points, so a 100 x 100 swarm is scored as cheaply as one path."""

from __future__ import annotations

import numpy as np

from .engine import Trajectory
from .surfaces import Surface

NO_STEP = -1
"""``first_step_within`` and ``basins`` use -1 for "never" / "no minimum"."""

DIVERGED = -2
"""``basins`` marks diverged start points with -2."""


def first_step_within(values: np.ndarray, threshold: float) -> np.ndarray:
    """First step t with ``values[t] <= threshold`` (axis 0 is the step), or -1 if none."""
    with np.errstate(invalid="ignore"):
        reached = values <= threshold
    return np.where(reached.any(axis=0), reached.argmax(axis=0), NO_STEP)


def nearest_minimum(points: np.ndarray, minima) -> tuple[np.ndarray, np.ndarray]:
    """Index of the closest minimum to each point ``(..., 2)`` and the distance to it."""
    centres = np.asarray(minima, dtype=np.float64).reshape(-1, 2)
    distances = np.linalg.norm(points[..., None, :] - centres, axis=-1)
    index = np.argmin(np.where(np.isnan(distances), np.inf, distances), axis=-1)
    return index, np.take_along_axis(distances, index[..., None], axis=-1)[..., 0]


def basins(run: Trajectory, surface: Surface, radius: float) -> np.ndarray:
    """Which minimum each start point ended within ``radius`` of: its index, -1 for none (still
    travelling, or stuck elsewhere), -2 for diverged."""
    final = run.last_finite()
    if surface.minima:
        index, distance = nearest_minimum(final, surface.minima)
        reached = np.where(distance <= radius, index, NO_STEP)
    else:
        reached = np.full(final.shape[:-1], NO_STEP)
    return np.where(run.diverged_at >= 0, DIVERGED, reached)


def gap_to_minimum(run: Trajectory, surface: Surface) -> np.ndarray:
    """f(x_t) - f* per step and start point (f itself where the minimum is not known)."""
    offset = surface.min_value if surface.min_value is not None else 0.0
    return run.values - offset
