"""The engine's contract: shapes, history, vectorization, options, divergence, bad input."""

import warnings

import numpy as np
import pytest

from optim_core import (
    CONVENTIONS,
    MAX_STEPS,
    OPTIMIZERS,
    SURFACES,
    ConventionError,
    learning_rates,
    optimize,
    resolve_hyper,
)

ROSENBROCK = SURFACES["rosenbrock"]
ELLIPSE = SURFACES["ellipse"]
START = np.array([-1.5, 2.0])
LR = {"sgd": 1e-3, "momentum": 1e-3, "nesterov": 1e-3, "adagrad": 0.1, "rmsprop": 1e-2}


def every_optimizer_and_convention():
    """Each optimizer in each convention whose framework has it."""
    return [(name, convention) for name, cls in OPTIMIZERS.items() for convention in cls.flavours]


@pytest.mark.parametrize(("name", "convention"), every_optimizer_and_convention())
def test_shapes_and_history(name, convention):
    run = optimize(name, ROSENBROCK, START, 30, convention=convention, lr=LR.get(name, 1e-2))
    assert run.points.dtype == np.float64 and run.points.shape == (31, 2)
    assert np.array_equal(run.points[0], START)
    assert run.grads.shape == run.effective_step.shape == (31, 2)
    assert np.isnan(run.grads[0]).all() and np.isnan(run.effective_step[0]).all()
    # the first gradient is taken at the start (schedule-free's y_1 = 0.1 z_0 + 0.9 x_0 rounds)
    np.testing.assert_allclose(run.grads[1], ROSENBROCK.grad(START), rtol=1e-14)
    np.testing.assert_array_equal(run.raw_grads, run.grads)  # no noise, clipping or decay here
    np.testing.assert_allclose(run.values, ROSENBROCK.value(run.points))
    assert run.step_norms.shape == (31,) and np.isnan(run.step_norms[0])
    np.testing.assert_allclose(run.step_norms[1], np.linalg.norm(run.points[1] - START))
    for array in run.state.values():
        assert array.shape == (31, 2)
    assert run.diverged_at == -1 and not run.diverged


@pytest.mark.parametrize(("name", "convention"), every_optimizer_and_convention())
def test_a_swarm_is_independent_single_runs(name, convention):
    rng = np.random.default_rng(7)
    starts = rng.uniform(-1.5, 1.5, size=(5, 2))
    hyper = {"lr": LR.get(name, 1e-2)}
    swarm = optimize(name, ROSENBROCK, starts, 25, convention=convention, **hyper)
    assert swarm.points.shape == (26, 5, 2) and swarm.diverged_at.shape == (5,)
    assert swarm.values.shape == (26, 5)
    for i, start in enumerate(starts):
        single = optimize(name, ROSENBROCK, start, 25, convention=convention, **hyper)
        np.testing.assert_allclose(swarm.points[:, i], single.points, rtol=1e-13, atol=1e-15)
        for key in single.state:
            np.testing.assert_allclose(swarm.state[key][:, i], single.state[key], rtol=1e-13)


def test_any_shape_and_grid_swarms():
    grid = np.stack(np.meshgrid(np.linspace(-1, 1, 4), np.linspace(-1, 1, 3)), axis=-1)
    run = optimize("adam", ELLIPSE, grid, 10, lr=0.1)
    assert run.points.shape == (11, 3, 4, 2) and run.diverged_at.shape == (3, 4)
    np.testing.assert_allclose(
        run.points[:, 2, 1], optimize("adam", ELLIPSE, grid[2, 1], 10, lr=0.1).points
    )
    matrix = optimize("rmsprop", lambda w: 2 * w, np.ones((3, 5)), 5)
    assert matrix.points.shape == (6, 3, 5) and matrix.diverged_at.shape == ()
    forced = optimize("sgd", lambda w: 2 * w, np.ones((3, 2)), 5, batch_ndim=0, lr=0.1)
    assert forced.diverged_at.shape == ()


