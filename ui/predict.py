"""Predict the next step (``?exercise=predict``): the path up to step k is drawn, the student
clicks where x_{k+1} will land, then sees the true point, how far the guess was (in lengths of
the true step) and the step explained. Five rounds make a score.

The rounds' steps are drawn at random for each session and kept in the session only: the link
holds the run's settings (the teacher's), never the answer.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

import numpy as np
import streamlit as st

from optim_core import Surface, Trajectory
from ui import runs
from ui.classroom import plot
from ui.figures.animation import PathSpec, animated_contour, clicked_start
from ui.readings import explanation
from ui.text import animation_labels, t

ROUNDS = 5
EARLIEST_STEPS = 30  # rounds ask about the first steps: later ones are often too small to see
WINDOW_STEPS = 2.5  # the view reaches this many step lengths from x_k each way (y; x twice that)
STATE = "predict_game"
PLOT_KEY = "predict_plot"


@dataclass
class Game:
    """A session's game on one run: the steps a round may ask about, the rounds' steps, the
    checked guesses, a clicked guess not yet checked, and whether the last answer is shown."""

    spec: runs.RunSpec  # the run the game is on
    candidates: list[int]
    steps_asked: list[int]
    guesses: list[tuple[float, float]] = field(default_factory=list)
    pending: tuple[float, float] | None = None
    revealed: bool = False

    @classmethod
    def new(cls, spec: runs.RunSpec, candidates: list[int]) -> Game:
        return cls(spec, candidates, draw_steps(candidates))

    @property
    def current(self) -> int:
        """The round on screen, 0-based."""
        return len(self.guesses) - 1 if self.revealed else len(self.guesses)

    @property
    def finished(self) -> bool:
        return self.revealed and len(self.guesses) == len(self.steps_asked)


def askable_steps(run: Trajectory) -> list[int]:
    """The k a round may show: 1 ≤ k among the first steps, with x_{k+1} finite and apart
    from x_k."""
    last = int(run.diverged_at) - 1 if run.diverged else run.steps
    lengths = run.step_norms
    return [k for k in range(1, min(last, EARLIEST_STEPS + 1))
            if np.isfinite(lengths[k + 1]) and lengths[k + 1] > 0]  # fmt: skip


def draw_steps(candidates: list[int], rounds: int = ROUNDS, seed: int | None = None) -> list[int]:
    """The rounds' k in increasing order, distinct when there are enough candidates."""
    if not candidates:
        return []
    rng = np.random.default_rng(secrets.randbits(64) if seed is None else seed)
    chosen = rng.choice(candidates, size=rounds, replace=len(candidates) < rounds)
    return sorted(int(k) for k in chosen)


def relative_error(run: Trajectory, k: int, guess: tuple[float, float]) -> float:
    """How far the guess is from x_{k+1}, in lengths of the true step ‖x_{k+1} − x_k‖."""
    truth, here = run.points[k + 1], run.points[k]
    return float(np.hypot(*(np.array(guess) - truth)) / np.hypot(*(truth - here)))


def points_for(error: float) -> int:
    """A round's points: 100 for the exact spot, none from one step length away."""
    return round(100 * max(0.0, 1.0 - error))


def window(run: Trajectory, k: int) -> runs.Domain:
    """The view of round k: centred on x_k (it gives no direction away), reaching WINDOW_STEPS
    lengths of the last step each way in y (twice that in x: the plot is wide), and far enough
    to hold the next point when that step is much longer."""
    here = run.points[k]
    last, following = run.step_norms[k], run.step_norms[k + 1]
    reach = max(WINDOW_STEPS * last, 1.5 * following)
    return runs.Domain(here[0] - 2 * reach, here[0] + 2 * reach,
                       here[1] - reach, here[1] + reach)  # fmt: skip


def marker(x: float, y: float, name: str, symbol: str, color: str, size: int = 16) -> dict:
    return {
        "type": "scatter",
        "x": [x],
        "y": [y],
        "mode": "markers",
        "name": name,
        "marker": {"symbol": symbol, "size": size, "color": color,
                   "line": {"color": "white", "width": 2}},
        "hovertemplate": "x = %{x:.4g}<br>y = %{y:.4g}<extra>" + name + "</extra>",
    }  # fmt: skip


