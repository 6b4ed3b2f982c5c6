"""Playground: one optimizer on one surface; an animated path, a look inside, one step explained."""

from __future__ import annotations

import io

import numpy as np
import streamlit as st

from optim_core import OPTIMIZERS, SURFACES, Trajectory, optimize
from ui import controls
from ui.explain import explain_step
from ui.figures import PALETTE, PathSpec, animated_contour, contour_png, inside_charts
from ui.presets import PRESETS, preset_link
from ui.text import t

HYPER_ORDER = (
    "gamma",
    "eps",
    "momentum",
    "dampening",
    "centered",
    "beta1",
    "beta2",
    "amsgrad",
    "weight_decay",
    "lr_decay",
    "initial_accumulator_value",
)
SLIDER_STEP = {"gamma": 0.001, "momentum": 0.01, "dampening": 0.01, "beta1": 0.001, "beta2": 0.0001}


@st.cache_data(max_entries=32, show_spinner=False)
def cached_contour(surface_key: str) -> str:
    return contour_png(SURFACES[surface_key])


@st.cache_data(max_entries=64, show_spinner=False)
def cached_run(
    surface_key: str,
    optimizer: str,
    convention: str,
    hyper: tuple[tuple[str, float | bool], ...],
    start: tuple[float, float],
    steps: int,
    options: tuple[tuple[str, object], ...],
) -> Trajectory:
    return optimize(
        optimizer,
        SURFACES[surface_key],
        np.array(start),
        steps,
        convention=convention,
        **dict(options),
        **dict(hyper),
    )


def reset_start() -> None:
    """A new surface starts from its own suggested point."""
    for key in ("x0", "y0"):
        st.session_state.pop(key, None)


def reset_hyper() -> None:
    """A new optimizer or convention starts from its own defaults."""
    for key in ("lr", *HYPER_ORDER):
        st.session_state.pop(key, None)


raw_link = {key: st.query_params[key] for key in st.query_params}
problems = controls.check_link(raw_link)

