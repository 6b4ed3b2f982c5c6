"""Entry point: page configuration and navigation; the pages live in app_pages/."""

import streamlit as st

from ui.classroom import PageEnded, classroom_panel, classroom_settings, classroom_style
from ui.fragments import start_full_run
from ui.language import language_control
from ui.link import forget_other_pages, one_history_entry_per_action, sanitize_link
from ui.text import t

language_control()  # first: the page titles below are in the chosen language
classroom = classroom_settings()  # presenter mode and hidden controls (?present=1&hide=lr)
st.set_page_config(
    page_title=t("app.title"),
    page_icon=t("app.icon"),
    layout="wide",
    initial_sidebar_state="collapsed" if classroom.present else "auto",
)
classroom_style(classroom)
page = st.navigation(
    [
        st.Page(
            "app_pages/home.py",
            title=t("nav.home"),
            icon=":material/home:",
            default=True,
            url_path="home",
        ),
        st.Page(
            "app_pages/playground.py",
            title=t("nav.playground"),
            icon=":material/show_chart:",
            url_path="playground",
        ),
        st.Page(
            "app_pages/compare.py",
            title=t("nav.compare"),
            icon=":material/leaderboard:",
            url_path="compare",
        ),
        st.Page(
            "app_pages/linear_regression.py",
            title=t("nav.linear_regression"),
            icon=":material/trending_up:",
            url_path="linear_regression",
        ),
        st.Page(
            "app_pages/neural_network.py",
            title=t("nav.neural_network"),
            icon=":material/neurology:",
            url_path="neural_network",
        ),
        st.Page(
            "app_pages/theory.py",
            title=t("nav.theory"),
            icon=":material/menu_book:",
            url_path="theory",
        ),
    ]
)
one_history_entry_per_action()  # before any widget writes to the link
sanitize_link()  # before the page's widgets (and after navigation, so a rerun keeps the page)
forget_other_pages(page.url_path)  # each page starts from its own link or its defaults
start_full_run()  # the page names the fragments it draws
try:
    page.run()
except PageEnded:  # the page ended early (an exercise, a refusal): the panel still follows
    pass
classroom_panel(classroom)  # after the page: it offers the controls the page has drawn
