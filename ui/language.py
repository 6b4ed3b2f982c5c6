"""The language switch at the top of every page's sidebar."""

from __future__ import annotations

import streamlit as st

from ui.link import write_param
from ui.text import LANGUAGES, language_from_locale, set_language, t


def language_control() -> str:
    """The language switch, and this run's language.

    The link's ?lang= wins, then the choice made in this session, then the browser's language.
    Read and written here (not a bound widget: a bound select box would put its label, not the
    code, into the link).
    """
    raw = st.query_params.get("lang")
    chosen = st.session_state.get("lang_choice")
    if raw in LANGUAGES and raw != chosen and "lang_linked" not in st.session_state:
        st.session_state["lang_choice"] = raw  # a link opened in this session speaks its language
        st.session_state["lang_linked"] = True
    default = st.session_state.get("lang_choice") or language_from_locale(st.context.locale)
    set_language(default)  # so the label below is already in the right language
    lang = st.sidebar.selectbox(
        ":material/language: " + t("lang.label"),
        list(LANGUAGES),
        index=list(LANGUAGES).index(default),
        format_func=LANGUAGES.get,
        key="lang_choice",
    )
    set_language(lang)
    if raw is not None and raw not in LANGUAGES:
        text = t("pg.bad_param", key="lang", value=raw[:20], reason=t("pg.bad_choice"),
                 default=lang)  # fmt: skip
        st.sidebar.caption(":orange[⚠ " + text + "]")
    # the link names the language only when it is not the browser's own (or the link already did):
    # a link shared from an English browser opens in each student's language
    if raw is not None or lang != language_from_locale(st.context.locale):
        write_param("lang", lang)
    return lang
