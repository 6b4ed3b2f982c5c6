"""The classroom: presenter mode (``?present=1``) and links that hide chosen controls
(``?hide=lr,eps``), as TensorFlow Playground's links do.

Presenter mode is for a projector: bigger type, thicker paths and markers, the sidebar collapsed
and each page cut down to its figure and the few numbers that matter. Hidden controls keep the
value the link gives them; students only stop seeing them. Both are read once from a link, kept
for the session (the link stays the same across pages) and changed in the sidebar's Classroom
panel, which also writes the link a teacher hands out.

The pages ask ``presenting()``; every control kept in the link reports its key through
``ui.link.shown`` (called by ``Link.note``), so the panel offers exactly this page's controls.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import NoReturn
from urllib.parse import urlencode

import plotly.graph_objects as go
import streamlit as st

from ui.figure_scripts import CLICK_SCRIPT, SCRIPTS_BY_META
from ui.link import drawn_controls, start_run
from ui.schema import known, spec_key, widget_key
from ui.text import t

PRESENT_VALUES = {"1": True, "true": True, "on": True, "yes": True,
                  "0": False, "false": False, "off": False, "no": False}  # fmt: skip
# catalog keys of the controls' names (the rest are pg.<name>)
LABEL_KEYS = {
    "mode": "cmp.mode", "zoom": "cmp.zoom", "tol": "cmp.tol", "grid": "cmp.grid",
    "swarm_map": "cmp.swarm_map", "sweep_param": "cmp.sweep_param",
    "sweep_values": "cmp.sweep_values", "optimizers": "cmp.optimizers",
    "batch_size": "lr.batch_size", "decay": "lr.decay", "epochs": "nn.epochs",
    "batch": "nn.batch", "hidden": "nn.hidden", "sequence": "th.avr_sequence",
    "presets": "pg.presets", "scenarios": "cmp.scenarios", "exercise": "ex.mode",
    "case": "dg.case",
}  # fmt: skip
MAX_HIDDEN = 60  # more names than any page has controls: the rest of such a link is ignored

_run = threading.local()  # this script run's settings


@dataclass(frozen=True)
class Classroom:
    """This run's classroom settings, and what the link asked for that could not be used."""

    present: bool
    hidden: tuple[str, ...]
    bad_present: str | None = None
    bad_hidden: tuple[str, ...] = ()


class PageEnded(Exception):
    """Raised by ``end_page``; app.py catches it and goes on to the Classroom panel."""


def end_page() -> NoReturn:
    """End the page's script here. Unlike ``st.stop()``, which ends the whole run, app.py still
    draws the Classroom panel after it (a teacher needs it on an exercise, too)."""
    raise PageEnded


def presenting() -> bool:
    """Whether this script run is in presenter mode (set by ``classroom_settings``)."""
    return getattr(_run, "present", False)


def set_presenting(present: bool) -> None:
    """This run's presenter mode: set by ``classroom_settings``, or restored in a fragment's
    rerun (``ui.fragments``)."""
    _run.present = present


def hideable(name: str) -> bool:
    """A name a link may hide: a control of some page, as it appears in links."""
    return known(name) or name in LABEL_KEYS or name == "formula"


def label_of(name: str) -> str:
    """A control's name as the panel lists it: its label, then its name in links."""
    base = spec_key(name)
    catalog_key = LABEL_KEYS.get(base, f"pg.{base}")
    try:
        label = t(catalog_key)
    except KeyError:
        label = base
    owner = name[len(base) + 1 :] if name != base else ""
    return f"{label} ({owner})" if owner else label


