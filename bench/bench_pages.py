"""A page's rerun after changing η, against a minimal page's rerun (bench/minimal_page.py),
measured in the same process with streamlit.testing.v1.AppTest (script run plus the figures'
serialization; no browser): the Playground, and Compare racing its four default optimizers.

    python bench/bench_pages.py

Goal (issues 3 and 4): each page's rerun costs at most 1.5x the minimal page's.
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

from optim_core.hyperparameters import LR_GRID  # noqa: E402
from ui.link import mark_ready  # noqa: E402

GOAL = 1.5


def rerun_times(app: AppTest, values: list[float], key: str = "lr", kind: str = "number_input"):
    """How long each rerun takes after setting the control ``key`` to each of ``values``."""
    times = []
    for value in values:
        getattr(app, kind)(key=key).set_value(value)
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
    pages = {}
    for page, key in (("playground", "lr"), ("compare", "lr_rmsprop")):
        app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        mark_ready(app.session_state)  # past the first run, which waits for the browser's script
        pages[page] = (app.switch_page(f"app_pages/{page}.py").run(), key)

    # distinct learning rates in both pages' ranges, so no page can answer from its cache
    ours = [v for v in LR_GRID if 0.01 <= v <= 0.6][: args.reruns]
    theirs = [float(v) for v in minimal.select_slider(key="lr").options[: len(ours)]]
    minimal_times = []
    page_times: dict[str, list[float]] = {page: [] for page in pages}
    for start in range(0, len(ours), 5):  # interleave in small batches
        minimal_times += rerun_times(minimal, theirs[start : start + 5], kind="select_slider")
        for page, (app, key) in pages.items():
            page_times[page] += rerun_times(app, ours[start : start + 5], key)
    reference = statistics.median(minimal_times)
    print(f"minimal page rerun: median {reference * 1e3:.0f} ms")
    ok = True
    for page, times in page_times.items():
        ratio = statistics.median(times) / reference
        ok &= ratio <= GOAL
        print(
            f"{page} rerun after changing η: median {statistics.median(times) * 1e3:.0f} ms"
            f" -> ratio {ratio:.2f} (goal <= {GOAL}) {'OK' if ratio <= GOAL else 'ABOVE GOAL'}"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
