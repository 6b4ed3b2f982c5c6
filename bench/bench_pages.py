"""A Playground rerun after changing η, against a minimal page's rerun (bench/minimal_page.py),
measured in the same process with streamlit.testing.v1.AppTest (script run plus the figures'
serialization; no browser).

    python bench/bench_playground.py

Goal (issue 3): the Playground's rerun costs at most 1.5x the minimal page's.
Each rerun changes η to a value not seen before, so the run itself is computed, not cached.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from streamlit.testing.v1 import AppTest  # noqa: E402

from ui.controls import LR_GRID  # noqa: E402

GOAL = 1.5


def rerun_times(app: AppTest, values: list[float]) -> list[float]:
    times = []
    for value in values:
        app.select_slider(key="lr").set_value(value)
        start = time.perf_counter()
        app.run()
        times.append(time.perf_counter() - start)
        assert not app.exception, app.exception
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reruns", type=int, default=20)
    args = parser.parse_args()

    minimal = AppTest.from_file(str(ROOT / "bench" / "minimal_page.py"), default_timeout=60).run()
    playground = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    playground.switch_page("app_pages/playground.py").run()

    # distinct learning rates in both pages' ranges, so neither page can answer from its cache
    minimal_values = [v for v in minimal.select_slider(key="lr").options]
    ours = [v for v in LR_GRID if 0.01 <= v <= 0.6][: args.reruns]
    theirs = [float(v) for v in minimal_values[: len(ours)]]
    minimal_times, our_times = [], []
    for start in range(0, len(ours), 5):  # interleave in small batches
        minimal_times += rerun_times(minimal, theirs[start : start + 5])
        our_times += rerun_times(playground, ours[start : start + 5])
    ratio = statistics.median(our_times) / statistics.median(minimal_times)
    print(
        f"minimal page rerun: median {statistics.median(minimal_times) * 1e3:.0f} ms; "
        f"playground rerun after changing η: median {statistics.median(our_times) * 1e3:.0f} ms"
        f" -> ratio {ratio:.2f} (goal <= {GOAL}) {'OK' if ratio <= GOAL else 'ABOVE GOAL'}"
    )
    return 0 if ratio <= GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
