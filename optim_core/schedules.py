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
cosine         η_min + (η - η_min) · ½(1 + cos(π·min(k, T)/T))  T = every = number of steps, η_min 0
inverse_time   η / (1 + rate · k / every)                      rate 0.1, every 1 (Keras InverseTime)
=============  ==============================================  =====================================
"""

from __future__ import annotations

import numpy as np

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
