"""Issue 16.4, minibatch noise: each step's mini-batch loss (a quadratic, drawn as ellipses) and
the variance of the mini-batch gradient against the batch size B."""

from itertools import combinations, product

import numpy as np
import pytest

from optim_core import optimize
from optim_core.regression import (
    LineData,
    batch_gradient,
    batch_loss,
    batch_rows,
    gradient_noise,
    least_squares,
    measured_gradient_noise,
    sample_gradients,
    seed_001_data,
)

DATA = seed_001_data()
BATCH_SIZES = (5, 10, 20, 50)


def test_the_rows_exposed_are_the_rows_the_gradient_used():
    """Step k of a run moves θ by the gradient of batch_rows(...)[k - 1] alone."""
    run = optimize("sgd", batch_gradient(DATA, 10, 3), DATA.theta0, 40, lr=0.05)
    rows = batch_rows(DATA, 10, 3, 40)
    assert rows.shape == (40, 10)
    assert all(len(set(step)) == 10 for step in rows), "without replacement within a batch"
    for k in (1, 2, 17, 40):
        before, after = run.points[k - 1].ravel(), run.points[k].ravel()
        design, target = DATA.design[rows[k - 1]], DATA.y[rows[k - 1]].ravel()
        gradient = 2 / 10 * design.T @ (design @ before - target)
        np.testing.assert_allclose(after, before - 0.05 * gradient, rtol=1e-12)
    np.testing.assert_array_equal(batch_rows(DATA, 100, 3, 2), [np.arange(100)] * 2)


def test_a_batch_loss_is_the_batch_mse_and_its_ellipses_are_its_level_sets():
    rows = batch_rows(DATA, 5, 0, 1)[0]
    loss = batch_loss(DATA, rows)
    thetas = np.random.default_rng(1).normal(3, 2, size=(30, 2))
    residual = DATA.design[rows] @ thetas.T - DATA.y[rows]
    np.testing.assert_allclose(loss.value(thetas), np.mean(residual**2, axis=0), rtol=1e-10)
    gradient = 2 * DATA.design[rows].T @ (DATA.design[rows] @ loss.centre - DATA.y[rows].ravel())
    np.testing.assert_allclose(gradient, 0, atol=1e-10)
    level = loss.minimum + 2.5
    ellipse = loss.level_set(level)
    np.testing.assert_allclose(loss.value(ellipse), level, rtol=1e-12)
    np.testing.assert_array_equal(ellipse[0], ellipse[-1])
    assert loss.level_set(loss.minimum - 1).shape == (0, 2)


def test_a_batch_whose_x_are_all_equal_has_no_ellipse():
    same_x = LineData(np.full((4, 1), 1.5), np.arange(4.0).reshape(4, 1), np.zeros((2, 1)))
    assert batch_loss(same_x, np.array([0, 2])) is None


def brute_force_noise(data: LineData, theta: np.ndarray, batch_size: int) -> float:
    """E‖g_B - ∇MSE‖² as the mean over every one of the C(n, B) batches."""
    gradients = sample_gradients(data, theta)
    full = gradients.mean(axis=0)
    return np.mean(
        [np.sum((gradients[list(rows)].mean(axis=0) - full) ** 2)
         for rows in combinations(range(len(gradients)), batch_size)]
    )  # fmt: skip


@pytest.mark.parametrize("batch_size", [1, 2, 3, 5, 7])
def test_the_noise_formula_is_the_mean_over_every_batch(batch_size):
    rng = np.random.default_rng(4)
    small = LineData(rng.random((7, 1)) * 2, rng.normal(size=(7, 1)), np.zeros((2, 1)))
    theta = np.array([0.7, -1.3])
    np.testing.assert_allclose(
        gradient_noise(small, theta, batch_size), brute_force_noise(small, theta, batch_size),
        rtol=1e-12, atol=1e-14,
    )  # fmt: skip


@pytest.mark.parametrize("batch_size", [1, 2, 3])
def test_with_replacement_the_noise_is_exactly_one_over_b(batch_size):
    """σ²/B: the mean over every ordered draw of B rows, repeats allowed."""
    rng = np.random.default_rng(5)
    small = LineData(rng.random((5, 1)) * 2, rng.normal(size=(5, 1)), np.zeros((2, 1)))
    theta = np.array([-0.4, 2.1])
    gradients = sample_gradients(small, theta)
    every_draw = [np.sum((gradients[list(rows)].mean(axis=0) - gradients.mean(axis=0)) ** 2)
                  for rows in product(range(5), repeat=batch_size)]  # fmt: skip
    np.testing.assert_allclose(
        gradient_noise(small, theta, batch_size, replace=True), np.mean(every_draw), rtol=1e-12
    )
    assert gradient_noise(small, theta, batch_size, replace=True) * batch_size == pytest.approx(
        gradient_noise(small, theta, 1)
    )


def slope(batch_sizes, values) -> float:
    """The slope of log(values) against log(B), least squares."""
    return float(np.polyfit(np.log(np.asarray(batch_sizes, dtype=float)), np.log(values), 1)[0])


