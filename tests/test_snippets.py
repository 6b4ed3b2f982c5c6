"""The 'as code' export: the generated PyTorch and Keras scripts reproduce the engine's run.

Running them needs torch (and keras for the Keras script); without them only the syntax and the
framework-free parts are checked. The scripts are our own generated text, executed here only.
"""

import ast
import os

import numpy as np
import pytest

from optim_core import OPTIMIZERS, SURFACES, optimize
from ui.snippets import keras_snippet, torch_snippet

CASES = [
    ("rmsprop", "ellipse", {"lr": 0.1, "gamma": 0.9}, {}),
    ("rmsprop", "rosenbrock", {"lr": 0.01, "centered": True, "momentum": 0.5}, {"clip_norm": 5.0}),
    ("adam", "himmelblau", {"lr": 0.1, "amsgrad": True}, {"noise": 0.5, "seed": 3}),
    ("adamw", "booth", {"lr": 0.2, "weight_decay": 0.1}, {"schedule": "cosine", "decay_steps": 40}),
    ("adagrad", "beale", {"lr": 0.3}, {"clip_value": 2.0}),
    ("momentum", "rastrigin", {"lr": 0.002, "momentum": 0.9},
     {"schedule": "step", "decay_rate": 0.5, "decay_steps": 10}),
    ("nesterov", "rotated_ellipse", {"lr": 0.05}, {"schedule": "exponential", "decay_rate": 0.95}),
    ("adadelta", "six_hump_camel", {"lr": 1.0}, {"schedule": "inverse_time", "decay_rate": 0.1}),
    ("sgd", "saddle", {"lr": 0.05, "weight_decay": 0.01}, {}),
    ("nadam", "himmelblau", {"lr": 0.05, "momentum_decay": 0.01, "weight_decay": 0.1},
     {"clip_value": 3.0}),
    ("radam", "booth", {"lr": 0.05, "weight_decay": 0.1, "decoupled_weight_decay": True},
     {"clip_norm": 5.0}),
    ("adamax", "rosenbrock", {"lr": 0.01, "beta2": 0.99},
     {"schedule": "step", "decay_rate": 0.5, "decay_steps": 10}),
    ("lion", "himmelblau", {"lr": 0.02, "weight_decay": 0.1, "decoupled_weight_decay": True},
     {"noise": 0.3, "seed": 1}),
    ("schedule_free_adamw", "booth", {"lr": 0.1, "warmup_steps": 5, "weight_decay": 0.05}, {}),
    ("schedule_free_adamw", "rosenbrock", {"lr": 0.01}, {"schedule": "cosine", "decay_steps": 40}),
]  # fmt: skip
IDS = [case[0] + "-" + case[1] for case in CASES]


def engine_run(optimizer, surface, hyper, options, convention):
    """The run in ``convention``, with the hyperparameters that framework's version takes."""
    taken = OPTIMIZERS[optimizer].flavours[convention].defaults
    hyper = {key: value for key, value in hyper.items() if key in taken}
    start = np.array(SURFACES[surface].start)
    return optimize(optimizer, SURFACES[surface], start, 40, convention=convention,
                    **options, **hyper)  # fmt: skip


def final_point_of(script: str) -> np.ndarray:
    namespace: dict = {}
    exec(compile(script, "<snippet>", "exec"), namespace)  # our generated code, in a test
    return np.asarray(namespace["path"][-1], dtype=np.float64)


@pytest.mark.parametrize(("optimizer", "surface", "hyper", "options"), CASES, ids=IDS)
def test_snippets_are_valid_python(optimizer, surface, hyper, options):
    for convention in OPTIMIZERS[optimizer].flavours:
        run = engine_run(optimizer, surface, hyper, options, convention)
        ast.parse(torch_snippet(run, SURFACES[surface], options))
        keras = keras_snippet(run, SURFACES[surface], options)
        if "keras" in OPTIMIZERS[optimizer].flavours:
            ast.parse(keras)
        else:
            assert keras is None, "no Keras script for an optimizer Keras does not have"


@pytest.mark.parametrize(("optimizer", "surface", "hyper", "options"), CASES, ids=IDS)
def test_the_pytorch_snippet_reproduces_a_pytorch_run(optimizer, surface, hyper, options):
    pytest.importorskip("torch")
    module = OPTIMIZERS[optimizer].export.torch.path.rpartition(".")[0]
    pytest.importorskip(module)  # lion_pytorch and schedulefree are packages of their own
    run = engine_run(optimizer, surface, hyper, options, "pytorch")
    script = torch_snippet(run, SURFACES[surface], options)
    assert "reproduces the run exactly" in script
    np.testing.assert_allclose(final_point_of(script), run.final, rtol=1e-9, atol=1e-12)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # raised inside Keras, not by us
@pytest.mark.parametrize(("optimizer", "surface", "hyper", "options"), CASES, ids=IDS)
def test_the_keras_snippet_reproduces_a_keras_run(optimizer, surface, hyper, options):
    pytest.importorskip("torch")
    os.environ.setdefault("KERAS_BACKEND", "torch")
    keras = pytest.importorskip("keras")
    if keras.backend.backend() != "torch":
        pytest.skip("the Keras snippet uses the torch backend")
    if "keras" not in OPTIMIZERS[optimizer].flavours:
        pytest.skip(f"Keras has no {optimizer}")
    run = engine_run(optimizer, surface, hyper, options, "keras")
    script = keras_snippet(run, SURFACES[surface], options)
    assert "reproduces the run exactly" in script
    np.testing.assert_allclose(final_point_of(script), run.final, rtol=1e-9, atol=1e-12)


def names_loaded(tree: ast.AST) -> set[str]:
    return {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)
            and isinstance(node.ctx, ast.Load)}  # fmt: skip


def dead_names(script: str) -> list[str]:
    """Names the script imports or assigns at its top level and never reads."""
    tree = ast.parse(script)
    bound = []
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            bound += [(alias.asname or alias.name).split(".")[0] for alias in node.names]
        elif isinstance(node, ast.Assign):
            bound += [target.id for target in node.targets if isinstance(target, ast.Name)]
    loaded = names_loaded(tree)
    return [name for name in bound if name not in loaded and name != "path"]


def long_floats(script: str) -> list[str]:
    """Float literals not in their shortest form: more than 12 significant digits
    (0.40000000000000002, 1.2000000000000002) where every input had a few."""
    tree = ast.parse(script)
    return [
        ast.get_source_segment(script, node)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, float)
        and (ast.get_source_segment(script, node) != repr(node.value)
             or len(repr(node.value).split("e")[0].strip("-0.").replace(".", "")) > 12)
    ]  # fmt: skip


@pytest.mark.parametrize("surface", sorted(SURFACES))
@pytest.mark.parametrize(("optimizer", "_", "hyper", "options"), CASES, ids=IDS)
def test_snippets_have_no_dead_lines_and_plain_numbers(optimizer, _, hyper, options, surface):
    """Every import and assignment is used (no ``m = torch`` for an f without ``m.``), and
    every number reads as typed."""
    for convention in OPTIMIZERS[optimizer].flavours:
        run = engine_run(optimizer, surface, hyper, options, convention)
        scripts = [torch_snippet(run, SURFACES[surface], options),
                   keras_snippet(run, SURFACES[surface], options)]  # fmt: skip
        for script in filter(None, scripts):
            assert dead_names(script) == [], script
            assert long_floats(script) == [], script
