"""The Playground through AppTest: presets, every surface x optimizer, figure contract, payload."""

import base64
import itertools
import json
from pathlib import Path
from urllib.parse import parse_qsl, urlparse

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from optim_core import OPTIMIZERS, SURFACES
from tests.apptest import open_page
from tests.plotly_json import decoded
from ui.presets import PRESETS, preset_link

ROOT = Path(__file__).resolve().parents[1]


def playground(**params) -> AppTest:
    return open_page("playground", **params)


def shared_link(app: AppTest) -> str:
    """The link in the share box, opened as a click on it does (its key on the page)."""
    app.session_state["share_open"] = True
    app.run()
    return next(code.value for code in app.code if code.value.startswith("/playground?"))


def chart_specs(app: AppTest) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in app.get("plotly_chart")]


@pytest.mark.parametrize("preset", PRESETS, ids=[p.title_key for p in PRESETS])
def test_every_preset_link_runs(preset):
    link = urlparse(preset_link(preset))
    assert link.path == "/playground"
    app = playground(**dict(parse_qsl(link.query)))
    assert not app.exception
    assert not [c for c in app.caption if "was not used" in c.value], "a preset's value was ignored"
    assert app.selectbox(key="surface_choice").value == preset.params["surface"]
    assert app.selectbox(key="optimizer_choice").value == preset.params["optimizer"]


@pytest.mark.parametrize("surface", sorted(SURFACES))
def test_every_surface_with_every_optimizer(surface):
    for optimizer in OPTIMIZERS:
        app = playground(surface=surface, optimizer=optimizer, steps=30, section="explain")
        assert not app.exception, (surface, optimizer, app.exception)
        assert len(app.latex) >= 3  # the surface and at least two lines of "Explain step k"


def test_the_contour_is_an_image_and_no_frame_holds_a_surface():
    spec = chart_specs(playground())[0]
    assert spec["layout"]["images"][0]["source"].startswith("data:image/png;base64,")
    # paths, and the invisible 2 x 2 heatmap that catches clicks: no trace draws the surface
    click_area = [trace for trace in spec["data"] if trace["type"] != "scatter"]
    assert [(t["type"], t["opacity"], np.shape(t["z"])) for t in click_area] == [
        ("heatmap", 0, (2, 2))
    ]
    assert spec["frames"], "the path is animated"
    for frame in spec["frames"]:
        assert [t.get("type", "scatter") for t in frame["data"]][:-1] == ["scatter"] * (
            len(frame["data"]) - 1
        )
        assert frame["data"][-1] == {"type": "heatmap"}, "the click area is kept, with no data"
        assert frame["traces"] == list(range(len(spec["data"]))), "every trace is animated"


def payload(app: AppTest) -> int:
    return sum(len(chart.proto.spec) for chart in app.get("plotly_chart"))


def test_payload_bounds():
    default_view = payload(playground())
    assert default_view <= 300_000, f"default view sends {default_view:,} bytes of figure JSON"
    short, long = payload(playground(steps=100)), payload(playground(steps=400))
    assert long <= 4.5 * short, f"400 steps cost {long / short:.2f}x what 100 steps cost"


def test_the_path_on_screen_is_the_engines_run():

    import numpy as np

    from optim_core import optimize

    app = playground(surface="booth", optimizer="adam", lr="0.5", steps="40")
    path = chart_specs(app)[0]["data"][0]
    xs, ys = decoded(path["x"]), decoded(path["y"])
    run = optimize("adam", SURFACES["booth"], np.array(SURFACES["booth"].start), 40, lr=0.5)
    np.testing.assert_allclose(np.column_stack([xs, ys]), run.points, rtol=1e-6, atol=1e-6)


def test_share_link_reproduces_the_view():
    app = playground(surface="himmelblau", optimizer="adam", lr="0.2", steps="80", noise="0.5")
    # the box is closed at first, and nothing is built in it until it opens
    (box,) = [box for box in app.expander if box.label == "Share this view"]
    assert not box.children
    link = shared_link(app)
    again = playground(**dict(parse_qsl(urlparse(link).query)))
    assert not again.exception
    assert chart_specs(again)[0]["data"] == chart_specs(app)[0]["data"]


