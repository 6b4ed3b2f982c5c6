r"""Explain step k: the update with the step's own numbers, rebuilt from the run's recorded state.

The optimizer is restored to the state the run recorded after step k−1 and takes step k again on
the recorded gradient; every part of the step that is active is a line of its own, in the order
the engine applies them: where the gradient is taken, the gradient, its noise, its clipping,
coupled weight decay, this step's η (a schedule), decoupled weight decay, then the optimizer's own
lines. Each line is ``symbolic = the numbers substituted = result``.
"""

from __future__ import annotations

import numpy as np

from .base import StepView
from .conventions import ClipNorm, WeightDecay
from .engine import CLIP_NORM_TINY, Stepper, Trajectory, clip_gradient
from .latex import Line, at, equation, factor, num, vec
from .schedules import explain_rate


def gradient_lines(run: Trajectory, k: int, stepper: Stepper, x_before: np.ndarray):
    """The gradient's lines and the gradient the optimizer uses."""
    optimizer = stepper.optimizer
    point = rf"{optimizer.gradient_at}_{{{k if optimizer.gradient_at != 'x' else k - 1}}}"
    g_k = at("g", k)
    g = run.raw_grads[k]
    if run.noise is None:
        lines = [equation(rf"{g_k} = \nabla f({point})", None, vec(g))]
    else:
        noisy = g + run.noise[k]
        lines = [
            equation(
                rf"{g_k} = \nabla f({point}) + \sigma\xi_{{{k}}}",
                rf"{vec(g)} + {vec(run.noise[k])}",
                vec(noisy),
                note="explain.note.noise",
                sigma=num(run.options.noise),
                seed=run.options.seed,
            )
        ]
        g = noisy
    options = run.options
    if options.clip_value is not None:
        clipped = clip_gradient(g, options, optimizer.convention, None)
        c = num(options.clip_value)
        lines.append(
            equation(
                rf"{g_k} \leftarrow \operatorname{{clip}}({g_k}, -c, c)",
                rf"\operatorname{{clip}}\left({vec(g)},\, -{c},\, {c}\right)",
                vec(clipped),
                note="explain.note.clip_value",
            )
        )
        g = clipped
    elif options.clip_norm is not None:
        clipped = clip_gradient(g, options, optimizer.convention, None)
        norm = float(np.sqrt(np.sum(g * g)))
        c = num(options.clip_norm)
        squares = " + ".join(rf"{factor(v)}^2" for v in np.ravel(g))
        lines.append(equation(rf"\lVert {g_k} \rVert", rf"\sqrt{{{squares}}}", num(norm)))
        if optimizer.convention.clip_norm is ClipNorm.TORCH:
            lines.append(
                equation(
                    rf"{g_k} \leftarrow \min\!\left(1, \frac{{c}}{{\lVert {g_k} \rVert + 10^{{-6}}}}\right) {g_k}",
                    rf"\min\!\left(1, \frac{{{c}}}{{{num(norm)} + {num(CLIP_NORM_TINY)}}}\right){vec(g)}",
                    vec(clipped),
                    note="explain.note.clip_norm",
                )
            )
        else:
            lines.append(
                equation(
                    rf"{g_k} \leftarrow \frac{{c}}{{\max(\lVert {g_k} \rVert, c)}}\, {g_k}",
                    rf"\frac{{{c}}}{{\max\!\left({num(norm)},\, {c}\right)}}{vec(g)}",
                    vec(clipped),
                    note="explain.note.clip_norm",
                )
            )
        g = clipped
    if stepper.decay is WeightDecay.COUPLED:
        decayed = stepper.decayed_gradient(g, x_before)
        lines.append(
            equation(
                rf"{g_k} \leftarrow {g_k} + \lambda\, {at('x', k - 1)}",
                rf"{vec(g)} + {factor(stepper.weight_decay)}{vec(x_before)}",
                vec(decayed),
                note="explain.note.coupled_decay",
            )
        )
        g = decayed
    return lines, g


def decay_lines(k: int, stepper: Stepper, x_before: np.ndarray, lr: float):
    """Decoupled weight decay: its line and the point the optimizer starts from."""
    x_decayed = x_before.copy()
    stepper.decay_weights(x_decayed, lr)
    decay, wd = stepper.decay, factor(stepper.weight_decay)
    x_prev, start = at("x", k - 1), rf"\tilde x_{{{k - 1}}}"
    if decay is WeightDecay.DECOUPLED:
        symbolic, numbers = r"\eta_k\lambda", rf"{num(lr)} \cdot {wd}"
    elif decay is WeightDecay.DECOUPLED_UNSCALED:
        symbolic, numbers = r"\lambda", wd
    elif decay is WeightDecay.DECOUPLED_RELATIVE:
        symbolic = r"\frac{\eta_k}{\eta}\,\lambda"
        numbers = rf"\frac{{{num(lr)}}}{{{num(stepper.initial_lr)}}} \cdot {wd}"
    else:
        return [], x_decayed, x_prev
    line = equation(
        rf"{start} = {x_prev} - {symbolic}\, {x_prev}",
        rf"{vec(x_before)} - {numbers}{vec(x_before)}",
        vec(x_decayed),
        note="explain.note.decoupled_decay",
    )
    return [line], x_decayed, start


def explain_step(run: Trajectory, k: int) -> list[Line]:
    """The lines of step ``k`` (1 ≤ k ≤ steps, up to the step that diverged) of a run from one
    start point, recorded with its history."""
    if run.batch_ndim or run.grads is None:
        raise ValueError("explain_step needs a run from one start point, with its history")
    if not 1 <= k <= run.steps:
        raise ValueError(f"k must be in [1, {run.steps}]; got {k}")
    stepper = Stepper(run.optimizer, run.points[0], run.convention, run.hyper)
    optimizer = stepper.optimizer
    optimizer.restore(
        {name: values[k - 1] for name, values in run.state.items()},
        {name: values[k - 1] for name, values in run.scalars.items()},
    )
    before = {
        **{name: np.array(getattr(optimizer, name)) for name in optimizer.state_names},
        **optimizer.scalars(),
    }
    x_before = run.points[k - 1].copy()
    optimizer.gradient_point(x_before)
    lines = optimizer.explain_gradient_point(k, x_before)
    gradient, g = gradient_lines(run, k, stepper, x_before)
    lines += gradient
    lr = float(run.lr[k])
    rate = explain_rate(k, run.hyper["lr"], run.options, run.steps, lr)
    if rate is not None:
        lines.append(rate)
    decayed, x_start, start = decay_lines(k, stepper, x_before, lr)
    lines += decayed
    x = x_start.copy()
    optimizer.step(x, g, lr, k)
    view = StepView(k=k, g=g, lr=lr, x_before=x_start, start=start, x=x, before=before)
    return lines + optimizer.explain(view)