# ---- controls --------------------------------------------------------------------------------
with st.sidebar:
    st.markdown("**" + t("pg.presets") + "**")
    st.markdown(
        "\n".join(f"- [{t(preset.title_key)}]({preset_link(preset)})" for preset in PRESETS)
    )

    surface_key = st.selectbox(
        t("pg.surface"),
        list(SURFACES),
        key="surface",
        bind="query-params",
        on_change=reset_start,
    )
    controls.note_bad_link_value(problems, raw_link, "surface", "ellipse")
    surface = SURFACES[surface_key]
    optimizer = st.selectbox(
        t("pg.optimizer"),
        list(OPTIMIZERS),
        index=list(OPTIMIZERS).index("rmsprop"),
        key="optimizer",
        bind="query-params",
        on_change=reset_hyper,
    )
    controls.note_bad_link_value(problems, raw_link, "optimizer", "rmsprop")
    convention = st.selectbox(
        t("pg.convention"),
        list(controls.CONVENTIONS),
        key="convention",
        bind="query-params",
        help=t("pg.convention_help"),
        on_change=reset_hyper,
    )
    controls.note_bad_link_value(problems, raw_link, "convention", "pytorch")
    defaults = OPTIMIZERS[optimizer].defaults[convention]

    st.markdown("**" + t("pg.hyper") + "**")
    lr_default = controls.PLAYGROUND_LR[optimizer]
    hyper: dict[str, float | bool] = {
        "lr": st.select_slider(
            t("pg.lr"),
            options=controls.LR_GRID,
            value=lr_default,
            key="lr",
            bind="query-params",
            format_func=lambda v: f"{v:g}",
            help=t("pg.names_help", names=controls.FRAMEWORK_NAMES["lr"]),
        )
    }
    controls.note_bad_link_value(problems, raw_link, "lr", f"{lr_default:g}")
    for key in HYPER_ORDER:
        if key not in defaults:
            continue
        default = defaults[key]
        help_text = (
            t("pg.names_help", names=controls.FRAMEWORK_NAMES[key])
            if key in controls.FRAMEWORK_NAMES
            else None
        )
        if isinstance(default, bool):
            hyper[key] = st.toggle(
                t(f"pg.{key}"), value=default, key=key, bind="query-params", help=help_text
            )
        elif controls.NUMERIC[key].options is not None:
            hyper[key] = st.select_slider(
                t(f"pg.{key}"),
                options=list(controls.NUMERIC[key].options),
                value=default,
                key=key,
                bind="query-params",
                format_func=lambda v: f"{v:g}",
                help=help_text,
            )
        else:
            spec = controls.NUMERIC[key]
            hyper[key] = st.slider(
                t(f"pg.{key}"),
                min_value=spec.low,
                max_value=spec.high,
                value=float(default),
                step=SLIDER_STEP.get(key, 0.01),
                format="%.4g",
                key=key,
                bind="query-params",
                help=help_text,
            )
        controls.note_bad_link_value(problems, raw_link, key, default)
    st.button(t("pg.reset"), on_click=reset_hyper)

    st.markdown("**" + t("pg.run") + "**")
    steps = int(
        st.number_input(
            t("pg.steps"),
            min_value=1,
            max_value=controls.MAX_PLAYGROUND_STEPS,
            value=100,
            step=10,
            key="steps",
            bind="query-params",
        )
    )
    controls.note_bad_link_value(problems, raw_link, "steps", 100)
    start_columns = st.columns(2)
    start = []
    for column, key, default in zip(start_columns, ("x0", "y0"), surface.start, strict=True):
        with column:
            start.append(
                float(
                    st.number_input(
                        t(f"pg.{key}"),
                        min_value=-controls.START_LIMIT,
                        max_value=controls.START_LIMIT,
                        value=float(default),
                        step=0.1,
                        format="%.4g",
                        key=key,
                        bind="query-params",
                    )
                )
            )
            controls.note_bad_link_value(problems, raw_link, key, default)

    options: dict[str, object] = {}
    with st.expander(t("pg.options")):
        noise = st.number_input(
            t("pg.noise"),
            min_value=0.0,
            max_value=100.0,
            value=0.0,
            step=0.1,
            key="noise",
            bind="query-params",
        )
        controls.note_bad_link_value(problems, raw_link, "noise", 0)
        if noise > 0:
            options["noise"] = float(noise)
            options["seed"] = int(
                st.number_input(
                    t("pg.seed"),
                    min_value=0,
                    max_value=10**6,
                    value=0,
                    key="seed",
                    bind="query-params",
                )
            )
        clip = st.selectbox(
            t("pg.clip"),
            controls.CLIP_MODES,
            format_func=lambda mode: t(f"pg.clip.{mode}"),
            key="clip",
            bind="query-params",
        )
        if clip != "none":
            threshold = st.number_input(
                t("pg.clip_threshold"),
                min_value=1e-3,
                max_value=1e3,
                value=1.0,
                key="clip_threshold",
                bind="query-params",
            )
            options["clip_value" if clip == "value" else "clip_norm"] = float(threshold)
        schedule = st.selectbox(
            t("pg.schedule"),
            controls.SCHEDULES,
            format_func=lambda name: t(f"pg.schedule.{name}"),
            key="schedule",
            bind="query-params",
        )
        if schedule != "constant":
            options["schedule"] = schedule
            if schedule != "cosine":
                options["decay_rate"] = float(
                    st.number_input(
                        t("pg.decay_rate"),
                        min_value=0.01,
                        max_value=1.0,
                        value=0.5,
                        key="decay_rate",
                        bind="query-params",
                    )
                )
            options["decay_steps"] = int(
                st.number_input(
                    t("pg.decay_steps"),
                    min_value=1,
                    max_value=controls.MAX_PLAYGROUND_STEPS,
                    value=steps if schedule == "cosine" else 10,
                    key="decay_steps",
                    bind="query-params",
                )
            )

