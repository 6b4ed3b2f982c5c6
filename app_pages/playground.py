"""Playground: one optimizer on one surface; an animated path, a look inside, one step explained."""

from __future__ import annotations

import numpy as np
import streamlit as st

from optim_core import explain_step
from ui import controls, runs
from ui.classroom import plot, presenting, shown
from ui.exports import names_table, share_link, standalone_html, trajectory_csv
from ui.figures import PALETTE, PathSpec, animated_contour, inside_charts
from ui.presets import preset_list
from ui.snippets import keras_snippet, torch_snippet
from ui.text import animation_labels, t

reset_hyper = controls.hyper_resetter()
raw_link = controls.link_values()  # with what sanitize_link took out, for the notes
problems = controls.check_link(raw_link)

# ---- controls --------------------------------------------------------------------------------
with st.sidebar:
    with st.container(key="presets"):  # a link can hide it (?hide=presets)
        st.markdown("**" + t("pg.presets") + "**")
        st.markdown(preset_list())
    shown("presets")

    spec, surface = controls.surface_control(problems, raw_link)
    surface_key = spec[0]
    optimizer = controls.optimizer_choice(problems, raw_link, on_change=reset_hyper)
    convention = controls.convention_choice(
        "pytorch", problems, raw_link, on_change=reset_hyper, optimizers=(optimizer,)
    )
    refused = not controls.available(optimizer, convention)

    hyper = {}
    if not refused:
        st.markdown("**" + t("pg.hyper") + "**")
        hyper = controls.hyper_controls(optimizer, convention, problems, raw_link)
        st.button(t("pg.reset"), on_click=reset_hyper)

    st.markdown("**" + t("pg.run") + "**")
    steps = controls.bound_number(t("pg.steps"), "steps", 100, problems, raw_link, step=10)
    start = controls.start_controls(surface.start, problems, raw_link)

    options: dict[str, object] = {}  # the engine's keywords
    link_options: dict[str, object] = {}  # the same choices as URL parameters
    option_keys = (
        "noise",
        "seed",
        "clip",
        "clip_threshold",
        "schedule",
        "decay_rate",
        "decay_steps",
    )
    # opened when the link got one of its values wrong, so the note under it is seen
    with st.expander(t("pg.options"), expanded=any(key in problems for key in option_keys)):
        noise = controls.bound_number(t("pg.noise"), "noise", 0.0, problems, raw_link, step=0.1)
        if noise > 0:
            seed = controls.bound_number(t("pg.seed"), "seed", 0, problems, raw_link)
            options.update(noise=noise, seed=seed)
            link_options.update(noise=noise, seed=seed)
        clip = controls.bound_choice(t("pg.clip"), "clip", "none", problems, raw_link)
        if clip != "none":
            threshold = controls.bound_number(
                t("pg.clip_threshold"), "clip_threshold", 1.0, problems, raw_link
            )
            options["clip_value" if clip == "value" else "clip_norm"] = threshold
            link_options.update(clip=clip, clip_threshold=threshold)
        schedule = controls.bound_choice(
            t("pg.schedule"), "schedule", "constant", problems, raw_link
        )
        if schedule != "constant":
            schedule_options: dict[str, object] = {"schedule": schedule}
            if schedule != "cosine":
                schedule_options["decay_rate"] = controls.bound_number(
                    t("pg.decay_rate"), "decay_rate", 0.5, problems, raw_link
                )
            schedule_options["decay_steps"] = controls.bound_number(
                t("pg.decay_steps"),
                "decay_steps",
                steps if schedule == "cosine" else 10,
                problems,
                raw_link,
            )
            options.update(schedule_options)
            link_options.update(schedule_options)

# ---- the run -----------------------------------------------------------------------------------
if refused:  # this framework has no such optimizer: say so, offer the ones that do
    st.title(t("pg.title"))
    controls.convention_refusal(optimizer, convention, on_switch=reset_hyper)
    st.stop()
run = runs.run(
    spec,
    optimizer,
    convention,
    tuple(sorted(hyper.items())),
    (start[0], start[1]),
    steps,
    tuple(sorted(options.items())),
)

st.title(t("pg.title"))
presenter = presenting()  # a projector: the figure and the numbers that matter, nothing else
if not presenter:
    st.caption(t("pg.caption"))
link = share_link(
    st.context.url,
    {
        "surface": surface_key,
        **(
            dict(
                zip(
                    ("formula", "x_min", "x_max", "y_min", "y_max"),
                    (spec[1], *spec[2]),
                    strict=True,
                )
            )
            if surface_key == "custom"
            else {}
        ),
        "optimizer": optimizer,
        "convention": convention,
        **hyper,
        "steps": steps,
        "x0": start[0],
        "y0": start[1],
        **link_options,
    },
)
if not presenter:
    with st.expander(t("pg.share"), icon=":material/link:"):
        st.caption(t("pg.share_help"))
        st.code(link, language=None, wrap_lines=True)
st.latex(surface.latex)

label = f"{optimizer} ({convention}, η = {hyper['lr']:g})"
figure = animated_contour(
    surface,
    [PathSpec(label, run.points, PALETTE[0])],
    labels=animation_labels(),
    image_uri=runs.contour_image(spec),
    height=520 if presenter else 600,  # 1280 x 720 shows it whole, with the title and formula
)
# on a projector the numbers stand beside the figure, so both fit one screen
figure_area, numbers_area = (
    st.columns([3, 1], vertical_alignment="center")
    if presenter
    else (st.container(), st.container())
)
plot(figure, key="trajectory", where=figure_area)

