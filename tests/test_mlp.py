"""The MLP behind the Neural network page: its gradients, its data, and seed 003's recipe."""

import time

import numpy as np
import pytest

from optim_core import NETWORK_OPTIMIZERS
from optim_core.mlp import (
    DIGITS_FILE,
    forward,
    gradients,
    init_params,
    load_digits,
    loss,
    train,
)


@pytest.fixture(scope="module")
def digits():
    return load_digits()


def test_the_shipped_data_and_its_fixed_split(digits):
    assert DIGITS_FILE.exists()
    assert digits.x_train.shape == (1438, 64) and digits.x_test.shape == (359, 64)
    assert digits.x_train.min() >= 0 and digits.x_train.max() <= 1
    assert set(np.unique(digits.y_test)) == set(range(10))
    again = load_digits()
    np.testing.assert_array_equal(again.y_test, digits.y_test)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_backprop_matches_finite_differences(digits, seed):
    params = init_params(64, 16, seed)
    rng = np.random.default_rng(seed)
    batch = rng.choice(len(digits.y_train), size=20, replace=False)
    x, y = digits.x_train[batch], digits.y_train[batch]
    analytic = gradients(params, x, y)
    for name, value in params.items():
        for _ in range(6):  # random entries of each parameter array
            index = tuple(rng.integers(0, n) for n in value.shape)
            original = value[index]
            h = 1e-6
            value[index] = original + h
            up = loss(params, x, y)
            value[index] = original - h
            down = loss(params, x, y)
            value[index] = original
            numeric = (up - down) / (2 * h)
            assert analytic[name][index] == pytest.approx(numeric, rel=1e-5, abs=1e-8), name


def test_probabilities_are_a_distribution(digits):
    _, probabilities = forward(init_params(64, 32, 0), digits.x_test)
    np.testing.assert_allclose(probabilities.sum(axis=1), 1.0)


def test_seed_003_recipe_reaches_95_percent_quickly(digits):
    start = time.perf_counter()
    run = train(digits, "rmsprop", convention="keras", lr=0.001, gamma=0.9, epochs=20)
    elapsed = time.perf_counter() - start
    assert run.test_accuracy[-1] >= 0.95
    assert 0.90 <= run.test_accuracy[5] < run.test_accuracy[-1]  # ~93% after 5 epochs (seed 003)
    assert run.train_loss[-1] < run.train_loss[0] / 10
    assert elapsed < 3.0


def test_same_seed_same_start_and_batches(digits):
    a = train(digits, "sgd", lr=0.1, epochs=2, seed=4)
    b = train(digits, "sgd", lr=0.1, epochs=2, seed=4)
    np.testing.assert_array_equal(a.params["W1"], b.params["W1"])
    first_adam = train(digits, "adam", lr=0.001, epochs=0, seed=4)
    first_sgd = train(digits, "sgd", lr=0.1, epochs=0, seed=4)
    np.testing.assert_array_equal(first_adam.params["W2"], first_sgd.params["W2"])


def test_divergence_stops_training(digits):
    run = train(digits, "sgd", lr=1e250, epochs=10)  # the weights overflow to inf, then NaN
    assert run.diverged and len(run.test_accuracy) < 11


@pytest.mark.parametrize("optimizer", list(NETWORK_OPTIMIZERS))
def test_every_optimizer_trains_the_network_at_its_own_learning_rate(digits, optimizer):
    """The page starts each optimizer at its ``network_lr``: 20 epochs reach 90%."""
    cls = NETWORK_OPTIMIZERS[optimizer]
    convention = "keras" if "keras" in cls.flavours else "pytorch"
    run = train(digits, optimizer, convention=convention, lr=cls.network_lr, epochs=20)
    assert run.test_accuracy[-1] >= 0.90, (optimizer, run.test_accuracy[-1])
