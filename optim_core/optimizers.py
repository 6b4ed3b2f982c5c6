r"""The eight optimizers, one small class each, written the way their formulas read.

Every class keeps its state in plain NumPy arrays (attributes named in ``state_names``) and has
``step(x, g, lr, t)``, which applies update ``t`` (1-based) to ``x`` **in place**, given the
gradient ``g`` the optimizer sees at ``x`` and this step's learning rate ``lr``.
``effective_step(lr)`` then gives the per-coordinate step size of that update:
the factor that multiplies the direction the
optimizer moves along (the gradient for SGD, AdaGrad and RMSProp, the first moment for Adam, the
momentum buffer for Momentum).

The arithmetic is done in place (``out=`` and one scratch array, ``work``): a swarm of 10,000 start
points is 20,000 floats per array, and fresh temporaries of that size cost more than the maths.
Each line carries the formula it computes; the order of operations is torch.optim's, so PyTorch
runs agree to the last bit or nearly.

Conventions (``pytorch``, ``keras``, ``tf1``, ``d2l``) change formulas only where the frameworks do,
and always change the defaults (``defaults[convention]``). Sources: torch.optim 2.x, Keras 3,
``tf.compat.v1.train`` (plus ``tf.contrib.opt.AdamWOptimizer``), Dive into Deep Learning ch. 12.

Weight decay: ``pytorch``, ``tf1`` and ``d2l`` add ``λx`` to the gradient (coupled L2) for all but
AdamW; ``keras`` decays every optimizer's weights directly (``x -= lr·λ·x`` before the step), as
Keras 3 does. AdamW is always decoupled. The engine applies both forms (see ``engine.py``); an
optimizer class only sees the gradient.
"""

from __future__ import annotations

import math

import numpy as np

CONVENTIONS = ("pytorch", "keras", "tf1", "d2l")


def average_of_squares(average: np.ndarray, g: np.ndarray, decay: float, work: np.ndarray) -> None:
    """average ← decay·average + (1 - decay)·g², in place, in torch's order ((1-decay)·g)·g."""
    average *= decay
    np.multiply(g, 1 - decay, out=work)
    average += np.multiply(work, g, out=work)


class Optimizer:
    """Shared plumbing: resolved hyperparameters become attributes; state arrays are listed."""

    name: str = ""
    state_names: tuple[str, ...] = ()
    defaults: dict[str, dict[str, float | bool]] = {}

    def __init__(self, x0: np.ndarray, convention: str, hyper: dict[str, float | bool]):
        self.convention = convention
        for key, value in hyper.items():
            setattr(self, key, value)
        self.work = np.empty_like(x0)  # scratch for one term of the update
        self.denominator = np.ones_like(x0)
        self.init_state(x0)

    def init_state(self, x0: np.ndarray) -> None:
        """Create the state arrays (all zero unless the convention says otherwise)."""
        for name in self.state_names:
            setattr(self, name, np.zeros_like(x0))

    def state(self) -> dict[str, np.ndarray]:
        return {name: getattr(self, name) for name in self.active_state_names()}

    def active_state_names(self) -> tuple[str, ...]:
        """The state this configuration really uses (e.g. RMSProp's ḡ only when centered)."""
        return self.state_names

    def step(self, x: np.ndarray, g: np.ndarray, lr: float, t: int) -> None:
        raise NotImplementedError

    def effective_step(self, lr: float) -> np.ndarray:
        """Per-coordinate step size of the last update (η for plain gradient methods)."""
        return np.full_like(self.work, lr)


class SGD(Optimizer):
    r"""Gradient descent.

    .. math:: x_t = x_{t-1} - \eta\, g_t

    Defaults (η): pytorch 1e-3, keras 1e-2, tf1 1e-2 (TF1 has none), d2l 0.4.
    """

    name = "sgd"
    defaults = {
        "pytorch": {"lr": 1e-3, "weight_decay": 0.0},
        "keras": {"lr": 1e-2, "weight_decay": 0.0},
        "tf1": {"lr": 1e-2, "weight_decay": 0.0},
        "d2l": {"lr": 0.4, "weight_decay": 0.0},
    }

    def step(self, x, g, lr, t):
        # x_t = x_{t-1} - η g_t
        x -= np.multiply(g, lr, out=self.work)