def parse_hidden(raw: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The link's ``hide=a,b`` as (names that can be hidden, names that cannot)."""
    if not raw:
        return (), ()
    names = [name.strip() for name in raw.split(",")[:MAX_HIDDEN] if name.strip()]
    good = tuple(dict.fromkeys(name for name in names if hideable(name)))
    bad = tuple(dict.fromkeys(name for name in names if not hideable(name)))
    return good, bad


def classroom_settings() -> Classroom:
    """Presenter mode and hidden controls for this run: a link's values are adopted once per
    session, after which the panel's choices rule; the link is kept in step with them."""
    raw_present = st.query_params.get("present")
    raw_hidden = st.query_params.get("hide")
    linked_present = PRESENT_VALUES.get((raw_present or "").strip().lower())
    hidden, bad_hidden = parse_hidden(raw_hidden)
    state = st.session_state
    if "classroom" not in state:  # the first run of this session: the link decides
        state["classroom"] = {"present": bool(linked_present), "hidden": hidden}
    # what the link got wrong is kept until the panel has shown it (the run that reads the link
    # may be cut short by sanitize_link's rerun, after the link below has been corrected)
    if raw_present and linked_present is None:
        state["classroom_bad_present"] = raw_present[:20]
    if bad_hidden:
        state["classroom_bad_hidden"] = tuple(name[:30] for name in bad_hidden[:5])
    classroom = Classroom(
        present=state["classroom"]["present"],
        hidden=state["classroom"]["hidden"],
        bad_present=state.get("classroom_bad_present"),
        bad_hidden=state.get("classroom_bad_hidden", ()),
    )
    set_presenting(classroom.present)
    start_run()
    # the link follows the session (a page change clears the query string)
    wanted = {"present": "1" if classroom.present else None,
              "hide": ",".join(classroom.hidden) or None}  # fmt: skip
    for key, value in wanted.items():
        if st.query_params.get(key) != value:
            if value is None:
                del st.query_params[key]
            else:
                st.query_params[key] = value
    return classroom


# Always: wide tables and formulas scroll sideways in their own box on a phone instead of
# widening the page; a link's label (the sidebar's scenarios and presets) wraps instead of being
# cut at the sidebar's edge; Compare's leaderboard is set tight, to fit beside its race.
BASE_CSS = """
[data-testid="stMainBlockContainer"] { padding-top: 3.5rem; }
h1 { padding-top: 0.5rem !important; }
[data-testid="stMarkdownContainer"] table { display: block; overflow-x: auto; max-width: 100%; }
.st-key-leaderboard table { font-size: 0.875rem; line-height: 1.4; }
.st-key-leaderboard th, .st-key-leaderboard td { padding: 0.3rem 0.45rem; }
.st-key-leaderboard th { white-space: nowrap; }
.katex-display { overflow-x: auto; overflow-y: hidden; padding-bottom: 2px; }
[data-testid="stPageLink"] a > span:last-child,
[data-testid="stPageLink"] a > span:last-child * { white-space: normal; overflow: visible;
  line-height: 1.35; }
"""
PRESENTER_CSS = """
html { font-size: 21px; }
[data-testid="stMetricValue"] { font-size: 1.9rem; }
[data-testid="stMainBlockContainer"] { padding-top: 3.2rem; }
h1 { font-size: 1.9rem !important; padding: 0 !important; }
"""


def classroom_style(classroom: Classroom) -> None:
    """The app's few CSS rules: presenter mode's bigger type, and the hidden controls taken off
    the page (CSS only: they still run, so their values keep working)."""
    rules = [BASE_CSS, PRESENTER_CSS] if classroom.present else [BASE_CSS]
    # a control and, for a number with a slider beside it (η), that slider
    selectors = [
        f".st-key-{key}"
        for name in classroom.hidden
        for key in (widget_key(name), f"{name}_slider")
    ]
    if selectors:
        rules.append(", ".join(selectors) + " { display: none !important; }")
    st.html("<style>" + "\n".join(rules) + "</style>")


def classroom_panel(classroom: Classroom) -> None:
    """The sidebar's Classroom panel: presenter mode, the controls to hide, and the link that
    opens this view that way."""
    drawn = drawn_controls()
    options = list(dict.fromkeys([*drawn, *classroom.hidden]))
    # The settings live in st.session_state["classroom"], which Streamlit never clears; the
    # widgets are set from it on every run and write back through their callbacks (a widget's
    # own state is dropped on any run that does not draw it, e.g. one stopped early).
    st.session_state["present_choice"] = classroom.present
    st.session_state["hide_choice"] = list(classroom.hidden)
    st.session_state.pop("classroom_bad_present", None)  # shown once, below
    st.session_state.pop("classroom_bad_hidden", None)
    noted = classroom.bad_present is not None or bool(classroom.bad_hidden)
    with st.sidebar.expander(t("class.panel"), icon=":material/co_present:", expanded=noted):
        st.toggle(t("class.present"), key="present_choice", help=t("class.present_help"),
                  on_change=_store, args=("present", "present_choice"))  # fmt: skip
        if classroom.bad_present is not None:
            st.caption(":orange[⚠ " + t("class.bad_present", value=classroom.bad_present) + "]")
        st.multiselect(
            t("class.hide"),
            options,
            key="hide_choice",
            format_func=label_of,
            help=t("class.hide_help"),
            placeholder=t("class.hide_none"),
            on_change=_store,
            args=("hidden", "hide_choice"),
        )
        if classroom.bad_hidden:
            names = ", ".join(repr(name) for name in classroom.bad_hidden)
            st.caption(":orange[⚠ " + t("class.bad_hide", names=names) + "]")
        st.caption(t("class.link_help"))
        st.code(classroom_link(), language=None, wrap_lines=True)


def _store(setting: str, widget_key: str) -> None:
    value = st.session_state[widget_key]
    st.session_state["classroom"] = {
        **st.session_state["classroom"],
        setting: tuple(value) if setting == "hidden" else bool(value),
    }


def classroom_link() -> str:
    """This page's address with its current query string (present and hide included)."""
    query = urlencode({key: st.query_params[key] for key in st.query_params}, safe=",")
    base = (st.context.url or "").split("?")[0].rstrip("/")
    return f"{base}?{query}" if query else base


def for_projector(figure: dict) -> dict:
    """The figure (a plain dict, changed in place) restyled for a projector: bigger type,
    thicker lines, bigger markers."""
    layout = figure.setdefault("layout", {})
    layout["font"] = {**layout.get("font", {}), "size": 18}
    layout["legend"] = {**layout.get("legend", {}), "font": {"size": 18}}
    # the bigger type needs more room than the fixed margins give: Plotly grows them to fit
    layout["margin"] = {**layout.get("margin", {}), "autoexpand": True}
    for trace in figure.get("data", []):
        line, marker = trace.get("line"), trace.get("marker")
        if line and isinstance(line.get("width"), (int, float)):
            line["width"] = line["width"] * 2
        if marker and isinstance(marker.get("size"), (int, float)):
            marker["size"] = marker["size"] * 1.6
    for annotation in layout.get("annotations", []):
        font = annotation.get("font")
        if font and font.get("size"):
            font["size"] = font["size"] * 1.5
    # the play buttons and step slider sit under the plot: more room for their bigger labels
    if layout.get("sliders"):
        for slider in layout["sliders"]:  # the step slider, and a live slider beside it
            slider["pad"] = {**slider.get("pad", {}), "t": 115}
        layout["margin"] = {**layout.get("margin", {}), "b": 190}
    return figure


class _AsIs(go.Figure):
    """A figure Streamlit sends exactly as written. ``st.plotly_chart`` validates a plain dict by
    building Plotly's graph objects from it and turns a Figure into a dict with ``to_dict()`` (a
    deep copy): ~30 ms of an animated path's rerun. This Figure's ``to_dict()`` is the dict, and
    that is all Streamlit asks of it, so Plotly's own set-up (its template: ~1.2 ms a figure) is
    skipped."""

    def __init__(self, spec: dict) -> None:  # no super().__init__(): nothing else is read
        self._spec = spec

    def to_dict(self) -> dict:
        return self._spec


def plot(
    figure: dict | go.Figure,
    *,
    key: str | None = None,
    where=None,
    on_click: Callable[[], None] | None = None,
    **config,
) -> None:
    """Draw a figure (restyled in presenter mode), without Plotly's toolbar: on a phone it covers
    the legends and titles, and dragging still zooms (a double click resets). Figures built as
    plain dicts (``ui.figures``) go to the browser as they are. ``on_click`` is called when a click
    selects a point (the selection is then in ``st.session_state[key]``)."""
    spec = figure.to_dict() if isinstance(figure, go.Figure) else figure
    if presenting():
        spec = for_projector(copy.deepcopy(spec))  # the page may still use its figure
    selection = {}
    if on_click is not None:
        selection = {"on_select": on_click, "selection_mode": "points"}
    meta = spec.get("layout", {}).get("meta", {})
    scripts = [CLICK_SCRIPT] if on_click is not None else []
    scripts += [script for key, script in SCRIPTS_BY_META.items() if key in meta]
    if scripts:  # one element for all: each costs the server a message per rerun
        st.html("".join(scripts), unsafe_allow_javascript=True)
    (where or st).plotly_chart(
        _AsIs(spec), key=key, config={"displayModeBar": False, **config}, **selection
    )
