"""The line fit of the linear regression page: the data with the line θ₀ + θ₁x (left) and θ's
path on the loss contour (right), on one Play clock."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from optim_core import Surface
from optim_core.regression import LineData, batch_loss
from ui.figures.animation import frame_ms, frame_steps, play_buttons, step_slider
from ui.figures.encoding import FigureSpec, typed_array, value_axis

MINIBATCH_COLOR = "#CC79A7"  # Okabe-Ito reddish purple: clear on viridis, apart from the path's
# The mini-batch loss's level sets drawn in a frame, as fractions of its height above its minimum
# at the point where its gradient was taken: the ellipse through that point, one twice as wide
# and one half as wide
LEVEL_FRACTIONS = (1.0, 4.0, 0.25)
NO_POINTS = typed_array(np.empty(0))


def minibatch_traces(data: LineData, thetas: np.ndarray, batches: np.ndarray, k: int) -> list:
    """Step k's mini-batch (``batches[k - 1]``, the rows its gradient used, taken at θ_{k-1}):
    its points on the data panel, a few level sets of its own MSE (ellipses, the first one
    through θ_{k-1}, apart by NaN gaps) and its minimizer on the contour panel. No points at
    step 0, where no batch was drawn yet, or where the batch's loss has no single minimizer."""
    if k == 0:
        return [NO_POINTS] * 6
    rows = batches[k - 1]
    loss, start = batch_loss(data, rows), thetas[k - 1]
    points = [typed_array(data.x[rows, 0]), typed_array(data.y[rows, 0])]
    if loss is None or not np.isfinite(start).all():
        return [*points, *[NO_POINTS] * 4]
    above = float(loss.value(start)) - loss.minimum
    gap = np.full((1, 2), np.nan)
    ellipses = np.concatenate(
        [part for fraction in LEVEL_FRACTIONS
         for part in (loss.level_set(loss.minimum + fraction * above), gap)][:-1]
    )  # fmt: skip
    return [
        *points,
        typed_array(ellipses[:, 0]),
        typed_array(ellipses[:, 1]),
        typed_array(loss.centre[:1]),
        typed_array(loss.centre[1:]),
    ]


