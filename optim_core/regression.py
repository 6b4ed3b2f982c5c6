r"""Seed 001's problem: fit a line to y = 4 + 3x + N(0, 1) by minimizing the mean squared error.

.. math::
    \text{MSE}(\theta) = \frac{1}{n}\lVert X_b \theta - y\rVert^2,\qquad
    \nabla \text{MSE}(\theta) = \frac{2}{n} X_b^\top (X_b \theta - y),\qquad X_b = [1, x]

The data come from the seed's own generator, call for call (``np.random.seed(0)``; x, then the
noise, then θ₀ from the same stream), so the numbers match the article's.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from .surfaces import Surface

POINTS = 100


@dataclass(frozen=True)
class LineData:
    x: np.ndarray  # (100, 1)
    y: np.ndarray  # (100, 1)
    theta0: np.ndarray  # (2, 1): intercept, slope

    @property
    def design(self) -> np.ndarray:
        """X_b = [1, x], shape (100, 2)."""
        return np.c_[np.ones((len(self.x), 1)), self.x]


def seed_001_data() -> LineData:
    """The seed's 100 points and start, drawn from NumPy's legacy global generator as it does
    (the global state is restored afterwards)."""
    saved = np.random.get_state()
    try:
        np.random.seed(0)
        x = 2 * np.random.rand(POINTS, 1)
        y = 4 + 3 * x + np.random.randn(POINTS, 1)
        theta0 = np.random.randn(2, 1)
    finally:
        np.random.set_state(saved)
    return LineData(x, y, theta0)


def least_squares(data: LineData) -> np.ndarray:
    """The exact minimizer of the MSE, shape (2,)."""
    return np.linalg.lstsq(data.design, data.y, rcond=None)[0].ravel()


def mse_surface(data: LineData) -> Surface:
    """The MSE over (θ₀, θ₁) as a Surface (vectorized over (..., 2)), plotted around the start and
    the least-squares point."""
    design, target = data.design, data.y.ravel()
    gram, moment = design.T @ design / len(target), design.T @ target / len(target)
    constant = target @ target / len(target)

    def value(theta):
        # MSE = θᵀGθ - 2mᵀθ + c with G = XᵀX/n, m = Xᵀy/n, c = yᵀy/n (cheap on a grid)
        return np.einsum("...i,ij,...j->...", theta, gram, theta) - 2 * theta @ moment + constant

    def grad(theta):
        return 2 * (theta @ gram - moment)

    best = least_squares(data)
    start = data.theta0.ravel()
    low = np.minimum(best, start) - 1.0
    high = np.maximum(best, start) + 1.0
    return Surface(
        "mse",
        r"\mathrm{MSE}(\theta_0, \theta_1) = \tfrac{1}{n}\sum_i (\theta_0 + \theta_1 x_i - y_i)^2",
        value,
        grad,
        domain=((float(low[0]), float(high[0])), (float(low[1]), float(high[1]))),
        start=(float(start[0]), float(start[1])),
        minima=((float(best[0]), float(best[1])),),
        min_value=float(value(best)),
        log_colors=True,
    )


def minibatches(size: int, batch_size: int, seed: int) -> Iterator[np.ndarray]:
    """The rows of each step's mini-batch, step 1, 2, …: ``batch_size`` distinct rows of ``size``,
    drawn uniformly without replacement, each step afresh, from ``np.random.default_rng(seed)``.
    Every row each step when ``batch_size`` is at least ``size`` (full batch: nothing is drawn)."""
    if batch_size >= size:
        while True:
            yield np.arange(size)
    rng = np.random.default_rng(seed)
    while True:
        yield rng.choice(size, size=batch_size, replace=False)


def batch_rows(data: LineData, batch_size: int, seed: int, steps: int) -> np.ndarray:
    """Which rows steps 1 … ``steps`` of ``batch_gradient(data, batch_size, seed)`` use, shape
    ``(steps, batch_size)``: row k - 1 is step k's mini-batch."""
    batches = minibatches(len(data.y), batch_size, seed)
    return np.array([next(batches) for _ in range(steps)]).reshape(steps, -1)


def batch_gradient(data: LineData, batch_size: int, seed: int):
    """∇MSE of θ of shape (2, 1) on the next mini-batch of ``minibatches`` each call (all points
    when ``batch_size`` is the data's size): the stochastic gradient of mini-batch training."""
    design, target = data.design, data.y
    batches = minibatches(len(target), batch_size, seed)

    def grad(theta: np.ndarray) -> np.ndarray:
        pick = next(batches)
        rows, y = design[pick], target[pick]
        return 2 / len(y) * rows.T @ (rows @ theta - y)

    return grad


