"""Presenter mode (?present=1) and links that hide controls (?hide=lr,presets), through AppTest."""

from __future__ import annotations

import json

import pytest

from tests.apptest import leaderboard, open_page, table_rows
from ui.classroom import for_projector, parse_hidden
from ui.figures.animation import PathSpec, animated_contour
from ui.figures.colors import PALETTE


def style_of(app) -> str:
    """The CSS the page injected (presenter type, hidden controls), or ''."""
    bodies = [element.proto.body for element in app.get("html")]
    return "\n".join(body for body in bodies if body.startswith("<style>"))


def figure(app, index: int = 0) -> dict:
    return json.loads(app.get("plotly_chart")[index].proto.spec)


def trajectory_width(app) -> float:
    return figure(app)["data"][0]["line"]["width"]


def test_presenter_mode_keeps_the_figure_and_the_numbers_only():
    normal = open_page("playground")
    present = open_page("playground", present="1")
    assert not normal.exception and not present.exception
    # the same run: the same numbers, shown in both
    assert [m.value for m in present.metric] == [m.value for m in normal.metric]
    assert len(present.metric) == 2
    # the figure is restyled for a projector: lines twice as thick, bigger type
    assert trajectory_width(present) == 2 * trajectory_width(normal)
    assert figure(present)["layout"]["font"]["size"] == 18
    # gone: the sections below the figure (theory, the inside charts, the exports and code), the
    # share box, the lead; the walk-through waits in a closed expander, not computed
    assert [chart.key for chart in normal.get("plotly_chart")] == ["trajectory", "step_by_step"]
    assert [chart.key for chart in present.get("plotly_chart")] == ["trajectory"]
    assert normal.get("button_group") and not present.get("button_group")
    exports = open_page("playground", section="export")
    exports_presented = open_page("playground", section="export", present="1")
    assert exports.get("download_button") and not exports_presented.get("download_button")
    assert [c for c in exports.main.code if "import" in c.value]
    assert not [c for c in exports_presented.main.code if "import" in c.value]
    walkthrough = open_page("playground", present="1", k="3")  # a link to a step opens it
    assert [chart.key for chart in walkthrough.get("plotly_chart")] == [
        "trajectory",
        "step_by_step",
    ]
    assert "html { font-size: 21px; }" in style_of(present)
    assert "html { font-size" not in style_of(normal)  # the page's type is the theme's
    # the step-by-step walk-through waits in a closed expander
    (walk,) = [e for e in present.expander if e.label == "Explain step k"]
    assert walk.proto.expanded is False


def test_presenter_link_naming_a_step_opens_the_walk_through():
    app = open_page("playground", present="1", k="3")
    (walk,) = [e for e in app.expander if e.label == "Explain step k"]
    assert walk.proto.expanded is True
    assert app.slider(key="k").value == 3


@pytest.mark.parametrize(
    ("page", "params", "charts"),
    [
        ("home", {}, 0),
        ("compare", {}, 1),  # the race (its leaderboard is a table)
        ("compare", {"mode": "sweep"}, 2),  # the race and the sweep's result
        ("compare", {"mode": "swarm", "grid": "10"}, 1),
        ("linear_regression", {}, 1),
        ("neural_network", {"epochs": "2", "hidden": "32"}, 2),
        ("theory", {}, 3),
    ],
)
def test_every_page_opens_in_presenter_mode(page, params, charts):
    app = open_page(page, present="1", **params)
    assert not app.exception
    assert app.title, "the page's title is shown"
    assert len(app.get("plotly_chart")) == charts
    assert "font-size: 21px" in style_of(app)
    assert app.query_params["present"] == "1"


def test_compare_in_presenter_mode_drops_the_extra_charts_but_keeps_the_leaderboard():
    normal = open_page("compare")
    present = open_page("compare", present="1")
    assert len(normal.get("plotly_chart")) > len(present.get("plotly_chart")) == 1
    assert len(table_rows(leaderboard(present))) == 4


def test_presenter_mode_follows_the_session_across_pages():
    app = open_page("playground", present="1", hide="steps")
    app.switch_page("app_pages/compare.py").run()
    assert not app.exception
    assert app.query_params["present"] == "1" and app.query_params["hide"] == "steps"
    assert len(app.get("plotly_chart")) == 1
    assert ".st-key-steps" in style_of(app)


