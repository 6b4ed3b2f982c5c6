"""Cached engine calls shared by the pages. Keys are small hashable values (names, floats,
tuples, a run's ``RunSpec``), entries are bounded, and big arrays never enter a cache key
(st.cache_data is shared by all users)."""

from __future__ import annotations

import dataclasses
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import NamedTuple

import numpy as np
import streamlit as st
from threadpoolctl import threadpool_limits

from optim_core import (
    HYPERPARAMETERS,
    SURFACES,
    Formula,
    Surface,
    Trajectory,
    optimize,
    parse_function,
)
from optim_core.analysis import basins, first_step_within, gap_to_minimum
from optim_core.hyperparameters import neighbours
from optim_core.mlp import Digits, Training, load_digits, train
from optim_core.range_test import RangeTest, network_range_test, surface_range_test
from optim_core.regression import (
    LineData,
    batch_gradient,
    batch_rows,
    gradient_noise,
    least_squares,
    measured_gradient_noise,
    mse_surface,
    seed_001_data,
)
from optim_core.tuning import Tuning, tune_lr
from ui.figures.animation import PathFamily
from ui.figures.contour import contour_png
from ui.schema import LIVE_SYMBOLS

# One BLAS thread per server. The app's matrices are small (the MLP's largest is 512 x 64), and a
# second BLAS thread per call fights the server's sessions and the browser for the two cores:
# the default network trained in 3.5 s with two threads and 0.9 s with one in the real server.
threadpool_limits(limits=1, user_api="blas")

Items = tuple[tuple[str, object], ...]


def zoomed(surface: Surface, zoom: float) -> Surface:
    """The surface with its plot domain shrunk ``zoom`` times around its (first) minimum."""
    if zoom == 1:
        return surface
    (x_min, x_max), (y_min, y_max) = surface.domain
    cx, cy = surface.minima[0] if surface.minima else ((x_min + x_max) / 2, (y_min + y_max) / 2)
    half_x, half_y = (x_max - x_min) / 2 / zoom, (y_max - y_min) / 2 / zoom
    return dataclasses.replace(
        surface, domain=((cx - half_x, cx + half_x), (cy - half_y, cy + half_y))
    )


class Domain(NamedTuple):
    """Where a typed formula is drawn."""

    x_min: float
    x_max: float
    y_min: float
    y_max: float


@dataclasses.dataclass(frozen=True)
class SurfaceChoice:
    """A surface as caches name it: a built-in one by its key, or a typed formula over a domain."""

    key: str
    formula: str | None = None
    domain: Domain | None = None


def custom_start(domain: Domain) -> tuple[float, float]:
    """Where a run on a typed formula starts: up and right of the centre of its domain."""
    return (
        domain.x_min + 0.8 * (domain.x_max - domain.x_min),
        domain.y_min + 0.8 * (domain.y_max - domain.y_min),
    )


@st.cache_resource(max_entries=64)
def parsed_formula(text: str) -> Formula:
    """A typed formula, parsed once (FormulaError when it cannot be used). Cached as a resource:
    its functions are closures, which st.cache_data would have to pickle."""
    return parse_function(text)


@st.cache_resource(max_entries=64)
def custom_surface(text: str, domain: Domain) -> Surface:
    """A typed formula over a plot domain, as a Surface."""
    formula = parsed_formula(text)
    return Surface(
        "custom",
        "f(x, y) = " + formula.latex,
        formula.value,
        formula.grad,
        domain=((domain.x_min, domain.x_max), (domain.y_min, domain.y_max)),
        start=custom_start(domain),
        expression=formula.expression,
        log_colors=True,
        quadratic=formula.quadratic,
        hessian=formula.exact_hessian,
    )


def surface_of(choice: SurfaceChoice) -> Surface:
    """The surface a choice names: a built-in one, or a custom formula over its domain."""
    if choice.formula is not None:
        return custom_surface(choice.formula, choice.domain)
    return SURFACES[choice.key]


@st.cache_data(max_entries=64, show_spinner=False)
def contour_image(choice: SurfaceChoice, zoom: float = 1.0) -> str:
    return contour_png(zoomed(surface_of(choice), zoom))


def over(surface: Surface, view: Domain) -> Surface:
    """The surface drawn over ``view`` only (a close look around one point)."""
    return dataclasses.replace(surface, domain=((view.x_min, view.x_max), (view.y_min, view.y_max)))


@st.cache_data(max_entries=64, show_spinner=False)
def window_image(choice: SurfaceChoice, view: Domain) -> str:
    """The surface's picture over ``view``."""
    return contour_png(over(surface_of(choice), view))


