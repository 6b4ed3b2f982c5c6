"""The Playground's "Diagnose this run" exercise (``?exercise=diagnose&case=<id>``): a run that went
wrong, drawn as the Playground draws a run, three or four possible causes, and after the answer
the explanation and a link to the run fixed. The cases are data (``ui/diagnose_cases.toml``)."""

from __future__ import annotations

import streamlit as st

from optim_core.analysis import verdict
from ui import runs
from ui.classroom import plot, presenting
from ui.diagnose_cases import Case, CaseFileError, CaseRun, load_cases
from ui.figures.animation import PathSpec, animated_contour
from ui.figures.colors import run_color
from ui.hyper_panel import short_optimizer_name
from ui.link import Link, fresh_link, write_param
from ui.presets import PLAYGROUND
from ui.readings import coordinate_names, verdict_markdown
from ui.schema import choice_name
from ui.text import animation_labels, t
from ui.widgets import choice

ANSWERS = "diagnose_answers"  # in session state: {case id: the choice checked first}


def answer_key(case: Case) -> str:
    """The radio of one case: each case starts with nothing chosen."""
    return f"diagnose_answer_{case.id}"


def settings_text(run: CaseRun) -> str:
    """The run's settings in one line, as a student needs them to diagnose it."""
    framework = choice_name("convention", run.convention)
    hyper = ", ".join(f"{t('pg.' + name)} = {value:g}" for name, value in run.hyper.items())
    return t("dg.settings", optimizer=short_optimizer_name(run.optimizer), framework=framework,
             hyper=hyper, x0=f"{run.start[0]:g}", y0=f"{run.start[1]:g}",
             steps=run.steps)  # fmt: skip


def _check(case: Case) -> None:
    """Check: the first answer to a case is the one the score keeps."""
    chosen = st.session_state.get(answer_key(case))
    if chosen is not None:
        st.session_state.setdefault(ANSWERS, {}).setdefault(case.id, chosen)


def _next_case(case_ids: tuple[str, ...], current: str) -> None:
    following = case_ids[(case_ids.index(current) + 1) % len(case_ids)]
    write_param("case", following)


def score_text(cases: tuple[Case, ...]) -> str:
    answers = st.session_state.get(ANSWERS, {})
    right = sum(case.id in answers and answers[case.id] == case.answer for case in cases)
    return t("dg.score", right=right, total=len(answers)) if answers else t("dg.score_none")


def draw_run(run: CaseRun, presenter: bool, verdict_area) -> None:
    """The broken run: its path animated on the contour, and its verdict in ``verdict_area``
    (beside the figure, on the first screen)."""
    trajectory = runs.run(runs.RunSpec.of(run.surface_choice, run.optimizer, run.convention,
                                          run.all_hyper(), run.start, run.steps))  # fmt: skip
    surface = runs.surface_of(run.surface_choice)
    framework = choice_name("convention", run.convention)
    label = f"{short_optimizer_name(run.optimizer)} ({framework}, η = {trajectory.hyper['lr']:g})"
    st.latex(surface.latex)
    figure = animated_contour(
        surface,
        [PathSpec(label, trajectory.points, run_color(0))],
        labels=animation_labels(),
        image_uri=runs.contour_image(run.surface_choice),
        height=480 if presenter else 420,
    )
    plot(figure, key="diagnose_run")
    verdict_area.markdown(verdict_markdown(verdict(trajectory, surface), coordinate_names()))


def diagnose_exercise(link: Link) -> None:
    """The whole exercise: the case picker in the sidebar, the run, the question, the answer."""
    try:
        cases = load_cases()
    except CaseFileError as error:  # a teacher's edit went wrong: say where, draw nothing else
        st.title(t("dg.title"))
        st.error(t("dg.file_error", reason=str(error)), icon=":material/error:")
        return
    by_id = {case.id: case for case in cases}
    case_ids = tuple(by_id)
    with st.sidebar:
        picked = choice(t("dg.case"), "case", case_ids[0], link, options=case_ids,
                        help=t("dg.case_help"))  # fmt: skip
    case = by_id[picked]
    presenter = presenting()

    st.title(t("dg.title"))
    st.caption(f"{case.text('title')} · {settings_text(case.broken)}")
    run_area, question_area = st.columns([3, 2] if presenter else [5, 4])
    verdict_area = question_area.container()
    with run_area:
        draw_run(case.broken, presenter, verdict_area)
    with question_area:
        st.markdown("**" + case.text("question") + "**")
        answered = st.session_state.get(ANSWERS, {}).get(case.id)
        st.radio(
            t("dg.answer"),
            range(len(case.choices)),
            index=answered,
            format_func=lambda index: case.choices[index].label(),
            key=answer_key(case),
            disabled=answered is not None,
        )
        chosen = st.session_state.get(answer_key(case))
        check, following = st.columns(2)
        check.button(t("dg.check"), on_click=_check, args=(case,), type="primary",
                     disabled=chosen is None or answered is not None, width="stretch",
                     icon=":material/check:")  # fmt: skip
        following.button(t("dg.next"), on_click=_next_case, args=(case_ids, case.id),
                         width="stretch", icon=":material/skip_next:")  # fmt: skip
        if answered is not None:
            if answered == case.answer:
                st.success(t("dg.right"), icon=":material/check_circle:")
            else:
                right = case.choices[case.answer].label()
                st.error(t("dg.wrong", answer=right), icon=":material/cancel:")
            st.markdown(case.text("explanation"))
            # in this tab: the language and presenter mode stay (as the presets' links do)
            st.page_link(PLAYGROUND, label=t("dg.fixed_link"),
                         query_params=fresh_link(case.fixed.link_params()),
                         icon=":material/build:")  # fmt: skip
        st.caption(score_text(cases))
