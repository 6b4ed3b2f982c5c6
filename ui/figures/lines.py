"""Runs over steps (one line each, in the run's colour), and a sweep's final values."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import plotly.graph_objects as go

from ui.figures.colors import PALETTE
from ui.figures.encoding import FigureSpec, typed_array, value_axis, zero_mark


def runs_chart(
    steps_axis: np.ndarray,
    lines: dict[str, np.ndarray],
    colors: Sequence[str],
    *,
    title: str,
    step_label: str,
    log_y: bool,
    log_x: bool = False,
    zero_text: str = "",
    height: int = 340,
) -> FigureSpec:
    """One line per run on a step axis, each in its run's colour; ``log_x``: steps on a log axis,
    one label a decade. On a log ``y`` a line that reaches 0 gets a mark there, labelled
    ``zero_text`` ("… at step {step}"), instead of just ending."""
    traces, marks, notes = [], [], []
    steps_encoded = typed_array(steps_axis)  # every line's x
    for (label, values), color in zip(lines.items(), colors, strict=False):
        values = np.asarray(values, dtype=np.float64)
        if log_y and zero_text:
            mark, note = zero_mark(steps_axis, values, color, zero_text, ("x", "y"))
            marks += mark
            notes += note
        if log_y:
            values = np.where(values > 0, values, np.nan)
        traces.append(
            {
                "type": "scatter",
                "x": steps_encoded,
                "y": typed_array(values),
                "mode": "lines",
                "name": label,
                "line": {"color": color, "width": 2},
                "hovertemplate": f"%{{y:.4g}}<extra>{label}, {step_label} %{{x}}</extra>",
            }
        )
    layout = {
        "title": {"text": title},
        "height": height,
        "margin": {"l": 60, "r": 10, "t": 50, "b": 40},
        # the whole run, also where a line ends early on a log axis (it reached 0)
        "xaxis": {"title": {"text": step_label}},
        "yaxis": value_axis("", log_y, lines.values()),
        "showlegend": len(lines) > 1,
        "legend": {"orientation": "h", "yanchor": "top", "y": -0.25, "x": 0},
        "annotations": notes,
    }
    if len(steps_axis) > 1:
        layout["xaxis"]["range"] = [float(steps_axis[0]), float(steps_axis[-1])]
    if log_x:
        layout["xaxis"] = {"title": {"text": step_label}, "type": "log",
                           "exponentformat": "power", "dtick": 1}  # fmt: skip
    return {"data": traces + marks, "layout": layout}


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
