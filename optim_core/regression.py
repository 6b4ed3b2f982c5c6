r"""Seed 001's problem: fit a line to y = 4 + 3x + N(0, 1) by minimizing the mean squared error.

.. math::
    \text{MSE}(\theta) = \frac{1}{n}\lVert X_b \theta - y\rVert^2,\qquad
    \nabla \text{MSE}(\theta) = \frac{2}{n} X_b^\top (X_b \theta - y),\qquad X_b = [1, x]

The data come from the seed's own generator, call for call (``np.random.seed(0)``; x, then the
noise, then θ₀ from the same stream), so the numbers match the article's.
"""

from __future__ import annotations

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


def batch_gradient(data: LineData, batch_size: int, seed: int):
    """∇MSE of θ of shape (2, 1) on a fresh random mini-batch each call (all points when
    ``batch_size`` is the data's size): the stochastic gradient of mini-batch training."""
    design, target = data.design, data.y
    rng = np.random.default_rng(seed)
    full = batch_size >= len(target)

    def grad(theta: np.ndarray) -> np.ndarray:
        if full:
            rows, y = design, target
        else:
            pick = rng.choice(len(target), size=batch_size, replace=False)
            rows, y = design[pick], target[pick]
        return 2 / len(y) * rows.T @ (rows @ theta - y)

    return grad
