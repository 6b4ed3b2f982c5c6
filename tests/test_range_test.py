"""The learning-rate range test (optim_core.range_test): numbers on a known quadratic, and the
Playground and Neural network pages showing what the core computes."""

from __future__ import annotations

import json
import math
from urllib.parse import parse_qs

import numpy as np
import pytest

from optim_core import NETWORK_OPTIMIZERS, OPTIMIZERS, SURFACES, optimize
from optim_core.range_test import (
    MIN_STEPS,
    SMOOTHING,
    bounds_around,
    growing_rates,
    network_range_test,
    read_curve,
    surface_range_test,
)
from tests.apptest import open_page
from ui import runs
from ui.figures.range_test import eta_text

ELLIPSE = SURFACES["ellipse"]  # f = 0.1x² + 2y²: Hessian diag(0.2, 4), L = 4, edge 2/L = 0.5
EDGE = 0.5
LR_MIN, LR_MAX, STEPS = 1e-5, 10.0, 300


def sgd_test(x0) -> object:
    return surface_range_test("sgd", ELLIPSE, x0, lr_min=LR_MIN, lr_max=LR_MAX, steps=STEPS)


def test_the_schedule_grows_from_the_lowest_to_the_highest_eta():
    rates = growing_rates(LR_MIN, LR_MAX, STEPS)
    np.testing.assert_allclose(rates, np.geomspace(LR_MIN, LR_MAX, STEPS), rtol=1e-12)
    test = sgd_test((-5.0, -2.0))
    np.testing.assert_allclose(test.lr, rates, rtol=1e-12)  # the engine ran that schedule


def closed_form_loss(x0, rates: np.ndarray) -> np.ndarray:
    """Gradient descent on 0.1x² + 2y² multiplies x by (1 − 0.2η) and y by (1 − 4η) each step,
    so after step t: f_t = 0.1·x0²·Π(1 − 0.2η_k)² + 2·y0²·Π(1 − 4η_k)² (k ≤ t)."""
    x = x0[0] * np.cumprod(1 - 0.2 * rates)
    y = x0[1] * np.cumprod(1 - 4 * rates)
    with np.errstate(over="ignore", invalid="ignore"):
        return 0.1 * x * x + 2 * y * y


def fastai_reading(rates: np.ndarray, losses: np.ndarray, beta: float = SMOOTHING):
    """fastai's LRFinder loop, transcribed line by line in plain Python (independent of the
    vectorized code): the bias-corrected average, the stop at 4 × the best, then the steepest
    slope on the way down to the minimum (after the first tenth) and the minimum / 10."""
    average, best, smoothed = 0.0, math.inf, []
    for i, loss in enumerate(losses):
        if not math.isfinite(loss):
            break
        average = beta * average + (1 - beta) * loss
        smooth = average / (1 - beta ** (i + 1))
        if smooth > 4 * best:
            break
        best = min(best, smooth)
        smoothed.append(smooth)
    lowest = min(range(len(smoothed)), key=smoothed.__getitem__)
    first = int(0.1 * len(rates))
    slopes = [
        ((smoothed[i + 1] - smoothed[i]) / (math.log(rates[i + 1]) - math.log(rates[i])), i)
        for i in range(first, lowest)
    ]
    return smoothed, rates[min(slopes)[1]], rates[lowest] / 10


@pytest.mark.parametrize("x0", [(-5.0, -2.0), (0.0, -2.0), (3.0, 1.0)])
def test_the_curve_and_suggestions_match_the_closed_form_read_by_fastais_loop(x0):
    test = sgd_test(x0)
    expected = closed_form_loss(np.array(x0), test.lr)
    kept = np.isfinite(test.loss)  # the engine blanks a point once |x| or |y| passes 10⁶
    assert kept.sum() > test.stop
    np.testing.assert_allclose(test.loss[kept], expected[kept], rtol=1e-9)
    smoothed, steepest, tenth = fastai_reading(test.lr, expected)
    assert test.stop == len(smoothed)
    np.testing.assert_allclose(test.smoothed, smoothed, rtol=1e-12)
    assert test.steepest == steepest and test.tenth_of_minimum == tenth


def test_the_loss_blows_up_once_eta_passes_two_over_l_and_not_before():
    """Started on the stiff axis (x = 0), f = 2y² and each step multiplies it by (1 − 4η)²:
    at most 1 while η ≤ 2/L = 0.5, above 1 beyond. So f never rises before the edge, and it
    rises at the very first step whose η is past it (one schedule step of tolerance: the step
    before has η ≤ 0.5). The range test then stops past the edge, and both suggestions are
    below it."""
    test = sgd_test((0.0, -2.0))
    rises = np.flatnonzero(np.diff(test.loss) > 0) + 1  # steps whose f is above the step before
    first_rise = rises[0]
    assert test.lr[first_rise] > EDGE >= test.lr[first_rise - 1]
    assert np.all(np.diff(test.loss[:first_rise]) <= 0), "no rise while η ≤ 0.5"
    assert test.diverged_at is not None and test.diverged_at > EDGE
    assert test.steepest < EDGE and test.tenth_of_minimum < EDGE

    test = sgd_test((-5.0, -2.0))  # the textbook's start: the same verdicts
    assert test.diverged_at > EDGE
    assert test.steepest < EDGE and test.tenth_of_minimum < EDGE


