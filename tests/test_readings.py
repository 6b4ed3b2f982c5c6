"""A run's numbers in plain words: the verdict under the figure, the sentence under Explain step k
and the steps actually taken beside the step sizes. Each is checked against the run, and each
number a sentence prints is re-evaluated from the printed numbers."""

import re

import numpy as np
import pytest

from optim_core import SURFACES, optimize
from optim_core.analysis import nearest_minimum, verdict
from tests.apptest import open_page
from tests.plotly_json import decoded
from ui.readings import coordinate_text, step_sentence

TEXTBOOK = {"convention": "d2l", "lr": 0.4, "gamma": 0.9, "eps": 1e-6}


def run_on(optimizer: str, surface: str, steps: int, start, **hyper):
    return optimize(optimizer, SURFACES[surface], np.array(start, dtype=float), steps, **hyper)


def test_the_textbook_run_converges_and_the_step_is_the_first_for_good():
    run = run_on("rmsprop", "ellipse", 20, (-5, -2), **TEXTBOOK)
    found = verdict(run, SURFACES["ellipse"])
    assert found.kind == "converged"
    distances = nearest_minimum(run.points, SURFACES["ellipse"].minima)[1]
    inside = distances <= found.radius
    assert inside[found.step:].all() and not inside[found.step - 1]  # fmt: skip


def test_eta_one_on_the_textbook_example_is_still_oscillating_in_y():
    """The issue's example: η = 1 bounces y from one side of the minimum to the other."""
    run = run_on("rmsprop", "ellipse", 20, (-5, -2), **{**TEXTBOOK, "lr": 1.0})
    found = verdict(run, SURFACES["ellipse"])
    assert found.kind == "oscillating" and found.coordinate == 1
    last = run.points[-found.window - 1 :, 1]
    assert (found.low, found.high) == (last.min(), last.max())
    assert found.low < -0.7 and found.high > 0.7
    assert (np.sign(np.diff(last))[1:] * np.sign(np.diff(last))[:-1] < 0).all()


def test_divergence_stalling_and_still_moving():
    rosenbrock = SURFACES["rosenbrock"]
    diverged = run_on("sgd", "rosenbrock", 50, (-1.5, 2), lr=0.003)
    assert verdict(diverged, rosenbrock).kind == "diverged"
    assert verdict(diverged, rosenbrock).step == int(diverged.diverged_at) == 5

    # the AdaGrad preset: its steps shrink like 1/√t long before it gets there
    stalled = run_on("adagrad", "ellipse", 50, (-5, -2), convention="d2l", lr=0.4)
    found = verdict(stalled, SURFACES["ellipse"])
    assert found.kind == "stalled"
    assert found.last_step == stalled.step_norms[-1] <= 0.05 * np.nanmax(stalled.step_norms)
    assert found.distance >= 20 * found.last_step

    moving = run_on("adam", "rosenbrock", 100, (-1.5, 2), lr=0.1)
    assert verdict(moving, rosenbrock).kind == "moving"


NUMBER = r"(-?\d+(?:\.\d+)?(?:e[-+]\d+)?)"


def printed(sentence: str, pattern: str) -> list[float]:
    match = re.search(pattern, sentence)
    assert match, (pattern, sentence)
    return [float(value) for value in match.groups()]


def test_the_textbook_step_one_sentence_says_both_coordinates_move_the_same():
    """Step 1 of the textbook run: gradients 1 and 8, and yet both coordinates move exactly
    0.4/√0.1 = 1.2649, because each has its own step size; the printed numbers multiply out."""
    run = run_on("rmsprop", "ellipse", 20, (-5, -2), **TEXTBOOK)
    sentence = step_sentence(run, 1, ("x", "y"))
    size_x, size_y = printed(sentence, rf"\({NUMBER} for x, {NUMBER} for y\)")
    g_fold, gx, gy = printed(sentence, rf"differ {NUMBER}-fold \(\|g\| = {NUMBER} and {NUMBER}\)")
    (taken,) = printed(sentence, rf"\|Δx\| = \|Δy\| = {NUMBER}")
    assert taken == round(0.4 / np.sqrt(0.1), 4) == 1.2649
    assert g_fold == gy / gx == 8
    for size, g in ((size_x, gx), (size_y, gy)):  # step taken = step size × |g|, to print
        assert size * g == pytest.approx(taken, rel=5e-4)


