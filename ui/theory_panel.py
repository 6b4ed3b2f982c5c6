"""The Playground's "What theory predicts": the curvature at the minimum the run heads for, the
constant settings theory picks for gradient descent, the heavy ball and Nesterov with their
rates, the rate of the run's own settings where theory has one, and the measured distance to
the minimum with the predicted rate drawn over it (``optim_core.theory``).

Every equation printed with numbers is re-evaluated from its printed numbers by
tests/test_theory_panel.py.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import streamlit as st

from optim_core import Surface, Trajectory
from optim_core.theory import (
    Curvature,
    Tuned,
    best_gd,
    best_heavy_ball,
    classical_nesterov,
    curvature_near,
    gd_rate,
    heavy_ball_rate,
    measured_rate,
    nesterov_rate,
)
from ui.classroom import plot
from ui.figures.rates import PredictedRate, distance_chart
from ui.link import fresh_link
from ui.presets import PLAYGROUND
from ui.text import t

SHRINK = 1000  # "steps to shrink the distance 1000-fold"
# the settings under which a run is the linear map theory studies: nothing else acting on it
PLAIN = {"weight_decay": 0.0, "dampening": 0.0}


def number(value: float) -> str:
    """A printed number: 5 significant digits (what the tests read back)."""
    return f"{value:.5g}"


def steps_to_shrink(rate: float) -> str:
    """ln 1000 / −ln ρ, rounded up; ∞ when ρ ≥ 1."""
    if not 0 < rate < 1:
        return "∞"
    return str(math.ceil(math.log(SHRINK) / -math.log(rate)))


@dataclass(frozen=True)
class Choice:
    """A method, the settings theory picks for it, how they are computed, and its rate."""

    optimizer: str
    tuned: Tuned
    lines: tuple[str, ...]  # LaTeX, each 'name = formula = numbers = value'


def theory_choices(curvature: Curvature) -> tuple[Choice, ...]:
    """The three methods with their settings, written out with this curvature's numbers."""
    mu, big_l, kappa = number(curvature.mu), number(curvature.L), number(curvature.kappa)
    gd, heavy, nesterov = (
        best_gd(curvature),
        best_heavy_ball(curvature),
        classical_nesterov(curvature),
    )
    root_ratio = rf"\frac{{\sqrt{{{kappa}}} - 1}}{{\sqrt{{{kappa}}} + 1}}"
    return (
        Choice("sgd", gd, (
            rf"\eta^* = \frac{{2}}{{L + \mu}} = \frac{{2}}{{{big_l} + {mu}}} = {number(gd.lr)}",
            rf"\rho = \frac{{\kappa - 1}}{{\kappa + 1}} = \frac{{{kappa} - 1}}{{{kappa} + 1}}"
            rf" = {number(gd.rate)}",
        )),
        Choice("momentum", heavy, (
            rf"\eta = \frac{{4}}{{(\sqrt{{L}} + \sqrt{{\mu}})^2}} = \frac{{4}}{{(\sqrt{{{big_l}}}"
            rf" + \sqrt{{{mu}}})^2}} = {number(heavy.lr)}",
            rf"\beta = \left(\frac{{\sqrt{{\kappa}} - 1}}{{\sqrt{{\kappa}} + 1}}\right)^2"
            rf" = \left({root_ratio}\right)^2 = {number(heavy.momentum)}",
            rf"\rho = \frac{{\sqrt{{\kappa}} - 1}}{{\sqrt{{\kappa}} + 1}} = {root_ratio}"
            rf" = {number(heavy.rate)}",
        )),
        Choice("nesterov", nesterov, (
            rf"\eta = \frac{{1}}{{L}} = \frac{{1}}{{{big_l}}} = {number(nesterov.lr)}",
            rf"\beta = \frac{{\sqrt{{\kappa}} - 1}}{{\sqrt{{\kappa}} + 1}} = {root_ratio}"
            rf" = {number(nesterov.momentum)}",
            rf"\rho = 1 - \frac{{1}}{{\sqrt{{\kappa}}}} = 1 - \frac{{1}}{{\sqrt{{{kappa}}}}}"
            rf" = {number(nesterov.rate)}",
        )),
    )  # fmt: skip


@dataclass(frozen=True)
class OwnRate:
    """The rate theory gives a run's own settings and how it follows: an equation (LaTeX) for
    gradient descent, a sentence naming the recurrence's roots for the heavy ball and Nesterov."""

    rate: float
    working: str
    is_equation: bool


