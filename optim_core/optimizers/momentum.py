r"""Heavy-ball momentum (SGD with momentum μ).

pytorch, tf1, d2l: :math:`b_1 = g_1`, :math:`b_t = μ b_{t-1} + (1-τ) g_t`,
:math:`x_t = x_{t-1} - η b_t`; τ is PyTorch's dampening (tf1 and d2l have none).

keras: :math:`v_t = μ v_{t-1} - η g_t`, :math:`x_t = x_{t-1} + v_t`: the velocity carries η. With a
constant η it is the same path (v = −η b); with a schedule it differs, as the frameworks do.

Defaults: μ 0.9 (the frameworks default to 0, which is plain SGD), τ 0; η as for SGD; d2l η 0.4
with μ 0.5.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..base import Export, Flavour, FrameworkClass, Optimizer, Rules, StepView
from ..latex import at, equation, factor, vec


@dataclass(frozen=True)
class Hyper:
    lr: float
    momentum: float
    dampening: float
    weight_decay: float


@dataclass(frozen=True)
class Form:
    lr_in_velocity: bool  # Keras: v = μv − ηg, x += v (else b = μb + g, x −= ηb)


TORCH_FORM, KERAS_FORM = Form(lr_in_velocity=False), Form(lr_in_velocity=True)


class Momentum(Optimizer):
    name = "momentum"
    order = 20
    Hyper = Hyper
    flavours = {
        "pytorch": Flavour(
            {"lr": 1e-3, "momentum": 0.9, "dampening": 0.0, "weight_decay": 0.0},
            TORCH_FORM,
            note="th.note.momentum_tau",
        ),
        "keras": Flavour(
            {"lr": 1e-2, "momentum": 0.9, "weight_decay": 0.0},
            KERAS_FORM,
            fixed={"dampening": 0.0},
            note="th.note.momentum_keras",
        ),
        "tf1": Flavour(
            {"lr": 1e-2, "momentum": 0.9, "weight_decay": 0.0}, TORCH_FORM, fixed={"dampening": 0.0}
        ),
        "d2l": Flavour(
            {"lr": 0.4, "momentum": 0.5, "weight_decay": 0.0}, TORCH_FORM, fixed={"dampening": 0.0}
        ),
    }
    export = Export(
        torch=FrameworkClass("torch.optim.SGD"), keras=FrameworkClass("keras.optimizers.SGD")
    )
    playground_lr = 0.05
    network_lr = 0.01
    state_names = ("b",)
    memory_state = "b"
    nesterov = False  # look ahead: step along g + μb (Nesterov) instead of b

    @classmethod
    def memory_push(cls, convention):
        return 1.0 if cls.flavours[convention].form.lr_in_velocity else -1.0  # v: x += v

    def step(self, x, g, lr, t):
        mu = self.hyper.momentum
        if self.form.lr_in_velocity:
            self.b = mu * self.b - lr * g  # v_t = μ v_{t-1} - η g_t
            if self.nesterov:
                x += mu * self.b - lr * g  # x_t = x_{t-1} + μ v_t - η g_t
            else:
                x += self.b  # x_t = x_{t-1} + v_t
            return
        if t == 1:
            self.b = g.copy()  # b_1 = g_1
        else:
            self.b = mu * self.b + (1 - self.hyper.dampening) * g  # b_t = μ b_{t-1} + (1-τ) g_t
        if self.nesterov:
            x -= lr * (g + mu * self.b)  # x_t = x_{t-1} - η (g_t + μ b_t)
        else:
            x -= lr * self.b  # x_t = x_{t-1} - η b_t

    def effective_step(self, lr):
        return np.full(self.shape, lr)

    @classmethod
    def rules(cls, convention):
        form = cls.flavours[convention].form
        if form.lr_in_velocity:
            move = (
                r"x_t = x_{t-1} + \mu\, v_t - \eta\, g_t"
                if cls.nesterov
                else r"x_t = x_{t-1} + v_t"
            )
            return Rules(update=(r"v_t = \mu\, v_{t-1} - \eta\, g_t", move))
        tau = r"(1-\tau)\, " if "dampening" in cls.flavours[convention].defaults else ""
        buffer = rf"b_1 = g_1, \qquad b_t = \mu\, b_{{t-1}} + {tau}g_t"
        move = (
            r"x_t = x_{t-1} - \eta\,(g_t + \mu\, b_t)"
            if cls.nesterov
            else r"x_t = x_{t-1} - \eta\, b_t"
        )
        return Rules(update=(buffer, move))

    def explain(self, view: StepView):
        k, g, lr, mu = view.k, view.g, view.lr, self.hyper.momentum
        b_before, b, x_before = view.before["b"], self.b, view.x_before
        if self.form.lr_in_velocity:
            lines = [
                equation(
                    rf"{at('v', k)} = \mu\, {at('v', k - 1)} - \eta\, {at('g', k)}",
                    rf"{factor(mu)}{vec(b_before)} - {factor(lr)}{vec(g)}",
                    vec(b),
                )
            ]
            if self.nesterov:
                lines.append(
                    equation(
                        rf"{at('x', k)} = {view.start} + \mu\, {at('v', k)} - \eta\, {at('g', k)}",
                        rf"{vec(x_before)} + {factor(mu)}{vec(b)} - {factor(lr)}{vec(g)}",
                        vec(view.x),
                    )
                )
            else:
                lines.append(
                    equation(
                        rf"{at('x', k)} = {view.start} + {at('v', k)}",
                        rf"{vec(x_before)} + {vec(b)}",
                        vec(view.x),
                    )
                )
            return lines
        if k == 1:
            lines = [equation(rf"{at('b', 1)} = {at('g', 1)}", None, vec(b))]
        else:
            tau = self.hyper.dampening
            damped = rf"(1-\tau)\, {at('g', k)}" if tau else at("g", k)
            damped_numbers = rf"{factor(1 - tau)}{vec(g)}" if tau else vec(g)
            lines = [
                equation(
                    rf"{at('b', k)} = \mu\, {at('b', k - 1)} + {damped}",
                    rf"{factor(mu)}{vec(b_before)} + {damped_numbers}",
                    vec(b),
                )
            ]
        if self.nesterov:
            look_ahead = g + mu * b
            lines.append(
                equation(
                    rf"{at('d', k)} = {at('g', k)} + \mu\, {at('b', k)}",
                    rf"{vec(g)} + {factor(mu)}{vec(b)}",
                    vec(look_ahead),
                    note="explain.note.nesterov",
                )
            )
            lines.append(
                equation(
                    rf"{at('x', k)} = {view.start} - \eta\, {at('d', k)}",
                    rf"{vec(x_before)} - {factor(lr)}{vec(look_ahead)}",
                    vec(view.x),
                )
            )
        else:
            lines.append(
                equation(
                    rf"{at('x', k)} = {view.start} - \eta\, {at('b', k)}",
                    rf"{vec(x_before)} - {factor(lr)}{vec(b)}",
                    vec(view.x),
                )
            )
        return lines
