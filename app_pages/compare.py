"""Compare: race optimizers on one surface, sweep one hyperparameter, or map basins with a swarm."""

from __future__ import annotations

import html
import math
import re
from dataclasses import dataclass

import numpy as np
import streamlit as st

from optim_core import CONVENTIONS, Trajectory
from optim_core.analysis import first_step_within, gap_to_minimum, nearest_minimum
from optim_core.tuning import TUNE_GRID, Tuning
from ui import runs
from ui.classroom import end_page, plot, presenting
from ui.figures.animation import PathSpec, animated_contour
from ui.figures.colors import run_color
from ui.figures.lines import runs_chart, sweep_chart
from ui.figures.rows import Curve, Row, inside_charts
from ui.figures.swarm import swarm_maps_figure
from ui.figures.tuning import tuning_chart
from ui.fragments import page_fragment, rerun_only
from ui.hyper_panel import (
    available,
    convention_choice,
    convention_refusal,
    convention_refused,
    hyper_controls,
    hyper_defaults,
    hyper_resetter,
    optimizer_choice,
    optimizer_settings,
    optimizers_control,
    short_optimizer_name,
)
from ui.link import read_link, shown
from ui.readings import coordinate_names
from ui.scenarios import BY_KEY, scenario_list
from ui.schema import SWEEPABLE, TOL_GRID, ZOOM_GRID
from ui.surface_picker import surface_control
from ui.text import animation_labels, error_text, t
from ui.widgets import choice, click_to_start, number, number_value, start_point

DEFAULT_OPTIMIZERS = ("sgd", "momentum", "rmsprop", "adam")
MAX_RUNS = 6
MAX_SWEEP_VALUES = 8
SWEEP_DEFAULTS = {
    "lr": "0.01,0.03,0.1,0.3",
    "gamma": "0.5,0.9,0.99",
    "eps": "1e-08,0.0001,0.01",
    "momentum": "0,0.5,0.9",
    "beta1": "0,0.9,0.99",
    "beta2": "0.9,0.99,0.999",
    "weight_decay": "0,0.1,0.5",
    "convention": "pytorch,keras,d2l",
}


def parse_sweep_values(text: str, param: str) -> tuple[list, str | None]:
    """The swept values typed in the box (numbers, or convention names), and what was skipped.

    A value that cannot be read is skipped with a note; if none can, the defaults are swept."""
    items = [item.strip() for item in text.split(",") if item.strip()][:MAX_SWEEP_VALUES]
    values: list = []
    skipped: list[tuple[str, str]] = []  # (item, reason)
    for item in items:
        if param == "convention":
            if item.lower() in CONVENTIONS:
                values.append(item.lower())
            else:
                skipped.append((item, t("pg.bad_choice")))
            continue
        try:
            number = float(item)
        except ValueError:
            number = math.nan
        if math.isfinite(number):
            values.append(number)
        else:
            skipped.append((item, t("pg.bad_number")))
    if not values and items:  # nothing usable: sweep the defaults rather than nothing
        defaults = SWEEP_DEFAULTS[param]
        shown = ",".join(item for item, _ in skipped)[:40]
        return parse_sweep_values(defaults, param)[0], t(
            "cmp.sweep_values_none", values=shown, used=defaults
        )
    problem = (
        "; ".join(
            t("cmp.sweep_values_bad", value=item[:20], reason=why) for item, why in skipped[:3]
        )
        if skipped
        else None
    )
    return list(dict.fromkeys(values)), problem


def reset_sweep_values() -> None:
    st.session_state.pop("sweep_values", None)


def run_label(optimizer: str, hyper: dict) -> str:
    """A run's name in the legend: the optimizer and the settings that tell runs apart."""
    parts = [f"η {hyper['lr']:g}"]
    for key, symbol in (("gamma", "γ"), ("momentum", "μ"), ("weight_decay", "λ")):
        if hyper.get(key):
            parts.append(f"{symbol} {hyper[key]:g}")
    return f"{short_optimizer_name(optimizer)} ({', '.join(parts)})"


