"""The Compare page through AppTest, and the scores behind its leaderboard and maps."""

import json
import re
import time
from pathlib import Path
from urllib.parse import parse_qsl, urlparse

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from optim_core import OPTIMIZERS, SURFACES, optimize
from optim_core.analysis import DIVERGED, NO_STEP, basins, first_step_within, nearest_minimum
from tests.apptest import leaderboard, open_page, table_rows
from tests.plotly_json import decoded
from ui.hyper_panel import short_optimizer_name
from ui.scenarios import SCENARIOS, scenario_link
from ui.text import t

ROOT = Path(__file__).resolve().parents[1]


def compare(**params) -> AppTest:
    return open_page("compare", **params)


def race_spec(app: AppTest) -> dict:
    return json.loads(
        next(c for c in app.get("plotly_chart") if c.proto.id.endswith("race")).proto.spec
    )


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.key for s in SCENARIOS])
def test_every_scenario_link_runs_in_its_mode(scenario):
    app = compare(**dict(parse_qsl(urlparse(scenario_link(scenario)).query)))
    assert not app.exception
    assert app.selectbox(key="mode_choice").value == scenario.params["mode"]
    assert not [c for c in app.caption if "⚠" in c.value], "a scenario value was not used"
    assert any(scenario.key and "**" in info.value for info in app.info), "explanation shown"


def test_the_issue_example_link_and_one_row_per_optimizer():
    app = compare(surface="rosenbrock", optimizers="sgd,momentum,rmsprop,adam", steps=300)
    assert not app.exception
    assert app.multiselect(key="optimizers_choice").value == ["sgd", "momentum", "rmsprop", "adam"]
    board = table_rows(leaderboard(app))
    names = [short_optimizer_name(name) for name in ("sgd", "momentum", "rmsprop", "adam")]
    assert len(board) == 4
    assert all(
        row[t("cmp.col.run")].startswith(f"● {name} (")
        for row, name in zip(board, names, strict=True)
    )


def test_each_drawn_path_is_the_engines_run():
    app = compare(surface="booth", optimizers="sgd,adam,rmsprop", lr_adam="0.3", steps=60)
    spec = race_spec(app)
    for index, name in enumerate(("sgd", "adam", "rmsprop")):
        lr = 0.3 if name == "adam" else OPTIMIZERS[name].playground_lr
        run = optimize(name, SURFACES["booth"], np.array(SURFACES["booth"].start), 60, lr=lr)
        trace = spec["data"][index]
        drawn = np.column_stack([decoded(trace["x"]), decoded(trace["y"])])
        np.testing.assert_allclose(drawn, run.points, rtol=1e-6, atol=1e-6)
        assert trace["name"].startswith(short_optimizer_name(name) + " (")


def test_payload_of_five_optimizers_for_300_steps():
    app = compare(optimizers="sgd,momentum,nesterov,rmsprop,adam", steps=300, surface="rosenbrock")
    total = sum(len(chart.proto.spec) for chart in app.get("plotly_chart"))
    assert total <= 1_000_000, f"{total:,} bytes of figure JSON"
    spec = race_spec(app)
    for frame in spec["frames"]:  # paths, and the click area with no data: never the surface
        assert {t.get("type", "scatter") for t in frame["data"][:-1]} == {"scatter"}
        assert frame["data"][-1] == {"type": "heatmap"}
    assert spec["layout"]["images"][0]["source"].startswith("data:image/png")


def test_sweep_mode_draws_one_path_per_value_and_reads_only_numbers():
    app = compare(mode="sweep", optimizer="rmsprop", sweep_param="lr", sweep_values="0.01,0.1,1")
    assert not app.exception and len(table_rows(leaderboard(app))) == 3
    bad = compare(mode="sweep", sweep_param="gamma", sweep_values="0.5,__import__('os'),0.9")
    assert not bad.exception
    assert any("cannot be swept" in c.value for c in bad.caption)
    out_of_range = compare(mode="sweep", sweep_param="gamma", sweep_values="0.5,1.5")
    assert not out_of_range.exception
    assert any(
        "Decay γ must be at least 0 and below 1; got 1.5" in w.value for w in out_of_range.warning
    )
    assert len(table_rows(leaderboard(out_of_range))) == 1


def test_a_linked_sweep_parameter_the_optimizer_lacks_gets_a_note():
    """gamma for SGD names the optimizer; with the optimizer refused in the framework, the only
    choice left is the convention and any other parameter is not one of the choices."""
    lacking = compare(mode="sweep", optimizer="sgd", sweep_param="gamma")
    notes = [c.value for c in lacking.caption if "sweep_param='gamma'" in c.value]
    assert notes and "sgd has no such setting" in notes[0]
    refused = compare(mode="sweep", optimizer="radam", convention="d2l", sweep_param="beta1")
    assert not refused.exception
    notes = [c.value for c in refused.caption if "sweep_param='beta1'" in c.value]
    assert notes and "it is not one of the choices" in notes[0]


def test_swarm_mode_maps_himmelblau_basins():
    app = compare(mode="swarm", surface="himmelblau", optimizers="adam,rmsprop", grid=20,
                  swarm_map="basin", steps=200)  # fmt: skip
    assert not app.exception
    spec = json.loads(app.get("plotly_chart")[0].proto.spec)
    assert [trace["type"] for trace in spec["data"]] == ["heatmap", "heatmap"]


