"""Controls bound to the URL (``bind="query-params"``: the widget key is the URL parameter).

Streamlit drops a bound parameter it cannot use without a word; ``check_link`` reads the raw query
string first, so the page can say what it ignored, next to the control.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import streamlit as st

from optim_core import (
    CONVENTIONS,
    HYPERPARAMETERS,
    NETWORK_OPTIMIZERS,
    OPTIMIZERS,
    SCHEDULES,
    SURFACES,
)
from optim_core.hyperparameters import Hyperparameter
from ui.classroom import shown
from ui.exports import names_help
from ui.text import error_text, t

CLIP_MODES = ("none", "value", "norm")
MAX_PLAYGROUND_STEPS = 1000
START_LIMIT = 1000.0


@dataclass(frozen=True)
class Numeric:
    """A numeric control: its allowed range, and the options when it is a select slider."""

    low: float
    high: float
    options: tuple[float, ...] | None = None
    integer: bool = False


def hyper_numeric(spec: Hyperparameter) -> Numeric:
    """A hyperparameter's control range: the one its keyword offers on the pages."""
    return Numeric(spec.shown[0], spec.shown[1], spec.grid, integer=spec.whole)


NUMERIC = {
    **{key: hyper_numeric(spec) for key, spec in HYPERPARAMETERS.items() if not spec.boolean},
    "steps": Numeric(1, MAX_PLAYGROUND_STEPS, integer=True),
    "x0": Numeric(-START_LIMIT, START_LIMIT),
    "y0": Numeric(-START_LIMIT, START_LIMIT),
    "noise": Numeric(0.0, 100.0),
    "seed": Numeric(0, 10**6, integer=True),
    "clip_threshold": Numeric(1e-3, 1e3),
    "decay_rate": Numeric(0.01, 1.0),
    "decay_steps": Numeric(1, MAX_PLAYGROUND_STEPS, integer=True),
}
TOL_GRID = tuple(10.0**-k for k in range(12, 0, -1))  # 1e-12 … 0.1
ZOOM_GRID = (1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0)
SWEEPABLE = ("lr", "gamma", "eps", "momentum", "beta1", "beta2", "weight_decay", "convention")
NUMERIC.update(
    grid=Numeric(10, 100, integer=True),
    x_min=Numeric(-1000.0, 1000.0),
    x_max=Numeric(-1000.0, 1000.0),
    y_min=Numeric(-1000.0, 1000.0),
    y_max=Numeric(-1000.0, 1000.0),
    epochs=Numeric(1, 60, integer=True),
    batch=Numeric(8, 512, (16.0, 32.0, 64.0, 128.0, 256.0, 512.0), integer=True),
    hidden=Numeric(16, 1024, (32.0, 64.0, 128.0, 256.0, 512.0, 1024.0), integer=True),
    decay=Numeric(0.9, 1.0, (0.9, 0.95, 0.98, 0.99, 0.995, 0.999, 1.0)),
    batch_size=Numeric(1, 100, (5.0, 10.0, 20.0, 50.0, 100.0), integer=True),
    tol=Numeric(TOL_GRID[0], TOL_GRID[-1], TOL_GRID),
    zoom=Numeric(1.0, 100.0, ZOOM_GRID),
)
CHOICES = {
    "surface": (*SURFACES, "custom"),
    "optimizer": tuple(OPTIMIZERS),
    "convention": CONVENTIONS,
    "clip": CLIP_MODES,
    "schedule": SCHEDULES,
    **{key: ("true", "false") for key, spec in HYPERPARAMETERS.items() if spec.boolean},
    "mode": ("race", "sweep", "swarm"),
    "sweep_param": SWEEPABLE,
    "swarm_map": ("final_gap", "basin", "steps"),
    "sequence": ("constant", "decaying", "burst", "noise"),  # Theory's gradient sequences
}
NUMERIC["k"] = Numeric(1, MAX_PLAYGROUND_STEPS, integer=True)  # the Playground's explained step


def spec_key(key: str) -> str:
    """The control a URL parameter sets: itself, or ``lr`` for Compare's ``lr_adam``."""
    for name in NETWORK_OPTIMIZERS:  # lr_schedule_free_adamw ends with _adamw too: check the base
        base = key[: -len(name) - 1]
        if key.endswith(f"_{name}") and base in HYPERPARAMETERS:
            return base
    return key


