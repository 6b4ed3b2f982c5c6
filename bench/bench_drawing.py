"""One page's drawing in Chromium after a change: the renderer's main-thread time (issue 17).

    python bench/bench_drawing.py              # 15 changes on /playground, then the minimal page

One Chromium page on /playground (the query bench/load.py's first session opens) types a new
number of steps and presses Enter, as load.py's browser sessions do. For each change it reads the
renderer's main-thread time from the DevTools protocol (``Performance.getMetrics``: TaskDuration,
and of it ScriptDuration, LayoutDuration and RecalcStyleDuration) before the change and again
once the page is quiet after it: the new path drawn, then no task for 300 ms. The difference is
what the page cost the student's device: Streamlit's rendering of the elements, Plotly's drawing
of the figures, the figure scripts. The server's time is not in it (the renderer is idle while it
waits).

The reference, in the same process and the same Chromium: bench/load_reference_page.py (a steps
input and one path chart). Goal (issue 17): the Playground's p50 <= 250 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from appserver import BROWSER_FLAGS, CHROMIUM, running_server
from load import HOLDS
from playwright.async_api import async_playwright
from protocol import APP, FIRST_STEPS, QUERY, REFERENCE, Target, steps_sequence

GOAL_MS = 250.0
METRICS = ("TaskDuration", "ScriptDuration", "LayoutDuration", "RecalcStyleDuration")
QUIET_S = 0.3  # no main-thread work for this long: the change is drawn


async def metrics(cdp) -> dict[str, float]:
    reply = await cdp.send("Performance.getMetrics")
    return {m["name"]: m["value"] for m in reply["metrics"] if m["name"] in METRICS}


async def quiet(cdp, timeout_s: float = 20.0) -> dict[str, float]:
    """Wait until the main thread did nothing for ``QUIET_S``; its metrics then."""
    last = await metrics(cdp)
    for _ in range(int(timeout_s / QUIET_S)):
        await asyncio.sleep(QUIET_S)
        now = await metrics(cdp)
        if now["TaskDuration"] - last["TaskDuration"] < 0.002:  # the polling itself
            return now
        last = now
    raise TimeoutError("the page never went quiet")


async def measure(target: Target, changes: int, log, extra: str = "") -> list[dict[str, float]]:
    """Main-thread ms per metric for each change on ``target``."""
    with running_server(log, None, target.script) as (base, _server):
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(
                executable_path=CHROMIUM, args=BROWSER_FLAGS, headless=True
            )
            page = await browser.new_page(viewport={"width": 1280, "height": 900})
            cdp = await page.context.new_cdp_session(page)
            await cdp.send("Performance.enable", {"timeDomain": "threadTicks"})
            query = QUERY.format(x0=-1.49, y0=1.99, steps=FIRST_STEPS) + extra
            await page.goto(f"{base}/{target.path}?{query}")
            await page.wait_for_function(HOLDS, arg=FIRST_STEPS + 1, polling=50, timeout=90e3)
            await quiet(cdp)
            results = []
            sequence = steps_sequence()
            for index in range(changes + 2):  # the first two warm the caches up
                steps = next(sequence)
                before = await metrics(cdp)
                steps_input = page.locator(".st-key-steps input")
                await steps_input.fill(str(steps))
                await steps_input.press("Enter")
                await page.wait_for_function(HOLDS, arg=steps + 1, polling=20, timeout=30e3)
                after = await quiet(cdp)
                if index >= 2:
                    results.append({m: (after[m] - before[m]) * 1e3 for m in METRICS})
            await browser.close()
    return results


def summary(name: str, results: list[dict[str, float]]) -> float:
    task = [r["TaskDuration"] for r in results]
    parts = ", ".join(
        f"{m.removesuffix('Duration').lower()} {statistics.median(r[m] for r in results):.0f}"
        for m in METRICS[1:]
    )
    p50 = statistics.median(task)
    print(f"{name:<28} {len(task):>3} changes  main thread p50 {p50:6.0f} ms"
          f"  max {max(task):6.0f} ms   (p50: {parts})")  # fmt: skip
    return p50


async def main_async(args) -> int:
    log = open(args.log, "w") if args.log else subprocess.DEVNULL
    app = await measure(APP, args.changes, log, args.extra)
    reference = await measure(REFERENCE, args.changes, log) if args.reference else None
    print(f"\nOne Chromium page at 1280 x 900, {args.changes} changes of the steps each:")
    app_p50 = summary("the app (/playground)" + args.extra, app)
    if reference is None:
        return 0 if app_p50 <= GOAL_MS else 1
    reference_p50 = summary("the minimal page", reference)
    ok = app_p50 <= GOAL_MS
    print(
        f"goal: the Playground's main-thread time per change <= {GOAL_MS:g} ms:"
        f" {app_p50:.0f} ms -> {'OK' if ok else 'MISSED'}"
        f" ({app_p50 / reference_p50:.1f} x the minimal page's)"
    )
    return 0 if ok else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=15)
    parser.add_argument("--log", help="write the servers' output to this file")
    parser.add_argument("--extra", default="", help="more of the Playground's link: &live=none")
    parser.add_argument("--no-reference", dest="reference", action="store_false",
                        help="skip the minimal page")  # fmt: skip
    return asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    sys.exit(main())