def test_names_table_is_built_when_its_box_opens():
    app = playground(optimizer="rmsprop", convention="d2l")
    (box,) = [box for box in app.expander if box.label == "Names across frameworks"]
    assert not box.children
    app.session_state["names_open"] = True  # as a click on it does (its key on the page)
    app.run()
    (box,) = [box for box in app.expander if box.label == "Names across frameworks"]
    (table,) = box.markdown
    assert table.value.startswith("| | PyTorch | Keras 3 | TF1 | d2l |")
    assert "| `gamma` | `alpha` | `rho` | `decay` | `γ (gamma)` |" in table.value


def test_log_axes_get_about_five_labels_that_read_as_numbers():
    import numpy as np

    from ui.figures.encoding import log_ticks

    many = log_ticks([np.array([1e-9, 1e2])])  # 11 decades: every 3rd
    assert many["ticktext"] == ["10⁻⁹", "10⁻⁶", "0.001", "1"]
    few = log_ticks([np.array([1e-3, 1e1])])  # 4 decades: every decade
    assert few["ticktext"] == ["0.001", "0.01", "0.1", "1", "10"]
    # 2.6 decades on a 160-px row: 1, 2 and 5 of each would be nine labels, 17 px apart
    assert log_ticks([np.array([0.005, 2])])["ticktext"] == ["0.01", "0.1", "1"]
    # 1.7 decades: 1, 2, 5 of each, each labelled in full (no bare "5" that means 0.5)
    assert log_ticks([np.array([0.01, 0.5])])["ticktext"] == [
        "0.01",
        "0.02",
        "0.05",
        "0.1",
        "0.2",
        "0.5",
    ]
    assert log_ticks([np.array([0.2, 10])])["ticktext"][:4] == ["0.2", "0.5", "1", "2"]
    # within a decade (SGD's constant step size): Plotly would label 0.05, 0.1, 0.2 as
    # "5, 10⁻¹, 2"; the axis gets room around the flat line for full labels
    flat = log_ticks([np.array([0.1, 0.1])])
    assert flat["ticktext"] == ["0.05", "0.1", "0.2"]
    assert flat["range"][0] < np.log10(0.05) and flat["range"][1] > np.log10(0.2)
    assert log_ticks([np.array([0.9, 1.1, np.nan, -1.0])])["ticktext"] == ["0.5", "1", "2"]
    assert log_ticks([np.array([3e-6, 2e-5])])["ticktext"] == ["2×10⁻⁶", "5×10⁻⁶", "10⁻⁵",
                                                               "2×10⁻⁵"]  # fmt: skip


def test_step_by_step_walks_the_run_one_update_at_a_time():
    app = playground(surface="ellipse", optimizer="rmsprop", convention="d2l", lr="0.4",
                     gamma="0.9", eps="1e-06", x0="-5", y0="-2", steps="20",
                     section="explain")  # fmt: skip
    assert app.slider(key="k").value == 1
    button = {b.label: b for b in app.button}
    assert button["Previous step"].disabled
    button["Next step"].click().run()
    button = {b.label: b for b in app.button}
    button["Next step"].click().run()
    assert not app.exception and app.slider(key="k").value == 3
    assert any(r"g_{3} = \nabla f(x_{2})" in line.value for line in app.latex)
    step_chart = next(c for c in app.get("plotly_chart") if c.proto.id.endswith("step_by_step"))
    path = json.loads(step_chart.proto.spec)["data"][0]
    assert len(base64.b64decode(path["x"]["bdata"])) == 4 * 4  # x_0 … x_3, float32
    still = json.loads(step_chart.proto.spec)
    assert not still.get("frames") and not still["layout"].get("updatemenus")
    {b.label: b for b in app.button}["Previous step"].click().run()
    assert app.slider(key="k").value == 2


