r"""NAdam (Dozat 2016): Adam with Nesterov's look-ahead, on a momentum schedule μ_t.

.. math::
    μ_t = β_1\left(1 - \tfrac12\, 0.96^{tψ}\right),\quad Π_t = \prod_{i \le t} μ_i,\quad
    m_t = β_1 m_{t-1} + (1-β_1) g_t,\quad v_t = β_2 v_{t-1} + (1-β_2) g_t^2

.. math::
    x_t = x_{t-1} - η\,\frac{1-μ_t}{1-Π_t}\,\frac{g_t}{\sqrt{\hat v_t} + ε}
          - η\,\frac{μ_{t+1}}{1-Π_{t+1}}\,\frac{m_t}{\sqrt{\hat v_t} + ε},
    \qquad \hat v_t = \frac{v_t}{1-β_2^t}

pytorch (``torch.optim.NAdam``): ψ = ``momentum_decay`` 0.004, η 2e-3, ε 1e-8; weight decay
coupled unless ``decoupled_weight_decay`` (then as AdamW).
keras (``keras.optimizers.Nadam``): ψ = 1 (its schedule is 0.96^t), η 1e-3, ε 1e-7; decoupled
weight decay as every Keras optimizer. β₁ 0.9, β₂ 0.999 in both. TF1 and d2l have no NAdam.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..base import Export, Flavour, FrameworkClass, Optimizer, Rules, StepView, average_of_squares
from ..conventions import WeightDecay
from ..hyperparameters import ABSENT, Hyperparameter
from ..latex import at, equation, factor, num, running_average, vec
from .adam import MOMENTS

MOMENTUM_DECAY = Hyperparameter(
    "momentum_decay", r"\psi", "nonnegative", ("momentum_decay", ABSENT, ABSENT, ABSENT),
    shown=(0.0, 1.0), grid=(0.0, 1e-3, 2e-3, 4e-3, 1e-2, 4e-2, 0.1, 0.4, 1.0),
)  # fmt: skip


@dataclass(frozen=True)
class Hyper:
    lr: float
    beta1: float
    beta2: float
    eps: float
    momentum_decay: float
    weight_decay: float
    decoupled_weight_decay: bool


def momentum_at(beta1: float, momentum_decay: float, t: int) -> float:
    """μ_t = β1 (1 - ½ 0.96^(t ψ))."""
    return beta1 * (1.0 - 0.5 * (0.96 ** (t * momentum_decay)))


class NAdam(Optimizer):
    name = "nadam"
    order = 90
    Hyper = Hyper
    own_hyperparameters = (MOMENTUM_DECAY,)
    flavours = {
        "pytorch": Flavour(
            {
                "lr": 2e-3,
                "beta1": 0.9,
                "beta2": 0.999,
                "eps": 1e-8,
                "momentum_decay": 4e-3,
                "weight_decay": 0.0,
                "decoupled_weight_decay": False,
            },
        ),
        "keras": Flavour(
            {"lr": 1e-3, "beta1": 0.9, "beta2": 0.999, "eps": 1e-7, "weight_decay": 0.0},
            fixed={"momentum_decay": 1.0, "decoupled_weight_decay": False},
            note="th.note.nadam_keras",
        ),
    }
    export = Export(
        torch=FrameworkClass("torch.optim.NAdam"), keras=FrameworkClass("keras.optimizers.Nadam")
    )
    playground_lr = 0.1
    network_lr = 0.001
    normalized_steps = True
    decoupled_option = WeightDecay.DECOUPLED
    state_names = ("m", "v")
    memory_state = "m"
    scalar_names = ("mu_product",)

    def init_state(self, x0):
        super().init_state(x0)
        self.mu_product = 1.0  # Π_0

    def step(self, x, g, lr, t):
        h = self.hyper
        self.mu = momentum_at(h.beta1, h.momentum_decay, t)  # μ_t
        self.mu_next = momentum_at(h.beta1, h.momentum_decay, t + 1)  # μ_{t+1}
        self.mu_product = self.mu_product * self.mu  # Π_t = Π_{t-1} μ_t
        self.m = self.m + (g - self.m) * (1 - h.beta1)  # m_t = β1 m_{t-1} + (1 - β1) g_t
        self.v = average_of_squares(self.v, g, h.beta2)  # v_t = β2 v_{t-1} + (1 - β2) g_t²
        self.denominator = np.sqrt(self.v / (1 - h.beta2**t)) + h.eps  # √v̂_t + ε
        # x_t = x_{t-1} - η (1-μ_t)/(1-Π_t) g_t/(√v̂_t + ε) - η μ_{t+1}/(1-Π_{t+1}) m_t/(√v̂_t + ε)
        x -= lr * (1 - self.mu) / (1 - self.mu_product) * (g / self.denominator)
        x -= lr * self.mu_next / (1 - self.mu_product * self.mu_next) * (self.m / self.denominator)

    def effective_step(self, lr):
        return lr / self.denominator

    @classmethod
    def rules(cls, convention):
        psi = r"t\psi" if "momentum_decay" in cls.flavours[convention].defaults else "t"
        update = (
            rf"\mu_t = \beta_1\left(1 - \tfrac12\, 0.96^{{{psi}}}\right), \qquad "
            r"\Pi_t = \prod_{i \le t} \mu_i",
            *MOMENTS,
            r"\hat v_t = \frac{v_t}{1-\beta_2^t}",
            r"x_t = x_{t-1} - \eta\,\frac{1-\mu_t}{1-\Pi_t}\,\frac{g_t}{\sqrt{\hat v_t} + \varepsilon}"
            r" - \eta\,\frac{\mu_{t+1}}{1-\Pi_{t+1}}\,\frac{m_t}{\sqrt{\hat v_t} + \varepsilon}",
        )
        return Rules(update=update)

    def explain(self, view: StepView):
        k, g, lr, h = view.k, view.g, view.lr, self.hyper
        psi = "momentum_decay" in self.flavour.defaults  # Keras's schedule is 0.96^t
        b1 = factor(h.beta1)
        mu, mu_next, pi, pi_before = (
            at(r"\mu", k),
            at(r"\mu", k + 1),
            at(r"\Pi", k),
            at(r"\Pi", k - 1),
        )
        lines = []
        for step, symbol, value in ((k, mu, self.mu), (k + 1, mu_next, self.mu_next)):
            power = rf"{step}\psi" if psi else str(step)
            exponent = rf"{step} \cdot {num(h.momentum_decay)}" if psi else str(step)
            lines.append(
                equation(
                    rf"{symbol} = \beta_1\left(1 - \tfrac12\, 0.96^{{{power}}}\right)",
                    rf"{b1}\left(1 - 0.5 \cdot 0.96^{{{exponent}}}\right)",
                    num(value),
                )
            )
        m, v, d = at("m", k), at("v", k), at("d", k)
        lines += [
            equation(
                rf"{pi} = {pi_before}\, {mu}",
                rf"{factor(view.before['mu_product'])} \cdot {factor(self.mu)}",
                num(self.mu_product),
            ),
            running_average("m", k, r"\beta_1", h.beta1, view.before["m"], g, self.m),
            running_average("v", k, r"\beta_2", h.beta2, view.before["v"], g, self.v, squared=True),
            equation(
                rf"{d} = \sqrt{{\frac{{{v}}}{{1-\beta_2^{{{k}}}}}}} + \varepsilon",
                rf"\sqrt{{\frac{{{vec(self.v)}}}{{1 - {factor(h.beta2)}^{{{k}}}}}}} + {num(h.eps)}",
                vec(self.denominator),
            ),
        ]
        product, product_next = (
            num(self.mu_product),
            rf"{factor(self.mu_product)} \cdot {factor(self.mu_next)}",
        )
        lines.append(
            equation(
                rf"{at('x', k)} = {view.start} - \eta\,\frac{{1-{mu}}}{{1-{pi}}}\,"
                rf"\frac{{{at('g', k)}}}{{{d}}} - \eta\,\frac{{{mu_next}}}{{1-{pi}\,{mu_next}}}\,"
                rf"\frac{{{m}}}{{{d}}}",
                rf"{vec(view.x_before)} - {factor(lr)}\frac{{1 - {num(self.mu)}}}{{1 - {product}}}"
                rf"\frac{{{vec(g)}}}{{{vec(self.denominator)}}} - {factor(lr)}"
                rf"\frac{{{num(self.mu_next)}}}{{1 - {product_next}}}"
                rf"\frac{{{vec(self.m)}}}{{{vec(self.denominator)}}}",
                vec(view.x),
            )
        )
        return lines
