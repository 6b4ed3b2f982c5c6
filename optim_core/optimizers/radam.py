r"""RAdam (Liu et al. 2020): Adam whose adaptive step is switched on only once the variance of
√v̂ can be trusted; before that, it is SGD with (bias-corrected) momentum.

.. math::
    m_t = β_1 m_{t-1} + (1-β_1) g_t,\quad v_t = β_2 v_{t-1} + (1-β_2) g_t^2,\quad
    \hat m_t = \frac{m_t}{1-β_1^t},\quad
    ρ_∞ = \frac{2}{1-β_2} - 1,\quad ρ_t = ρ_∞ - \frac{2tβ_2^t}{1-β_2^t}

.. math::
    ρ_t > 5:\ x_t = x_{t-1} - η\, r_t\, \frac{\sqrt{1-β_2^t}}{\sqrt{v_t} + ε}\, \hat m_t,\quad
    r_t = \sqrt{\frac{(ρ_t-4)(ρ_t-2)ρ_∞}{(ρ_∞-4)(ρ_∞-2)ρ_t}};\qquad
    ρ_t \le 5:\ x_t = x_{t-1} - η\, \hat m_t

pytorch only (``torch.optim.RAdam``): η 1e-3, β₁ 0.9, β₂ 0.999, ε 1e-8; weight decay coupled
unless ``decoupled_weight_decay`` (then as AdamW). With β₂ 0.999 the first 5 steps are SGD steps.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..base import Export, Flavour, FrameworkClass, Optimizer, Rules, StepView, average_of_squares
from ..conventions import WeightDecay
from ..latex import at, equation, factor, num, running_average, vec
from .adam import MOMENTS

TRACTABLE = 5.0  # ρ_t above this: the adaptive step's variance is finite and used


@dataclass(frozen=True)
class Hyper:
    lr: float
    beta1: float
    beta2: float
    eps: float
    weight_decay: float
    decoupled_weight_decay: bool


class RAdam(Optimizer):
    name = "radam"
    order = 100
    Hyper = Hyper
    flavours = {
        "pytorch": Flavour(
            {
                "lr": 1e-3,
                "beta1": 0.9,
                "beta2": 0.999,
                "eps": 1e-8,
                "weight_decay": 0.0,
                "decoupled_weight_decay": False,
            },
        ),
    }
    export = Export(torch=FrameworkClass("torch.optim.RAdam"))
    playground_lr = 0.01  # its first steps are plain momentum steps of size η·m̂
    network_lr = 0.003
    normalized_steps = True
    decoupled_option = WeightDecay.DECOUPLED
    state_names = ("m", "v")
    memory_state = "m"

    def step(self, x, g, lr, t):
        h = self.hyper
        self.m = self.m + (g - self.m) * (1 - h.beta1)  # m_t = β1 m_{t-1} + (1 - β1) g_t
        self.v = average_of_squares(self.v, g, h.beta2)  # v_t = β2 v_{t-1} + (1 - β2) g_t²
        self.bias1, bias2 = 1 - h.beta1**t, 1 - h.beta2**t
        self.m_hat = self.m / self.bias1  # m̂_t = m_t / (1 - β1^t)
        self.rho_inf = 2 / (1 - h.beta2) - 1  # ρ_∞ = 2/(1 - β2) - 1
        self.rho = self.rho_inf - 2 * t * (h.beta2**t) / bias2  # ρ_t = ρ_∞ - 2t β2^t/(1 - β2^t)
        if self.rho > TRACTABLE:
            rho, rho_inf = self.rho, self.rho_inf
            # r_t = √((ρ_t - 4)(ρ_t - 2)ρ_∞ / ((ρ_∞ - 4)(ρ_∞ - 2)ρ_t))
            self.rect = (
                (rho - 4) * (rho - 2) * rho_inf / ((rho_inf - 4) * (rho_inf - 2) * rho)
            ) ** 0.5
            self.adaptive = bias2**0.5 / (np.sqrt(self.v) + h.eps)  # √(1 - β2^t)/(√v_t + ε)
            x -= self.m_hat * lr * self.adaptive * self.rect  # x_t = x_{t-1} - η r_t (…) m̂_t
        else:
            self.rect, self.adaptive = 1.0, 1.0
            x -= self.m_hat * lr  # x_t = x_{t-1} - η m̂_t: SGD with momentum

    def effective_step(self, lr):
        """The factor on m_t: η r_t √(1 - β2^t) / ((√v_t + ε)(1 - β1^t)), or η/(1 - β1^t)."""
        return np.broadcast_to(lr * self.rect * self.adaptive / self.bias1, self.shape).copy()

    @classmethod
    def rules(cls, convention):
        update = (
            *MOMENTS,
            r"\hat m_t = \frac{m_t}{1-\beta_1^t}, \qquad \rho_\infty = \frac{2}{1-\beta_2} - 1,"
            r" \qquad \rho_t = \rho_\infty - \frac{2t\beta_2^t}{1-\beta_2^t}",
            r"\rho_t > 5:\quad r_t = \sqrt{\frac{(\rho_t-4)(\rho_t-2)\rho_\infty}"
            r"{(\rho_\infty-4)(\rho_\infty-2)\rho_t}},\qquad x_t = x_{t-1} - \eta\, r_t\,"
            r"\frac{\sqrt{1-\beta_2^t}}{\sqrt{v_t} + \varepsilon}\, \hat m_t",
            r"\rho_t \le 5:\quad x_t = x_{t-1} - \eta\, \hat m_t",
        )
        return Rules(update=update)

    def explain(self, view: StepView):
        k, g, lr, h = view.k, view.g, view.lr, self.hyper
        m, v, m_hat, rho = at("m", k), at("v", k), at(r"\hat m", k), at(r"\rho", k)
        b1, b2 = factor(h.beta1), factor(h.beta2)
        lines = [
            running_average("m", k, r"\beta_1", h.beta1, view.before["m"], g, self.m),
            running_average("v", k, r"\beta_2", h.beta2, view.before["v"], g, self.v, squared=True),
            equation(
                rf"{m_hat} = \frac{{{m}}}{{1-\beta_1^{{{k}}}}}",
                rf"\frac{{{vec(self.m)}}}{{1 - {b1}^{{{k}}}}}",
                vec(self.m_hat),
            ),
            equation(
                r"\rho_\infty = \frac{2}{1-\beta_2} - 1",
                rf"\frac{{2}}{{1 - {num(h.beta2)}}} - 1",
                num(self.rho_inf),
            ),
            equation(
                rf"{rho} = \rho_\infty - \frac{{2k\beta_2^{{k}}}}{{1-\beta_2^{{k}}}}",
                rf"{factor(self.rho_inf)} - \frac{{2 \cdot {k} \cdot {b2}^{{{k}}}}}{{1 - {b2}^{{{k}}}}}",
                num(self.rho),
            ),
        ]
        if self.rho <= TRACTABLE:
            lines.append(
                equation(
                    rf"{at('x', k)} = {view.start} - \eta\, {m_hat}",
                    rf"{vec(view.x_before)} - {factor(lr)}{vec(self.m_hat)}",
                    vec(view.x),
                    note="explain.note.radam_sgd",
                    rho=f"{self.rho:.4g}",
                )
            )
            return lines
        r = at("r", k)
        rho_value, rho_inf = factor(self.rho), factor(self.rho_inf)
        lines += [
            equation(
                rf"{r} = \sqrt{{\frac{{({rho}-4)({rho}-2)\rho_\infty}}"
                rf"{{(\rho_\infty-4)(\rho_\infty-2){rho}}}}}",
                rf"\sqrt{{\frac{{({rho_value} - 4)({rho_value} - 2) \cdot {rho_inf}}}"
                rf"{{({rho_inf} - 4)({rho_inf} - 2) \cdot {rho_value}}}}}",
                num(self.rect),
                note="explain.note.radam_adaptive",
                rho=f"{self.rho:.4g}",
            ),
            equation(
                rf"{at('x', k)} = {view.start} - \eta\, {r}\,\frac{{\sqrt{{1-\beta_2^{{{k}}}}}}}"
                rf"{{\sqrt{{{v}}} + \varepsilon}} \odot {m_hat}",
                rf"{vec(view.x_before)} - {factor(lr)} \cdot {factor(self.rect)}"
                rf"\frac{{\sqrt{{1 - {b2}^{{{k}}}}}}}{{\sqrt{{{vec(self.v)}}} + {num(h.eps)}}}"
                rf" \odot {vec(self.m_hat)}",
                vec(view.x),
            ),
        ]
        return lines
