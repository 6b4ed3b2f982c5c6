"""'As code': a PyTorch script and a Keras 3 script that reproduce a Playground run.

The PyTorch script is exact for the pytorch convention, the Keras script for the keras convention
(tests/test_snippets.py runs both and compares with optim_core where the frameworks are installed).
For the other conventions they are the nearest equivalent in that framework. Generated text is
code for the user to run; the app never runs it.
"""

from __future__ import annotations

from optim_core import OPTIMIZERS, Surface, Trajectory
from optim_core.base import FrameworkClass
from optim_core.hyperparameters import ABSENT
from optim_core.schedules import SCHEDULE_DEFAULTS

TORCH, KERAS = 0, 1  # the frameworks' places in an optimizer's framework_names


def _arguments(pairs: list[tuple[str, object]]) -> str:
    return ", ".join(f"{name}={value!r}" for name, value in pairs)


def framework_arguments(run: Trajectory, framework: int) -> list[tuple[str, object]]:
    """The run's hyperparameters under the framework's own names (PyTorch's betas as a pair)."""
    cls = OPTIMIZERS[run.optimizer]
    pairs: list[tuple[str, object]] = []
    betas = {}
    for key, value in run.hyper.items():
        name = cls.framework_names(key)[framework]
        if name == ABSENT:
            continue  # the framework has no such setting
        if name.startswith("betas["):
            betas[name] = value
        elif not (key == "weight_decay" and framework == KERAS and not value):
            pairs.append((name, value))  # (Keras reads weight_decay=None as "no decay")
    if betas:
        pairs.append(("betas", (betas["betas[0]"], betas["betas[1]"])))
    return pairs


def torch_arguments(run: Trajectory) -> str:
    return _arguments(framework_arguments(run, TORCH) + list(torch_class(run).arguments))


def keras_arguments(run: Trajectory, clip: tuple[str, float] | None) -> str:
    pairs = framework_arguments(run, KERAS) + list(keras_class(run).arguments)
    if clip is not None:
        pairs.append(("clipvalue" if clip[0] == "clip_value" else "clipnorm", clip[1]))
    text = _arguments(pairs)
    return text.replace("learning_rate=" + repr(run.hyper["lr"]), "learning_rate=learning_rate")


def torch_class(run: Trajectory) -> FrameworkClass:
    return OPTIMIZERS[run.optimizer].export.torch


def keras_class(run: Trajectory) -> FrameworkClass | None:
    """None where Keras has no such optimizer (RAdam)."""
    return OPTIMIZERS[run.optimizer].export.keras


def schedule_settings(options: dict) -> tuple[str, float | None, int | None, float]:
    name = options.get("schedule", "constant")
    default_rate, default_every = SCHEDULE_DEFAULTS[name]
    rate = options.get("decay_rate", default_rate)
    every = options.get("decay_steps", default_every)
    return name, rate, every, options.get("min_lr", 0.0)


def torch_scheduler(options: dict, steps: int) -> str | None:
    name, rate, every, min_lr = schedule_settings(options)
    schedulers = "torch.optim.lr_scheduler"
    if name == "step":
        return f"{schedulers}.StepLR(optimizer, step_size={every}, gamma={rate!r})"
    if name == "exponential":
        if every == 1:
            return f"{schedulers}.ExponentialLR(optimizer, gamma={rate!r})"
        return f"{schedulers}.LambdaLR(optimizer, lambda k: {rate!r} ** (k / {every}))"
    if name == "cosine":
        period = every or steps
        return f"{schedulers}.CosineAnnealingLR(optimizer, T_max={period}, eta_min={min_lr!r})"
    if name == "inverse_time":
        return f"{schedulers}.LambdaLR(optimizer, lambda k: 1 / (1 + {rate!r} * k / {every}))"
    return None


def keras_learning_rate(lr: float, options: dict, steps: int) -> str:
    name, rate, every, min_lr = schedule_settings(options)
    schedules = "keras.optimizers.schedules"
    if name == "step":
        return f"{schedules}.ExponentialDecay({lr!r}, {every}, {rate!r}, staircase=True)"
    if name == "exponential":
        return f"{schedules}.ExponentialDecay({lr!r}, {every}, {rate!r})"
    if name == "cosine":
        return f"{schedules}.CosineDecay({lr!r}, {every or steps}, alpha={min_lr / lr!r})"
    if name == "inverse_time":
        return f"{schedules}.InverseTimeDecay({lr!r}, {every}, {rate!r})"
    return repr(lr)


def _noise_generator(options: dict) -> str:
    """The NumPy generator the engine draws gradient noise from, with the run's seed."""
    return f"rng = np.random.default_rng({options.get('seed', 0)})  # gradient noise\n"


def _objective(surface: Surface) -> str:
    return f"\n\ndef f(x, y):\n    return {surface.expression}\n\n\n"


def _maths(surface: Surface) -> str:
    """``m = torch`` where f uses the maths module ``m`` (the surfaces' expressions name it)."""
    return (
        "\nm = torch  # the maths module f's expression calls (m.cos, m.exp, …)\n"
        if ("m." in surface.expression.replace("math.", ""))
        else ""
    )