@dataclass(frozen=True)
class Entry:
    """One run of the race or the sweep: its name, its colour (in every figure and the
    leaderboard), in a sweep the value swept, in a fair race how its η was found."""

    label: str
    run: Trajectory
    color: str
    swept: float | str | None = None
    tuning: Tuning | None = None


reset_hyper = hyper_resetter()
link = read_link(unchecked=("optimizers",))
RUNS_VIEW = "runs_view"  # the fragment of the runs and all that shows them
scenario = BY_KEY.get(link.raw.get("scenario", ""))

# ---- controls -----------------------------------------------------------------------------------
with st.sidebar:
    with st.container(key="scenarios"):  # a link can hide it (?hide=scenarios)
        st.markdown("**" + t("cmp.scenarios") + "**")
        scenario_list()
        if scenario is None and link.raw.get("scenario"):
            text = t("cmp.scenario_unknown", value=link.raw["scenario"][:40])
            st.caption(":orange[⚠ " + text + "]")
    shown("scenarios")
    mode = choice(t("cmp.mode"), "mode", "race", link)
    picked = surface_control(link)
    surface = picked.surface
    convention = convention_choice("pytorch", link, on_change=reset_hyper)
    # nothing else in the sidebar depends on these: a change reruns only the page's runs
    steps = number(t("pg.steps"), "steps", 100, link, step=10, on_change=rerun_only(RUNS_VIEW))
    start = (surface.start[0], surface.start[1])
    zoom = 1.0
    if mode != "swarm":
        start = start_point(surface.start, link, on_change=rerun_only(RUNS_VIEW))
        zoom = st.select_slider(
            t("cmp.zoom"), options=ZOOM_GRID, value=1.0, key="zoom", bind="query-params",
            format_func=lambda v: f"{v:g}",
        )  # fmt: skip
        link.note("zoom", 1)
    tol = st.select_slider(
        t("cmp.tol"), options=TOL_GRID, value=1e-4, key="tol", bind="query-params",
        format_func=lambda v: f"{v:g}",
    )  # fmt: skip
    link.note("tol", 1e-4)

    settings: dict[str, dict] = {}  # optimizer -> its hyperparameters (race, swarm)
    refused: list[str] = []  # chosen, but this convention's framework has none
    if mode in ("race", "swarm"):
        chosen = optimizers_control(t("cmp.optimizers"), DEFAULT_OPTIMIZERS, MAX_RUNS, link)
        for name in chosen:
            hyper = optimizer_settings(name, convention, link)
            if hyper is None:
                refused.append(name)
            else:
                settings[name] = hyper
    tune, tune_by = False, "final"  # a fair race: each optimizer with its best η of one grid
    if mode == "race":
        tune = st.toggle(t("cmp.tune"), value=False, key="tune", bind="query-params",
                         help=t("cmp.tune_help", n=len(TUNE_GRID)))  # fmt: skip
        link.note("tune", False)
        if tune:
            tune_by = choice(t("cmp.tune_by"), "tune_by", "final", link)
    if mode == "sweep":
        optimizer = optimizer_choice(link, on_change=reset_hyper)
        base_hyper: dict = {}
        if available(optimizer, convention):
            base_hyper = hyper_controls(optimizer, convention, link)
        else:
            st.caption(":orange[⚠ " + convention_refused(optimizer, convention) + "]")
            refused.append(optimizer)
        sweepable = tuple(p for p in SWEEPABLE if p in base_hyper or p == "convention")
        wanted = link.raw.get("sweep_param")
        if not refused and wanted in SWEEPABLE and wanted not in sweepable:  # e.g. gamma for SGD
            link.refuse("sweep_param", t("cmp.sweep_param_missing", optimizer=optimizer))
        sweep_param = choice(t("cmp.sweep_param"), "sweep_param", "lr", link, options=sweepable,
                             on_change=reset_sweep_values)  # fmt: skip
        sweep_text = st.text_input(
            t("cmp.sweep_values"),
            value=SWEEP_DEFAULTS[sweep_param],
            key="sweep_values",
            bind="query-params",
            max_chars=200,
            help=t("cmp.sweep_values_help"),
        )
        sweep_values, sweep_problem = parse_sweep_values(sweep_text, sweep_param)
        if sweep_problem:
            st.caption(":orange[⚠ " + sweep_problem + "]")
        st.caption(t("cmp.sweep_overridden"))
    if mode == "swarm":
        grid = number(t("cmp.grid"), "grid", 40, link, step=10)
        swarm_map = choice(t("cmp.swarm_map"), "swarm_map", "final_gap", link)

