r"""Adadelta (Zeiler 2012): RMSProp whose step size is itself a running RMS of past updates.

.. math::
    s_t = γ s_{t-1} + (1-γ) g_t^2,\quad
    Δ_t = \frac{\sqrt{u_{t-1} + ε}}{\sqrt{s_t + ε}} g_t,\quad
    u_t = γ u_{t-1} + (1-γ) Δ_t^2,\quad
    x_t = x_{t-1} - η Δ_t

The same in every framework. Defaults: pytorch η 1.0, γ = ``rho`` 0.9, ε 1e-6; keras η 1e-3,
γ 0.95, ε 1e-7; tf1 η 1e-3, γ 0.95, ε 1e-8; d2l η 1 (none in the book), γ 0.9, ε 1e-5.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..base import Export, Flavour, FrameworkClass, Optimizer, Rules, StepView, average_of_squares
from ..latex import at, equation, factor, num, running_average, vec


@dataclass(frozen=True)
class Hyper:
    lr: float
    gamma: float
    eps: float
    weight_decay: float


class Adadelta(Optimizer):
    name = "adadelta"
    order = 60
    Hyper = Hyper
    flavours = {
        convention: Flavour({"lr": lr, "gamma": gamma, "eps": eps, "weight_decay": 0.0},
                            note="th.note.adadelta")
        for convention, lr, gamma, eps in (
            ("pytorch", 1.0, 0.9, 1e-6),
            ("keras", 1e-3, 0.95, 1e-7),
            ("tf1", 1e-3, 0.95, 1e-8),
            ("d2l", 1.0, 0.9, 1e-5),
        )
    }  # fmt: skip
    export = Export(
        torch=FrameworkClass("torch.optim.Adadelta"),
        keras=FrameworkClass("keras.optimizers.Adadelta"),
    )
    names = {"gamma": ("rho", "rho", "rho", "ρ (rho)")}
    playground_lr = 1.0
    network_lr = 1.0
    normalized_steps = True
    state_names = ("s", "u")

    def step(self, x, g, lr, t):
        h = self.hyper
        self.s = average_of_squares(self.s, g, h.gamma)  # s_t = γ s_{t-1} + (1-γ) g_t²
        # the step size over η: √(u_{t-1} + ε) / √(s_t + ε)
        self.scale = np.sqrt(self.u + h.eps) / np.sqrt(self.s + h.eps)
        self.delta = self.scale * g  # Δ_t = scale · g_t
        self.u = average_of_squares(self.u, self.delta, h.gamma)  # u_t = γ u_{t-1} + (1-γ) Δ_t²
        x -= lr * self.delta  # x_t = x_{t-1} - η Δ_t

    def effective_step(self, lr):
        return lr * self.scale

    @classmethod
    def rules(cls, convention):
        return Rules(
            update=(
                r"s_t = \gamma\, s_{t-1} + (1-\gamma)\, g_t^2",
                r"\Delta_t = \frac{\sqrt{u_{t-1} + \varepsilon}}{\sqrt{s_t + \varepsilon}}\, g_t",
                r"u_t = \gamma\, u_{t-1} + (1-\gamma)\, \Delta_t^2",
                r"x_t = x_{t-1} - \eta\, \Delta_t",
            )
        )

    def explain(self, view: StepView):
        k, g, h = view.k, view.g, self.hyper
        eps = num(h.eps)
        u_before, delta = view.before["u"], at(r"\Delta", k)
        return [
            running_average("s", k, r"\gamma", h.gamma, view.before["s"], g, self.s, squared=True),
            equation(
                rf"{delta} = \frac{{\sqrt{{{at('u', k - 1)} + \varepsilon}}}}"
                rf"{{\sqrt{{{at('s', k)} + \varepsilon}}}} \odot {at('g', k)}",
                rf"\frac{{\sqrt{{{vec(u_before)} + {eps}}}}}{{\sqrt{{{vec(self.s)} + {eps}}}}}"
                rf" \odot {vec(g)}",
                vec(self.delta),
            ),
            running_average(
                "u",
                k,
                r"\gamma",
                h.gamma,
                u_before,
                self.delta,
                self.u,
                squared=True,
                source_symbol=delta,
            ),
            equation(
                rf"{at('x', k)} = {view.start} - \eta\, {delta}",
                rf"{vec(view.x_before)} - {factor(view.lr)}{vec(self.delta)}",
                vec(view.x),
            ),
        ]
