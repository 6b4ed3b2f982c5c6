"""Click to start: the point a click selects on a clickable figure becomes the start."""

import numpy as np
import pytest

from optim_core import SURFACES
from ui.figures.animation import CLICK_GRID, PathSpec, animated_contour, click_axes, clicked_start
from ui.text import animation_labels


def as_browser_sends(x: float, y: float) -> dict:
    """A selected grid point as Plotly reports it: its float32 coordinates, widened."""
    return {"x": float(np.float32(x)), "y": float(np.float32(y)), "curve_number": 2}


@pytest.mark.parametrize("key", ["ellipse", "rosenbrock", "himmelblau", "beale", "saddle"])
def test_every_grid_point_comes_back_as_a_short_exact_value(key):
    surface = SURFACES[key]
    xs, ys = click_axes(surface)
    assert len(xs) == len(ys) == CLICK_GRID
    spacing = min(xs[1] - xs[0], ys[1] - ys[0])
    for x in xs[::3]:
        for y in ys[::3]:
            start = clicked_start(surface, [as_browser_sends(x, y)])
            assert start is not None
            assert abs(start[0] - x) <= spacing / 10 and abs(start[1] - y) <= spacing / 10
            assert len(repr(start[0])) <= 8 and len(repr(start[1])) <= 8, start


def test_the_textbook_plot_gives_round_numbers():
    surface = SURFACES["ellipse"]  # x in [-6, 6] by 0.2, y in [-3, 3] by 0.1
    assert clicked_start(surface, [as_browser_sends(2.0, 1.0)]) == (2.0, 1.0)
    assert clicked_start(surface, [as_browser_sends(-0.2, 0.1)]) == (-0.2, 0.1)
    assert repr(clicked_start(surface, [as_browser_sends(0.0, -0.0)])[1]) == "0.0"  # no "-0.0"


def test_a_point_between_grid_points_keeps_a_hundredth_of_the_spacing():
    surface = SURFACES["ellipse"]  # spacing 0.1 (y): three decimals
    assert clicked_start(surface, [{"x": -1.23456, "y": 0.98765}]) == (-1.235, 0.988)


@pytest.mark.parametrize(
    "points", [[], [{"x": None, "y": 1.0}], [{"x": float("nan"), "y": 1.0}], [{"y": 1.0}]]
)
def test_nothing_usable_selected_gives_none(points):
    assert clicked_start(SURFACES["ellipse"], points) is None


def test_the_click_grid_is_in_every_frame_with_no_data():
    """Plotly inside Streamlit drops a trace the frames leave out when Play is pressed."""
    surface = SURFACES["ellipse"]
    points = np.cumsum(np.ones((11, 2)), axis=0) * 0.1
    figure = animated_contour(surface, [PathSpec("run", points, "#fff")],
                              labels=animation_labels(), image_uri="", clickable=True)  # fmt: skip
    grid = len(figure["data"]) - 1
    assert figure["data"][grid]["name"] == "click"
    assert figure["layout"]["clickmode"] == "event+select"
    for frame in figure["frames"]:
        assert grid in frame["traces"]
        assert frame["data"][frame["traces"].index(grid)] == {"type": "scatter"}
    plain = animated_contour(surface, [PathSpec("run", points, "#fff")],
                             labels=animation_labels(), image_uri="")  # fmt: skip
    assert len(plain["data"]) == grid and "clickmode" not in plain["layout"]