# ---- page ---------------------------------------------------------------------------------------
st.title(t("cmp.title"))
presenter = presenting()  # a projector: the race and its leaderboard, nothing else
if mode == "sweep" and refused:  # the chosen convention's framework has no such optimizer
    convention_refusal(optimizer, convention, on_switch=reset_hyper)
    end_page()
for name in refused:
    st.warning(convention_refused(name, convention), icon=":material/block:")
st.latex(surface.latex)
labels = animation_labels()


def explain_scenario() -> None:
    """The scenario's explanation and what the page is, below the main figure."""
    if presenter:
        return
    if scenario is not None:
        title, text = t("scenario." + scenario.key), t("scenario." + scenario.key + ".text")
        st.info(f"**{title}**\n\n{text}", icon=":material/school:")
    st.caption(t("cmp.caption"))


def race_spec(name: str, hyper: dict, steps: int, start: tuple[float, float]) -> runs.RunSpec:
    """One racer's run: this page's surface and convention, no options."""
    return runs.RunSpec.of(picked.choice, name, convention, hyper, start, steps)


def race_runs(steps: int, start: tuple[float, float]) -> list[Entry]:
    entries = []
    for index, (name, chosen_hyper) in enumerate(settings.items()):
        hyper, tuned = chosen_hyper, None
        if tune:  # the η of the grid that scored best, the other settings as chosen
            tuned = runs.tuning(race_spec(name, hyper, steps, start), tune_by, tol)
            hyper = {**hyper, "lr": tuned.lr}
        result = runs.run(race_spec(name, hyper, steps, start))
        entries.append(Entry(run_label(name, hyper), result, run_color(index), tuning=tuned))
    return entries


def sweep_runs(steps: int, start: tuple[float, float]) -> list[Entry]:
    entries = []
    for value in sweep_values:
        run_convention = value if sweep_param == "convention" else convention
        hyper = (
            {**base_hyper} if sweep_param == "convention" else {**base_hyper, sweep_param: value}
        )
        if not available(optimizer, run_convention):
            st.warning(convention_refused(optimizer, run_convention))
            continue
        # keep only what this convention's optimizer takes (d2l's RMSProp has no momentum)
        accepted = hyper_defaults(optimizer, run_convention)
        hyper = {key: v for key, v in hyper.items() if key in accepted}
        shown_value = value if isinstance(value, str) else f"{value:g}"
        label = f"{short_optimizer_name(optimizer)} ({sweep_param} = {shown_value})"
        try:
            result = runs.run(
                runs.RunSpec.of(picked.choice, optimizer, run_convention, hyper, start, steps)
            )
        except ValueError as error:  # e.g. γ = 1.5 typed into the list
            st.warning(t("cmp.sweep_values_bad", value=str(value), reason=error_text(error)))
            continue
        entries.append(Entry(label, result, run_color(len(entries)), value))
    return entries


