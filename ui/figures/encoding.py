"""What every figure shares: float32 typed arrays in Plotly's JSON form, and value axes whose log
ticks read as numbers (0.5, not a bare 5 after a 1)."""

from __future__ import annotations

import base64
import math

import numpy as np

# A figure written as a plain dict ({"data", "layout", "frames"}), in Plotly's JSON form. Building
# Plotly's graph objects from it (validation, then a deep copy back to a dict) was most of a
# rerun's time, so the pages hand these dicts to Streamlit as they are (``ui.classroom.plot``);
# the tests validate every figure the pages draw.
FigureSpec = dict

SUPERSCRIPTS = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def typed_array(values: np.ndarray) -> dict[str, str]:
    """A float32 typed array in Plotly's JSON form ({dtype, bdata}).

    Plotly would encode a NumPy array the same way, but handing it the encoded form skips its
    per-array conversion: a 100-frame figure builds in ~40 ms instead of ~260 ms.
    """
    single = as_float32(values)
    encoded = encoded_float32(single)
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


def encoded_float32(single: np.ndarray) -> dict[str, str]:
    return {"dtype": "f4", "bdata": base64.b64encode(single.tobytes()).decode()}


def tick_text(value: float) -> str:
    """A tick's label as a number reads: 0.5, 20, 0.001; 5×10⁻⁵ when very small or large."""
    if 1e-3 <= value < 1e5:
        return f"{value:g}"
    exponent = math.floor(math.log10(value))
    mantissa = round(value / 10**exponent, 6)
    power = "10" + str(exponent).translate(SUPERSCRIPTS)
    return power if mantissa == 1 else f"{mantissa:g}×{power}"


def log_ticks(lines) -> dict:
    """Ticks for a log axis over ``lines``' positive values, each labelled in full (Plotly's own
    labels a decade's 2 and 5 as a bare "2" and "5": after a "1" they read as two and five, not
    0.2 and 0.5). Over two decades or more, one label every n decades (about five); below two,
    1, 2 and 5 of each decade. Below one decade (a flat line) the axis spans a little more than
    the values, so those labels have room: ``range`` is set too."""
    values = np.concatenate([np.ravel(np.asarray(v, dtype=np.float64)) for v in lines])
    positive = values[np.isfinite(values) & (values > 0)]
    if positive.size == 0:
        return {}
    low, high = math.log10(positive.min()), math.log10(positive.max())
    decades = high - low
    margin = 0.3 if decades >= 1 else 0.35
    if decades >= 2:
        every = max(1, math.ceil(decades / 5))
        first = math.floor(low / every) * every
        exponents = range(first, math.ceil(high) + every, every)
        ticks = [10.0**e for e in exponents]
    else:
        ticks = [
            m * 10.0**e for e in range(math.floor(low) - 1, math.ceil(high) + 1) for m in (1, 2, 5)
        ]
    ticks = [tick for tick in ticks if 10 ** (low - margin) <= tick <= 10 ** (high + margin)]
    axis = {"tickvals": ticks, "ticktext": [tick_text(tick) for tick in ticks]}
    if decades < 1:
        axis["range"] = [low - margin, high + margin]
    return axis


def first_zero(values: np.ndarray) -> int | None:
    """The first index where a positive series reaches 0 (or below, by rounding): the point
    where its line on a log axis ends. None if it never does or never was positive."""
    values = np.asarray(values, dtype=np.float64)
    positive = np.flatnonzero(np.isfinite(values) & (values > 0))
    if positive.size == 0:
        return None
    zeros = np.flatnonzero(values[positive[0] :] <= 0)
    return int(positive[0] + zeros[0]) if zeros.size else None


def zero_mark(
    steps_axis: np.ndarray, values: np.ndarray, color: str, text: str, axes: tuple[str, str]
) -> tuple[list[dict], list[dict]]:
    """Where a curve on a log axis reaches 0 (which the axis cannot show): a marker at the foot
    of its line, in its colour, with ``text`` ("… at step {step}") beside it. Empty if it never
    does. ``axes``: the x and y axis names ("x", "y2")."""
    index = first_zero(values)
    if index is None:
        return [], []
    values = np.asarray(values, dtype=np.float64)
    positive = values[np.isfinite(values) & (values > 0)]
    floor = float(positive.min())
    step = int(steps_axis[index])
    label = text.format(step=step)
    marker = {
        "type": "scatter", "x": [step], "y": [floor], "mode": "markers",
        "xaxis": axes[0], "yaxis": axes[1], "showlegend": False,
        "marker": {"symbol": "triangle-down", "size": 12, "color": color},
        "hovertemplate": f"{label}<extra></extra>",
    }  # fmt: skip
    note = {
        "text": label, "x": step, "y": math.log10(floor), "xref": axes[0], "yref": axes[1],
        "xanchor": "right" if step > float(steps_axis[-1]) / 2 else "left",
        "yanchor": "bottom", "showarrow": False, "yshift": 6,
        "font": {"size": 12, "color": color}, "bgcolor": "rgba(255,255,255,0.8)",
    }  # fmt: skip
    return [marker], [note]


def value_axis(title: str, log_y: bool, lines) -> dict:
    """A y axis for values over steps: log with readable ticks, or linear."""
    axis: dict = {"type": "log" if log_y else "linear", "exponentformat": "power"}
    if title:
        axis["title"] = {"text": title}
    if log_y:
        axis.update(log_ticks(lines))
    return axis


def legend_below_layout(title: str, height: int, x_axis: dict, y_axis: dict) -> dict:
    """A chart's layout with its legend in a row under the plot, in margins kept as they are
    (a figure that may grow its margins is drawn twice)."""
    return {
        "title": {"text": title},
        "height": height,
        "margin": {"l": 70, "r": 10, "t": 50, "b": 110, "autoexpand": False},
        "xaxis": x_axis,
        "yaxis": y_axis,
        "legend": {"orientation": "h", "yanchor": "top", "y": -0.2, "x": 0},
    }
