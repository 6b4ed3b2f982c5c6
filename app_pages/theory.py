"""Theory: each optimizer's update rule per convention, its state and defaults, AdaGrad vs RMSProp
live, the pitfalls of moving between frameworks, a table of all optimizers and the references.

Every number on the page is computed by optim_core: the defaults table reads the engine's own
defaults, and each demo runs the engine on one parameter whose gradient replays a fixed sequence.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import plotly.graph_objects as go
import streamlit as st
from plotly.subplots import make_subplots

from optim_core import CONVENTIONS, OPTIMIZERS, Trajectory, optimize
from ui.classroom import plot
from ui.exports import names_table
from ui.figures.colors import PALETTE
from ui.figures.encoding import log_ticks, typed_array
from ui.figures.lines import runs_chart
from ui.hyper_panel import HYPER_ORDER
from ui.link import read_link
from ui.schema import NUMERIC
from ui.text import EN, t
from ui.widgets import choice

# ---- the formulas: each optimizer's own (optim_core), and the demos' (LaTeX is not text) ------


@dataclass(frozen=True)
class RuleGroup:
    """Formulas that hold in ``conventions``, with an optional note (a catalog key)."""

    conventions: tuple[str, ...]
    lines: tuple[str, ...]
    note: str | None = None


def grouped(per_convention: dict[str, tuple[tuple[str, ...], str | None]]) -> list[RuleGroup]:
    """Conventions whose formulas and note are the same, shown once (in the conventions' order)."""
    groups: dict[tuple[tuple[str, ...], str | None], list[str]] = {}
    for convention, content in per_convention.items():
        groups.setdefault(content, []).append(convention)
    return [RuleGroup(tuple(c), lines, note) for (lines, note), c in groups.items()]


def update_rules(optimizer: str) -> tuple[tuple[str, ...], list[RuleGroup]]:
    """The lines every framework shares (shown first), then the rest grouped by framework."""
    cls = OPTIMIZERS[optimizer]
    updates = {c: cls.rules(c).update for c in cls.flavours}
    first = next(iter(updates.values()))
    common = tuple(line for line in first if all(line in lines for lines in updates.values()))
    rest = {
        c: (tuple(line for line in lines if line not in common), cls.flavours[c].note)
        for c, lines in updates.items()
    }
    return common, [group for group in grouped(rest) if group.lines or group.note]


def option_rules(optimizer: str) -> list[tuple[str, list[RuleGroup]]]:
    """Per option that changes the update (centered, AMSGrad, …): its formulas by framework."""
    cls = OPTIMIZERS[optimizer]
    found: dict[str, dict[str, tuple[tuple[str, ...], None]]] = {}
    for convention in cls.flavours:
        for key, lines in cls.rules(convention).options:
            found.setdefault(key, {})[convention] = (lines, None)
    return [(key, grouped(per)) for key, per in found.items()]


def decay_rules(optimizer: str) -> tuple[list[RuleGroup], str | None]:
    """How weight decay enters, by framework (empty when it is part of the update), and a note."""
    cls = OPTIMIZERS[optimizer]
    rules = {c: cls.decay_rules(c) for c in cls.flavours}
    per = {c: (lines, None) for c, (lines, _) in rules.items()}
    notes = [note for _, note in rules.values() if note]
    return [group for group in grouped(per) if group.lines], (notes[0] if notes else None)


ADAGRAD_SUM = r"s_t = s_0 + \sum_{k=1}^{t} g_k^2"
RMSPROP_SUM = (
    r"s_t = \gamma^t s_0 + (1-\gamma)\sum_{k=1}^{t} \gamma^{\,t-k} g_k^2,"
    r" \\ \sum_{j \ge 0} \gamma^{\,j} = \frac{1}{1-\gamma}"
)
EPS_TORCH = r"\frac{g_t}{\sqrt{s_t} + \varepsilon}"
EPS_KERAS = r"\frac{g_t}{\sqrt{s_t + \varepsilon}}"
EPS_HAT_IDENTITY = (
    r"\eta\,\frac{\sqrt{1-\beta_2^t}}{1-\beta_1^t}\cdot\frac{m_t}{\sqrt{v_t}+\varepsilon}"
    r" \\ =\; \frac{\eta}{1-\beta_1^t}\cdot\frac{m_t}{\sqrt{v_t}/\sqrt{1-\beta_2^t}"
    r" + \varepsilon/\sqrt{1-\beta_2^t}}"
)
TF1_START = r"s_1 = \gamma \cdot 1 + (1-\gamma)\, g_1^2 \approx \gamma \\ \Rightarrow\;"
TF1_START += r" |\Delta x_1| \approx \eta\,|g_1|/\sqrt{\gamma}"

# ---- the demos: the engine on one parameter whose gradient replays a sequence -----------------

SEQUENCE_STEPS = 200
SEQUENCE_LR = 0.01
BURST = (61, 70)  # steps with the large gradient, inclusive
EPS_DEMO = {"lr": 1e-3, "gamma": 0.9, "eps": 1e-7}
EPS_DEMO_GRADIENTS = (1.0, 1e-2, 1e-4, 1e-6)
EPS_DEMO_STEPS = 50
TF1_DEMO = {"lr": 1e-3, "gamma": 0.9, "eps": 1e-10}
TF1_DEMO_GRADIENT = 0.01
TF1_DEMO_STEPS = 150
ADAM_DEMO = {"lr": 1e-3, "eps": 1e-7}
ADAM_DEMO_GRADIENT = 1e-7
ADAM_DEMO_STEPS = 1000
ADAM_DEMO_REPORTED = (1, 10, 100, 1000)
OPTIMIZER_COLORS = {"adagrad": PALETTE[4], "rmsprop": PALETTE[5]}
CONVENTION_COLORS = {
    "pytorch": PALETTE[5],
    "keras": PALETTE[4],
    "tf1": PALETTE[2],
    "d2l": PALETTE[6],
}


def gradient_sequence(kind: str, steps: int) -> np.ndarray:
    """g_1 … g_steps of a named sequence (deterministic: the noise has a fixed seed)."""
    step = np.arange(1, steps + 1)
    if kind == "constant":
        return np.ones(steps)
    if kind == "decaying":
        return 0.97 ** (step - 1.0)
    if kind == "burst":
        return np.where((step >= BURST[0]) & (step <= BURST[1]), 10.0, 1.0)
    return np.random.default_rng(10).standard_normal(steps)


def replay(gradients: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
    """A gradient function that ignores x and returns the sequence's next value at each call."""
    upcoming = iter(gradients)
    return lambda x: np.full_like(x, next(upcoming))


def one_parameter_run(optimizer: str, gradients: np.ndarray, **settings) -> Trajectory:
    return optimize(optimizer, replay(gradients), np.zeros(1), len(gradients), **settings)


@st.cache_data(max_entries=64, show_spinner=False)
def adagrad_vs_rmsprop(sequence: str, gamma: float) -> dict[str, np.ndarray]:
    """The sequence and both optimizers' effective step per step (index 0 is NaN: no step yet)."""
    gradients = gradient_sequence(sequence, SEQUENCE_STEPS)
    adagrad = one_parameter_run("adagrad", gradients, lr=SEQUENCE_LR)
    rmsprop = one_parameter_run("rmsprop", gradients, lr=SEQUENCE_LR, gamma=gamma)
    return {
        "g": np.concatenate([[np.nan], gradients]),
        "adagrad": adagrad.effective_step[:, 0],
        "rmsprop": rmsprop.effective_step[:, 0],
    }


@st.cache_data(max_entries=4, show_spinner=False)
def eps_placement(steps: int) -> list[tuple[float, dict[str, float]]]:
    """RMSProp's step length at ``steps`` for each constant gradient size, per convention."""
    return [
        (
            g,
            {
                convention: float(
                    one_parameter_run(
                        "rmsprop", np.full(steps, g), convention=convention, **EPS_DEMO
                    ).step_norms[-1]
                )
                for convention in ("pytorch", "keras", "d2l")
            },
        )
        for g in EPS_DEMO_GRADIENTS
    ]


@st.cache_data(max_entries=4, show_spinner=False)
def step_lengths(
    optimizer: str,
    conventions: tuple[str, ...],
    gradient: float,
    steps: int,
    settings: tuple[tuple[str, float], ...],
) -> dict[str, np.ndarray]:
    """|x_t − x_{t−1}| per step under a constant gradient, per convention (index 0 is NaN)."""
    gradients = np.full(steps, gradient)
    return {
        convention: one_parameter_run(
            optimizer, gradients, convention=convention, **dict(settings)
        ).step_norms
        for convention in conventions
    }


# ---- figures and tables ------------------------------------------------------------------------


def sequence_figure(
    gradients: np.ndarray,
    lines: dict[str, tuple[str, np.ndarray, str]],
    *,
    titles: tuple[str, str],
    step_label: str,
    height: int = 560,
) -> go.Figure:
    """The gradient sequence on top; below, one effective-step line per optimizer on a log axis.

    ``lines`` maps an optimizer's key (kept as the trace's ``meta``) to (label, values, colour).
    """
    steps_axis = np.arange(len(gradients))
    figure = make_subplots(
        rows=2,
        cols=1,
        shared_xaxes=True,
        row_heights=(0.3, 0.7),
        vertical_spacing=0.1,
        subplot_titles=titles,
    )
    figure.add_trace(
        go.Scatter(
            x=typed_array(steps_axis),
            y=typed_array(gradients),
            mode="lines",
            name=titles[0],
            line={"color": PALETTE[7], "width": 1.5},
            showlegend=False,
            hovertemplate=f"%{{y:.4g}}<extra>{step_label} %{{x}}</extra>",
        ),
        row=1,
        col=1,
    )
    for key, (label, values, color) in lines.items():
        values = np.where(values > 0, values, np.nan)
        figure.add_trace(
            go.Scatter(
                x=typed_array(steps_axis),
                y=typed_array(values),
                mode="lines",
                name=label,
                meta=key,
                line={"color": color, "width": 2.5},
                hovertemplate=f"%{{y:.4g}}<extra>{label}, {step_label} %{{x}}</extra>",
            ),
            row=2,
            col=1,
        )
    figure.update_yaxes(
        type="log",
        exponentformat="power",
        **log_ticks([values for _, values, _ in lines.values()]),
        row=2,
        col=1,
    )
    figure.update_xaxes(title_text=step_label, row=2, col=1)
    figure.update_layout(
        height=height,
        margin={"l": 60, "r": 10, "t": 30, "b": 40},
        legend={"orientation": "h", "yanchor": "top", "y": -0.12, "x": 0},
    )
    return figure


def conventions_label(conventions: tuple[str, ...]) -> str:
    if set(conventions) == set(CONVENTIONS):
        return t("th.every_convention")
    return " · ".join(t(f"th.conv.{convention}") for convention in conventions)


def show_latex(lines: str | tuple[str, ...]) -> None:
    """Formulas one under the other (``\\`` between them), so that phones need no scrolling."""
    text = lines if isinstance(lines, str) else r" \\ ".join(lines)
    st.latex(r"\begin{gathered}" + text + r"\end{gathered}")


def show_rules(groups: list[RuleGroup], every: tuple[str, ...] = ()) -> None:
    """Each group under its conventions' names; a note that holds for ``every`` convention shown
    alone (its formulas are the common ones, already shown)."""
    for group in groups:
        if group.lines or group.conventions != every:
            st.markdown(f"**{conventions_label(group.conventions)}**")
        if group.lines:
            show_latex(group.lines)
        if group.note:
            st.caption(t(group.note))


def default_cell(value) -> str:
    if value is None:
        return t("th.absent")
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return t("th.true") if value else t("th.false")
    return f"{value:g}"


def defaults_table(optimizer: str) -> dict[str, list[str]]:
    """The engine's defaults for ``optimizer``: one row per hyperparameter, one column per
    convention ('—' where that framework has no such setting, or no such optimizer)."""
    flavours = OPTIMIZERS[optimizer].flavours
    keys = hyper_keys(optimizer)
    table = {
        t("th.col.hyper"): [t(f"pg.{key}") if f"pg.{key}" in EN else key for key in keys],
        t("th.col.keyword"): keys,
    }
    for convention in CONVENTIONS:
        if convention not in flavours:
            table[t(f"th.conv.{convention}")] = [t("th.not_in_framework")] * len(keys)
            continue
        defaults = flavours[convention].defaults
        table[t(f"th.conv.{convention}")] = [default_cell(defaults.get(key)) for key in keys]
    return table


def hyper_keys(optimizer: str) -> list[str]:
    """The keywords some framework's version of ``optimizer`` takes, in the pages' order."""
    flavours = OPTIMIZERS[optimizer].flavours.values()
    return [key for key in HYPER_ORDER if any(key in f.defaults for f in flavours)]


# ---- the page ----------------------------------------------------------------------------------

link = read_link()
step_label = t("pg.step")

st.title(t("th.title"))
st.caption(t("th.caption"))

# ---- 1. one optimizer: rule, state, defaults, names ----------------------------------------------
st.header(t("th.rules"))
st.markdown(t("th.notation"))
choice_column, _ = st.columns([1, 2])
with choice_column:
    optimizer = choice(t("th.optimizer"), "optimizer", "rmsprop", link,
                       help=t("th.optimizer_help"))  # fmt: skip

st.subheader(t(f"th.name.{optimizer}"))
st.markdown(t(f"th.idea.{optimizer}"))
common, groups = update_rules(optimizer)
frameworks = tuple(OPTIMIZERS[optimizer].flavours)
with st.container(border=True):
    if common:
        st.markdown(f"**{conventions_label(frameworks)}**")
        show_latex(common)
    show_rules(groups, every=frameworks)
for text_key, option_groups in option_rules(optimizer):
    with st.expander(t(text_key + ".title")):
        st.markdown(t(text_key))
        show_rules(option_groups)
weight_decay_groups, weight_decay_note = decay_rules(optimizer)
if weight_decay_groups:  # AdamW's decoupled decay is part of its rule, shown above
    with st.expander(t("th.weight_decay_title")):
        st.markdown(t("th.weight_decay_text"))
        show_rules(weight_decay_groups)
        if weight_decay_note:
            st.caption(t(weight_decay_note))

st.markdown(f"**{t('th.state')}**")
st.markdown(t(f"th.state.{optimizer}"))

st.markdown(f"**{t('th.defaults')}**")
st.table(defaults_table(optimizer), hide_index=True)
st.caption(t("th.defaults_caption"))

st.markdown(f"**{t('th.names')}**")
st.markdown(names_table(optimizer, hyper_keys(optimizer)))
st.caption(t("th.names_caption"))

# ---- 2. AdaGrad vs RMSProp, live -----------------------------------------------------------------
st.header(t("th.avr"))
st.markdown(t("th.avr_text"))
with st.container(border=True):
    st.markdown(f"**{t('th.name.adagrad')}**")
    st.latex(ADAGRAD_SUM)
    st.markdown(f"**{t('th.name.rmsprop')}**")
    show_latex(RMSPROP_SUM)

sequence_column, gamma_column = st.columns(2)
with sequence_column:
    sequence = choice(t("th.avr_sequence"), "sequence", "burst", link)
with gamma_column:
    gamma_spec = NUMERIC["gamma"]
    gamma = st.slider(
        t("th.avr_gamma"),
        min_value=gamma_spec.low,
        max_value=gamma_spec.high,
        value=0.9,
        step=0.001,
        format="%.3f",
        key="gamma",
        bind="query-params",
    )
    link.note("gamma", 0.9)
st.caption(t(f"th.seq.{sequence}"))
st.caption(
    t(
        "th.avr_setup",
        steps=SEQUENCE_STEPS,
        lr=SEQUENCE_LR,
        eps_adagrad=OPTIMIZERS["adagrad"].defaults["pytorch"]["eps"],
        eps_rmsprop=OPTIMIZERS["rmsprop"].defaults["pytorch"]["eps"],
        gamma=gamma,
        window=1 / (1 - gamma),
    )
)

avr = adagrad_vs_rmsprop(sequence, gamma)
plot(
    sequence_figure(
        avr["g"],
        {
            name: (t(f"th.name.{name}"), avr[name], OPTIMIZER_COLORS[name])
            for name in ("adagrad", "rmsprop")
        },
        titles=(t("th.chart_gradient"), t("th.chart_effective")),
        step_label=step_label,
    ),
    key="adagrad_rmsprop",
)
st.markdown(
    t(
        "th.avr_result",
        steps=SEQUENCE_STEPS,
        adagrad=avr["adagrad"][-1],
        adagrad_ratio=avr["adagrad"][-1] / np.nanmin(avr["adagrad"]),
        rmsprop=avr["rmsprop"][-1],
        rmsprop_ratio=avr["rmsprop"][-1] / np.nanmin(avr["rmsprop"]),
    )
)

# ---- 3. pitfalls ---------------------------------------------------------------------------------
st.header(t("th.pitfalls"))
st.caption(t("th.pitfalls_intro"))

st.subheader(t("th.pit_eps"))
st.markdown(t("th.pit_eps_text"))
torch_column, keras_column = st.columns(2)
with torch_column:
    st.markdown(f"**{t('th.conv.pytorch')}**")
    st.latex(EPS_TORCH)
with keras_column:
    st.markdown(f"**{conventions_label(('keras', 'tf1', 'd2l'))}**")
    st.latex(EPS_KERAS)
st.caption(t("th.pit_eps_setup", steps=EPS_DEMO_STEPS, **EPS_DEMO))
rows = eps_placement(EPS_DEMO_STEPS)
st.table(
    {
        t("th.col.gradient"): [f"{g:g}" for g, _ in rows],
        **{
            t("th.col.step_in", convention=t(f"th.conv.{convention}")): [
                f"{lengths[convention]:.4g}" for _, lengths in rows
            ]
            for convention in ("pytorch", "keras", "d2l")
        },
        t("th.col.ratio"): [f"{lengths['keras'] / lengths['pytorch']:.3g}" for _, lengths in rows],
    },
    hide_index=True,
)

st.subheader(t("th.pit_tf1"))
st.markdown(t("th.pit_tf1_text"))
show_latex(TF1_START)
tf1 = step_lengths(
    "rmsprop", ("pytorch", "tf1"), TF1_DEMO_GRADIENT, TF1_DEMO_STEPS, tuple(TF1_DEMO.items())
)
st.caption(t("th.pit_tf1_setup", g=TF1_DEMO_GRADIENT, steps=TF1_DEMO_STEPS, **TF1_DEMO))
plot(
    runs_chart(
        np.arange(TF1_DEMO_STEPS + 1),
        {t(f"th.conv.{c}"): tf1[c] for c in ("pytorch", "tf1")},
        [CONVENTION_COLORS[c] for c in ("pytorch", "tf1")],
        title=t("th.chart_step_length"),
        step_label=step_label,
        log_y=True,
        zero_text=t("chart.reaches_zero"),
    ),
    key="tf1_start",
)
half_way = np.flatnonzero(tf1["tf1"][1:] >= 0.5 * tf1["pytorch"][1:])
st.markdown(
    t(
        "th.pit_tf1_result",
        tf1=tf1["tf1"][1],
        torch=tf1["pytorch"][1],
        ratio=tf1["pytorch"][1] / tf1["tf1"][1],
        half=int(half_way[0]) + 1 if half_way.size else TF1_DEMO_STEPS,
    )
)

st.subheader(t("th.pit_adam"))
st.markdown(t("th.pit_adam_text"))
show_latex(EPS_HAT_IDENTITY)
adam = step_lengths(
    "adam", ("pytorch", "keras"), ADAM_DEMO_GRADIENT, ADAM_DEMO_STEPS, tuple(ADAM_DEMO.items())
)
st.caption(t("th.pit_adam_setup", g=ADAM_DEMO_GRADIENT, steps=ADAM_DEMO_STEPS, **ADAM_DEMO))
adam_chart = runs_chart(
    np.arange(ADAM_DEMO_STEPS + 1),
    {t(f"th.conv.{c}"): adam[c] for c in ("pytorch", "keras")},
    [CONVENTION_COLORS[c] for c in ("pytorch", "keras")],
    title=t("th.chart_step_length"),
    step_label=step_label,
    log_y=True,
    log_x=True,
    zero_text=t("chart.reaches_zero"),
)
plot(adam_chart, key="adam_eps_hat")
beta2 = OPTIMIZERS["adam"].defaults["keras"]["beta2"]
st.table(
    {
        t("th.col.step"): [str(k) for k in ADAM_DEMO_REPORTED],
        t("th.col.effective_eps"): [
            f"{ADAM_DEMO['eps'] / np.sqrt(1 - beta2**k):.3g}" for k in ADAM_DEMO_REPORTED
        ],
        **{
            t("th.col.step_in", convention=t(f"th.conv.{c}")): [
                f"{adam[c][k]:.4g}" for k in ADAM_DEMO_REPORTED
            ]
            for c in ("pytorch", "keras")
        },
    },
    hide_index=True,
)

# ---- 4. all optimizers at a glance ---------------------------------------------------------------
st.header(t("th.glance"))
columns = ("idea", "state", "strengths", "weaknesses", "when")
st.table(
    {
        t("th.col.optimizer"): [t(f"th.name.{name}") for name in OPTIMIZERS],
        **{
            t(f"th.col.{column}"): [t(f"th.glance.{name}.{column}") for name in OPTIMIZERS]
            for column in columns
        },
    },
    hide_index=True,
)

# ---- 5. references -------------------------------------------------------------------------------
st.header(t("th.refs"))
references = (
    "tieleman", "duchi", "zeiler", "kingma", "loshchilov", "dozat", "liu", "chen", "defazio",
    "jordan", "d2l",
)  # fmt: skip
st.markdown("\n".join(f"- {t('th.ref.' + key)}" for key in references))
