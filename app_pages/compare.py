"""Compare: race optimizers on one surface, sweep one hyperparameter, or map basins with a swarm."""

from __future__ import annotations

import math

import numpy as np
import streamlit as st

from optim_core import CONVENTIONS
from optim_core.analysis import first_step_within, gap_to_minimum, nearest_minimum
from ui import controls, runs
from ui.classroom import plot, presenting, shown
from ui.figures import (
    RUN_COLORS,
    PathSpec,
    animated_contour,
    frames_for,
    inside_charts,
    runs_chart,
    swarm_maps_figure,
    sweep_chart,
)
from ui.scenarios import BY_KEY, scenario_list
from ui.text import animation_labels, error_text, t

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
    return f"{optimizer} ({', '.join(parts)})"


reset_hyper = controls.hyper_resetter()
raw_link = controls.link_values()  # with what sanitize_link took out, for the notes
problems = controls.check_link({k: v for k, v in raw_link.items() if k != "optimizers"})
scenario = BY_KEY.get(raw_link.get("scenario", ""))

# ---- controls -----------------------------------------------------------------------------------
with st.sidebar:
    with st.container(key="scenarios"):  # a link can hide it (?hide=scenarios)
        st.markdown("**" + t("cmp.scenarios") + "**")
        st.markdown(scenario_list())
        if scenario is None and raw_link.get("scenario"):
            st.caption(
                ":orange[⚠ " + t("cmp.scenario_unknown", value=raw_link["scenario"][:40]) + "]"
            )
    shown("scenarios")
    mode = controls.bound_choice(
        t("cmp.mode"), "mode", "race", problems, raw_link
    )  # fmt: skip
    spec, surface = controls.surface_control(problems, raw_link)
    convention = controls.convention_choice("pytorch", problems, raw_link, on_change=reset_hyper)
    steps = controls.bound_number(t("pg.steps"), "steps", 100, problems, raw_link, step=10)
    start = (surface.start[0], surface.start[1])
    zoom = 1.0
    if mode != "swarm":
        start = controls.start_controls(surface.start, problems, raw_link)
        zoom = st.select_slider(
            t("cmp.zoom"), options=controls.ZOOM_GRID, value=1.0, key="zoom",
            bind="query-params", format_func=lambda v: f"{v:g}",
        )  # fmt: skip
        controls.note_bad_link_value(problems, raw_link, "zoom", 1)
    tol = st.select_slider(
        t("cmp.tol"), options=controls.TOL_GRID, value=1e-4, key="tol", bind="query-params",
        format_func=lambda v: f"{v:g}",
    )  # fmt: skip
    controls.note_bad_link_value(problems, raw_link, "tol", 1e-4)

    settings: dict[str, dict] = {}  # optimizer -> its hyperparameters (race, swarm)
    refused: list[str] = []  # chosen, but this convention's framework has none
    if mode in ("race", "swarm"):
        chosen = controls.optimizers_control(
            t("cmp.optimizers"), DEFAULT_OPTIMIZERS, MAX_RUNS, raw_link
        )
        for name in chosen:
            hyper = controls.optimizer_settings(name, convention, problems, raw_link)
            if hyper is None:
                refused.append(name)
            else:
                settings[name] = hyper
    if mode == "sweep":
        optimizer = controls.optimizer_choice(problems, raw_link, on_change=reset_hyper)
        base_hyper: dict = {}
        if controls.available(optimizer, convention):
            base_hyper = controls.hyper_controls(optimizer, convention, problems, raw_link)
        else:
            st.caption(":orange[⚠ " + controls.convention_refused(optimizer, convention) + "]")
            refused.append(optimizer)
        sweepable = [p for p in controls.SWEEPABLE if p in base_hyper or p == "convention"]
        if (
            not refused
            and raw_link.get("sweep_param") in controls.SWEEPABLE
            and "sweep_param" not in problems
        ):
            if raw_link["sweep_param"] not in sweepable:  # e.g. gamma for SGD
                problems["sweep_param"] = t("cmp.sweep_param_missing", optimizer=optimizer)
        sweep_param = st.selectbox(
            t("cmp.sweep_param"),
            sweepable,
            key="sweep_param",
            bind="query-params",
            on_change=reset_sweep_values,
        )
        controls.note_bad_link_value(problems, raw_link, "sweep_param", "lr")
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
        grid = controls.bound_number(t("cmp.grid"), "grid", 40, problems, raw_link, step=10)
        swarm_map = controls.bound_choice(
            t("cmp.swarm_map"), "swarm_map", "final_gap", problems, raw_link
        )  # fmt: skip

# ---- page ---------------------------------------------------------------------------------------
st.title(t("cmp.title"))
presenter = presenting()  # a projector: the race and its leaderboard, nothing else
if not presenter:
    st.caption(t("cmp.caption"))
if scenario is not None and not presenter:
    st.info(
        f"**{t('scenario.' + scenario.key)}**\n\n{t('scenario.' + scenario.key + '.text')}",
        icon=":material/school:",
    )