@dataclasses.dataclass(frozen=True)
class RunSpec:
    """One run as the caches name it: on which surface, which optimizer in which framework's
    convention with which hyperparameters, from where, for how many steps, and the run's options
    (noise, clipping, schedule; ``optim_core.engine.RunOptions``), all as sorted items."""

    choice: SurfaceChoice
    optimizer: str
    convention: str
    hyper: Items
    start: tuple[float, float]
    steps: int
    options: Items = ()

    @classmethod
    def of(
        cls,
        choice: SurfaceChoice,
        optimizer: str,
        convention: str,
        hyper: dict,
        start: tuple[float, float],
        steps: int,
        options: dict | None = None,
    ) -> RunSpec:
        """The spec of a run named with plain dicts: their items sorted, so the same choices in
        any order are one cache entry."""
        return cls(choice, optimizer, convention, tuple(sorted(hyper.items())),
                   (start[0], start[1]), steps, tuple(sorted((options or {}).items())))  # fmt: skip

    def optimize(self, **extra) -> Trajectory:
        """``optim_core.optimize`` for this run (``extra``: history, vary)."""
        return optimize(self.optimizer, surface_of(self.choice), np.array(self.start),
                        self.steps, convention=self.convention, **dict(self.options),
                        **dict(self.hyper), **extra)  # fmt: skip


@st.cache_data(max_entries=256, show_spinner=False)
def run(spec: RunSpec) -> Trajectory:
    """One run from one start point, with its whole history."""
    return spec.optimize()


@st.cache_data(max_entries=64, show_spinner=False)
def tuning(spec: RunSpec, score: str, tol: float) -> Tuning:
    """The η a fair race gives ``spec``'s optimizer: the best of the same grid for all, in one
    batched run (``optim_core.tuning``; the run's options are not used)."""
    return tune_lr(spec.optimizer, surface_of(spec.choice), spec.start, spec.steps,
                   convention=spec.convention, hyper=dict(spec.hyper), score=score,
                   tol=tol)  # fmt: skip


@st.cache_data(max_entries=64, show_spinner=False)
def family(spec: RunSpec, key: str) -> PathFamily:
    """The run with ``key`` set to each of its neighbours (a live slider's values), in one
    batched run: only the paths are kept."""
    chosen_value = dict(spec.hyper)[key]
    values = neighbours(HYPERPARAMETERS[key], chosen_value)
    batched = spec.optimize(history=False, vary=(key, values))
    return PathFamily(LIVE_SYMBOLS[key], values, values.index(chosen_value),
                      batched.points.swapaxes(0, 1))  # fmt: skip


@st.cache_data(max_entries=32, show_spinner=False)
def swarm_maps(
    choice: SurfaceChoice,
    optimizer: str,
    convention: str,
    hyper: Items,
    grid: int,
    steps: int,
    tol: float,
) -> dict[str, np.ndarray]:
    """A grid x grid swarm over the domain, reduced to small maps (its 80 MB of points are not
    kept): final f - f*, the minimum reached (index, -1 none, -2 diverged), and the steps until
    f - f* <= tol."""
    surface = surface_of(choice)
    (x_min, x_max), (y_min, y_max) = surface.domain
    xs, ys = np.linspace(x_min, x_max, grid), np.linspace(y_min, y_max, grid)
    starts = np.stack(np.meshgrid(xs, ys), axis=-1)
    swarm = optimize(
        optimizer, surface, starts, steps, convention=convention, history=False, **dict(hyper)
    )
    gap = gap_to_minimum(swarm, surface)
    radius = 0.02 * max(x_max - x_min, y_max - y_min)
    return {
        "x": xs,
        "y": ys,
        "final_gap": gap[-1],  # NaN where the start point diverged
        "basin": basins(swarm, surface, radius),
        "steps": first_step_within(gap, tol) if surface.minima else np.full(starts.shape[:2], -1),
        "diverged": swarm.diverged_at >= 0,
    }


@st.cache_resource
def digits() -> Digits:
    """The digits data, read once per server (read-only arrays, shared by every session)."""
    return load_digits()


class TrainingStore:
    """Finished trainings, shared by all sessions and bounded (least recently used goes first).

    Not st.cache_data: a training not stored yet runs in the page's own loop, so its curves can
    grow epoch by epoch; only the finished result is kept.
    """

    def __init__(self, capacity: int):
        self.capacity = capacity
        self.lock = threading.Lock()
        self.entries: OrderedDict[tuple, Training] = OrderedDict()

    def get(self, key: tuple) -> Training | None:
        with self.lock:
            if key in self.entries:
                self.entries.move_to_end(key)
                return self.entries[key]
            return None

    def put(self, key: tuple, value: Training) -> None:
        with self.lock:
            self.entries[key] = value
            self.entries.move_to_end(key)
            while len(self.entries) > self.capacity:
                self.entries.popitem(last=False)


@st.cache_resource
def training_store() -> TrainingStore:
    return TrainingStore(capacity=24)


