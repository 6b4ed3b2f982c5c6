"""The seeds' published numbers, reproduced by the engine."""

import numpy as np

from optim_core import SURFACES, optimize


def test_seed_002_d2l_rmsprop_on_the_ellipse():
    # d2l 7.6: eta 0.4, gamma 0.9, eps 1e-6 inside the sqrt, 20 steps from (-5, -2)
    run = optimize(
        "rmsprop",
        SURFACES["ellipse"],
        np.array([-5.0, -2.0]),
        20,
        convention="d2l",
        lr=0.4,
        gamma=0.9,
        eps=1e-6,
    )
    np.testing.assert_allclose(run.final, [-0.010599, 0.0], atol=1e-6)
    # and the printed digits themselves
    assert f"{run.final[0]:.6f} {run.final[1]:.6f}" == "-0.010599 0.000000"


def test_seed_002_defaults_of_the_d2l_convention_are_the_books():
    run = optimize("rmsprop", SURFACES["ellipse"], np.array([-5.0, -2.0]), 20, convention="d2l")
    assert run.hyper["lr"] == 0.4 and run.hyper["gamma"] == 0.9 and run.hyper["eps"] == 1e-6
    np.testing.assert_allclose(run.final, [-0.010599, 0.0], atol=1e-6)


def seed_001_problem():
    """The seed's generator, call for call: X, noise, then theta0 from the same stream."""
    rng_state = np.random.get_state()
    try:
        np.random.seed(0)
        x = 2 * np.random.rand(100, 1)
        y = 4 + 3 * x + np.random.randn(100, 1)
        theta0 = np.random.randn(2, 1)
    finally:
        np.random.set_state(rng_state)
    design = np.c_[np.ones((100, 1)), x]
    return design, y, theta0


def test_seed_001_linear_regression_with_rmsprop():
    design, y, theta0 = seed_001_problem()

    def mse_grad(theta):
        return 2 / 100 * design.T @ (design @ theta - y)

    run = optimize("rmsprop", mse_grad, theta0, 1000, convention="d2l", lr=0.1, gamma=0.9, eps=1e-8)
    assert run.points.shape == (1001, 2, 1)
    assert run.batch_ndim == 0  # theta (2, 1) is one point, not two
    np.testing.assert_allclose(run.final.ravel(), [4.17215108, 2.91846752], atol=1e-6)
    least_squares = np.linalg.lstsq(design, y, rcond=None)[0].ravel()
    np.testing.assert_allclose(least_squares, [4.22215108, 2.96846751], atol=1e-6)
    # constant-eta RMSProp ends in a small orbit near the optimum, not on it
    assert 0.01 < np.linalg.norm(run.final.ravel() - least_squares) < 0.1


def test_d2l_adagrad_and_momentum_book_runs():
    # d2l (1st ed.) 7.5 and 7.4 on f = 0.1 x1^2 + 2 x2^2 from (-5, -2), 20 steps
    start = np.array([-5.0, -2.0])
    adagrad = optimize("adagrad", SURFACES["ellipse"], start, 20, convention="d2l", lr=0.4)
    assert f"{adagrad.final[0]:.6f} {adagrad.final[1]:.6f}" == "-2.382563 -0.158591"
    adagrad_fast = optimize("adagrad", SURFACES["ellipse"], start, 20, convention="d2l", lr=2)
    assert f"{adagrad_fast.final[0]:.6f}" == "-0.002295"
