"""Home: what the lab is, how to use it in class, one card per page, and a number to check."""

import numpy as np
import streamlit as st

from optim_core import SURFACES, optimize
from ui.presets import preset_list
from ui.text import t

# (page, icon, catalog prefix) of each card, in the navigation's order
CARDS = (
    ("app_pages/playground.py", ":material/show_chart:", "playground"),
    ("app_pages/compare.py", ":material/leaderboard:", "compare"),
    ("app_pages/linear_regression.py", ":material/trending_up:", "regression"),
    ("app_pages/neural_network.py", ":material/neurology:", "network"),
    ("app_pages/theory.py", ":material/menu_book:", "theory"),
)


@st.cache_data(max_entries=4)
def textbook_rmsprop_final(steps: int) -> tuple[float, float]:
    run = optimize(
        "rmsprop",
        SURFACES["ellipse"],
        np.array([-5.0, -2.0]),
        steps,
        convention="d2l",
        lr=0.4,
        gamma=0.9,
        eps=1e-6,
        history=False,
    )
    return float(run.final[0]), float(run.final[1])


st.title(t("home.title"))
st.markdown(t("home.lead"))

st.subheader(t("home.pages_title"))
for page, icon, key in CARDS:
    with st.container(border=True):
        st.markdown(f"#### {icon} {t(f'home.{key}_card_title')}")
        st.markdown(t(f"home.{key}_card"))
        st.page_link(page, label=t(f"home.{key}_open"), icon=":material/play_arrow:")

st.subheader(t("home.class_title"))
st.markdown(t("home.class_body"))
st.markdown("**" + t("home.presets_title") + "**")
preset_list()

st.subheader(t("home.engine_title"))
st.markdown(t("home.engine_body"))
x1, x2 = textbook_rmsprop_final(20)
st.code(t("home.engine_result", steps=20, x1=x1, x2=x2), language=None)