def _imports(*modules: str) -> str:
    """Import lines in the usual order: the standard library, then the rest."""
    standard = sorted(m for m in modules if m in ("math", "os"))
    others = sorted(m for m in modules if m not in ("math", "os"))
    lines = [f"import {m}\n" for m in standard]
    if standard and others:
        lines.append("\n")
    lines += [("import numpy as np\n" if m == "numpy" else f"import {m}\n") for m in others]
    return "".join(lines)


def _header(run: Trajectory, surface: Surface, framework: str) -> str:
    exact = {"PyTorch": "pytorch", "Keras": "keras"}[framework] == run.convention
    note = (
        "reproduces the run exactly"
        if exact
        else f"is the nearest {framework} equivalent (the run used the {run.convention} convention)"
    )
    return (
        f"# Optimizer Lab: {run.optimizer} on {surface.key}, {run.steps} steps.\n"
        f"# This script {note}.\n"
        f"# f(x, y) = {surface.expression}\n"
    )


def torch_snippet(run: Trajectory, surface: Surface, options: dict) -> str:
    start = [float(v) for v in run.points[0]]
    framework_class = torch_class(run)
    point = framework_class.point or "x.detach().numpy().copy()"
    module = framework_class.path.rpartition(".")[0]
    needed = ["torch", *(["math"] if "math." in surface.expression else []),
              *(["numpy"] if "noise" in options else []),
              *([module] if module != "torch.optim" else [])]  # fmt: skip
    lines = [
        _header(run, surface, "PyTorch"),
        _imports(*needed),
        _maths(surface),
        _objective(surface),
        f"x = torch.tensor({start!r}, dtype=torch.float64, requires_grad=True)\n",
        f"optimizer = {framework_class.path}([x], {torch_arguments(run)})\n",
        framework_class.setup,
    ]
    scheduler = torch_scheduler(options, run.steps)
    if scheduler:
        lines.append(f"scheduler = {scheduler}\n")
    if "noise" in options:
        lines.append(_noise_generator(options))
    lines.append(f"path = [{point}]\nfor step in range({run.steps}):\n")
    lines.append("    optimizer.zero_grad()\n    f(x[0], x[1]).backward()\n")
    if "noise" in options:
        lines.append(
            f"    with torch.no_grad():\n        x.grad += {options['noise']!r} * "
            "torch.from_numpy(rng.standard_normal(x.shape))\n"
        )
    if "clip_value" in options:
        lines.append(f"    torch.nn.utils.clip_grad_value_([x], {options['clip_value']!r})\n")
    if "clip_norm" in options:
        lines.append(f"    torch.nn.utils.clip_grad_norm_([x], {options['clip_norm']!r})\n")
    lines.append("    optimizer.step()\n")
    if scheduler:
        lines.append("    scheduler.step()\n")
    lines.append(f"    path.append({point})\nprint(path[-1])\n")
    return "".join(lines)


def keras_snippet(run: Trajectory, surface: Surface, options: dict) -> str | None:
    """The Keras 3 script, or None where Keras has no such optimizer."""
    framework_class = keras_class(run)
    if framework_class is None:
        return None
    start = [float(v) for v in run.points[0]]
    point = framework_class.point or "x.numpy().copy()"
    clip = next(((k, options[k]) for k in ("clip_value", "clip_norm") if k in options), None)
    lines = [
        _header(run, surface, "Keras"),
        _imports("os", *(["math"] if "math." in surface.expression else [])),
        '\nos.environ["KERAS_BACKEND"] = "torch"  # the gradient below comes from torch autograd\n'
        "\n"
        "import keras  # noqa: E402 (after the backend is chosen)\n"
        "import numpy as np  # noqa: E402\nimport torch  # noqa: E402\n",
        '\nkeras.config.set_floatx("float64")\n',
        _maths(surface),
        _objective(surface),
        "def gradient(point):\n"
        "    p = torch.tensor(point, dtype=torch.float64, requires_grad=True)\n"
        "    f(p[0], p[1]).backward()\n    return p.grad\n\n\n",
        f'x = keras.Variable(np.array({start!r}), dtype="float64")\n',
        f"learning_rate = {keras_learning_rate(run.hyper['lr'], options, run.steps)}\n",
        f"optimizer = {framework_class.path}({keras_arguments(run, clip)})\n",
        framework_class.setup,
    ]
    if "noise" in options:
        lines.append(_noise_generator(options))
    lines.append(f"path = [{point}]\nfor step in range({run.steps}):\n")
    lines.append("    g = gradient(x.numpy())\n")
    if "noise" in options:
        lines.append(
            f"    g = g + {options['noise']!r} * torch.from_numpy(rng.standard_normal(g.shape))\n"
        )
    lines.append(f"    optimizer.apply_gradients([(g, x)])\n    path.append({point})\n")
    lines.append("print(path[-1])\n")
    return "".join(lines)
