"""Paths across a contour, played by Plotly frames: Play, Pause and a step slider under the plot.

Only the paths are traces, and every frame animates all of them (a trace a frame leaves out
vanishes when Play is pressed inside ``st.plotly_chart``, DESIGN.md §4); the surface is a layout
image and the minima are layout annotations for the same reason.

Payload: at most ``MAX_FRAMES`` frames, each holding the path up to its step, so the frames cost
O(frames × steps): linear in the number of steps. Coordinates are sent as float32 typed arrays.

Click to start: a ``clickable`` figure also carries an invisible grid of points over the whole
plot (``CLICK_GRID`` × ``CLICK_GRID``), so a click anywhere selects the grid point under it and
``st.plotly_chart(on_select=...)`` reports it (``clicked_start``). Every frame names that trace
too, with no data, or it would vanish on Play.

Pace: a short run plays over 3.2 s at 1×, slow enough to talk over; a long one, whose frames are
subsampled to ``MAX_FRAMES``, in about 6 s; ``speed`` scales both (0.25× to 4×).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from optim_core import Surface
from ui.figures.encoding import FigureSpec, as_float32, encoded_float32

MAX_FRAMES = 100
CLICK_GRID = 61  # points per axis a click can pick: 60 cells, 2 % of the plot's width each
SHORT_RUN_SECONDS = 3.2  # a run of few steps at 1×: time to say what each step does
FRAME_MS_RANGE = (60, 160)  # how long a frame shows at 1×: long runs fastest, short ones slowest


def frame_ms(frames: int, speed: float = 1.0) -> int:
    """How long each of ``frames`` frames shows at ``speed``. At 1×: a short run plays from its
    first frame to its last in 3.2 s (20 steps: 160 ms a step); a frame shows at least 60 ms, so
    the 100 frames of a long run play in 6 s."""
    low, high = FRAME_MS_RANGE
    at_normal = min(high, max(low, 1000 * SHORT_RUN_SECONDS / max(frames - 1, 1)))
    return round(at_normal / speed)


def frames_for(paths: int, steps: int, budget: int = 45_000) -> int:
    """How many frames keep the points sent in frames under ``budget`` (each frame carries every
    path up to its step, ~steps/2 on average): 30 to MAX_FRAMES. 45,000 points are ~0.7 MB of
    JSON: base64 of float32, with Plotly escaping each '/' in it as \\u002f for HTML safety."""
    return int(np.clip(budget / (paths * (steps / 2 + 1)), 30, MAX_FRAMES))


@dataclass(frozen=True)
class PathSpec:
    """One path to draw: its label (legend), points ``(steps + 1, 2)`` (NaN after divergence)."""

    label: str
    points: np.ndarray
    color: str


def frame_steps(steps: int, max_frames: int = MAX_FRAMES) -> list[int]:
    """The step shown by each frame: every step, or evenly spaced ones ending at the last."""
    count = min(steps, max_frames)
    return sorted({math.ceil(j * steps / count) for j in range(count + 1)}) if steps else [0]


@dataclass(frozen=True)
class _PathData:
    """A path ready for many frames: x and y as float32 (NaN after divergence), converted once,
    and for each step the index of the last finite point up to it (-1 if none)."""

    x: np.ndarray
    y: np.ndarray
    last_finite: np.ndarray

    @classmethod
    def of(cls, points: np.ndarray) -> _PathData:
        single = as_float32(points)
        finite = np.isfinite(single).all(axis=1)
        last_finite = np.maximum.accumulate(np.where(finite, np.arange(len(single)), -1))
        return cls(single[:, 0].copy(), single[:, 1].copy(), last_finite)

    def line(self, k: int) -> dict:
        """The path up to step k: its coordinates as a trace's x and y."""
        return {"x": encoded_float32(self.x[: k + 1]), "y": encoded_float32(self.y[: k + 1])}

    def head(self, k: int) -> dict:
        """Where the path stands at step k: its last finite point (none before one)."""
        index = self.last_finite[min(k, len(self.x) - 1)]
        shown = slice(index, index + 1) if index >= 0 else slice(0, 0)
        return {"x": encoded_float32(self.x[shown]), "y": encoded_float32(self.y[shown])}