def check_link(params: dict[str, str]) -> dict[str, str]:
    """Reasons, per URL parameter, why the link's value cannot be used (empty when all are fine)."""
    problems: dict[str, str] = {}
    for key, raw in params.items():
        key_spec = spec_key(key)
        if key_spec in CHOICES:
            if raw.lower() not in CHOICES[key_spec]:
                problems[key] = t("pg.bad_choice")
        elif key_spec in NUMERIC:
            spec = NUMERIC[key_spec]
            try:
                value = float(raw)
            except ValueError:
                problems[key] = t("pg.bad_number")
                continue
            in_range = math.isfinite(value) and spec.low <= value <= spec.high
            if not in_range or (spec.integer and value != int(value)):
                problems[key] = t("pg.bad_range", low=f"{spec.low:g}", high=f"{spec.high:g}")
            elif spec.options is not None and not any(
                math.isclose(value, option, rel_tol=1e-9, abs_tol=0) for option in spec.options
            ):
                problems[key] = t("pg.bad_choice")
    return problems


def bound_to_a_widget(key: str) -> bool:
    """Whether Streamlit seeds a widget from this URL parameter (``bind="query-params"``)."""
    return spec_key(key) in NUMERIC or spec_key(key) in CHOICES


def refused_for(problems: dict[str, str], optimizer: str) -> bool:
    """Whether the link got a value of ``optimizer``'s own controls (``lr_adam``) wrong: its
    expander then opens, so the note under the control is seen."""
    return any(key == f"{spec_key(key)}_{optimizer}" for key in problems)


def sanitize_link() -> None:
    """Called first thing in every run: take out of the URL what Streamlit's own seeding of bound
    widgets would mishandle, then rerun, so no widget ever sees it.

    - a value ``check_link`` refuses (Streamlit 1.67 crashes on ``steps=inf``, int() overflows,
      and truncates ``steps=10.5`` to 10 while the page says it uses the default);
    - a repeated key (``lr=abc&lr=0.3``): the last value wins, as ``st.query_params`` reads it;
    - a choice in other letter case (``optimizer=SGD``): written as the option it names.

    The refused values are kept for this session's next run, so the page still shows its note
    under each control (``link_values``).
    """
    params = st.query_params
    dropped: dict[str, str] = {}
    changed = False
    for key in list(params):
        values = params.get_all(key)
        if len(values) > 1:
            params[key] = values[-1]
            changed = True
        if not bound_to_a_widget(key):
            continue
        raw = values[-1]
        if key in check_link({key: raw}):
            dropped[key] = raw
            del params[key]
            changed = True
        elif spec_key(key) in CHOICES and raw != raw.lower():
            params[key] = raw.lower()
            changed = True
    if changed:
        st.session_state["dropped_link"] = {**st.session_state.get("dropped_link", {}), **dropped}
        st.rerun()


def link_values() -> dict[str, str]:
    """The link's parameters as the page reads them: the URL's, plus the values
    ``sanitize_link`` took out of it (once: the notes show on the run after the link opened)."""
    dropped = st.session_state.pop("dropped_link", {})
    return {**dropped, **{key: st.query_params[key] for key in st.query_params}}


def note_bad_link_value(problems: dict[str, str], raw: dict[str, str], key: str, default) -> None:
    """Show, under the control just drawn, why the link's value for ``key`` was not used (and
    tell the classroom panel that this page has the control)."""
    shown(key)
    if key in problems:
        st.caption(
            ":orange[⚠ "
            + t("pg.bad_param", key=key, value=raw[key][:40], reason=problems[key], default=default)
            + "]"
        )


def bound_number(
    label: str,
    key: str,
    default: float,
    problems: dict[str, str],
    raw_link: dict[str, str],
    *,
    step: float | None = None,
    number_format: str | None = None,
) -> float | int:
    """A number input bound to the URL, ranged by ``NUMERIC[key]``, with the link note under it."""
    spec = NUMERIC[key]
    cast = int if spec.integer else float
    value = st.number_input(
        label,
        min_value=cast(spec.low),
        max_value=cast(spec.high),
        value=cast(default),
        step=cast(step) if step is not None else None,
        format=number_format,
        key=key,
        bind="query-params",
    )
    note_bad_link_value(problems, raw_link, key, default)
    return cast(value)