def test_effective_step_is_the_formulas_step_size():
    pytorch = optimize("rmsprop", ELLIPSE, np.array([-5.0, -2.0]), 10, lr=0.1, gamma=0.9)
    s = pytorch.state["s"]
    np.testing.assert_allclose(pytorch.effective_step[1:], 0.1 / (np.sqrt(s[1:]) + 1e-8))
    d2l = optimize("rmsprop", ELLIPSE, np.array([-5.0, -2.0]), 10, convention="d2l")
    s = d2l.state["s"]
    np.testing.assert_allclose(d2l.effective_step[1:], 0.4 / np.sqrt(s[1:] + 1e-6))
    # the step actually taken is -effective_step * g for RMSProp and AdaGrad
    np.testing.assert_allclose(np.diff(d2l.points, axis=0), -(d2l.effective_step * d2l.grads)[1:])
    adam = optimize("adam", ELLIPSE, np.array([-5.0, -2.0]), 10, lr=0.1)
    np.testing.assert_allclose(
        np.diff(adam.points, axis=0), -(adam.effective_step * adam.state["m"])[1:], rtol=1e-12
    )


def test_state_lists_only_what_the_configuration_uses():
    assert list(optimize("rmsprop", ELLIPSE, START, 2).state) == ["s"]
    assert list(optimize("rmsprop", ELLIPSE, START, 2, centered=True, momentum=0.9).state) == [
        "s",
        "g_bar",
        "b",
    ]
    assert list(optimize("adam", ELLIPSE, START, 2, amsgrad=True).state) == ["m", "v", "v_max"]
    assert list(optimize("sgd", ELLIPSE, START, 2).state) == []
    # index 0 holds the initial state: TF1 starts RMSProp's mean square at 1
    assert np.all(optimize("rmsprop", ELLIPSE, START, 2, convention="tf1").state["s"][0] == 1)


def test_adagrad_step_only_shrinks_while_rmsprop_recovers():
    # seed 000 / 002's lesson: a constant gradient after a burst
    burst = iter([np.array([10.0, 10.0])] * 5 + [np.array([0.1, 0.1])] * 95)

    def grad(x):
        return next(burst)

    adagrad = optimize("adagrad", grad, np.zeros(2), 100, convention="d2l", lr=0.1)
    burst = iter([np.array([10.0, 10.0])] * 5 + [np.array([0.1, 0.1])] * 95)
    rmsprop = optimize("rmsprop", grad, np.zeros(2), 100, convention="d2l", lr=0.1)
    assert np.all(np.diff(adagrad.effective_step[1:, 0]) <= 0)
    assert rmsprop.effective_step[-1, 0] > 50 * rmsprop.effective_step[5, 0]


def test_learning_rate_schedules():
    np.testing.assert_allclose(learning_rates(1.0, 4, "constant"), [1, 1, 1, 1])
    np.testing.assert_allclose(
        learning_rates(1.0, 5, "step", decay_rate=0.5, decay_steps=2), [1, 1, 0.5, 0.5, 0.25]
    )
    np.testing.assert_allclose(learning_rates(2.0, 3, "exponential", decay_rate=0.5), [2, 1, 0.5])
    np.testing.assert_allclose(learning_rates(1.0, 3, "cosine"), [1, 0.75, 0.25])
    np.testing.assert_allclose(
        learning_rates(1.0, 3, "inverse_time", decay_rate=1.0), [1, 1 / 2, 1 / 3]
    )
    run = optimize("sgd", ELLIPSE, START, 4, lr=0.1, schedule="step", decay_steps=2)
    np.testing.assert_allclose(run.lr, [np.nan, 0.1, 0.1, 0.05, 0.05])


def test_noise_is_reproducible_by_seed():
    a = optimize("sgd", ELLIPSE, START, 20, lr=0.1, noise=0.5, seed=3)
    b = optimize("sgd", ELLIPSE, START, 20, lr=0.1, noise=0.5, seed=3)
    c = optimize("sgd", ELLIPSE, START, 20, lr=0.1, noise=0.5, seed=4)
    clean = optimize("sgd", ELLIPSE, START, 20, lr=0.1)
    np.testing.assert_array_equal(a.points, b.points)
    assert not np.allclose(a.points, c.points) and not np.allclose(a.points, clean.points)
    # the recorded gradient is the noisy one the optimizer used
    noise = np.random.default_rng(3).standard_normal(2)
    np.testing.assert_allclose(a.grads[1], ELLIPSE.grad(START) + 0.5 * noise)


