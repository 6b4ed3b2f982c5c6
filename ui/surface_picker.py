"""Choosing the surface: a built-in one by name, or a formula typed by the user (parsed safely,
never run as code) over a plot domain, with one-click examples and a LaTeX preview of f and ∇f."""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from optim_core import SURFACES, FormulaError, Surface
from ui import runs
from ui.link import Link, shown
from ui.schema import widget_key
from ui.text import error_text, t
from ui.widgets import choice, number

# one click away in the formula box (catalog key, formula)
FORMULA_EXAMPLES = (
    ("pg.example.quartic", "x^4 + y^2"),
    ("pg.example.valley", "0.1*x^2 + 20*(y - 0.5*x^2)^2"),
    ("pg.example.plateau", "1 - exp(-(x^2 + y^2)/2)"),
    ("pg.example.cliff", "tanh(4*x) + 0.05*(x^2 + y^2)"),
)
DEFAULT_FORMULA = FORMULA_EXAMPLES[0][1]
DEFAULT_DOMAIN = runs.Domain(-2.0, 2.0, -2.0, 2.0)


@dataclass(frozen=True)
class Picked:
    """The surface chosen: how caches name it (``choice``) and the surface itself."""

    choice: runs.SurfaceChoice
    surface: Surface


def _use_formula(text: str) -> None:
    st.session_state["formula"] = text


def _reset_start() -> None:
    """A new surface starts from its own point. Set, not cleared: a cleared start would be read
    back from the link (x0=-1 would survive the change of surface)."""
    key = st.session_state.get(widget_key("surface"))
    if key in SURFACES:
        start = SURFACES[key].start
    else:
        start = runs.custom_start(
            runs.Domain(*(st.session_state.get(name, default) for name, default in
                          zip(runs.Domain._fields, DEFAULT_DOMAIN, strict=True)))
        )  # fmt: skip
    for name, value in zip(("x0", "y0"), start, strict=True):
        if name in st.session_state:
            st.session_state[name] = float(value)


def surface_control(link: Link) -> Picked:
    """The surface select box; for "custom", the formula box (bound to the URL, so a link carries
    the formula), its plot domain, one-click examples and a live LaTeX preview of f and ∇f. A
    formula that cannot be used is explained under the box and the example is drawn meanwhile.
    A new surface also moves the start point (x0, y0) to that surface's own."""
    key = choice(t("pg.surface"), "surface", "ellipse", link, on_change=_reset_start)
    if key != "custom":
        return Picked(runs.SurfaceChoice(key), SURFACES[key])
    text = st.text_input(
        t("pg.formula"), value=DEFAULT_FORMULA, key="formula", bind="query-params",
        max_chars=300, help=t("pg.formula_help"),
    )  # fmt: skip
    shown("formula")
    # two per row: four labels side by side do not fit the sidebar
    for row in range(0, len(FORMULA_EXAMPLES), 2):
        pairs = FORMULA_EXAMPLES[row : row + 2]
        for column, (label_key, example) in zip(st.columns(2), pairs, strict=False):
            column.button(
                t(label_key), on_click=_use_formula, args=(example,), help=example, width="stretch"
            )
    bounds = {}
    for row in (("x_min", "x_max"), ("y_min", "y_max")):
        for column, name in zip(st.columns(2), row, strict=True):
            with column:
                bounds[name] = float(
                    number(t(f"pg.{name}"), name, getattr(DEFAULT_DOMAIN, name), link)
                )
    domain = runs.Domain(**bounds)
    if not (domain.x_min < domain.x_max and domain.y_min < domain.y_max):
        st.caption(":orange[⚠ " + t("pg.domain_bad_values", **domain._asdict()) + "]")
        domain = DEFAULT_DOMAIN
    try:
        surface = runs.custom_surface(text, domain)
    except FormulaError as error:
        st.error(t("pg.formula_bad", reason=error_text(error), example=DEFAULT_FORMULA), icon="⚠️")
        text = DEFAULT_FORMULA
        surface = runs.custom_surface(text, domain)
    st.latex(surface.latex)
    st.latex(runs.parsed_formula(text).grad_latex)
    return Picked(runs.SurfaceChoice("custom", text, domain), surface)