def _path_traces(paths: Sequence[PathSpec], data: Sequence[_PathData], line_width: float):
    """Each whole path, then each path's head (its last finite point), with their styles."""
    lines, heads = [], []
    # a click selects a grid point; the paths must not fade as "unselected" points do
    as_drawn = {"selected": {"marker": {"opacity": 1}}, "unselected": {"marker": {"opacity": 1}}}
    for path, path_data in zip(paths, data, strict=True):
        steps = len(path_data.x) - 1
        lines.append(
            {
                "type": "scatter",
                **path_data.line(steps),
                "mode": "lines+markers",
                "line": {"color": path.color, "width": line_width},
                "marker": {"size": 4, "color": path.color},
                "name": path.label,
                "legendgroup": path.label,
                "hoverinfo": "skip",
                **as_drawn,
            }
        )
        heads.append(
            {
                "type": "scatter",
                **path_data.head(steps),
                "mode": "markers",
                "marker": {"size": 13, "color": path.color, "line": {"color": "white", "width": 2}},
                "name": path.label,
                "legendgroup": path.label,
                "showlegend": False,
                "hovertemplate": "x = %{x:.4g}<br>y = %{y:.4g}<extra>" + path.label + "</extra>",
                **as_drawn,
            }
        )
    return lines + heads


def click_axes(surface: Surface) -> tuple[np.ndarray, np.ndarray]:
    """The x and y values of the click grid: ``CLICK_GRID`` evenly spaced over the domain."""
    (x_min, x_max), (y_min, y_max) = surface.domain
    return np.linspace(x_min, x_max, CLICK_GRID), np.linspace(y_min, y_max, CLICK_GRID)


def _click_trace(surface: Surface) -> dict:
    """Invisible markers at every grid point: what a click on the plot selects."""
    xs, ys = click_axes(surface)
    grid_x, grid_y = np.meshgrid(xs, ys)
    hidden = {"marker": {"opacity": 0}}
    return {
        "type": "scatter",
        "x": encoded_float32(grid_x.ravel().astype(np.float32)),
        "y": encoded_float32(grid_y.ravel().astype(np.float32)),
        "mode": "markers",
        "marker": {"size": 2, "opacity": 0},  # a wider marker would catch its neighbours
        "selected": hidden,
        "unselected": hidden,
        "hoverinfo": "none",
        "showlegend": False,
        "name": "click",
    }


def _tidy_coordinate(value: float, spacing: float) -> float:
    """``value`` without digits finer than a hundredth of the grid's ``spacing`` (a grid point
    at -3.0000001 is -3; a spot clicked between grid points keeps what a pointer can mean)."""
    digits = max(0, 2 - math.floor(math.log10(spacing)))
    return round(float(value), digits) + 0.0  # + 0.0: no "-0"


def clicked_start(surface: Surface, points: Sequence[dict]) -> tuple[float, float] | None:
    """Where a click on a ``clickable`` figure asks a run to start: the first selected point
    (a grid point, exactly; a point of a path, or the spot clicked), rounded to a hundredth of
    the grid's spacing. None when nothing usable was selected."""
    xs, ys = click_axes(surface)
    spacing = min(xs[1] - xs[0], ys[1] - ys[0])
    for point in points:
        x, y = point.get("x"), point.get("y")
        if not all(isinstance(v, (int, float)) and math.isfinite(v) for v in (x, y)):
            continue
        # a grid point's float32 coordinates, back to the float64 grid they came from
        x = xs[np.abs(xs - x).argmin()] if abs(xs - x).min() < spacing / 100 else x
        y = ys[np.abs(ys - y).argmin()] if abs(ys - y).min() < spacing / 100 else y
        return _tidy_coordinate(x, spacing), _tidy_coordinate(y, spacing)
    return None


def play_buttons(labels: dict[str, str], duration_ms: int) -> list[dict]:
    """Play (from the current frame, ``duration_ms`` per frame) and Pause, under the plot."""
    play = {
        "frame": {"duration": duration_ms, "redraw": False},
        "fromcurrent": True,
        "transition": {"duration": 0},
        "mode": "immediate",
    }
    return [
        {
            "type": "buttons",
            "direction": "left",
            "x": 0,
            "y": 0,
            "xanchor": "left",
            "yanchor": "top",
            "pad": {"t": 50},
            "showactive": False,
            "buttons": [
                {"label": "▶ " + labels["play"], "method": "animate", "args": [None, play]},
                {
                    "label": "❚❚ " + labels["pause"],
                    "method": "animate",
                    "args": [
                        [None],
                        {"frame": {"duration": 0, "redraw": False}, "mode": "immediate"},
                    ],
                },
            ],
        }
    ]


