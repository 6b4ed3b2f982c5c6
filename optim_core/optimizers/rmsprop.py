r"""RMSProp (Tieleman & Hinton 2012): an exponential moving average of g², over ~1/(1−γ) steps.

.. math:: s_t = γ s_{t-1} + (1-γ) g_t^2

pytorch: :math:`x_t = x_{t-1} - \frac{η}{\sqrt{s_t} + ε} g_t` (γ = ``alpha`` 0.99, ε 1e-8, η 1e-2)

keras, d2l: :math:`x_t = x_{t-1} - \frac{η}{\sqrt{s_t + ε}} g_t`
(keras γ = ``rho`` 0.9, ε 1e-7, η 1e-3; d2l γ 0.9, ε 1e-6, η 0.4)

tf1: as keras but :math:`s_0 = 1` (γ = ``decay`` 0.9, ε 1e-10, η 1e-3).

centered: :math:`\bar g_t = γ \bar g_{t-1} + (1-γ) g_t` and :math:`s_t - \bar g_t^2` replaces
:math:`s_t` under the square root.

momentum μ > 0: pytorch :math:`b_t = μ b_{t-1} + g_t/(\sqrt{s_t}+ε)`, :math:`x_t = x_{t-1} - η b_t`;
keras and tf1 :math:`b_t = μ b_{t-1} + η g_t/\sqrt{s_t+ε}`, :math:`x_t = x_{t-1} - b_t`.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..base import (
    Export,
    Flavour,
    FrameworkClass,
    Optimizer,
    Rules,
    StepView,
    average_of_squares,
    denominator,
    denominator_latex,
    denominator_numbers,
)
from ..latex import at, equation, factor, num, running_average, vec


@dataclass(frozen=True)
class Hyper:
    lr: float
    gamma: float
    eps: float
    momentum: float
    centered: bool
    weight_decay: float


@dataclass(frozen=True)
class Form:
    eps_in_sqrt: bool  # η/√(s + ε) (else η/(√s + ε))
    initial_mean_square: float  # s₀: TF1 starts at 1
    lr_in_velocity: bool  # with momentum: b = μb + ηg/√…, x −= b (else b = μb + g/…, x −= ηb)


class RMSProp(Optimizer):
    name = "rmsprop"
    order = 50
    Hyper = Hyper
    flavours = {
        "pytorch": Flavour(
            {
                "lr": 1e-2,
                "gamma": 0.99,
                "eps": 1e-8,
                "momentum": 0.0,
                "centered": False,
                "weight_decay": 0.0,
            },
            Form(eps_in_sqrt=False, initial_mean_square=0.0, lr_in_velocity=False),
        ),
        "keras": Flavour(
            {
                "lr": 1e-3,
                "gamma": 0.9,
                "eps": 1e-7,
                "momentum": 0.0,
                "centered": False,
                "weight_decay": 0.0,
            },
            Form(eps_in_sqrt=True, initial_mean_square=0.0, lr_in_velocity=True),
        ),
        "tf1": Flavour(
            {
                "lr": 1e-3,
                "gamma": 0.9,
                "eps": 1e-10,
                "momentum": 0.0,
                "centered": False,
                "weight_decay": 0.0,
            },
            Form(eps_in_sqrt=True, initial_mean_square=1.0, lr_in_velocity=True),
            note="th.note.rmsprop_tf1",
        ),
        "d2l": Flavour(
            {"lr": 0.4, "gamma": 0.9, "eps": 1e-6, "weight_decay": 0.0},
            Form(eps_in_sqrt=True, initial_mean_square=0.0, lr_in_velocity=False),
            fixed={"momentum": 0.0, "centered": False},
        ),
    }
    export = Export(
        torch=FrameworkClass("torch.optim.RMSprop"),
        keras=FrameworkClass("keras.optimizers.RMSprop"),
    )
    names = {"gamma": ("alpha", "rho", "decay", "γ (gamma)")}
    playground_lr = 0.1
    network_lr = 0.001
    normalized_steps = True
    state_names = ("s", "g_bar", "b")
    memory_state = "b"  # with momentum only

    def init_state(self, x0):
        super().init_state(x0)
        self.s = self.s + self.form.initial_mean_square

    def active_state_names(self):
        names = ["s"]
        if self.hyper.centered:
            names.append("g_bar")
        if self.hyper.momentum > 0:
            names.append("b")
        return tuple(names)

    def step(self, x, g, lr, t):
        h, form = self.hyper, self.form
        self.s = average_of_squares(self.s, g, h.gamma)  # s_t = γ s_{t-1} + (1-γ) g_t²
        mean_square = self.s
        if h.centered:
            # ḡ_t = γ ḡ_{t-1} + (1-γ) g_t;  the variance s_t - ḡ_t² replaces s_t
            self.g_bar = h.gamma * self.g_bar + (1 - h.gamma) * g
            mean_square = self.s - self.g_bar * self.g_bar
        self.denominator = denominator(mean_square, h.eps, form.eps_in_sqrt)
        if h.momentum > 0 and form.lr_in_velocity:
            self.b = h.momentum * self.b + lr * g / self.denominator  # b_t = μ b_{t-1} + η g_t / …
            x -= self.b  # x_t = x_{t-1} - b_t
        elif h.momentum > 0:
            self.b = h.momentum * self.b + g / self.denominator  # b_t = μ b_{t-1} + g_t / …
            x -= lr * self.b  # x_t = x_{t-1} - η b_t
        else:
            x -= lr * g / self.denominator  # x_t = x_{t-1} - η g_t / …

    def effective_step(self, lr):
        return lr / self.denominator

    @classmethod
    def rules(cls, convention):
        flavour = cls.flavours[convention]
        form = flavour.form
        fraction = rf"\frac{{\eta}}{{{denominator_latex('s_t', form.eps_in_sqrt)}}}"
        update = (
            r"s_t = \gamma\, s_{t-1} + (1-\gamma)\, g_t^2",
            rf"s_0 = {num(form.initial_mean_square)}, \qquad x_t = x_{{t-1}} - {fraction}\, g_t",
        )
        options = []
        if "centered" in flavour.defaults:
            options.append(
                (
                    "th.variant.centered",
                    (
                        r"\bar g_t = \gamma\, \bar g_{t-1} + (1-\gamma)\, g_t",
                        r"s_t \to s_t - \bar g_t^{\,2}",
                    ),
                )
            )
        if "momentum" in flavour.defaults:
            root = denominator_latex("s_t", form.eps_in_sqrt)
            momentum = (
                (rf"b_t = \mu\, b_{{t-1}} + \frac{{\eta\, g_t}}{{{root}}}", r"x_t = x_{t-1} - b_t")
                if form.lr_in_velocity
                else (
                    rf"b_t = \mu\, b_{{t-1}} + \frac{{g_t}}{{{root}}}",
                    r"x_t = x_{t-1} - \eta\, b_t",
                )
            )
            options.append(("th.variant.rms_momentum", momentum))
        return Rules(update=update, options=tuple(options))

    def explain(self, view: StepView):
        k, g, lr, h, form = view.k, view.g, view.lr, self.hyper, self.form
        lines = [
            running_average("s", k, r"\gamma", h.gamma, view.before["s"], g, self.s, squared=True)
        ]
        inner, inner_numbers = at("s", k), vec(self.s)
        if h.centered:
            g_bar = at(r"\bar g", k)
            lines.append(
                running_average(
                    r"\bar g", k, r"\gamma", h.gamma, view.before["g_bar"], g, self.g_bar
                )
            )
            inner = rf"{at('s', k)} - {g_bar}^2"
            inner_numbers = rf"{vec(self.s)} - {vec(self.g_bar)}^2"
        root = denominator_latex(inner, form.eps_in_sqrt)
        root_numbers = denominator_numbers(inner_numbers, num(h.eps), form.eps_in_sqrt)
        if h.momentum > 0:
            eta, eta_numbers = (r"\eta\, ", factor(lr)) if form.lr_in_velocity else ("", "")
            lines.append(
                equation(
                    rf"{at('b', k)} = \mu\, {at('b', k - 1)} + \frac{{{eta}{at('g', k)}}}{{{root}}}",
                    rf"{factor(h.momentum)}{vec(view.before['b'])} + \frac{{{eta_numbers}{vec(g)}}}{{{root_numbers}}}",
                    vec(self.b),
                )
            )
            step, step_numbers = ("", "") if form.lr_in_velocity else (r"\eta\, ", factor(lr))
            lines.append(
                equation(
                    rf"{at('x', k)} = {view.start} - {step}{at('b', k)}",
                    rf"{vec(view.x_before)} - {step_numbers}{vec(self.b)}",
                    vec(view.x),
                )
            )
            return lines
        size = rf"\frac{{\eta}}{{{root}}}"
        effective = self.effective_step(lr)
        lines.append(equation(size, rf"\frac{{{num(lr)}}}{{{root_numbers}}}", vec(effective)))
        lines.append(
            equation(
                rf"{at('x', k)} = {view.start} - {size} \odot {at('g', k)}",
                rf"{vec(view.x_before)} - {vec(effective)} \odot {vec(g)}",
                vec(view.x),
            )
        )
        return lines