def test_clipping():
    run = optimize("sgd", ROSENBROCK, START, 3, lr=1e-3, clip_value=1.0)
    assert np.abs(run.grads[1:]).max() <= 1.0
    torch_style = optimize("sgd", ROSENBROCK, START, 3, lr=1e-3, clip_norm=2.0)
    norms = np.linalg.norm(torch_style.grads[1:], axis=-1)
    assert np.all(norms < 2.0) and np.all(norms > 2.0 - 1e-5)
    keras_style = optimize("sgd", ROSENBROCK, START, 3, convention="keras", lr=1e-3, clip_norm=2)
    np.testing.assert_allclose(np.linalg.norm(keras_style.grads[1:], axis=-1), 2.0)
    # per start point: a small gradient elsewhere in the swarm is left alone
    swarm = optimize("sgd", ROSENBROCK, np.array([[-1.5, 2.0], [1.0, 1.0]]), 1, clip_norm=2.0)
    np.testing.assert_allclose(swarm.grads[1, 1], [0, 0])


def test_weight_decay_coupled_and_decoupled():
    zero_grad = np.zeros_like
    coupled = optimize("sgd", zero_grad, np.array([1.0, -2.0]), 1, lr=0.1, weight_decay=0.5)
    np.testing.assert_allclose(coupled.grads[1], [0.5, -1.0])  # λx joins the gradient
    np.testing.assert_allclose(coupled.final, [0.95, -1.9])
    adamw = optimize("adamw", zero_grad, np.array([1.0, -2.0]), 1, lr=0.1, weight_decay=0.5)
    np.testing.assert_allclose(adamw.grads[1], [0.0, 0.0])  # decoupled: not in the gradient
    np.testing.assert_allclose(adamw.final, [0.95, -1.9])
    keras = optimize("rmsprop", zero_grad, np.array([1.0]), 1, convention="keras", weight_decay=1)
    np.testing.assert_allclose(keras.final, [1 - 1e-3])


def test_divergence_is_a_result():
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no overflow warning may escape
        run = optimize("sgd", ROSENBROCK, START, 200, lr=1e3)
    assert run.diverged and run.diverged_at == 2
    assert np.isfinite(run.points[: run.diverged_at]).all()
    assert np.isnan(run.points[run.diverged_at :]).all()
    np.testing.assert_array_equal(run.last_finite(), run.points[run.diverged_at - 1])
    assert np.isfinite(run.grads[run.diverged_at]).all()  # the step that diverged is explained
    assert np.isnan(run.values[run.diverged_at :]).all()


