"""The registry: every optimizer module in this folder, found by looking, ordered by ``order``.

Adding an optimizer is adding a module here (and its words to the text catalogs): nothing else
lists optimizers. ``OPTIMIZERS`` are the ones that run on the 2-D surfaces; ``NETWORK_OPTIMIZERS``
adds the ones that only make sense for a network's weight matrices (Muon).
"""

from __future__ import annotations

import importlib
import pkgutil

from ..base import Optimizer
from ..hyperparameters import SHARED, Hyperparameter


def _discover() -> list[type[Optimizer]]:
    found = []
    for module_info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        found += [
            value
            for value in vars(module).values()
            if isinstance(value, type)
            and issubclass(value, Optimizer)
            and value.__module__ == module.__name__  # Nesterov's module also holds Momentum
            and "name" in value.__dict__
        ]
    return sorted(found, key=lambda cls: cls.order)


NETWORK_OPTIMIZERS: dict[str, type[Optimizer]] = {cls.name: cls for cls in _discover()}
OPTIMIZERS: dict[str, type[Optimizer]] = {
    name: cls for name, cls in NETWORK_OPTIMIZERS.items() if cls.on_surfaces
}


def _all_hyperparameters() -> dict[str, Hyperparameter]:
    specs = {spec.key: spec for spec in SHARED}
    for cls in NETWORK_OPTIMIZERS.values():
        for spec in cls.own_hyperparameters:
            if specs.setdefault(spec.key, spec) is not spec:
                raise TypeError(f"{cls.__name__} redefines the keyword {spec.key!r}")
    return specs


HYPERPARAMETERS: dict[str, Hyperparameter] = _all_hyperparameters()
"""Every keyword any optimizer takes, in the order pages show them."""
