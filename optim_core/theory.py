r"""What theory predicts for gradient descent and momentum near a minimum x*, where
f(x) ≈ f(x*) + ½ (x − x*)ᵀ H (x − x*) (exactly, when f is quadratic).

The Hessian's eigenvalues μ ≤ L set everything; κ = L / μ is the condition number. Along the
eigenvector of λ, with e_t = x_t − x* (Polyak 1964; Lessard, Recht & Packard 2016):

- gradient descent, x_{t+1} = x_t − η ∇f(x_t): e_{t+1} = (1 − ηλ) e_t. It converges when
  η < 2 / L; its rate is max_λ |1 − ηλ|, smallest at η* = 2 / (L + μ): (κ − 1) / (κ + 1).
- heavy ball, x_{t+1} = x_t − η ∇f(x_t) + β (x_t − x_{t−1}) (PyTorch's momentum with lr η and
  momentum β): e_{t+1} = (1 + β − ηλ) e_t − β e_{t−1}. Its rate is the largest root of
  z² − (1 + β − ηλ) z + β; best at η = 4 / (√L + √μ)², β = ((√κ − 1) / (√κ + 1))²:
  (√κ − 1) / (√κ + 1).
- Nesterov, x_{t+1} = y_t − η ∇f(y_t), y_t = x_t + β (x_t − x_{t−1}) (PyTorch's nesterov=True is
  the same map): roots of z² − (1 + β)(1 − ηλ) z + β (1 − ηλ); the classical choice η = 1 / L,
  β = (√κ − 1) / (√κ + 1) gives 1 − 1 / √κ.

A rate ρ means ‖x_t − x*‖ shrinks like ρᵗ (times a constant, and a factor t when two roots meet).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from .surfaces import Surface

FINITE_STEP = 1e-5  # central differences of the exact gradient: error ~1e-10 of the curvature


@dataclass(frozen=True)
class Curvature:
    """The Hessian at a minimum and what it implies. ``local``: f is not quadratic, so these
    numbers hold near ``minimum`` only."""

    minimum: tuple[float, float]
    hessian: np.ndarray
    local: bool

    @property
    def eigenvalues(self) -> tuple[float, float]:
        """μ ≤ L."""
        low, high = np.linalg.eigvalsh(self.hessian)
        return float(low), float(high)

    @property
    def mu(self) -> float:
        return self.eigenvalues[0]

    @property
    def L(self) -> float:
        return self.eigenvalues[1]

    @property
    def convex(self) -> bool:
        """Both curvatures positive (beyond rounding: μ > 1e-8 L): a true minimum with a finite
        condition number. Not so at a saddle, or where f is flat along a direction."""
        return self.mu > 1e-8 * abs(self.L)

    @property
    def kappa(self) -> float:
        """κ = L / μ."""
        return self.L / self.mu if self.convex else float("inf")


def hessian(surface: Surface, point: np.ndarray) -> np.ndarray:
    """H at ``point``: the surface's own (symbolic for a typed formula) when it has one, else
    central differences of its exact gradient, symmetrized."""
    if surface.hessian is not None:
        return np.asarray(surface.hessian(np.asarray(point, dtype=np.float64)), dtype=np.float64)
    columns = []
    for axis in range(2):
        shift = np.zeros(2)
        shift[axis] = FINITE_STEP
        columns.append(
            (surface.grad(point + shift) - surface.grad(point - shift)) / (2 * shift[axis])
        )
    matrix = np.stack(columns, axis=1)
    return (matrix + matrix.T) / 2


def newton_stationary(
    grad: Callable[[np.ndarray], np.ndarray],
    hessian_at: Callable[[np.ndarray], np.ndarray],
    near: np.ndarray,
    iterations: int = 40,
) -> np.ndarray | None:
    """A point where ∇f = 0, found by Newton's method from ``near`` (x ← x − H⁻¹ ∇f): a
    minimum, or a saddle; None when it does not settle."""
    point = np.asarray(near, dtype=np.float64)
    for _ in range(iterations):
        matrix = hessian_at(point)
        if not np.isfinite(matrix).all() or abs(np.linalg.det(matrix)) < 1e-14:
            return None
        step = np.linalg.solve(matrix, grad(point))
        point = point - step
        if not np.isfinite(point).all():
            return None
        if np.linalg.norm(step) <= 1e-12 * (1 + np.linalg.norm(point)):
            return point
    return point if np.linalg.norm(grad(point)) <= 1e-9 * (1 + np.linalg.norm(point)) else None


def curvature_near(surface: Surface, point: np.ndarray) -> Curvature | None:
    """The curvature at the minimum nearest ``point`` (a run's end): one of the surface's known
    minima, else the stationary point Newton's method finds from ``point`` (``convex`` then says
    whether it is a minimum). None when there is none."""
    point = np.asarray(point, dtype=np.float64)
    if surface.minima:
        minima = np.array(surface.minima, dtype=np.float64)
        nearest = minima[np.argmin(np.linalg.norm(minima - point, axis=1))]
    else:
        nearest = newton_stationary(surface.grad, lambda p: hessian(surface, p), point)
        if nearest is None:
            return None
    return Curvature(
        (float(nearest[0]), float(nearest[1])), hessian(surface, nearest), not surface.quadratic
    )


# ---- rates: how fast ‖x_t − x*‖ shrinks per step -----------------------------------------------


def _largest_root(b: float, c: float) -> float:
    """The largest |z| with z² − b z + c = 0."""
    return float(np.max(np.abs(np.roots([1.0, -b, c]))))


def gd_rate(lr: float, eigenvalues) -> float:
    """max_λ |1 − ηλ|."""
    return max(abs(1 - lr * value) for value in eigenvalues)


def heavy_ball_rate(lr: float, momentum: float, eigenvalues) -> float:
    """max_λ of the largest root of z² − (1 + β − ηλ) z + β."""
    return max(_largest_root(1 + momentum - lr * value, momentum) for value in eigenvalues)


def nesterov_rate(lr: float, momentum: float, eigenvalues) -> float:
    """max_λ of the largest root of z² − (1 + β)(1 − ηλ) z + β (1 − ηλ)."""
    return max(
        _largest_root((1 + momentum) * (1 - lr * value), momentum * (1 - lr * value))
        for value in eigenvalues
    )


@dataclass(frozen=True)
class Tuned:
    """Constant hyperparameters theory picks for a curvature, and the rate they give."""

    lr: float
    momentum: float  # 0 for gradient descent
    rate: float


def best_gd(curvature: Curvature) -> Tuned:
    """η* = 2 / (L + μ), rate (κ − 1) / (κ + 1)."""
    kappa = curvature.kappa
    return Tuned(2 / (curvature.L + curvature.mu), 0.0, (kappa - 1) / (kappa + 1))


def best_heavy_ball(curvature: Curvature) -> Tuned:
    """η = 4 / (√L + √μ)², β = ((√κ − 1) / (√κ + 1))², rate (√κ − 1) / (√κ + 1)."""
    root_kappa = np.sqrt(curvature.kappa)
    rate = float((root_kappa - 1) / (root_kappa + 1))
    lr = 4 / (np.sqrt(curvature.L) + np.sqrt(curvature.mu)) ** 2
    return Tuned(float(lr), rate**2, rate)


def classical_nesterov(curvature: Curvature) -> Tuned:
    """η = 1 / L, β = (√κ − 1) / (√κ + 1), rate 1 − 1 / √κ."""
    root_kappa = np.sqrt(curvature.kappa)
    return Tuned(
        1 / curvature.L, float((root_kappa - 1) / (root_kappa + 1)), float(1 - 1 / root_kappa)
    )


def measured_rate(distances: np.ndarray) -> float | None:
    """ρ from a run's ‖x_t − x*‖: exp of the least-squares slope of log ‖x_t − x*‖ against t,
    over the second half of the steps before it reaches rounding's floor (1e-12 of the start;
    the first steps are still transient, and a slope rather than two end points smooths an
    oscillation). None when there are too few such steps, or it left."""
    distances = np.asarray(distances, dtype=np.float64)
    floor = np.flatnonzero(~(distances > 1e-12 * distances[0]))
    if floor.size:
        distances = distances[: floor[0]]
    window = distances[len(distances) // 2 :]
    if len(window) < 3 or not np.isfinite(window).all():
        return None
    slope = np.polyfit(np.arange(len(window)), np.log(window), 1)[0]
    return float(np.exp(slope))