def test_a_hidden_control_is_off_the_page_but_its_link_value_still_counts():
    app = open_page("playground", hide="lr,presets", lr="0.3")
    assert not app.exception
    style = style_of(app)
    assert ".st-key-lr" in style and ".st-key-presets" in style and "display: none" in style
    assert ".st-key-gamma" not in style
    assert app.number_input(key="lr").value == 0.3
    assert ".st-key-lr_slider" in style  # the slider beside the number field goes too
    assert "η = 0.3" in figure(app)["data"][0]["name"]
    assert app.query_params["hide"] == "lr,presets"


def test_unknown_names_in_hide_and_bad_present_values_get_a_note():
    app = open_page("playground", hide="lr,os.system,<script>", present="maybe")
    assert not app.exception
    notes = " ".join(c.value for c in app.sidebar.caption)
    assert "'os.system'" in notes and "'<script>'" in notes and "no such control" in notes
    assert "present='maybe'" in notes
    assert "font-size: 21px" not in style_of(app), "a bad value leaves presenter mode off"
    assert ".st-key-lr" in style_of(app)
    assert "present" not in app.query_params, "the bad value leaves the link"


def test_the_classroom_panel_turns_presenter_mode_on_and_builds_the_link():
    app = open_page("playground")
    panel = app.sidebar.expander[-1]
    assert panel.label == "Classroom"
    offered = app.multiselect(key="hide_choice").options
    # the page's own controls, by name (and nothing from other pages)
    for label in ("Learning rate η", "Surface", "Steps"):
        assert any(option.startswith(label) for option in offered), (label, offered)
    assert not any(option.startswith("Mode") for option in offered)
    app.toggle(key="present_choice").set_value(True).run()
    app.multiselect(key="hide_choice").select("lr").select("steps").run()
    assert not app.exception
    assert app.query_params["present"] == "1" and app.query_params["hide"] == "lr,steps"
    link = app.sidebar.expander[-1].code[0].value
    assert "present=1" in link and "hide=lr,steps" in link
    assert len(app.get("plotly_chart")) == 1 and ".st-key-steps" in style_of(app)
    app.toggle(key="present_choice").set_value(False).run()
    assert "present" not in app.query_params and len(app.get("plotly_chart")) == 2


def test_compare_offers_each_optimizers_own_controls():
    app = open_page("compare", optimizers="sgd,adam")
    offered = app.multiselect(key="hide_choice").options
    assert "Learning rate η (adam)" in offered and "Learning rate η (sgd)" in offered
    assert any(option.startswith("Optimizers") for option in offered)
    assert "Scenarios" in " ".join(offered)


def test_parse_hidden_keeps_known_names_once_and_bounds_the_list():
    good, bad = parse_hidden("lr, lr,gamma,lr_adam,formula,,nope," + "x," * 500)
    assert good == ("lr", "gamma", "lr_adam", "formula")
    assert bad == ("nope", "x")


def test_projector_style_thickens_paths_and_enlarges_markers_and_type():
    import numpy as np

    from optim_core import SURFACES

    surface = SURFACES["ellipse"]
    points = np.array([[-5.0, -2.0], [-4.0, -1.0], [-3.0, -0.5]])
    labels = {"play": "Play", "pause": "Pause", "step": "step", "x": "x", "y": "y",
              "minimum": "minimum"}  # fmt: skip
    plain = animated_contour(surface, [PathSpec("run", points, PALETTE[0])], labels=labels,
                             image_uri="data:image/png;base64,")  # fmt: skip
    line_width, head_size = plain["data"][0]["line"]["width"], plain["data"][1]["marker"]["size"]
    projected = for_projector(plain)
    assert projected["data"][0]["line"]["width"] == 2 * line_width
    assert projected["data"][1]["marker"]["size"] == pytest.approx(1.6 * head_size)
    assert projected["layout"]["font"]["size"] == 18
    assert projected["layout"]["annotations"][0]["font"]["size"] == 30  # the star, 20 → 30
    assert projected["layout"]["sliders"][0]["pad"]["t"] == 115


@pytest.mark.parametrize(
    ("page", "params"),
    [
        ("playground", {"exercise": "predict"}),
        ("playground", {"exercise": "diagnose"}),
        ("playground", {"optimizer": "radam", "convention": "keras"}),  # refused: a way out
        ("neural_network", {"optimizers": "radam", "convention": "keras"}),  # none left to train
    ],
)
def test_a_page_that_ends_early_still_has_the_classroom_panel(page, params):
    """An exercise or a refusal ends the page's script early; the teacher's panel still follows
    (st.stop() would have ended the whole run)."""
    app = open_page(page, **params)
    assert not app.exception
    assert "Classroom" in [expander.label for expander in app.sidebar.get("expander")]
