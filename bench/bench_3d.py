"""The Playground's 3-D view (issue 15.6) in Chromium: frames drawn per second while it plays,
against the contour view of the same run in the same browser (the reference), and what each
figure's frames hold once in the browser (the 3-D view's are filled in there, from the path sent
once; see tests/test_surface3d.py for what is sent).

    python bench/bench_3d.py

Goal: the 3-D view plays at 20 frames/s or more, its surface not re-sent in frames.
A 100-step run at 4x asks for a frame every 15 ms, so the rate is what the browser manages.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from bench.appserver import BROWSER_FLAGS, CHROMIUM, running_server  # noqa: E402

GOAL_FPS = 20
LINK = "/playground?surface=rosenbrock&optimizer=adam&lr=0.05&x0=-1.5&y0=2&steps=100&speed=4"
STEP = "() => Number(document.querySelector('.slider-container text.slider-label')" \
       ".textContent.trim().split(' ').at(-1))"  # fmt: skip


def frames_per_second(page, seconds: float = 2.0) -> float:
    rail = page.locator("rect.slider-rail-rect").first.bounding_box()
    page.mouse.click(rail["x"] + 3, rail["y"] + rail["height"] / 2)  # rewind
    page.wait_for_timeout(400)
    page.locator(".updatemenu-button").first.click()
    page.wait_for_timeout(200)
    first, started = page.evaluate(STEP), page.evaluate("performance.now()")
    page.wait_for_timeout(seconds * 1000)
    last, ended = page.evaluate(STEP), page.evaluate("performance.now()")
    return (last - first) / ((ended - started) / 1000)


def main() -> None:
    rates, sizes = {}, {}
    with running_server() as (base, _), sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=BROWSER_FLAGS)
        for name, query in (("contour view (reference)", ""), ("3-D view", "&view3d=true")):
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(base + LINK + query)
            page.wait_for_function("() => { const p = document.querySelector('.js-plotly-plot');"
                                   " return p && p._fullData && p._fullData.length > 0; }",
                                   timeout=60_000)  # fmt: skip
            page.wait_for_timeout(2500)
            rates[name] = [frames_per_second(page) for _ in range(3)]
            sizes[name] = page.evaluate(
                "() => JSON.stringify(document.querySelector('.js-plotly-plot')"
                "._transitionData._frames).length / 1000"
            )
            page.close()
        browser.close()
    print("100 steps at 4x (a frame asked for every 15 ms), 1280 x 900, three plays each")
    for name, values in rates.items():
        shown = ", ".join(f"{v:.1f}" for v in values)
        print(f"  {name:26s} {shown} frames/s; frames in the browser: {sizes[name]:.0f} KB")
    ratio = min(rates["3-D view"]) / min(rates["contour view (reference)"])
    print(f"  3-D / contour: {ratio:.2f}x")
    verdict = "met" if min(rates["3-D view"]) >= GOAL_FPS else "MISSED"
    print(f"goal (3-D ≥ {GOAL_FPS} frames/s): {verdict}")


if __name__ == "__main__":
    main()
