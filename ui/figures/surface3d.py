"""The surface in 3-D (Plotly's surface) with the paths on it, played by frames like the contour
view: Play, Pause and the step slider, at the same pace.

The frames carry only the paths (x, y and their height); the surface is sent once and named in
every frame with no data, or Plotly inside Streamlit would drop it on Play (DESIGN.md §4). 3-D
traces cannot move without a redraw, so every frame redraws the scene. Heights are f itself
(a log scale, as the contour's colours use, turns a bowl into a spike at its minimum).
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
LIFT = 0.004  # paths float this share of the height range above the surface, so they stay seen


def _path_heights(surface: Surface, points: np.ndarray, lift: float) -> np.ndarray:
    with np.errstate(all="ignore"):
        return surface.value(points) + lift


def _line(points: np.ndarray, heights: np.ndarray, k: int) -> dict:
    return {"x": typed_array(points[: k + 1, 0]), "y": typed_array(points[: k + 1, 1]),
            "z": typed_array(heights[: k + 1])}  # fmt: skip


def _head(points: np.ndarray, heights: np.ndarray, k: int) -> dict:
    finite = np.isfinite(points[: k + 1]).all(axis=1) & np.isfinite(heights[: k + 1])
    last = np.flatnonzero(finite)[-1:] if finite.any() else np.array([], dtype=int)
    return {"x": typed_array(points[last, 0]), "y": typed_array(points[last, 1]),
            "z": typed_array(heights[last])}  # fmt: skip


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
    heights = [_path_heights(surface, path.points, lift) for path in paths]
    steps = max(len(path.points) for path in paths) - 1
    frames_shown = frame_steps(steps, max_frames)

    lines = [
        {"type": "scatter3d", **_line(path.points, z, steps), "mode": "lines+markers",
         "line": {"color": path.color, "width": 6}, "marker": {"size": 2.5, "color": path.color},
         "name": path.label, "legendgroup": path.label, "hoverinfo": "skip"}
        for path, z in zip(paths, heights, strict=True)
    ]  # fmt: skip
    heads = [
        {"type": "scatter3d", **_head(path.points, z, steps), "mode": "markers",
         "marker": {"size": 6, "color": path.color, "line": {"color": "white", "width": 2}},
         "name": path.label, "legendgroup": path.label, "showlegend": False,
         "hovertemplate": "x = %{x:.4g}<br>y = %{y:.4g}<extra>" + path.label + "</extra>"}
        for path, z in zip(paths, heights, strict=True)
    ]  # fmt: skip
    mesh_trace = {
        "type": "surface", "x": typed_array(xs), "y": typed_array(ys), "z": typed_array(mesh),
        "colorscale": "Viridis", "showscale": False, "opacity": 0.92, "hoverinfo": "skip",
        "contours": {"z": {"show": True, "usecolormap": True, "width": 1}},
    }  # fmt: skip
    every_trace = list(range(2 * len(paths) + 1))
    frames = [
        {
            "data": [{"type": "scatter3d", **_line(path.points, z, k)}
                     for path, z in zip(paths, heights, strict=True)]
            + [{"type": "scatter3d", **_head(path.points, z, k)}
               for path, z in zip(paths, heights, strict=True)]
            + [{"type": "surface"}],  # sent once: kept, with no data
            "name": str(k),
            "traces": every_trace,
        }
        for k in frames_shown
    ]  # fmt: skip
    aspect_y = min(1.0, max(0.7, (y_max - y_min) / (x_max - x_min)))
    layout = {
        "height": height,
        "margin": {"l": 0, "r": 0, "t": 30, "b": 176, "autoexpand": False},
        "scene": {
            "xaxis": {"title": {"text": labels["x"]}, "range": [x_min, x_max]},
            "yaxis": {"title": {"text": labels["y"]}, "range": [y_min, y_max]},
            "zaxis": {"title": {"text": labels["z"]}},
            "aspectmode": "manual",
            "aspectratio": {"x": 1, "y": aspect_y, "z": 0.5},
            "camera": {"eye": {"x": 0.35, "y": -1.0, "z": 1.45}},  # close, from above: into it
        },
        "uirevision": "3d",  # a rerun keeps the angle the user turned it to
        "legend": {"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0},
        "updatemenus": play_buttons(labels, frame_ms(len(frames_shown), speed), redraw=True),
        "sliders": [step_slider(frames_shown, labels, redraw=True)],
    }
    return {"data": [*lines, *heads, mesh_trace], "frames": frames, "layout": layout}
