r"""SGD: plain gradient descent.

.. math:: x_t = x_{t-1} - \eta\, g_t

The same in every framework. Defaults (η): pytorch 1e-3, keras 1e-2, tf1 1e-2 (TF1 has none),
d2l 0.4.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..base import Export, Flavour, FrameworkClass, Optimizer, Rules, StepView
from ..latex import at, equation, factor, vec


@dataclass(frozen=True)
class Hyper:
    lr: float
    weight_decay: float


class SGD(Optimizer):
    name = "sgd"
    order = 10
    Hyper = Hyper
    flavours = {
        "pytorch": Flavour({"lr": 1e-3, "weight_decay": 0.0}),
        "keras": Flavour({"lr": 1e-2, "weight_decay": 0.0}),
        "tf1": Flavour({"lr": 1e-2, "weight_decay": 0.0}),
        "d2l": Flavour({"lr": 0.4, "weight_decay": 0.0}),
    }
    export = Export(
        torch=FrameworkClass("torch.optim.SGD"), keras=FrameworkClass("keras.optimizers.SGD")
    )
    playground_lr = 0.1
    network_lr = 0.1

    def step(self, x, g, lr, t):
        x -= lr * g  # x_t = x_{t-1} - η g_t

    def effective_step(self, lr):
        return np.full(self.shape, lr)

    @classmethod
    def rules(cls, convention):
        return Rules(update=(r"x_t = x_{t-1} - \eta\, g_t",))

    def explain(self, view: StepView):
        k = view.k
        return [
            equation(
                rf"{at('x', k)} = {view.start} - \eta\, {at('g', k)}",
                rf"{vec(view.x_before)} - {factor(view.lr)}{vec(view.g)}",
                vec(view.x),
            )
        ]
