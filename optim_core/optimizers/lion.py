r"""Lion (Chen et al. 2023, found by program search): every coordinate moves by exactly η, in the
direction of the sign of an interpolation of the momentum and the gradient.

.. math::
    c_t = β_1 m_{t-1} + (1-β_1) g_t,\quad x_t = x_{t-1} - η\,\operatorname{sign}(c_t),\quad
    m_t = β_2 m_{t-1} + (1-β_2) g_t

Two different β: β₁ sets the direction of this step, β₂ the memory carried to the next.
Weight decay is decoupled in both frameworks (:math:`x_{t-1} \leftarrow x_{t-1} - ηλx_{t-1}`).
pytorch (the ``lion-pytorch`` package): η 1e-4, β 0.9 and 0.99; ``decoupled_weight_decay``
divides λ by the initial η (the decay no longer scales with η).
keras (``keras.optimizers.Lion``): η 1e-3, β 0.9 and 0.99. TF1 and d2l have no Lion.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..base import Export, Flavour, FrameworkClass, Optimizer, Rules, StepView
from ..conventions import WeightDecay
from ..latex import at, equation, factor, running_average, vec


@dataclass(frozen=True)
class Hyper:
    lr: float
    beta1: float
    beta2: float
    weight_decay: float
    decoupled_weight_decay: bool


class Lion(Optimizer):
    name = "lion"
    order = 120
    Hyper = Hyper
    flavours = {
        "pytorch": Flavour(
            {
                "lr": 1e-4,
                "beta1": 0.9,
                "beta2": 0.99,
                "weight_decay": 0.0,
                "decoupled_weight_decay": False,
            },
            weight_decay=WeightDecay.DECOUPLED,
        ),
        "keras": Flavour(
            {"lr": 1e-3, "beta1": 0.9, "beta2": 0.99, "weight_decay": 0.0},
            fixed={"decoupled_weight_decay": False},
        ),
    }
    export = Export(
        torch=FrameworkClass("lion_pytorch.Lion"), keras=FrameworkClass("keras.optimizers.Lion")
    )
    playground_lr = 0.02
    network_lr = 3e-4
    normalized_steps = True
    decoupled_option = WeightDecay.DECOUPLED_RELATIVE  # λ/η₀: lion-pytorch's option
    decoupled_note = "th.note.lion_decoupled"
    state_names = ("m",)
    memory_state = "m"

    def step(self, x, g, lr, t):
        h = self.hyper
        self.c = self.m * h.beta1 + g * (1 - h.beta1)  # c_t = β1 m_{t-1} + (1 - β1) g_t
        x -= lr * np.sign(self.c)  # x_t = x_{t-1} - η sign(c_t)
        self.m = self.m * h.beta2 + g * (1 - h.beta2)  # m_t = β2 m_{t-1} + (1 - β2) g_t

    def effective_step(self, lr):
        return np.full(self.shape, lr)

    @classmethod
    def rules(cls, convention):
        update = (
            r"c_t = \beta_1 m_{t-1} + (1-\beta_1)\, g_t",
            r"x_t = x_{t-1} - \eta\, \operatorname{sign}(c_t)",
            r"m_t = \beta_2 m_{t-1} + (1-\beta_2)\, g_t",
        )
        return Rules(update=update)

    def explain(self, view: StepView):
        k, g, h = view.k, view.g, self.hyper
        c = at("c", k)
        return [
            equation(
                rf"{c} = \beta_1 {at('m', k - 1)} + (1-\beta_1)\, {at('g', k)}",
                rf"{factor(h.beta1)}{vec(view.before['m'])} + {factor(1 - h.beta1)}{vec(g)}",
                vec(self.c),
            ),
            running_average("m", k, r"\beta_2", h.beta2, view.before["m"], g, self.m),
            equation(
                rf"{at('x', k)} = {view.start} - \eta\, \operatorname{{sign}}({c})",
                rf"{vec(view.x_before)} - {factor(view.lr)}\operatorname{{sign}}{vec(self.c)}",
                vec(view.x),
                note="explain.note.lion_sign",
            ),
        ]