def round_figure(
    run: Trajectory, shown: Surface, image_uri: str, k: int, game: Game, color: str
) -> dict:
    """The path up to x_k over round k's window (``shown``, its picture ``image_uri``); the
    guess, and once revealed the true x_{k+1} and the step to it."""
    figure = animated_contour(
        shown,
        [PathSpec(t("ex.predict.path", k=k), run.points[: k + 1], color)],
        labels=animation_labels(),
        image_uri=image_uri,
        height=440,
        animate=False,
        clickable=not game.revealed,
    )
    guess = game.guesses[-1] if game.revealed else game.pending
    extra = []
    if game.revealed:
        truth = run.points[k + 1]
        extra.append({"type": "scatter", "x": [run.points[k][0], truth[0]],
                      "y": [run.points[k][1], truth[1]], "mode": "lines",
                      "line": {"color": color, "width": 3, "dash": "dot"},
                      "showlegend": False, "hoverinfo": "skip"})  # fmt: skip
        extra.append(marker(*truth, t("ex.predict.truth", k=k + 1), "diamond", color, 18))
    if guess is not None:
        extra.append(marker(*guess, t("ex.predict.guess"), "x", "#d62728"))
    traces = figure["data"]
    area = traces[-1:] if not game.revealed else []  # the click area (clickable: the last trace)
    figure["data"] = traces[: len(traces) - len(area)] + extra + area  # guess and truth on top
    return figure


def current_game(run: Trajectory, spec: runs.RunSpec) -> Game:
    """This session's game on this run; a new one when the run changed (the teacher's controls)."""
    game = st.session_state.get(STATE)
    if not isinstance(game, Game) or game.spec != spec:
        game = Game.new(spec, askable_steps(run))
        st.session_state[STATE] = game
    return game


def take_guess(shown: Surface) -> None:
    """The clicked point is the guess (the student may click again before Check)."""
    game, event = st.session_state.get(STATE), st.session_state.get(PLOT_KEY)
    if isinstance(game, Game) and not game.revealed and event:
        spot = clicked_start(shown, event["selection"]["points"], snap=False)  # not a round start
        game.pending = spot or game.pending


def check() -> None:
    game = st.session_state[STATE]
    if game.pending is not None and not game.revealed:
        game.guesses.append(game.pending)
        game.pending, game.revealed = None, True


def next_round() -> None:
    game = st.session_state[STATE]
    if game.finished:
        st.session_state[STATE] = Game.new(game.spec, game.candidates)
    else:
        game.revealed = False


def predict_exercise(run: Trajectory, choice: runs.SurfaceChoice, spec: runs.RunSpec, color: str):
    """The exercise on this run, in place of the Playground's figure and results."""
    game = current_game(run, spec)
    if not game.steps_asked:
        st.warning(t("ex.predict.too_short"))
        return
    k = game.steps_asked[game.current]
    st.markdown(t("ex.predict.round", round=game.current + 1, rounds=len(game.steps_asked), k=k,
                  next=k + 1))  # fmt: skip
    figure_area, answer_area = st.columns([5, 2])
    view = window(run, k)
    shown = runs.over(runs.surface_of(choice), view)
    plot(
        round_figure(run, shown, runs.window_image(choice, view), k, game, color),
        key=PLOT_KEY,
        where=figure_area,
        on_click=None if game.revealed else lambda: take_guess(shown),
    )
    with answer_area:
        if game.revealed:
            reveal(run, k, game)
        else:
            if game.pending is None:
                st.info(t("ex.predict.click"), icon=":material/touch_app:")
            else:
                st.markdown(t("ex.predict.your_guess", x=f"{game.pending[0]:.4g}",
                              y=f"{game.pending[1]:.4g}"))  # fmt: skip
            st.button(t("ex.predict.check"), on_click=check, disabled=game.pending is None,
                      type="primary", icon=":material/check:")  # fmt: skip
    if game.revealed:
        st.markdown("**" + t("ex.predict.explained", k=k + 1) + "**")
        explanation(run, k + 1)


def reveal(run: Trajectory, k: int, game: Game) -> None:
    """The answer of the round just checked, the score so far, and the way on."""
    truth = run.points[k + 1]
    error = relative_error(run, k, game.guesses[-1])
    st.markdown(t("ex.predict.truth_at", k=k + 1, x=f"{truth[0]:.4g}", y=f"{truth[1]:.4g}"))
    st.markdown(t("ex.predict.off_by", error=f"{error:.2f}", points=points_for(error)))
    scores = [points_for(relative_error(run, step, guess))
              for step, guess in zip(game.steps_asked, game.guesses, strict=False)]  # fmt: skip
    if game.finished:
        st.success(t("ex.predict.final", score=sum(scores), best=100 * len(scores)),
                   icon=":material/emoji_events:")  # fmt: skip
    else:
        st.caption(t("ex.predict.so_far", score=sum(scores), best=100 * len(scores)))
    finished = game.finished
    st.button(
        t("ex.predict.again" if finished else "ex.predict.next"),
        on_click=next_round,
        icon=":material/replay:" if finished else ":material/arrow_forward:",
    )
