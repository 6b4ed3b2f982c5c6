"""Playground: one optimizer on one surface; an animated path, a look inside, one step explained."""

from __future__ import annotations

import numpy as np
import streamlit as st

from optim_core import OPTIMIZERS
from optim_core.analysis import verdict
from optim_core.engine import VARIABLE
from optim_core.range_test import MIN_STEPS, bounds_around
from ui import runs
from ui.classroom import end_page, plot, presenting
from ui.diagnose import diagnose_exercise
from ui.exports import names_table, share_link, standalone_html, trajectory_csv
from ui.figures.animation import PathSpec, animated_contour
from ui.figures.colors import run_color
from ui.figures.range_test import eta_text
from ui.figures.rows import Curve, Row, inside_charts
from ui.figures.surface3d import surface_3d
from ui.forces import force_arrows
from ui.hyper_panel import (
    available,
    convention_choice,
    convention_refusal,
    hyper_controls,
    hyper_resetter,
    optimizer_choice,
    optimizer_name,
    short_optimizer_name,
)
from ui.link import read_link, shown
from ui.predict import predict_exercise
from ui.presets import PLAYGROUND, preset_list
from ui.range_panel import range_expander, range_test_panel
from ui.readings import coordinate_text, explanation, step_sentence, verdict_markdown
from ui.schema import LIVE_SYMBOLS, choice_name
from ui.snippets import keras_snippet, torch_snippet
from ui.surface_picker import surface_control
from ui.text import animation_labels, t
from ui.theory_panel import theory_panel
from ui.widgets import choice, click_to_start, number, start_point

reset_hyper = hyper_resetter()
link = read_link()
COORDINATES = (t("pg.coord_x"), t("pg.coord_y"))

# ---- controls --------------------------------------------------------------------------------
with st.sidebar:
    exercise = choice(t("ex.mode"), "exercise", "none", link, help=t("ex.mode_help"))
if exercise == "diagnose":  # a page of its own: a run gone wrong and its causes (ui/diagnose.py)
    diagnose_exercise(link)
    end_page()
with st.sidebar:
    with st.container(key="presets"):  # a link can hide it (?hide=presets)
        st.markdown("**" + t("pg.presets") + "**")
        preset_list()
    shown("presets")

    picked = surface_control(link)
    surface = picked.surface
    optimizer = optimizer_choice(link, on_change=reset_hyper)
    convention = convention_choice("pytorch", link, on_change=reset_hyper, optimizers=(optimizer,))
    refused = not available(optimizer, convention)

    hyper = {}
    if not refused:
        st.markdown("**" + t("pg.hyper") + "**")
        hyper = hyper_controls(optimizer, convention, link)
        st.button(t("pg.reset"), on_click=reset_hyper)

    st.markdown("**" + t("pg.run") + "**")
    steps = number(t("pg.steps"), "steps", 100, link, step=10)
    start = start_point(surface.start, link)

    options: dict[str, object] = {}  # the engine's keywords
    link_options: dict[str, object] = {}  # the same choices as URL parameters
    option_keys = ("noise", "seed", "clip", "clip_threshold", "schedule", "decay_rate",
                   "decay_steps")  # fmt: skip
    # opened when the link got one of its values wrong, so the note under it is seen
    with st.expander(t("pg.options"), expanded=any(key in link.problems for key in option_keys)):
        noise = number(t("pg.noise"), "noise", 0.0, link, step=0.1)
        if noise > 0:
            seed = number(t("pg.seed"), "seed", 0, link)
            options.update(noise=noise, seed=seed)
            link_options.update(noise=noise, seed=seed)
        clip = choice(t("pg.clip"), "clip", "none", link)
        if clip != "none":
            threshold = number(t("pg.clip_threshold"), "clip_threshold", 1.0, link)
            options["clip_value" if clip == "value" else "clip_norm"] = threshold
            link_options.update(clip=clip, clip_threshold=threshold)
        schedule = choice(t("pg.schedule"), "schedule", "constant", link)
        if schedule != "constant":
            schedule_options: dict[str, object] = {"schedule": schedule}
            if schedule != "cosine":
                schedule_options["decay_rate"] = number(t("pg.decay_rate"), "decay_rate", 0.5, link)
            schedule_options["decay_steps"] = number(
                t("pg.decay_steps"), "decay_steps", steps if schedule == "cosine" else 10, link
            )
            options.update(schedule_options)
            link_options.update(schedule_options)

# ---- the run -----------------------------------------------------------------------------------
st.title(t("pg.title"))
if refused:  # this framework has no such optimizer: say so, offer the ones that do
    convention_refusal(optimizer, convention, on_switch=reset_hyper)
    end_page()
