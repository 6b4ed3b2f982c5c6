"""A fair race's tuning curves: each optimizer's score against η over the grid they all got, the
η kept marked (``optim_core.tuning``)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from optim_core.tuning import Tuning
from ui.figures.encoding import FigureSpec, legend_below_layout


def tuning_chart(
    tunings: Sequence[Tuning],
    labels: Sequence[str],
    colors: Sequence[str],
    *,
    by_steps: bool,
    title: str,
    lr_label: str,
    score_label: str,
    height: int = 420,
) -> FigureSpec:
    """One line per optimizer over η (log axis): the final gap (log) or the steps to tolerance;
    η values that diverged, or never got within tolerance, leave a gap. A ringed marker is the
    η it raced with."""
    traces = []
    for tuning, label, color in zip(tunings, labels, colors, strict=True):
        if by_steps:
            scores = np.where(tuning.steps_to_tol >= 0, tuning.steps_to_tol, np.nan)
        else:
            scores = np.where(np.isfinite(tuning.final_gaps) & (tuning.final_gaps > 0),
                              tuning.final_gaps, np.nan)  # fmt: skip
        values = [float(v) for v in tuning.values]
        shown = [None if np.isnan(v) else float(v) for v in scores]  # a gap, not a point
        traces.append(
            {"type": "scatter", "x": values, "y": shown,
             "mode": "lines+markers", "name": label, "legendgroup": label,
             "line": {"color": color, "width": 2}, "marker": {"size": 6, "color": color},
             "hovertemplate": "η = %{x:.3g}: %{y:.4g}<extra>" + label + "</extra>"}
        )  # fmt: skip
        best = scores[tuning.best]
        traces.append(
            {"type": "scatter", "x": [values[tuning.best]],
             "y": [None if np.isnan(best) else float(best)], "mode": "markers",
             "legendgroup": label, "showlegend": False, "hoverinfo": "skip",
             "marker": {"size": 15, "color": "rgba(0,0,0,0)",
                        "line": {"color": color, "width": 3}}}
        )  # fmt: skip
    x_axis = {"title": {"text": lr_label}, "type": "log", "exponentformat": "power", "dtick": 1}
    y_axis = {"title": {"text": score_label}, "type": "linear" if by_steps else "log",
              "exponentformat": "power"}  # fmt: skip
    return {"data": traces, "layout": legend_below_layout(title, height, x_axis, y_axis)}