def trained_network(
    optimizer: str,
    convention: str,
    hyper: Items,
    hidden: int,
    epochs: int,
    batch: int,
    seed: int,
    on_epoch: Callable[[Training, int], None],
) -> Training:
    """A finished training from the store, or a new one reported epoch by epoch to ``on_epoch``."""
    key = (optimizer, convention, hyper, hidden, epochs, batch, seed)
    store = training_store()
    found = store.get(key)
    if found is not None:
        return found
    result = train(
        digits(),
        optimizer,
        convention=convention,
        hidden=hidden,
        epochs=epochs,
        batch_size=batch,
        seed=seed,
        on_epoch=on_epoch,
        **dict(hyper),
    )
    store.put(key, result)
    return result


@st.cache_data(max_entries=64, show_spinner=False)
def surface_lr_range(spec: RunSpec, lr_range: tuple[float, float]) -> RangeTest:
    """The learning-rate range test of ``spec``'s optimizer from its start, for its steps, with
    η over ``lr_range`` (the run's options are not used)."""
    low, high = lr_range
    return surface_range_test(spec.optimizer, surface_of(spec.choice), np.array(spec.start),
                              lr_min=low, lr_max=high, steps=spec.steps,
                              convention=spec.convention, **dict(spec.hyper))  # fmt: skip


@st.cache_data(max_entries=16, show_spinner=False)
def network_lr_range(
    optimizer: str,
    convention: str,
    hyper: Items,
    hidden: int,
    batch: int,
    seed: int,
    lr_range: tuple[float, float],
) -> tuple[RangeTest, float]:
    """The learning-rate range test of the digits network, and the seconds it took."""
    started = time.perf_counter()
    low, high = lr_range
    test = network_range_test(digits(), optimizer, lr_min=low, lr_max=high, convention=convention,
                              hidden=hidden, batch_size=batch, seed=seed,
                              **dict(hyper))  # fmt: skip
    return test, time.perf_counter() - started


@st.cache_resource
def line_data() -> tuple[LineData, Surface]:
    """Seed 001's data and its MSE surface (read-only, shared)."""
    data = seed_001_data()
    return data, mse_surface(data)


@st.cache_data(max_entries=8, show_spinner=False)
def mse_contour() -> str:
    return contour_png(line_data()[1])


@st.cache_data(max_entries=64, show_spinner=False)
def regression_run(
    optimizer: str,
    convention: str,
    hyper: Items,
    steps: int,
    batch_size: int,
    seed: int,
    decay: float,
) -> Trajectory:
    """Seed 001's fit from its θ₀ (shape (2, 1)); η_t = η·decay^t when decay < 1."""
    data, surface = line_data()
    schedule = {"schedule": "exponential", "decay_rate": decay} if decay < 1 else {}
    return optimize(
        optimizer,
        batch_gradient(data, batch_size, seed),
        data.theta0,
        steps,
        convention=convention,
        value=lambda thetas: surface.value(thetas[..., 0]),
        **schedule,
        **dict(hyper),
    )


@st.cache_data(max_entries=64, show_spinner=False)
def regression_batches(batch_size: int, seed: int, steps: int) -> np.ndarray | None:
    """The rows of each step's mini-batch in ``regression_run`` (shape (steps, B)); None when
    every step takes all the points."""
    data, _surface = line_data()
    if batch_size >= len(data.y):
        return None
    return batch_rows(data, batch_size, seed, steps)


NOISE_DRAWS = 2000  # mini-batches measured per batch size


@st.cache_data(max_entries=16, show_spinner=False)
def gradient_noise_by_batch_size(batch_sizes: tuple[int, ...], seed: int) -> dict:
    """The mini-batch gradient's variance E‖g_B - ∇MSE‖² against B, at the least-squares point
    and at the start θ₀ (``noise["at"]["least_squares"]``, ``…["start"]``): ``measured`` at each
    of ``batch_sizes`` over NOISE_DRAWS batches drawn as training draws them, and the exact
    curves ``without_replacement`` and ``with_replacement`` (σ²/B) over ``noise["curve"]``, from
    the smallest B to n - 1 (B = n has none)."""
    data, _surface = line_data()
    curve = np.geomspace(min(batch_sizes), len(data.y) - 1, 60)
    at = {}
    for where, theta in (("least_squares", least_squares(data)), ("start", data.theta0.ravel())):
        at[where] = {
            "measured": np.array([measured_gradient_noise(data, theta, b, NOISE_DRAWS, seed)
                                  for b in batch_sizes]),
            "without_replacement": np.array([gradient_noise(data, theta, b) for b in curve]),
            "with_replacement": np.array([gradient_noise(data, theta, b, replace=True)
                                          for b in curve]),
        }  # fmt: skip
    return {"curve": curve, "at": at}
