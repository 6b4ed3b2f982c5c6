"""Figure builders shared by the pages: the animated contour and the "inside the optimizer" charts.

The surface is drawn as a PNG in ``layout.images``, never as a trace: inside ``st.plotly_chart``,
traces that the animation frames do not animate vanish when Play is pressed (DESIGN.md §4), while
the layout survives. Minima are layout annotations for the same reason. Only the paths are traces,
and every frame animates all of them.

Payload: at most ``MAX_FRAMES`` frames, each holding the path up to its step, so the frames cost
O(frames × steps): linear in the number of steps. Coordinates are sent as float32 typed arrays.
"""

from __future__ import annotations

import base64
import math
import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from optim_core import Surface

# A figure written here as a plain dict ({"data", "layout", "frames"}), in Plotly's JSON form.
# Building Plotly's graph objects from it (validation, then a deep copy back to a dict) was most
# of a rerun's time, so the pages hand these dicts to Streamlit as they are
# (``ui.classroom.plot``); the tests validate every figure the pages draw.
FigureSpec = dict


MAX_FRAMES = 100
FRAME_MS = 25  # the wait after each frame is drawn; with drawing, ~30 frames/s
IMAGE_WIDTH = 480
LEVELS = 24

# Okabe & Ito's colour-blind-safe palette, then a dark grey (the Playground's path is the first).
# RUN_COLORS orders it for paths drawn over viridis: white and black where yellow would vanish.
PALETTE = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#333333")
RUN_COLORS = ("#E69F00", "#FFFFFF", "#56B4E9", "#CC79A7", "#D55E00", "#000000")


def frames_for(paths: int, steps: int, budget: int = 45_000) -> int:
    """How many frames keep the points sent in frames under ``budget`` (each frame carries every
    path up to its step, ~steps/2 on average): 30 to MAX_FRAMES. 45,000 points are ~0.7 MB of
    JSON: base64 of float32, with Plotly escaping each '/' in it as \\u002f for HTML safety."""
    return int(np.clip(budget / (paths * (steps / 2 + 1)), 30, MAX_FRAMES))


# viridis, sampled at 9 stops: perceptually uniform and readable in grey
_VIRIDIS = np.array(
    [
        [68, 1, 84],
        [71, 44, 122],
        [59, 81, 139],
        [44, 113, 142],
        [33, 144, 141],
        [39, 173, 129],
        [92, 200, 99],
        [170, 220, 50],
        [253, 231, 37],
    ],
    dtype=np.float64,
)


@dataclass(frozen=True)
class PathSpec:
    """One path to draw: its label (legend), points ``(steps + 1, 2)`` (NaN after divergence)."""

    label: str
    points: np.ndarray
    color: str


def surface_grid(surface: Surface, width: int = IMAGE_WIDTH) -> tuple[np.ndarray, int, int]:
    """f on a pixel grid over the surface's domain (row 0 is the top edge), and its size."""
    (x_min, x_max), (y_min, y_max) = surface.domain
    height = max(120, round(width * (y_max - y_min) / (x_max - x_min)))
    height = min(height, 2 * width)
    xs = np.linspace(x_min, x_max, width)
    ys = np.linspace(y_max, y_min, height)
    grid = np.stack(np.meshgrid(xs, ys), axis=-1)
    with np.errstate(all="ignore"):
        values = surface.value(grid)
    return values, width, height


def color_levels(values: np.ndarray, log_colors: bool, min_value: float | None) -> np.ndarray:
    """Map f to [0, 1] for colouring (log-scaled above the minimum when asked)."""
    finite = np.where(np.isfinite(values), values, np.nanmax(values[np.isfinite(values)]))
    if log_colors:
        floor = finite.min() if min_value is None else min(min_value, finite.min())
        spread = max(finite.max() - floor, 1e-12)
        finite = np.log10(finite - floor + 1e-4 * spread)
    low, high = finite.min(), finite.max()
    return (finite - low) / max(high - low, 1e-12)