def test_divergence_per_start_point_and_overflow():
    starts = np.array([[-1.5, 2.0], [1.0, 1.0], [0.9, 0.8]])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        run = optimize("sgd", ROSENBROCK, starts, 50, lr=1e-2)
    assert run.diverged_at[0] > 0 and run.diverged_at[1] == -1
    assert np.isfinite(run.points[:, 1]).all()
    # with no bound, only non-finite values count: overflow to inf and NaN
    unbounded = optimize("sgd", ROSENBROCK, START, 400, lr=1e3, bound=np.inf)
    assert unbounded.diverged_at > 2 and np.isnan(unbounded.points[unbounded.diverged_at]).all()
    # a point that goes NaN because its gradient does
    nan_grad = optimize("sgd", lambda x: np.where(x > 0.5, np.nan, x), np.array([0.4, -1.0]), 5)
    assert nan_grad.diverged_at == -1
    jump = optimize("sgd", lambda x: np.where(x > 0.5, np.nan, -x), np.array([0.4, -1.0]), 9, lr=1)
    assert jump.diverged_at == 2


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"name": "rmsprob"}, "optimizer must be one of"),
        ({"convention": "jax"}, "convention must be one of"),
        ({"alpha": 0.9}, "unknown keyword 'alpha'"),
        ({"beta1": 0.9}, "'beta1' does not apply to rmsprop"),
        ({"lr": 0.0}, "lr must be > 0"),
        ({"lr": -1.0}, "lr must be > 0"),
        ({"lr": float("nan")}, "lr must be finite"),
        ({"lr": "0.1"}, "lr must be a number"),
        ({"gamma": 1.0}, r"gamma must be in \[0, 1\)"),
        ({"gamma": -0.1}, r"gamma must be in \[0, 1\)"),
        ({"eps": -1e-8}, "eps must be >= 0"),
        ({"momentum": 1.5}, r"momentum must be in \[0, 1\)"),
        ({"centered": "yes"}, "centered must be True or False"),
        ({"steps": -1}, "steps must be in"),
        ({"steps": MAX_STEPS + 1}, "steps must be in"),
        ({"steps": 2.5}, "steps must be a whole number"),
        ({"x0": np.array([np.nan, 0.0])}, "x0 must be finite"),
        ({"x0": np.array([np.inf, 0.0])}, "x0 must be finite"),
        ({"x0": np.array([])}, "x0 must hold at least one number"),
        ({"x0": "abc"}, "x0 must be an array of numbers"),
        ({"grad": lambda x: np.zeros(3)}, r"grad must return an array shaped like x0 \(2,\)"),
        ({"grad": 42}, "grad must be callable"),
        ({"clip_value": 0.0}, "clip_value must be a number > 0"),
        ({"clip_value": 1.0, "clip_norm": 1.0}, "not both"),
        ({"noise": -1.0}, "noise must be a number >= 0"),
        ({"seed": -3}, "seed must be a whole number >= 0"),
        ({"schedule": "linear"}, "schedule must be one of"),
        ({"schedule": "step", "decay_rate": 2.0}, r"decay_rate must be in \(0, 1\]"),
        ({"decay_steps": 0}, "decay_steps must be a whole number >= 1"),
        ({"bound": 0.0}, "bound must be a number > 0"),
    ],
)
def test_bad_input_raises_value_error_naming_the_parameter(kwargs, message):
    call = {"name": "rmsprop", "grad": ROSENBROCK, "x0": START, "steps": 10, **kwargs}
    with pytest.raises(ValueError, match=message):
        optimize(call.pop("name"), call.pop("grad"), call.pop("x0"), call.pop("steps"), **call)


def test_too_much_to_record_is_refused():
    with pytest.raises(ValueError, match="steps × start points is too large"):
        optimize("sgd", ELLIPSE, np.zeros((100_000, 2)), 1000, history=False)


def test_defaults_follow_the_convention_and_keywords_override():
    assert resolve_hyper("rmsprop", "pytorch", {})["gamma"] == 0.99
    assert resolve_hyper("rmsprop", "keras", {})["eps"] == 1e-7
    assert resolve_hyper("rmsprop", "tf1", {})["eps"] == 1e-10
    assert resolve_hyper("rmsprop", "keras", {"eps": 1e-3})["eps"] == 1e-3
    assert resolve_hyper("adamw", "pytorch", {})["weight_decay"] == 1e-2
    with pytest.raises(ValueError, match="'lr_decay' does not apply to adagrad in the keras"):
        resolve_hyper("adagrad", "keras", {"lr_decay": 0.1})


def test_a_convention_without_the_optimizer_is_refused_not_guessed():
    with pytest.raises(ConventionError, match="lion has no tf1 version") as refused:
        optimize("lion", ROSENBROCK, START, 10, convention="tf1")
    assert refused.value.available == ("pytorch", "keras")
    with pytest.raises(ConventionError, match=r"in the pytorch convention$"):
        resolve_hyper("radam", "keras", {})
    for name, cls in OPTIMIZERS.items():
        for convention in set(CONVENTIONS) - set(cls.flavours):
            with pytest.raises(ConventionError):
                optimize(name, ROSENBROCK, START, 1, convention=convention)


def test_muon_is_for_weight_matrices_only():
    with pytest.raises(ValueError, match="muon works on a network's weight matrices"):
        optimize("muon", ROSENBROCK, START, 10)


def test_history_off_keeps_points_only():
    run = optimize("adam", ROSENBROCK, START, 50, history=False)
    assert run.grads is None and run.effective_step is None and run.state == {}
    np.testing.assert_array_equal(run.points, optimize("adam", ROSENBROCK, START, 50).points)


def test_zero_steps():
    run = optimize("adam", ROSENBROCK, START, 0)
    assert run.points.shape == (1, 2) and run.diverged_at == -1
