r"""AdamW (Loshchilov & Hutter 2019): Adam with decoupled weight decay.

.. math:: \tilde x_{t-1} = x_{t-1} - η λ x_{t-1}, \text{ then Adam's step from } \tilde x_{t-1}

Weight decay λ: pytorch 1e-2, keras 4e-3, d2l 1e-2; tf1 (``tf.contrib.opt.AdamWOptimizer``)
decays by λ without the η factor, λ 1e-2. Other formulas and defaults as Adam.
"""

from __future__ import annotations

from ..base import Export, Flavour, FrameworkClass, Rules
from ..conventions import WeightDecay, decay_rule
from .adam import MOMENTS, Adam, adam_step


def flavour_of(
    convention: str, weight_decay: float, note: str | None = None, form=WeightDecay.DECOUPLED
) -> Flavour:
    """Adam's flavour in ``convention`` with AdamW's λ and decay."""
    adam = Adam.flavours[convention]
    return Flavour(
        {**adam.defaults, "weight_decay": weight_decay}, adam.form, adam.fixed, form, note
    )


class AdamW(Adam):
    name = "adamw"
    order = 80
    flavours = {
        "pytorch": flavour_of("pytorch", 1e-2, "th.note.adamw_hats"),
        "keras": flavour_of("keras", 4e-3),
        # tf.contrib's AdamWOptimizer decays by λ alone, without η
        "tf1": flavour_of("tf1", 1e-2, "th.note.adamw_tf1", WeightDecay.DECOUPLED_UNSCALED),
        "d2l": flavour_of("d2l", 1e-2, "th.note.adamw_hats"),
    }
    export = Export(
        torch=FrameworkClass("torch.optim.AdamW"), keras=FrameworkClass("keras.optimizers.AdamW")
    )

    @classmethod
    def rules(cls, convention):
        flavour = cls.flavours[convention]
        decay = decay_rule(flavour.weight_decay).replace(r"x_{t-1} \leftarrow", r"\tilde x_{t-1} =")
        step = adam_step(r"\tilde x_{t-1}", flavour.form.eps_hat)
        options = Adam.rules(convention).options
        return Rules(update=(*MOMENTS, decay, *step), options=options, decay=())