@pytest.mark.parametrize("where", ["least squares", "start"])
def test_the_measured_noise_falls_as_one_over_b(where):
    """Measured over 4,000 batches drawn as training draws them: the variance times B(n-1)/(n-B)
    is the same for every B (slope 0 against B: the finite-population 1/B law), the raw slope
    against B is the formula's, near -1, and B = n has none."""
    theta = least_squares(DATA) if where == "least squares" else DATA.theta0.ravel()
    measured = np.array([measured_gradient_noise(DATA, theta, b, 4000, 0) for b in BATCH_SIZES])
    exact = np.array([gradient_noise(DATA, theta, b) for b in BATCH_SIZES])
    np.testing.assert_allclose(measured, exact, rtol=0.08)
    b = np.array(BATCH_SIZES, dtype=float)
    with_replacement = measured * (len(DATA.y) - 1) / (len(DATA.y) - b)
    assert abs(slope(b, with_replacement) - -1) < 0.03
    assert abs(slope(b[:3], measured[:3]) - slope(b[:3], exact[:3])) < 0.03
    assert -1.2 < slope(b[:3], measured[:3]) < -1.05
    assert measured_gradient_noise(DATA, theta, 100, 10, 0) == gradient_noise(DATA, theta, 100) == 0


def chart(app, key: str) -> dict:
    import json

    return json.loads(
        next(c for c in app.get("plotly_chart") if c.proto.id.endswith(key)).proto.spec
    )


def test_each_frame_draws_the_level_sets_of_its_own_steps_minibatch():
    """?optimizer=adam&batch_size=10&seed=3: in frame k the purple ellipses are level sets of the
    MSE of step k's 10 points (re-evaluated here from the points themselves), the first one
    through θ_{k-1}, and the ✕ is that batch's minimizer; they move from frame to frame."""
    from tests.apptest import open_page
    from tests.plotly_json import decoded

    app = open_page("linear_regression", optimizer="adam", batch_size=10, seed=3)
    assert not app.exception
    spec = chart(app, "fit")
    names = [trace.get("name") for trace in spec["data"]]
    ellipses, minimum = names.index("its level sets"), names.index("its minimum")
    circled = names.index("this batch")
    rows = batch_rows(DATA, 10, 3, 1000)
    frames = {int(frame["name"]): frame["data"] for frame in spec["frames"]}
    assert len(frames) > 30 and all(len(data) == len(names) for data in frames.values())
    drawn = {}
    for k in sorted(frames)[1::15]:
        data = frames[k]
        design, target = DATA.design[rows[k - 1]], DATA.y[rows[k - 1]].ravel()
        path = np.column_stack([decoded(data[3]["x"]), decoded(data[3]["y"])])
        assert len(path) == k + 1

        def batch_mse(thetas, design=design, target=target):
            return np.mean((thetas @ design.T - target) ** 2, axis=-1)

        points = np.column_stack([decoded(data[ellipses]["x"]), decoded(data[ellipses]["y"])])
        gaps = np.flatnonzero(np.isnan(points[:, 0]))
        assert len(gaps) == 2, "three ellipses"
        levels = [batch_mse(part.astype(np.float64)) for part in np.split(points, gaps)]
        levels = [level[np.isfinite(level)] for level in levels]
        for level in levels:
            np.testing.assert_allclose(level, np.mean(level), rtol=2e-4)
        np.testing.assert_allclose(levels[0], batch_mse(path[k - 1].astype(np.float64)), rtol=2e-4)
        centre = np.array([decoded(data[minimum]["x"])[0], decoded(data[minimum]["y"])[0]])
        np.testing.assert_allclose(centre, np.linalg.lstsq(design, target, rcond=None)[0],
                                   rtol=1e-5)  # fmt: skip
        np.testing.assert_allclose(decoded(data[circled]["x"]), DATA.x[rows[k - 1], 0], rtol=1e-6)
        drawn[k] = points
    first, second = list(drawn.values())[:2]
    assert first.shape != second.shape or not np.allclose(first, second, equal_nan=True)
    assert decoded(frames[0][ellipses]["x"]).size == 0, "no batch drawn before step 1"


def test_a_full_batch_has_no_minibatch_traces_and_the_noise_chart_reads_its_numbers():
    from tests.apptest import open_page
    from tests.plotly_json import decoded

    app = open_page("linear_regression")
    assert not app.exception
    assert "its minimum" not in [trace.get("name") for trace in chart(app, "fit")["data"]]
    noise = chart(app, "noise")
    measured = {t["name"]: decoded(t["y"]) for t in noise["data"] if t["mode"] == "markers"}
    at_optimum = measured["measured at ★ (least squares)"]
    exact = [gradient_noise(DATA, least_squares(DATA), b) for b in BATCH_SIZES]
    np.testing.assert_allclose(at_optimum, exact, rtol=0.1)
    assert -1.2 < slope(BATCH_SIZES[:3], at_optimum[:3]) < -1.05
    assert any("B = 100: no noise" == note["text"] for note in noise["layout"]["annotations"])