def own_rate(optimizer: str, hyper: dict, curvature: Curvature) -> OwnRate | None:
    """The rate theory gives the run's own settings, and how; None when theory has none for
    them (an adaptive optimizer, weight decay, dampening)."""
    if optimizer not in ("sgd", "momentum", "nesterov"):
        return None
    if any(hyper.get(key, plain) != plain for key, plain in PLAIN.items()):
        return None
    lr, mu, big_l = number(hyper["lr"]), number(curvature.mu), number(curvature.L)
    if optimizer == "sgd":
        rate = gd_rate(hyper["lr"], curvature.eigenvalues)
        equation = (
            rf"\rho = \max\left(\left|1 - \eta \mu\right|, \left|1 - \eta L\right|\right)"
            rf" = \max\left(\left|1 - {lr} \cdot {mu}\right|, \left|1 - {lr} \cdot {big_l}"
            rf"\right|\right) = {number(rate)}"
        )
        return OwnRate(rate, equation, is_equation=True)
    beta = hyper["momentum"]
    if optimizer == "momentum":
        rate, key = heavy_ball_rate(hyper["lr"], beta, curvature.eigenvalues), "tm.own_heavy_ball"
    else:
        rate, key = nesterov_rate(hyper["lr"], beta, curvature.eigenvalues), "tm.own_nesterov"
    sentence = t(key, lr=lr, beta=number(beta), mu=mu, L=big_l, rate=number(rate))
    return OwnRate(rate, sentence, is_equation=False)


def theory_panel(
    surface: Surface,
    run: Trajectory,
    optimizer: str,
    hyper: dict,
    plain_run: bool,
    address: dict[str, object],
    color: str,
) -> None:
    """The section. ``plain_run``: no noise, clipping or schedule acted on the run (theory's
    map); ``address``: the run's link parameters, for the links with theory's settings."""
    end = run.last_finite()
    curvature = curvature_near(surface, end)
    if curvature is None:
        st.caption(t("tm.no_minimum"))
        return
    where = ", ".join(number(value) for value in curvature.minimum)
    st.markdown(t("tm.local" if curvature.local else "tm.quadratic", point=where))
    mu, big_l = number(curvature.mu), number(curvature.L)
    st.latex(rf"\mu = {mu}, \quad L = {big_l}")
    if not curvature.convex:
        st.markdown(t("tm.not_convex", mu=mu, L=big_l))
        return
    st.latex(rf"\kappa = \frac{{L}}{{\mu}} = \frac{{{big_l}}}{{{mu}}} = {number(curvature.kappa)}")
    st.latex(rf"\eta_{{\text{{edge}}}} = \frac{{2}}{{L}} = \frac{{2}}{{{big_l}}} = "
             rf"{number(2 / curvature.L)}")  # fmt: skip
    st.caption(t("tm.edge") + " " + t("tm.beta_note"))

    choices = theory_choices(curvature)
    distances = np.linalg.norm(run.points - np.array(curvature.minimum), axis=1)
    own = own_rate(optimizer, hyper, curvature) if plain_run else None
    measured = measured_rate(distances)

    # the settings and rates side by side; how each follows from μ and L in the expander below
    header = (t("tm.col.method"), "η", "β", t("tm.col.rate"), t("tm.col.steps", factor=SHRINK))
    rows = [
        (t(f"tm.short.{choice.optimizer}"), number(choice.tuned.lr),
         number(choice.tuned.momentum) if choice.optimizer != "sgd" else "–",
         number(choice.tuned.rate), steps_to_shrink(choice.tuned.rate))
        for choice in choices
    ]  # fmt: skip
    if own is not None:
        beta = number(hyper["momentum"]) if optimizer != "sgd" else "–"
        rows.append((t("tm.row.own"), number(hyper["lr"]), beta, number(own.rate),
                     steps_to_shrink(own.rate)))  # fmt: skip
    table = [header, ("---",) * len(header), *rows]
    st.markdown("\n".join("| " + " | ".join(row) + " |" for row in table))
    if own is None:
        st.caption(t("tm.no_theory"))
    if measured is not None:
        st.markdown(t("tm.measured", rate=number(measured)))
    for column, choice in zip(st.columns(len(choices)), choices, strict=True):
        settings = {"lr": number(choice.tuned.lr)}
        if choice.optimizer != "sgd":
            settings["momentum"] = number(choice.tuned.momentum)
        column.page_link(
            PLAYGROUND,
            label=t("tm.run_it", method=t(f"tm.short.{choice.optimizer}")),
            query_params=fresh_link(
                {key: str(value) for key, value in address.items()}
                | {"optimizer": choice.optimizer, **settings}
            ),
            icon=":material/play_arrow:",
        )
    with st.expander(t("tm.how"), icon=":material/functions:"):
        for choice in choices:
            st.markdown("**" + t(f"tm.method.{choice.optimizer}") + "**")
            for line in choice.lines:
                st.latex(line)
        if own is not None:
            st.markdown("**" + t("tm.row.own") + "**")
            if own.is_equation:
                st.latex(own.working)
            else:
                st.markdown(own.working)
    best_rate = choices[0].tuned.rate  # gradient descent's best: every run's yardstick
    plot(
        distance_chart(
            distances,
            measured_label=t("tm.distance"),
            color=color,
            own=PredictedRate(t("tm.predicted_own", rate=number(own.rate)), own.rate)
            if own
            else None,
            reference=PredictedRate(t("tm.predicted_best", rate=number(best_rate)), best_rate),
            title=t("tm.chart_title"),
            step_label=t("pg.step"),
        ),
        key="theory_distance",
    )
