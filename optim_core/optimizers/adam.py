r"""Adam (Kingma & Ba 2015): momentum on g and RMSProp on g², both bias-corrected.

.. math:: m_t = β_1 m_{t-1} + (1-β_1) g_t,\quad v_t = β_2 v_{t-1} + (1-β_2) g_t^2

pytorch, d2l: :math:`x_t = x_{t-1} - η \frac{\hat m_t}{\sqrt{\hat v_t} + ε}` with
:math:`\hat m_t = m_t/(1-β_1^t)`, :math:`\hat v_t = v_t/(1-β_2^t)` (ε 1e-8, η 1e-3; d2l ε 1e-6,
η 0.01).

keras, tf1 ("ε-hat" form): :math:`x_t = x_{t-1} - η\frac{\sqrt{1-β_2^t}}{1-β_1^t} \cdot
\frac{m_t}{\sqrt{v_t} + ε}` (keras ε 1e-7, tf1 ε 1e-8; η 1e-3).

amsgrad: :math:`v^{max}_t = \max(v^{max}_{t-1}, v_t)` replaces :math:`v_t` in the step.
β₁ 0.9 and β₂ 0.999 everywhere.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..base import Export, Flavour, FrameworkClass, Optimizer, Rules, StepView, average_of_squares
from ..latex import at, equation, factor, num, running_average, vec


@dataclass(frozen=True)
class Hyper:
    lr: float
    beta1: float
    beta2: float
    eps: float
    amsgrad: bool
    weight_decay: float


@dataclass(frozen=True)
class Form:
    eps_hat: bool  # ε added to √v before the bias correction (Keras, TF1)


TORCH_FORM, EPS_HAT_FORM = Form(eps_hat=False), Form(eps_hat=True)
MOMENTS = (
    r"m_t = \beta_1 m_{t-1} + (1-\beta_1)\, g_t",
    r"v_t = \beta_2 v_{t-1} + (1-\beta_2)\, g_t^2",
)
HATS = r"\hat m_t = \frac{m_t}{1-\beta_1^t}, \qquad \hat v_t = \frac{v_t}{1-\beta_2^t}"
AMSGRAD_RULE = (
    r"v^{\max}_t = \max\!\left(v^{\max}_{t-1},\, v_t\right)",
    r"v_t \to v^{\max}_t",
)


def adam_step(start: str, eps_hat: bool) -> tuple[str, ...]:
    """The step from the point ``start``: PyTorch's bias-corrected form, or Keras's ε-hat form."""
    if eps_hat:
        return (
            rf"x_t = {start} - \eta\,\frac{{\sqrt{{1-\beta_2^t}}}}{{1-\beta_1^t}}\cdot"
            r"\frac{m_t}{\sqrt{v_t} + \hat\varepsilon}",
        )
    return (HATS, rf"x_t = {start} - \eta\,\frac{{\hat m_t}}{{\sqrt{{\hat v_t}} + \varepsilon}}")


class Adam(Optimizer):
    name = "adam"
    order = 70
    Hyper = Hyper
    flavours = {
        "pytorch": Flavour(
            {
                "lr": 1e-3,
                "beta1": 0.9,
                "beta2": 0.999,
                "eps": 1e-8,
                "amsgrad": False,
                "weight_decay": 0.0,
            },
            TORCH_FORM,
        ),
        "keras": Flavour(
            {
                "lr": 1e-3,
                "beta1": 0.9,
                "beta2": 0.999,
                "eps": 1e-7,
                "amsgrad": False,
                "weight_decay": 0.0,
            },
            EPS_HAT_FORM,
            note="th.note.adam_eps_hat",
        ),
        "tf1": Flavour(
            {"lr": 1e-3, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8, "weight_decay": 0.0},
            EPS_HAT_FORM,
            fixed={"amsgrad": False},
            note="th.note.adam_eps_hat",
        ),
        "d2l": Flavour(
            {
                "lr": 1e-2,
                "beta1": 0.9,
                "beta2": 0.999,
                "eps": 1e-6,
                "amsgrad": False,
                "weight_decay": 0.0,
            },
            TORCH_FORM,
        ),
    }
    export = Export(
        torch=FrameworkClass("torch.optim.Adam"), keras=FrameworkClass("keras.optimizers.Adam")
    )
    playground_lr = 0.1
    network_lr = 0.001
    normalized_steps = True
    state_names = ("m", "v", "v_max")
    memory_state = "m"

    def active_state_names(self):
        return ("m", "v", "v_max") if self.hyper.amsgrad else ("m", "v")

    def step(self, x, g, lr, t):
        h = self.hyper
        # m_t = β1 m_{t-1} + (1 - β1) g_t   (written m + (1 - β1)(g - m), as torch and Keras do)
        self.m = self.m + (g - self.m) * (1 - h.beta1)
        self.v = average_of_squares(self.v, g, h.beta2)  # v_t = β2 v_{t-1} + (1 - β2) g_t²
        second_moment = self.v
        if h.amsgrad:
            self.v_max = np.maximum(self.v_max, self.v)  # v_max_t = max(v_max_{t-1}, v_t)
            second_moment = self.v_max
        bias1, bias2 = 1 - h.beta1**t, 1 - h.beta2**t
        if self.form.eps_hat:
            # x_t = x_{t-1} - (η √(1 - β2^t) / (1 - β1^t)) m_t / (√v_t + ε)
            self.step_size = lr * math.sqrt(bias2) / bias1
            self.denominator = np.sqrt(second_moment) + h.eps
        else:
            # x_t = x_{t-1} - (η / (1 - β1^t)) m_t / (√v_t / √(1 - β2^t) + ε)
            self.step_size = lr / bias1
            self.denominator = np.sqrt(second_moment) / math.sqrt(bias2) + h.eps
        x -= self.step_size * self.m / self.denominator

    def effective_step(self, lr):
        return self.step_size / self.denominator

    @classmethod
    def rules(cls, convention):
        flavour = cls.flavours[convention]
        options = (("th.variant.amsgrad", AMSGRAD_RULE),) if "amsgrad" in flavour.defaults else ()
        return Rules(
            update=(*MOMENTS, *adam_step("x_{t-1}", flavour.form.eps_hat)), options=options
        )

    def explain(self, view: StepView):
        k, g, lr, h = view.k, view.g, view.lr, self.hyper
        m, v = at("m", k), at("v", k)
        lines = [
            running_average("m", k, r"\beta_1", h.beta1, view.before["m"], g, self.m),
            running_average("v", k, r"\beta_2", h.beta2, view.before["v"], g, self.v, squared=True),
        ]
        second, second_value = v, self.v
        if h.amsgrad:
            second, second_value = at(r"v^{\max}", k), self.v_max
            second_before = at(r"v^{\max}", k - 1)
            lines.append(
                equation(
                    rf"{second} = \max\!\left({second_before},\, {v}\right)",
                    rf"\max\!\left({vec(view.before['v_max'])},\, {vec(self.v)}\right)",
                    vec(second_value),
                    note="explain.note.amsgrad",
                )
            )
        b1, b2 = factor(h.beta1), factor(h.beta2)
        if self.form.eps_hat:
            alpha = at(r"\alpha", k)
            lines.append(
                equation(
                    rf"{alpha} = \eta\,\frac{{\sqrt{{1-\beta_2^{{{k}}}}}}}{{1-\beta_1^{{{k}}}}}",
                    rf"{factor(lr)}\frac{{\sqrt{{1 - {b2}^{{{k}}}}}}}{{1 - {b1}^{{{k}}}}}",
                    num(self.step_size),
                    note="explain.note.eps_hat",
                )
            )
            lines.append(
                equation(
                    rf"{at('x', k)} = {view.start} - {alpha}\,\frac{{{m}}}{{\sqrt{{{second}}} + \hat\varepsilon}}",
                    rf"{vec(view.x_before)} - {factor(self.step_size)}\frac{{{vec(self.m)}}}"
                    rf"{{\sqrt{{{vec(second_value)}}} + {num(h.eps)}}}",
                    vec(view.x),
                )
            )
            return lines
        m_hat, v_hat = at(r"\hat m", k), at(r"\hat v", k)
        m_hat_value = self.m / (1 - h.beta1**k)
        v_hat_value = second_value / (1 - h.beta2**k)
        lines += [
            equation(
                rf"{m_hat} = \frac{{{m}}}{{1-\beta_1^{{{k}}}}}",
                rf"\frac{{{vec(self.m)}}}{{1 - {b1}^{{{k}}}}}",
                vec(m_hat_value),
            ),
            equation(
                rf"{v_hat} = \frac{{{second}}}{{1-\beta_2^{{{k}}}}}",
                rf"\frac{{{vec(second_value)}}}{{1 - {b2}^{{{k}}}}}",
                vec(v_hat_value),
            ),
            equation(
                rf"{at('x', k)} = {view.start} - \eta\,\frac{{{m_hat}}}{{\sqrt{{{v_hat}}} + \varepsilon}}",
                rf"{vec(view.x_before)} - {factor(lr)}\frac{{{vec(m_hat_value)}}}"
                rf"{{\sqrt{{{vec(v_hat_value)}}} + {num(h.eps)}}}",
                vec(view.x),
            ),
        ]
        return lines