def test_bad_optimizer_lists_in_a_link():
    app = compare(optimizers="sgd,bogus,adam")
    assert not app.exception
    assert app.multiselect(key="optimizers_choice").value == ["sgd", "adam"]
    assert any("'bogus' is not an optimizer" in c.value for c in app.caption)
    many = compare(optimizers="sgd,momentum,nesterov,adagrad,rmsprop,adadelta,adam,adamw")
    assert len(many.multiselect(key="optimizers_choice").value) == 6
    assert any("at most 6 at once" in c.value for c in many.caption)


def test_scores():
    values = np.array([[3.0, 5.0], [1.0, 4.0], [0.5, np.nan]])
    np.testing.assert_array_equal(first_step_within(values, 1.0), [1, NO_STEP])
    index, distance = nearest_minimum(np.array([[2.9, 2.1], [np.nan, np.nan]]), [(0, 0), (3, 2)])
    assert index[0] == 1 and distance[0] == pytest.approx(np.hypot(0.1, 0.1))
    assert np.isnan(distance[1])
    surface = SURFACES["himmelblau"]
    grid = np.stack(np.meshgrid(np.linspace(-4.5, 4.5, 30), np.linspace(-4.5, 4.5, 30)), -1)
    reached = basins(optimize("adam", surface, grid, 400, lr=0.1), surface, 0.1)
    assert set(np.unique(reached)) >= {0, 1, 2, 3}  # Himmelblau's four basins
    wild = optimize("sgd", surface, grid, 50, lr=0.1)
    assert (basins(wild, surface, 0.1) == DIVERGED).any()


def test_a_100_by_100_swarm_of_500_steps_takes_under_a_second():
    surface = SURFACES["rosenbrock"]
    grid = np.stack(np.meshgrid(np.linspace(-2, 2, 100), np.linspace(-1, 3, 100)), -1)
    optimize("rmsprop", surface, grid, 500, history=False)  # warm the allocator
    for name in ("sgd", "rmsprop", "adam"):
        start = time.perf_counter()
        optimize(name, surface, grid, 500, lr=1e-3, history=False)
        assert time.perf_counter() - start < 1.0, name


def test_a_new_convention_resets_each_optimizers_settings():
    app = compare(optimizers="adam,sgd", lr_adam="0.3", lr_sgd="0.02")
    app.selectbox(key="convention_choice").set_value("keras").run()
    assert not app.exception
    assert app.number_input(key="lr_adam").value == OPTIMIZERS["adam"].playground_lr
    assert app.number_input(key="lr_sgd").value == OPTIMIZERS["sgd"].playground_lr
    assert app.number_input(key="eps_adam").value == 1e-7  # Keras's ε


def test_a_run_has_one_colour_in_every_figure_and_the_leaderboard():
    """The race's path, the f - f* chart, the run's row of step sizes and its leaderboard name
    share one colour, and no colour is white (invisible on paper) or repeats."""
    app = compare(optimizers="sgd,momentum,rmsprop,adam", steps=60)
    specs = {c.proto.id.rsplit("-", 1)[-1]: json.loads(c.proto.spec)
             for c in app.get("plotly_chart")}  # fmt: skip
    race = [trace for trace in specs["race"]["data"] if trace["name"] != "click"]  # paths, heads
    paths = race[: len(race) // 2]
    colors = [path["line"]["color"] for path in paths]
    assert len(set(colors)) == 4 and not {"white", "#FFFFFF", "#ffffff"} & set(colors)
    assert [head["marker"]["color"] for head in race[len(race) // 2 :]] == colors
    gaps = [trace["line"]["color"] for trace in specs["gaps"]["data"] if trace["mode"] == "lines"]
    assert gaps == colors
    titles = [note["font"].get("color") for note in specs["effective"]["layout"]["annotations"]]
    assert titles[:4] == colors
    rows = leaderboard(app).splitlines()[2:]  # row i's name in run i's colour
    assert [re.search(r"color: (#\w+)", row).group(1) for row in rows] == colors


def test_a_diverged_run_scores_by_the_step_it_diverged_at():
    """The leaderboard's final cell for a run that diverged says when; its distance is blank
    (η > 2/L on the ellipse's 2y² (L = 4) diverges for plain gradient descent)."""
    app = compare(mode="sweep", optimizer="sgd", surface="ellipse", sweep_param="lr",
                  sweep_values="0.1,0.6", steps="60")  # fmt: skip
    assert not app.exception
    board = table_rows(leaderboard(app))
    final = [row[t("cmp.col.final_gap")] for row in board]
    distance = [row[t("cmp.col.distance_short")] for row in board]
    surface = SURFACES["ellipse"]
    diverged = optimize("sgd", surface, surface.start, 60, lr=0.6)
    assert diverged.diverged
    assert final[1] == t("cmp.diverged_at_cell", step=int(diverged.diverged_at))
    assert distance[1] == "—"
    assert float(final[0]) > 0 and float(distance[0]) >= 0  # the η that converges
