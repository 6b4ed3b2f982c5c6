"""A fair race (optim_core.tuning, Compare's "tune η for each"): the η kept is the best of the
grid run one value at a time, agrees with theory where theory knows, and is what the race runs
and the leaderboard shows."""

from __future__ import annotations

import json
import re

import numpy as np
import pytest

from optim_core import SURFACES, optimize
from optim_core.analysis import first_step_within
from optim_core.theory import curvature_near, gd_rate
from optim_core.tuning import TUNE_GRID, tune_lr
from tests.apptest import leaderboard, open_page, table_rows
from ui.text import t


def one_at_a_time(name, surface, start, steps, **hyper):
    """Each η of the grid run alone: final gaps and steps to tolerance."""
    finals, reached = [], []
    for value in TUNE_GRID:
        run = optimize(name, surface, np.array(start), steps, lr=value, history=False, **hyper)
        gap = surface.value(run.points) - surface.min_value
        finals.append(gap[-1] if np.isfinite(gap[-1]) else np.inf)
        reached.append(int(first_step_within(gap, 1e-4)))
    return np.array(finals), np.array(reached)


@pytest.mark.parametrize("name", ["sgd", "momentum", "rmsprop", "adam", "lion",
                                  "schedule_free_adamw"])  # fmt: skip
def test_the_eta_kept_is_the_best_of_the_grid_run_one_at_a_time(name):
    surface, start = SURFACES["rosenbrock"], (-1.5, 2.0)
    finals, reached = one_at_a_time(name, surface, start, 200)
    by_final = tune_lr(name, surface, start, 200, convention="pytorch", hyper={},
                       score="final", tol=1e-4)  # fmt: skip
    np.testing.assert_allclose(by_final.final_gaps, finals, rtol=1e-9)
    assert by_final.lr == TUNE_GRID[int(np.argmin(finals))]
    by_steps = tune_lr(name, surface, start, 200, convention="pytorch", hyper={},
                       score="steps", tol=1e-4)  # fmt: skip
    np.testing.assert_array_equal(by_steps.steps_to_tol, reached)
    if (reached >= 0).any():
        fastest = reached[reached >= 0].min()
        tied = [i for i in range(len(TUNE_GRID)) if reached[i] == fastest]
        assert by_steps.best == min(tied, key=lambda i: finals[i])
    else:
        assert by_steps.best == by_final.best


def test_on_a_quadratic_gradient_descent_tunes_to_theorys_best_eta_of_the_grid():
    """On 0.1x² + 2y² the grid η with the smallest rate max|1 − ηλ| ends lowest: 0.32 (η* =
    0.476 is not on the grid; 0.56 is past the edge 2/L = 0.5 and diverges)."""
    surface = SURFACES["ellipse"]
    curvature = curvature_near(surface, np.zeros(2))
    tuned = tune_lr("sgd", surface, surface.start, 100, convention="pytorch", hyper={},
                    score="final", tol=1e-4)  # fmt: skip
    theory = min(TUNE_GRID, key=lambda value: gd_rate(value, curvature.eigenvalues))
    assert tuned.lr == theory == 0.32
    assert np.isinf(tuned.final_gaps[TUNE_GRID.index(0.56)])


def test_a_bad_score_is_refused():
    with pytest.raises(ValueError, match="score"):
        tune_lr("sgd", SURFACES["ellipse"], (1.0, 1.0), 5, convention="pytorch", hyper={},
                score="fastest", tol=1e-4)  # fmt: skip


def raced_etas(app) -> list[float]:
    """The η in each leaderboard row's name."""
    names = [row[t("cmp.col.run")] for row in table_rows(leaderboard(app))]
    return [float(re.search(r"η ([0-9.e-]+)", name).group(1)) for name in names]


@pytest.mark.parametrize("score", ["final", "steps"])
def test_the_race_runs_each_optimizer_with_its_tuned_eta(score):
    app = open_page("compare", tune="true", tune_by=score, surface="rosenbrock", steps="300",
                    optimizers="sgd,momentum,rmsprop,adam")  # fmt: skip
    assert not app.exception
    expected = []
    for name, hyper in (("sgd", {}), ("momentum", {"momentum": 0.9}), ("rmsprop", {}),
                        ("adam", {})):  # fmt: skip
        tuned = tune_lr(name, SURFACES["rosenbrock"], (-1.5, 2.0), 300, convention="pytorch",
                        hyper=hyper, score=score, tol=1e-4)  # fmt: skip
        expected.append(tuned.lr)
    assert raced_etas(app) == expected
    assert any(c.value.startswith(t(f"cmp.tuned_note.{score}").split("{n}")[0])
               for c in app.caption)  # fmt: skip
    assert any(e.label == t("cmp.tuning_curves") for e in app.expander)
    titles = [json.loads(chart.proto.spec)["layout"].get("title", {}).get("text")
              for chart in app.get("plotly_chart")]  # fmt: skip
    assert t(f"cmp.tuning_title.{score}", tol="0.0001") in titles


def test_without_the_toggle_the_race_keeps_the_chosen_eta():
    app = open_page("compare", surface="rosenbrock", lr_adam="0.07")
    assert not app.exception
    assert raced_etas(app)[-1] == 0.07
    assert not [e for e in app.expander if e.label == t("cmp.tuning_curves")]


@pytest.mark.parametrize("lang", ["zh-Hans", "zh-Hant", "ko"])
def test_a_fair_race_in_every_language_and_on_a_projector(lang):
    app = open_page("compare", tune="true", lang=lang, present="true")
    assert not app.exception
    assert any(c.value.startswith(t("cmp.tuned_note.final", lang).split("{n}")[0])
               for c in app.caption)  # fmt: skip
    assert not [e for e in app.expander if e.label == t("cmp.tuning_curves", lang)]