def bound_choice(
    label: str,
    key: str,
    default: str,
    problems: dict[str, str],
    raw_link: dict[str, str],
    **selectbox_options,
) -> str:
    """A select box over ``CHOICES[key]`` bound to the URL, with the link note under it.

    No ``format_func``: Streamlit writes and reads a bound select box's *label* in the URL, so a
    label that differed from the key (or changed with the language) would break links.
    """
    if "format_func" in selectbox_options:
        raise TypeError("URL-bound choices show their keys: labels would become the link")
    options = list(CHOICES[key])
    value = st.selectbox(
        label,
        options,
        index=options.index(default),
        key=key,
        bind="query-params",
        **selectbox_options,
    )
    note_bad_link_value(problems, raw_link, key, default)
    return value


HYPER_ORDER = tuple(HYPERPARAMETERS)
"""The hyperparameter controls, in the order they are shown; each optimizer shows the ones its
convention has (its flavour's defaults)."""


def available(optimizer: str, convention: str) -> bool:
    """Whether the convention's framework has this optimizer."""
    return convention in NETWORK_OPTIMIZERS[optimizer].flavours


def optimizer_name(optimizer: str) -> str:
    return t(f"th.name.{optimizer}")


def convention_refused(optimizer: str, convention: str) -> str:
    """Why ``optimizer`` cannot run in ``convention``, naming the conventions that have it."""
    frameworks = [t(f"th.conv.{c}") for c in NETWORK_OPTIMIZERS[optimizer].flavours]
    return t(
        "hyper.err.convention",
        optimizer=optimizer_name(optimizer),
        convention=t(f"th.conv.{convention}"),
        available=", ".join(frameworks),
    )


def hyper_defaults(
    optimizer: str,
    convention: str,
    page_lr: str = "playground_lr",
    overrides: dict[str, float] | None = None,
) -> dict[str, float | bool]:
    """The convention's defaults, with the page's learning rate (the optimizer's ``page_lr``
    attribute: the 2-D surfaces' by default) and any page-specific ``overrides`` of
    hyperparameters the optimizer has (seed 001's ε 1e-8)."""
    cls = NETWORK_OPTIMIZERS[optimizer]
    defaults = {**cls.flavours[convention].defaults, "lr": getattr(cls, page_lr)}
    defaults.update({k: v for k, v in (overrides or {}).items() if k in defaults})
    return defaults


def hyper_controls(
    optimizer: str,
    convention: str,
    problems: dict[str, str],
    raw_link: dict[str, str],
    suffix: str = "",
    page_lr: str = "playground_lr",
    overrides: dict[str, float] | None = None,
) -> dict[str, float | bool]:
    """The controls of ``optimizer``'s hyperparameters, bound to the URL as ``<name><suffix>``
    (Compare gives each optimizer its own: ``lr_adam``), with framework names as help."""
    defaults = hyper_defaults(optimizer, convention, page_lr, overrides)
    hyper: dict[str, float | bool] = {}
    for name in HYPER_ORDER:
        if name not in defaults:
            continue
        key, default = name + suffix, defaults[name]
        label, help_text = t(f"pg.{name}"), t("pg.names_help", names=names_help(optimizer, name))
        spec = NUMERIC.get(name)
        if isinstance(default, bool):
            hyper[name] = st.toggle(
                label, value=default, key=key, bind="query-params", help=help_text
            )
        elif spec.options is not None:
            hyper[name] = st.select_slider(
                label,
                options=list(spec.options),
                value=default,
                key=key,
                bind="query-params",
                format_func=lambda v: f"{v:g}",
                help=help_text,
            )
        elif spec.integer:
            hyper[name] = st.slider(
                label,
                min_value=int(spec.low),
                max_value=int(spec.high),
                value=int(default),
                step=1,
                key=key,
                bind="query-params",
                help=help_text,
            )
        else:
            hyper[name] = st.slider(
                label,
                min_value=spec.low,
                max_value=spec.high,
                value=float(default),
                step=HYPERPARAMETERS[name].slider_step,
                format="%.4g",
                key=key,
                bind="query-params",
                help=help_text,
            )
        note_bad_link_value(problems, raw_link, key, default)
    return hyper


