"""The Linear regression page (the NumPy tutorial's data) through AppTest, and its data."""

import numpy as np
import pytest

from optim_core import OPTIMIZERS, optimize
from optim_core.regression import batch_gradient, least_squares, mse_surface, seed_001_data
from tests.apptest import open_page
from tests.plotly_json import decoded
from ui.hyper_panel import short_optimizer_name
from ui.text import t


def metric(app, label: str) -> str:
    return next(m.value for m in app.metric if m.label == label)


def test_default_view_shows_the_seeds_numbers_and_explains_them():
    app = open_page("linear_regression")
    assert not app.exception
    assert metric(app, "Final θ (intercept, slope)") == "(4.1722, 2.9185)"
    assert metric(app, "Least squares") == "(4.2222, 2.9685)"
    text = " ".join(m.value for m in app.markdown)
    assert "does not settle" in text and "decaying η" in text
    (fix,) = app.page_link  # opens in this tab: the language and presenter mode stay
    assert fix.proto.page == "linear_regression" and "decay=0.99" in fix.proto.query_string
    assert "fresh=1" in fix.proto.query_string, "its values replace the controls'"


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


def chart(app, key: str) -> dict:
    import json

    return json.loads(
        next(c for c in app.get("plotly_chart") if c.proto.id.endswith(key)).proto.spec
    )


def test_the_close_up_shows_the_jumps_of_plus_minus_0_05_around_the_optimum():
    """At the contour's scale the last steps are one pixel; the close-up is a window around the
    least-squares ★ just wide enough for them: two points, 0.05 from it in both coordinates."""
    app = open_page("linear_regression")
    spec = chart(app, "closeup")
    best = least_squares(seed_001_data())
    path = next(trace for trace in spec["data"] if trace.get("mode") == "lines+markers")
    points = np.column_stack([decoded(path["x"]), decoded(path["y"])]) - best
    assert len(points) == 50
    offsets = np.unique(np.round(points, 4), axis=0)
    np.testing.assert_allclose(np.abs(offsets), 0.05, atol=2e-4)
    assert len(offsets) == 2, offsets
    for axis, centre in (("xaxis", best[0]), ("yaxis", best[1])):
        low, high = spec["layout"][axis]["range"]
        assert low < centre - 0.05 and high > centre + 0.05 and high - low < 0.2


def test_a_curve_that_reaches_zero_on_a_log_axis_says_where():
    """With η × 0.99 per step the MSE gap reaches 0 to machine precision (step 776): the log
    axis cannot draw it, so a mark and a note stand where the line ends."""
    app = open_page("linear_regression", decay="0.99")
    spec = chart(app, "mse")
    gap = decoded(spec["data"][0]["y"])
    assert gap[775] > 0 and np.isnan(gap[776]), "the line ends where the gap reaches 0"
    (mark,) = [trace for trace in spec["data"] if trace.get("mode") == "markers"]
    assert mark["x"] == [776]
    (note,) = spec["layout"]["annotations"]
    assert note["text"] == "0 at step 776 (a log axis cannot show 0)"
    assert spec["layout"]["xaxis"]["range"] == [0, 1000], "the axis still spans the whole run"


TITLED = [("rmsprop", "en"), ("adam", "en"), ("momentum", "ko"), ("sgd", "zh-Hans")]


@pytest.mark.parametrize(("optimizer", "lang"), TITLED)
def test_the_title_names_the_optimizer_that_fits_the_line(optimizer, lang):
    app = open_page("linear_regression", optimizer=optimizer, lang=lang)
    assert not app.exception
    title = app.title[0].value
    assert title == t("lr.title", lang, optimizer=short_optimizer_name(optimizer))
    assert short_optimizer_name(optimizer) in title
    assert ("RMSProp" in title) == (optimizer == "rmsprop")