def contour_png(surface: Surface, width: int = IMAGE_WIDTH) -> str:
    """The surface as filled contour bands with darker isolines, as a PNG data URI."""
    values, width, _ = surface_grid(surface, width)
    level = np.minimum(
        (color_levels(values, surface.log_colors, surface.min_value) * LEVELS), LEVELS - 1
    )
    band = np.floor(level)
    stops = np.linspace(0, 1, len(_VIRIDIS))
    shade = (band + 0.5) / LEVELS
    rgb = np.stack([np.interp(shade, stops, _VIRIDIS[:, c]) for c in range(3)], axis=-1)
    # isolines: pixels whose band differs from the neighbour to the right or below
    edge = np.zeros_like(band, dtype=bool)
    edge[:, :-1] |= band[:, :-1] != band[:, 1:]
    edge[:-1, :] |= band[:-1, :] != band[1:, :]
    rgb[edge] *= 0.72
    return "data:image/png;base64," + base64.b64encode(_png(rgb.astype(np.uint8))).decode()


def _png(rgb: np.ndarray) -> bytes:
    """Encode an (h, w, 3) uint8 image as PNG (filter 'Up': bands compress to almost nothing)."""
    height, width, _ = rgb.shape
    rows = rgb.reshape(height, width * 3).astype(np.int16)
    up = np.empty_like(rows)
    up[0] = rows[0]
    up[1:] = (rows[1:] - rows[:-1]) % 256
    raw = np.concatenate([np.full((height, 1), 2, dtype=np.uint8), up.astype(np.uint8)], axis=1)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw.tobytes(), 9))
        + chunk(b"IEND", b"")
    )


def frame_steps(steps: int, max_frames: int = MAX_FRAMES) -> list[int]:
    """The step shown by each frame: every step, or evenly spaced ones ending at the last."""
    count = min(steps, max_frames)
    return sorted({math.ceil(j * steps / count) for j in range(count + 1)}) if steps else [0]


def typed_array(values: np.ndarray) -> dict[str, str]:
    """A float32 typed array in Plotly's JSON form ({dtype, bdata}).

    Plotly would encode a NumPy array the same way, but handing it the encoded form skips its
    per-array conversion: a 100-frame figure builds in ~40 ms instead of ~260 ms.
    """
    single = as_float32(values)
    encoded = _encoded(single)
    if single.ndim > 1:  # a heatmap's z: rows of the grid
        encoded["shape"] = ",".join(str(n) for n in single.shape)
    return encoded


def as_float32(values: np.ndarray) -> np.ndarray:
    """Contiguous float32, where a value beyond float32's range (a diverging f) or non-finite is
    NaN: a gap in the line, not a wild value."""
    with np.errstate(over="ignore", invalid="ignore"):
        single = np.ascontiguousarray(values, dtype=np.float32)
    single[~np.isfinite(single)] = np.nan
    return single


def _encoded(single: np.ndarray) -> dict[str, str]:
    return {"dtype": "f4", "bdata": base64.b64encode(single.tobytes()).decode()}


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
        return {"x": _encoded(self.x[: k + 1]), "y": _encoded(self.y[: k + 1])}

    def head(self, k: int) -> dict:
        """Where the path stands at step k: its last finite point (none before one)."""
        index = self.last_finite[min(k, len(self.x) - 1)]
        shown = slice(index, index + 1) if index >= 0 else slice(0, 0)
        return {"x": _encoded(self.x[shown]), "y": _encoded(self.y[shown])}


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
                # a white path's markers get a dark rim, or its legend entry would vanish
                "marker": {
                    "size": 5 if path.color == "#FFFFFF" else 4,
                    "color": path.color,
                    "line": {"color": "#333333", "width": 1 if path.color == "#FFFFFF" else 0},
                },
                "name": path.label,
                "legendgroup": path.label,
                "hoverinfo": "skip",
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
            }
        )
    return lines + heads


