"""Linear regression: the NumPy tutorial's line fitted by RMSProp (or any optimizer), and why
it circles."""

from __future__ import annotations

import numpy as np
import streamlit as st

from optim_core import OPTIMIZERS
from optim_core.regression import least_squares
from ui import runs
from ui.classroom import end_page, plot, presenting
from ui.figures.animation import frames_for
from ui.figures.colors import run_color
from ui.figures.lines import runs_chart
from ui.figures.regression import closeup_figure, gradient_noise_figure, regression_figure
from ui.hyper_panel import (
    available,
    convention_choice,
    convention_refusal,
    hyper_controls,
    hyper_resetter,
    optimizer_choice,
    short_optimizer_name,
)
from ui.link import fresh_link, read_link
from ui.schema import NUMERIC
from ui.text import animation_labels, t
from ui.widgets import number

# The tutorial's own settings are the defaults: RMSProp, η 0.1, γ 0.9, ε 1e-8 inside the root.
SEED_OVERRIDES = {"eps": 1e-8, "gamma": 0.9}
BATCH_SIZES = (5, 10, 20, 50, 100)  # 100: all the points, full batch


reset_hyper = hyper_resetter(overrides=SEED_OVERRIDES)
link = read_link()

with st.sidebar:
    optimizer = optimizer_choice(link, on_change=reset_hyper)
    convention = convention_choice("d2l", link, on_change=reset_hyper, optimizers=(optimizer,))
    refused = not available(optimizer, convention)
    hyper = {} if refused else hyper_controls(optimizer, convention, link,
                                              overrides=SEED_OVERRIDES)  # fmt: skip
    steps = number(t("pg.steps"), "steps", 1000, link, step=50)
    batch_size = st.select_slider(
        t("lr.batch_size"), options=BATCH_SIZES, value=100, key="batch_size",
        bind="query-params", help=t("lr.batch_size_help"),
    )  # fmt: skip
    link.note("batch_size", 100)
    decay = st.select_slider(
        t("lr.decay"), options=list(NUMERIC["decay"].options), value=1.0, key="decay",
        bind="query-params", format_func=lambda v: f"{v:g}", help=t("lr.decay_help"),
    )  # fmt: skip
    link.note("decay", 1)
    seed = number(t("lr.seed"), "seed", 0, link) if batch_size < 100 else 0

if refused:  # this framework has no such optimizer: say so, offer the ones that do
    st.title(t("lr.title", optimizer=short_optimizer_name(optimizer)))
    convention_refusal(optimizer, convention, on_switch=reset_hyper)
    end_page()
data, surface = runs.line_data()
best = least_squares(data)
run = runs.regression_run(
    optimizer, convention, tuple(sorted(hyper.items())), steps, batch_size, seed, float(decay)
)
thetas = run.points[..., 0]  # (steps + 1, 2): intercept, slope

st.title(t("lr.title", optimizer=short_optimizer_name(optimizer)))
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
    "minibatch": t("lr.minibatch"),
    "minibatch_loss": t("lr.minibatch_loss"),
    "minibatch_minimum": t("lr.minibatch_minimum"),
}
batches = runs.regression_batches(batch_size, seed, steps)  # None: full batch
plot(
    regression_figure(
        data, thetas, best, surface, labels=labels, image_uri=runs.mse_contour(),
        max_frames=frames_for(1, steps), batches=batches,
    ),
    key="fit",
)  # fmt: skip
if batches is not None and not presenter:
    st.caption(t("lr.minibatch_note", b=batch_size))

if run.diverged:
    st.error(t("lr.diverged", step=int(run.diverged_at)))
final = run.last_finite().ravel()
columns = st.columns(3)
columns[0].metric(t("lr.final"), f"({final[0]:.4f}, {final[1]:.4f})")
columns[1].metric(t("lr.least_squares_metric"), f"({best[0]:.4f}, {best[1]:.4f})")
distance = float(np.linalg.norm(final - best))
columns[2].metric(t("lr.distance"), f"{distance:.3g}")

if not presenter and not run.diverged:
    # Why it circles (or why it no longer does), with this run's own numbers, beside a close-up
    tail = thetas[-min(50, steps + 1) :]
    tail_distance = np.linalg.norm(tail - best, axis=1)
    story, closeup = st.columns([3, 2])
    with story:
        if decay == 1 and steps >= 100 and tail_distance.min() > 1e-6:
            low, high = tail_distance.min(), tail_distance.max()
            if high - low < 1e-3 * high:  # a closed orbit: the same distance every step
                st.markdown(t("lr.circling_fixed", distance=high, lr=hyper["lr"]))
            else:
                st.markdown(t("lr.circling", low=low, high=high, lr=hyper["lr"]))
            if OPTIMIZERS[optimizer].normalized_steps:
                st.markdown(t("lr.why_adaptive", lr=hyper["lr"], half=hyper["lr"] / 2))
            st.markdown(t("lr.fix"))
            st.page_link(  # in this tab: the language and presenter mode stay
                "app_pages/linear_regression.py",
                label=t("lr.fix_link"),
                query_params=fresh_link({**st.query_params.to_dict(), "decay": "0.99"}),
                icon=":material/arrow_forward:",
            )
        elif decay < 1:
            st.markdown(t("lr.decayed", decay=decay, distance=distance))
    closeup_labels = {
        "title": t("lr.closeup", n=len(tail)),
        "theta0": "θ₀",
        "theta1": "θ₁",
        "least_squares": t("lr.least_squares"),
    }
    plot(
        closeup_figure(tail, best, surface, labels=closeup_labels, color=run_color(0)),
        key="closeup",
        where=closeup,
    )

if not presenter:
    plot(
        runs_chart(
            np.arange(steps + 1),
            {t("lr.mse_gap"): run.values - surface.min_value},
            [run_color(0)],
            title=t("lr.mse_gap"),
            step_label=t("pg.step"),
            log_y=True,
            zero_text=t("chart.reaches_zero"),
        ),
        key="mse",
    )

    noise_labels = {
        "title": t("lr.noise_title"),
        "batch_size": t("lr.noise_batch_size"),
        "variance": t("lr.noise_variance"),
        "least_squares": t("lr.noise_least_squares"),
        "start": t("lr.noise_start"),
        "exact": t("lr.noise_exact"),
        "one_over_b": t("lr.noise_one_over_b"),
        "zero": t("lr.noise_zero"),
        "chosen": t("lr.noise_chosen"),
    }
    noise = runs.gradient_noise_by_batch_size(BATCH_SIZES, seed)
    plot(
        gradient_noise_figure(BATCH_SIZES, noise, len(data.y), batch_size, labels=noise_labels),
        key="noise",
    )
    st.caption(t("lr.noise_caption", draws=runs.NOISE_DRAWS))