class Momentum(Optimizer):
    r"""Heavy-ball momentum (SGD with momentum μ).

    pytorch, tf1, d2l: :math:`b_t = μ b_{t-1} + (1-τ) g_t` (with :math:`b_1 = g_1`),
    :math:`x_t = x_{t-1} - η b_t`; τ is PyTorch's dampening (tf1 and d2l have none).

    keras: :math:`v_t = μ v_{t-1} - η g_t`, :math:`x_t = x_{t-1} + v_t`. With a constant η this is
    the same path (v = -η b); with a schedule it differs, as it does between the frameworks.

    Defaults: μ 0.9 (frameworks default to 0, which is plain SGD), τ 0; η as for SGD;
    d2l η 0.4 with μ 0.5.
    """

    name = "momentum"
    state_names = ("b",)
    nesterov = False
    defaults = {
        "pytorch": {"lr": 1e-3, "momentum": 0.9, "dampening": 0.0, "weight_decay": 0.0},
        "keras": {"lr": 1e-2, "momentum": 0.9, "weight_decay": 0.0},
        "tf1": {"lr": 1e-2, "momentum": 0.9, "weight_decay": 0.0},
        "d2l": {"lr": 0.4, "momentum": 0.5, "weight_decay": 0.0},
    }

    def step(self, x, g, lr, t):
        mu, b, work = self.momentum, self.b, self.work
        if self.convention == "keras":
            # Keras keeps the velocity in parameter units: the learning rate sits inside the buffer.
            # v_t = μ v_{t-1} - η g_t
            b *= mu
            b -= np.multiply(g, lr, out=work)
            if self.nesterov:
                # x_t = x_{t-1} + (μ v_t - η g_t), summed first as Keras does
                np.multiply(b, mu, out=work)
                work -= lr * g
                x += work
            else:
                # x_t = x_{t-1} + v_t
                x += b
            return
        if t == 1:
            # b_1 = g_1
            b[...] = g
        else:
            # b_t = μ b_{t-1} + (1 - τ) g_t
            b *= mu
            b += np.multiply(g, 1 - getattr(self, "dampening", 0.0), out=work)
        if self.nesterov:
            # x_t = x_{t-1} - η (g_t + μ b_t)
            np.multiply(b, mu, out=work)
            work += g
            x -= np.multiply(work, lr, out=work)
        else:
            # x_t = x_{t-1} - η b_t
            x -= np.multiply(b, lr, out=work)


class Nesterov(Momentum):
    r"""Nesterov momentum, in the frameworks' form (gradient at the current point).

    pytorch, tf1, d2l: :math:`b_t = μ b_{t-1} + g_t`, :math:`x_t = x_{t-1} - η (g_t + μ b_t)`.

    keras: :math:`v_t = μ v_{t-1} - η g_t`, :math:`x_t = x_{t-1} + μ v_t - η g_t`.

    Defaults as for Momentum; PyTorch requires dampening 0 with Nesterov, so it is not offered.
    """

    name = "nesterov"
    nesterov = True
    defaults = {
        convention: {k: v for k, v in values.items() if k != "dampening"}
        for convention, values in Momentum.defaults.items()
    }