def _play_buttons(labels: dict[str, str]) -> list[dict]:
    """Play (from the current frame, FRAME_MS between frames) and Pause, under the plot."""
    play = {
        "frame": {"duration": FRAME_MS, "redraw": False},
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


def _step_slider(shown: list[int], labels: dict[str, str]) -> dict:
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
) -> FigureSpec:
    """The contour image with each path animated by Plotly frames (Play, Pause, a step slider).

    ``labels`` supplies the texts: ``play``, ``pause``, ``step``, ``x``, ``y``, ``minimum``.
    """
    (x_min, x_max), (y_min, y_max) = surface.domain
    steps = max(len(path.points) for path in paths) - 1
    shown = frame_steps(steps, max_frames)
    all_traces = list(range(2 * len(paths)))
    data = [_PathData.of(path.points) for path in paths]
    # A frame carries only coordinates: Plotly merges them into the traces, which keep their style.
    # (A shorter path, one that diverged early in a race, stays as it ended.)
    frames = [
        {
            "data": [{"type": "scatter", **one.line(k)} for one in data]
            + [{"type": "scatter", **one.head(k)} for one in data],
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
        updatemenus=_play_buttons(labels),
        sliders=[_step_slider(shown, labels)],
    )
    if not animate:  # a still picture of the path as it is (step by step)
        layout.update(updatemenus=[], sliders=[], margin={**layout["margin"], "b": 52})
    return {"data": _path_traces(paths, data, line_width), "frames": frames, "layout": layout}


def log_ticks(lines) -> int | str | None:
    """Tick spacing for a log axis: about five labels, one every n decades over many decades,
    1-2-5 over a few, Plotly's own choice within one (per-decade labels would leave it bare)."""
    values = np.concatenate([np.ravel(np.asarray(v, dtype=np.float64)) for v in lines])
    positive = values[np.isfinite(values) & (values > 0)]
    if positive.size == 0:
        return None
    decades = np.log10(positive.max() / positive.min())
    return max(1, math.ceil(decades / 5)) if decades >= 3 else ("D2" if decades >= 1 else None)


COORDINATE_COLORS = ("#0072B2", "#D55E00")  # Okabe & Ito blue and vermillion
DASHES = ("solid", "dash", "dot")


def inside_charts(
    steps_axis: np.ndarray,
    series: Sequence[tuple[str, str, dict[str, np.ndarray], bool]],
    *,
    step_label: str,
    coordinates: Sequence[str] = ("x", "y"),
    row_height: int = 160,
) -> FigureSpec:
    """Small multiples stacked in one figure, one row per series on a shared step axis (zooming
    one zooms all; a phone shows the same column): ``series`` is (title, y label,
    {name: values}, log y). One Plotly figure draws in the browser in a third of the time four do.

    A line named after a coordinate ("x", or "s (x)") takes that coordinate's colour everywhere,
    and the one legend on top names the coordinates (a click hides that coordinate in every row);
    the state variables of one row differ by dash.
    """
    title_room, top, bottom = 34, 30, 45  # px: above each row for its title; the legend; ticks
    rows = len(series)
    plot_height = rows * (title_room + row_height)
    traces, annotations = [], []
    layout: dict = {
        "height": top + plot_height + bottom,
        # fixed margins (room for the legend and the axis titles): growing them to fit would
        # draw the figure twice
        "margin": {"l": 64, "r": 12, "t": top, "b": bottom, "autoexpand": False},
        "legend": {"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0},
        "hovermode": "closest",
    }
    in_legend: set[str] = set()
    steps_encoded = typed_array(steps_axis)  # every line's x
    for row, (title, y_label, lines, log_y) in enumerate(series):
        suffix = "" if row == 0 else str(row + 1)
        row_top = row * (title_room + row_height) + title_room  # px below the plot area's top
        domain = [1 - (row_top + row_height) / plot_height, 1 - row_top / plot_height]
        last = row == rows - 1
        layout["xaxis" + suffix] = {
            "anchor": "y" + suffix,
            "showticklabels": last,
            **({"title": {"text": step_label}} if last else {}),
            **({"matches": "x"} if row else {}),
        }
        layout["yaxis" + suffix] = {
            **value_axis(y_label, log_y, lines.values()),
            "domain": domain,
            "anchor": "x" + suffix,
        }
        annotations.append(
            {
                "text": title,
                "xref": "paper",
                "yref": "paper",
                "x": 0,
                "y": domain[1],
                "xanchor": "left",
                "yanchor": "bottom",
                "showarrow": False,
                "font": {"size": 14},
            }
        )
        prefixes: list[str] = []
        for name, values in lines.items():
            values = np.asarray(values, dtype=np.float64)
            if log_y:
                values = np.where(values > 0, values, np.nan)
            coordinate = next(
                (c for c in coordinates if name == c or name.endswith(f"({c})")), None
            )
            prefix = "" if name in coordinates else name.split(" (")[0]  # the variable
            if prefix not in prefixes:
                prefixes.append(prefix)
            color = (
                COORDINATE_COLORS[list(coordinates).index(coordinate)] if coordinate else "#333333"
            )
            show = coordinate is not None and coordinate not in in_legend
            in_legend.update({coordinate} if show else set())
            traces.append(
                {
                    "type": "scatter",
                    "x": steps_encoded,
                    "y": typed_array(values),
                    "xaxis": "x" + suffix,
                    "yaxis": "y" + suffix,
                    "mode": "lines",
                    "name": coordinate if coordinate else name,
                    "legendgroup": coordinate or name,
                    "line": {"color": color, "width": 2,
                             "dash": DASHES[prefixes.index(prefix) % 3]},
                    "showlegend": show,
                    "hovertemplate": f"{name}: %{{y:.4g}}<extra>{step_label} %{{x}}</extra>",
                }
            )  # fmt: skip
    layout["annotations"] = annotations
    return {"data": traces, "layout": layout}


def value_axis(title: str, log_y: bool, lines) -> dict:
    """A y axis for values over steps: log with readable ticks (10⁻⁴, not 100μ) or linear."""
    axis = {"type": "log" if log_y else "linear", "exponentformat": "power"}
    if title:
        axis["title"] = {"text": title}
    if log_y:
        dtick = log_ticks(lines)
        if dtick is not None:
            axis["dtick"] = dtick
    return axis


def runs_chart(
    steps_axis: np.ndarray,
    lines: dict[str, np.ndarray],
    colors: Sequence[str],
    *,
    title: str,
    step_label: str,
    log_y: bool,
    log_x: bool = False,
    height: int = 340,
) -> FigureSpec:
    """One line per run on a step axis (each run in its path's colour; white drawn as grey);
    ``log_x``: steps on a log axis, one label a decade."""
    traces = []
    steps_encoded = typed_array(steps_axis)  # every line's x
    for (label, values), color in zip(lines.items(), colors, strict=False):
        values = np.asarray(values, dtype=np.float64)
        if log_y:
            values = np.where(values > 0, values, np.nan)
        traces.append(
            {
                "type": "scatter",
                "x": steps_encoded,
                "y": typed_array(values),
                "mode": "lines",
                "name": label,
                "line": {"color": "#888888" if color == "#FFFFFF" else color, "width": 2},
                "hovertemplate": f"%{{y:.4g}}<extra>{label}, {step_label} %{{x}}</extra>",
            }
        )
    layout = {
        "title": {"text": title},
        "height": height,
        "margin": {"l": 60, "r": 10, "t": 50, "b": 40},
        "xaxis": {"title": {"text": step_label}},
        "yaxis": value_axis("", log_y, lines.values()),
        "legend": {"orientation": "h", "yanchor": "top", "y": -0.25, "x": 0},
    }
    if log_x:
        layout["xaxis"].update(type="log", exponentformat="power", dtick=1)
    return {"data": traces, "layout": layout}


def sweep_chart(
    labels: Sequence[str], finals: Sequence[float], *, title: str, log_x: bool, numeric: bool
) -> go.Figure:
    """Final f - f* against the swept value: a line over numbers, bars over names."""
    values = np.array(finals, dtype=np.float64)
    values = np.where(values > 0, values, np.nan)
    if numeric:
        trace = go.Scatter(
            x=[float(label) for label in labels], y=values, mode="lines+markers",
            marker={"size": 9, "color": PALETTE[4]}, line={"color": PALETTE[4]},
        )  # fmt: skip
    else:
        trace = go.Bar(x=list(labels), y=values, marker={"color": PALETTE[4]})
    figure = go.Figure(trace)
    figure.update_layout(title=title, height=320, margin={"l": 60, "r": 10, "t": 50, "b": 40})
    figure.update_yaxes(type="log", exponentformat="power")
    if numeric:
        figure.update_xaxes(type="log" if log_x else "linear", exponentformat="power")
    return figure


BASIN_COLORS = ("#000000", "#DDDDDD", *PALETTE[:6])  # diverged, none, minimum 0, 1, …


def swarm_maps_figure(
    maps: dict[str, dict[str, np.ndarray]],
    kind: str,
    *,
    basin_labels: Sequence[str],
    colorbar_title: str,
    domain: tuple[tuple[float, float], tuple[float, float]],
    diverged_note,
    height_per_row: int = 340,
) -> go.Figure:
    """One heatmap per optimizer: log10 of the final gap, the basin reached, or steps to tolerance.

    Heatmaps are fine here: nothing is animated, so Plotly's frame problem does not apply.
    """
    names = list(maps)
    cols = min(3, len(names))
    rows = math.ceil(len(names) / cols)
    titles = []
    for name in names:
        diverged = int(np.count_nonzero(maps[name]["diverged"]))
        titles.append(f"{name}<br><sup>{diverged_note(diverged)}</sup>" if diverged else name)
    figure = make_subplots(
        rows=rows, cols=cols, subplot_titles=titles, horizontal_spacing=0.06, vertical_spacing=0.16
    )
    for index, name in enumerate(names):
        data = maps[name]
        if kind in ("final_gap", "steps"):
            if kind == "final_gap":
                with np.errstate(divide="ignore", invalid="ignore"):
                    z = np.log10(np.maximum(data["final_gap"], 1e-300))
            else:
                z = np.where(data["steps"] >= 0, data["steps"], np.nan)
            trace = {"colorscale": "Viridis", "colorbar": {"title": colorbar_title}}
        else:  # basin: -2 diverged, -1 none, 0… minimum index, as a stepped colour scale
            z = data["basin"] + 2.0
            count = len(basin_labels)
            scale = []
            for level in range(count):
                color = BASIN_COLORS[level % len(BASIN_COLORS)]
                scale += [[level / count, color], [(level + 1) / count, color]]
            trace = {
                "colorscale": scale,
                "zmin": -0.5,
                "zmax": count - 0.5,
                "colorbar": {
                    "tickvals": list(range(count)),
                    "ticktext": list(basin_labels),
                    "title": colorbar_title,
                },
            }
        figure.add_trace(
            go.Heatmap(
                x=typed_array(data["x"]),
                y=typed_array(data["y"]),
                z=typed_array(z),
                showscale=index == 0,
                hovertemplate="(%{x:.3g}, %{y:.3g}): %{z:.3g}<extra>" + name + "</extra>",
                **trace,
            ),
            row=index // cols + 1,
            col=index % cols + 1,
        )
    # fixed axes: a map whose every start point diverged is empty, not rescaled to nonsense
    figure.update_xaxes(range=list(domain[0]))
    figure.update_yaxes(range=list(domain[1]))
    figure.update_layout(height=height_per_row * rows, margin={"l": 40, "r": 10, "t": 50, "b": 30})
    return figure


def regression_figure(
    x: np.ndarray,
    y: np.ndarray,
    thetas: np.ndarray,
    best: np.ndarray,
    surface: Surface,
    *,
    labels: dict[str, str],
    image_uri: str,
    max_frames: int,
    height: int = 480,
) -> go.Figure:
    """Side by side, on one Play clock: the data with the line θ₀ + θ₁x moving (left), and θ's path
    on the MSE contour (right, the contour as a layout image on the second axes).

    ``labels``: those of ``animated_contour`` plus ``data``, ``fit``, ``least_squares``,
    ``theta0``, ``theta1``, ``x_data`` and ``y_data``. Every trace is in every frame (the data and
    the least-squares line too), so nothing vanishes when Play is pressed.
    """
    steps = len(thetas) - 1
    shown = frame_steps(steps, max_frames)
    ends = np.array([0.0, float(np.max(x)) * 1.05])
    (t0_min, t0_max), (t1_min, t1_max) = surface.domain
    data_x, data_y = typed_array(np.ravel(x)), typed_array(np.ravel(y))
    best_line = typed_array(best[0] + best[1] * ends)

    def traces(k: int) -> list[dict]:
        finite = thetas[: k + 1][np.isfinite(thetas[: k + 1]).all(axis=1)]
        theta = finite[-1]
        return [
            {"type": "scatter", "x": data_x, "y": data_y},
            {"type": "scatter", "x": typed_array(ends), "y": best_line},
            {
                "type": "scatter",
                "x": typed_array(ends),
                "y": typed_array(theta[0] + theta[1] * ends),
            },
            {
                "type": "scatter",
                "x": typed_array(thetas[: k + 1, 0]),
                "y": typed_array(thetas[: k + 1, 1]),
            },
            {"type": "scatter", "x": typed_array(theta[:1]), "y": typed_array(theta[1:])},
        ]

    style = [
        {"mode": "markers", "marker": {"size": 6, "color": "#56B4E9", "opacity": 0.8},
         "name": labels["data"], "xaxis": "x", "yaxis": "y"},
        {"mode": "lines", "line": {"color": "#333333", "width": 2, "dash": "dash"},
         "name": labels["least_squares"], "xaxis": "x", "yaxis": "y"},
        {"mode": "lines", "line": {"color": "#D55E00", "width": 3}, "name": labels["fit"],
         "xaxis": "x", "yaxis": "y"},
        {"mode": "lines", "line": {"color": "#E69F00", "width": 2}, "showlegend": False,
         "xaxis": "x2", "yaxis": "y2", "hoverinfo": "skip"},
        {"mode": "markers", "marker": {"size": 12, "color": "#E69F00",
         "line": {"color": "white", "width": 2}}, "showlegend": False, "xaxis": "x2", "yaxis": "y2",
         "hovertemplate": "θ₀ = %{x:.5g}<br>θ₁ = %{y:.5g}<extra></extra>"},
    ]  # fmt: skip
    figure = make_subplots(rows=1, cols=2, horizontal_spacing=0.1)
    figure.add_traces(
        [{**trace, **extra} for trace, extra in zip(traces(steps), style, strict=True)]
    )
    figure.frames = [
        {"data": traces(k), "name": str(k), "traces": list(range(len(style)))} for k in shown
    ]
    figure.update_layout(
        height=height,
        margin={"l": 50, "r": 10, "t": 10, "b": 150},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.01, "x": 0},
        images=[
            {
                "source": image_uri, "xref": "x2", "yref": "y2", "x": t0_min, "y": t1_max,
                "sizex": t0_max - t0_min, "sizey": t1_max - t1_min, "sizing": "stretch",
                "layer": "below",
            }
        ],
        annotations=[
            {"x": best[0], "y": best[1], "xref": "x2", "yref": "y2", "text": "★",
             "showarrow": False, "font": {"size": 18, "color": "white"}}
        ],
        updatemenus=_play_buttons(labels),
        sliders=[_step_slider(shown, labels)],
    )  # fmt: skip
    figure.update_xaxes(title_text=labels["x_data"], row=1, col=1)
    figure.update_yaxes(title_text=labels["y_data"], row=1, col=1)
    figure.update_xaxes(range=[t0_min, t0_max], title_text=labels["theta0"], showgrid=False,
                        zeroline=False, row=1, col=2)  # fmt: skip
    figure.update_yaxes(range=[t1_min, t1_max], title_text=labels["theta1"], showgrid=False,
                        zeroline=False, row=1, col=2)  # fmt: skip
    return figure
