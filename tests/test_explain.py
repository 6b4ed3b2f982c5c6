"""Explain step k: every equation shown is true arithmetic, from the numbers shown.

For every optimizer, in every convention that has it, with every option that changes its step
(weight decay, dampening, centering, momentum, AMSGrad, lr_decay, warm-up, a schedule, clipping,
noise), at steps 1, 2 and a later one, each line ``symbolic = numbers = result`` is re-evaluated
from its printed numbers (tests/latex_arithmetic.py) and must give its printed result, every
vector a line substitutes must be one the run recorded or an earlier line printed, and the last
line must land on the run's own point.
"""

from __future__ import annotations

import re

import numpy as np
import pytest

from optim_core import OPTIMIZERS, SURFACES, explain_step, optimize
from optim_core.latex import vec
from tests.latex_arithmetic import NotArithmetic, agrees, evaluate, top_level_parts

SURFACE = SURFACES["rotated_ellipse"]
STEPS = 12
EXPLAINED = (1, 2, 9)
VECTOR = re.compile(r"\\begin\{pmatrix\}.*?\\end\{pmatrix\}")

# hyperparameters that change the step, each tried where the optimizer's flavour takes it
HYPER_OPTIONS = {
    "weight_decay": {"weight_decay": 0.1},
    "dampening": {"dampening": 0.5},
    "centered": {"centered": True},
    "momentum": {"momentum": 0.5},
    "centered_momentum": {"centered": True, "momentum": 0.5},
    "amsgrad": {"amsgrad": True},
    "lr_decay": {"lr_decay": 0.1},
    "decoupled_weight_decay": {"weight_decay": 0.1, "decoupled_weight_decay": True},
    "warmup": {"warmup_steps": 5},
    "keras_style_momentum_decay": {"momentum_decay": 1.0},
}
RUN_OPTIONS = {
    "step": {"schedule": "step", "decay_rate": 0.5, "decay_steps": 3},
    "exponential": {"schedule": "exponential", "decay_rate": 0.9},
    "cosine": {"schedule": "cosine", "min_lr": 0.001},
    "inverse_time": {"schedule": "inverse_time", "decay_rate": 0.5},
    "clip_value": {"clip_value": 0.5},
    "clip_norm": {"clip_norm": 0.5},
    "noise": {"noise": 0.3, "seed": 4},
}


def cases():
    for name, cls in OPTIMIZERS.items():
        for convention, flavour in cls.flavours.items():
            yield pytest.param(name, convention, {}, {}, id=f"{name}-{convention}-plain")
            for label, hyper in HYPER_OPTIONS.items():
                if set(hyper) <= set(flavour.defaults) and (
                    label != "momentum" or name == "rmsprop"
                ):
                    yield pytest.param(
                        name, convention, hyper, {}, id=f"{name}-{convention}-{label}"
                    )
            for label, options in RUN_OPTIONS.items():
                yield pytest.param(name, convention, {}, options, id=f"{name}-{convention}-{label}")


def run_of(name, convention, hyper, options):
    cls = OPTIMIZERS[name]
    lr = {"lr": cls.playground_lr / 2} if "lr" not in hyper else {}
    return optimize(
        name, SURFACE, np.array(SURFACE.start), STEPS, convention=convention,
        **options, **lr, **hyper,
    )  # fmt: skip


def recorded_vectors(run, k: int) -> set[str]:
    """What a line may substitute without computing it first: the run's state before step k."""
    known = {vec(run.points[k - 1]), vec(run.raw_grads[k])}
    if run.noise is not None:
        known.add(vec(run.noise[k]))
    known |= {vec(values[k - 1]) for values in run.state.values()}
    return known


def is_number(text: str) -> bool:
    try:
        evaluate(text)
    except NotArithmetic:
        return False
    return True


