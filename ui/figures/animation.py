"""Paths across a contour, played by Plotly frames: Play, Pause and a step slider under the plot.

Only the paths are traces, and every frame animates all of them (a trace a frame leaves out
vanishes when Play is pressed inside ``st.plotly_chart``, DESIGN.md §4); the surface is a layout
image and the minima are layout annotations for the same reason.

Payload: each path once, as float32 typed arrays, and at most ``MAX_FRAMES`` frames that name
their step but carry no coordinates; ``STEP_FRAMES_SCRIPT`` (``ui.figure_scripts``) fills frame k
in the browser with each path up to step k (the frames once cost O(frames × steps) bytes, most of
a rerun's payload).

Click to start: a ``clickable`` figure also carries an invisible heatmap over the whole plot, so
a click anywhere fires Plotly's click event; ``CLICK_SCRIPT`` (``ui.figure_scripts``) reports the
spot clicked, in data coordinates, as a selection that ``st.plotly_chart(on_select=...)`` hands
to the page (``clicked_start``). Every frame names that trace too, with no data, or it would
vanish on Play. (A grid of invisible markers would be selectable without a script, but Plotly
redraws its thousands of points in every frame: 10 frames/s instead of 55.)

A live slider: a one-path figure may carry a ``PathFamily`` (the run again with other values of
one hyperparameter). A second slider beside the step slider shows the whole path for each value
through frames named ``family:<i>``, in the browser, without a rerun; ``FAMILY_SCRIPT`` (in
``ui.figure_scripts``) then rewrites the step frames from that path, so ▶ Play and the step slider
replay the path shown.

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
MAX_FAMILY_POINTS = 250  # points of each path of a live slider (a long run's are thinned)
FAMILY_FRAME = "family:"
# a click is reported as a selection; paths and arrows must not fade as "unselected" points do
AS_DRAWN = {"selected": {"marker": {"opacity": 1}}, "unselected": {"marker": {"opacity": 1}}}
# how a slider shows its frame: at once, with no transition (Plotly's default eases over 500 ms)
INSTANT = {"frame": {"duration": 0, "redraw": False}, "transition": {"duration": 0},
           "mode": "immediate"}  # fmt: skip
CLICK_GRID = 61  # a start clicked snaps to this grid: 60 cells, 2 % of the plot's width each
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
    """How many frames keep the points sent in frames under ``budget``, for frames that carry
    every path up to their step (~steps/2 on average; Linear regression's, ``ui.figures.
    regression``, not the contour's, which the browser fills): 30 to MAX_FRAMES. 45,000 points
    are ~0.7 MB of JSON: base64 of float32, with Plotly escaping each '/' in it as \\u002f for
    HTML safety."""
    return int(np.clip(budget / (paths * (steps / 2 + 1)), 30, MAX_FRAMES))


@dataclass(frozen=True)
class PathSpec:
    """One path to draw: its label (legend), points ``(steps + 1, 2)`` (NaN after divergence)."""

    label: str
    points: np.ndarray
    color: str


@dataclass(frozen=True)
class StepArrows:
    """An arrow drawn at every step, animated with the path: at step k from ``starts[k]`` to
    ``ends[k]`` (shape ``(steps + 1, 2)``; NaN where there is none)."""

    label: str
    color: str
    starts: np.ndarray
    ends: np.ndarray

    def at(self, k: int) -> dict:
        """The arrow of step k as a trace's x and y (empty when it has none)."""
        start, end = self.starts[k], self.ends[k]
        if not (np.isfinite(start).all() and np.isfinite(end).all()):
            return {"x": [None], "y": [None]}  # a gap, not nothing: its legend entry stays
        return {"x": [float(start[0]), float(end[0])], "y": [float(start[1]), float(end[1])]}

    def every_step(self) -> dict:
        """Every step's arrow for the browser to put in its frame: x and y as typed arrays of
        2 (steps + 1) values, step k's start at 2k and its end at 2k + 1 (NaN: no arrow)."""
        return {
            axis: encoded_float32(as_float32(np.stack([self.starts[:, i], self.ends[:, i]], 1)))
            for i, axis in enumerate("xy")
        }

    def trace(self, k: int) -> dict:
        """The arrow's trace as first drawn (at step k): a line ending in an arrowhead."""
        return {
            "type": "scatter",
            **self.at(k),
            "mode": "lines+markers",
            "line": {"color": self.color, "width": 3},
            "marker": {"symbol": "arrow", "angleref": "previous", "size": [0, 15],
                       "color": self.color, "line": {"color": "white", "width": 1}},
            "name": self.label,
            "hoverinfo": "skip",
            **AS_DRAWN,
        }  # fmt: skip


@dataclass(frozen=True)
class PathFamily:
    """A run again with other values of one hyperparameter, for a live slider: ``values[i]``
    gave ``points[i]`` (shape ``(steps + 1, 2)``); ``chosen`` is the page's own value's index and
    ``symbol`` names the hyperparameter (η)."""

    symbol: str
    values: tuple[float, ...]
    chosen: int
    points: np.ndarray


def family_steps(steps: int) -> np.ndarray:
    """The steps a live slider's paths keep: all, or ``MAX_FAMILY_POINTS`` evenly spaced ones
    with the first and the last."""
    if steps + 1 <= MAX_FAMILY_POINTS:
        return np.arange(steps + 1)
    return np.unique(np.linspace(0, steps, MAX_FAMILY_POINTS).round().astype(int))


def _family_frames(family: PathFamily, arrows: int, clickable: bool) -> list[dict]:
    """One frame per value: its whole (thinned) path and where it ends (no arrows: they belong
    to one step)."""
    kept = family_steps(family.points.shape[1] - 1)
    frames = []
    for index in range(len(family.values)):
        path = _PathData.of(family.points[index][kept])
        data = [
            {"type": "scatter", **path.line(len(kept) - 1)},
            {"type": "scatter", **path.head(len(kept) - 1)},
            *({"type": "scatter", "x": [None], "y": [None]} for _ in range(arrows)),
        ] + ([{"type": "heatmap"}] if clickable else [])  # the click area stays as it is
        frames.append(
            {"data": data, "name": f"{FAMILY_FRAME}{index}", "traces": list(range(len(data)))}
        )
    return frames


def family_slider(family: PathFamily) -> dict:
    """The live slider: beside the step slider, one notch per value, the value shown above it."""
    return {
        "name": "family",
        "active": family.chosen,
        "x": 0.6,
        "len": 0.4,
        "y": 0,
        "yanchor": "top",
        "pad": {"t": 95},
        # 25 notches' labels would overlap: the value chosen is said above the slider instead
        "currentvalue": {"prefix": family.symbol + " = ", "font": {"color": "#444"}},
        "font": {"color": "rgba(0, 0, 0, 0)"},
        "steps": [
            {
                "label": f"{value:g}",
                "method": "animate",
                "args": [
                    [f"{FAMILY_FRAME}{index}"],
                    INSTANT,
                ],
            }
            for index, value in enumerate(family.values)
        ],
    }


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
                **AS_DRAWN,
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
                **AS_DRAWN,
            }
        )
    return lines + heads


