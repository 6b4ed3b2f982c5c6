r"""The learning-rate range test (L. N. Smith, "Cyclical Learning Rates for Training Neural
Networks", 2017, §3.3; fastai's ``lr_find``): one run in which η grows exponentially, and the
loss read against η.

The schedule, over T steps (step t = 1 … T uses η_{t-1})::

    η_k = η_min · (η_max / η_min)^(k / (T − 1)),   k = 0 … T − 1

which is the engine's ``exponential`` schedule with rate η_max/η_min and period T − 1 (PyTorch's
``ExponentialLR`` with γ = (η_max/η_min)^(1/(T−1))): the run uses the engine's own update loop.
The loss recorded for step t is the loss *after* it, f(x_t), so each point says what η_t did.

Reading the curve, as fastai does:

1. smooth the loss with an exponential moving average and its bias correction::

       a_t = β·a_{t−1} + (1 − β)·L_t,  a_0 = 0,   s_t = a_t / (1 − β^t)

   (without the correction the first values are pulled towards a_0 = 0);
2. stop at divergence: at the first t where L_t is not finite or s_t > 4 · min_{k≤t} s_k; the
   curve ends just before it;
3. suggest (a) the η where the smoothed loss falls fastest: the most negative slope
   Δs/Δ(ln η) between neighbouring points (the η at the left end of that pair) on the way down
   to the smoothed minimum, leaving out the first tenth of the steps, where the average holds
   only a few losses; and (b) the η of the
   smoothed minimum, divided by 10 (a step back from the edge where the loss stops falling).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .engine import optimize
from .mlp import Digits, steps_per_epoch, train
from .schedules import learning_rates

SMOOTHING = 0.98  # β of the moving average (fastai's)
DIVERGENCE_FACTOR = 4.0  # the run has diverged once the smoothed loss exceeds 4 × its best
SKIP_START = 0.1  # the fraction of first steps left out of the steepest-slope search
BELOW, ABOVE = 1e-4, 1e2  # the η range around an optimizer's usual η
MIN_STEPS = 300  # at least this many steps: the average weighs ~50, so η moves < 1 decade in them


@dataclass(frozen=True)
class RangeTest:
    """A range test's curve and what it suggests.

    ``lr[i]`` and ``loss[i]`` are step i + 1's η and the loss after it (all T steps, NaN once
    the loss overflowed); ``smoothed`` the bias-corrected average, up to ``stop`` (the number of
    points before divergence, T when it never diverged). ``steepest`` is the η where the
    smoothed loss falls fastest, ``tenth_of_minimum`` the η of its minimum divided by 10 (None
    when the curve is too short to read).
    """

    lr: np.ndarray
    loss: np.ndarray
    smoothed: np.ndarray
    stop: int
    steepest: float | None
    tenth_of_minimum: float | None

    @property
    def diverged_at(self) -> float | None:
        """The η at which the run diverged (None if it never did)."""
        return float(self.lr[self.stop]) if self.stop < len(self.lr) else None


def growing_rates(lr_min: float, lr_max: float, steps: int) -> np.ndarray:
    """η_k = η_min · (η_max/η_min)^(k/(T − 1)) for k = 0 … T − 1."""
    if not 0 < lr_min < lr_max:
        raise ValueError(f"need 0 < lr_min < lr_max; got {lr_min!r}, {lr_max!r}")
    if steps < 2:
        raise ValueError(f"steps must be at least 2; got {steps!r}")
    return learning_rates(lr_min, steps, "exponential", **range_schedule(lr_min, lr_max, steps))


def range_schedule(lr_min: float, lr_max: float, steps: int) -> dict:
    """The engine's schedule options that grow η from ``lr_min`` to ``lr_max`` over ``steps``."""
    return {"decay_rate": lr_max / lr_min, "decay_steps": steps - 1}


def bounds_around(lr: float) -> tuple[float, float]:
    """The range tested around an optimizer's usual η: four decades below, two above."""
    return lr * BELOW, lr * ABOVE


def smoothed_loss(loss: np.ndarray, beta: float = SMOOTHING) -> np.ndarray:
    """s_t = a_t / (1 − β^t) with a_t = β a_{t−1} + (1 − β) L_t, a_0 = 0 (t = 1 … T)."""
    t = np.arange(1, len(loss) + 1)
    average = np.empty(len(loss))
    a = 0.0
    for i, value in enumerate(loss):
        a = beta * a + (1 - beta) * value
        average[i] = a
    return average / (1 - beta**t)