def check_line(latex: str, known: set[str]) -> str:
    """The line's checks; returns its result as printed.

    A line is symbolic parts, then numeric ones (``g_2 = ∇f(x_1) = (…)`` has one of those,
    ``s_2 = γ s_1 + … = 0.9(…) + … = (…)`` two): every numeric part equals the next."""
    parts = top_level_parts(latex)
    numeric = [is_number(part) for part in parts]
    first = numeric.index(True) if True in numeric else len(parts)
    assert first >= 1, f"no symbolic side: {latex}"
    assert first < len(parts) and all(numeric[first:]), f"symbols among the numbers: {latex}"
    values = [evaluate(part) for part in parts[first:]]
    for shown, value, result in zip(parts[first:], values, values[1:], strict=False):
        assert agrees(value, result), (
            f"false equation:\n{latex}\nnumbers give {value.value} "
            f"(± {value.error}), printed {result.value}"
        )
        for vector in VECTOR.findall(shown):
            assert vector in known, f"{vector} in\n{latex}\nis neither recorded nor shown before"
    return parts[-1]


@pytest.mark.parametrize(("name", "convention", "hyper", "options"), list(cases()))
def test_every_line_is_true_arithmetic(name, convention, hyper, options):
    run = run_of(name, convention, hyper, options)
    assert not run.diverged
    for k in EXPLAINED:
        lines = explain_step(run, k)
        known = recorded_vectors(run, k)
        for line in lines:
            known.add(check_line(line.latex, known))
        final = top_level_parts(lines[-1].latex)
        assert final[0] == f"x_{{{k}}}", lines[-1].latex
        assert final[-1] == vec(run.points[k]), "the explanation ends where the path does"


def test_every_option_of_every_optimizer_is_covered():
    """Each keyword a flavour offers (beyond η) is tried by some case above."""
    tried = {key for hyper in HYPER_OPTIONS.values() for key in hyper}
    core = {"lr", "eps", "gamma", "beta1", "beta2", "momentum", "initial_accumulator_value"}
    for name, cls in OPTIMIZERS.items():
        for convention, flavour in cls.flavours.items():
            missing = set(flavour.defaults) - tried - core
            assert not missing, (name, convention, missing)


def test_the_issue_examples_now_add_up():
    """The four false equations reported in the issue, on rotated_ellipse with 10 steps."""
    start = np.array(SURFACE.start)
    examples = [
        ("momentum", "pytorch", {"momentum": 0.5, "dampening": 0.5}, 3),
        ("adamw", "pytorch", {}, 1),
        ("adam", "keras", {"weight_decay": 0.1}, 3),
        ("adadelta", "keras", {"weight_decay": 0.1}, 2),
    ]
    for name, convention, hyper, k in examples:
        run = optimize(name, SURFACE, start, 10, convention=convention,
                       lr=OPTIMIZERS[name].playground_lr, **hyper)  # fmt: skip
        lines = explain_step(run, k)
        known = recorded_vectors(run, k)
        for line in lines:
            known.add(check_line(line.latex, known))
        assert top_level_parts(lines[-1].latex)[-1] == vec(run.points[k])
    # the dampening and the decays are lines of their own
    momentum = explain_step(optimize("momentum", SURFACE, start, 10, momentum=0.5, dampening=0.5,
                                     lr=0.05), 3)  # fmt: skip
    assert any(r"(1-\tau)" in line.latex for line in momentum)
    adamw = explain_step(optimize("adamw", SURFACE, start, 10, lr=0.1), 1)
    assert any(line.latex.startswith(r"\tilde x_{0} = x_{0} - \eta_k\lambda") for line in adamw)


def test_the_evaluator_catches_a_false_line():
    """The arithmetic check is not vacuous: a wrong factor is found."""
    true = (
        r"b_{3} = 0.5\begin{pmatrix}2 \\ 4\end{pmatrix} + 0.5\begin{pmatrix}1 \\ 1\end{pmatrix}"
        r" = \begin{pmatrix}1.5 \\ 2.5\end{pmatrix}"
    )
    false = true.replace(r"+ 0.5\begin{pmatrix}1", r"+ \begin{pmatrix}1")
    parts = [evaluate(part) for part in top_level_parts(true)[1:]]
    assert agrees(*parts)
    parts = [evaluate(part) for part in top_level_parts(false)[1:]]
    assert not agrees(*parts)
