r"""AdaGrad (Duchi, Hazan & Singer 2011): squared gradients are summed, so steps only shrink.

.. math:: s_t = s_{t-1} + g_t^2

pytorch: :math:`x_t = x_{t-1} - \frac{η_t}{\sqrt{s_t} + ε} g_t` with
:math:`η_t = η / (1 + (t-1)\,δ)` (δ = ``lr_decay``); ε 1e-10, η 1e-2, :math:`s_0` 0.

keras: :math:`x_t = x_{t-1} - \frac{η}{\sqrt{s_t + ε}} g_t`; ε 1e-7, η 1e-3, :math:`s_0` 0.1.
tf1: as keras with ε 0 (TF1 has no ε), :math:`s_0` 0.1. d2l: as keras with ε 1e-6, η 0.4,
:math:`s_0` 0.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..base import (
    Export,
    Flavour,
    FrameworkClass,
    Optimizer,
    Rules,
    StepView,
    denominator,
    denominator_latex,
    denominator_numbers,
)
from ..latex import at, equation, factor, num, vec


@dataclass(frozen=True)
class Hyper:
    lr: float
    eps: float
    lr_decay: float
    initial_accumulator_value: float
    weight_decay: float


@dataclass(frozen=True)
class Form:
    eps_in_sqrt: bool  # η/√(s + ε) (else η/(√s + ε))


class AdaGrad(Optimizer):
    name = "adagrad"
    order = 40
    Hyper = Hyper
    flavours = {
        "pytorch": Flavour(
            {
                "lr": 1e-2,
                "eps": 1e-10,
                "lr_decay": 0.0,
                "initial_accumulator_value": 0.0,
                "weight_decay": 0.0,
            },
            Form(eps_in_sqrt=False),
            note="th.note.adagrad_torch",
        ),
        "keras": Flavour(
            {"lr": 1e-3, "eps": 1e-7, "initial_accumulator_value": 0.1, "weight_decay": 0.0},
            Form(eps_in_sqrt=True),
            fixed={"lr_decay": 0.0},
            note="th.note.adagrad_keras",
        ),
        "tf1": Flavour(
            {"lr": 1e-2, "eps": 0.0, "initial_accumulator_value": 0.1, "weight_decay": 0.0},
            Form(eps_in_sqrt=True),
            fixed={"lr_decay": 0.0},
            note="th.note.adagrad_keras",
        ),
        "d2l": Flavour(
            {"lr": 0.4, "eps": 1e-6, "initial_accumulator_value": 0.0, "weight_decay": 0.0},
            Form(eps_in_sqrt=True),
            fixed={"lr_decay": 0.0},
            note="th.note.adagrad_keras",
        ),
    }
    export = Export(
        torch=FrameworkClass("torch.optim.Adagrad"),
        keras=FrameworkClass("keras.optimizers.Adagrad"),
    )
    playground_lr = 0.5
    network_lr = 0.01
    state_names = ("s",)

    def init_state(self, x0):
        self.s = np.full_like(x0, self.hyper.initial_accumulator_value)

    def step(self, x, g, lr, t):
        h = self.hyper
        self.s = self.s + g * g  # s_t = s_{t-1} + g_t²
        self.lr_t = lr / (1 + (t - 1) * h.lr_decay)  # η_t = η / (1 + (t-1) δ)
        self.denominator = denominator(self.s, h.eps, self.form.eps_in_sqrt)
        x -= self.lr_t * g / self.denominator  # x_t = x_{t-1} - η_t g_t / denominator

    def effective_step(self, lr):
        return self.lr_t / self.denominator

    @classmethod
    def rules(cls, convention):
        flavour = cls.flavours[convention]
        eta = r"\eta_t" if "lr_decay" in flavour.defaults else r"\eta"
        lines = (r"s_t = s_{t-1} + g_t^2",)
        if "lr_decay" in flavour.defaults:
            lines += (r"\eta_t = \frac{\eta}{1 + (t-1)\,\delta}",)
        fraction = rf"\frac{{{eta}}}{{{denominator_latex('s_t', flavour.form.eps_in_sqrt)}}}"
        return Rules(update=(*lines, rf"x_t = x_{{t-1}} - {fraction}\, g_t"))

    def explain(self, view: StepView):
        k, g, h = view.k, view.g, self.hyper
        lines = [
            equation(
                rf"{at('s', k)} = {at('s', k - 1)} + {at('g', k)}^2",
                rf"{vec(view.before['s'])} + {vec(g)}^2",
                vec(self.s),
            )
        ]
        eta = r"\eta"
        if h.lr_decay:
            eta = at(r"\eta", k)
            lines.append(
                equation(
                    rf"{eta} = \frac{{\eta}}{{1 + (k-1)\,\delta}}",
                    rf"\frac{{{num(view.lr)}}}{{1 + {k - 1} \cdot {factor(h.lr_decay)}}}",
                    num(self.lr_t),
                )
            )
        eps_in_sqrt = self.form.eps_in_sqrt
        size = rf"\frac{{{eta}}}{{{denominator_latex(at('s', k), eps_in_sqrt)}}}"
        eps_numbers = denominator_numbers(vec(self.s), num(h.eps), eps_in_sqrt)
        effective = self.effective_step(view.lr)
        lines.append(equation(size, rf"\frac{{{num(self.lr_t)}}}{{{eps_numbers}}}", vec(effective)))
        lines.append(
            equation(
                rf"{at('x', k)} = {view.start} - {size} \odot {at('g', k)}",
                rf"{vec(view.x_before)} - {vec(effective)} \odot {vec(g)}",
                vec(view.x),
            )
        )
        return lines
