r"""Adamax (Kingma & Ba 2015, §7): Adam with the infinity norm: the second moment becomes a decaying
maximum of |g|, which needs no bias correction.

.. math:: m_t = β_1 m_{t-1} + (1-β_1) g_t

pytorch (``torch.optim.Adamax``): :math:`u_t = \max(β_2 u_{t-1},\ |g_t| + ε)`,
:math:`x_t = x_{t-1} - \frac{η}{1-β_1^t}\,\frac{m_t}{u_t}`; η 2e-3, ε 1e-8.

keras (``keras.optimizers.Adamax``): :math:`u_t = \max(β_2 u_{t-1},\ |g_t|)`,
:math:`x_t = x_{t-1} - \frac{η\, m_t}{(1-β_1^t)(u_t + ε)}`; η 1e-3, ε 1e-7.

β₁ 0.9, β₂ 0.999 in both. TF1 and d2l have no Adamax.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..base import Export, Flavour, FrameworkClass, Optimizer, Rules, StepView
from ..latex import at, equation, factor, num, running_average, vec
from .adam import MOMENTS


@dataclass(frozen=True)
class Hyper:
    lr: float
    beta1: float
    beta2: float
    eps: float
    weight_decay: float


@dataclass(frozen=True)
class Form:
    eps_in_max: bool  # PyTorch: ε joins |g| inside the maximum (Keras adds it to u in the step)


class Adamax(Optimizer):
    name = "adamax"
    order = 110
    Hyper = Hyper
    flavours = {
        "pytorch": Flavour(
            {"lr": 2e-3, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8, "weight_decay": 0.0},
            Form(eps_in_max=True),
        ),
        "keras": Flavour(
            {"lr": 1e-3, "beta1": 0.9, "beta2": 0.999, "eps": 1e-7, "weight_decay": 0.0},
            Form(eps_in_max=False),
        ),
    }
    export = Export(
        torch=FrameworkClass("torch.optim.Adamax"), keras=FrameworkClass("keras.optimizers.Adamax")
    )
    playground_lr = 0.1
    network_lr = 0.002
    normalized_steps = True
    state_names = ("m", "u")
    memory_state = "m"

    def step(self, x, g, lr, t):
        h = self.hyper
        self.m = self.m + (g - self.m) * (1 - h.beta1)  # m_t = β1 m_{t-1} + (1 - β1) g_t
        self.bias1 = 1 - h.beta1**t
        if self.form.eps_in_max:
            self.u = np.maximum(h.beta2 * self.u, np.abs(g) + h.eps)  # u_t = max(β2 u, |g| + ε)
            self.denominator = self.u
            x -= lr / self.bias1 * (self.m / self.u)  # x_t = x_{t-1} - η/(1-β1^t) m_t/u_t
        else:
            self.u = np.maximum(h.beta2 * self.u, np.abs(g))  # u_t = max(β2 u_{t-1}, |g_t|)
            self.denominator = self.u + h.eps
            x -= lr * self.m / (self.bias1 * self.denominator)  # … η m_t/((1-β1^t)(u_t + ε))

    def effective_step(self, lr):
        return lr / (self.bias1 * self.denominator)

    @classmethod
    def rules(cls, convention):
        if cls.flavours[convention].form.eps_in_max:
            return Rules(
                update=(
                    MOMENTS[0],
                    r"u_t = \max\!\left(\beta_2 u_{t-1},\ |g_t| + \varepsilon\right)",
                    r"x_t = x_{t-1} - \frac{\eta}{1-\beta_1^t}\,\frac{m_t}{u_t}",
                )
            )
        return Rules(
            update=(
                MOMENTS[0],
                r"u_t = \max\!\left(\beta_2 u_{t-1},\ |g_t|\right)",
                r"x_t = x_{t-1} - \frac{\eta\, m_t}{(1-\beta_1^t)(u_t + \varepsilon)}",
            )
        )

    def explain(self, view: StepView):
        k, g, lr, h = view.k, view.g, view.lr, self.hyper
        m, u = at("m", k), at("u", k)
        b1, b2 = factor(h.beta1), factor(h.beta2)
        lines = [running_average("m", k, r"\beta_1", h.beta1, view.before["m"], g, self.m)]
        u_before, eps = vec(view.before["u"]), num(h.eps)
        if self.form.eps_in_max:
            lines += [
                equation(
                    rf"{u} = \max\!\left(\beta_2 {at('u', k - 1)},\ |{at('g', k)}| + \varepsilon\right)",
                    rf"\max\!\left({b2}{u_before},\ \left|{vec(g)}\right| + {eps}\right)",
                    vec(self.u),
                ),
                equation(
                    rf"{at('x', k)} = {view.start} - \frac{{\eta}}{{1-\beta_1^{{{k}}}}}\,\frac{{{m}}}{{{u}}}",
                    rf"{vec(view.x_before)} - \frac{{{num(lr)}}}{{1 - {b1}^{{{k}}}}}"
                    rf"\frac{{{vec(self.m)}}}{{{vec(self.u)}}}",
                    vec(view.x),
                ),
            ]
            return lines
        lines += [
            equation(
                rf"{u} = \max\!\left(\beta_2 {at('u', k - 1)},\ |{at('g', k)}|\right)",
                rf"\max\!\left({b2}{u_before},\ \left|{vec(g)}\right|\right)",
                vec(self.u),
            ),
            equation(
                rf"{at('x', k)} = {view.start} - \frac{{\eta\, {m}}}{{(1-\beta_1^{{{k}}})({u} + \varepsilon)}}",
                rf"{vec(view.x_before)} - \frac{{{factor(lr)}{vec(self.m)}}}"
                rf"{{(1 - {b1}^{{{k}}})\left({vec(self.u)} + {eps}\right)}}",
                vec(view.x),
            ),
        ]
        return lines