def test_the_suggestions_train_where_a_brute_force_over_fixed_eta_says_they_should():
    """Brute force: 100-step runs of gradient descent from (−5, −2) at 2,000 fixed η. Both
    suggestions must be stable η (below the first η whose run ends above its start) and lie
    within a factor 20 below the best fixed η (the range test looks for a safe η, not the
    edge), and a run at either converges (f falls by 10× or more)."""
    start, steps = np.array([-5.0, -2.0]), 100
    grid = np.geomspace(1e-3, 1.0, 2000)
    final = optimize("sgd", ELLIPSE, start, steps, vary=("lr", tuple(grid)), history=False)
    f_final = ELLIPSE.value(final.points[-1])
    f_start = float(ELLIPSE.value(start))
    unstable = grid[~(f_final < f_start)][0]
    best = grid[np.nanargmin(f_final)]
    assert 0.45 < best < EDGE < unstable < 1.01 * EDGE  # the first grid η past 2/L
    test = surface_range_test("sgd", ELLIPSE, start, lr_min=LR_MIN, lr_max=LR_MAX, steps=steps)
    for suggested in (test.steepest, test.tenth_of_minimum):
        assert best / 20 < suggested < unstable
        run = optimize("sgd", ELLIPSE, start, steps, lr=suggested)
        assert run.values[-1] < f_start / 10


def test_a_flat_curve_and_a_curve_that_blows_up_at_once():
    falling = read_curve(np.geomspace(1e-3, 1, 50), np.linspace(2, 1, 50))
    assert falling.stop == 50 and falling.diverged_at is None
    assert falling.tenth_of_minimum == pytest.approx(0.1)  # the minimum is the last point
    broken = read_curve(np.geomspace(1e-3, 1, 50), np.full(50, np.inf))
    assert broken.stop == 0 and broken.steepest is None and broken.tenth_of_minimum is None


@pytest.mark.parametrize("optimizer", list(OPTIMIZERS))
def test_every_optimizer_gives_a_finite_suggestion_on_rosenbrock(optimizer):
    surface = SURFACES["rosenbrock"]
    low, high = bounds_around(OPTIMIZERS[optimizer].playground_lr)
    test = surface_range_test(optimizer, surface, surface.start, lr_min=low, lr_max=high)
    assert test.tenth_of_minimum is not None and low / 10 <= test.tenth_of_minimum <= high / 10


def test_the_network_range_test_uses_the_training_loop_and_stops_at_divergence():
    data = runs.digits()
    test = network_range_test(data, "sgd", lr_min=1e-3, lr_max=1e3, hidden=64)
    assert len(test.lr) >= MIN_STEPS - 1
    assert test.diverged_at is not None, "η = 1000 blows plain SGD up"
    assert 1e-3 < test.steepest < test.diverged_at
    assert test.loss[0] == pytest.approx(math.log(10), rel=0.1)  # ten classes, guessed evenly


# ---- the pages ----------------------------------------------------------------------------------


def range_chart(app) -> dict:
    chart = next(c for c in app.get("plotly_chart") if c.proto.id.endswith("range_test_chart"))
    return json.loads(chart.proto.spec)


def link_params(app) -> list[dict[str, str]]:
    return [
        {key: values[-1] for key, values in parse_qs(link.proto.query_string).items()}
        for link in app.page_link
        if "range_test=true" in link.proto.query_string
    ]


def test_the_playground_range_test_shows_the_cores_suggestions_and_links_them():
    params = {"surface": "ellipse", "optimizer": "sgd", "x0": "-5", "y0": "-2", "lang": "ko"}
    closed = open_page("playground", **params)
    assert not closed.exception
    assert not any(c.proto.id.endswith("range_test_chart") for c in closed.get("plotly_chart"))

    app = open_page("playground", **params, range_test="true")
    assert not app.exception
    low, high = bounds_around(OPTIMIZERS["sgd"].playground_lr)
    core = surface_range_test("sgd", ELLIPSE, (-5.0, -2.0), lr_min=low, lr_max=high,
                              steps=MIN_STEPS)  # fmt: skip
    meta = range_chart(app)["layout"]["meta"]
    assert meta == {"steepest": core.steepest, "tenth_of_minimum": core.tenth_of_minimum}
    steepest, tenth = link_params(app)
    assert steepest["lr"] == eta_text(core.steepest) and tenth["lr"] == eta_text(
        core.tenth_of_minimum
    )
    assert steepest["lang"] == "ko" and steepest["fresh"] == "1" and steepest["optimizer"] == "sgd"
    labels = [link.proto.label for link in app.page_link if "range_test" in link.proto.query_string]
    assert labels[0] == f"η = {eta_text(core.steepest)}로 실행 (가장 가파른 감소)"


def test_the_neural_network_range_test_shows_the_cores_suggestions_and_links_them():
    app = open_page("neural_network", epochs=2, hidden=64, range_test="true", present=1)
    assert not app.exception
    optimizer, convention = "rmsprop", "keras"
    hyper = {**NETWORK_OPTIMIZERS[optimizer].flavours[convention].defaults}
    low, high = bounds_around(NETWORK_OPTIMIZERS[optimizer].network_lr)
    core = network_range_test(runs.digits(), optimizer, lr_min=low, lr_max=high,
                              convention=convention, hidden=64, **hyper)  # fmt: skip
    meta = range_chart(app)["layout"]["meta"]
    assert meta == {"steepest": core.steepest, "tenth_of_minimum": core.tenth_of_minimum}
    steepest, tenth = link_params(app)
    assert steepest["lr_rmsprop"] == eta_text(core.steepest)
    assert tenth["lr_rmsprop"] == eta_text(core.tenth_of_minimum)
    assert steepest["present"] == "1" and steepest["hidden"] == "64"

    trained = open_page("neural_network", **{k: v for k, v in tenth.items() if k != "fresh"})
    assert not trained.exception
    assert any(f"η {float(tenth['lr_rmsprop']):g}" in c.value for c in trained.caption)


def test_a_hostile_range_test_value_falls_back_with_a_note():
    app = open_page("playground", range_test="<script>")
    assert not app.exception
    assert any("range_test=" in c.value for c in app.caption)
