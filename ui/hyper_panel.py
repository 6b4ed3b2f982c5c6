"""Choosing optimizers and their hyperparameters: the optimizer and convention choices, the
hyperparameter controls of one optimizer (``lr``) or of several (Compare's ``lr_adam``), the
optimizers list of Compare and the Neural network page, and what a page says when the chosen
framework has no such optimizer."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from optim_core import HYPERPARAMETERS, NETWORK_OPTIMIZERS, OPTIMIZERS
from ui.exports import names_help
from ui.link import Link, shown, write_param
from ui.schema import NUMERIC, optimizer_name, spec_key, widget_key
from ui.text import EN, t
from ui.widgets import choice, scaled_number, tidy

HYPER_ORDER = tuple(HYPERPARAMETERS)
"""The hyperparameter controls, in the order they are shown; each optimizer shows the ones its
convention has (its flavour's defaults)."""


def available(optimizer: str, convention: str) -> bool:
    """Whether the convention's framework has this optimizer."""
    return convention in NETWORK_OPTIMIZERS[optimizer].flavours


def short_optimizer_name(optimizer: str) -> str:
    """The name without its gloss ("SGD", not "SGD (plain gradient descent)"), for legends."""
    key = f"th.short.{optimizer}"
    return t(key) if key in EN else optimizer_name(optimizer)


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
    hyperparameters the optimizer has (the NumPy tutorial's ε 1e-8)."""
    cls = NETWORK_OPTIMIZERS[optimizer]
    defaults = {**cls.flavours[convention].defaults, "lr": getattr(cls, page_lr)}
    defaults.update({k: v for k, v in (overrides or {}).items() if k in defaults})
    return defaults


def hyper_controls(
    optimizer: str,
    convention: str,
    link: Link,
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
            link.note(key, default)
        elif spec.grid is not None:  # log-spaced: a free number field with a slider over the grid
            hyper[name] = scaled_number(label, key, float(default), link, help=help_text)
        elif spec.integer:
            hyper[name] = st.slider(
                label, min_value=int(spec.low), max_value=int(spec.high), value=int(default),
                step=1, key=key, bind="query-params", help=help_text,
            )  # fmt: skip
            link.note(key, default)
        else:
            hyper[name] = tidy(st.slider(
                label, min_value=spec.low, max_value=spec.high, value=float(default),
                step=HYPERPARAMETERS[name].slider_step, format="%.4g", key=key,
                bind="query-params", help=help_text,
            ))  # fmt: skip
            link.note(key, default)
    return hyper


def optimizer_settings(
    optimizer: str, convention: str, link: Link, page_lr: str = "playground_lr"
) -> dict[str, float | bool] | None:
    """One of several optimizers' settings (Compare, Neural network) in an expander, bound to
    the link as ``lr_adam`` …; None, with the reason under it, where the convention's framework
    has no such optimizer (its expander then opens, as for a value the link got wrong)."""
    missing = not available(optimizer, convention)
    with st.expander(
        t("cmp.settings_of", name=optimizer_name(optimizer)),
        expanded=missing or link.refused_for(optimizer),
    ):
        if missing:
            st.caption(":orange[⚠ " + convention_refused(optimizer, convention) + "]")
            return None
        return hyper_controls(optimizer, convention, link, f"_{optimizer}", page_lr)


def optimizers_from_link(
    raw: str | None, defaults: Sequence[str], maximum: int, known: Sequence[str] = tuple(OPTIMIZERS)
) -> tuple[list[str], str | None]:
    """The optimizers a link asks for (``optimizers=sgd,adam``) and, if any were dropped, why."""
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


def _write_optimizers(defaults: Sequence[str]) -> None:
    chosen = st.session_state[widget_key("optimizers")]
    write_param("optimizers", ",".join(chosen) if chosen != list(defaults) else None)


def optimizers_control(
    label: str,
    defaults: Sequence[str],
    maximum: int,
    link: Link,
    known: Sequence[str] = tuple(OPTIMIZERS),
) -> list[str]:
    """A multiselect of optimizers (``known``), named in the reader's language, kept in the link
    as ``optimizers=a,b``, with a note when the link named unknown ones or too many."""
    linked, problem = optimizers_from_link(link.raw.get("optimizers"), defaults, maximum, known)
    state = widget_key("optimizers")
    if st.session_state.get(state) != linked:
        st.session_state[state] = linked  # the link (or, without one, the defaults) decides
    chosen = st.multiselect(
        label,
        list(known),
        max_selections=maximum,
        key=state,
        format_func=optimizer_name,
        on_change=_write_optimizers,
        args=(tuple(defaults),),
    )
    shown("optimizers")
    if problem:
        text = t("cmp.optimizers_bad", value=link.raw["optimizers"][:60], reason=problem,
                 used=",".join(linked))  # fmt: skip
        st.caption(":orange[⚠ " + text + "]")
    # the link keeps the short, clean form: optimizers=sgd,adam, and nothing for the defaults
    write_param("optimizers", ",".join(chosen) if chosen != list(defaults) else None)
    return chosen


def hyper_resetter(page_lr: str = "playground_lr", overrides: dict[str, float] | None = None):
    """A callback for a new optimizer or convention: every hyperparameter control (``lr``, or
    Compare's ``lr_adam``) is set to the new defaults of the page.

    Set, not cleared: a cleared control would read its value back from the link (lr=0.4 would
    survive a change of optimizer), and Streamlit changes a URL-bound value only through
    st.session_state.
    """

    def reset() -> None:
        convention = st.session_state.get(widget_key("convention"), "pytorch")
        for key in list(st.session_state):
            name = spec_key(key)
            if name not in HYPER_ORDER:
                continue
            optimizer = (
                key[len(name) + 1 :]
                if key != name
                else st.session_state.get(widget_key("optimizer"))
            )
            if optimizer not in NETWORK_OPTIMIZERS or not available(optimizer, convention):
                continue
            defaults = hyper_defaults(optimizer, convention, page_lr, overrides)
            if name in defaults:
                st.session_state[key] = defaults[name]

    return reset


def optimizer_choice(link: Link, on_change, default: str = "rmsprop") -> str:
    """The optimizer select box (RMSProp first: it is the star)."""
    return choice(t("pg.optimizer"), "optimizer", default, link, on_change=on_change)


def convention_choice(default: str, link: Link, on_change, optimizers: Sequence[str] = ()) -> str:
    """The convention select box, with what a convention is as help, and a note under it for
    each of ``optimizers`` that this framework does not have."""
    convention = choice(t("pg.convention"), "convention", default, link, on_change=on_change,
                        help=t("pg.convention_help"))  # fmt: skip
    for optimizer in optimizers:
        if not available(optimizer, convention):
            st.caption(":orange[⚠ " + convention_refused(optimizer, convention) + "]")
    return convention


def _use_convention(convention: str, on_switch) -> None:
    st.session_state[widget_key("convention")] = convention
    write_param("convention", convention)
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
