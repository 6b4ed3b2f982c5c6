"""The look inside an optimizer: small multiples stacked in one figure, one row per quantity on a
shared step axis (zooming one zooms all; a phone shows the same column). One Plotly figure draws
in the browser in a third of the time four do."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ui.figures.colors import COORDINATE_COLORS
from ui.figures.encoding import FigureSpec, typed_array, value_axis, zero_mark

DASHES = ("solid", "dash", "dot")


@dataclass(frozen=True)
class Curve:
    """One line of a row: ``coordinate`` (0 for x, 1 for y) sets its colour, ``variable`` its
    dash (the state variables of one row differ by dash), ``label`` names it on hover."""

    values: np.ndarray
    label: str
    coordinate: int | None = None
    variable: str = ""


@dataclass(frozen=True)
class Row:
    """One quantity over the steps; ``title_color``: the run's colour where the row is a run's."""

    title: str
    curves: Sequence[Curve]
    log_y: bool
    y_label: str = ""
    title_color: str | None = None


def inside_charts(
    steps_axis: np.ndarray,
    rows: Sequence[Row],
    *,
    step_label: str,
    coordinate_names: Sequence[str] = ("x", "y"),
    zero_text: str = "",
    row_height: int = 160,
) -> FigureSpec:
    """The rows on one step axis. A coordinate has one colour everywhere, and the one legend on
    top names the coordinates (a click hides that coordinate in every row). On a log row, a
    curve that reaches 0 gets a mark there labelled ``zero_text`` ("… at step {step}")."""
    title_room, top, bottom = 34, 30, 45  # px: above each row for its title; the legend; ticks
    plot_height = len(rows) * (title_room + row_height)
    traces, marks, annotations = [], [], []
    layout: dict = {
        "height": top + plot_height + bottom,
        # fixed margins (room for the legend and the axis titles): growing them to fit would
        # draw the figure twice
        "margin": {"l": 64, "r": 12, "t": top, "b": bottom, "autoexpand": False},
        "legend": {"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0},
        "hovermode": "closest",
    }
    in_legend: set[int] = set()
    steps_encoded = typed_array(steps_axis)  # every line's x
    for index, row in enumerate(rows):
        suffix = "" if index == 0 else str(index + 1)
        row_top = index * (title_room + row_height) + title_room  # px below the plot area's top
        domain = [1 - (row_top + row_height) / plot_height, 1 - row_top / plot_height]
        last = index == len(rows) - 1
        layout["xaxis" + suffix] = {
            "anchor": "y" + suffix,
            "showticklabels": last,
            **({"title": {"text": step_label}} if last else {}),
            **({"matches": "x"} if index else {}),
        }
        layout["yaxis" + suffix] = {
            **value_axis(row.y_label, row.log_y, [curve.values for curve in row.curves]),
            "domain": domain,
            "anchor": "x" + suffix,
        }
        annotations.append(
            {"text": row.title, "xref": "paper", "yref": "paper", "x": 0, "y": domain[1],
             "xanchor": "left", "yanchor": "bottom", "showarrow": False,
             "font": {"size": 14, **({"color": row.title_color} if row.title_color else {})}}
        )  # fmt: skip
        variables = list(dict.fromkeys(curve.variable for curve in row.curves))
        for curve in row.curves:
            values = np.asarray(curve.values, dtype=np.float64)
            coordinate = curve.coordinate
            color = COORDINATE_COLORS[coordinate] if coordinate is not None else "#333333"
            if row.log_y and zero_text:
                mark, note = zero_mark(
                    steps_axis, values, color, zero_text, ("x" + suffix, "y" + suffix)
                )
                marks += mark
                annotations += note
            if row.log_y:
                values = np.where(values > 0, values, np.nan)
            show = coordinate is not None and coordinate not in in_legend
            if show:
                in_legend.add(coordinate)
            name = coordinate_names[coordinate] if coordinate is not None else curve.label
            traces.append(
                {
                    "type": "scatter", "x": steps_encoded, "y": typed_array(values),
                    "xaxis": "x" + suffix, "yaxis": "y" + suffix, "mode": "lines",
                    "name": name, "legendgroup": name, "showlegend": show,
                    "line": {"color": color, "width": 2,
                             "dash": DASHES[variables.index(curve.variable) % len(DASHES)]},
                    "hovertemplate": f"{curve.label}: %{{y:.4g}}<extra>{step_label} %{{x}}</extra>",
                }
            )  # fmt: skip
    layout["annotations"] = annotations
    return {"data": traces + marks, "layout": layout}