with numbers_area:
    if run.diverged:
        step = int(run.diverged_at)
        why = (
            t("pg.diverged_nonfinite")
            if run.overflowed
            else t("pg.diverged_bound", bound=run.bound)
        )
        st.error(t("pg.diverged", step=step, why=why, last=step - 1, lr=hyper["lr"]))

    final = run.last_finite()
    final_step = int(run.diverged_at) - 1 if run.diverged else run.steps
    st.markdown(t("pg.final_point", step=final_step, x=final[0], y=final[1]))
    columns = [numbers_area, numbers_area] if presenter else st.columns(2)
    columns[0].metric(t("pg.final_f"), f"{run.values[final_step]:.6g}")
    if surface.minima:
        distance = min(np.hypot(*(final - np.array(minimum))) for minimum in surface.minima)
        columns[1].metric(t("pg.distance"), f"{distance:.4g}")

if not presenter:
    with st.expander(t("pg.names_table")):
        st.markdown(names_table(optimizer, list(hyper)))

# ---- inside the optimizer ----------------------------------------------------------------------
if not presenter:
    st.subheader(t("pg.inside"))
    steps_axis = np.arange(run.steps + 1)
    coordinates = {t("pg.coord_x"): 0, t("pg.coord_y"): 1}
    shifted = surface.minima != () and surface.min_value != 0.0
    series = [
        (
            t("pg.chart_f_shifted") if shifted else t("pg.chart_f"),
            "",
            {"f": run.values - (surface.min_value or 0.0)},
            surface.minima != (),
        ),
        (
            t("pg.chart_effective"),
            "",
            {c: run.effective_step[:, i] for c, i in coordinates.items()},
            True,
        ),
        (t("pg.chart_delta"), "", {"‖Δx‖": run.step_norms}, True),
    ]
    if run.state:
        lines = {
            f"{name} ({c})": values[:, i]
            for name, values in run.state.items()
            for c, i in coordinates.items()
        }
        dashes = (t("pg.solid"), t("pg.dashed"), t("pg.dotted"))
        names = ", ".join(f"{name} ({dash})" for name, dash in zip(run.state, dashes, strict=False))
        series.insert(1, (t("pg.chart_state", names=names), "", lines, False))
    plot(
        inside_charts(steps_axis, series, step_label=t("pg.step"), coordinates=list(coordinates)),
        key="inside",
    )

# ---- explain one step, and walk through the run one update at a time --------------------------
last_explainable = int(run.diverged_at) if run.diverged else run.steps


def move_step(delta: int) -> None:
    """Previous / Next step: the explained step moves by one (kept inside the run)."""
    current = st.session_state.get("k", 1)
    st.session_state["k"] = int(min(max(current + delta, 1), max(last_explainable, 2)))


# in presenter mode the walk-through waits in a closed expander (open when the link names a step)
section = (
    st.expander(t("pg.explain"), expanded="k" in raw_link, icon=":material/footprint:")
    if presenter
    else st.container()
)
with section:
    if not presenter:
        st.subheader(t("pg.explain"))
    k_max = max(last_explainable, 2)
    if "k" in raw_link and "k" not in problems and float(raw_link["k"]) > k_max:
        problems["k"] = t("pg.bad_range", low=1, high=k_max)  # beyond this run's steps
    k = st.slider(t("pg.explain_k"), 1, k_max, 1, key="k", bind="query-params")
    controls.note_bad_link_value(problems, raw_link, "k", 1)
    k = min(k, last_explainable)
    back, forward, _ = st.columns([1.2, 1.2, 3])
    back.button(t("pg.prev_step"), on_click=move_step, args=(-1,), disabled=k <= 1,
                icon=":material/skip_previous:", width="stretch")  # fmt: skip
    forward.button(t("pg.next_step"), on_click=move_step, args=(1,), disabled=k >= last_explainable,
                   icon=":material/skip_next:", width="stretch")  # fmt: skip
    # the path up to step k (the step itself ends at the marked point), then that step's numbers
    plot(
        animated_contour(
            surface,
            [PathSpec(label, run.points[: k + 1], PALETTE[0])],
            labels=animation_labels(),
            image_uri=runs.contour_image(spec),
            height=380,
            animate=False,
        ),
        key="step_by_step",
        staticPlot=True,
    )
    st.caption(t("pg.explain_intro", k=k))
    for line in explain_step(run, k):
        st.latex(line.latex)
        if line.note:
            st.caption(t(line.note, **line.fields))

# ---- export ------------------------------------------------------------------------------------
if not presenter:
    st.subheader(t("pg.export"))
    file_stem = f"{surface_key}-{optimizer}-{convention}"
    columns = st.columns(2)
    columns[0].download_button(
        t("pg.csv"),
        lambda: trajectory_csv(run),  # built on click, not on every rerun
        file_name=f"{file_stem}.csv",
        mime="text/csv",
        icon=":material/table:",
    )
    columns[1].download_button(
        t("pg.html"),
        lambda: standalone_html(figure, title=t("pg.html_title", run=label, surface=surface_key)),
        file_name=f"{file_stem}.html",
        mime="text/html",
        icon=":material/movie:",
    )
    torch_tab, keras_tab = st.tabs([t("pg.code_torch"), t("pg.code_keras")])
    torch_tab.code(torch_snippet(run, surface, options), language="python")
    keras_code = keras_snippet(run, surface, options)
    if keras_code is None:
        keras_tab.caption(t("pg.code_keras_none", optimizer=controls.optimizer_name(optimizer)))
    else:
        keras_tab.code(keras_code, language="python")
