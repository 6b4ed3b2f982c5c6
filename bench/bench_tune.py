"""A fair race's tuning (issue 16.2): six optimizers, each running the same 21 values of η for
300 steps on Rosenbrock, against the same 126 runs made one at a time by the engine, and by
torch.optim when torch is installed (references run in the same process).

    python bench/bench_tune.py

Goal: all of it in at most 1 s of server time (one batched run per optimizer).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from optim_core import SURFACES, optimize  # noqa: E402
from optim_core.tuning import TUNE_GRID, tune_lr  # noqa: E402

GOAL_SECONDS = 1.0
OPTIMIZERS = ("sgd", "momentum", "nesterov", "rmsprop", "adam", "adamw")
STEPS = 300
START = (-1.5, 2.0)


def best_of(function, repeats: int = 5) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return min(times)


def tuned_batched() -> None:
    for name in OPTIMIZERS:
        tune_lr(name, SURFACES["rosenbrock"], START, STEPS, convention="pytorch", hyper={},
                score="final", tol=1e-4)  # fmt: skip


def one_at_a_time() -> None:
    for name in OPTIMIZERS:
        for value in TUNE_GRID:
            optimize(name, SURFACES["rosenbrock"], np.array(START), STEPS, lr=value,
                     history=False)  # fmt: skip


def torch_loop() -> None:
    import torch

    classes = {
        "sgd": lambda p, lr: torch.optim.SGD(p, lr=lr),
        "momentum": lambda p, lr: torch.optim.SGD(p, lr=lr, momentum=0.9),
        "nesterov": lambda p, lr: torch.optim.SGD(p, lr=lr, momentum=0.9, nesterov=True),
        "rmsprop": lambda p, lr: torch.optim.RMSprop(p, lr=lr),
        "adam": lambda p, lr: torch.optim.Adam(p, lr=lr),
        "adamw": lambda p, lr: torch.optim.AdamW(p, lr=lr),
    }
    for name in OPTIMIZERS:
        for value in TUNE_GRID:
            point = torch.tensor(START, dtype=torch.float64, requires_grad=True)
            optimizer = classes[name]([point], value)
            for _ in range(STEPS):
                optimizer.zero_grad()
                x, y = point[0], point[1]
                ((1 - x) ** 2 + 100 * (y - x * x) ** 2).backward()
                optimizer.step()


def main() -> None:
    runs = len(OPTIMIZERS) * len(TUNE_GRID)
    ours = best_of(tuned_batched)
    alone = best_of(one_at_a_time, repeats=2)
    print(f"{len(OPTIMIZERS)} optimizers x {len(TUNE_GRID)} values of η x {STEPS} steps "
          f"({runs} runs), best of several")  # fmt: skip
    print(f"  tuned, one batched run per optimizer: {ours * 1000:7.1f} ms")
    print(f"  the engine, one run at a time:        {alone * 1000:7.1f} ms "
          f"(batched / this = {ours / alone:.3f})")  # fmt: skip
    try:
        reference = best_of(torch_loop, repeats=1)
    except ImportError:
        print("  torch.optim: not installed (pip install torch for this reference)")
    else:
        print(f"  torch.optim, one run at a time:       {reference * 1000:7.1f} ms "
              f"(batched / this = {ours / reference:.4f})")  # fmt: skip
    verdict = "met" if ours <= GOAL_SECONDS else "MISSED"
    print(f"goal (≤ {GOAL_SECONDS:g} s of server time): {verdict}")


if __name__ == "__main__":
    main()
