"""Playground: one optimizer on one surface; an animated path, a look inside, one step explained."""

from __future__ import annotations

import dataclasses

import numpy as np
import streamlit as st

from optim_core import OPTIMIZERS
from optim_core.analysis import nearest_minimum, verdict
from optim_core.engine import VARIABLE
from optim_core.range_test import MIN_STEPS, bounds_around
from ui import runs
from ui.classroom import end_page, plot, presenting
from ui.diagnose import diagnose_exercise
from ui.exports import names_table, share_link, standalone_html, trajectory_csv
from ui.figures.animation import PathSpec, animated_contour
from ui.figures.colors import run_color
from ui.figures.encoding import FigureSpec
from ui.figures.range_test import eta_text
from ui.figures.rows import Curve, Row, inside_charts
from ui.figures.surface3d import surface_3d
from ui.forces import force_arrows
from ui.fragments import page_fragment, rerun_only
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
from ui.readings import (
    coordinate_names,
    coordinate_text,
    explanation,
    step_sentence,
    verdict_markdown,
)
from ui.schema import LIVE_SYMBOLS, choice_name
from ui.snippets import keras_snippet, torch_snippet
from ui.surface_picker import surface_control
from ui.text import animation_labels, t
from ui.theory_panel import theory_panel
from ui.widgets import choice, click_to_start, number, number_value, start_point

reset_hyper = hyper_resetter()
link = read_link()
RUN_VIEW = "run_view"  # the fragment of the run and all that shows it
SHARE_BOX, NAMES_BOX = "share_open", "names_open"  # the two boxes under the figure, open or not
COORDINATES = coordinate_names()

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
    # nothing else in the sidebar depends on these: a change reruns only the run's part
    steps = number(t("pg.steps"), "steps", 100, link, step=10, on_change=rerun_only(RUN_VIEW))
    start = start_point(surface.start, link, on_change=rerun_only(RUN_VIEW))

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
presenter = presenting()  # a projector: the figure and the numbers that matter, nothing else
st.latex(surface.latex)


def run_spec(steps: int, start: tuple[float, float]) -> runs.RunSpec:
    """The run the sidebar's choices name, with these steps and start."""
    return runs.RunSpec.of(picked.choice, optimizer, convention, hyper, start, steps, options)


if exercise == "predict":  # the path up to a step, and the student says where the next lands
    spec = run_spec(steps, start)
    st.subheader(t("ex.mode.predict"))
    predict_exercise(runs.run(spec), picked.choice, spec, run_color(0))
    end_page()

framework = choice_name("convention", convention)
label = f"{short_optimizer_name(optimizer)} ({framework}, η = {hyper['lr']:g})"

# ---- the run and all that shows it -------------------------------------------------------------
# Nothing in the sidebar depends on the number of steps or the start: a change of one of them
# reruns only this part (RUN_VIEW), which reads them anew (ui/fragments.py; issue 17).