def regression_figure(
    data: LineData,
    thetas: np.ndarray,
    best: np.ndarray,
    surface: Surface,
    *,
    labels: dict[str, str],
    image_uri: str,
    max_frames: int,
    batches: np.ndarray | None = None,
    height: int = 480,
) -> go.Figure:
    """Side by side, on one Play clock: the data with the line θ₀ + θ₁x moving (left), and θ's path
    on the MSE contour (right, the contour as a layout image on the second axes).

    ``labels``: those of ``animated_contour`` plus ``data``, ``fit``, ``least_squares``,
    ``theta0``, ``theta1``, ``x_data`` and ``y_data``. Every trace is in every frame (the data and
    the least-squares line too), so nothing vanishes when Play is pressed.

    ``batches``: the rows of each step's mini-batch, ``(steps, B)`` (``batch_rows``), or None for
    full-batch steps. With them each frame also shows its step's mini-batch: its points and its
    own loss's level sets and minimum (``minibatch_traces``; labels ``minibatch``,
    ``minibatch_loss`` and ``minibatch_minimum``).
    """
    x, y = data.x, data.y
    steps = len(thetas) - 1
    shown = frame_steps(steps, max_frames)
    ends = np.array([0.0, float(np.max(x)) * 1.05])
    (t0_min, t0_max), (t1_min, t1_max) = surface.domain
    data_x, data_y = typed_array(np.ravel(x)), typed_array(np.ravel(y))
    best_line = typed_array(best[0] + best[1] * ends)

    def traces(k: int) -> list[dict]:
        finite = thetas[: k + 1][np.isfinite(thetas[: k + 1]).all(axis=1)]
        theta = finite[-1]
        line_and_path = [
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
        return line_and_path + minibatch(k)

    def minibatch(k: int) -> list[dict]:
        if batches is None:
            return []
        arrays = minibatch_traces(data, thetas, batches, k)
        return [{"type": "scatter", "x": arrays[i], "y": arrays[i + 1]} for i in (0, 2, 4)]

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
    if batches is not None:
        style += [
            {"mode": "markers", "name": labels["minibatch"], "xaxis": "x", "yaxis": "y",
             "marker": {"size": 11, "color": "rgba(0,0,0,0)",
                        "line": {"color": MINIBATCH_COLOR, "width": 2}}},
            {"mode": "lines", "name": labels["minibatch_loss"], "xaxis": "x2", "yaxis": "y2",
             "line": {"color": MINIBATCH_COLOR, "width": 2.5}, "hoverinfo": "skip"},
            {"mode": "markers", "name": labels["minibatch_minimum"], "xaxis": "x2", "yaxis": "y2",
             "marker": {"size": 11, "symbol": "x", "color": MINIBATCH_COLOR,
                        "line": {"color": "white", "width": 1}},
             "hovertemplate": "θ₀ = %{x:.4g}<br>θ₁ = %{y:.4g}<extra></extra>"},
        ]  # fmt: skip
    figure = make_subplots(rows=1, cols=2, horizontal_spacing=0.08)
    figure.add_traces(
        [{**trace, **extra} for trace, extra in zip(traces(steps), style, strict=True)]
    )
    figure.frames = [
        {"data": traces(k), "name": str(k), "traces": list(range(len(style)))} for k in shown
    ]
    figure.update_layout(
        height=height,
        margin={"l": 50, "r": 50, "t": 10, "b": 150},
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
        updatemenus=play_buttons(labels, frame_ms(len(shown))),
        sliders=[step_slider(shown, labels)],
    )  # fmt: skip
    figure.update_xaxes(title_text=labels["x_data"], row=1, col=1)
    figure.update_yaxes(title_text=labels["y_data"], row=1, col=1)
    figure.update_xaxes(range=[t0_min, t0_max], title_text=labels["theta0"], showgrid=False,
                        zeroline=False, row=1, col=2)  # fmt: skip
    # θ₁'s axis on the right: on a phone, on the left it would overprint the data panel
    figure.update_yaxes(range=[t1_min, t1_max], title_text=labels["theta1"], showgrid=False,
                        zeroline=False, side="right", row=1, col=2)  # fmt: skip
    return figure


def closeup_figure(
    thetas: np.ndarray,
    best: np.ndarray,
    surface: Surface,
    *,
    labels: dict[str, str],
    color: str,
    height: int = 340,
) -> FigureSpec:
    """θ's last steps at the scale of their own wobble: a square window around the least-squares
    solution ★ just wide enough for them, with the MSE's contour lines. At the full contour's
    scale an orbit of ±0.05 is one pixel.

    ``labels``: ``title``, ``theta0``, ``theta1`` and ``least_squares``; ``thetas``: (n, 2), the
    steps shown."""
    radius = max(1.25 * float(np.max(np.abs(thetas - best))), 1e-3)  # below: rounding noise
    axis0 = np.linspace(best[0] - radius, best[0] + radius, 61)
    axis1 = np.linspace(best[1] - radius, best[1] + radius, 61)
    grid = np.stack(np.meshgrid(axis0, axis1), axis=-1)
    return {
        "data": [
            {
                "type": "contour", "x": typed_array(axis0), "y": typed_array(axis1),
                "z": typed_array(surface.value(grid)), "showscale": False, "hoverinfo": "skip",
                "contours": {"coloring": "lines"}, "colorscale": "Viridis", "ncontours": 12,
                "line": {"width": 1},
            },
            {
                "type": "scatter", "x": [float(best[0])], "y": [float(best[1])], "mode": "text",
                "text": ["★"], "textfont": {"size": 20, "color": "#333333"},
                "showlegend": False, "hovertemplate": labels["least_squares"]
                + ": (%{x:.4f}, %{y:.4f})<extra></extra>",
            },
            {
                "type": "scatter", "x": typed_array(thetas[:, 0]), "y": typed_array(thetas[:, 1]),
                "mode": "lines+markers", "line": {"color": color, "width": 1},
                "marker": {"color": color, "size": 6}, "showlegend": False,
                "hovertemplate": "θ₀ = %{x:.5f}<br>θ₁ = %{y:.5f}<extra></extra>",
            },
        ],
        "layout": {
            "title": {"text": labels["title"], "font": {"size": 14}},
            "height": height,
            "margin": {"l": 60, "r": 10, "t": 40, "b": 45},
            "xaxis": {"title": {"text": labels["theta0"]}, "range": [axis0[0], axis0[-1]],
                      "constrain": "domain"},
            "yaxis": {"title": {"text": labels["theta1"]}, "range": [axis1[0], axis1[-1]],
                      "scaleanchor": "x", "scaleratio": 1},
        },
    }  # fmt: skip


def gradient_noise_figure(
    batch_sizes: tuple[int, ...],
    noise: dict,
    size: int,
    chosen: int,
    *,
    labels: dict[str, str],
    height: int = 360,
) -> FigureSpec:
    """The mini-batch gradient's variance against the batch size B, both on log axes (``noise``
    as ``ui.runs.gradient_noise_by_batch_size`` gives it): measured at each of ``batch_sizes``
    below n = ``size`` (markers, one colour per point θ: ``least_squares`` and ``start``), the
    exact finite-population curve σ²(n - B)/(B(n - 1)) (dashed) and σ²/B (dotted, the 1/B law of
    sampling with replacement). At B = n there is no noise: a log axis cannot show 0, so a note
    at its tick says so. ``chosen``: the page's B, marked by a vertical line when below n.

    ``labels``: ``title``, ``batch_size``, ``variance``, ``least_squares``, ``start``, ``exact``,
    ``one_over_b``, ``zero`` (with ``{n}``) and ``chosen`` (with ``{b}``)."""
    below = np.array([b for b in batch_sizes if b < size], dtype=np.float64)
    colors = {"least_squares": "#0072B2", "start": "#009E73"}
    data = []
    for where, color in colors.items():
        data.append(
            {"type": "scatter", "x": typed_array(below),
             "y": typed_array(noise["at"][where]["measured"][: len(below)]),
             "mode": "markers", "name": labels[where],
             "marker": {"color": color, "size": 10, "line": {"color": "white", "width": 1}},
             "hovertemplate": "B = %{x}<br>%{y:.4g}<extra></extra>"}
        )  # fmt: skip
    gap = np.array([np.nan])
    both_b = typed_array(np.concatenate([noise["curve"], gap, noise["curve"]]))
    curves = {}
    for name, key, line in (
        ("exact", "without_replacement", {"color": "#333333", "dash": "dash"}),
        ("one_over_b", "with_replacement", {"color": "#999999", "dash": "dot"}),
    ):
        curves[name] = [noise["at"][where][key] for where in colors]
        data.append(
            {"type": "scatter", "x": both_b, "mode": "lines", "name": labels[name],
             "y": typed_array(np.concatenate([curves[name][0], gap, curves[name][1]])),
             "hoverinfo": "skip", "line": {**line, "width": 1.5}}
        )  # fmt: skip
    ticks = [*below, size]
    variance_axis = value_axis(labels["variance"], True, [*curves["exact"], *curves["one_over_b"]])
    notes = [
        {"x": np.log10(size), "y": 1, "xref": "x", "yref": "paper", "xanchor": "right",
         "yanchor": "top", "showarrow": False, "font": {"size": 12, "color": "#333333"},
         "text": labels["zero"].format(n=size)},
    ]  # fmt: skip
    shapes = []
    if chosen < size:
        shapes.append(
            {"type": "line", "x0": chosen, "x1": chosen, "y0": 0, "y1": 1, "xref": "x",
             "yref": "paper", "line": {"color": MINIBATCH_COLOR, "width": 2}}
        )  # fmt: skip
        notes.append(
            {"x": np.log10(chosen), "y": 1, "xref": "x", "yref": "paper", "xanchor": "left",
             "yanchor": "top", "showarrow": False, "font": {"size": 12, "color": "#333333"},
             "text": " " + labels["chosen"].format(b=chosen)}
        )  # fmt: skip
    return {
        "data": data,
        "layout": {
            "title": {"text": labels["title"]},
            "height": height,
            "margin": {"l": 60, "r": 10, "t": 50, "b": 40},
            "xaxis": {"title": {"text": labels["batch_size"]}, "type": "log",
                      "tickvals": ticks, "ticktext": [f"{b:g}" for b in ticks],
                      "range": [np.log10(below[0]) - 0.1, np.log10(size) + 0.05]},
            "yaxis": variance_axis,
            "legend": {"orientation": "h", "yanchor": "top", "y": -0.22, "x": 0},
            "annotations": notes,
            "shapes": shapes,
        },
    }  # fmt: skip
