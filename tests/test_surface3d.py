"""The 3-D view: the surface sent once, the path on it at f's height, frames like the contour
view's, and the toggle in the link."""

import json

import numpy as np

from optim_core import SURFACES, optimize
from tests.apptest import open_page
from tests.plotly_json import decoded
from ui.figures.animation import PathSpec, frame_ms, frame_steps
from ui.figures.surface3d import GRID, LIFT, surface_3d
from ui.text import animation_labels


def test_the_path_sits_on_the_surface_and_frames_carry_only_the_path():
    surface = SURFACES["rosenbrock"]
    run = optimize("adam", surface, np.array([-1.5, 2.0]), 100, lr=0.05)
    figure = surface_3d(surface, [PathSpec("Adam", run.points, "#E69F00")],
                        labels=animation_labels())  # fmt: skip
    line, head, mesh = figure["data"]
    assert (line["type"], head["type"], mesh["type"]) == ("scatter3d", "scatter3d", "surface")
    heights = decoded(mesh["z"])
    assert heights.shape == (GRID, GRID)
    xs, ys = decoded(mesh["x"]), decoded(mesh["y"])
    np.testing.assert_allclose(heights[7, 11], surface.value(np.array([xs[11], ys[7]])),
                               rtol=1e-5)  # fmt: skip
    lift = LIFT * (np.nanmax(heights) - np.nanmin(heights))
    path_z = decoded(line["z"])
    np.testing.assert_allclose(path_z, surface.value(run.points) + lift, rtol=1e-5)
    assert [frame["name"] for frame in figure["frames"]] == [str(k) for k in frame_steps(100)]
    for frame in figure["frames"]:
        k = int(frame["name"])
        assert frame["data"][-1] == {"type": "surface"}  # the surface is not sent again
        assert len(decoded(frame["data"][0]["x"])) == k + 1
        assert frame["traces"] == [0, 1, 2]
    play = figure["layout"]["updatemenus"][0]["buttons"][0]["args"][1]
    assert play["frame"] == {"duration": frame_ms(101), "redraw": True}  # 3-D needs a redraw
    assert len(json.dumps(figure)) < 200_000


def test_the_toggle_in_the_link_draws_the_3d_view_instead_of_the_contour():
    app = open_page("playground", view3d="true", steps=30)
    assert not app.exception
    spec = json.loads(app.get("plotly_chart")[0].proto.spec)
    assert "scene" in spec["layout"] and spec["data"][-1]["type"] == "surface"
    flat = open_page("playground", steps=30)
    assert "scene" not in json.loads(flat.get("plotly_chart")[0].proto.spec)["layout"]