def optimizer_settings(
    optimizer: str,
    convention: str,
    problems: dict[str, str],
    raw_link: dict[str, str],
    page_lr: str = "playground_lr",
) -> dict[str, float | bool] | None:
    """One of several optimizers' settings (Compare, Neural network) in an expander, bound to
    the link as ``lr_adam`` …; None, with the reason under it, where the convention's framework
    has no such optimizer (its expander then opens, as for a value the link got wrong)."""
    missing = not available(optimizer, convention)
    with st.expander(
        t("cmp.settings_of", name=optimizer),
        expanded=missing or refused_for(problems, optimizer),
    ):
        if missing:
            st.caption(":orange[⚠ " + convention_refused(optimizer, convention) + "]")
            return None
        return hyper_controls(
            optimizer, convention, problems, raw_link, suffix=f"_{optimizer}", page_lr=page_lr
        )


def start_controls(
    start: tuple[float, float], problems: dict[str, str], raw_link: dict[str, str]
) -> tuple[float, float]:
    """The start point's x and y side by side, bound to the URL as x0 and y0."""
    values = []
    for column, key, default in zip(st.columns(2), ("x0", "y0"), start, strict=True):
        with column:
            values.append(
                bound_number(
                    t(f"pg.{key}"), key, default, problems, raw_link, step=0.1, number_format="%.4g"
                )
            )
    return values[0], values[1]


def optimizers_from_link(
    raw: str | None, defaults: Sequence[str], maximum: int, known: Sequence[str] = tuple(OPTIMIZERS)
) -> tuple[list[str], str | None]:
    """The optimizers a link asks for (``optimizers=sgd,adam``) and, if any were dropped, why.

    Parsed here because Streamlit's URL-bound multiselect does not read the comma form."""
    if raw is None:
        return list(defaults), None
    names = [name.strip().lower() for name in raw.split(",") if name.strip()]
    unknown = [name for name in names if name not in known]
    chosen = list(dict.fromkeys(name for name in names if name in known))
    reason = None
    if unknown:
        reason = t("cmp.optimizers_unknown", names=", ".join(repr(n[:20]) for n in unknown[:3]))
    if len(chosen) > maximum:
        chosen, reason = chosen[:maximum], t("cmp.optimizers_too_many", maximum=maximum)
    if not names:  # optimizers= or optimizers=,,,
        reason = t("cmp.optimizers_empty")
    return (chosen or list(defaults)), reason


def optimizers_control(
    label: str,
    defaults: Sequence[str],
    maximum: int,
    raw_link: dict[str, str],
    known: Sequence[str] = tuple(OPTIMIZERS),
) -> list[str]:
    """A multiselect of optimizers (``known``) that reads and writes the link's
    ``optimizers=a,b`` itself, with a note when the link named unknown ones or too many."""
    linked, problem = optimizers_from_link(raw_link.get("optimizers"), defaults, maximum, known)
    chosen = st.multiselect(
        label, list(known), default=linked, max_selections=maximum, key="optimizers_choice"
    )
    shown("optimizers")
    if problem:
        st.caption(
            ":orange[⚠ "
            + t(
                "cmp.optimizers_bad",
                value=raw_link["optimizers"][:60],
                reason=problem,
                used=",".join(linked),
            )
            + "]"
        )
    # the link keeps the short form, optimizers=sgd,adam; written only when it changes (every
    # write is a message to the browser)
    wanted = ",".join(chosen) if chosen != list(defaults) else None
    if st.query_params.get("optimizers") != wanted:
        if wanted is None:
            del st.query_params["optimizers"]
        else:
            st.query_params["optimizers"] = wanted
    return chosen


