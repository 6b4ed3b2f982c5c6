"""The line fit of the linear regression page: the data with the line θ₀ + θ₁x (left) and θ's
path on the loss contour (right), on one Play clock."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from optim_core import Surface
from ui.figures.animation import frame_ms, frame_steps, play_buttons, step_slider
from ui.figures.encoding import FigureSpec, typed_array


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
