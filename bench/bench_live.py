"""The Playground's live slider (issue 15.4), in Chromium: how long a move of the η slider takes
to redraw the path, against a move of the step slider in the same page (the same kind of frame
swap, the reference), and what the slider's 25 paths add to the figure.

    python bench/bench_live.py [--steps 100] [--moves 30]

Goals: a move redraws in at most 50 ms; the paths of 25 values × 100 steps add at most 300 KB.
Time is from the pointer's press on the slider to the first paint after Plotly's
``plotly_animated`` event, read from ``performance.now()`` in the page.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import plotly.io as pio  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from bench.appserver import BROWSER_FLAGS, CHROMIUM, running_server  # noqa: E402

GOAL_MS = 50
GOAL_KB = 300
LINK = ("/playground?surface=ellipse&optimizer=rmsprop&convention=d2l&lr=0.4&gamma=0.9"
        "&eps=1e-06&x0=-5&y0=-2&steps={steps}")  # fmt: skip

TIMER = """() => {
    const plot = document.querySelector('.js-plotly-plot');
    window.__moves = [];
    document.addEventListener('mousedown', () => { window.__pressed = performance.now(); }, true);
    plot.on('plotly_animated', () => requestAnimationFrame(() =>
        window.__moves.push(performance.now() - window.__pressed)));
}"""


def family_kilobytes(steps: int) -> float:
    """What the live slider's frames add to the Playground's figure (Plotly's JSON)."""
    from optim_core import SURFACES
    from ui import runs
    from ui.figures.animation import PathSpec, animated_contour
    from ui.text import animation_labels

    choice = runs.SurfaceChoice("ellipse")
    spec = runs.RunSpec(choice, "rmsprop", "d2l", (("eps", 1e-6), ("gamma", 0.9), ("lr", 0.4)),
                        (-5.0, -2.0), steps)  # fmt: skip
    run, family = runs.run.__wrapped__(spec), runs.family.__wrapped__(spec, "lr")
    paths = [PathSpec("run", run.points, "#e69f00")]
    shared = {"labels": animation_labels(), "image_uri": "", "clickable": True}
    plain = animated_contour(SURFACES["ellipse"], paths, **shared)
    live = animated_contour(SURFACES["ellipse"], paths, **shared, family=family)
    return (len(pio.to_json(live, validate=False)) - len(pio.to_json(plain, validate=False))) / 1e3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--steps", type=int, default=100)
    parser.add_argument("--moves", type=int, default=30)
    args = parser.parse_args()

    kilobytes = family_kilobytes(args.steps)
    with running_server() as (base, _), sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=BROWSER_FLAGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(base + LINK.format(steps=args.steps))
        page.wait_for_selector(".js-plotly-plot .imagelayer image", timeout=60_000)
        page.wait_for_timeout(2000)
        page.evaluate(TIMER)
        rails = page.locator(".js-plotly-plot rect.slider-rail-rect")
        times = {}
        for name, index in (("step slider (reference)", 0), ("η slider", 1)):
            box = rails.nth(index).bounding_box()
            page.evaluate("window.__moves = []")
            for move in range(args.moves):
                fraction = (move * 7 % 23 + 0.5) / 23  # a different notch each time
                page.mouse.click(box["x"] + 4 + fraction * (box["width"] - 8),
                                 box["y"] + box["height"] / 2)  # fmt: skip
                page.wait_for_timeout(120)
            times[name] = page.evaluate("window.__moves")
        browser.close()

    print(f"{args.steps} steps, 25 values; {args.moves} moves of each slider (ms, press to paint)")
    for name, values in times.items():
        p90 = sorted(values)[int(0.9 * len(values))]
        print(f"  {name:24s} median {statistics.median(values):6.1f}   p90 {p90:6.1f}   "
              f"({len(values)} redraws)")  # fmt: skip
    live, step = (
        statistics.median(times[name]) for name in ("η slider", "step slider (reference)")
    )
    print(f"  η slider / step slider: {live / step:.2f}x")
    print(f"payload of the live slider's paths: {kilobytes:.0f} KB (goal ≤ {GOAL_KB} KB)")
    verdict = "met" if live <= GOAL_MS and kilobytes <= GOAL_KB else "MISSED"
    print(f"goal (≤ {GOAL_MS} ms a move, ≤ {GOAL_KB} KB): {verdict}")


if __name__ == "__main__":
    main()
