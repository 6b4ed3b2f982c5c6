"""The surface in 3-D (Plotly's surface) with the paths on it, played by frames like the contour
view: Play, Pause and the step slider, at the same pace.

Redrawing a 3-D scene is slow (one draw takes ~90 ms in a browser without a GPU), so the frames
never touch it. The surface is drawn once, by WebGL; the paths are 2-D traces on an invisible
plot laid over it, at the spot where the scene's camera shows each point. Frames move those 2-D
traces only, as the contour view's do, and ``PROJECT_SCRIPT`` (``ui.figure_scripts``) projects
them again whenever the camera moves (a turn, a zoom, a resize), also while it plays. So the
paths are always seen, even behind a hill, which is what a student follows.

The figure therefore carries each path in 3-D once, in ``layout.meta.paths3d``: x, y and the
height f(x, y) (f itself: a log scale, as the contour's colours use, turns a bowl into a spike at
its minimum), lifted a little above the surface. The frames carry no points; the script fills
them in. The surface is named in every frame with no data, or Plotly inside Streamlit would drop
it on Play (DESIGN.md §4).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from optim_core import Surface
from ui.figures.animation import (
    MAX_FRAMES,
    PathSpec,
    frame_ms,
    frame_steps,
    play_buttons,
    step_slider,
)
from ui.figures.encoding import FigureSpec, typed_array

GRID = 40  # points per side of the surface's mesh: 1,600 heights, ~9 KB
LIFT = 0.004  # paths float this share of the height range above the surface
# the 2-D plot over the scene: the camera's view from -1 to 1 across, as WebGL's clip space
OVERLAY_AXIS = {"range": [-1, 1], "visible": False, "fixedrange": True}


def path_heights(surface: Surface, points: np.ndarray, lift: float) -> np.ndarray:
    """The height each point of a path is drawn at: f, ``lift`` above the surface."""
    with np.errstate(all="ignore"):
        return surface.value(points) + lift


def surface_3d(
    surface: Surface,
    paths: Sequence[PathSpec],
    *,
    labels: dict[str, str],
    height: int = 520,
    speed: float = 1.0,
    max_frames: int = MAX_FRAMES,
) -> FigureSpec:
    """The surface as a 3-D mesh with each path on it, animated like ``animated_contour``.
    ``labels`` as there, plus ``z`` (the height's title)."""
    (x_min, x_max), (y_min, y_max) = surface.domain
    xs, ys = np.linspace(x_min, x_max, GRID), np.linspace(y_min, y_max, GRID)
    with np.errstate(all="ignore"):
        mesh = surface.value(np.stack(np.meshgrid(xs, ys), axis=-1))  # rows: y
    finite = mesh[np.isfinite(mesh)]
    lift = LIFT * float(finite.max() - finite.min()) if finite.size else 0.0
    steps = max(len(path.points) for path in paths) - 1
    frames_shown = frame_steps(steps, max_frames)

    # drawn empty: the script puts each path where the camera shows it
    lines = [
        {"type": "scatter", "x": [], "y": [], "mode": "lines+markers",
         "line": {"color": path.color, "width": 3.5}, "marker": {"size": 4, "color": path.color},
         "name": path.label, "legendgroup": path.label, "hoverinfo": "skip"}
        for path in paths
    ]  # fmt: skip
    heads = [
        {"type": "scatter", "x": [], "y": [], "mode": "markers",
         "marker": {"size": 12, "color": path.color, "line": {"color": "white", "width": 2}},
         "name": path.label, "legendgroup": path.label, "showlegend": False, "hoverinfo": "skip"}
        for path in paths
    ]  # fmt: skip
    mesh_trace = {
        "type": "surface", "x": typed_array(xs), "y": typed_array(ys), "z": typed_array(mesh),
        "colorscale": "Viridis", "showscale": False, "opacity": 0.92, "hoverinfo": "skip",
        "contours": {"z": {"show": True, "usecolormap": True, "width": 1}},
    }  # fmt: skip
    paths3d = [
        {"x": typed_array(path.points[:, 0]), "y": typed_array(path.points[:, 1]),
         "z": typed_array(path_heights(surface, path.points, lift))}
        for path in paths
    ]  # fmt: skip
    empty = {"type": "scatter", "x": [], "y": []}
    every_trace = list(range(2 * len(paths) + 1))
    frames = [
        {"data": [empty] * (2 * len(paths)) + [{"type": "surface"}], "name": str(k),
         "traces": every_trace}
        for k in frames_shown
    ]  # fmt: skip
    aspect_y = min(1.0, max(0.7, (y_max - y_min) / (x_max - x_min)))
    layout = {
        "height": height,
        "margin": {"l": 0, "r": 0, "t": 30, "b": 176, "autoexpand": False},
        "scene": {
            # few ticks: the axes are short, and a projector's large labels would run together
            "xaxis": {"title": {"text": labels["x"]}, "range": [x_min, x_max], "nticks": 6},
            "yaxis": {"title": {"text": labels["y"]}, "range": [y_min, y_max], "nticks": 5},
            "zaxis": {"title": {"text": labels["z"]}, "nticks": 4},
            "aspectmode": "manual",
            "aspectratio": {"x": 1, "y": aspect_y, "z": 0.5},
            "camera": {"eye": {"x": 0.35, "y": -1.0, "z": 1.45}},  # close, from above: into it
        },
        "xaxis": OVERLAY_AXIS,
        "yaxis": OVERLAY_AXIS,
        # the scene shows through the plot laid over it, the page through both
        "paper_bgcolor": "rgba(0,0,0,0)",
        "plot_bgcolor": "rgba(0,0,0,0)",
        "meta": {"paths3d": paths3d},
        "uirevision": "3d",  # a rerun keeps the angle the user turned it to
        "legend": {"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0},
        "updatemenus": play_buttons(labels, frame_ms(len(frames_shown), speed)),
        "sliders": [step_slider(frames_shown, labels)],
    }
    return {"data": [*lines, *heads, mesh_trace], "frames": frames, "layout": layout}
