"""Click to start: the spot a click reports on a clickable figure becomes the start (snapped to
the click grid), or a guess (kept to a hundredth of the grid's spacing)."""

import numpy as np
import pytest

from optim_core import SURFACES
from ui.figures.animation import CLICK_GRID, PathSpec, animated_contour, click_axes, clicked_start
from ui.text import animation_labels


@pytest.mark.parametrize("key", ["ellipse", "rosenbrock", "himmelblau", "beale", "saddle"])
def test_a_start_snaps_to_the_nearest_grid_point_as_a_short_number(key):
    surface = SURFACES[key]
    xs, ys = click_axes(surface)
    assert len(xs) == len(ys) == CLICK_GRID
    spacing = min(xs[1] - xs[0], ys[1] - ys[0])
    rng = np.random.default_rng(0)
    (x_min, x_max), (y_min, y_max) = surface.domain
    for x, y in zip(rng.uniform(x_min, x_max, 200), rng.uniform(y_min, y_max, 200), strict=True):
        start = clicked_start(surface, [{"x": x, "y": y}])
        nearest = xs[np.abs(xs - x).argmin()], ys[np.abs(ys - y).argmin()]
        assert (
            abs(start[0] - nearest[0]) <= spacing / 20
            and abs(start[1] - nearest[1]) <= spacing / 20
        )
        assert len(repr(start[0])) <= 7 and len(repr(start[1])) <= 7, start


def test_the_textbook_plot_gives_round_numbers():
    surface = SURFACES["ellipse"]  # x in [-6, 6] by 0.2, y in [-3, 3] by 0.1
    assert clicked_start(surface, [{"x": 2.013, "y": 0.987}]) == (2.0, 1.0)
    assert clicked_start(surface, [{"x": -0.21, "y": 0.104}]) == (-0.2, 0.1)
    assert repr(clicked_start(surface, [{"x": 0.01, "y": -0.004}])[1]) == "0.0"  # no "-0.0"


def test_a_guess_keeps_a_hundredth_of_the_spacing():
    surface = SURFACES["ellipse"]  # spacing 0.1 (y): three decimals
    assert clicked_start(surface, [{"x": -1.23456, "y": 0.98765}], snap=False) == (-1.235, 0.988)


@pytest.mark.parametrize(
    "points", [[], [{"x": None, "y": 1.0}], [{"x": float("nan"), "y": 1.0}], [{"y": 1.0}]]
)
def test_nothing_usable_selected_gives_none(points):
    assert clicked_start(SURFACES["ellipse"], points) is None


def test_the_click_area_is_in_every_frame_with_no_data():
    """Plotly inside Streamlit drops a trace the frames leave out when Play is pressed."""
    surface = SURFACES["ellipse"]
    points = np.cumsum(np.ones((11, 2)), axis=0) * 0.1
    figure = animated_contour(surface, [PathSpec("run", points, "#fff")],
                              labels=animation_labels(), image_uri="", clickable=True)  # fmt: skip
    area = len(figure["data"]) - 1
    assert figure["data"][area]["type"] == "heatmap" and figure["data"][area]["opacity"] == 0
    assert figure["layout"]["meta"]["click"] is True  # CLICK_SCRIPT reports its clicks
    for frame in figure["frames"]:
        assert area in frame["traces"]
        assert frame["data"][frame["traces"].index(area)] == {"type": "heatmap"}
    plain = animated_contour(surface, [PathSpec("run", points, "#fff")],
                             labels=animation_labels(), image_uri="")  # fmt: skip
    assert len(plain["data"]) == area and "click" not in plain["layout"]["meta"]
