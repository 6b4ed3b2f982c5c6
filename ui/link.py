"""The page's link: what it asked for, what could not be used, and keeping it in step.

``sanitize_link`` runs first in every script run: it takes out of the URL what the controls must
not see (a value ``ui.schema`` refuses; a repeated key), brings a clamping control's number into
range, and reruns. ``read_link`` then gives the page one ``Link``: the values as the page reads
them (with what was taken out) and why each refused value was not used; ``Link.note`` says it
under the control. The controls drawn in a run are recorded (``shown``) for the Classroom panel.

Every change the server makes to the query string is a ``history.pushState`` in Streamlit's
browser code; ``one_history_entry_per_action`` makes those that follow no action of the user
replace the current entry instead, so Back goes back one action.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

import streamlit as st

from ui.schema import CHOICES, clamped, known, problem_with, spec_key
from ui.text import t

_run = threading.local()  # the controls drawn in this script run


def start_run() -> None:
    _run.drawn = []


def shown(key: str) -> None:
    """Record that the control of URL parameter ``key`` was drawn in this run."""
    drawn = getattr(_run, "drawn", None)
    if drawn is not None and key not in drawn:
        drawn.append(key)


def drawn_controls() -> list[str]:
    return list(getattr(_run, "drawn", []))


@dataclass
class Link:
    """The link as the page reads it: ``raw`` values (with those ``sanitize_link`` took out),
    ``problems`` (why a value was not used as it is, per parameter) and ``clamped`` values."""

    raw: dict[str, str]
    problems: dict[str, str] = field(default_factory=dict)
    clamped: dict[str, float] = field(default_factory=dict)

    def note(self, key: str, default) -> None:
        """Under the control just drawn: why the link's value for ``key`` was not used, and what
        is used instead (a clamped value, or ``default``)."""
        shown(key)
        if key in self.problems:
            used = self.clamped.get(key, default)
            text = t(
                "pg.bad_param",
                key=key,
                value=self.raw[key][:40],
                reason=self.problems[key],
                default=f"{used:g}" if isinstance(used, float) else used,
            )
            st.caption(":orange[⚠ " + text + "]")

    def refuse(self, key: str, reason: str) -> None:
        """Mark a value the page cannot use for a reason of its own (e.g. beyond this run's
        steps); its control then says so."""
        if key in self.raw and key not in self.problems:
            self.problems[key] = reason

    def refused_for(self, optimizer: str) -> bool:
        """Whether the link got a value of ``optimizer``'s own controls (``lr_adam``) wrong: its
        expander then opens, so the note under the control is seen."""
        return any(key == f"{spec_key(key)}_{optimizer}" for key in self.problems)


def read_link(unchecked: tuple[str, ...] = ()) -> Link:
    """This run's ``Link``; ``unchecked`` parameters are the page's own to check (Compare's
    ``optimizers`` list)."""
    dropped = st.session_state.pop("dropped_link", {})
    # what the link said wins over what the URL holds now (a clamped number's nearest end)
    raw = {**{key: st.query_params[key] for key in st.query_params}, **dropped}
    link = Link(raw)
    for key, value in raw.items():
        if key in unchecked:
            continue
        reason = problem_with(key, value)
        if reason is not None:
            link.problems[key] = reason
            used = clamped(key, value)
            if used is not None:
                link.clamped[key] = used
    return link


def sanitize_link() -> None:
    """Called first thing in every run: take out of the URL what the controls would mishandle,
    then rerun, so no control ever sees it.

    - a value ``ui.schema`` refuses (Streamlit 1.67 crashes on ``steps=inf``, int() overflows,
      and truncates ``steps=10.5`` to 10 while the page says it uses the default); a clamping
      control's number out of range becomes the nearest end of the range;
    - a repeated key (``lr=abc&lr=0.3``): the last value wins, as ``st.query_params`` reads it;
    - a choice in other letter case (``optimizer=SGD``): written as the option it names;
    - ``fresh=1`` (``fresh_link``): the controls' values in the session are dropped.

    The refused values are kept for this session's next run, so the page still shows its note
    under each control (``read_link``).
    """
    params = st.query_params
    dropped: dict[str, str] = {}
    changed = False
    if FRESH in params:  # a link the app drew was followed: its values, not the session's
        forget_controls()
        del params[FRESH]
        st.session_state[TO_TOP] = True  # and from the top, as a new page opens
        changed = True
    for key in list(params):
        values = params.get_all(key)
        if len(values) > 1:
            params[key] = values[-1]
            changed = True
        if not known(key):
            continue
        raw = values[-1]
        if problem_with(key, raw) is not None:
            dropped[key] = raw
            used = clamped(key, raw)
            if used is None:
                del params[key]
            else:
                params[key] = f"{used:g}"
            changed = True
        elif spec_key(key) in CHOICES and raw != raw.lower():
            params[key] = raw.lower()
            changed = True
    if changed:
        st.session_state["dropped_link"] = {**st.session_state.get("dropped_link", {}), **dropped}
        st.rerun()
    if st.session_state.pop(TO_TOP, False):
        # a link to the page already open keeps the scroll position (Streamlit's page change
        # within one page): a preset clicked halfway down would open halfway down
        st.html(TO_TOP_SCRIPT, unsafe_allow_javascript=True)


def write_param(key: str, value: str | None) -> None:
    """Put ``key=value`` in the link (None takes it out); written only when it changes: every
    write is a message to the browser."""
    if st.query_params.get(key) == value:
        return
    if value is None:
        del st.query_params[key]
    else:
        st.query_params[key] = value


def forget_other_pages(page: str) -> None:
    """On a change of page, drop every control's value from the session: each page starts from
    its own link or its defaults, never from another page's settings (``steps`` and
    ``convention`` are controls of several pages). Also on Back: Streamlit would keep a bound
    widget's last value over the link's (the link's ``steps=20`` shown as the other page's 100)."""
    if st.session_state.get("page") == page:
        return
    st.session_state["page"] = page
    forget_controls()


def forget_controls() -> None:
    """Drop every control's value from the session: the controls drawn next take the link's
    values, or their defaults."""
    for key in list(st.session_state):
        name = key.removesuffix("_choice").removesuffix("_slider")
        if known(name):
            del st.session_state[key]


FRESH = "fresh"  # in a link the app draws (a preset): its values replace the page's controls'


def fresh_link(params: dict[str, str]) -> dict[str, str]:
    """The query of a link that sets the page it opens to ``params`` and defaults, also when it
    is the page already open (where Streamlit would keep the controls' values over the link's)."""
    return {**params, FRESH: "1"}


TO_TOP = "scroll_to_top"  # in session state: the next run opens at the top of the page
TO_TOP_SCRIPT = """<script>
document.querySelector('[data-testid="stMain"]')?.scrollTo({ top: 0 });
</script>"""

READY_BUTTON = "history_ready"  # clicked by HISTORY_SCRIPT once it is in place
READY = "history_script_in_place"  # in session state: past a session's first run

HISTORY_SCRIPT = """<style>
/* shown only if the script below cannot run: then a click opens the page */
.st-key-history_ready { animation: appear 0s 3s both; }
@keyframes appear { from { visibility: hidden; } to { visibility: visible; } }
</style>
<script>
(() => {
  if (!window.__oneEntryPerAction) {
    window.__oneEntryPerAction = true;
    // Streamlit pushes a history entry for each change of the query string the server makes;
    // only the first one after an action of the user (a click, a key) gets an entry of its own.
    let acted = false;
    for (const kind of ["pointerdown", "keydown"]) {
      window.addEventListener(kind, () => { acted = true; }, true);
    }
    const push = window.history.pushState.bind(window.history);
    window.history.pushState = (state, title, url) => {
      if (acted) { acted = false; push(state, title, url); }
      else { window.history.replaceState(state, title, url); }
    };
    // Back and Forward open the entry's link afresh: Streamlit would keep a bound widget's
    // value from the page left over the link's (and drop the link's from the address).
    window.addEventListener("popstate", (event) => {
      event.stopImmediatePropagation();
      window.location.reload();
    }, true);
  }
  // in place: now let the server draw the page (its widgets write the link)
  const started = performance.now();
  const ready = () => {
    const button = document.querySelector(".st-key-history_ready button");
    if (button) button.click();
    else if (performance.now() - started < 10000) requestAnimationFrame(ready);
  };
  ready();
})();
</script>"""


def one_history_entry_per_action() -> None:
    """Make each action of the user add at most one browser-history entry (see the module).

    The script must be in place before the page's widgets write the link: Streamlit loads
    ``st.html`` lazily, and a link's first writes (a default value taken out) arrive sooner. So a
    session's first run draws only the script and stops; the script, once in place, clicks the
    ready button, and that run draws the page. Without JavaScript the button shows after 3 s.
    """
    if st.session_state.get(READY):
        return
    st.html(HISTORY_SCRIPT, unsafe_allow_javascript=True)
    st.button(t("app.open"), key=READY_BUTTON, on_click=mark_ready, args=(st.session_state,))
    st.stop()


def mark_ready(state) -> None:
    """Past the first run (AppTest's sessions, which run no JavaScript, start here)."""
    state[READY] = True
