r"""Schedule-free AdamW (Defazio et al. 2024): no learning-rate schedule; instead it keeps two
sequences and shows their running average. The gradient is taken at an interpolation y of the
two, the base sequence z takes plain Adam-scaled steps, and x, the point shown (and the one to
evaluate a model at), is the average of all z so far.

.. math::
    y_t = (1-β_1)\, z_{t-1} + β_1\, x_{t-1},\quad g_t = ∇f(y_t),\quad
    v_t = β_2 v_{t-1} + (1-β_2) g_t^2,\quad
    z_t = z_{t-1} - η_t \left(\frac{g_t}{\sqrt{v_t/(1-β_2^t)} + ε} + λ y_t\right),\quad
    x_t = (1-c_t)\, x_{t-1} + c_t\, z_t

with :math:`x_0 = z_0` the start, :math:`η_t = η\min(1, t/W)` during a warm-up of W steps.
pytorch (the ``schedulefree`` package's ``AdamWScheduleFree``): :math:`c_t = η_{\max,t}^2 / \sum_{i
\le t} η_{\max,i}^2` (η_max the largest η_t so far), λ enters as above.

keras (``keras.optimizers.ScheduleFreeAdamW``, as Keras 3.15 computes it on the torch backend, the
one its fixtures and exported scripts use): :math:`c_t = 1/t`; its variable is y, which λ decays
first (:math:`\tilde y_t = y_t - ηλ y_t`), and it rebuilds the previous average from that y and
the z it has *just* updated, :math:`\tilde x_{t-1} = (\tilde y_t - (1-β_1) z_t)/β_1`, then
:math:`x_t = (1-c_t)\tilde x_{t-1} + c_t z_t` (its ``momentum_old`` is the same tensor as the
updated momentum). The warm-up factor is rounded to float32.

η 0.0025, β₁ 0.9, β₂ 0.999, ε 1e-8, W 0 in both. TF1 and d2l have none.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..base import Export, Flavour, FrameworkClass, Optimizer, Rules, StepView, average_of_squares
from ..conventions import WeightDecay
from ..hyperparameters import ABSENT, Hyperparameter
from ..latex import at, equation, factor, num, running_average, vec

WARMUP_STEPS = Hyperparameter(
    "warmup_steps", "W", "whole", ("warmup_steps", "warmup_steps", ABSENT, ABSENT),
    shown=(0, 100), slider_step=1,
)  # fmt: skip


@dataclass(frozen=True)
class Hyper:
    lr: float
    beta1: float
    beta2: float
    eps: float
    warmup_steps: int
    weight_decay: float


@dataclass(frozen=True)
class Form:
    weights_by_lr: bool  # c_t ∝ η_max² (schedulefree), else c_t = 1/t (Keras)
    # Keras keeps y as its variable: λ decays y, and x_{t-1} is rebuilt from that y and the z it
    # has just updated (its momentum_old is the same tensor); else λy joins the scaled gradient
    rebuilds_x: bool
    warmup_in_float32: bool  # Keras: min(1, t/W) is rounded to float32


TORCH_FORM = Form(weights_by_lr=True, rebuilds_x=False, warmup_in_float32=False)
KERAS_FORM = Form(weights_by_lr=False, rebuilds_x=True, warmup_in_float32=True)


TORCH_SETUP = '''optimizer.train()  # schedule-free optimizers step in train mode


def evaluation_point():
    """x, the averaged point (the parameter holds y, where gradients are taken)."""
    optimizer.eval()
    point = x.detach().numpy().copy()
    optimizer.train()
    return point
'''
KERAS_SETUP = '''optimizer.build([x])


def evaluation_point():
    """x = (y - (1 - β1) z) / β1: the averaged point (the variable holds y, the optimizer z)."""
    beta_1 = optimizer.beta_1
    z = optimizer._momentums[0].numpy()
    return (x.numpy() - (1 - beta_1) * z) / beta_1
'''


class ScheduleFreeAdamW(Optimizer):
    name = "schedule_free_adamw"
    order = 130
    Hyper = Hyper
    own_hyperparameters = (WARMUP_STEPS,)
    flavours = {
        "pytorch": Flavour(
            {
                "lr": 0.0025,
                "beta1": 0.9,
                "beta2": 0.999,
                "eps": 1e-8,
                "warmup_steps": 0,
                "weight_decay": 0.0,
            },
            TORCH_FORM,
            weight_decay=WeightDecay.OWN,
        ),
        "keras": Flavour(
            {
                "lr": 0.0025,
                "beta1": 0.9,
                "beta2": 0.999,
                "eps": 1e-8,
                "warmup_steps": 0,
                "weight_decay": 0.0,
            },
            KERAS_FORM,
            weight_decay=WeightDecay.OWN,
            note="th.note.schedule_free_keras",
        ),
    }
    export = Export(
        torch=FrameworkClass(
            "schedulefree.AdamWScheduleFree", setup=TORCH_SETUP, point="evaluation_point()"
        ),
        keras=FrameworkClass(
            "keras.optimizers.ScheduleFreeAdamW", setup=KERAS_SETUP, point="evaluation_point()"
        ),
    )
    playground_lr = 0.1
    network_lr = 0.003
    normalized_steps = True
    state_names = ("z", "y", "v")
    scalar_names = ("weight_sum", "lr_max")
    gradient_at = "y"

    def init_state(self, x0):
        self.z = x0.copy()  # z_0 = x_0
        self.y = x0.copy()
        self.v = np.zeros_like(x0)
        self.weight_sum, self.lr_max = 0.0, -1.0

    def gradient_point(self, x):
        # y_t = (1 - β1) z_{t-1} + β1 x_{t-1}
        self.y = (1 - self.hyper.beta1) * self.z + self.hyper.beta1 * x
        return self.y

    def step(self, x, g, lr, t):
        h, form = self.hyper, self.form
        warmup = min(1.0, t / h.warmup_steps) if h.warmup_steps else 1.0
        if form.warmup_in_float32:
            warmup = float(np.float32(warmup))
        self.lr_t = lr * warmup  # η_t = η min(1, t/W)
        self.v = average_of_squares(self.v, g, h.beta2)  # v_t = β2 v_{t-1} + (1 - β2) g_t²
        self.denominator = np.sqrt(self.v / (1 - h.beta2**t)) + h.eps  # √(v_t/(1 - β2^t)) + ε
        self.direction = g / self.denominator
        if h.weight_decay and not form.rebuilds_x:
            self.direction = self.direction + h.weight_decay * self.y  # + λ y_t
        self.z = self.z - self.lr_t * self.direction  # z_t = z_{t-1} - η_t (…)
        if form.rebuilds_x:
            # ỹ_t = y_t - ηλ y_t;  x̃_{t-1} = (ỹ_t - (1 - β1) z_t) / β1
            self.y_decayed = self.y - self.y * h.weight_decay * lr if h.weight_decay else self.y
            x[...] = (self.y_decayed - (1 - h.beta1) * self.z) / h.beta1
        self.x_start = x.copy()
        if form.weights_by_lr:
            self.lr_max = max(self.lr_max, self.lr_t)
            self.weight_sum = self.weight_sum + self.lr_max**2  # S_t = S_{t-1} + η_max²
            self.c = self.lr_max**2 / self.weight_sum
        else:
            self.c = 1 / t
        x[...] = (1 - self.c) * x + self.c * self.z  # x_t = (1 - c_t) x_{t-1} + c_t z_t

    def effective_step(self, lr):
        return self.lr_t / self.denominator

    @classmethod
    def rules(cls, convention):
        form = cls.flavours[convention].form
        weight = (
            r"c_t = \frac{\eta_{\max,t}^2}{\sum_{i \le t} \eta_{\max,i}^2}"
            if form.weights_by_lr
            else r"c_t = \frac{1}{t}"
        )
        scaled = r"\frac{g_t}{\sqrt{v_t/(1-\beta_2^t)} + \varepsilon}"
        head = (
            r"y_t = (1-\beta_1)\, z_{t-1} + \beta_1\, x_{t-1}, \qquad g_t = \nabla f(y_t)",
            r"v_t = \beta_2 v_{t-1} + (1-\beta_2)\, g_t^2, \qquad \eta_t = \eta\,\min(1, t/W)",
        )
        if form.rebuilds_x:
            update = (
                *head,
                rf"z_t = z_{{t-1}} - \eta_t\, {scaled}",
                r"\tilde x_{t-1} = \frac{(1 - \eta\lambda)\, y_t - (1-\beta_1)\, z_t}{\beta_1}",
                rf"{weight}, \qquad x_t = (1-c_t)\, \tilde x_{{t-1}} + c_t\, z_t",
            )
        else:
            update = (
                *head,
                rf"z_t = z_{{t-1}} - \eta_t \left({scaled} + \lambda\, y_t\right)",
                rf"{weight}, \qquad x_t = (1-c_t)\, x_{{t-1}} + c_t\, z_t",
            )
        return Rules(update=update, decay=())

    def explain_gradient_point(self, k, x_before):
        beta1 = self.hyper.beta1
        return [
            equation(
                rf"{at('y', k)} = (1-\beta_1)\, {at('z', k - 1)} + \beta_1\, {at('x', k - 1)}",
                rf"{factor(1 - beta1)}{vec(self.z)} + {factor(beta1)}{vec(x_before)}",
                vec(self.y),
            )
        ]

    def explain(self, view: StepView):
        k, g, lr, h, form = view.k, view.g, view.lr, self.hyper, self.form
        y, z, d, u, v, c = (at(name, k) for name in ("y", "z", "d", "u", "v", "c"))
        eta = r"\eta"
        lines = []
        if h.warmup_steps:
            eta = at(r"\eta", k)
            lines.append(
                equation(
                    rf"{eta} = \eta\,\min\!\left(1, \frac{{k}}{{W}}\right)",
                    rf"{factor(lr)}\min\!\left(1, \frac{{{k}}}{{{h.warmup_steps}}}\right)",
                    num(self.lr_t),
                )
            )
        lines += [
            running_average("v", k, r"\beta_2", h.beta2, view.before["v"], g, self.v, squared=True),
            equation(
                rf"{d} = \sqrt{{\frac{{{v}}}{{1-\beta_2^{{{k}}}}}}} + \varepsilon",
                rf"\sqrt{{\frac{{{vec(self.v)}}}{{1 - {factor(h.beta2)}^{{{k}}}}}}} + {num(h.eps)}",
                vec(self.denominator),
            ),
        ]
        if h.weight_decay and not form.rebuilds_x:
            lines.append(
                equation(
                    rf"{u} = \frac{{{at('g', k)}}}{{{d}}} + \lambda\, {y}",
                    rf"\frac{{{vec(g)}}}{{{vec(self.denominator)}}} + "
                    rf"{factor(h.weight_decay)}{vec(self.y)}",
                    vec(self.direction),
                )
            )
        else:
            lines.append(
                equation(
                    rf"{u} = \frac{{{at('g', k)}}}{{{d}}}",
                    rf"\frac{{{vec(g)}}}{{{vec(self.denominator)}}}",
                    vec(self.direction),
                )
            )
        lines.append(
            equation(
                rf"{z} = {at('z', k - 1)} - {eta}\, {u}",
                rf"{vec(view.before['z'])} - {factor(self.lr_t)}{vec(self.direction)}",
                vec(self.z),
            )
        )
        x_before, start = view.x_before, view.start
        if form.rebuilds_x:
            y_used, y_used_numbers = y, vec(self.y)
            if h.weight_decay:
                y_used, y_used_numbers = at(r"\tilde y", k), vec(self.y_decayed)
                lines.append(
                    equation(
                        rf"{y_used} = {y} - \eta\lambda\, {y}",
                        rf"{vec(self.y)} - {num(lr)} \cdot {factor(h.weight_decay)}{vec(self.y)}",
                        y_used_numbers,
                    )
                )
            x_before, start = self.x_start, rf"\tilde x_{{{k - 1}}}"
            lines.append(
                equation(
                    rf"{start} = \frac{{{y_used} - (1-\beta_1)\, {z}}}{{\beta_1}}",
                    rf"\frac{{{y_used_numbers} - {factor(1 - h.beta1)}{vec(self.z)}}}"
                    rf"{{{num(h.beta1)}}}",
                    vec(x_before),
                    note="explain.note.schedule_free_keras",
                )
            )
        if form.weights_by_lr:
            lr_max, weights = at(r"\eta^{\max}", k), at("S", k)
            if k == 1:
                lines.append(equation(rf"{lr_max} = {eta}", None, num(self.lr_max)))
            else:
                lr_max_before = at(r"\eta^{\max}", k - 1)
                lines.append(
                    equation(
                        rf"{lr_max} = \max\!\left({lr_max_before},\, {eta}\right)",
                        rf"\max\!\left({factor(view.before['lr_max'])},\, {factor(self.lr_t)}\right)",
                        num(self.lr_max),
                    )
                )
            lines += [
                equation(
                    rf"{weights} = {at('S', k - 1)} + {{{lr_max}}}^2",
                    rf"{factor(view.before['weight_sum'])} + {factor(self.lr_max)}^2",
                    num(self.weight_sum),
                ),
                equation(
                    rf"{c} = \frac{{{{{lr_max}}}^2}}{{{weights}}}",
                    rf"\frac{{{factor(self.lr_max)}^2}}{{{factor(self.weight_sum)}}}",
                    num(self.c),
                    note="explain.note.schedule_free_weights",
                ),
            ]
        else:
            lines.append(equation(rf"{c} = \frac{{1}}{{k}}", rf"\frac{{1}}{{{k}}}", num(self.c)))
        lines.append(
            equation(
                rf"{at('x', k)} = (1-{c})\, {start} + {c}\, {z}",
                rf"\left(1 - {num(self.c)}\right){vec(x_before)} + {factor(self.c)}{vec(self.z)}",
                vec(view.x),
            )
        )
        return lines
