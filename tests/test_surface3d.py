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


def test_the_path_sits_on_the_surface_and_frames_carry_no_points():
    """The surface is sent once; each path once, in 3-D, for the browser to project (the frames
    hold none of it, and never redraw the scene)."""
    surface = SURFACES["rosenbrock"]
    run = optimize("adam", surface, np.array([-1.5, 2.0]), 100, lr=0.05)
    figure = surface_3d(surface, [PathSpec("Adam", run.points, "#E69F00")],
                        labels=animation_labels())  # fmt: skip
    line, head, mesh = figure["data"]
    assert (line["type"], head["type"], mesh["type"]) == ("scatter", "scatter", "surface")
    heights = decoded(mesh["z"])
    assert heights.shape == (GRID, GRID)
    xs, ys = decoded(mesh["x"]), decoded(mesh["y"])
    np.testing.assert_allclose(heights[7, 11], surface.value(np.array([xs[11], ys[7]])),
                               rtol=1e-5)  # fmt: skip
    lift = LIFT * (np.nanmax(heights) - np.nanmin(heights))
    (path,) = figure["layout"]["meta"]["paths3d"]
    np.testing.assert_allclose(decoded(path["x"]), run.points[:, 0], rtol=1e-6)
    np.testing.assert_allclose(decoded(path["y"]), run.points[:, 1], rtol=1e-6)
    np.testing.assert_allclose(decoded(path["z"]), surface.value(run.points) + lift, rtol=1e-5)
    assert [frame["name"] for frame in figure["frames"]] == [str(k) for k in frame_steps(100)]
    for frame in figure["frames"]:
        line_k, head_k, mesh_k = frame["data"]
        assert line_k["x"] == head_k["x"] == []  # filled in the browser, where the camera is
        assert mesh_k == {"type": "surface"}  # the surface is not sent again
        assert frame["traces"] == [0, 1, 2]
    play = figure["layout"]["updatemenus"][0]["buttons"][0]["args"][1]
    assert play["frame"] == {"duration": frame_ms(101), "redraw": False}  # the scene stays
    for step in figure["layout"]["sliders"][0]["steps"]:
        assert step["args"][1]["frame"]["redraw"] is False
    assert len(json.dumps(figure)) < 60_000


def test_the_toggle_in_the_link_draws_the_3d_view_instead_of_the_contour():
    app = open_page("playground", view3d="true", steps=30)
    assert not app.exception
    spec = json.loads(app.get("plotly_chart")[0].proto.spec)
    assert "scene" in spec["layout"] and spec["data"][-1]["type"] == "surface"
    flat = open_page("playground", steps=30)
    assert "scene" not in json.loads(flat.get("plotly_chart")[0].proto.spec)["layout"]