if mode == "sweep" and refused:  # the chosen convention's framework has no such optimizer
    controls.convention_refusal(optimizer, convention, on_switch=reset_hyper)
    st.stop()
for name in refused:
    st.warning(controls.convention_refused(name, convention), icon=":material/block:")
st.latex(surface.latex)
labels = animation_labels()


def race_runs() -> list[tuple[str, object]]:
    return [
        (
            run_label(name, hyper),
            runs.run(spec, name, convention, tuple(sorted(hyper.items())), start, steps),
        )
        for name, hyper in settings.items()
    ]


def sweep_runs() -> list[tuple[str, object]]:
    results = []
    for value in sweep_values:
        run_convention = value if sweep_param == "convention" else convention
        hyper = (
            {**base_hyper} if sweep_param == "convention" else {**base_hyper, sweep_param: value}
        )
        if not controls.available(optimizer, run_convention):
            st.warning(controls.convention_refused(optimizer, run_convention))
            continue
        # keep only what this convention's optimizer takes (d2l's RMSProp has no momentum)
        accepted = controls.hyper_defaults(optimizer, run_convention)
        hyper = {key: v for key, v in hyper.items() if key in accepted}
        label = f"{optimizer} ({sweep_param} = {value if isinstance(value, str) else f'{value:g}'})"
        try:
            result = runs.run(
                spec, optimizer, run_convention, tuple(sorted(hyper.items())), start, steps
            )
        except ValueError as error:  # e.g. γ = 1.5 typed into the list
            st.warning(t("cmp.sweep_values_bad", value=str(value), reason=error_text(error)))
            continue
        results.append((label, result))
    return results


if mode in ("race", "sweep"):
    entries = race_runs() if mode == "race" else sweep_runs()
    if mode == "race" and len(entries) < 2:
        st.warning(t("cmp.optimizers_few"))
    if mode == "sweep" and not entries:
        st.warning(t("cmp.sweep_none"))
    if entries:
        view = runs.zoomed(surface, zoom)
        paths = [
            PathSpec(label, result.points, RUN_COLORS[i % len(RUN_COLORS)])
            for i, (label, result) in enumerate(entries)
        ]
        figure = animated_contour(
            view,
            paths,
            labels=labels,
            image_uri=runs.contour_image(spec, zoom),
            max_frames=frames_for(len(paths), steps),
        )
        plot(figure, key="race")

        # leaderboard
        st.subheader(t("cmp.leaderboard"))
        known = surface.min_value is not None
        # text cells: with at most six rows, "never" and "no" read better than sortable blanks
        rows = []
        final_column = t("cmp.col.final_gap") if known else t("cmp.col.final_f")
        for label, result in entries:
            gap = gap_to_minimum(result, surface)
            row = {t("cmp.col.run"): label}
            # a diverged run has no final point worth scoring: its divergence step says it all
            diverged_text = t("cmp.diverged_cell")
            row[final_column] = diverged_text if result.diverged else f"{gap[-1]:.4g}"
            if surface.minima:
                distance = nearest_minimum(result.last_finite(), surface.minima)[1]
                reached = int(first_step_within(gap, tol))
                row[t("cmp.col.distance")] = diverged_text if result.diverged else f"{distance:.4g}"
                row[t("cmp.col.steps_to_tol", tol=tol)] = (
                    str(reached) if reached >= 0 else t("cmp.never")
                )
            row[t("cmp.col.diverged")] = (
                str(int(result.diverged_at)) if result.diverged else t("cmp.no")
            )
            rows.append(row)
        st.dataframe(rows, hide_index=True, width="stretch")

        steps_axis = np.arange(steps + 1)
        colors = [path.color for path in paths]
        gaps = {label: gap_to_minimum(result, surface) for label, result in entries}
        if not presenter:
            plot(
                runs_chart(
                    steps_axis,
                    gaps,
                    colors,
                    title=t("cmp.chart_f") if known else t("cmp.chart_f_plain"),
                    step_label=t("pg.step"),
                    log_y=bool(surface.minima),
                ),
                key="gaps",
            )
        if mode == "race" and not presenter:
            coordinates = {t("pg.coord_x"): 0, t("pg.coord_y"): 1}
            series = [
                (label, "", {c: result.effective_step[:, i] for c, i in coordinates.items()}, True)
                for label, result in entries
            ]
            plot(
                inside_charts(
                    steps_axis, series, step_label=t("pg.step"), coordinates=list(coordinates)
                ),
                key="effective",
            )
            st.caption(t("cmp.chart_effective"))
        elif mode == "sweep":
            finals = [float(gaps[label][-1]) for label, _ in entries]
            swept = [label.split("= ")[-1].rstrip(")") for label, _ in entries]
            plot(
                sweep_chart(
                    swept,
                    finals,
                    title=t("cmp.chart_sweep", param=sweep_param),
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
                spec, name, convention, tuple(sorted(hyper.items())), grid, steps, tol
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
                diverged_note=lambda count: t("cmp.diverged_count", count=count, total=grid * grid),
                basin_labels=basin_labels,
                colorbar_title=t(f"cmp.swarm_map.{swarm_map}"),
            ),
            key="swarm",
        )
