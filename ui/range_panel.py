"""The learning-rate range test as the Playground and the Neural network page show it: a closed
expander (its state in the link as ``range_test``; nothing runs while it is closed), the chart
and a link per suggested η that opens the page with it."""

from __future__ import annotations

import streamlit as st

from optim_core.range_test import RangeTest
from ui.classroom import plot
from ui.figures.range_test import RangeLabels, eta_text, range_test_chart
from ui.link import Link, fresh_link
from ui.text import t

RANGE_KEY = "range_test"  # the expander's URL parameter


def range_expander(link: Link):
    """The section's expander, closed by default; ``.open`` says whether to run the test."""
    expander = st.expander(t("rt.title"), key=RANGE_KEY, bind="query-params",
                           icon=":material/speed:")  # fmt: skip
    link.note(RANGE_KEY, False)
    return expander


def range_labels(loss_axis: str) -> RangeLabels:
    return RangeLabels(
        lr_axis=t("rt.axis_lr"), loss_axis=loss_axis, raw=t("rt.raw"), smoothed=t("rt.smoothed"),
        steepest=t("rt.steepest"), minimum=t("rt.minimum"), diverged=t("rt.diverged"),
    )  # fmt: skip


def range_test_panel(test: RangeTest, *, page: str, lr_key: str, loss_axis: str) -> None:
    """The chart, then a link per suggestion: this page with ``lr_key`` set to that η (same tab:
    the language, presenter mode and the other settings stay)."""
    plot(range_test_chart(test, range_labels(loss_axis)), key="range_test_chart")
    if test.steepest is None and test.tenth_of_minimum is None:
        st.warning(t("rt.no_suggestion"))
        return
    if test.diverged_at is None:
        st.caption(t("rt.no_divergence", high=eta_text(float(test.lr[-1]))))
    links = [("rt.link_steepest", test.steepest), ("rt.link_minimum", test.tenth_of_minimum)]
    for column, (text_key, lr) in zip(st.columns(2), links, strict=True):
        if lr is None:
            continue
        column.page_link(
            page,
            label=t(text_key, lr=eta_text(lr)),
            query_params=fresh_link({**st.query_params.to_dict(), lr_key: eta_text(lr)}),
            icon=":material/play_arrow:",
        )
