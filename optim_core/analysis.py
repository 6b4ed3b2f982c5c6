"""Scores for comparing runs: how far, how fast, which minimum. NumPy only, vectorized over
start points, so a 100 x 100 swarm is scored as cheaply as one path."""

from __future__ import annotations

from dataclasses import dataclass

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


@dataclass(frozen=True)
class Verdict:
    """What became of one run, in a word (``kind``) and the numbers that say it.

    ``diverged`` at ``step``; ``converged`` at ``step`` (within ``radius`` of a minimum from then
    on; without known minima: its steps fell below ``radius`` / 100 for good); ``oscillating``:
    over the last ``window`` steps coordinate ``coordinate`` kept reversing between ``low`` and
    ``high`` while the steps did not shrink; ``stalled``: the steps shrank to ``last_step``, a
    twentieth of the largest or less, while still twenty such steps or more (``distance``) from
    the nearest minimum; ``moving``: none of these yet.
    """

    kind: str
    step: int | None = None
    radius: float = 0.0
    distance: float | None = None
    coordinate: int | None = None
    low: float | None = None
    high: float | None = None
    window: int = 0
    last_step: float | None = None


def verdict(run: Trajectory, surface: Surface, radius: float | None = None) -> Verdict:
    """The verdict on a run from one start point (see ``Verdict``); ``radius`` defaults to a
    thousandth of the surface's domain diagonal."""
    if radius is None:
        (x_min, x_max), (y_min, y_max) = surface.domain
        radius = 1e-3 * float(np.hypot(x_max - x_min, y_max - y_min))
    if run.diverged:
        return Verdict("diverged", int(run.diverged_at), radius)
    points, norms = run.points, run.step_norms
    distance = None
    if surface.minima:
        distances = nearest_minimum(points, surface.minima)[1]
        distance = float(distances[-1])
        outside = np.flatnonzero(distances > radius)
        if distances[-1] <= radius:
            step = int(outside[-1]) + 1 if outside.size else 0
            return Verdict("converged", step, radius, distance)
    else:
        moving = np.flatnonzero(~(norms[1:] <= radius / 100))  # NaN at step 0 counts as moving
        if run.steps and norms[-1] <= radius / 100:
            return Verdict("converged", int(moving[-1]) + 2 if moving.size else 1, radius)
    window = min(10, run.steps // 2)
    if window >= 4:
        recent = np.diff(points[-window - 1 :], axis=0)  # the last ``window`` steps
        reversals = (np.sign(recent[1:]) * np.sign(recent[:-1]) < 0).mean(axis=0)
        recent_norms = norms[-window:]
        steady = recent_norms[-1] >= 0.5 * recent_norms[0] and recent_norms[-1] > radius / 100
        coordinate = int(np.argmax(reversals))
        if reversals[coordinate] >= 0.8 and steady:
            values = points[-window - 1 :, coordinate]
            return Verdict(
                "oscillating", None, radius, distance, coordinate,
                float(values.min()), float(values.max()), window,
            )  # fmt: skip
    # stalled: the steps fell to a twentieth of the largest, and at that pace the minimum is
    # still twenty steps or more away
    largest = float(np.nanmax(norms)) if run.steps else 0.0
    last = float(norms[-1]) if run.steps else 0.0
    if distance is not None and last <= 0.05 * largest and distance >= 20 * last:
        return Verdict("stalled", None, radius, distance, last_step=last)
    return Verdict("moving", None, radius, distance, window=run.steps)
