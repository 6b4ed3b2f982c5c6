"""'As code': a PyTorch script and a Keras 3 script that reproduce a Playground run.

The PyTorch script is exact for the pytorch convention, the Keras script for the keras convention
(tests/test_snippets.py runs both and compares with optim_core where the frameworks are installed).
For the other conventions they are the nearest equivalent in that framework. Generated text is
code for the user to run; the app never runs it.
"""

from __future__ import annotations

from optim_core import Surface, Trajectory
from optim_core.schedules import SCHEDULE_DEFAULTS

# PyTorch and Keras 3 give their optimizer classes the same names
CLASS_NAMES = {
    "sgd": "SGD",
    "momentum": "SGD",
    "nesterov": "SGD",
    "adagrad": "Adagrad",
    "rmsprop": "RMSprop",
    "adadelta": "Adadelta",
    "adam": "Adam",
    "adamw": "AdamW",
}


def _arguments(pairs: list[tuple[str, object]]) -> str:
    return ", ".join(f"{name}={value!r}" for name, value in pairs)


def torch_arguments(optimizer: str, hyper: dict) -> str:
    pairs: list[tuple[str, object]] = [("lr", hyper["lr"])]
    renames = {"gamma": "alpha" if optimizer == "rmsprop" else "rho"}
    for key, value in hyper.items():
        if key in ("lr", "beta1", "beta2"):
            continue
        if key in ("lr_decay", "initial_accumulator_value") and optimizer != "adagrad":
            continue
        pairs.append((renames.get(key, key), value))
    if "beta1" in hyper:
        pairs.append(("betas", (hyper["beta1"], hyper["beta2"])))
    if optimizer == "nesterov":
        pairs.append(("nesterov", True))
    return _arguments(pairs)


def keras_arguments(optimizer: str, hyper: dict, clip: tuple[str, float] | None) -> str:
    renames = {"lr": "learning_rate", "gamma": "rho", "eps": "epsilon", "beta1": "beta_1",
               "beta2": "beta_2"}  # fmt: skip
    pairs: list[tuple[str, object]] = []
    for key, value in hyper.items():
        if key in ("dampening", "lr_decay"):
            continue  # Keras has neither
        if key == "weight_decay" and not value:
            continue  # Keras reads 0 as "no decay" too, but None is its default
        pairs.append((renames.get(key, key), value))
    if optimizer == "nesterov":
        pairs.append(("nesterov", True))
    if clip is not None:
        pairs.append(("clipvalue" if clip[0] == "clip_value" else "clipnorm", clip[1]))
    text = _arguments(pairs)
    return text.replace("learning_rate=" + repr(hyper["lr"]), "learning_rate=learning_rate")


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
    return f"def f(x, y):\n    return {surface.expression}\n\n\n"


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
    lines = [
        _header(run, surface, "PyTorch"),
        "import math\n\nimport numpy as np\nimport torch\n\nm = torch\n\n",
        _objective(surface),
        f"x = torch.tensor({start!r}, dtype=torch.float64, requires_grad=True)\n",
        f"optimizer = torch.optim.{CLASS_NAMES[run.optimizer]}([x], "
        f"{torch_arguments(run.optimizer, run.hyper)})\n",
    ]
    scheduler = torch_scheduler(options, run.steps)
    if scheduler:
        lines.append(f"scheduler = {scheduler}\n")
    if "noise" in options:
        lines.append(_noise_generator(options))
    lines.append(f"path = [x.detach().numpy().copy()]\nfor step in range({run.steps}):\n")
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
    lines.append("    path.append(x.detach().numpy().copy())\nprint(path[-1])\n")
    return "".join(lines)


def keras_snippet(run: Trajectory, surface: Surface, options: dict) -> str:
    start = [float(v) for v in run.points[0]]
    clip = next(((k, options[k]) for k in ("clip_value", "clip_norm") if k in options), None)
    lines = [
        _header(run, surface, "Keras"),
        "import math\nimport os\n\n"
        'os.environ["KERAS_BACKEND"] = "torch"  # the gradient below comes from torch autograd\n\n'
        "import keras\nimport numpy as np\nimport torch\n\n"
        'keras.config.set_floatx("float64")\nm = torch\n\n\n',
        _objective(surface),
        "def gradient(point):\n"
        "    p = torch.tensor(point, dtype=torch.float64, requires_grad=True)\n"
        "    f(p[0], p[1]).backward()\n    return p.grad\n\n\n",
        f'x = keras.Variable(np.array({start!r}), dtype="float64")\n',
        f"learning_rate = {keras_learning_rate(run.hyper['lr'], options, run.steps)}\n",
        f"optimizer = keras.optimizers.{CLASS_NAMES[run.optimizer]}("
        f"{keras_arguments(run.optimizer, run.hyper, clip)})\n",
    ]
    if "noise" in options:
        lines.append(_noise_generator(options))
    lines.append(f"path = [x.numpy().copy()]\nfor step in range({run.steps}):\n")
    lines.append("    g = gradient(x.numpy())\n")
    if "noise" in options:
        lines.append(
            f"    g = g + {options['noise']!r} * torch.from_numpy(rng.standard_normal(g.shape))\n"
        )
    lines.append("    optimizer.apply_gradients([(g, x)])\n    path.append(x.numpy().copy())\n")
    lines.append("print(path[-1])\n")
    return "".join(lines)