def hyper_resetter(page_lr: str = "playground_lr", overrides: dict[str, float] | None = None):
    """A callback for a new optimizer or convention: every hyperparameter control (``lr``, or
    Compare's ``lr_adam``) is set to the new defaults of the page.

    Set, not cleared: a cleared control would read its value back from the link (lr=0.4 would
    survive a change of optimizer), and Streamlit changes a URL-bound value only through
    st.session_state. (Streamlit logs once that a default and a set value both exist; harmless.)
    """

    def reset() -> None:
        convention = st.session_state.get("convention", "pytorch")
        for key in list(st.session_state):
            name = spec_key(key)
            if name not in HYPER_ORDER:
                continue
            optimizer = key[len(name) + 1 :] if key != name else st.session_state.get("optimizer")
            if optimizer not in NETWORK_OPTIMIZERS or not available(optimizer, convention):
                continue
            defaults = hyper_defaults(optimizer, convention, page_lr, overrides)
            if name in defaults:
                st.session_state[key] = defaults[name]

    return reset


# one click away in the formula box (catalog key, formula)
FORMULA_EXAMPLES = (
    ("pg.example.quartic", "x^4 + y^2"),
    ("pg.example.valley", "0.1*x^2 + 20*(y - 0.5*x^2)^2"),
    ("pg.example.plateau", "1 - exp(-(x^2 + y^2)/2)"),
    ("pg.example.cliff", "tanh(4*x) + 0.05*(x^2 + y^2)"),
)
DEFAULT_FORMULA = FORMULA_EXAMPLES[0][1]
DEFAULT_DOMAIN = (-2.0, 2.0, -2.0, 2.0)


def _use_formula(text: str) -> None:
    st.session_state["formula"] = text


def custom_start(domain: tuple[float, float, float, float]) -> tuple[float, float]:
    """Where a run on a typed formula starts: up and right of the centre of its domain."""
    x_min, x_max, y_min, y_max = domain
    return x_min + 0.8 * (x_max - x_min), y_min + 0.8 * (y_max - y_min)


def _reset_start() -> None:
    """A new surface starts from its own point. Set, not cleared: a cleared start would be read
    back from the link (x0=-1 would survive the change of surface)."""
    key = st.session_state.get("surface")
    if key in SURFACES:
        start = SURFACES[key].start
    else:
        names = ("x_min", "x_max", "y_min", "y_max")
        bounds = (st.session_state.get(n, d) for n, d in zip(names, DEFAULT_DOMAIN, strict=True))
        start = custom_start(tuple(bounds))
    for name, value in zip(("x0", "y0"), start, strict=True):
        if name in st.session_state:
            st.session_state[name] = float(value)


def surface_control(problems: dict[str, str], raw_link: dict[str, str]):
    """The surface select box; for "custom", the formula box (bound to the URL, so a link carries
    the formula), its plot domain, one-click examples and a live LaTeX preview of f and ∇f. A
    formula that cannot be used is explained under the box and the example is drawn meanwhile.

    A new surface also moves the start point (x0, y0) to that surface's own.
    Returns the spec that names the surface in caches (``ui.runs.surface_of``) and the surface.
    """
    from optim_core import FormulaError
    from ui import runs

    key = bound_choice(
        t("pg.surface"), "surface", "ellipse", problems, raw_link, on_change=_reset_start
    )
    if key != "custom":
        return (key,), SURFACES[key]
    text = st.text_input(
        t("pg.formula"), value=DEFAULT_FORMULA, key="formula", bind="query-params",
        max_chars=300, help=t("pg.formula_help"),
    )  # fmt: skip
    shown("formula")
    # two per row: four labels side by side do not fit the sidebar
    for row in range(0, len(FORMULA_EXAMPLES), 2):
        pairs = FORMULA_EXAMPLES[row : row + 2]
        for column, (label_key, example) in zip(st.columns(2), pairs, strict=False):
            column.button(
                t(label_key), on_click=_use_formula, args=(example,), help=example, width="stretch"
            )
    bounds = []
    for row in (("x_min", "x_max"), ("y_min", "y_max")):
        for column, name in zip(st.columns(2), row, strict=True):
            with column:
                index = ("x_min", "x_max", "y_min", "y_max").index(name)
                bounds.append(
                    bound_number(t(f"pg.{name}"), name, DEFAULT_DOMAIN[index], problems, raw_link)
                )
    domain = tuple(float(b) for b in bounds)
    if not (domain[0] < domain[1] and domain[2] < domain[3]):
        names = ("x_min", "x_max", "y_min", "y_max")
        st.caption(
            ":orange[⚠ " + t("pg.domain_bad_values", **dict(zip(names, domain, strict=True))) + "]"
        )
        domain = DEFAULT_DOMAIN
    try:
        surface = runs.custom_surface(text, domain)
    except FormulaError as error:
        st.error(t("pg.formula_bad", reason=error_text(error), example=DEFAULT_FORMULA), icon="⚠️")
        text = DEFAULT_FORMULA
        surface = runs.custom_surface(text, domain)
    st.latex(surface.latex)
    st.latex(runs.parsed_formula(text).grad_latex)
    return ("custom", text, domain), surface