class AdaGrad(Optimizer):
    r"""AdaGrad (Duchi, Hazan & Singer 2011): squared gradients are summed, so steps only shrink.

    .. math:: s_t = s_{t-1} + g_t^2

    pytorch: :math:`x_t = x_{t-1} - \frac{η_t}{\sqrt{s_t} + ε} g_t` with
    :math:`η_t = η / (1 + (t-1)\,\text{lr\_decay})`; ε 1e-10, η 1e-2, :math:`s_0` 0.

    keras: :math:`x_t = x_{t-1} - \frac{η}{\sqrt{s_t + ε}} g_t`; ε 1e-7, η 1e-3, :math:`s_0` 0.1.

    tf1: as keras with ε 0 (TF1 has no ε), :math:`s_0` 0.1.
    d2l: as keras with ε 1e-6, η 0.4, :math:`s_0` 0.
    """

    name = "adagrad"
    state_names = ("s",)
    defaults = {
        "pytorch": {
            "lr": 1e-2,
            "eps": 1e-10,
            "lr_decay": 0.0,
            "initial_accumulator_value": 0.0,
            "weight_decay": 0.0,
        },
        "keras": {"lr": 1e-3, "eps": 1e-7, "initial_accumulator_value": 0.1, "weight_decay": 0.0},
        "tf1": {"lr": 1e-2, "eps": 0.0, "initial_accumulator_value": 0.1, "weight_decay": 0.0},
        "d2l": {"lr": 0.4, "eps": 1e-6, "initial_accumulator_value": 0.0, "weight_decay": 0.0},
    }

    def init_state(self, x0):
        self.s = np.full_like(x0, self.initial_accumulator_value)

    def step(self, x, g, lr, t):
        s, denominator, work = self.s, self.denominator, self.work
        # s_t = s_{t-1} + g_t²
        s += np.multiply(g, g, out=work)
        if self.convention == "pytorch":
            # η_t = η / (1 + (t - 1) lr_decay);  x_t = x_{t-1} - η_t g_t / (√s_t + ε)
            self.lr_t = lr / (1 + (t - 1) * self.lr_decay)
            np.sqrt(s, out=denominator)
            denominator += self.eps
        else:
            # x_t = x_{t-1} - η g_t / √(s_t + ε)
            self.lr_t = lr
            np.add(s, self.eps, out=denominator)
            np.sqrt(denominator, out=denominator)
        np.multiply(g, self.lr_t, out=work)
        x -= np.divide(work, denominator, out=work)

    def effective_step(self, lr):
        return self.lr_t / self.denominator


class RMSProp(Optimizer):
    r"""RMSProp (Tieleman & Hinton 2012): an exponential moving average of g², over ~1/(1-γ) steps.

    .. math:: s_t = γ s_{t-1} + (1-γ) g_t^2

    pytorch: :math:`x_t = x_{t-1} - \frac{η}{\sqrt{s_t} + ε} g_t`
    (γ = ``alpha`` 0.99, ε 1e-8, η 1e-2)

    keras, d2l: :math:`x_t = x_{t-1} - \frac{η}{\sqrt{s_t + ε}} g_t`
    (keras γ = ``rho`` 0.9, ε 1e-7, η 1e-3; d2l γ 0.9, ε 1e-6, η 0.4)

    tf1: as keras but :math:`s_0 = 1` (γ = ``decay`` 0.9, ε 1e-10, η 1e-3).

    centered: :math:`\bar g_t = γ \bar g_{t-1} + (1-γ) g_t` and :math:`s_t - \bar g_t^2` replaces
    :math:`s_t` under the square root.

    momentum μ > 0: pytorch :math:`b_t = μ b_{t-1} + g_t/(\sqrt{s_t}+ε)`,
    :math:`x_t = x_{t-1} - η b_t`;
    keras and tf1 :math:`b_t = μ b_{t-1} + η g_t/\sqrt{s_t+ε}`, :math:`x_t = x_{t-1} - b_t`.
    """

    name = "rmsprop"
    state_names = ("s", "g_bar", "b")
    defaults = {
        "pytorch": {
            "lr": 1e-2,
            "gamma": 0.99,
            "eps": 1e-8,
            "momentum": 0.0,
            "centered": False,
            "weight_decay": 0.0,
        },
        "keras": {
            "lr": 1e-3,
            "gamma": 0.9,
            "eps": 1e-7,
            "momentum": 0.0,
            "centered": False,
            "weight_decay": 0.0,
        },
        "tf1": {
            "lr": 1e-3,
            "gamma": 0.9,
            "eps": 1e-10,
            "momentum": 0.0,
            "centered": False,
            "weight_decay": 0.0,
        },
        "d2l": {"lr": 0.4, "gamma": 0.9, "eps": 1e-6, "weight_decay": 0.0},
    }

    def init_state(self, x0):
        self.s = np.full_like(x0, 1.0 if self.convention == "tf1" else 0.0)
        self.g_bar = np.zeros_like(x0)
        self.b = np.zeros_like(x0)

    def active_state_names(self):
        names = ["s"]
        if getattr(self, "centered", False):
            names.append("g_bar")
        if getattr(self, "momentum", 0.0) > 0:
            names.append("b")
        return tuple(names)

    def step(self, x, g, lr, t):
        gamma, eps = self.gamma, self.eps
        s, denominator, work = self.s, self.denominator, self.work
        # s_t = γ s_{t-1} + (1 - γ) g_t²
        average_of_squares(s, g, gamma, work)
        mean_square = s
        if getattr(self, "centered", False):
            # ḡ_t = γ ḡ_{t-1} + (1 - γ) g_t;  the variance s_t - ḡ_t² replaces s_t
            self.g_bar *= gamma
            self.g_bar += np.multiply(g, 1 - gamma, out=work)
            mean_square = np.subtract(s, np.multiply(self.g_bar, self.g_bar, out=work), out=work)
        if self.convention == "pytorch":
            # denominator = √s_t + ε
            np.sqrt(mean_square, out=denominator)
            denominator += eps
        else:
            # denominator = √(s_t + ε)
            np.add(mean_square, eps, out=denominator)
            np.sqrt(denominator, out=denominator)
        mu = getattr(self, "momentum", 0.0)
        if mu > 0:
            self.b *= mu
            if self.convention == "pytorch":
                # b_t = μ b_{t-1} + g_t / denominator;  x_t = x_{t-1} - η b_t
                self.b += np.divide(g, denominator, out=work)
                x -= np.multiply(self.b, lr, out=work)
            else:
                # b_t = μ b_{t-1} + η g_t / denominator;  x_t = x_{t-1} - b_t
                np.multiply(g, lr, out=work)
                self.b += np.divide(work, denominator, out=work)
                x -= self.b
        else:
            # x_t = x_{t-1} - η g_t / denominator
            np.multiply(g, lr, out=work)
            x -= np.divide(work, denominator, out=work)

    def effective_step(self, lr):
        return lr / self.denominator


