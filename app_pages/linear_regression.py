"""Linear regression: seed 001's line fitted by RMSProp (or any optimizer), and why it circles."""

from __future__ import annotations

import numpy as np
import streamlit as st

from optim_core import OPTIMIZERS
from optim_core.regression import least_squares
from ui import controls, runs
from ui.classroom import plot, presenting
from ui.exports import share_link
from ui.figures import frames_for, regression_figure, runs_chart
from ui.text import animation_labels, t

# The seed's own settings are the defaults: RMSProp, η 0.1, γ 0.9, ε 1e-8 inside the root.
SEED_OVERRIDES = {"eps": 1e-8, "gamma": 0.9}


reset_hyper = controls.hyper_resetter(overrides=SEED_OVERRIDES)
raw_link = controls.link_values()  # with what sanitize_link took out, for the notes
problems = controls.check_link(raw_link)

with st.sidebar:
    optimizer = controls.optimizer_choice(problems, raw_link, on_change=reset_hyper)
    convention = controls.convention_choice(
        "d2l", problems, raw_link, on_change=reset_hyper, optimizers=(optimizer,)
    )
    refused = not controls.available(optimizer, convention)
    hyper = {} if refused else controls.hyper_controls(
        optimizer, convention, problems, raw_link, overrides=SEED_OVERRIDES,
    )  # fmt: skip
    steps = controls.bound_number(t("pg.steps"), "steps", 1000, problems, raw_link, step=50)
    batch_size = st.select_slider(
        t("lr.batch_size"), options=[5, 10, 20, 50, 100], value=100, key="batch_size",
        bind="query-params", help=t("lr.batch_size_help"),
    )  # fmt: skip
    controls.note_bad_link_value(problems, raw_link, "batch_size", 100)
    decay = st.select_slider(
        t("lr.decay"), options=list(controls.NUMERIC["decay"].options), value=1.0, key="decay",
        bind="query-params", format_func=lambda v: f"{v:g}", help=t("lr.decay_help"),
    )  # fmt: skip
    controls.note_bad_link_value(problems, raw_link, "decay", 1)
    seed = (
        controls.bound_number(t("lr.seed"), "seed", 0, problems, raw_link)
        if batch_size < 100
        else 0
    )

if refused:  # this framework has no such optimizer: say so, offer the ones that do
    st.title(t("lr.title"))
    controls.convention_refusal(optimizer, convention, on_switch=reset_hyper)
    st.stop()
data, surface = runs.line_data()
best = least_squares(data)
run = runs.regression_run(
    optimizer, convention, tuple(sorted(hyper.items())), steps, batch_size, seed, float(decay)
)
thetas = run.points[..., 0]  # (steps + 1, 2): intercept, slope

st.title(t("lr.title"))
presenter = presenting()  # a projector: the fit, the path and three numbers
if not presenter:
    st.markdown(t("lr.lead"))
labels = {
    **animation_labels(),
    "data": t("lr.data"),
    "fit": t("lr.fit"),
    "least_squares": t("lr.least_squares"),
    "theta0": "θ₀",
    "theta1": "θ₁",
    "x_data": "x",
    "y_data": "y",
}
plot(
    regression_figure(
        data.x, data.y, thetas, best, surface, labels=labels, image_uri=runs.mse_contour(),
        max_frames=frames_for(1, steps),
    ),
    key="fit",
)  # fmt: skip

if run.diverged:
    st.error(t("lr.diverged", step=int(run.diverged_at)))
final = run.last_finite().ravel()
columns = st.columns(3)
columns[0].metric(t("lr.final"), f"({final[0]:.4f}, {final[1]:.4f})")
columns[1].metric(t("lr.least_squares_metric"), f"({best[0]:.4f}, {best[1]:.4f})")
distance = float(np.linalg.norm(final - best))
columns[2].metric(t("lr.distance"), f"{distance:.3g}")

if not presenter:
    # Why it circles (or why it no longer does), with this run's own numbers
    tail = thetas[-min(50, steps) :]
    tail_distance = np.linalg.norm(tail - best, axis=1)
    if decay == 1 and steps >= 100 and tail_distance.min() > 1e-6:
        low, high = tail_distance.min(), tail_distance.max()
        if high - low < 1e-3 * high:  # a closed orbit: the same distance every step
            st.markdown(t("lr.circling_fixed", distance=high, lr=hyper["lr"]))
        else:
            st.markdown(t("lr.circling", low=low, high=high, lr=hyper["lr"]))
        if OPTIMIZERS[optimizer].normalized_steps:
            st.markdown(t("lr.why_adaptive", lr=hyper["lr"], half=hyper["lr"] / 2))
        fixed = share_link(st.context.url, {**raw_link, "decay": 0.99}, page="linear_regression")
        st.markdown(t("lr.fix", link=fixed))
    elif decay < 1:
        st.markdown(t("lr.decayed", decay=decay, distance=distance))

    plot(
        runs_chart(
            np.arange(steps + 1),
            {t("lr.mse_gap"): run.values - surface.min_value},
            ["#0072B2"],
            title=t("lr.mse_gap"),
            step_label=t("pg.step"),
            log_y=True,
        ),
        key="mse",
    )