@dataclass(frozen=True)
class Quadratic:
    r"""q(θ) = (θ - c)ᵀ A (θ - c) + q_min, with A symmetric positive definite (2 x 2)."""

    curvature: np.ndarray  # A, (2, 2)
    centre: np.ndarray  # c, the minimizer, (2,)
    minimum: float  # q_min = q(c)

    def value(self, theta: np.ndarray) -> np.ndarray:
        """q over (..., 2)."""
        offset = np.asarray(theta) - self.centre
        return np.einsum("...i,ij,...j->...", offset, self.curvature, offset) + self.minimum

    def level_set(self, level: float, points: int = 48) -> np.ndarray:
        r"""The ellipse q(θ) = ``level`` as ``points`` points, closed (the first is repeated last),
        shape (points + 1, 2). With A = V Λ Vᵀ:
        θ(φ) = c + V Λ^{-1/2} √(level - q_min) (cos φ, sin φ).
        A level below q_min has no points (shape (0, 2))."""
        if level < self.minimum:
            return np.empty((0, 2))
        eigenvalues, eigenvectors = np.linalg.eigh(self.curvature)
        angle = np.linspace(0, 2 * np.pi, points + 1)
        circle = np.stack([np.cos(angle), np.sin(angle)], axis=-1)
        semi_axes = np.sqrt((level - self.minimum) / eigenvalues)
        return self.centre + (circle * semi_axes) @ eigenvectors.T


def batch_loss(data: LineData, rows: np.ndarray) -> Quadratic | None:
    r"""The MSE on the mini-batch ``rows`` alone, as a quadratic in θ (None when it has no single
    minimizer: all the batch's x equal, so Xᴮᵀ Xᴮ is singular).

    .. math::
        \text{MSE}_B(\theta) = \tfrac{1}{B}\lVert X_B\theta - y_B\rVert^2
        = (\theta - \theta_B)^\top G_B (\theta - \theta_B) + \text{MSE}_B(\theta_B),
        \quad G_B = \tfrac{1}{B} X_B^\top X_B,\ \theta_B = G_B^{-1}\tfrac{1}{B} X_B^\top y_B
    """
    design, target = data.design[rows], data.y[rows].ravel()
    gram = design.T @ design / len(target)
    eigenvalues = np.linalg.eigvalsh(gram)
    if eigenvalues[0] <= 1e-12 * eigenvalues[-1]:
        return None
    centre = np.linalg.solve(gram, design.T @ target / len(target))
    minimum = float(np.mean((design @ centre - target) ** 2))
    return Quadratic(gram, centre, minimum)


def sample_gradients(data: LineData, theta: np.ndarray) -> np.ndarray:
    """Each point's own gradient gᵢ(θ) = 2 xᵢ (xᵢᵀθ - yᵢ) with xᵢ = (1, xᵢ), shape (n, 2); their
    mean is ∇MSE(θ)."""
    design = data.design
    return 2 * design * (design @ np.ravel(theta) - data.y.ravel())[:, None]


def gradient_noise(
    data: LineData, theta: np.ndarray, batch_size: float, *, replace: bool = False
) -> float:
    r"""The variance of the mini-batch gradient at θ: E‖g_B - ∇MSE‖² for B rows of n drawn
    without replacement (as ``minibatches`` draws them), exactly

    .. math::
        \mathbb{E}\lVert g_B - \bar g\rVert^2 = \frac{n - B}{B\,(n - 1)}\,\sigma^2,\qquad
        \sigma^2 = \frac{1}{n}\sum_i \lVert g_i - \bar g\rVert^2

    and 0 at B = n; ``replace=True``: drawn with replacement, σ²/B (the 1/B law)."""
    gradients = sample_gradients(data, theta)
    spread = np.mean(np.sum((gradients - gradients.mean(axis=0)) ** 2, axis=1))
    if replace:
        return float(spread / batch_size)
    size = len(gradients)
    return float((size - batch_size) / (batch_size * (size - 1)) * spread)


def measured_gradient_noise(
    data: LineData, theta: np.ndarray, batch_size: int, draws: int, seed: int
) -> float:
    """E‖g_B - ∇MSE‖² at θ measured: the mean over ``draws`` mini-batches drawn by
    ``minibatches`` (as training draws them) of the squared distance between the batch's
    gradient and the full one."""
    gradients = sample_gradients(data, theta)
    batches = minibatches(len(gradients), batch_size, seed)
    batch_means = np.array([gradients[next(batches)].mean(axis=0) for _ in range(draws)])
    return float(np.mean(np.sum((batch_means - gradients.mean(axis=0)) ** 2, axis=1)))