def test_the_look_inside_is_one_figure_of_rows_on_one_step_axis():
    """RMSProp's f, state, step size, step taken and step length: one row each, sharing the step
    axis; one legend entry per coordinate, and rows that do not overlap."""
    app = playground(optimizer="rmsprop", steps=50, section="inside")
    (inside,) = [json.loads(c.proto.spec) for c in app.get("plotly_chart") if c.key == "inside"]
    layout = inside["layout"]
    rows = sorted(key for key in layout if key.startswith("yaxis"))
    assert len(rows) == 5 == len(layout["annotations"])  # f, s, step size, |Δxᵢ|, ‖Δx‖
    domains = sorted(layout[key]["domain"] for key in rows)
    for lower, upper in itertools.pairwise(domains):
        assert lower[1] < upper[0], "rows overlap"
    assert all(layout[f"xaxis{n}"]["matches"] == "x" for n in range(2, 6))
    assert [trace["name"] for trace in inside["data"] if trace["showlegend"]] == ["x", "y"]
    for trace in inside["data"]:
        assert len(base64.b64decode(trace["x"]["bdata"])) == 4 * 51  # steps 0…50, float32
    # the figure goes to the browser as the page wrote it: no Plotly template was added
    assert "template" not in layout


def test_one_path_figures_keep_their_margins():
    """Plotly draws a figure with a step slider twice when it may grow the margins: the
    Playground's figures keep theirs (presenter mode's bigger type lets them grow)."""
    normal = {
        c.key: json.loads(c.proto.spec)
        for section in ("inside", "explain", "theory")
        for c in playground(section=section).get("plotly_chart")
    }
    assert {key: spec["layout"]["margin"]["autoexpand"] for key, spec in normal.items()} == {
        "trajectory": False, "theory_distance": False, "inside": False, "step_by_step": False,
    }  # fmt: skip
    present = json.loads(playground(present="1").get("plotly_chart")[0].proto.spec)
    assert present["layout"]["margin"]["autoexpand"] is True


def test_exports_write_each_number_as_typed_and_exactly():
    """The CSV writes 0.4, not 0.40000000000000002, and every value reads back to the same
    float; a value reached by the slider's arithmetic (0.1 + 0.2) reaches the run and the link
    as 0.3."""
    import numpy as np

    from optim_core import optimize
    from ui.exports import trajectory_csv

    run = optimize("rmsprop", SURFACES["ellipse"], np.array([-5.0, -2.0]), 20,
                   convention="d2l", lr=0.4, gamma=0.9)  # fmt: skip
    text = trajectory_csv(run)
    header, first, second, *rest = text.splitlines()
    row = dict(zip(header.split(","), first.split(","), strict=True))
    assert (row["step"], row["x"], row["y"]) == ("0", "-5", "-2")
    assert dict(zip(header.split(","), second.split(","), strict=True))["lr"] == "0.4"
    table = np.array([[float(v) for v in line.split(",")] for line in [first, second, *rest]])
    np.testing.assert_array_equal(table[:, 1:3], run.points)  # exact, not close
    assert "0000000" not in text.replace("e-", "")

    app = playground(surface="ellipse", optimizer="rmsprop", steps="20")
    app.number_input(key="lr").set_value(0.1 + 0.2).run()
    link = shared_link(app)
    assert dict(parse_qsl(urlparse(link).query))["lr"] == "0.3"


def test_the_speed_in_the_link_sets_the_pace_of_play():
    """A short run plays over 3.2 s at 1× (a frame per step), a long one in 6 s; the link's
    speed scales both; a speed not offered is refused with a note."""

    def play_ms(app) -> int:
        spec = chart_specs(app)[0]
        return spec["layout"]["updatemenus"][0]["buttons"][0]["args"][1]["frame"]["duration"]

    textbook = {"surface": "ellipse", "optimizer": "rmsprop", "convention": "d2l", "lr": "0.4",
                "steps": "20"}  # fmt: skip
    assert play_ms(playground(**textbook)) * 20 == 3200
    assert play_ms(playground(**textbook, speed="0.25")) * 20 == 4 * 3200
    assert play_ms(playground(**textbook, speed="4")) * 20 == 3200 / 4
    long = playground(**{**textbook, "steps": "1000"})
    step_frames = [f for f in chart_specs(long)[0]["frames"] if f["name"].isdigit()]  # not η's
    assert play_ms(long) * (len(step_frames) - 1) == 6000
    odd = playground(**textbook, speed="3")
    assert play_ms(odd) * 20 == 3200
    assert any("speed='3'" in caption.value for caption in odd.caption)