def click_axes(surface: Surface) -> tuple[np.ndarray, np.ndarray]:
    """The x and y values of the grid a clicked start snaps to: ``CLICK_GRID`` evenly spaced
    over the domain."""
    (x_min, x_max), (y_min, y_max) = surface.domain
    return np.linspace(x_min, x_max, CLICK_GRID), np.linspace(y_min, y_max, CLICK_GRID)


def _click_trace(surface: Surface) -> dict:
    """An invisible heatmap over the whole plot: a click anywhere on it fires Plotly's click."""
    (x_min, x_max), (y_min, y_max) = surface.domain
    return {
        "type": "heatmap",
        "x": [x_min, x_max],
        "y": [y_min, y_max],
        "z": [[0, 0], [0, 0]],
        "opacity": 0,
        "showscale": False,
        "hoverinfo": "none",
        "name": "click",
    }


def _tidy_coordinate(value: float, digits: int) -> float:
    return round(float(value), max(0, digits)) + 0.0  # + 0.0: no "-0"


def clicked_start(
    surface: Surface, points: Sequence[dict], *, snap: bool = True
) -> tuple[float, float] | None:
    """The spot a click on a ``clickable`` figure of ``surface`` reported (its first selected
    point): snapped to the nearest point of the click grid (a start: round numbers), or with
    ``snap=False`` kept to a hundredth of the grid's spacing (a guess). None when nothing
    usable was reported."""
    xs, ys = click_axes(surface)
    for point in points:
        x, y = point.get("x"), point.get("y")
        if not all(isinstance(v, (int, float)) and math.isfinite(v) for v in (x, y)):
            continue
        if snap:
            x, y = xs[np.abs(xs - x).argmin()], ys[np.abs(ys - y).argmin()]
        spacing = min(xs[1] - xs[0], ys[1] - ys[0])
        digits = (1 if snap else 2) - math.floor(math.log10(spacing))
        return _tidy_coordinate(x, digits), _tidy_coordinate(y, digits)
    return None


