"""The forces at each step of a run, drawn as arrows from the point (Playground): −∇f, the update
the optimizer then takes, and its memory (a momentum buffer, a first moment) as it enters that
update. At x_k: −∇f(x_k), x_{k+1} − x_k and the memory after step k, pointed the way it pushes.

Each arrow shows a direction only: the three are in different units (f per x, x, gradient sums),
so each is drawn ``ARROW_LENGTH`` of the plot long (measured as a share of the plot's width and
height, so the arrows look alike whatever the axes' scales). On the textbook's RMSProp run they
show the update turned away from −∇f, towards the minimum.
"""

from __future__ import annotations

import numpy as np

from optim_core import OPTIMIZERS, Surface, Trajectory
from ui.figures.animation import StepArrows
from ui.figures.colors import FORCE_COLORS
from ui.text import t

ARROW_LENGTH = 0.2  # of the plot's width and height: long enough to read the angle between them


def pointing(starts: np.ndarray, vectors: np.ndarray, domain) -> np.ndarray:
    """Ends of arrows from ``starts`` along ``vectors``, each ARROW_LENGTH of the plot long (NaN
    where a vector is zero or not finite)."""
    (x_min, x_max), (y_min, y_max) = domain
    plot_size = np.array([x_max - x_min, y_max - y_min])
    on_plot = vectors / plot_size  # as shares of the plot's width and height
    with np.errstate(all="ignore"):
        length = np.hypot(on_plot[:, 0], on_plot[:, 1])[:, None]
        ends = starts + on_plot / length * ARROW_LENGTH * plot_size
    return np.where(np.isfinite(ends) & (length > 0), ends, np.nan)


def memory_of(run: Trajectory) -> np.ndarray | None:
    """The optimizer's memory at each x_k, pointed the way it moves x (None without one)."""
    optimizer = OPTIMIZERS[run.optimizer]
    if optimizer.memory_state not in run.state:
        return None
    return optimizer.memory_push(run.convention) * run.state[optimizer.memory_state]


def force_arrows(run: Trajectory, surface: Surface) -> list[StepArrows]:
    """−∇f, the update taken and the memory at every step of a one-point run, as arrows."""
    points = run.points
    with np.errstate(all="ignore"):
        downhill = -surface.grad(points)
    update = np.full_like(points, np.nan)
    update[:-1] = points[1:] - points[:-1]  # from x_k: the step it takes next
    arrows = [
        StepArrows(t("pg.force.gradient"), FORCE_COLORS["gradient"], points,
                   pointing(points, downhill, surface.domain)),
        StepArrows(t("pg.force.update"), FORCE_COLORS["update"], points,
                   pointing(points, update, surface.domain)),
    ]  # fmt: skip
    memory = memory_of(run)
    if memory is not None:
        name = OPTIMIZERS[run.optimizer].memory_state
        arrows.append(StepArrows(t("pg.force.memory", name=name), FORCE_COLORS["memory"], points,
                                 pointing(points, memory, surface.domain)))  # fmt: skip
    return arrows