run_key = (
    picked.choice,
    optimizer,
    convention,
    tuple(sorted(hyper.items())),
    (start[0], start[1]),
    steps,
    tuple(sorted(options.items())),
)
run = runs.run(*run_key)
presenter = presenting()  # a projector: the figure and the numbers that matter, nothing else
st.latex(surface.latex)
if exercise == "predict":  # the path up to a step, and the student says where the next lands
    st.subheader(t("ex.mode.predict"))
    predict_exercise(run, picked.choice, run_key, run_color(0))
    end_page()

# the figure and, beside it, what came of the run: one screen, also at 1280 x 720
framework = choice_name("convention", convention)
label = f"{short_optimizer_name(optimizer)} ({framework}, η = {hyper['lr']:g})"
figure_area, numbers_area = st.columns([3, 1] if presenter else [5, 2])
results_area = numbers_area.container()  # filled below; the speed sits under it, by Play
with numbers_area:
    speed = float(choice(t("pg.speed"), "speed", "1", link, help=t("pg.speed_help")))
    three_d = st.toggle(t("pg.view3d"), value=False, key="view3d", bind="query-params",
                        help=t("pg.view3d_help"))  # fmt: skip
    link.note("view3d", False)
    if not three_d:  # the contour view's own: a live slider, the forces
        # a slider beside the step slider that swaps the path for other values, in the browser
        varying = VARIABLE.get(optimizer, ())
        live_keys = tuple(key for key in LIVE_SYMBOLS if key in varying and key in hyper)
        if link.raw.get("live", "none") not in (*live_keys, "none"):
            link.refuse("live", t("pg.bad_choice"))  # a hyperparameter this optimizer has not
        live = choice(t("pg.live"), "live", "lr" if "lr" in live_keys else "none", link,
                      options=(*live_keys, "none"), help=t("pg.live_help"))  # fmt: skip
        show_forces = st.toggle(t("pg.arrows"), value=True, key="arrows", bind="query-params",
                                help=t("pg.arrows_help"))  # fmt: skip
        link.note("arrows", True)
path = PathSpec(label, run.points, run_color(0))
if three_d:
    figure = surface_3d(surface, [path], labels=animation_labels(), speed=speed,
                        height=560 if presenter else 520)  # fmt: skip
    plot(figure, key="trajectory_3d", where=figure_area)
else:
    family = runs.family(*run_key, key=live) if live != "none" else None
    figure = animated_contour(
        surface,
        [path],
        labels=animation_labels(),
        image_uri=runs.contour_image(picked.choice),
        height=520 if presenter else 470,
        speed=speed,
        clickable=True,
        family=family,
        arrows=force_arrows(run, surface) if show_forces else (),
    )
    plot(figure, key="trajectory", where=figure_area,
         on_click=click_to_start("trajectory", surface))  # fmt: skip

with results_area:
    outcome = verdict(run, surface)
    st.markdown(verdict_markdown(outcome, COORDINATES))
    if run.diverged:
        why = t("pg.diverged_nonfinite") if run.overflowed else t("pg.diverged_bound",
                                                                 bound=run.bound)  # fmt: skip
        st.caption(t("pg.diverged", why=why,
                     last=int(run.diverged_at) - 1, lr=hyper["lr"]))  # fmt: skip
    final = run.last_finite()
    final_step = int(run.diverged_at) - 1 if run.diverged else run.steps
    st.markdown(
        t("pg.final_point", step=final_step, x=coordinate_text(final[0]),
          y=coordinate_text(final[1]))
    )  # fmt: skip
    st.metric(t("pg.final_f"), f"{run.values[final_step]:.6g}")
    if surface.minima:
        distance = min(np.hypot(*(final - np.array(minimum))) for minimum in surface.minima)
        st.metric(t("pg.distance"), f"{distance:.4g}")

# where the run is, in link parameters: the share link adds the optimizer, theory's links theirs
place = {
    "surface": picked.choice.key,
    **(
        {"formula": picked.choice.formula, **picked.choice.domain._asdict()}
        if picked.choice.formula is not None
        else {}
    ),
    "convention": convention,
    "steps": steps,
    "x0": start[0],
    "y0": start[1],
}
if not presenter:
    st.caption(t("pg.caption"))
    address = share_link(st.context.url, {**place, "optimizer": optimizer, **hyper, **link_options})
    share, names = st.columns(2)
    with share.expander(t("pg.share"), icon=":material/link:"):
        st.caption(t("pg.share_help"))
        st.code(address, language=None, wrap_lines=True)
    with names.expander(t("pg.names_table")):
        st.markdown(names_table(optimizer, list(hyper)))