@pytest.mark.parametrize("k", [2, 5, 12])
def test_later_steps_print_numbers_that_multiply_out(k):
    run = run_on("rmsprop", "ellipse", 20, (-5, -2), **TEXTBOOK)
    sentence = step_sentence(run, k, ("x", "y"))
    size_x, size_y = printed(sentence, rf"\({NUMBER} for x, {NUMBER} for y\)")
    g_fold, gx, gy = printed(sentence, rf"differ {NUMBER}-fold \(\|g\| = {NUMBER} and {NUMBER}\)")
    step_fold, dx, dy = printed(
        sentence, rf"taken {NUMBER}-fold \(\|Δx\| = {NUMBER}, \|Δy\| = {NUMBER}\)"
    )
    # folds print to 3 digits, the rest to 4 or 5
    assert g_fold == pytest.approx(max(gx, gy) / min(gx, gy), rel=5e-3)
    assert step_fold == pytest.approx(max(dx, dy) / min(dx, dy), rel=5e-3)
    assert size_x * gx == pytest.approx(dx, rel=1e-3)
    assert size_y * gy == pytest.approx(dy, rel=1e-3)


def test_plain_gradient_descent_shares_one_step_size():
    run = run_on("sgd", "ellipse", 20, (-5, -2), lr=0.4)
    sentence = step_sentence(run, 1, ("x", "y"))
    assert sentence.startswith("Both coordinates have the same step size (0.4)")
    (g_fold,) = printed(sentence, rf"differ {NUMBER}-fold")
    step_fold, _, _ = printed(
        sentence, rf"taken {NUMBER}-fold \(\|Δx\| = {NUMBER}, \|Δy\| = {NUMBER}"
    )
    assert g_fold == step_fold == 8, "one step size: the steps keep the gradient's proportions"


def test_coordinates_read_as_the_textbook_prints_them():
    assert coordinate_text(-0.0105986721) == "-0.010599"
    assert coordinate_text(-3e-9) == "0.000000"
    assert coordinate_text(2.9999996) == "3.000000"


def test_the_playground_shows_the_verdict_the_sentence_and_the_steps_taken():
    import json

    link = {
        "surface": "ellipse",
        "optimizer": "rmsprop",
        "convention": "d2l",
        "lr": "1",
        "gamma": "0.9",
        "eps": "1e-06",
        "x0": "-5",
        "y0": "-2",
        "steps": "20",
        "k": "1",
    }
    app = open_page("playground", **link)
    assert not app.exception
    texts = [m.value for m in app.markdown]
    assert any("**Still oscillating**: y keeps jumping between -1.01 and 0.993" in t for t in texts)
    assert "yet the steps taken are the same size" in app.info[0].value
    # a link to a step opens "Explain step k"; the charts of the inside are a section of their own
    assert not [c for c in app.get("plotly_chart") if c.proto.id.endswith("inside")]
    looked_inside = open_page("playground", **link, section="inside")
    inside = next(json.loads(c.proto.spec) for c in looked_inside.get("plotly_chart")
                  if c.proto.id.endswith("inside"))  # fmt: skip
    titles = [note["text"] for note in inside["layout"]["annotations"]]
    sizes = titles.index("Per coordinate: the step size")
    steps = titles.index("Per coordinate: the step taken |Δxᵢ|")
    assert steps == sizes + 1, "the steps taken right under the step sizes"
    axis = "y" + (str(steps + 1) if steps else "")
    taken = [trace for trace in inside["data"] if trace.get("yaxis") == axis]
    assert [trace["name"] for trace in taken] == ["x", "y"]
    run = run_on("rmsprop", "ellipse", 20, (-5, -2), **{**TEXTBOOK, "lr": 1.0})
    for coordinate, trace in enumerate(taken):
        drawn = decoded(trace["y"])
        expected = np.abs(np.diff(run.points[:, coordinate]))
        np.testing.assert_allclose(drawn[1:], expected, rtol=1e-6)