def step_slider(shown: list[int], labels: dict[str, str]) -> dict:
    """A full-width slider over the frames' steps, below the buttons; starts at the last step."""
    return {
        "active": len(shown) - 1,
        "x": 0,
        "len": 1,
        "y": 0,
        "yanchor": "top",
        "pad": {"t": 95},
        "currentvalue": {"prefix": labels["step"] + " "},
        "steps": [
            {
                "label": str(k),
                "method": "animate",
                "args": [
                    [str(k)],
                    {"frame": {"duration": 0, "redraw": False}, "mode": "immediate"},
                ],
            }
            for k in shown
        ],
    }


def animated_contour(
    surface: Surface,
    paths: Sequence[PathSpec],
    *,
    labels: dict[str, str],
    image_uri: str,
    height: int = 600,
    line_width: float = 2.5,
    max_frames: int = MAX_FRAMES,
    animate: bool = True,
    speed: float = 1.0,
    clickable: bool = False,
) -> FigureSpec:
    """The contour image with each path animated by Plotly frames (Play, Pause, a step slider),
    played at ``speed`` × the default pace.

    ``labels`` supplies the texts: ``play``, ``pause``, ``step``, ``x``, ``y``, ``minimum``.
    ``clickable`` adds the click grid (see the module docstring).
    """
    (x_min, x_max), (y_min, y_max) = surface.domain
    steps = max(len(path.points) for path in paths) - 1
    shown = frame_steps(steps, max_frames)
    all_traces = list(range(2 * len(paths) + clickable))
    untouched = [{"type": "scatter"}] if clickable else []  # the click grid stays as it is
    data = [_PathData.of(path.points) for path in paths]
    # A frame carries only coordinates: Plotly merges them into the traces, which keep their style.
    # (A shorter path, one that diverged early in a race, stays as it ended.)
    frames = [
        {
            "data": [{"type": "scatter", **one.line(k)} for one in data]
            + [{"type": "scatter", **one.head(k)} for one in data]
            + untouched,
            "name": str(k),
            "traces": all_traces,
        }
        for k in (shown if animate else ())
    ]
    annotations = [
        {
            "x": mx,
            "y": my,
            "text": "★",
            "showarrow": False,
            "font": {"size": 20, "color": "white"},
            "hovertext": f"{labels['minimum']} ({mx:.4g}, {my:.4g})",
        }
        for mx, my in surface.minima
    ] + [
        {"x": sx, "y": sy, "text": "✕", "showarrow": False, "font": {"size": 16, "color": "white"}}
        for sx, sy in surface.saddles
    ]
    layout = dict(
        height=height,
        # Room for the axis titles, the legend (one row: one path) and the Play buttons and step
        # slider. Plotly draws a figure with a slider twice when it may grow the margins, so a
        # one-path figure keeps them as they are; several paths may need a second legend row.
        margin={"l": 60, "r": 14, "t": 44, "b": 176, "autoexpand": len(paths) > 1},
        xaxis={
            "range": [x_min, x_max],
            "title": {"text": labels["x"]},
            "showgrid": False,
            "zeroline": False,
        },
        yaxis={
            "range": [y_min, y_max],
            "title": {"text": labels["y"]},
            "showgrid": False,
            "zeroline": False,
        },
        images=[
            {
                "source": image_uri,
                "xref": "x",
                "yref": "y",
                "x": x_min,
                "y": y_max,
                "sizex": x_max - x_min,
                "sizey": y_max - y_min,
                "sizing": "stretch",
                "layer": "below",
            }
        ],
        annotations=annotations,
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.01, "x": 0},
        updatemenus=play_buttons(labels, frame_ms(len(shown), speed)),
        sliders=[step_slider(shown, labels)],
    )
    if not animate:  # a still picture of the path as it is (step by step)
        layout.update(updatemenus=[], sliders=[], margin={**layout["margin"], "b": 52})
    traces = _path_traces(paths, data, line_width)
    if clickable:
        traces.append(_click_trace(surface))
        layout.update(clickmode="event+select", hovermode="closest")
    return {"data": traces, "frames": frames, "layout": layout}