@page_fragment(key=RUN_VIEW)
def run_view() -> None:
    """The run, with the sidebar's steps and start as they are now, and everything drawn from it:
    the figure and what came of it, the share link, the sections, the range test."""
    steps, start = number_value("steps"), (number_value("x0"), number_value("y0"))
    spec = run_spec(steps, start)
    run = runs.run(spec)
    drawn: dict[str, FigureSpec] = {}  # the path's figure as last drawn: the export's

    @page_fragment
    def figure_beside_results() -> None:
        """The path's figure, what came of the run, and the figure's own controls (the speed, the
        3-D view, the live slider, the arrows): changing one of them reruns only this part."""
        figure_area, numbers_area = st.columns([3, 1] if presenter else [5, 2])
        results_area = numbers_area.container()  # filled below; the speed sits under it, by Play
        with numbers_area:
            speed = float(choice(t("pg.speed"), "speed", "1", link, help=t("pg.speed_help")))
            three_d = st.toggle(t("pg.view3d"), value=False, key="view3d", bind="query-params",
                                help=t("pg.view3d_help"))  # fmt: skip
            link.note("view3d", False)
            if not three_d:  # the contour view's own: a live slider, the forces
                # a slider beside the step slider that swaps the path for other values, in the
                # browser
                varying = VARIABLE.get(optimizer, ())
                live_keys = tuple(key for key in LIVE_SYMBOLS if key in varying and key in hyper)
                live = choice(t("pg.live"), "live", "lr" if "lr" in live_keys else "none", link,
                              options=(*live_keys, "none"), help=t("pg.live_help"))  # fmt: skip
                show_forces = st.toggle(t("pg.arrows"), value=True, key="arrows",
                                        bind="query-params", help=t("pg.arrows_help"))  # fmt: skip
                link.note("arrows", True)
        path = PathSpec(label, run.points, run_color(0))
        if three_d:
            figure = surface_3d(surface, [path], labels=animation_labels(), speed=speed,
                                height=560 if presenter else 520)  # fmt: skip
            plot(figure, key="trajectory_3d", where=figure_area)
        else:
            family = runs.family(spec, live) if live != "none" else None
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
        drawn["figure"] = figure

        with results_area:
            outcome = verdict(run, surface)
            st.markdown(verdict_markdown(outcome, COORDINATES))
            if run.diverged:
                why = (t("pg.diverged_nonfinite") if run.overflowed
                       else t("pg.diverged_bound", bound=run.bound))  # fmt: skip
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
                distance = nearest_minimum(final, surface.minima)[1]
                st.metric(t("pg.distance"), f"{distance:.4g}")

    figure_beside_results()

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
        share, names = st.columns(2)
        # each built only while open: a steps change sends neither to a closed box (issue 17)
        share_box = share.expander(t("pg.share"), icon=":material/link:", key=SHARE_BOX,
                                   on_change="rerun")  # fmt: skip
        if share_box.open:
            address = share_link(
                st.context.url, {**place, "optimizer": optimizer, **hyper, **link_options}
            )
            share_box.caption(t("pg.share_help"))
            share_box.code(address, language=None, wrap_lines=True)
        names_box = names.expander(t("pg.names_table"), key=NAMES_BOX, on_change="rerun")
        if names_box.open:
            names_box.markdown(names_table(optimizer, list(hyper)))

    # ---- below the figure: one section at a time -------------------------------------------------
    # Only the section chosen is computed and sent, and a control inside it (the step explained, the
    # section chosen, the range test opened) reruns that part alone (ui/fragments.py): a class of 30
    # shares one server (issue 17).

    def inside_section() -> None:
        """The optimizer's state, its step size and the step it gave, per coordinate, over the
        run."""
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

    last_explainable = int(run.diverged_at) if run.diverged else run.steps

    def move_step(delta: int) -> None:
        """Previous / Next step: the explained step moves by one (kept inside the run)."""
        current = st.session_state.get("k", 1)
        st.session_state["k"] = int(min(max(current + delta, 1), max(last_explainable, 2)))

    def explain_section() -> None:
        """One step's update with its numbers, and Previous / Next to walk through the run."""
        k_max = max(last_explainable, 2)
        if "k" in link.raw and "k" not in link.problems and float(link.raw["k"]) > k_max:
            link.refuse("k", t("pg.bad_range", low=1, high=k_max))  # beyond this run's steps
        k = st.slider(t("pg.explain_k"), 1, k_max, 1, key="k", bind="query-params")
        link.note("k", 1)
        k = min(k, last_explainable)
        back, forward, _ = st.columns([1.2, 1.2, 3])
        back.button(t("pg.prev_step"), on_click=move_step, args=(-1,), disabled=k <= 1,
                    icon=":material/skip_previous:", width="stretch")  # fmt: skip
        forward.button(t("pg.next_step"), on_click=move_step, args=(1,),
                       disabled=k >= last_explainable, icon=":material/skip_next:",
                       width="stretch")  # fmt: skip
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

    def theory_section() -> None:
        """What theory predicts near the minimum, beside what the run measured."""
        # noise, clipping or a schedule: not the fixed linear map theory studies; its links come
        # back to this section
        with st.container(key="theory"):
            theory_panel(surface, run, optimizer, hyper, plain_run=not options,
                         address={**place, "section": "theory"}, color=run_color(0))  # fmt: skip

    def export_section() -> None:
        """The path as CSV, the animation as a file that plays offline, and the code to run it."""
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
                drawn["figure"], title=t("pg.html_title", run=label, surface=picked.choice.key)
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

    # the sections' codes and titles: ui.schema.PLAYGROUND_SECTIONS
    SECTIONS = {"explain": explain_section, "inside": inside_section, "theory": theory_section,
                "export": export_section}  # fmt: skip

    @page_fragment
    def chosen_section() -> None:
        """A row of buttons naming the sections (kept in the link), then the one chosen. First
        comes "Explain step k", the update with its numbers a student checks against the
        textbook; it is also the cheapest for a phone to draw after a change (bench_drawing.py:
        226 ms against the inside chart's 303)."""
        section = choice(t("pg.section"), "section", "explain", link, buttons=True)
        SECTIONS[section]()

    @page_fragment
    def presented_walkthrough() -> None:
        """Presenter mode: the walk-through waits in a closed expander (open when the link names a
        step), computed only once opened."""
        expander = st.expander(t("pg.explain"), expanded="k" in link.raw, key="walkthrough",
                               on_change="rerun", icon=":material/footprint:")  # fmt: skip
        with expander:
            if expander.open:
                explain_section()

    if presenter:
        presented_walkthrough()
    else:
        chosen_section()

    # ---- the learning-rate range test (closed: it runs only when opened) ----------------------
    @page_fragment
    def range_section() -> None:
        section = range_expander(link)
        with section:
            if section.open:
                lr_range = bounds_around(OPTIMIZERS[optimizer].playground_lr)
                range_steps = max(steps, MIN_STEPS)
                st.caption(t("rt.lead_surface", steps=range_steps, low=eta_text(lr_range[0]),
                             high=eta_text(lr_range[1])))  # fmt: skip
                test = runs.surface_lr_range(  # the range test sets η itself: no noise or schedule
                    dataclasses.replace(spec, steps=range_steps, options=()), lr_range
                )
                range_test_panel(
                    test, page=PLAYGROUND, lr_key="lr", loss_axis=t("rt.axis_loss_surface")
                )

    range_section()


run_view()
