"""The Linear regression page (seed 001) through AppTest, and its data."""

import numpy as np
import pytest

from optim_core import OPTIMIZERS, optimize
from optim_core.regression import batch_gradient, least_squares, mse_surface, seed_001_data
from tests.apptest import open_page


def metric(app, label: str) -> str:
    return next(m.value for m in app.metric if m.label == label)


def test_default_view_shows_the_seeds_numbers_and_explains_them():
    app = open_page("linear_regression")
    assert not app.exception
    assert metric(app, "Final θ (intercept, slope)") == "(4.1722, 2.9185)"
    assert metric(app, "Least squares") == "(4.2222, 2.9685)"
    text = " ".join(m.value for m in app.markdown)
    assert "does not settle" in text and "decaying η" in text
    assert "/linear_regression?" in text and "decay=0.99" in text


def test_a_decaying_learning_rate_lands_on_the_optimum():
    app = open_page("linear_regression", decay="0.99")
    assert not app.exception
    assert metric(app, "Final θ (intercept, slope)") == "(4.2222, 2.9685)"


@pytest.mark.parametrize("optimizer", list(OPTIMIZERS))
def test_every_optimizer_full_and_mini_batch(optimizer):
    for batch in ("100", "10"):
        app = open_page("linear_regression", optimizer=optimizer, batch_size=batch, steps="200")
        assert not app.exception, (optimizer, batch)


def test_the_mse_surface_is_the_seeds_objective():
    data = seed_001_data()
    surface = mse_surface(data)
    thetas = np.random.default_rng(0).normal(2, 2, size=(20, 2))
    residual = data.design @ thetas.T - data.y  # (100, 20)
    np.testing.assert_allclose(surface.value(thetas), np.mean(residual**2, axis=0))
    full = batch_gradient(data, 100, 0)
    for theta in thetas[:3]:
        np.testing.assert_allclose(surface.grad(theta), full(theta.reshape(2, 1)).ravel())
    np.testing.assert_allclose(surface.grad(least_squares(data)), 0, atol=1e-12)


def test_mini_batches_are_seeded():
    data = seed_001_data()
    runs = [
        optimize("sgd", batch_gradient(data, 10, seed), data.theta0, 50, lr=0.1).final
        for seed in (1, 1, 2)
    ]
    np.testing.assert_array_equal(runs[0], runs[1])
    assert not np.allclose(runs[0], runs[2])


def test_bad_link_values():
    app = open_page("linear_regression", batch_size="7", decay="2", optimizer="rmsprob")
    assert not app.exception
    captions = " ".join(c.value for c in app.caption)
    assert "batch_size=" in captions and "decay=" in captions and "optimizer=" in captions