def leaderboard(entries: list[Entry]) -> str:
    """A Markdown table, one row per run with its name in its colour: the final gap (or the step
    it diverged at), the first step within tolerance and the distance to the nearest minimum.

    Beside the race it is about 320 px wide at 1280 px: the names wrap and the numbers do not,
    so every column shows; the short headings carry their full names as tooltips."""
    known_minimum = surface.min_value is not None
    final = t("cmp.col.final_gap") if known_minimum else t("cmp.col.final_f")
    headings = [escaped(t("cmp.col.run")), escaped(final)]
    if surface.minima:
        # the steps first: they are the shorter of the two
        headings += [
            titled(t("cmp.col.steps_short"), t("cmp.col.steps_to_tol", tol=tol)),
            titled(t("cmp.col.distance_short"), t("cmp.col.distance")),
        ]
    rows = []
    for entry in entries:
        result = entry.run
        gap = gap_to_minimum(result, surface)
        # it breaks only before the settings and between them: "η 0.05" stays whole
        parts = re.split(r" (?=\()|(?<=,) ", "● " + entry.label)
        name = " ".join(escaped(part).replace(" ", "&nbsp;") for part in parts)
        row = [f'<span style="color: {entry.color}; font-weight: 600">{name}</span>']
        # a diverged run has no final point worth scoring: when it diverged is its result
        row.append(
            escaped(t("cmp.diverged_at_cell", step=int(result.diverged_at)))
            if result.diverged
            else unbroken(f"{gap[-1]:.3g}")
        )
        if surface.minima:
            distance = nearest_minimum(result.last_finite(), surface.minima)[1]
            reached = int(first_step_within(gap, tol))
            row.append(str(reached) if reached >= 0 else escaped(t("cmp.never")))
            row.append("—" if result.diverged else unbroken(f"{distance:.3g}"))
        rows.append(row)
    lines = [headings, [":--", *["--:"] * (len(headings) - 1)], *rows]
    return "\n".join("| " + " | ".join(line) + " |" for line in lines)


def titled(short: str, full: str) -> str:
    """A heading that shows ``short`` and gives ``full`` as its tooltip."""
    return f'<span title="{escaped(full)}">{escaped(short)}</span>'


def escaped(text: str) -> str:
    """``text`` as it reads, in a Markdown table's HTML: no tag, no cell break, no emphasis."""
    return html.escape(text).replace("|", "&#124;").replace("*", "&#42;")


def unbroken(number: str) -> str:
    """A number kept on one line (a browser may break 8.24e-05 after its minus)."""
    return f'<span style="white-space: nowrap">{number}</span>'


# ---- the runs and all that shows them -----------------------------------------------------------
# Nothing in the sidebar depends on the number of steps or the start: a change of one of them
# reruns only this part (RUNS_VIEW), which reads them anew (ui/fragments.py; issue 17).