class Adadelta(Optimizer):
    r"""Adadelta (Zeiler 2012): RMSProp whose step size is itself a running RMS of past updates.

    .. math::
        s_t = γ s_{t-1} + (1-γ) g_t^2,\quad
        Δ_t = \frac{\sqrt{u_{t-1} + ε}}{\sqrt{s_t + ε}} g_t,\quad
        u_t = γ u_{t-1} + (1-γ) Δ_t^2,\quad
        x_t = x_{t-1} - η Δ_t

    Defaults: pytorch η 1.0, γ = ``rho`` 0.9, ε 1e-6; keras η 1e-3, γ 0.95, ε 1e-7;
    tf1 η 1e-3, γ 0.95, ε 1e-8; d2l η 1 (none in the book), γ 0.9, ε 1e-5.
    """

    name = "adadelta"
    state_names = ("s", "u")
    defaults = {
        "pytorch": {"lr": 1.0, "gamma": 0.9, "eps": 1e-6, "weight_decay": 0.0},
        "keras": {"lr": 1e-3, "gamma": 0.95, "eps": 1e-7, "weight_decay": 0.0},
        "tf1": {"lr": 1e-3, "gamma": 0.95, "eps": 1e-8, "weight_decay": 0.0},
        "d2l": {"lr": 1.0, "gamma": 0.9, "eps": 1e-5, "weight_decay": 0.0},
    }

    def step(self, x, g, lr, t):
        gamma, eps = self.gamma, self.eps
        s, u, work = self.s, self.u, self.work
        # s_t = γ s_{t-1} + (1 - γ) g_t²
        average_of_squares(s, g, gamma, work)
        # scale = √(u_{t-1} + ε) / √(s_t + ε): the step size over η (kept for effective_step)
        scale = self.denominator
        np.add(u, eps, out=scale)
        np.sqrt(scale, out=scale)
        np.add(s, eps, out=work)
        scale /= np.sqrt(work, out=work)
        # Δ_t = scale · g_t;  u_t = γ u_{t-1} + (1 - γ) Δ_t²;  x_t = x_{t-1} - η Δ_t
        delta = np.multiply(scale, g, out=work)
        u *= gamma
        u += (1 - gamma) * delta * delta
        x -= np.multiply(delta, lr, out=work)

    def effective_step(self, lr):
        return lr * self.denominator


