"""Many values of one hyperparameter in one batched run (``optimize(vary=...)``): each path is the
run with that value alone (to 1e-12: NumPy's power of an array may differ from Python's in the
last bit), NaN for NaN; and the values a live slider offers."""

import numpy as np
import pytest

from optim_core import CONVENTIONS, HYPERPARAMETERS, SURFACES, optimize
from optim_core.engine import VARIABLE, ConventionError
from optim_core.hyperparameters import FAMILY_SIZE, neighbours
from tests.apptest import open_page
from tests.plotly_json import decoded
from tests.test_playground import chart_specs

CASES = [
    (name, key, convention)
    for name, keys in VARIABLE.items()
    for key in keys
    for convention in CONVENTIONS
]


@pytest.mark.parametrize(("name", "key", "convention"), CASES)
def test_a_batched_family_is_each_run_alone(name, key, convention):
    surface, start = SURFACES["rosenbrock"], np.array([-1.5, 2.0])
    try:
        defaults = optimize(name, surface, start, 1, convention=convention).hyper
    except ConventionError:
        pytest.skip(f"{name} has no {convention} version")
    values = neighbours(HYPERPARAMETERS[key], defaults[key], count=7)
    if key == "lr":
        values = (*values, 50.0)  # one that diverges: NaN from its step on, the others go on
    family = optimize(name, surface, start, 60, convention=convention, vary=(key, values),
                      history=False)  # fmt: skip
    assert family.points.shape == (61, len(values), 2)
    for index, value in enumerate(values):
        alone = optimize(name, surface, start, 60, convention=convention, history=False,
                         **{key: value})  # fmt: skip
        np.testing.assert_allclose(family.points[:, index], alone.points, rtol=1e-12, atol=0)
        assert family.diverged_at[index] == alone.diverged_at


def test_only_arithmetic_hyperparameters_vary():
    start = np.array([1.0, 1.0])
    with pytest.raises(ValueError, match="cannot vary"):
        optimize("rmsprop", SURFACES["ellipse"], start, 5, vary=("momentum", (0.0, 0.5)))
    with pytest.raises(ValueError, match="cannot vary"):
        optimize("schedule_free_adamw", SURFACES["ellipse"], start, 5, vary=("lr", (0.1, 0.2)))
    with pytest.raises(ValueError, match="gamma"):
        optimize("rmsprop", SURFACES["ellipse"], start, 5, vary=("gamma", (0.5, 1.5)))


@pytest.mark.parametrize(("key", "value"), [("lr", 0.4), ("lr", 1e-4), ("lr", 8.0),
                                            ("gamma", 0.9), ("beta1", 0.999),
                                            ("momentum", 0.0), ("momentum", 0.9)])  # fmt: skip
def test_a_live_slider_offers_values_around_the_chosen_one_in_range(key, value):
    spec = HYPERPARAMETERS[key]
    values = neighbours(spec, value)
    assert value in values and list(values) == sorted(set(values))
    assert len(values) <= FAMILY_SIZE + 1
    assert all(spec.shown[0] <= v <= spec.shown[1] for v in values)
    if key == "lr" and value == 0.4:  # a log grid from η/10 to 10η
        assert values[0] == pytest.approx(0.04) and values[-1] == pytest.approx(4.0)
        assert len(values) == FAMILY_SIZE
        ratios = np.diff(np.log10(values))
        assert np.allclose(ratios, 1 / 12, atol=0.01)
    if key == "gamma":  # 1 - γ on a log grid: memories of 1 to 100 steps
        assert values[0] == 0.0 and values[-1] == pytest.approx(0.99)


# ---- the Playground's live slider ------------------------------------------------------------


def live_slider(app):
    spec = chart_specs(app)[0]
    sliders = spec["layout"]["sliders"]
    frames = {frame["name"]: frame for frame in spec["frames"]}
    return (sliders[1] if len(sliders) > 1 else None), frames


LIVE = [("rmsprop", "lr", "η"), ("rmsprop", "gamma", "γ"), ("adam", "beta1", "β₁"),
        ("momentum", "momentum", "μ")]  # fmt: skip


@pytest.mark.parametrize(("optimizer", "key", "symbol"), LIVE)
def test_the_live_slider_carries_each_values_whole_path(optimizer, key, symbol):
    app = open_page("playground", optimizer=optimizer, surface="ellipse", x0=-5, y0=-2, steps=40,
                    live=key)  # fmt: skip
    assert not app.exception
    slider, frames = live_slider(app)
    page = {name: app.session_state[name] for name in {"lr", key}}  # the page's values
    values = neighbours(HYPERPARAMETERS[key], page[key])
    assert [step["label"] for step in slider["steps"]] == [f"{v:g}" for v in values]
    assert slider["currentvalue"]["prefix"] == f"{symbol} = "
    assert slider["steps"][slider["active"]]["label"] == f"{page[key]:g}"
    for index, value in enumerate(values):
        frame = frames[slider["steps"][index]["args"][0][0]]
        alone = optimize(optimizer, SURFACES["ellipse"], np.array([-5.0, -2.0]), 40,
                         history=False, **{**page, key: value})  # fmt: skip
        line = np.stack([decoded(frame["data"][0]["x"]), decoded(frame["data"][0]["y"])], axis=1)
        np.testing.assert_allclose(line, alone.points.astype(np.float32), rtol=1e-6)


def test_the_live_slider_can_be_switched_off_and_refuses_what_it_cannot_vary():
    off = open_page("playground", optimizer="rmsprop", live="none")
    assert live_slider(off)[0] is None
    assert not any(name.startswith("family:") for name in live_slider(off)[1])
    schedule_free = open_page("playground", optimizer="schedule_free_adamw")
    assert not schedule_free.exception and live_slider(schedule_free)[0] is None
    odd = open_page("playground", optimizer="sgd", live="gamma")  # SGD has no γ
    assert not odd.exception
    assert live_slider(odd)[0]["currentvalue"]["prefix"] == "η = "  # back to the default
    assert any("live='gamma'" in caption.value for caption in odd.caption)
