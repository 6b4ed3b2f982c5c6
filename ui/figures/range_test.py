"""The learning-rate range test (``optim_core.range_test``): the loss against η on a log axis,
the smoothed loss over it, and the two suggested η as labelled vertical lines."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from optim_core.range_test import RangeTest
from ui.figures.colors import PALETTE
from ui.figures.encoding import FigureSpec, log_ticks, tick_text, typed_array

RAW_COLOR, SMOOTH_COLOR = "#999999", PALETTE[4]  # grey, blue
STEEPEST_COLOR, MINIMUM_COLOR = PALETTE[5], PALETTE[2]  # vermillion, bluish green
DIVERGED_FILL = "rgba(0,0,0,0.08)"


@dataclass(frozen=True)
class RangeLabels:
    """The chart's words, in the reader's language."""

    lr_axis: str
    loss_axis: str
    raw: str
    smoothed: str
    steepest: str  # "… η = {lr}"
    minimum: str  # "… η = {lr}"
    diverged: str


def eta_text(lr: float) -> str:
    """An η as the chart and the links write it: three significant digits."""
    return f"{lr:.3g}"


def range_test_chart(test: RangeTest, labels: RangeLabels, *, height: int = 380) -> FigureSpec:
    """The curve up to divergence (the raw loss thin and grey, the smoothed one bold), the range
    beyond it shaded, and a vertical line at each suggestion with its label (at different
    heights, each reading towards the middle of the plot).
    ``layout.meta`` holds the suggested η as numbers."""
    shown = slice(0, test.stop)
    lr, raw, smoothed = test.lr[shown], test.loss[shown], test.smoothed
    finite = raw[np.isfinite(raw)]
    log_y = finite.size > 0 and finite.min() > 0 and finite.max() > 100 * finite.min()
    lr_encoded = typed_array(lr)
    traces = [
        {"type": "scatter", "x": lr_encoded, "y": typed_array(raw), "mode": "lines",
         "name": labels.raw, "line": {"color": RAW_COLOR, "width": 1},
         "hovertemplate": "η %{x:.3g}: %{y:.4g}<extra></extra>"},
        {"type": "scatter", "x": lr_encoded, "y": typed_array(smoothed), "mode": "lines",
         "name": labels.smoothed, "line": {"color": SMOOTH_COLOR, "width": 3},
         "hovertemplate": "η %{x:.3g}: %{y:.4g}<extra></extra>"},
    ]  # fmt: skip
    shapes, notes = [], []
    marks = [
        (test.tenth_of_minimum, labels.minimum, MINIMUM_COLOR, 0.97),
        (test.steepest, labels.steepest, STEEPEST_COLOR, 0.80),
    ]
    low, high = math.log10(float(test.lr[0])), math.log10(float(test.lr[-1]))
    for lr_mark, text, color, height_fraction in marks:
        if lr_mark is None:
            continue
        # the label reads towards the middle of the plot, so it is never cut at an edge; the two
        # labels sit at different heights, so they do not overlap when the lines are close
        left = (math.log10(lr_mark) - low) / (high - low) > 0.5
        shapes.append(
            {"type": "line", "xref": "x", "yref": "paper", "x0": lr_mark, "x1": lr_mark,
             "y0": 0, "y1": 1, "line": {"color": color, "width": 2, "dash": "dash"}}
        )  # fmt: skip
        notes.append(
            {"text": text.format(lr=eta_text(lr_mark)), "x": math.log10(lr_mark), "xref": "x",
             "y": height_fraction, "yref": "paper", "showarrow": False,
             "xanchor": "right" if left else "left", "xshift": -4 if left else 4,
             "font": {"size": 13, "color": color}, "bgcolor": "rgba(255,255,255,0.85)"}
        )  # fmt: skip
    if test.diverged_at is not None:
        shapes.append(
            {"type": "rect", "xref": "x", "yref": "paper", "x0": test.diverged_at,
             "x1": float(test.lr[-1]), "y0": 0, "y1": 1, "fillcolor": DIVERGED_FILL,
             "line": {"width": 0}, "layer": "below"}
        )  # fmt: skip
        notes.append(
            {"text": labels.diverged, "x": high, "xref": "x", "y": 0.03,
             "yref": "paper", "xanchor": "right", "xshift": -4, "showarrow": False,
             "font": {"size": 12, "color": "#333333"}}
        )  # fmt: skip
    ticks = log_ticks([test.lr])
    yaxis: dict = {"title": {"text": labels.loss_axis}, "type": "log" if log_y else "linear"}
    if log_y:
        yaxis.update(log_ticks([raw, smoothed]))
    return {
        "data": traces,
        "layout": {
            "height": height,
            "margin": {"l": 60, "r": 10, "t": 20, "b": 50},
            "xaxis": {"title": {"text": labels.lr_axis}, "type": "log",
                      "range": [low, high],
                      "tickvals": ticks.get("tickvals"),
                      "ticktext": [tick_text(v) for v in ticks.get("tickvals", [])]},
            "yaxis": yaxis,
            "shapes": shapes,
            "annotations": notes,
            "showlegend": True,
            "legend": {"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0},
            "meta": {"steepest": test.steepest, "tenth_of_minimum": test.tenth_of_minimum},
        },
    }  # fmt: skip
