"""The controls pages draw, each kept in the link, each with the link's note under it.

- ``number``: a number field Streamlit binds to the URL (the widget key is the parameter).
- ``choice``: a select box (or a row of buttons) showing names in the reader's language while the
  link keeps codes. Streamlit would write a bound widget's *label* into the link, so these are
  kept in step with the link here: the link's value, when there is one, is the widget's value at
  the start of every run, and a change by the user is written back.
- ``scaled_number``: a number field for any value in range, with a slider over a log-spaced grid
  beside it for quick moves (η, ε, λ).
- ``start_point`` and ``click_to_start``: the start's x and y, typed or clicked on the plot.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import streamlit as st

from optim_core import Surface
from ui.figures.animation import clicked_start
from ui.fragments import rerun_page
from ui.link import Link, write_param
from ui.schema import CHOICES, NUMERIC, choice_name, spec_key, widget_key
from ui.text import t


def number(
    label: str,
    key: str,
    default: float,
    link: Link,
    *,
    step: float | None = None,
    number_format: str | None = None,
    help: str | None = None,
    on_change: Callable[[], None] | None = None,
) -> float | int:
    """A number input bound to the URL, ranged by ``NUMERIC[key]``, with the link note under it."""
    spec = NUMERIC[spec_key(key)]
    cast = int if spec.integer else float
    st.number_input(
        label,
        min_value=cast(spec.low),
        max_value=cast(spec.high),
        value=cast(default),
        step=cast(step) if step is not None else None,
        format=number_format,
        key=key,
        bind="query-params",
        help=help,
        on_change=on_change,
    )
    link.note(key, default)
    return number_value(key)


def number_value(key: str) -> float | int:
    """The value of ``number``'s field ``key`` as the page uses it (also in a fragment's rerun,
    where the field was not drawn)."""
    value = st.session_state[key]
    return int(value) if NUMERIC[spec_key(key)].integer else tidy(value)


def tidy(value: float) -> float:
    """A widget's float without the binary noise of its arithmetic (0.1 + 0.2 steps give
    0.30000000000000004): 12 significant digits, more than any control shows."""
    return float(f"{value:.12g}")


def _write_choice(key: str, default: str, on_change) -> None:
    """A choice the user made: into the link (taken out when it is the default)."""
    value = st.session_state[widget_key(key)]
    write_param(key, None if value == default else value)
    if on_change is not None:
        on_change()


def choice(
    label: str,
    key: str,
    default: str,
    link: Link,
    *,
    options: tuple[str, ...] | None = None,
    on_change=None,
    buttons: bool = False,
    help: str | None = None,
) -> str:
    """A select box (``buttons``: a row of buttons) over ``options`` (default: the parameter's
    codes), named in the reader's language, kept in the link as ``key=<code>``. A linked code
    that ``options`` leaves out (one the schema knows) gets a note under the control."""
    options = tuple(options if options is not None else CHOICES[spec_key(key)])
    if link.raw.get(key, default) not in options:  # a code this control does not offer here
        link.refuse(key, t("pg.bad_choice"))
    state = widget_key(key)
    linked = st.query_params.get(key)
    wanted = linked if linked in options else default
    if st.session_state.get(state) != wanted:
        st.session_state[state] = wanted  # the link (or, without one, the default) decides
    widget = st.segmented_control if buttons else st.selectbox
    extra = {"required": True} if buttons else {}
    value = widget(
        label,
        options,
        format_func=lambda code: choice_name(spec_key(key), code),
        key=state,
        on_change=_write_choice,
        args=(key, default, on_change),
        help=help,
        **extra,
    )
    link.note(key, choice_name(spec_key(key), default))
    return value


def nearest(grid: tuple[float, ...], value: float) -> float:
    """The grid point closest to ``value`` on a log scale (0 counts as the grid's zero)."""
    if value <= 0:
        return min(grid)
    positive = [point for point in grid if point > 0]
    return min(positive, key=lambda point: abs(math.log(point / value)))


def _slide(key: str) -> None:
    st.session_state[key] = st.session_state[f"{key}_slider"]


def scaled_number(
    label: str, key: str, default: float, link: Link, *, help: str | None = None
) -> float:
    """A number field for any value in ``NUMERIC[key]``'s range (bound to the URL), and under it
    a slider over its grid that sets the field (a notch is a step of the grid)."""
    spec = NUMERIC[spec_key(key)]
    value = st.number_input(
        label,
        min_value=float(spec.low),
        max_value=float(spec.high),
        value=float(default),
        step=None,
        format="%.4g",
        key=key,
        bind="query-params",
        help=help,
    )
    slider = f"{key}_slider"
    st.session_state[slider] = nearest(spec.grid, value)  # follows the field
    st.select_slider(
        label,
        options=list(spec.grid),
        key=slider,
        format_func=lambda v: f"{v:g}",
        on_change=_slide,
        args=(key,),
        label_visibility="collapsed",
    )
    link.note(key, default)
    return tidy(value)


def click_to_start(chart_key: str, surface: Surface) -> Callable[[], None]:
    """The ``on_click`` of a ``clickable`` figure of ``surface``: the point a click selected
    becomes the start, as if typed into x0 and y0 (so the link follows)."""

    def take_click() -> None:
        event = st.session_state.get(chart_key)
        start = clicked_start(surface, event["selection"]["points"] if event else [])
        if start is None:
            return
        for key, value in zip(("x0", "y0"), start, strict=True):
            spec = NUMERIC[key]
            st.session_state[key] = min(max(value, spec.low), spec.high)
        rerun_page()  # the sidebar shows the start: also when the figure is in a fragment

    return take_click


def start_point(
    start: tuple[float, float], link: Link, on_change: Callable[[], None] | None = None
) -> tuple[float, float]:
    """The start point's x and y side by side, bound to the URL as x0 and y0."""
    values = []
    for column, key, default in zip(st.columns(2), ("x0", "y0"), start, strict=True):
        with column:
            values.append(number(t(f"pg.{key}"), key, default, link, step=0.1,
                                 number_format="%.4g", on_change=on_change))  # fmt: skip
    return values[0], values[1]
