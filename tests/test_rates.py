"""optim_core.theory: the curvature at a minimum and the rates theory predicts, against the issue's
figures for the ellipse and against the engine's own runs (the measured shrink of ‖x_t − x*‖)."""

import numpy as np
import pytest

from optim_core import SURFACES, optimize
from optim_core.formula import parse_function
from optim_core.surfaces import Surface
from optim_core.theory import (
    best_gd,
    best_heavy_ball,
    classical_nesterov,
    curvature_near,
    gd_rate,
    heavy_ball_rate,
    hessian,
    measured_rate,
    nesterov_rate,
)


def test_the_ellipse_figures():
    """f = 0.1x² + 2y²: κ = 20, η* ≈ 0.476 with rate ≈ 0.905; heavy ball β* ≈ 0.403 with rate
    ≈ 0.635 (the issue's numbers)."""
    curvature = curvature_near(SURFACES["ellipse"], np.array([3.0, 1.0]))
    assert curvature.eigenvalues == pytest.approx((0.2, 4.0))
    assert curvature.kappa == pytest.approx(20) and not curvature.local
    gd = best_gd(curvature)
    assert (gd.lr, gd.rate) == pytest.approx((2 / 4.2, 19 / 21))
    assert round(gd.lr, 3) == 0.476 and round(gd.rate, 3) == 0.905
    heavy = best_heavy_ball(curvature)
    assert round(heavy.momentum, 3) == 0.403 and round(heavy.rate, 3) == 0.635
    assert heavy.lr == pytest.approx(4 / (2 + np.sqrt(0.2)) ** 2)
    nesterov = classical_nesterov(curvature)
    assert (nesterov.lr, nesterov.rate) == pytest.approx((0.25, 1 - 1 / np.sqrt(20)))
    # the optimum is the optimum: nearby settings are slower
    eigenvalues = curvature.eigenvalues
    for factor in (0.9, 1.1):
        assert gd_rate(gd.lr * factor, eigenvalues) > gd.rate
        assert heavy_ball_rate(heavy.lr * factor, heavy.momentum, eigenvalues) > heavy.rate
        assert heavy_ball_rate(heavy.lr, heavy.momentum * factor, eigenvalues) > heavy.rate
    assert gd_rate(0.5, curvature.eigenvalues) == pytest.approx(1.0)  # the stability edge 2/L


CASES = [
    ("sgd", {"lr": 0.1}),
    ("sgd", {"lr": 0.3}),
    ("sgd", "best"),
    ("momentum", {"lr": 0.05, "momentum": 0.9}),
    ("momentum", {"lr": 0.3, "momentum": 0.2}),
    ("momentum", "best"),
    ("nesterov", {"lr": 0.1, "momentum": 0.8}),
    ("nesterov", "best"),
]
TUNED = {"sgd": best_gd, "momentum": best_heavy_ball, "nesterov": classical_nesterov}


def settings(optimizer, hyper, curvature):
    if hyper != "best":
        return hyper
    tuned = TUNED[optimizer](curvature)
    return {"lr": tuned.lr} | ({"momentum": tuned.momentum} if optimizer != "sgd" else {})


def predicted(optimizer, hyper, eigenvalues) -> float:
    if optimizer == "sgd":
        return gd_rate(hyper["lr"], eigenvalues)
    rate = heavy_ball_rate if optimizer == "momentum" else nesterov_rate
    return rate(hyper["lr"], hyper["momentum"], eigenvalues)


@pytest.mark.parametrize("surface_key", ["ellipse", "rotated_ellipse", "booth"])
@pytest.mark.parametrize(("optimizer", "hyper"), CASES)
def test_the_engine_follows_the_linear_recurrence_whose_spectral_radius_is_the_rate(
    surface_key, optimizer, hyper
):
    """On a quadratic the engine's errors e_t = x_t − x* follow theory's recurrence exactly
    (e_{t+1} = (1 + β) A e_t − β A e_{t−1} with A = I − ηH for Nesterov, (1 + β)I − ηH and β
    for the heavy ball, β = 0 for GD; from step 1, as the first has no memory yet), and the rate
    printed is the largest |eigenvalue| of that recurrence's 4 × 4 matrix."""
    surface = SURFACES[surface_key]
    curvature = curvature_near(surface, np.array(surface.start))
    hyper = settings(optimizer, hyper, curvature)
    lr, beta = hyper["lr"], hyper.get("momentum", 0.0)
    eye, matrix = np.eye(2), curvature.hessian
    if optimizer == "nesterov":
        current, previous = (1 + beta) * (eye - lr * matrix), -beta * (eye - lr * matrix)
    else:
        current, previous = (1 + beta) * eye - lr * matrix, -beta * eye
    companion = np.block([[current, previous], [eye, np.zeros((2, 2))]])
    rate = predicted(optimizer, hyper, curvature.eigenvalues)
    assert rate == pytest.approx(np.max(np.abs(np.linalg.eigvals(companion))), rel=1e-6)

    run = optimize(optimizer, surface, np.array(surface.start), 60, **hyper)
    errors = list(run.points[:2] - curvature.minimum)  # the first step has no memory yet
    for _ in range(59):
        errors.append(current @ errors[-1] + previous @ errors[-2])
    kept = np.isfinite(run.points).all(axis=1)  # up to a divergence (η beyond 2 / L on Booth)
    assert kept.sum() > 5
    np.testing.assert_allclose((run.points - curvature.minimum)[kept], np.array(errors)[kept],
                               rtol=1e-9, atol=1e-9)  # fmt: skip


