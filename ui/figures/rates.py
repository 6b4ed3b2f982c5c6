"""The distance to the minimum over steps, measured, with the rates theory predicts drawn over it
as ‖x₀ − x*‖ ρᵗ (``ui.theory_panel``)."""

from __future__ import annotations

import numpy as np

from ui.figures.colors import PALETTE
from ui.figures.encoding import FigureSpec, typed_array, value_axis

PREDICTED_DASHES = ("dash", "dot")


def distance_chart(
    distances: np.ndarray,
    *,
    measured_label: str,
    color: str,
    predicted: dict[str, float],
    title: str,
    step_label: str,
    height: int = 340,
) -> FigureSpec:
    """‖x_t − x*‖ on a log axis in the run's colour; each ``predicted`` rate (label → ρ) as
    ‖x₀ − x*‖ ρᵗ: the first dashed in the run's colour (its own settings), the next dotted."""
    steps = np.arange(len(distances))
    shown = np.where(distances > 0, distances, np.nan)
    traces = [
        {"type": "scatter", "x": typed_array(steps), "y": typed_array(shown), "mode": "lines",
         "name": measured_label, "line": {"color": color, "width": 2.5},
         "hovertemplate": "%{y:.4g}<extra>" + step_label + " %{x}</extra>"}
    ]  # fmt: skip
    for index, (label, rate) in enumerate(predicted.items()):
        with np.errstate(all="ignore"):
            line = distances[0] * rate ** steps.astype(np.float64)
        line = np.where(line > 1e-300, line, np.nan)
        traces.append(
            {"type": "scatter", "x": typed_array(steps), "y": typed_array(line), "mode": "lines",
             "name": label, "hoverinfo": "skip",
             "line": {"color": color if index == 0 else PALETTE[7], "width": 2,
                      "dash": PREDICTED_DASHES[min(index, len(PREDICTED_DASHES) - 1)]}}
        )  # fmt: skip
    floor = np.nanmin(shown) if np.isfinite(shown).any() else 1e-12
    axis = value_axis("", True, [shown])  # the title and the legend say what it is
    # the measured line sets the view; a prediction falling far below it is cut at its floor
    axis["range"] = [np.log10(max(floor, 1e-300)) - 0.5, np.log10(np.nanmax(shown)) + 0.3]
    return {
        "data": traces,
        "layout": {
            "title": {"text": title},
            "height": height,
            "margin": {"l": 70, "r": 10, "t": 50, "b": 40},
            "xaxis": {"title": {"text": step_label}, "range": [0, float(steps[-1])]},
            "yaxis": axis,
            "legend": {"orientation": "h", "yanchor": "top", "y": -0.2, "x": 0},
        },
    }
