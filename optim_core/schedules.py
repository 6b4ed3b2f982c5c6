r"""Learning-rate schedules: the learning rate of every step, as one array.

Step ``t`` (1-based) uses ``η_{t-1}``, i.e. ``k = t - 1`` updates have happened before it, which
is how ``torch.optim.lr_scheduler`` (``scheduler.step()`` after ``optimizer.step()``) and Keras
schedules (evaluated at ``optimizer.iterations``) count.

=============  ==============================================  =====================================
name           η_k                                             defaults
=============  ==============================================  =====================================
constant       η
step           η · rate^⌊k / every⌋                            rate 0.5, every 10 (torch StepLR)
exponential    η · rate^(k / every)                            rate 0.95, every 1 (ExponentialLR)
                                                               rate > 1 grows η (range test)
cosine         η_min + (η - η_min) · ½(1 + cos(π·min(k, T)/T))  T = every = number of steps, η_min 0
inverse_time   η / (1 + rate · k / every)                      rate 0.1, every 1 (Keras InverseTime)
=============  ==============================================  =====================================
"""

from __future__ import annotations

import numpy as np

from .latex import Line, at, equation, factor, num

SCHEDULES = ("constant", "step", "exponential", "cosine", "inverse_time")

# (decay_rate, decay_steps) when the caller leaves them unset; cosine's period defaults to the run.
SCHEDULE_DEFAULTS: dict[str, tuple[float | None, int | None]] = {
    "constant": (None, None),
    "step": (0.5, 10),
    "exponential": (0.95, 1),
    "cosine": (None, None),
    "inverse_time": (0.1, 1),
}


def learning_rates(
    lr: float,
    steps: int,
    schedule: str = "constant",
    *,
    decay_rate: float | None = None,
    decay_steps: int | None = None,
    min_lr: float = 0.0,
) -> np.ndarray:
    """Learning rate of steps 1..``steps`` (array of length ``steps``) for the named schedule.

    Arguments are assumed valid (``optimize`` checks them); see the module docstring for formulas.
    """
    default_rate, default_every = SCHEDULE_DEFAULTS[schedule]
    rate = default_rate if decay_rate is None else decay_rate
    every = default_every if decay_steps is None else decay_steps
    k = np.arange(steps, dtype=np.float64)
    if schedule == "constant":
        return np.full(steps, float(lr))
    if schedule == "step":
        return lr * rate ** np.floor(k / every)
    if schedule == "exponential":
        return lr * rate ** (k / every)
    if schedule == "cosine":
        period = max(steps, 1) if every is None else every
        progress = np.minimum(k, period) / period
        return min_lr + (lr - min_lr) * 0.5 * (1 + np.cos(np.pi * progress))
    if schedule == "inverse_time":
        return lr / (1 + rate * k / every)
    raise ValueError(f"schedule must be one of {', '.join(SCHEDULES)}; got {schedule!r}")


def explain_rate(k: int, lr: float, options, steps: int, value: float) -> Line | None:
    """The line of η_k (``value``) for step ``k`` of a ``steps``-step run under the run's schedule
    (``options`` as the engine's ``RunOptions``), or None for a constant η."""
    name = options.schedule
    if name == "constant":
        return None
    default_rate, default_every = SCHEDULE_DEFAULTS[name]
    rate = default_rate if options.decay_rate is None else options.decay_rate
    rate = factor(rate) if rate is not None else ""  # cosine has none
    every = default_every if options.decay_steps is None else options.decay_steps
    done = k - 1  # updates before this one
    eta_k, eta = at(r"\eta", k), num(lr)
    if name == "step":
        symbolic = rf"{eta_k} = \eta\, r^{{\lfloor (k-1)/s \rfloor}}"
        numbers = rf"{eta} \cdot {rate}^{{{done // every}}}"
    elif name == "exponential":
        symbolic = rf"{eta_k} = \eta\, r^{{(k-1)/s}}"
        numbers = rf"{eta} \cdot {rate}^{{\frac{{{done}}}{{{every}}}}}"
    elif name == "cosine":
        period = max(steps, 1) if every is None else every
        low = num(options.min_lr)
        symbolic = (
            rf"{eta_k} = \eta_{{\min}} + (\eta - \eta_{{\min}})\, \tfrac12"
            r"\left(1 + \cos\frac{\pi \min(k-1, T)}{T}\right)"
        )
        numbers = (
            rf"{low} + \left({eta} - {low}\right) \cdot 0.5"
            rf"\left(1 + \cos\frac{{\pi \cdot {min(done, period)}}}{{{period}}}\right)"
        )
    else:  # inverse_time
        symbolic = rf"{eta_k} = \frac{{\eta}}{{1 + r\,(k-1)/s}}"
        numbers = rf"\frac{{{eta}}}{{1 + {rate} \cdot \frac{{{done}}}{{{every}}}}}"
    return equation(symbolic, numbers, num(value), note="explain.note.schedule", schedule=name)