@pytest.mark.parametrize(
    ("optimizer", "hyper"),
    [("sgd", {"lr": 0.1}), ("sgd", "best"), ("momentum", {"lr": 0.3, "momentum": 0.2})],
)
def test_the_measured_rate_reads_the_runs_shrink(optimizer, hyper):
    """Where the slowest mode is one real root, the rate measured from the run's distances
    agrees with theory to 1 %."""
    surface = SURFACES["rotated_ellipse"]
    curvature = curvature_near(surface, np.array(surface.start))
    hyper = settings(optimizer, hyper, curvature)
    run = optimize(optimizer, surface, np.array(surface.start), 400, **hyper)
    distance = np.linalg.norm(run.points - np.array(curvature.minimum), axis=1)
    rate = predicted(optimizer, hyper, curvature.eigenvalues)
    assert measured_rate(distance) == pytest.approx(rate, rel=0.01)


def test_local_curvature_at_rosenbrocks_minimum():
    """H = [[802, −400], [−400, 200]] at (1, 1): labelled local, κ ≈ 2508."""
    curvature = curvature_near(SURFACES["rosenbrock"], np.array([-1.0, 1.0]))
    assert curvature.minimum == (1.0, 1.0) and curvature.local
    np.testing.assert_allclose(curvature.hessian, [[802, -400], [-400, 200]], rtol=1e-6)
    assert curvature.kappa == pytest.approx(2508.0, rel=1e-3)


def test_a_saddle_has_no_condition_number():
    curvature = curvature_near(SURFACES["saddle"], np.array([1.0, 0.5]))
    assert curvature.minimum == pytest.approx((0, 0)) and curvature.eigenvalues == (-2.0, 2.0)
    assert not curvature.convex and curvature.kappa == float("inf")


def formula_surface(text: str) -> Surface:
    formula = parse_function(text)
    return Surface("custom", formula.latex, formula.value, formula.grad, ((-3, 3), (-3, 3)),
                   (0.0, 0.0), quadratic=formula.quadratic,
                   hessian=formula.exact_hessian)  # fmt: skip


def test_a_typed_formula_has_its_hessian_symbolically_and_its_minimum_found():
    quadratic = formula_surface("0.5*x^2 + x*y + 2*y^2 - x + 3")
    assert quadratic.quadratic
    curvature = curvature_near(quadratic, np.array([2.0, -1.0]))
    np.testing.assert_allclose(curvature.hessian, [[1, 1], [1, 4]], atol=0)  # exact
    np.testing.assert_allclose(curvature.minimum, np.linalg.solve([[1, 1], [1, 4]], [1, 0]))
    assert not curvature.local

    curved = formula_surface("(x - 1)^4 + x^2 + (y + 2)^2 + x*y")
    assert not curved.quadratic
    curvature = curvature_near(curved, np.array([0.0, 0.0]))
    assert curvature.local
    np.testing.assert_allclose(curved.grad(np.array(curvature.minimum)), 0, atol=1e-10)
    finite = hessian(Surface("f", "", curved.value, curved.grad, ((-3, 3), (-3, 3)), (0, 0)),
                     np.array(curvature.minimum))  # fmt: skip
    np.testing.assert_allclose(curvature.hessian, finite, rtol=1e-6)
    flat = curvature_near(formula_surface("x^3 + y^2"), np.array([1.0, 0.0]))
    assert not flat.convex  # ∇f = 0 at the origin, but it is no minimum
    assert curvature_near(formula_surface("x + y"), np.array([1.0, 0.0])) is None
    kinked = parse_function("abs(x) + (y - 1)^2")  # |x|'' = 2δ(x): 0 away from the kink
    np.testing.assert_array_equal(kinked.hessian(np.array([0.5, 0.0])), [[0, 0], [0, 2]])


def test_measured_rate_reads_a_geometric_shrink():
    distances = 3.0 * 0.8 ** np.arange(200)
    assert measured_rate(distances) == pytest.approx(0.8)
    assert measured_rate(np.r_[1.0, np.zeros(10)]) is None  # at x* at once: nothing to read
