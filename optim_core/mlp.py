r"""A small multilayer perceptron in NumPy, trained on the 8 x 8 handwritten digits with the
engine's optimizers (one ``Stepper`` per weight array: the same update code as the 2-D surfaces).

.. math::
    h = \max(0,\ X W_1 + b_1),\qquad
    p = \operatorname{softmax}(h W_2 + b_2),\qquad
    L = -\frac{1}{n}\sum_i \log p_{i, y_i}

Seed 003's recipe (Keras, RMSprop lr 0.001, rho 0.9, batch 128, 512 hidden units) reaches about
94% test accuracy here after 5 epochs and 96% after 20.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .engine import Stepper, optimizer_class, resolve_hyper

DIGITS_FILE = Path(__file__).resolve().parents[1] / "data" / "digits.csv.gz"
CLASSES = 10
TEST_FRACTION = 0.2
SPLIT_SEED = 0


@dataclass(frozen=True)
class Digits:
    """The digits, pixels scaled to [0, 1], split once (seeded) into 1,438 training and 359 test
    images."""

    x_train: np.ndarray
    y_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray


def load_digits(path: Path = DIGITS_FILE) -> Digits:
    table = np.loadtxt(path, delimiter=",")
    pixels, labels = table[:, :-1] / 16.0, table[:, -1].astype(np.int64)
    order = np.random.default_rng(SPLIT_SEED).permutation(len(labels))
    test_count = round(TEST_FRACTION * len(labels))
    test, train = order[:test_count], order[test_count:]
    return Digits(pixels[train], labels[train], pixels[test], labels[test])


def init_params(inputs: int, hidden: int, seed: int) -> dict[str, np.ndarray]:
    """Glorot-uniform weights and zero biases (Keras's Dense defaults)."""
    rng = np.random.default_rng(seed)

    def glorot(fan_in: int, fan_out: int) -> np.ndarray:
        limit = np.sqrt(6.0 / (fan_in + fan_out))
        return rng.uniform(-limit, limit, size=(fan_in, fan_out))

    return {
        "W1": glorot(inputs, hidden),
        "b1": np.zeros(hidden),
        "W2": glorot(hidden, CLASSES),
        "b2": np.zeros(CLASSES),
    }


def forward(params: dict[str, np.ndarray], x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Hidden activations and class probabilities."""
    hidden = np.maximum(0.0, x @ params["W1"] + params["b1"])
    logits = hidden @ params["W2"] + params["b2"]
    logits -= logits.max(axis=1, keepdims=True)  # softmax is shift-invariant; this avoids overflow
    exp = np.exp(logits)
    return hidden, exp / exp.sum(axis=1, keepdims=True)


def loss(params: dict[str, np.ndarray], x: np.ndarray, y: np.ndarray) -> float:
    """Mean softmax cross-entropy."""
    probabilities = forward(params, x)[1]
    return float(-np.mean(np.log(probabilities[np.arange(len(y)), y] + 1e-300)))


def gradients(params: dict[str, np.ndarray], x: np.ndarray, y: np.ndarray) -> dict[str, np.ndarray]:
    """Backpropagation of the mean cross-entropy: ∂L/∂ of every parameter."""
    return loss_and_gradients(params, x, y)[1]


def loss_and_gradients(
    params: dict[str, np.ndarray], x: np.ndarray, y: np.ndarray
) -> tuple[float, dict[str, np.ndarray]]:
    """The mean cross-entropy and its gradients, from one forward pass."""
    hidden, probabilities = forward(params, x)
    batch_loss = float(-np.mean(np.log(probabilities[np.arange(len(y)), y] + 1e-300)))
    delta_out = probabilities.copy()
    delta_out[np.arange(len(y)), y] -= 1.0  # ∂L/∂logits = p - onehot(y), per example
    delta_out /= len(y)
    delta_hidden = (delta_out @ params["W2"].T) * (hidden > 0)  # ReLU passes where it was active
    return batch_loss, {
        "W1": x.T @ delta_hidden,
        "b1": delta_hidden.sum(axis=0),
        "W2": hidden.T @ delta_out,
        "b2": delta_out.sum(axis=0),
    }


def accuracy(params: dict[str, np.ndarray], x: np.ndarray, y: np.ndarray) -> float:
    return float(np.mean(forward(params, x)[1].argmax(axis=1) == y))


def oriented(array: np.ndarray, transposed: bool) -> np.ndarray:
    """The array as its optimizer sees it: transposed (a view, so updates land in place) or not."""
    return array.T if transposed else array


def steps_per_epoch(data: Digits, batch_size: int) -> int:
    """Minibatches in one pass over the training images (the last one may be smaller)."""
    return -(-len(data.y_train) // batch_size)


@dataclass
class Training:
    """Per-epoch curves of one run (index 0 is before training), the loss of each minibatch at
    the weights its step started from, and the final weights."""

    optimizer: str
    batch_loss: list[float] = field(default_factory=list)
    train_loss: list[float] = field(default_factory=list)
    test_loss: list[float] = field(default_factory=list)
    test_accuracy: list[float] = field(default_factory=list)
    params: dict[str, np.ndarray] = field(default_factory=dict)
    diverged: bool = False
    seconds: float = 0.0  # training time, without the time spent in on_epoch


def train(
    data: Digits,
    optimizer: str,
    *,
    convention: str = "keras",
    hidden: int = 512,
    epochs: int = 20,
    batch_size: int = 128,
    seed: int = 0,
    on_epoch: Callable[[Training, int], None] | None = None,
    rates: np.ndarray | None = None,
    **hyper,
) -> Training:
    """Train with mini-batches; the initial weights and the batch order depend only on ``seed``,
    so optimizers compared with one seed start alike and see the same batches.

    ``rates``: the η of each step (step t uses ``rates[t - 1]``; ``epochs × steps_per_epoch``
    of them) in place of the constant ``lr``, e.g. the learning-rate range test's growing η.

    An optimizer for weight matrices only (Muon) trains the hidden layer's W1, in PyTorch's layout
    (outputs × inputs, W1ᵀ here); its ``companion`` (AdamW, at its own defaults for this network)
    trains the biases and the output layer, as torch's documentation advises.
    """
    if rates is not None and len(rates) != epochs * steps_per_epoch(data, batch_size):
        raise ValueError(
            f"rates must hold one η per step: {epochs * steps_per_epoch(data, batch_size)}; "
            f"got {len(rates)}"
        )
    resolved = resolve_hyper(optimizer, convention, hyper, network=True)
    params = init_params(data.x_train.shape[1], hidden, seed)
    cls = optimizer_class(optimizer, network=True)
    steppers: dict[str, tuple[Stepper, bool]] = {}  # per parameter: its stepper, transposed?
    for name, value in params.items():
        if cls.on_surfaces:
            steppers[name] = (Stepper(optimizer, value, convention, resolved), False)
        elif name == "W1":
            steppers[name] = (Stepper(optimizer, value.T, convention, resolved), True)
        else:
            companion = optimizer_class(cls.companion)
            settings = resolve_hyper(cls.companion, convention, {"lr": companion.network_lr})
            steppers[name] = (Stepper(cls.companion, value, convention, settings), False)
    batches = np.random.default_rng(seed + 1)
    record = Training(optimizer)

    def measure() -> None:
        record.train_loss.append(loss(params, data.x_train, data.y_train))
        record.test_loss.append(loss(params, data.x_test, data.y_test))
        record.test_accuracy.append(accuracy(params, data.x_test, data.y_test))

    started = time.perf_counter()
    measure()
    step = 0
    with np.errstate(all="ignore"):
        for epoch in range(1, epochs + 1):
            order = batches.permutation(len(data.y_train))
            for start in range(0, len(order), batch_size):
                batch = order[start : start + batch_size]
                # where each optimizer takes its gradient (schedule-free AdamW: y, not x)
                at = {
                    name: oriented(stepper.gradient_point(oriented(params[name], turned)), turned)
                    for name, (stepper, turned) in steppers.items()
                }
                batch_loss, grads = loss_and_gradients(at, data.x_train[batch], data.y_train[batch])
                record.batch_loss.append(batch_loss)
                step += 1
                for name, (stepper, turned) in steppers.items():
                    scheduled = rates is not None and stepper.optimizer.name == optimizer
                    stepper.step(
                        oriented(params[name], turned),
                        oriented(grads[name], turned),
                        rates[step - 1] if scheduled else stepper.initial_lr,  # Muon's companion:
                        step,  # its own η
                    )
            measure()
            record.diverged = not all(np.isfinite(v).all() for v in params.values())
            record.seconds = time.perf_counter() - started
            if on_epoch is not None:
                reporting = time.perf_counter()
                on_epoch(record, epoch)
                started += time.perf_counter() - reporting  # time training, not drawing
            if record.diverged:
                break
    record.params = params
    return record