@page_fragment(key=RUNS_VIEW)
def runs_view() -> None:
    """The race, the sweep or the swarm, with the sidebar's steps and start as they are now."""
    steps = number_value("steps")
    start = (number_value("x0"), number_value("y0")) if mode != "swarm" else surface.start
    if mode in ("race", "sweep"):
        entries = race_runs(steps, start) if mode == "race" else sweep_runs(steps, start)
        if mode == "race" and len(entries) < 2:
            st.warning(t("cmp.optimizers_few"))
        if mode == "sweep" and not entries:
            st.warning(t("cmp.sweep_none"))
        if entries:
            # the race and, beside it, its leaderboard: one screen, also at 1280 x 720
            figure_area, board_area = st.columns([3, 2])
            results_area = board_area.container()  # filled below; the speed sits under it, by Play
            with board_area:
                speed = float(choice(t("pg.speed"), "speed", "1", link, help=t("pg.speed_help")))
            paths = [PathSpec(entry.label, entry.run.points, entry.color) for entry in entries]
            shown_surface = runs.zoomed(surface, zoom)
            figure = animated_contour(
                shown_surface,
                paths,
                labels=labels,
                image_uri=runs.contour_image(picked.choice, zoom),
                height=500,
                speed=speed,
                clickable=True,
            )
            plot(figure, key="race", where=figure_area,
                 on_click=click_to_start("race", shown_surface))  # fmt: skip
            with results_area:
                st.markdown("**" + t("cmp.leaderboard") + "**")
                with st.container(key="leaderboard"):  # the app's own HTML, every text escaped
                    st.markdown(leaderboard(entries), unsafe_allow_html=True)
                if tune:
                    tuned_on = entries[0].tuning.values
                    st.caption(t(f"cmp.tuned_note.{tune_by}", n=len(tuned_on),
                                 low=f"{tuned_on[0]:g}", high=f"{tuned_on[-1]:g}", steps=steps,
                                 tol=f"{tol:g}"))  # fmt: skip
            if tune and not presenter:
                with st.expander(t("cmp.tuning_curves"), icon=":material/tune:"):
                    plot(
                        tuning_chart(
                            [entry.tuning for entry in entries],
                            [short_optimizer_name(name) for name in settings],
                            [entry.color for entry in entries],
                            by_steps=tune_by == "steps",
                            title=t(f"cmp.tuning_title.{tune_by}", tol=f"{tol:g}"),
                            lr_label="η",
                            score_label=t(f"cmp.tune_by.{tune_by}"),
                        ),
                        key="tuning",
                    )
            explain_scenario()

            steps_axis = np.arange(steps + 1)
            gaps = [gap_to_minimum(entry.run, surface) for entry in entries]
            if not presenter:
                plot(
                    runs_chart(
                        steps_axis,
                        {entry.label: gap for entry, gap in zip(entries, gaps, strict=True)},
                        [entry.color for entry in entries],
                        title=t("cmp.chart_f")
                        if surface.min_value is not None
                        else t("cmp.chart_f_plain"),
                        step_label=t("pg.step"),
                        log_y=bool(surface.minima),
                        zero_text=t("chart.reaches_zero"),
                    ),
                    key="gaps",
                )
            coordinates = coordinate_names()
            if mode == "race" and not presenter:
                rows = [
                    Row(
                        entry.label,
                        [
                            Curve(entry.run.effective_step[:, i], c, i)
                            for i, c in enumerate(coordinates)
                        ],
                        log_y=True,
                        title_color=entry.color,
                    )
                    for entry in entries
                ]
                plot(
                    inside_charts(
                        steps_axis,
                        rows,
                        step_label=t("pg.step"),
                        coordinate_names=coordinates,
                        zero_text=t("chart.reaches_zero"),
                    ),
                    key="effective",
                )
                st.caption(t("cmp.chart_effective"))
            elif mode == "sweep":
                plot(
                    sweep_chart(
                        [entry.swept for entry in entries],
                        [float(gap[-1]) for gap in gaps],
                        title=t("cmp.chart_sweep", param=t(f"pg.{sweep_param}")),
                        log_x=sweep_param in ("lr", "eps"),
                        numeric=sweep_param != "convention",
                    ),
                    key="sweep",
                )

    if mode == "swarm":
        maps = {}
        for name, hyper in settings.items():
            try:
                maps[run_label(name, hyper)] = runs.swarm_maps(
                    picked.choice, name, convention, tuple(sorted(hyper.items())), grid, steps, tol
                )
            except ValueError as error:
                st.warning(error_text(error))
        st.caption(t("cmp.swarm_caption", n=grid, count=grid * grid, steps=steps))
        if maps:
            basin_labels = [t("cmp.basin.diverged"), t("cmp.basin.none")] + [
                t("cmp.basin.minimum", i=i + 1, x=x, y=y) for i, (x, y) in enumerate(surface.minima)
            ]
            plot(
                swarm_maps_figure(
                    maps,
                    swarm_map,
                    domain=surface.domain,
                    diverged_note=lambda count: t(
                        "cmp.diverged_count", count=count, total=grid * grid
                    ),
                    basin_labels=basin_labels,
                    colorbar_title=t(f"cmp.swarm_map.{swarm_map}"),
                ),
                key="swarm",
            )
        explain_scenario()


runs_view()
