"""The Theory page through AppTest: every optimizer and gradient sequence, the engine's defaults,
the live AdaGrad vs RMSProp chart, the pitfall demos and bad links."""

import base64
import json

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from optim_core import CONVENTIONS, OPTIMIZERS, optimize
from tests.apptest import open_page
from ui.text import t

SEQUENCES = ("constant", "decaying", "burst", "noise")


def theory(**params) -> AppTest:
    return open_page("theory", **params)


def decode(array) -> np.ndarray:
    return np.frombuffer(base64.b64decode(array["bdata"]), dtype=np.float32)


def chart(app: AppTest, key: str) -> dict:
    return json.loads(
        next(c for c in app.get("plotly_chart") if c.proto.id.endswith(key)).proto.spec
    )


def effective_steps(app: AppTest) -> dict[str, np.ndarray]:
    """The AdaGrad vs RMSProp chart's lines, by optimizer (the trace's meta)."""
    traces = chart(app, "adagrad_rmsprop")["data"]
    return {trace["meta"]: decode(trace["y"]) for trace in traces if "meta" in trace}


def defaults_table(app: AppTest):
    keyword = t("th.col.keyword")
    return next(table.value for table in app.table if keyword in table.value.columns)


def shown(value) -> str:
    if value is None:
        return t("th.absent")
    if isinstance(value, bool):
        return t("th.true") if value else t("th.false")
    return f"{value:g}"


@pytest.mark.parametrize("optimizer", OPTIMIZERS)
def test_every_optimizer_shows_its_rules_and_the_engines_defaults(optimizer):
    app = theory(optimizer=optimizer)
    assert not app.exception, app.exception
    assert app.selectbox(key="optimizer_choice").value == optimizer
    # named in the reader's language; the link keeps the code (optimizer=rmsprop)
    assert app.selectbox(key="optimizer_choice").options == [t(f"th.name.{n}") for n in OPTIMIZERS]
    assert t(f"th.name.{optimizer}") in [header.value for header in app.subheader]
    assert len(app.latex) >= 5
    table = defaults_table(app).set_index(t("th.col.keyword"))
    defaults = OPTIMIZERS[optimizer].defaults
    keys = {key for convention in defaults for key in defaults[convention]}
    assert set(table.index) == keys
    for convention in CONVENTIONS:
        column = table[t(f"th.conv.{convention}")]
        for key in keys:
            if convention not in defaults:  # that framework has no such optimizer
                assert column[key] == t("th.not_in_framework"), (convention, key)
            else:
                assert column[key] == shown(defaults[convention].get(key)), (convention, key)
    # the formulas are the optimizer's own, for every framework that has it
    shown_latex = " ".join(element.value for element in app.latex)
    cls = OPTIMIZERS[optimizer]
    for convention in cls.flavours:
        rules = cls.rules(convention)
        lines = [*rules.update, *cls.decay_rules(convention)[0]]
        lines += [line for _, option in rules.options for line in option]
        for line in lines:
            assert line in shown_latex, (convention, line)


@pytest.mark.parametrize("sequence", SEQUENCES)
def test_every_sequence_is_the_engines_run_and_adagrad_never_grows(sequence):
    app = theory(sequence=sequence, gamma="0.9")
    assert not app.exception, app.exception
    assert app.selectbox(key="sequence_choice").value == sequence
    lines = effective_steps(app)
    assert set(lines) == {"adagrad", "rmsprop"}
    adagrad, rmsprop = lines["adagrad"], lines["rmsprop"]
    assert np.isnan(adagrad[0]) and np.isnan(rmsprop[0]), "no step before step 1"
    assert np.all(np.diff(adagrad[1:]) <= 0), "AdaGrad's effective step never increases"
    # the drawn lines are the engine's runs (float32 in the figure)
    gradients = decode(chart(app, "adagrad_rmsprop")["data"][0]["y"]).astype(np.float64)[1:]
    replayed = iter(gradients)
    run = optimize(
        "rmsprop",
        lambda x: np.full_like(x, next(replayed)),
        np.zeros(1),
        len(gradients),
        lr=0.01,
        gamma=0.9,
    )
    np.testing.assert_allclose(rmsprop[1:], run.effective_step[1:, 0], rtol=1e-5)


def test_rmsprop_recovers_after_a_burst_while_adagrad_stays_down():
    app = theory(sequence="burst", gamma="0.9")
    lines = effective_steps(app)
    before, after = 60, 70  # the burst is steps 61 to 70
    for name in ("adagrad", "rmsprop"):
        assert lines[name][after] < 0.5 * lines[name][before], f"{name} drops during the burst"
    rmsprop, adagrad = lines["rmsprop"], lines["adagrad"]
    assert rmsprop[-1] > 0.95 * rmsprop[before], "RMSProp's step is back to its pre-burst size"
    assert rmsprop[-1] > 5 * rmsprop[after:].min()
    assert adagrad[-1] <= adagrad[after] < 0.5 * adagrad[before], "AdaGrad never recovers"
    assert any("AdaGrad, **1×** the smallest" in markdown.value for markdown in app.markdown)


def test_gamma_sets_rmsprops_memory():
    short, long = theory(gamma="0.5"), theory(gamma="0.99")
    assert short.slider(key="gamma").value == 0.5 and long.slider(key="gamma").value == 0.99
    # ten steps after the burst a short memory has recovered, a long one has not
    short_steps, long_steps = effective_steps(short)["rmsprop"], effective_steps(long)["rmsprop"]
    assert short_steps[80] > 0.9 * short_steps[60]
    assert long_steps[80] < 0.5 * long_steps[60]
    assert any("≈ 2 steps" in caption.value for caption in short.caption)


def test_pitfall_demos_show_the_differences():
    app = theory()
    eps_table = next(table.value for table in app.table if t("th.col.ratio") in table.value.columns)
    ratios = eps_table[t("th.col.ratio")].astype(float).to_numpy()
    assert ratios[0] == pytest.approx(1, rel=1e-3), "ordinary gradients: the same step"
    assert np.all(np.diff(ratios) <= 0) and ratios[-1] < 0.01, "tiny ones: ε inside damps"

    tf1 = chart(app, "tf1_start")["data"]
    torch_steps, tf1_steps = decode(tf1[0]["y"]), decode(tf1[1]["y"])
    assert tf1_steps[1] < torch_steps[1] / 100, "TF1's first step is tiny"
    assert tf1_steps[-1] == pytest.approx(torch_steps[-1], rel=0.01), "and catches up"

    adam = chart(app, "adam_eps_hat")["data"]
    torch_steps, keras_steps = decode(adam[0]["y"]), decode(adam[1]["y"])
    assert keras_steps[1] < torch_steps[1] / 10, "ε-hat: a much larger ε at step 1"
    assert keras_steps[-1] > keras_steps[1] * 10 and keras_steps[-1] < torch_steps[-1]


def test_bad_link_values_give_notes_not_exceptions():
    app = theory(optimizer="bogus", sequence="bogus", gamma="5")
    assert not app.exception, app.exception
    assert app.selectbox(key="optimizer_choice").value == "rmsprop"
    assert app.selectbox(key="sequence_choice").value == "burst"
    assert app.slider(key="gamma").value == 0.9
    captions = " ".join(caption.value for caption in app.caption)
    assert "optimizer='bogus'" in captions and "sequence='bogus'" in captions
    assert "gamma='5'" in captions and "between 0 and 0.999" in captions
    odd = theory(optimizer="", sequence="'; import os", gamma="nan")
    assert not odd.exception, odd.exception