# ---- the run -----------------------------------------------------------------------------------
run = cached_run(
    surface_key,
    optimizer,
    convention,
    tuple(sorted(hyper.items())),
    (start[0], start[1]),
    steps,
    tuple(sorted(options.items())),
)

st.title(t("pg.title"))
st.caption(t("pg.caption"))
st.latex(surface.latex)

label = f"{optimizer} ({convention}, η = {hyper['lr']:g})"
figure = animated_contour(
    surface,
    [PathSpec(label, run.points, PALETTE[0])],
    labels={
        "play": t("pg.play"),
        "pause": t("pg.pause"),
        "step": t("pg.step"),
        "x": t("pg.axis_x"),
        "y": t("pg.axis_y"),
        "minimum": t("pg.minimum"),
    },
    image_uri=cached_contour(surface_key),
)
st.plotly_chart(figure, key="trajectory", config={"displaylogo": False})

if run.diverged:
    step = int(run.diverged_at)
    why = t("pg.diverged_nonfinite") if run.overflowed else t("pg.diverged_bound", bound=run.bound)
    st.error(t("pg.diverged", step=step, why=why, last=step - 1, lr=hyper["lr"]))

final = run.last_finite()
st.markdown(
    t(
        "pg.final_point",
        step=int(run.diverged_at) - 1 if run.diverged else run.steps,
        x=final[0],
        y=final[1],
    )
)
columns = st.columns(2)
finite_values = run.values[np.isfinite(run.values)]
columns[0].metric(t("pg.final_f"), f"{finite_values[-1]:.6g}")
if surface.minima:
    distance = min(np.hypot(*(final - np.array(minimum))) for minimum in surface.minima)
    columns[1].metric(t("pg.distance"), f"{distance:.4g}")

# ---- inside the optimizer ------------------------------------------------------------------------
st.subheader(t("pg.inside"))
steps_axis = np.arange(run.steps + 1)
coordinate = {"x": 0, "y": 1}
series = [
    (t("pg.chart_f"), "f", {"f": run.values - (surface.min_value or 0.0)}, surface.minima != ()),
    (
        t("pg.chart_effective"),
        "",
        {c: run.effective_step[:, i] for c, i in coordinate.items()},
        True,
    ),
    (t("pg.chart_delta"), "", {"‖Δx‖": run.step_norms}, True),
]
if run.state:
    names = ", ".join(run.state)
    lines = {
        f"{name} ({c})": values[:, i]
        for name, values in run.state.items()
        for c, i in coordinate.items()
    }
    series.insert(1, (t("pg.chart_state", names=names), "", lines, False))
st.plotly_chart(
    inside_charts(steps_axis, series, step_label=t("pg.step")),
    key="inside",
    config={"displaylogo": False},
)

# ---- explain one step ---------------------------------------------------------------------
st.subheader(t("pg.explain"))
last_explainable = int(run.diverged_at) if run.diverged else run.steps
k = st.slider(t("pg.explain_k"), 1, max(last_explainable, 2), 1, key="k", bind="query-params")
k = min(k, last_explainable)
st.caption(t("pg.explain_intro", k=k))
for line in explain_step(run, k):
    st.latex(line)

# ---- export -------------------------------------------------------------------------------
st.subheader(t("pg.export"))
buffer = io.StringIO()
header = ["step", "x", "y", "f", "lr", "g_x", "g_y", "effective_x", "effective_y"]
columns_data = [
    steps_axis,
    run.points[:, 0],
    run.points[:, 1],
    run.values,
    run.lr,
    run.grads[:, 0],
    run.grads[:, 1],
    run.effective_step[:, 0],
    run.effective_step[:, 1],
]
for name, values in run.state.items():
    header += [f"{name}_x", f"{name}_y"]
    columns_data += [values[:, 0], values[:, 1]]
np.savetxt(
    buffer,
    np.column_stack(columns_data),
    delimiter=",",
    header=",".join(header),
    comments="",
    fmt="%.17g",
)
st.download_button(
    t("pg.csv"),
    buffer.getvalue(),
    file_name=f"{surface_key}-{optimizer}-{convention}.csv",
    mime="text/csv",
)
