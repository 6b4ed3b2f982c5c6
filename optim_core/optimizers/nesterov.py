r"""Nesterov momentum, in the frameworks' form (the gradient is taken at the current point; the
look-ahead is in the step).

pytorch, tf1, d2l: :math:`b_t = μ b_{t-1} + g_t`, :math:`x_t = x_{t-1} - η (g_t + μ b_t)`.

keras: :math:`v_t = μ v_{t-1} - η g_t`, :math:`x_t = x_{t-1} + μ v_t - η g_t`.

Defaults as for Momentum; PyTorch requires dampening 0 with Nesterov, so it is not offered.
"""

from __future__ import annotations

from ..base import Export, Flavour, FrameworkClass
from .momentum import Momentum


class Nesterov(Momentum):
    name = "nesterov"
    order = 30
    nesterov = True
    flavours = {
        convention: Flavour(
            {key: value for key, value in flavour.defaults.items() if key != "dampening"},
            flavour.form,
            fixed={"dampening": 0.0},
            note=None if "dampening" in flavour.defaults else flavour.note,  # no τ to explain
        )
        for convention, flavour in Momentum.flavours.items()
    }
    export = Export(
        torch=FrameworkClass("torch.optim.SGD", arguments=(("nesterov", True),)),
        keras=FrameworkClass("keras.optimizers.SGD", arguments=(("nesterov", True),)),
    )
