"""Home: what the lab is, and the engine's textbook run as a first taste."""

import numpy as np
import streamlit as st

from optim_core import SURFACES, optimize
from ui.text import t


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
st.subheader(t("home.engine_title"))
st.markdown(t("home.engine_body"))
x1, x2 = textbook_rmsprop_final(20)
st.code(t("home.engine_result", steps=20, x1=x1, x2=x2), language=None)
st.info(t("home.coming"))
