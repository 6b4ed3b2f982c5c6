"""Conventions: whose formulas a run follows. Each is a set of named behaviours, resolved once.

What every optimizer of a framework shares lives here (how weight decay enters, how a gradient is
clipped by its norm); what differs between one optimizer's versions (where ε goes, what the
velocity carries, the initial accumulator, …) lives in that optimizer's module, as its ``Form``.
Sources: torch.optim 2.x, Keras 3, ``tf.compat.v1.train``, Dive into Deep Learning ch. 12.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class WeightDecay(enum.Enum):
    """How λ enters a step."""

    NONE = "none"  # λ = 0
    COUPLED = "coupled"  # g ← g + λx: an L2 term in the loss (torch's weight_decay)
    DECOUPLED = "decoupled"  # x ← x − η_t·λ·x before the update (AdamW, every Keras optimizer)
    DECOUPLED_UNSCALED = "decoupled_unscaled"  # x ← x − λx (tf.contrib's AdamW: no η)
    DECOUPLED_RELATIVE = "decoupled_relative"  # x ← x − (η_t/η)·λ·x (lion-pytorch's option)
    OWN = "own"  # the optimizer applies it inside its own update (schedule-free AdamW)


class ClipNorm(enum.Enum):
    """How a gradient is clipped to the norm c (per start point)."""

    TORCH = "torch"  # torch.nn.utils.clip_grad_norm_: g·min(1, c/(‖g‖ + 10⁻⁶))
    TF = "tf"  # tf.clip_by_norm, Keras's clipnorm: g·c/max(‖g‖, c)


DECAY_RULES = {
    WeightDecay.COUPLED: r"g_t \leftarrow g_t + \lambda\, x_{t-1}",
    WeightDecay.DECOUPLED: r"x_{t-1} \leftarrow x_{t-1} - \eta\lambda\, x_{t-1}",
    WeightDecay.DECOUPLED_UNSCALED: r"x_{t-1} \leftarrow x_{t-1} - \lambda\, x_{t-1}",
    WeightDecay.DECOUPLED_RELATIVE: (
        r"x_{t-1} \leftarrow x_{t-1} - \frac{\eta_t}{\eta}\,\lambda\, x_{t-1}"
    ),
}


def decay_rule(form: WeightDecay) -> str:
    """How λ enters, as a formula (t is the step)."""
    return DECAY_RULES[form]


@dataclass(frozen=True)
class Convention:
    """A framework's shared behaviours.

    ``weight_decay``: how λ enters every optimizer that does not say otherwise.
    ``clip_norm``: the clipping rule; ``norm_in_float32``: Keras 3 compares the norm with clipnorm
    in float32 (``ops.maximum`` promotes float64 to float32 on the torch backend).
    """

    key: str
    framework: str
    weight_decay: WeightDecay
    clip_norm: ClipNorm
    norm_in_float32: bool = False


PYTORCH = Convention("pytorch", "PyTorch", WeightDecay.COUPLED, ClipNorm.TORCH)
KERAS = Convention("keras", "Keras 3", WeightDecay.DECOUPLED, ClipNorm.TF, norm_in_float32=True)
TF1 = Convention("tf1", "TensorFlow 1", WeightDecay.COUPLED, ClipNorm.TF)
D2L = Convention("d2l", "Dive into Deep Learning", WeightDecay.COUPLED, ClipNorm.TORCH)

BY_KEY: dict[str, Convention] = {c.key: c for c in (PYTORCH, KERAS, TF1, D2L)}
CONVENTIONS: tuple[str, ...] = tuple(BY_KEY)