def play_buttons(labels: dict[str, str], duration_ms: int) -> list[dict]:
    """Play (from the current frame, ``duration_ms`` per frame) and Pause, under the plot.
    Frames move 2-D traces only: they never redraw the plot."""
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
                "args": [[str(k)], INSTANT],
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
    family: PathFamily | None = None,
    arrows: Sequence[StepArrows] = (),
) -> FigureSpec:
    """The contour image with each path animated by Plotly frames (Play, Pause, a step slider),
    played at ``speed`` × the default pace.

    ``labels`` supplies the texts: ``play``, ``pause``, ``step``, ``x``, ``y``, ``minimum``.
    ``clickable`` adds the click area, ``family`` (one path only) a live slider (see the module
    docstring), ``arrows`` arrows that move with the steps (the forces at each step).
    """
    (x_min, x_max), (y_min, y_max) = surface.domain
    steps = max(len(path.points) for path in paths) - 1
    shown = frame_steps(steps, max_frames)
    all_traces = list(range(2 * len(paths) + len(arrows) + clickable))
    untouched = [{"type": "heatmap"}] if clickable else []  # the click area stays as it is
    data = [_PathData.of(path.points) for path in paths]
    # A frame names its step and its traces but carries no coordinates: the browser fills it in
    # (STEP_FRAMES_SCRIPT, ui.figure_scripts) from each path's trace and from every step's arrows
    # in the meta, and Plotly merges them into the traces, which keep their style. (A shorter
    # path, one that diverged early in a race, stays as it ended.)
    to_fill = [{"type": "scatter"} for _ in range(2 * len(paths) + len(arrows))]
    frames = [
        {"data": to_fill + untouched, "name": str(k), "traces": all_traces}
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
        # Arrows add legend entries: room for a second row.
        margin={
            "l": 60,
            "r": 14,
            "t": 72 if arrows else 44,
            "b": 176,
            "autoexpand": len(paths) > 1,
        },
        xaxis={
            "range": [x_min, x_max],
            "title": {"text": labels["x"], "standoff": 4},  # clear of the Play buttons under it
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
    if animate:
        layout["meta"] = {
            "step_frames": {"paths": len(paths), "arrows": [a.every_step() for a in arrows]}
        }
    else:  # a still picture of the path as it is (step by step)
        layout.update(updatemenus=[], sliders=[], margin={**layout["margin"], "b": 52})
    if family is not None and animate:
        if len(paths) != 1:
            raise ValueError("a live slider goes with one path")
        frames += _family_frames(family, len(arrows), clickable)
        layout["sliders"] = [{**layout["sliders"][0], "len": 0.55}, family_slider(family)]
        layout.setdefault("meta", {})["family_chosen"] = family.chosen
        layout["meta"]["family_steps"] = family_steps(family.points.shape[1] - 1).tolist()
    traces = _path_traces(paths, data, line_width) + [arrow.trace(steps) for arrow in arrows]
    if clickable:
        traces.append(_click_trace(surface))
        layout.update(clickmode="event+select", hovermode="closest")
        layout.setdefault("meta", {})["click"] = True  # for CLICK_SCRIPT
    return {"data": traces, "frames": frames, "layout": layout}
