"""The distance to the minimum over steps, measured, with the rates theory predicts drawn over it
as ‖x₀ − x*‖ ρᵗ (``ui.theory_panel``)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ui.figures.colors import PALETTE
from ui.figures.encoding import FigureSpec, legend_below_layout, typed_array, value_axis


@dataclass(frozen=True)
class PredictedRate:
    """A rate theory predicts, ρ per step, and its legend entry."""

    label: str
    rate: float


def distance_chart(
    distances: np.ndarray,
    *,
    measured_label: str,
    color: str,
    own: PredictedRate | None,
    reference: PredictedRate,
    title: str,
    step_label: str,
    height: int = 400,
) -> FigureSpec:
    """‖x_t − x*‖ on a log axis in the run's colour, and predicted rates drawn as ‖x₀ − x*‖ ρᵗ:
    the run's ``own`` dashed in its colour, a ``reference`` dotted in grey."""
    steps = np.arange(len(distances))
    shown = np.where(distances > 0, distances, np.nan)
    traces = [
        {"type": "scatter", "x": typed_array(steps), "y": typed_array(shown), "mode": "lines",
         "name": measured_label, "line": {"color": color, "width": 2.5},
         "hovertemplate": "%{y:.4g}<extra>" + step_label + " %{x}</extra>"}
    ]  # fmt: skip
    for predicted, line_color, dash in ((own, color, "dash"), (reference, PALETTE[7], "dot")):
        if predicted is None:
            continue
        with np.errstate(all="ignore"):
            line = distances[0] * predicted.rate ** steps.astype(np.float64)
        line = np.where(line > 1e-300, line, np.nan)
        traces.append(
            {"type": "scatter", "x": typed_array(steps), "y": typed_array(line), "mode": "lines",
             "name": predicted.label, "hoverinfo": "skip",
             "line": {"color": line_color, "width": 2, "dash": dash}}
        )  # fmt: skip
    floor = np.nanmin(shown) if np.isfinite(shown).any() else 1e-12
    axis = value_axis("", True, [shown])  # the title and the legend say what it is
    # the measured line sets the view; a prediction falling far below it is cut at its floor
    axis["range"] = [np.log10(max(floor, 1e-300)) - 0.5, np.log10(np.nanmax(shown)) + 0.3]
    x_axis = {"title": {"text": step_label}, "range": [0, float(steps[-1])]}
    return {"data": traces, "layout": legend_below_layout(title, height, x_axis, axis)}