class Adam(Optimizer):
    r"""Adam (Kingma & Ba 2015): momentum on g and RMSProp on g², both bias-corrected.

    .. math:: m_t = β_1 m_{t-1} + (1-β_1) g_t,\quad v_t = β_2 v_{t-1} + (1-β_2) g_t^2

    pytorch, d2l:
    :math:`x_t = x_{t-1} - \frac{η}{1-β_1^t} \cdot \frac{m_t}{\sqrt{v_t}/\sqrt{1-β_2^t} + ε}`
    (ε 1e-8, η 1e-3; d2l ε 1e-6, η 0.01).

    keras, tf1 ("ε-hat" form): :math:`x_t = x_{t-1} - η\frac{\sqrt{1-β_2^t}}{1-β_1^t} \cdot
    \frac{m_t}{\sqrt{v_t} + ε}` (keras ε 1e-7, tf1 ε 1e-8; η 1e-3).

    amsgrad: :math:`v^{max}_t = \max(v^{max}_{t-1}, v_t)` replaces :math:`v_t` in the step.
    β₁ 0.9 and β₂ 0.999 everywhere.
    """

    name = "adam"
    state_names = ("m", "v", "v_max")
    defaults = {
        "pytorch": {
            "lr": 1e-3,
            "beta1": 0.9,
            "beta2": 0.999,
            "eps": 1e-8,
            "amsgrad": False,
            "weight_decay": 0.0,
        },
        "keras": {
            "lr": 1e-3,
            "beta1": 0.9,
            "beta2": 0.999,
            "eps": 1e-7,
            "amsgrad": False,
            "weight_decay": 0.0,
        },
        "tf1": {"lr": 1e-3, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8, "weight_decay": 0.0},
        "d2l": {
            "lr": 1e-2,
            "beta1": 0.9,
            "beta2": 0.999,
            "eps": 1e-6,
            "amsgrad": False,
            "weight_decay": 0.0,
        },
    }

    def active_state_names(self):
        return ("m", "v", "v_max") if getattr(self, "amsgrad", False) else ("m", "v")

    def step(self, x, g, lr, t):
        beta1, beta2, eps = self.beta1, self.beta2, self.eps
        m, v, denominator, work = self.m, self.v, self.denominator, self.work
        # m_t = β1 m_{t-1} + (1 - β1) g_t   (written m + (1 - β1)(g - m), as torch and Keras do)
        np.subtract(g, m, out=work)
        m += np.multiply(work, 1 - beta1, out=work)
        # v_t = β2 v_{t-1} + (1 - β2) g_t²
        average_of_squares(v, g, beta2, work)
        second_moment = v
        if getattr(self, "amsgrad", False):
            # v_max_t = max(v_max_{t-1}, v_t)
            second_moment = np.maximum(self.v_max, v, out=self.v_max)
        bias1, bias2 = 1 - beta1**t, 1 - beta2**t
        np.sqrt(second_moment, out=denominator)
        if self.convention in ("keras", "tf1"):
            # x_t = x_{t-1} - (η √(1 - β2^t) / (1 - β1^t)) m_t / (√v_t + ε)
            self.step_size = lr * math.sqrt(bias2) / bias1
        else:
            # x_t = x_{t-1} - (η / (1 - β1^t)) m_t / (√v_t / √(1 - β2^t) + ε)
            self.step_size = lr / bias1
            denominator /= math.sqrt(bias2)
        denominator += eps
        np.multiply(m, self.step_size, out=work)
        x -= np.divide(work, denominator, out=work)

    def effective_step(self, lr):
        return self.step_size / self.denominator


class AdamW(Adam):
    r"""AdamW (Loshchilov & Hutter 2019): Adam with decoupled weight decay.

    .. math:: x_{t-1} \leftarrow x_{t-1} - η λ x_{t-1}, \text{ then the Adam step}

    Weight decay λ: pytorch 1e-2, keras 4e-3, d2l 1e-2; tf1 (``tf.contrib.opt.AdamWOptimizer``)
    decays by λ without the η factor, λ 1e-2. Other formulas and defaults as Adam.
    """

    name = "adamw"
    defaults = {
        convention: {
            **values,
            "weight_decay": {"pytorch": 1e-2, "keras": 4e-3, "tf1": 1e-2, "d2l": 1e-2}[convention],
        }
        for convention, values in Adam.defaults.items()
    }


OPTIMIZERS: dict[str, type[Optimizer]] = {
    cls.name: cls for cls in (SGD, Momentum, Nesterov, AdaGrad, RMSProp, Adadelta, Adam, AdamW)
}