def language_control() -> str:
    """The language switch at the top of every page's sidebar, and this run's language.

    The link's ?lang= wins, then the choice made in this session, then the browser's language.
    Read and written here (not a bound widget: a bound select box would put its label, not the
    code, into the link).
    """
    from ui.text import LANGUAGES, language_from_locale, set_language

    raw = st.query_params.get("lang")
    chosen = st.session_state.get("lang_choice")
    if raw in LANGUAGES and raw != chosen and "lang_linked" not in st.session_state:
        st.session_state["lang_choice"] = raw  # a link opened in this session speaks its language
        st.session_state["lang_linked"] = True
    default = st.session_state.get("lang_choice") or language_from_locale(st.context.locale)
    set_language(default)  # so the label below is already in the right language
    lang = st.sidebar.selectbox(
        ":material/language: " + t("lang.label"),
        list(LANGUAGES),
        index=list(LANGUAGES).index(default),
        format_func=LANGUAGES.get,
        key="lang_choice",
    )
    set_language(lang)
    if raw is not None and raw not in LANGUAGES:
        st.sidebar.caption(
            ":orange[⚠ "
            + t("pg.bad_param", key="lang", value=raw[:20], reason=t("pg.bad_choice"), default=lang)
            + "]"
        )
    # the link names the language only when it is not the browser's own (or the link already did):
    # a link shared from an English browser opens in each student's language
    wanted = lang if (raw is not None or lang != language_from_locale(st.context.locale)) else None
    if wanted is not None and st.query_params.get("lang") != wanted:
        st.query_params["lang"] = wanted
    return lang


def optimizer_choice(problems: dict[str, str], raw_link: dict[str, str], on_change) -> str:
    """The optimizer select box (RMSProp first: it is the star)."""
    return bound_choice(t("pg.optimizer"), "optimizer", "rmsprop", problems, raw_link,
                        on_change=on_change)  # fmt: skip


def convention_choice(
    default: str,
    problems: dict[str, str],
    raw_link: dict[str, str],
    on_change,
    optimizers: Sequence[str] = (),
) -> str:
    """The convention select box, with what a convention is as help, and a note under it for
    each of ``optimizers`` that this framework does not have."""
    convention = bound_choice(t("pg.convention"), "convention", default, problems, raw_link,
                              help=t("pg.convention_help"), on_change=on_change)  # fmt: skip
    for optimizer in optimizers:
        if not available(optimizer, convention):
            st.caption(":orange[⚠ " + convention_refused(optimizer, convention) + "]")
    return convention


def _use_convention(convention: str, on_switch) -> None:
    st.session_state["convention"] = convention
    on_switch()


def convention_refusal(optimizer: str, convention: str, on_switch) -> None:
    """In the page: why nothing runs, and a button for each convention that has the optimizer
    (``on_switch`` then resets the hyperparameters, as a change of convention does)."""
    st.error(convention_refused(optimizer, convention), icon=":material/block:")
    conventions = NETWORK_OPTIMIZERS[optimizer].flavours
    for column, other in zip(st.columns(max(len(conventions), 2)), conventions, strict=False):
        column.button(
            t("pg.use_convention", convention=t(f"th.conv.{other}")),
            on_click=_use_convention,
            args=(other, on_switch),
            key=f"use_{other}",
        )