def divergence_index(loss: np.ndarray, smoothed: np.ndarray) -> int:
    """The first index where the loss is not finite or the smoothed loss exceeds
    ``DIVERGENCE_FACTOR`` × its best so far; ``len(loss)`` when there is none."""
    with np.errstate(invalid="ignore"):
        best = np.minimum.accumulate(np.where(np.isfinite(smoothed), smoothed, np.inf))
        diverged = (
            ~np.isfinite(loss) | ~np.isfinite(smoothed) | (smoothed > DIVERGENCE_FACTOR * best)
        )
    hits = np.flatnonzero(diverged)
    return int(hits[0]) if len(hits) else len(loss)


def read_curve(lr: np.ndarray, loss: np.ndarray, beta: float = SMOOTHING) -> RangeTest:
    """Smooth the loss, cut the curve at divergence and suggest an η (the module's rules)."""
    lr, loss = np.asarray(lr, dtype=np.float64), np.asarray(loss, dtype=np.float64)
    with np.errstate(all="ignore"):
        smoothed = smoothed_loss(loss, beta)
    stop = divergence_index(loss, smoothed)
    smoothed = smoothed[:stop]
    if stop == 0:
        return RangeTest(lr, loss, smoothed, stop, None, None)
    lowest = int(np.argmin(smoothed))
    first = min(int(SKIP_START * len(lr)), lowest)
    steepest = None
    if lowest - first >= 1:  # on the way down to the minimum
        slope = np.diff(smoothed[first : lowest + 1]) / np.diff(np.log(lr[first : lowest + 1]))
        steepest = float(lr[first + int(np.argmin(slope))])
    return RangeTest(lr, loss, smoothed, stop, steepest, float(lr[lowest] / 10))


def surface_range_test(
    name: str,
    surface,
    x0,
    *,
    lr_min: float,
    lr_max: float,
    steps: int = MIN_STEPS,
    convention: str = "pytorch",
    **hyper,
) -> RangeTest:
    """Optimizer ``name`` from ``x0`` on ``surface`` (anything ``optimize`` takes, with its
    ``value``) with η growing from ``lr_min`` to ``lr_max`` over ``steps`` steps; the loss is
    f(x_t). ``hyper`` are the other hyperparameters (its own ``lr`` is replaced)."""
    hyper = {key: value for key, value in hyper.items() if key != "lr"}
    run = optimize(
        name, surface, np.asarray(x0, dtype=np.float64), steps, convention=convention,
        history=False, schedule="exponential", lr=lr_min,
        **range_schedule(lr_min, lr_max, steps), **hyper,
    )  # fmt: skip
    loss = np.where(np.isfinite(run.values[1:]), run.values[1:], np.nan)
    return read_curve(run.lr[1:], loss)


def network_range_test(
    data: Digits,
    optimizer: str,
    *,
    lr_min: float,
    lr_max: float,
    convention: str = "keras",
    hidden: int = 512,
    batch_size: int = 128,
    seed: int = 0,
    min_steps: int = MIN_STEPS,
    **hyper,
) -> RangeTest:
    """The digits network (``optim_core.mlp``) trained with η growing from ``lr_min`` to
    ``lr_max`` over whole epochs of at least ``min_steps`` minibatch steps. The loss after step
    t is that of the next minibatch, at the weights step t left (its forward pass, before step
    t + 1), so the last step has none and the curve holds T − 1 points."""
    per_epoch = steps_per_epoch(data, batch_size)
    epochs = -(-min_steps // per_epoch)
    rates = growing_rates(lr_min, lr_max, epochs * per_epoch)
    hyper = {key: value for key, value in hyper.items() if key != "lr"}
    record = train(
        data, optimizer, convention=convention, hidden=hidden, epochs=epochs,
        batch_size=batch_size, seed=seed, rates=rates, lr=lr_min, **hyper,
    )  # fmt: skip
    after = np.full(len(rates) - 1, np.nan)  # NaN after an overflow stopped the training
    measured = np.asarray(record.batch_loss[1:], dtype=np.float64)
    after[: len(measured)] = measured
    return read_curve(rates[:-1], after)
