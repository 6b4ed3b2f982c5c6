r"""Muon (Jordan et al. 2024): momentum whose update matrix is orthogonalized, so that every
direction of a weight matrix moves by about the same amount.

.. math::
    B_t = μ B_{t-1} + (1-μ) G_t,\quad
    U_t = (1-μ) G_t + μ B_t \ (\text{Nesterov; else } U_t = B_t),\quad
    O_t = \mathrm{NS}_k(U_t),\quad
    W_t = W_{t-1} - η \sqrt{\max(1, A/B)}\; O_t

:math:`\mathrm{NS}_k` is k steps of the quintic Newton–Schulz iteration
:math:`X \leftarrow aX + (bXX^\top + c(XX^\top)^2)X` from :math:`X = U/\max(\lVert U\rVert_F, ε)`,
with a, b, c = 3.4445, −4.7750, 2.0315: it pushes the singular values of U towards 1 (into about
0.68–1.2 after 5 steps, for those above ~0.002 of U's Frobenius norm) without computing an SVD. A × B is the matrix's shape in PyTorch's layout (outputs ×
inputs, as ``nn.Linear.weight``). Weight decay is decoupled (W ← W − ηλW first).

pytorch only (``torch.optim.Muon``): η 1e-3, μ 0.95, Nesterov on, λ 0.1, k 5, ε 1e-7, with its
original learning-rate adjustment (its ``ns_coefficients`` and ``adjust_lr_fn`` options are not
offered). torch iterates in bfloat16; this is the same iteration in float64. Muon only takes 2-D weight matrices:
a point on a surface has no matrix to orthogonalize, so it runs on the neural network page only,
where the biases and the output layer are trained by AdamW (as torch's documentation advises).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..base import Export, Flavour, FrameworkClass, Optimizer, Rules
from ..conventions import WeightDecay
from ..hyperparameters import ABSENT, Hyperparameter

NS_COEFFICIENTS = (3.4445, -4.7750, 2.0315)

NESTEROV = Hyperparameter("nesterov", "", "boolean", ("nesterov", ABSENT, ABSENT, ABSENT))
NS_STEPS = Hyperparameter(
    "ns_steps", "k", "whole", ("ns_steps", ABSENT, ABSENT, ABSENT), shown=(1, 10), slider_step=1
)


def newton_schulz(
    update: np.ndarray, steps: int, eps: float, coefficients=NS_COEFFICIENTS
) -> np.ndarray:
    """The matrix's orthogonalization by ``steps`` quintic Newton–Schulz iterations (torch's
    ``_zeropower_via_newtonschulz`` in float64)."""
    a, b, c = coefficients
    tall = update.shape[0] > update.shape[1]
    x = update.T if tall else update  # iterate on the wide side: X Xᵀ is the smaller matrix
    x = x / max(np.linalg.norm(x), eps)
    for _ in range(int(steps)):
        gram = x @ x.T
        x = a * x + (b * gram + c * gram @ gram) @ x
    return x.T if tall else x


@dataclass(frozen=True)
class Hyper:
    lr: float
    momentum: float
    nesterov: bool
    ns_steps: int
    eps: float
    weight_decay: float


class Muon(Optimizer):
    name = "muon"
    order = 200
    on_surfaces = False
    companion = "adamw"
    Hyper = Hyper
    own_hyperparameters = (NESTEROV, NS_STEPS)
    flavours = {
        "pytorch": Flavour(
            {
                "lr": 1e-3,
                "momentum": 0.95,
                "nesterov": True,
                "ns_steps": 5,
                "eps": 1e-7,
                "weight_decay": 0.1,
            },
            weight_decay=WeightDecay.DECOUPLED,
        ),
    }
    export = Export(torch=FrameworkClass("torch.optim.Muon"))
    network_lr = 0.02
    state_names = ("b",)

    def step(self, x, g, lr, t):
        h = self.hyper
        self.b = self.b + (g - self.b) * (1 - h.momentum)  # B_t = μ B_{t-1} + (1-μ) G_t
        update = g + (self.b - g) * h.momentum if h.nesterov else self.b  # U_t
        self.orthogonal = newton_schulz(update, h.ns_steps, h.eps)  # O_t = NS_k(U_t)
        rows, columns = x.shape[:2]
        self.adjusted_lr = lr * math.sqrt(max(1, rows / columns))  # η √max(1, A/B)
        x -= self.adjusted_lr * self.orthogonal

    def effective_step(self, lr):
        return np.full(self.shape, self.adjusted_lr)

    @classmethod
    def rules(cls, convention):
        return Rules(
            update=(
                r"B_t = \mu B_{t-1} + (1-\mu)\, G_t, \qquad U_t = (1-\mu)\, G_t + \mu B_t",
                r"O_t = \mathrm{NS}_k(U_t), \qquad W_t = W_{t-1} - \eta\sqrt{\max(1, A/B)}\; O_t",
            )
        )