# ---- what theory predicts, beside what happened -------------------------------------------------
if not presenter:
    with st.container(key="theory"):
        st.subheader(t("tm.title"))
        # noise, clipping or a schedule: not the fixed linear map theory studies
        theory_panel(surface, run, optimizer, hyper, plain_run=not options, address=place,
                     color=run_color(0))  # fmt: skip

# ---- inside the optimizer ----------------------------------------------------------------------
if not presenter:
    st.subheader(t("pg.inside"))
    shifted = surface.minima != () and surface.min_value != 0.0
    taken = np.abs(np.diff(run.points, axis=0, prepend=np.nan))  # |Δxᵢ| per step
    step_name, taken_name = t("pg.step_size_name"), t("pg.step_taken_name")
    rows = [
        Row(
            t("pg.chart_f_shifted") if shifted else t("pg.chart_f"),
            [Curve(run.values - (surface.min_value or 0.0), "f")],
            log_y=surface.minima != (),
        ),
        # the step size and, under it, the step it gave: each on its own log scale
        Row(
            t("pg.chart_effective", name=step_name),
            [Curve(run.effective_step[:, i], f"{step_name} ({c})", i)
             for i, c in enumerate(COORDINATES)],
            log_y=True,
        ),
        Row(
            t("pg.chart_effective", name=taken_name),
            [Curve(taken[:, i], f"{taken_name} ({c})", i) for i, c in enumerate(COORDINATES)],
            log_y=True,
        ),
        Row(t("pg.chart_delta"), [Curve(run.step_norms, "‖Δx‖")], log_y=True),
    ]  # fmt: skip
    if run.state:
        dashes = (t("pg.solid"), t("pg.dashed"), t("pg.dotted"))
        names_shown = ", ".join(
            f"{name} ({dash})" for name, dash in zip(run.state, dashes, strict=False)
        )
        curves = [
            Curve(values[:, i], f"{name} ({c})", i, name)
            for name, values in run.state.items()
            for i, c in enumerate(COORDINATES)
        ]
        rows.insert(1, Row(t("pg.chart_state", names=names_shown), curves, log_y=False))
    plot(
        inside_charts(
            np.arange(run.steps + 1),
            rows,
            step_label=t("pg.step"),
            coordinate_names=COORDINATES,
            zero_text=t("chart.reaches_zero"),
        ),
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
    st.expander(t("pg.explain"), expanded="k" in link.raw, icon=":material/footprint:")
    if presenter
    else st.container()
)
with section:
    if not presenter:
        st.subheader(t("pg.explain"))
    k_max = max(last_explainable, 2)
    if "k" in link.raw and "k" not in link.problems and float(link.raw["k"]) > k_max:
        link.refuse("k", t("pg.bad_range", low=1, high=k_max))  # beyond this run's steps
    k = st.slider(t("pg.explain_k"), 1, k_max, 1, key="k", bind="query-params")
    link.note("k", 1)
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
            [PathSpec(label, run.points[: k + 1], run_color(0))],
            labels=animation_labels(),
            image_uri=runs.contour_image(picked.choice),
            height=380,
            animate=False,
        ),
        key="step_by_step",
        staticPlot=True,
    )
    st.caption(t("pg.explain_intro", k=k))
    explanation(run, k)
    sentence = step_sentence(run, k, COORDINATES)
    if sentence:
        st.info(sentence, icon=":material/lightbulb:")

# ---- export ------------------------------------------------------------------------------------
if not presenter:
    st.subheader(t("pg.export"))
    file_stem = f"{picked.choice.key}-{optimizer}-{convention}"
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
        lambda: standalone_html(
            figure, title=t("pg.html_title", run=label, surface=picked.choice.key)
        ),
        file_name=f"{file_stem}.html",
        mime="text/html",
        icon=":material/movie:",
    )
    torch_tab, keras_tab = st.tabs([t("pg.code_torch"), t("pg.code_keras")])
    torch_tab.code(torch_snippet(run, surface, options), language="python")
    keras_code = keras_snippet(run, surface, options)
    if keras_code is None:
        keras_tab.caption(t("pg.code_keras_none", optimizer=optimizer_name(optimizer)))
    else:
        keras_tab.code(keras_code, language="python")

# ---- the learning-rate range test (closed: it runs only when opened) --------------------------
section = range_expander(link)
with section:
    if section.open:
        lr_range = bounds_around(OPTIMIZERS[optimizer].playground_lr)
        range_steps = max(steps, MIN_STEPS)
        st.caption(t("rt.lead_surface", steps=range_steps, low=eta_text(lr_range[0]),
                     high=eta_text(lr_range[1])))  # fmt: skip
        test = runs.surface_lr_range(*run_key[:5], range_steps, lr_range)
        range_test_panel(test, page=PLAYGROUND, lr_key="lr", loss_axis=t("rt.axis_loss_surface"))
