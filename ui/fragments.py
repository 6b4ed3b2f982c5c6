"""Parts of a page that rerun alone: ``st.fragment`` with this run's language and presenter mode.

A control inside a fragment reruns only the fragment, so the server sends only its elements
(issue 17: a class of 30 queues behind whole reruns). A control outside it may rerun just one
named fragment too (``rerun_only``): the Playground's steps and start, on which nothing in the
sidebar depends. A fragment's rerun starts on a new thread without app.py's set-up, so the
language (``ui.text``) and presenter mode (``ui.classroom``), kept per thread, are handed to it as
they were in the page's last full run.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

import streamlit as st

from ui import classroom, text

DRAWN = "fragments_drawn"  # the named fragments the session's last full run drew
PAGE_RERUN = "page_rerun_asked"  # a callback in a fragment's rerun changed what the sidebar shows


@dataclass(frozen=True)
class RunContext:
    """What app.py sets up at the start of every full run and a fragment's rerun lacks."""

    language: str
    present: bool

    @classmethod
    def now(cls) -> RunContext:
        return cls(text.current_language(), classroom.presenting())

    def restore(self) -> None:
        text.set_language(self.language)
        classroom.set_presenting(self.present)


def start_full_run() -> None:
    """Called by app.py before the page: no named fragment is drawn yet, and a page rerun asked
    for (``rerun_page``) is this one."""
    st.session_state[DRAWN] = set()
    st.session_state.pop(PAGE_RERUN, None)


def rerun_page() -> None:
    """For a callback that changes a control outside the fragment it came from (a click on the
    figure sets the start in the sidebar): the whole page reruns instead of the fragment."""
    st.session_state[PAGE_RERUN] = True


def page_fragment(body: Callable[..., None] | None = None, *, key: str | None = None):
    """``body`` as a fragment (``@page_fragment`` or ``@page_fragment(key=...)``): called in a
    full run it draws as usual; a control inside it then reruns only ``body``, with the same
    arguments, in the same language and mode. A ``key`` names it for ``rerun_only``."""
    if body is None:
        return functools.partial(page_fragment, key=key)

    @st.fragment(key=key)
    def rerun_alone(context: RunContext, *args, **kwargs) -> None:
        if st.session_state.pop(PAGE_RERUN, False):
            st.rerun(scope="app")
        context.restore()
        body(*args, **kwargs)

    @functools.wraps(body)
    def draw(*args, **kwargs) -> None:
        if key is not None:
            st.session_state.setdefault(DRAWN, set()).add(key)
        rerun_alone(RunContext.now(), *args, **kwargs)

    return draw


def rerun_only(key: str) -> Callable[[], None]:
    """An ``on_change`` for a control outside fragment ``key`` that only ``key`` depends on: the
    change reruns that fragment alone, if the last full run drew it (else the page reruns)."""

    def rerun() -> None:
        if key in st.session_state.get(DRAWN, ()):
            st.rerun(key)

    return rerun
