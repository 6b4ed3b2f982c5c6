"""Predict the next step (?exercise=predict): the rounds, the score and what the page prints,
re-evaluated from the engine's run."""

import re

import numpy as np
import pytest

from optim_core import SURFACES, optimize
from tests.apptest import open_page
from ui.predict import (
    ROUNDS,
    STATE,
    Game,
    askable_steps,
    draw_steps,
    points_for,
    relative_error,
    window,
)
from ui.text import LANGUAGES, catalog

TEXTBOOK = {
    "surface": "ellipse", "optimizer": "rmsprop", "convention": "d2l", "lr": 0.4, "gamma": 0.9,
    "eps": 1e-06, "x0": -5, "y0": -2, "steps": 20, "exercise": "predict",
}  # fmt: skip


def textbook_run(steps: int = 20, lr: float = 0.4):
    return optimize("rmsprop", SURFACES["ellipse"], np.array([-5.0, -2.0]), steps,
                    convention="d2l", lr=lr, gamma=0.9, eps=1e-6)  # fmt: skip


def test_the_error_is_measured_in_lengths_of_the_true_step():
    run = textbook_run()
    k = 3
    truth, here = run.points[k + 1], run.points[k]
    step = np.hypot(*(truth - here))
    assert relative_error(run, k, tuple(truth)) == 0
    assert relative_error(run, k, tuple(here)) == pytest.approx(1.0)  # "no move" is one step off
    beside = truth + np.array([0.0, 0.25 * step])
    assert relative_error(run, k, tuple(beside)) == pytest.approx(0.25)
    assert [points_for(e) for e in (0.0, 0.25, 0.999, 1.0, 3.0)] == [100, 75, 0, 0, 0]


def test_rounds_ask_about_distinct_early_steps_that_move():
    run = textbook_run()
    candidates = askable_steps(run)
    assert candidates == list(range(1, 20))  # x_{k+1} exists for k ≤ 19
    for seed in range(20):
        steps = draw_steps(candidates, seed=seed)
        assert len(steps) == ROUNDS == len(set(steps)) and steps == sorted(steps)
        assert set(steps) <= set(candidates)
    assert draw_steps(candidates, seed=1) == draw_steps(candidates, seed=1)


def test_a_diverging_run_asks_only_about_steps_before_it_diverges():
    run = optimize("sgd", SURFACES["ellipse"], np.array([-5.0, -2.0]), 50, lr=2.0)
    assert run.diverged
    candidates = askable_steps(run)
    assert candidates and max(candidates) + 1 < int(run.diverged_at)
    assert all(np.isfinite(run.points[k + 1]).all() for k in candidates)
    assert askable_steps(textbook_run(steps=1)) == []  # no x_{k+1} for any k ≥ 1


@pytest.mark.parametrize("k", range(1, 19))
def test_the_view_is_centred_on_x_k_and_holds_the_answer(k):
    run = textbook_run()
    view = window(run, k)
    here, truth = run.points[k], run.points[k + 1]
    assert (view.x_min + view.x_max) / 2 == pytest.approx(here[0])
    assert (view.y_min + view.y_max) / 2 == pytest.approx(here[1])
    assert view.x_min < truth[0] < view.x_max and view.y_min < truth[1] < view.y_max


def printed_numbers(text: str) -> list[float]:
    return [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?(?:e-?\d+)?", text)]


def test_a_round_end_to_end_prints_true_numbers():
    """Open the exercise, guess (as a click would), Check: the page prints x_{k+1} from the run,
    the error re-evaluated from the guess, and the points; the link holds no answer."""
    app = open_page("playground", **TEXTBOOK)
    assert not app.exception
    game = app.session_state[STATE]
    assert isinstance(game, Game) and len(game.steps_asked) == ROUNDS
    run = textbook_run()
    k = game.steps_asked[0]
    intro = next(m.value for m in app.markdown if "Round 1 of 5" in m.value)
    assert f"up to step {k}." in intro and f"step {k + 1} land" in intro
    check = next(b for b in app.button if b.label == "Check")
    assert check.disabled  # nothing to check before a guess

    truth, here = run.points[k + 1], run.points[k]
    guess = (round(float(truth[0] + 0.1 * (truth[0] - here[0])), 6), round(float(truth[1]), 6))
    game.pending = guess
    app.run()
    next(b for b in app.button if b.label == "Check").click().run()
    assert not app.exception
    texts = [m.value for m in app.markdown]
    lands = next(text for text in texts if text.startswith(f"Step {k + 1} lands at"))
    x, y = printed_numbers(lands.split("at", 1)[1])
    assert x == pytest.approx(truth[0], rel=1e-3, abs=1e-4)
    assert y == pytest.approx(truth[1], rel=1e-3, abs=1e-4)
    off = next(text for text in texts if text.startswith("Your guess was"))
    error, points = printed_numbers(off)
    expected = np.hypot(guess[0] - truth[0], guess[1] - truth[1]) / np.hypot(*(truth - here))
    assert error == pytest.approx(expected, abs=0.005)
    assert points == points_for(expected) and points >= 85
    assert any(f"How step {k + 1} is computed" in text for text in texts)
    assert app.latex, "step k + 1 explained"
    assert set(app.query_params) <= {*TEXTBOOK, "lang", "present", "hide"}  # no answer in it

    for round_number in range(2, ROUNDS + 1):  # the other rounds: "no move" guesses score 0
        next(b for b in app.button if b.label in ("Next round",)).click().run()
        game = app.session_state[STATE]
        assert any(f"Round {round_number} of 5" in m.value for m in app.markdown)
        game.pending = tuple(float(v) for v in run.points[game.steps_asked[round_number - 1]])
        app.run()
        next(b for b in app.button if b.label == "Check").click().run()
    final = next(s.value for s in app.success if "Final score" in s.value)
    assert printed_numbers(final) == [points, 500]
    next(b for b in app.button if b.label == "Play again").click().run()
    assert app.session_state[STATE].guesses == []
    assert any("Round 1 of 5" in m.value for m in app.markdown)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_exercise_opens_in_every_language_and_in_presenter_mode(lang):
    title = catalog(lang)["ex.mode.predict"]
    for present in ("0", "1"):
        app = open_page("playground", **TEXTBOOK, lang=lang, present=present)
        assert not app.exception, (lang, present)
        assert app.session_state[STATE].steps_asked
        assert [h.value for h in app.subheader] == [title], (lang, present)


def test_a_run_with_no_step_to_ask_about_says_so():
    app = open_page("playground", **{**TEXTBOOK, "steps": 1})
    assert not app.exception
    assert any("no step to ask about" in w.value for w in app.warning)


def test_changing_the_run_starts_a_new_game():
    app = open_page("playground", **TEXTBOOK)
    first = app.session_state[STATE]
    app.session_state[STATE].pending = (0.0, 0.0)
    app.number_input(key="steps").set_value(30).run()
    assert app.session_state[STATE] is not first and app.session_state[STATE].pending is None
