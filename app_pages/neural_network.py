"""Neural network: an MLP learns the 8x8 digits with the engine's optimizers (the Keras MNIST
tutorial's recipe)."""

from __future__ import annotations

import time

import numpy as np
import streamlit as st

from optim_core import NETWORK_OPTIMIZERS
from optim_core.mlp import forward
from optim_core.range_test import MIN_STEPS, bounds_around
from ui import runs
from ui.classroom import end_page, plot, presenting
from ui.figures.colors import run_color
from ui.figures.lines import runs_chart
from ui.figures.range_test import eta_text
from ui.hyper_panel import (
    convention_choice,
    convention_refused,
    hyper_resetter,
    optimizer_name,
    optimizer_settings,
    optimizers_control,
    short_optimizer_name,
)
from ui.link import read_link
from ui.range_panel import range_expander, range_test_panel
from ui.schema import choice_name
from ui.text import t
from ui.widgets import choice, number

PAGE = "app_pages/neural_network.py"
DEFAULT_OPTIMIZERS = ("rmsprop",)
MAX_RUNS = 4
REDRAW_SECONDS = 0.5
PAGE_LR = "network_lr"  # each optimizer's η that trains this network in about 20 epochs


reset_hyper = hyper_resetter(PAGE_LR)
link = read_link(unchecked=("optimizers",))

# ---- controls -----------------------------------------------------------------------------------
with st.sidebar:
    chosen = optimizers_control(
        t("nn.optimizers"), DEFAULT_OPTIMIZERS, MAX_RUNS, link, known=tuple(NETWORK_OPTIMIZERS)
    )
    convention = convention_choice("keras", link, on_change=reset_hyper)
    epochs = number(t("nn.epochs"), "epochs", 20, link)
    batch = st.select_slider(
        t("nn.batch"), options=[16, 32, 64, 128, 256, 512], value=128, key="batch",
        bind="query-params",
    )  # fmt: skip
    link.note("batch", 128)
    hidden = st.select_slider(
        t("nn.hidden"), options=[32, 64, 128, 256, 512, 1024], value=512, key="hidden",
        bind="query-params",
    )  # fmt: skip
    link.note("hidden", 512)
    seed = number(t("nn.seed"), "seed", 0, link)
    settings = {}
    refused = []  # chosen, but this convention's framework has none
    for name in chosen:
        hyper = optimizer_settings(name, convention, link, PAGE_LR)
        if hyper is None:
            refused.append(name)
        else:
            settings[name] = hyper

# ---- page ---------------------------------------------------------------------------------------
st.title(t("nn.title"))
presenter = presenting()  # a projector: the curves and the accuracies
if not presenter:
    st.markdown(t("nn.lead"))
for name in refused:
    st.warning(convention_refused(name, convention), icon=":material/block:")
if not settings:
    st.warning(t("nn.none"))
    end_page()

colors = {name: run_color(index) for index, name in enumerate(settings)}
progress = st.progress(0.0, text=t("nn.training"))
charts = st.columns(2)
loss_chart, accuracy_chart = charts[0].empty(), charts[1].empty()
epoch_axis = np.arange(epochs + 1)


def draw(results: dict) -> None:
    """The loss and accuracy curves of every run so far (called after each epoch)."""
    names = list(results)
    plot(
        runs_chart(
            epoch_axis,
            {short_optimizer_name(name): np.array(results[name].test_loss) for name in names},
            [colors[name] for name in names],
            title=t("nn.chart_loss"),
            step_label=t("nn.epoch"),
            log_y=True,
        ),
        where=loss_chart,
    )
    plot(
        runs_chart(
            epoch_axis,
            {
                short_optimizer_name(name): 100 * np.array(results[name].test_accuracy)
                for name in names
            },
            [colors[name] for name in names],
            title=t("nn.chart_accuracy"),
            step_label=t("nn.epoch"),
            log_y=False,
        ),
        where=accuracy_chart,
    )


results = {}
last_drawn = [0.0]  # when the curves were last drawn; 0 if only the store was used
for index, (name, hyper) in enumerate(settings.items()):

    def report(record, epoch, index=index, name=name):
        results[name] = record
        done = (index + epoch / epochs) / len(settings)
        progress.progress(done, text=t("nn.training_epoch", name=optimizer_name(name),
                                                       epoch=epoch, epochs=epochs))  # fmt: skip
        # redraw about twice a second: sending two charts every epoch costs more than training
        if time.perf_counter() - last_drawn[0] > REDRAW_SECONDS or epoch == epochs:
            draw(results)
            last_drawn[0] = time.perf_counter()

    results[name] = runs.trained_network(
        name, convention, tuple(sorted(hyper.items())), hidden, epochs, batch, seed, report
    )
progress.progress(1.0, text=t("nn.trained", seconds=sum(r.seconds for r in results.values())))
if not last_drawn[0]:
    draw(results)

columns = st.columns(len(results))
for column, (name, record) in zip(columns, results.items(), strict=True):
    with column:
        framework = choice_name("convention", convention)
        st.caption(f"{optimizer_name(name)} ({framework}, η {settings[name]['lr']:g})")
        st.metric(t("nn.metric"), f"{100 * record.test_accuracy[-1]:.1f}%")
        if record.diverged:
            st.error(t("nn.diverged", epoch=len(record.test_accuracy) - 1))
        cls = NETWORK_OPTIMIZERS[name]
        if cls.companion and not presenter:  # Muon: says why it is only here, and who helps it
            companion = NETWORK_OPTIMIZERS[cls.companion]
            defaults = companion.flavours[convention].defaults
            st.caption(
                t(
                    f"nn.only_here.{name}",
                    lr=companion.network_lr,
                    weight_decay=defaults["weight_decay"],
                )
            )

# a few digits the first network got wrong
data = runs.digits()
name, record = next(iter(results.items()))
if not record.diverged and not presenter:
    predicted = forward(record.params, data.x_test)[1].argmax(axis=1)
    wrong = np.flatnonzero(predicted != data.y_test)[:8]
    count = int((predicted != data.y_test).sum())
    st.subheader(
        t("nn.misclassified", name=optimizer_name(name), count=count, total=len(data.y_test))
    )
    if len(wrong):
        cells = st.columns(len(wrong))
        for cell, i in zip(cells, wrong, strict=True):
            ink = 255 - (255 * data.x_test[i].reshape(8, 8)).astype(np.uint8)  # dark ink on white
            cell.image(np.kron(ink, np.ones((8, 8), dtype=np.uint8)), width=64)
            cell.caption(t("nn.wrong_caption", truth=data.y_test[i], guess=predicted[i]))

# ---- the learning-rate range test (closed: it trains only when opened) ------------------------
section = range_expander(link)
with section:
    if section.open:
        tested = next(iter(settings))
        if len(settings) > 1:  # which run's optimizer is tested: kept in the link
            tested = choice(t("rt.optimizer"), "range_optimizer", tested, link,
                            options=tuple(settings))  # fmt: skip
        lr_range = bounds_around(NETWORK_OPTIMIZERS[tested].network_lr)
        st.caption(t("rt.lead_network", steps=MIN_STEPS, low=eta_text(lr_range[0]),
                     high=eta_text(lr_range[1])))  # fmt: skip
        test, seconds = runs.network_lr_range(tested, convention,
                                              tuple(sorted(settings[tested].items())), hidden,
                                              batch, seed, lr_range)  # fmt: skip
        range_test_panel(test, page=PAGE, lr_key=f"lr_{tested}",
                         loss_axis=t("rt.axis_loss_network"))  # fmt: skip
        st.caption(t("rt.seconds", seconds=seconds))
