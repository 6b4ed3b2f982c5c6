"""The real thing: `streamlit run app.py` driven by Playwright in Debian's Chromium.

Screenshots go to tests/artifacts/ (look at them). Without Chromium these tests skip, except in CI
(CI=true), where a missing browser is a failure: .ci/run installs it.
"""

from __future__ import annotations

import itertools
import os
import re
from pathlib import Path
from urllib.parse import urlparse

import numpy as np
import pytest

from bench.appserver import BROWSER_FLAGS, CHROMIUM, running_server
from optim_core import SURFACES, optimize

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "tests" / "artifacts"

pytestmark = pytest.mark.browser


def require_browser():
    missing = []
    if not Path(CHROMIUM).exists():
        missing.append("Debian's chromium (apt-get install chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("playwright (pip install playwright)")
    if missing:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("browser tests must run in CI; missing: " + ", ".join(missing))
        pytest.skip("missing: " + ", ".join(missing))


@pytest.fixture(scope="module")
def server():
    require_browser()
    with running_server() as (base, _process):
        yield base


@pytest.fixture(scope="module")
def browser():
    require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM, args=BROWSER_FLAGS, headless=True
        )
        yield launched
        launched.close()


def open_page(browser, url: str, width: int = 1280, height: int = 900):
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(url)
    page.wait_for_selector(".js-plotly-plot .imagelayer image", timeout=60_000)
    page.wait_for_timeout(500)
    return page


def head_position(page) -> tuple[float, float]:
    """Screen position of the moving head marker (the first path's head: its first scatter trace
    drawn as markers only, without a legend entry; arrows may follow it)."""
    return page.evaluate(
        """() => {
            const plot = document.querySelector('.js-plotly-plot');
            const scatters = plot._fullData.filter(trace => trace.type === 'scatter');
            const head = scatters.findIndex(trace => trace.mode === 'markers' && !trace.showlegend);
            const traces = plot.querySelectorAll('.scatterlayer .trace');
            const point = traces[head].querySelector('.point');
            const box = point.getBoundingClientRect();
            return [box.x, box.y];
        }"""
    )


def rewind(page) -> None:
    """Move the step slider to its first frame (the path's start point)."""
    rail = page.locator("rect.slider-rail-rect").first
    rail.scroll_into_view_if_needed()
    box = rail.bounding_box()
    page.mouse.click(box["x"] + 3, box["y"] + box["height"] / 2)


def contour_visible(page) -> bool:
    return page.evaluate(
        """() => {
            const image = document.querySelector('.js-plotly-plot .imagelayer image');
            if (!image) return false;
            const box = image.getBoundingClientRect();
            const href = image.getAttribute('href') || image.getAttribute('xlink:href') || '';
            return box.width > 100 && box.height > 50 && href.startsWith('data:image/png');
        }"""
    )


def test_playground_plays_with_the_contour_kept(server, browser):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    url = (
        server + "/playground?surface=ellipse&optimizer=rmsprop&convention=d2l&lr=0.4&gamma=0.9"
        "&eps=1e-06&x0=-5&y0=-2&steps=60"
    )
    page = open_page(browser, url)
    assert page.locator("[data-testid='stException']").count() == 0
    assert contour_visible(page)
    page.screenshot(path=str(ARTIFACTS / "playground-before.png"), full_page=False)

    # the slider starts at the last step; rewind to step 0 and play from there
    end = head_position(page)  # the slider starts at the last step
    rewind(page)
    page.wait_for_timeout(300)
    start = head_position(page)
    assert start != end, "the slider's first step shows the start point"
    page.locator(".updatemenu-button").first.click()
    page.wait_for_timeout(700)
    assert contour_visible(page), "the contour vanished while playing"
    middle = head_position(page)
    page.screenshot(path=str(ARTIFACTS / "playground-playing.png"))
    page.wait_for_timeout(3600)  # 60 steps at 1x: 60 ms a frame
    assert contour_visible(page), "the contour vanished after playing"
    after = head_position(page)
    page.screenshot(path=str(ARTIFACTS / "playground-after.png"))
    assert middle != start and after != middle, "the path did not move"
    assert page.locator("[data-testid='stException']").count() == 0
    page.close()


def test_playground_on_a_phone_and_a_divergent_link(server, browser):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    url = server + "/playground?surface=rosenbrock&optimizer=sgd&lr=0.003&x0=-1.5&y0=2&steps=50"
    page = open_page(browser, url, width=390, height=844)
    assert page.locator("[data-testid='stException']").count() == 0
    message = page.get_by_text("Diverged at step 5")
    assert message.count() == 1
    chart = page.locator(".js-plotly-plot").first
    chart.scroll_into_view_if_needed()
    chart.screenshot(path=str(ARTIFACTS / "playground-phone-chart.png"))
    controls = chart.locator(".updatemenu-container, .slider-container")
    boxes = [controls.nth(i).bounding_box() for i in range(controls.count())]
    assert len(boxes) == 2, "Play/Pause and the step slider are drawn"
    buttons, slider = sorted(boxes, key=lambda box: box["y"])
    assert buttons["y"] + buttons["height"] <= slider["y"] + 1, "buttons and slider overlap"
    message.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "playground-phone-divergence.png"))
    page.close()


def test_exported_html_plays_offline(browser, tmp_path):
    import numpy as np

    from optim_core import SURFACES, optimize
    from ui.exports import standalone_html
    from ui.figures.animation import PathSpec, animated_contour
    from ui.figures.contour import contour_png

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    surface = SURFACES["himmelblau"]
    run = optimize("adam", surface, np.array([0.0, 0.0]), 80, lr=0.1)
    labels = {"play": "Play", "pause": "Pause", "step": "step", "x": "x", "y": "y",
              "minimum": "minimum"}  # fmt: skip
    figure = animated_contour(
        surface, [PathSpec("adam", run.points, "#E69F00")], labels=labels,
        image_uri=contour_png(surface),
    )  # fmt: skip
    html = standalone_html(figure, title="adam on himmelblau")
    assert "<script src=" not in html, "plotly.js must be inside the file, not fetched"
    path = tmp_path / "export.html"
    path.write_text(html)
    page = browser.new_page(viewport={"width": 1000, "height": 800})
    page.goto(path.as_uri())
    page.wait_for_selector(".js-plotly-plot .imagelayer image", timeout=30_000)
    rewind(page)
    page.wait_for_timeout(300)
    start = head_position(page)
    page.locator(".updatemenu-button").first.click()
    page.wait_for_timeout(1500)
    assert contour_visible(page) and head_position(page) != start
    page.screenshot(path=str(ARTIFACTS / "exported-html.png"))
    page.close()


def test_the_browser_fills_each_step_frame_with_the_path_up_to_its_step(server, browser):
    """The step frames come with no coordinates (``STEP_FRAMES_SCRIPT``): in the page, frame k
    holds the run's path up to step k, the point it stands on at k, and step k's arrows, and the
    step slider then draws exactly that."""
    from ui.forces import force_arrows

    page = open_page(browser, f"{server}/playground?surface=ellipse&optimizer=momentum&lr=0.05"
                              "&momentum=0.9&x0=-5&y0=-2&steps=20")  # fmt: skip
    surface = SURFACES["ellipse"]
    run = optimize("momentum", surface, np.array([-5.0, -2.0]), 20, lr=0.05, momentum=0.9)
    arrows = force_arrows(run, surface)
    frames = page.evaluate(
        """() => document.querySelector('.js-plotly-plot')._transitionData._frames
            .filter(f => /^[0-9]+$/.test(f.name))
            .map(f => [Number(f.name), f.data.slice(0, 5).map(d => [Array.from(d.x || []),
                                                                   Array.from(d.y || [])])])"""
    )
    assert [k for k, _ in frames] == list(range(21))
    for k, (line, head, *drawn_arrows) in frames:
        np.testing.assert_allclose(np.transpose(line), run.points[: k + 1], rtol=1e-6)
        np.testing.assert_allclose(np.ravel(head), run.points[k], rtol=1e-6)
        for (x, y), arrow in zip(drawn_arrows, arrows, strict=True):
            if not np.isfinite([*arrow.starts[k], *arrow.ends[k]]).all():
                assert x == [None] and y == [None], (k, arrow.label)  # a gap, kept in the legend
                continue
            np.testing.assert_allclose(
                np.transpose([x, y]), [arrow.starts[k], arrow.ends[k]], rtol=1e-5
            )
    # the step slider shows frame 7: the path drawn is the run's first 8 points
    page.evaluate(
        """() => window.Plotly.animate(document.querySelector('.js-plotly-plot'), ['7'],
            {frame: {duration: 0, redraw: false}, transition: {duration: 0}, mode: 'immediate'})"""
    )
    page.wait_for_timeout(300)
    shown = page.evaluate(
        "() => { const d = document.querySelector('.js-plotly-plot')._fullData[0];"
        " return [Array.from(d.x), Array.from(d.y)]; }"
    )
    np.testing.assert_allclose(np.transpose(shown), run.points[:8], rtol=1e-6)
    page.close()


def test_an_exported_3d_view_draws_and_plays_its_path_offline(browser, tmp_path):
    """The 3-D view's path is drawn by a script (``PROJECT_SCRIPT``): the exported file brings
    it, and the path is where Plotly shows the run's end."""
    from ui.exports import standalone_html
    from ui.figures.animation import PathSpec
    from ui.figures.surface3d import surface_3d
    from ui.text import animation_labels

    surface = SURFACES["ellipse"]
    run = optimize("rmsprop", surface, np.array([-4.0, 2.0]), 40, lr=0.1)
    figure = surface_3d(surface, [PathSpec("RMSProp", run.points, "#E69F00")],
                        labels=animation_labels())  # fmt: skip
    path = tmp_path / "export-3d.html"
    path.write_text(standalone_html(figure, title="rmsprop in 3-D"))
    page = browser.new_page(viewport={"width": 1000, "height": 800})
    page.goto(path.as_uri())
    page.wait_for_function("() => { const plot = document.querySelector('.js-plotly-plot');"
                           " return plot && plot._fullData && plot._fullData[0].x.length > 0; }",
                           timeout=30_000)  # fmt: skip
    end = drawn_end(page, run.points[-1])
    assert head_on_screen(page) == pytest.approx(where_plotly_puts(page, end), abs=2)
    rewind(page)
    page.wait_for_timeout(300)
    page.locator(".updatemenu-button").first.click()
    page.wait_for_timeout(1500)
    drawn = page.evaluate("() => document.querySelector('.js-plotly-plot')._fullData[0].x.length")
    assert 1 < drawn <= 41
    page.screenshot(path=str(ARTIFACTS / "exported-html-3d.png"))
    page.close()


def shown_step(page) -> int:
    text = page.locator(".slider-container text.slider-label").first.text_content()
    return int(text.split()[-1])


def test_animation_plays_at_20_frames_per_second_or_more(server, browser):
    # 100 steps: one frame per step, so the step shown counts the frames drawn; at 4x a frame is
    # asked for every 15 ms, so the rate measured is what the browser manages
    url = (server + "/playground?surface=rosenbrock&optimizer=adam&lr=0.05&x0=-1.5&y0=2"
           "&steps=100&speed=4")  # fmt: skip
    page = open_page(browser, url)
    rewind(page)
    page.wait_for_timeout(300)
    assert shown_step(page) == 0
    page.locator(".updatemenu-button").first.click()
    page.wait_for_timeout(200)
    first, started = shown_step(page), page.evaluate("performance.now()")
    page.wait_for_timeout(1000)
    last, ended = shown_step(page), page.evaluate("performance.now()")
    rate = (last - first) / ((ended - started) / 1000)
    print(f"animation: {rate:.1f} frames/s")
    assert rate >= 20, f"the animation plays at {rate:.1f} frames/s"
    assert contour_visible(page)
    page.close()


def test_home_links_to_the_playground(server, browser):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server + "/")
    page.get_by_text("Open the Playground").click()
    page.wait_for_selector(".js-plotly-plot .imagelayer image", timeout=60_000)
    assert urlparse(page.url).path.rstrip("/").endswith("/playground")
    assert page.locator("[data-testid='stException']").count() == 0
    page.goto(server + "/")
    page.wait_for_timeout(1500)
    page.screenshot(path=str(ARTIFACTS / "home.png"))
    page.close()


def head_positions(page) -> list[tuple[float, float]]:
    """Screen positions of every path's head marker (the second half of the scatter traces)."""
    return page.evaluate(
        """() => {
            const plot = document.querySelector('.js-plotly-plot');  // the race, first
            const traces = Array.from(plot.querySelectorAll('.scatterlayer .trace'));
            return traces.slice(traces.length / 2).map(trace => {
                const box = trace.querySelector('.point').getBoundingClientRect();
                return [box.x, box.y];
            });
        }"""
    )


def test_compare_scenario_races_every_path_with_the_contour_kept(server, browser):
    from ui.scenarios import BY_KEY, scenario_link

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = open_page(browser, server + scenario_link(BY_KEY["momentum_valley"]))
    assert page.locator("[data-testid='stException']").count() == 0
    page.screenshot(path=str(ARTIFACTS / "compare-before.png"))
    rewind(page)
    page.wait_for_timeout(300)
    start = head_positions(page)
    assert len(start) == 3
    page.locator(".updatemenu-button").first.click()
    page.wait_for_timeout(900)
    assert contour_visible(page), "the contour vanished while playing"
    page.screenshot(path=str(ARTIFACTS / "compare-playing.png"))
    page.wait_for_timeout(2500)
    end = head_positions(page)
    assert all(a != b for a, b in zip(start, end, strict=True)), "a path did not move"
    assert contour_visible(page), "the contour vanished after playing"
    page.screenshot(path=str(ARTIFACTS / "compare-after.png"), full_page=True)
    page.close()


def test_compare_swarm_and_sweep_render(server, browser):
    from ui.scenarios import BY_KEY, scenario_link

    for key in ("himmelblau_basins", "eps_placement"):
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(server + scenario_link(BY_KEY[key]))
        page.wait_for_selector(".js-plotly-plot", timeout=60_000)
        page.wait_for_timeout(1500)
        assert page.locator("[data-testid='stException']").count() == 0
        page.locator(".js-plotly-plot").first.scroll_into_view_if_needed()
        page.screenshot(path=str(ARTIFACTS / f"compare-{key}.png"))
        page.close()


def test_theory_page_opens_rmsprop_from_a_link(server, browser):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server + "/theory?optimizer=rmsprop")
    page.wait_for_selector(".js-plotly-plot .scatterlayer .trace", timeout=60_000)
    page.wait_for_selector(".katex", timeout=30_000)
    page.wait_for_timeout(1500)
    assert page.locator("[data-testid='stException']").count() == 0
    assert page.get_by_role("heading", name="RMSProp", exact=True).count() == 1
    assert page.locator(".js-plotly-plot").count() == 3, "AdaGrad vs RMSProp and two pitfalls"
    # Streamlit scrolls inside its main container, so full_page alone stops at the viewport:
    # grow the viewport to the content's height first
    height = page.evaluate(
        "() => Math.max(...[...document.querySelectorAll('[data-testid=stMain], section')]"
        ".map(element => element.scrollHeight), document.body.scrollHeight)"
    )
    page.set_viewport_size({"width": 1280, "height": min(int(height) + 100, 16_000)})
    page.wait_for_timeout(1500)
    page.screenshot(path=str(ARTIFACTS / "theory.png"), full_page=True)
    page.close()


def test_linear_regression_plays_both_panels(server, browser):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = open_page(browser, server + "/linear_regression")
    assert page.locator("[data-testid='stException']").count() == 0
    rewind(page)
    page.wait_for_timeout(300)
    start = head_position(page)
    page.locator(".updatemenu-button").first.click()
    page.wait_for_timeout(1200)
    assert contour_visible(page) and head_position(page) != start
    page.locator(".js-plotly-plot").first.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "linear-regression.png"))
    page.close()


MINIBATCH = "/linear_regression?optimizer=adam&batch_size=10&seed=3"


def minibatch_drawing(page) -> dict:
    """What the contour panel shows of this step's mini-batch now: the ellipses' points (Plotly's
    own data) and the SVG path drawn for them."""
    return page.evaluate(
        """() => {
            const plot = document.querySelector('.js-plotly-plot');
            const index = plot._fullData.findIndex(trace => trace.name === 'its level sets');
            const trace = plot._fullData[index];
            const line = [...plot.querySelectorAll('.scatterlayer .trace path.js-line')]
                .find(path => path.style.stroke === 'rgb(204, 121, 167)');  // the ellipses' colour
            return {points: Array.from(trace.x).slice(0, 20),
                    path: line ? line.getAttribute('d') : ''};
        }"""
    )


def test_minibatch_contours_move_with_each_step(server, browser):
    """Adam on batches of 10: while the animation plays, each step's mini-batch ellipses move
    (other points, another drawn path) and the full-batch contour image stays; screenshots at
    1280 x 720 and on a phone."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = open_page(browser, server + MINIBATCH, width=1280, height=720)
    assert page.locator("[data-testid='stException']").count() == 0
    rewind(page)
    page.wait_for_timeout(300)
    page.locator(".updatemenu-button").first.click()
    seen = []
    for _ in range(4):
        page.wait_for_timeout(700)
        seen.append(minibatch_drawing(page))
        assert contour_visible(page), "the full-batch contour stays while the batches move"
    assert all(drawing["points"] and drawing["path"] for drawing in seen)
    assert len({str(drawing["points"]) for drawing in seen}) >= 3
    assert len({drawing["path"] for drawing in seen}) >= 3
    page.locator(".js-plotly-plot").first.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "minibatch-contours.png"))
    page.locator(".st-key-noise").scroll_into_view_if_needed()
    page.wait_for_timeout(800)
    page.screenshot(path=str(ARTIFACTS / "minibatch-noise-chart.png"))
    page.close()
    phone = open_page(browser, server + MINIBATCH, width=390, height=844)
    phone.wait_for_timeout(800)
    phone.screenshot(path=str(ARTIFACTS / "minibatch-contours-phone.png"))
    phone.locator(".st-key-noise").scroll_into_view_if_needed()
    phone.wait_for_timeout(800)
    phone.screenshot(path=str(ARTIFACTS / "minibatch-noise-chart-phone.png"))
    phone.close()


def test_neural_network_page_trains_and_shows_digits(server, browser):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server + "/neural_network?optimizers=rmsprop,adam")
    page.get_by_text("got wrong").wait_for(timeout=60_000)
    # the metrics sit in columns that may render a moment after later elements: wait for both
    page.locator("[data-testid='stMetric']").nth(1).wait_for(timeout=10_000)
    assert page.locator("[data-testid='stException']").count() == 0
    assert page.locator("[data-testid='stMetric']").count() == 2
    page.screenshot(path=str(ARTIFACTS / "neural-network.png"), full_page=True)
    page.get_by_text("got wrong").scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "neural-network-digits.png"))
    page.close()


# ---- every optimizer's formulas, as KaTeX draws them --------------------------------------------


def content_height(page) -> int:
    return page.evaluate(
        "() => Math.max(...[...document.querySelectorAll('[data-testid=stMain], section')]"
        ".map(element => element.scrollHeight), document.body.scrollHeight)"
    )


def test_every_optimizers_explanation_and_rules_render(server, browser):
    """The Playground's "Explain step k" (with noise, clipping, a schedule and weight decay on,
    so every kind of line is there) and the Theory page's rules of every optimizer, in each
    framework that has it: KaTeX draws every formula, none is shown as a LaTeX error."""
    import numpy as np

    from optim_core import OPTIMIZERS, SURFACES, explain_step, optimize

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 4000})
    options = {"noise": 0.2, "seed": 0, "clip_norm": 3.0, "schedule": "cosine"}
    for name, cls in OPTIMIZERS.items():
        for convention, flavour in cls.flavours.items():
            decay = {"weight_decay": 0.1} if "weight_decay" in flavour.defaults else {}
            page.goto(
                f"{server}/playground?optimizer={name}&convention={convention}&steps=20&k=3"
                "&noise=0.2&clip=norm&clip_threshold=3&schedule=cosine"
                + "".join(f"&{key}={value}" for key, value in decay.items())
            )
            page.get_by_text("The update of step 3").wait_for(timeout=60_000)
            page.wait_for_timeout(800)
            assert page.locator("[data-testid='stException']").count() == 0, (name, convention)
            assert page.locator(".katex-error").count() == 0, (name, convention)
            surface = SURFACES["ellipse"]
            run = optimize(name, surface, np.array(surface.start), 20, convention=convention,
                           lr=cls.playground_lr, **options, **decay)  # fmt: skip
            lines = len(explain_step(run, 3))
            # the surface's formula and every line of the explanation, each drawn (a link to a
            # step opens its section, and no other section is computed)
            assert page.locator(".katex").count() == 1 + lines, (name, convention, lines)
            assert page.locator(".st-key-theory").count() == 0
        # the theory section's own formulas, in their section
        page.goto(f"{server}/playground?optimizer={name}&section=theory")
        page.locator(".st-key-theory .katex").first.wait_for(timeout=60_000)
        page.wait_for_timeout(800)
        assert page.locator(".st-key-theory .katex").count() >= 3, name
        assert page.locator(".katex-error").count() == 0, name
        page.goto(f"{server}/theory?optimizer={name}")
        page.wait_for_selector(".js-plotly-plot .scatterlayer .trace", timeout=60_000)
        page.wait_for_timeout(800)
        assert page.locator(".katex-error").count() == 0, name
    page.goto(f"{server}/playground?optimizer=schedule_free_adamw&convention=keras&steps=30&k=3"
              "&weight_decay=0.1&warmup_steps=5")  # fmt: skip
    page.get_by_text("The update of step 3").wait_for(timeout=60_000)
    page.wait_for_timeout(1500)
    page.set_viewport_size({"width": 1280, "height": min(content_height(page) + 100, 16_000)})
    page.wait_for_timeout(1000)
    page.screenshot(path=str(ARTIFACTS / "explain-schedule-free-keras.png"))
    page.close()


def test_a_framework_without_the_optimizer_is_refused_with_a_way_out(server, browser):
    """RAdam under Keras 3: no run, a message naming PyTorch, and a button that switches."""
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    page.goto(server + "/playground?optimizer=radam&convention=keras&x0=-3")
    message = page.get_by_text("RAdam has no Keras 3 version")
    message.first.wait_for(timeout=60_000)
    assert page.locator(".js-plotly-plot").count() == 0, "nothing is run under a guess"
    page.screenshot(path=str(ARTIFACTS / "refused-radam-keras.png"))
    page.get_by_role("button", name="Use PyTorch").click()
    page.wait_for_selector(".js-plotly-plot .imagelayer image", timeout=60_000)
    page.wait_for_timeout(800)
    query = urlparse(page.url).query
    assert "convention=keras" not in query and "x0=-3" in query, query
    assert page.locator("[data-testid='stException']").count() == 0
    page.close()


# ---- the classroom: presenter mode, hidden controls, every page at projector and phone width ----


def in_viewport(box: dict, width: int, height: int) -> bool:
    return (
        box["x"] >= 0
        and box["y"] >= 0
        and box["x"] + box["width"] <= width + 1
        and (box["y"] + box["height"] <= height + 1)
    )


def test_presenter_mode_fits_a_projector(server, browser):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    url = server + "/playground?present=1&surface=rosenbrock&optimizer=adam&x0=-1.5&y0=2"
    page = open_page(browser, url, width=1280, height=720)
    assert page.locator("[data-testid='stException']").count() == 0
    sidebar = page.locator("[data-testid='stSidebar']").bounding_box()
    assert sidebar is None or sidebar["width"] == 0 or sidebar["x"] + sidebar["width"] <= 0, (
        "the controls start collapsed"
    )
    # one screen holds the title, the whole figure (with its step slider) and both numbers
    figure = page.locator(".js-plotly-plot").first.bounding_box()
    assert in_viewport(figure, 1280, 720), figure
    metrics = page.locator("[data-testid='stMetric']")
    assert metrics.count() == 2
    for index in range(2):
        assert in_viewport(metrics.nth(index).bounding_box(), 1280, 720)
    visible = [chart for chart in page.locator(".js-plotly-plot").all() if chart.is_visible()]
    assert len(visible) == 1, "no extra charts on the projector (step by step waits, closed)"
    # thick paths: the drawn line is twice the normal 2.5 px
    width = page.evaluate(
        "() => getComputedStyle(document.querySelector('.js-plotly-plot .scatterlayer .js-line'))"
        ".strokeWidth"
    )
    assert width == "5px"
    page.screenshot(path=str(ARTIFACTS / "presenter-playground.png"))
    page.close()

    page = open_page(browser, server + "/compare?present=1", width=1280, height=720)
    assert page.locator("[data-testid='stException']").count() == 0
    page.screenshot(path=str(ARTIFACTS / "presenter-compare.png"))
    page.close()


def test_a_link_hides_chosen_controls_but_keeps_their_values(server, browser):
    page = open_page(browser, server + "/playground?hide=lr,presets&lr=0.3")
    assert page.locator("[data-testid='stException']").count() == 0
    assert not page.locator(".st-key-lr").is_visible()
    assert not page.locator(".st-key-presets").is_visible()
    assert page.locator(".st-key-gamma").is_visible(), "only the named controls are hidden"
    legend = page.locator(".js-plotly-plot .legend .legendtext").first.text_content()
    assert "η = 0.3" in legend, legend
    page.close()


PAGES = ("home", "playground", "compare", "linear_regression", "neural_network", "theory")


@pytest.mark.parametrize("name", PAGES)
def test_every_page_at_projector_and_phone_width(server, browser, name):
    """1280 x 720 and 390 px: no exception, nothing wider than the screen, every chart inside
    it; full-length screenshots of both to look at."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for width, height in ((1280, 720), (390, 844)):
        page = browser.new_page(viewport={"width": width, "height": height})
        path = "" if name == "home" else name  # the default page lives at the root
        page.goto(f"{server}/{path}" + ("?epochs=3" if name == "neural_network" else ""))
        if name == "home":
            page.get_by_text("Open the Playground").wait_for(timeout=60_000)
        else:
            page.wait_for_selector(".js-plotly-plot .main-svg", timeout=60_000)
        page.wait_for_timeout(2500)
        assert page.locator("[data-testid='stException']").count() == 0
        overflow = page.evaluate(
            "() => [document.documentElement.scrollWidth,"
            " document.querySelector('[data-testid=stMain]').scrollWidth]"
        )
        assert max(overflow) <= width + 1, f"{name} is wider than {width} px: {overflow}"
        for chart in page.locator(".js-plotly-plot").all():
            box = chart.bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= width + 1, (name, width, box)
        tall = page.evaluate(
            "() => Math.max(...[...document.querySelectorAll('[data-testid=stMain], section')]"
            ".map(element => element.scrollHeight), document.body.scrollHeight)"
        )
        page.set_viewport_size({"width": width, "height": min(int(tall) + 50, 12_000)})
        page.wait_for_timeout(1500)
        page.screenshot(path=str(ARTIFACTS / f"page-{name}-{width}.png"))
        page.close()


def test_compare_effective_step_rows_fit_a_phone(server, browser):
    page = open_page(browser, server + "/compare", width=390, height=844)
    assert page.locator("[data-testid='stException']").count() == 0
    charts = page.locator(".stPlotlyChart, [data-testid='stPlotlyChart']")
    # the race, f - f*, then the effective step: one row per optimizer (four by default)
    assert charts.count() == 3
    for i in range(3):
        assert charts.nth(i).bounding_box()["width"] >= 330, "each chart gets the phone's width"
    rows = page.evaluate(
        """() => { const layout = [...document.querySelectorAll('.js-plotly-plot')][2]._fullLayout;
            return Object.keys(layout).filter(k => /^yaxis\\d*$/.test(k))
                .map(k => [layout[k]._offset, layout[k]._length]).sort((a, b) => a[0] - b[0]); }"""
    )
    assert len(rows) == 4
    for (top, height), (next_top, _) in itertools.pairwise(rows):
        assert height >= 120 and top + height < next_top, "rows are readable and apart"
    page.close()


# ---- every page from a link: play, change a control, the URL and the figure follow ------------


def trace_lengths(page, chart: int = 0) -> list[int]:
    """The number of points in each trace of the page's chart number ``chart`` (from Plotly's
    decoded _fullData: ``data`` keeps the typed arrays' base64)."""
    return page.evaluate(
        """(index) => [...document.querySelectorAll('.js-plotly-plot')][index]._fullData
            .map(trace => (trace.x ? trace.x.length : 0))""",
        chart,
    )


def type_number(page, key: str, value: float) -> None:
    field = page.locator(f".st-key-{key} input")
    field.scroll_into_view_if_needed()
    field.fill(str(value))
    field.press("Enter")


# page, link, the control to change (a number input), its new value, the chart that must follow
FOLLOW = [
    ("playground", "?optimizer=rmsprop&steps=40", "steps", 60, 0),
    ("compare", "?optimizers=sgd,adam&steps=40", "steps", 60, 0),
    ("linear_regression", "?steps=200", "steps", 300, 0),
    ("neural_network", "?epochs=2&hidden=32", "epochs", 3, 0),
    ("theory", "?optimizer=adam", "gamma", None, 0),
]


@pytest.mark.parametrize(("name", "link", "key", "value", "chart"), FOLLOW,
                         ids=[row[0] for row in FOLLOW])  # fmt: skip
def test_every_page_plays_and_follows_a_control(server, browser, name, link, key, value, chart):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{server}/{name}{link}")
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=60_000)
    page.wait_for_timeout(1500)
    assert page.locator("[data-testid='stException']").count() == 0
    if page.locator(".updatemenu-button").count():  # an animation: play it from the start
        rewind(page)
        page.wait_for_timeout(300)
        start = head_position(page)
        page.locator(".updatemenu-button").first.click()
        page.wait_for_timeout(1200)
        assert head_position(page) != start, "the animation did not move"
    before = trace_lengths(page, chart)
    if key == "gamma":  # Theory: a slider; the arrow keys move it by one step (0.001)
        handle = page.locator(".st-key-gamma input[type='range']")
        handle.scroll_into_view_if_needed()
        handle.focus()
        for _ in range(3):
            page.keyboard.press("ArrowLeft")
        expected = "gamma=0.897"
        before = page.evaluate("() => document.querySelector('.js-plotly-plot')._fullData[2].y[60]")
    else:
        type_number(page, key, value)
        expected = f"{key}={value}"
    page.wait_for_function(f"() => location.search.includes('{expected}')", timeout=30_000)
    if key == "gamma":  # the effective steps are recomputed with the new γ
        page.wait_for_function(
            f"() => document.querySelector('.js-plotly-plot')._fullData[2].y[60] !== {before}",
            timeout=30_000,
        )
    else:  # the animation's step slider ends at the new step count (the curves: new points)
        page.wait_for_function(
            """([index, value]) => {
                const plot = [...document.querySelectorAll('.js-plotly-plot')][index];
                if (!plot || !plot._fullLayout) return false;  // redrawn by the rerun: not yet
                const sliders = plot._fullLayout.sliders || [];
                if (sliders.length) return sliders[0].steps.at(-1).label === String(value);
                return Math.max(...plot._fullData.map(t => (t.x ? t.x.length : 0))) === value + 1;
            }""",
            arg=[chart, value],
            timeout=60_000,
        )
        assert trace_lengths(page, chart) != before
    page.wait_for_timeout(500)
    assert page.locator("[data-testid='stException']").count() == 0
    assert not errors, errors
    page.screenshot(path=str(ARTIFACTS / f"follow-{name}.png"))
    page.close()


def test_a_hostile_link_in_the_browser_gives_notes_and_the_defaults(server, browser):
    url = (
        server + "/playground?steps=inf&lr=abc&optimizer=ADAM&noise=0.5&seed=1e400"
        "&gamma=0.5&gamma=0.7&x0=nan&hide=%3Cscript%3E"
    )
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(url)
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=60_000)
    page.wait_for_timeout(1500)
    assert page.locator("[data-testid='stException']").count() == 0
    notes = " ".join(page.locator("[data-testid='stCaptionContainer']").all_text_contents())
    for shown in ("lr='abc'", "steps='inf'", "seed='1e400'", "x0='nan'", "'<script>'"):
        assert shown in notes, (shown, notes)
    assert page.locator(".js-plotly-plot .legend .legendtext").first.text_content() == (
        "Adam (PyTorch, η = 0.1)"
    )
    assert max(trace_lengths(page)) == 101, "the default 100 steps"
    assert "steps=" not in page.url and "optimizer=adam" in page.url
    page.screenshot(path=str(ARTIFACTS / "hostile-link.png"))
    page.close()


def test_the_app_asks_nothing_from_the_internet(server, browser):
    """A classroom without internet: every request of a page load goes to the app's server."""
    outside: list[str] = []
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    host = urlparse(server).netloc
    page.on("request", lambda request: outside.append(request.url)
            if urlparse(request.url).netloc not in (host, "") and
            not request.url.startswith("data:") else None)  # fmt: skip
    for path in ("/", "/playground", "/compare", "/theory"):
        page.goto(server + path)
        page.wait_for_timeout(4000)
    assert not outside, outside
    page.close()


# ---- a first-time user: the first screen, the pace, history, languages, links, any η ---------

TEXTBOOK = (
    "/playground?surface=ellipse&optimizer=rmsprop&convention=d2l&lr=0.4&gamma=0.9&eps=1e-06"
    "&x0=-5&y0=-2&steps=20"
)


def boxes(page, selectors: dict[str, str]) -> dict[str, dict]:
    """The bounding box of the first element each selector finds (None where none is drawn)."""
    return {name: page.locator(selector).first.bounding_box() for name, selector in
            selectors.items()}  # fmt: skip


FIRST_SCREEN = {
    "contour": ".js-plotly-plot .imagelayer image",
    "play and pause": ".js-plotly-plot .updatemenu-container",
    "step slider": ".js-plotly-plot .slider-container",
}


@pytest.mark.parametrize("height", [720, 800])
@pytest.mark.parametrize("name", ["playground", "compare"])
def test_the_first_screen_holds_the_figure_its_controls_and_the_result(
    server, browser, name, height
):
    """At 1280 x 720 and 1280 x 800, without scrolling: the whole contour, Play/Pause, the step
    slider and the final numbers (the Playground's final point and metrics, Compare's
    leaderboard)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = open_page(browser, f"{server}/{name}", width=1280, height=height)
    page.wait_for_timeout(1000)
    results = (
        {"final point": "[data-testid='stMarkdownContainer']:has-text('Final point')",
         "final f": "[data-testid='stMetric'] >> nth=0",
         "distance": "[data-testid='stMetric'] >> nth=1"}
        if name == "playground"
        else {"leaderboard": ".st-key-leaderboard table"}
    )  # fmt: skip
    found = boxes(page, {**FIRST_SCREEN, **results})
    page.screenshot(path=str(ARTIFACTS / f"first-screen-{name}-{height}.png"))
    outside = {key: box for key, box in found.items() if box is None
               or not in_viewport(box, 1280, height)}  # fmt: skip
    assert not outside, outside
    if name == "compare":  # every column of the leaderboard shows: none is a scroll away
        widths = page.evaluate(
            "() => { const t = document.querySelector('.st-key-leaderboard table');"
            " return [t.scrollWidth, t.clientWidth]; }"
        )
        assert widths[0] <= widths[1], widths
    page.close()


@pytest.mark.parametrize("name", ["playground", "compare"])
def test_a_phone_shows_the_figure_and_play_first(server, browser, name):
    page = open_page(browser, f"{server}/{name}", width=390, height=844)
    page.wait_for_timeout(1000)
    found = boxes(page, {key: FIRST_SCREEN[key] for key in ("contour", "play and pause")})
    page.screenshot(path=str(ARTIFACTS / f"first-screen-{name}-phone.png"))
    assert all(box is not None and in_viewport(box, 390, 844) for box in found.values()), found
    page.close()


def play_seconds(page) -> float:
    """Rewind, press Play and time the run from its first frame to its last, in the browser."""
    rewind(page)
    page.wait_for_timeout(300)
    last = page.evaluate(
        "() => document.querySelector('.js-plotly-plot')._fullLayout.sliders[0].steps.at(-1).label"
    )
    started = page.evaluate("performance.now()")
    page.locator(".updatemenu-button").first.click()
    page.wait_for_function(
        "(last) => document.querySelector('.slider-container text.slider-label').textContent"
        ".trim().endsWith(' ' + last)",
        arg=last,
        timeout=60_000,
        polling=10,
    )
    return (page.evaluate("performance.now()") - started) / 1000


def test_the_pace_can_be_narrated_and_changed(server, browser):
    """At 1×, the textbook's 20 steps take 3 s or more and 1,000 steps at most ~10 s; the link's
    speed=4 plays four times faster, speed=0.25 four times slower."""
    page = open_page(browser, server + TEXTBOOK)
    short = play_seconds(page)
    page.close()
    page = open_page(browser, server + TEXTBOOK.replace("steps=20", "steps=1000"))
    long = play_seconds(page)
    page.close()
    page = open_page(browser, server + TEXTBOOK + "&speed=4")
    assert selected(page, "speed_choice") == "4×"
    fast = play_seconds(page)
    page.close()
    print(f"pace: 20 steps {short:.2f} s, 1000 steps {long:.2f} s, 20 steps at 4x {fast:.2f} s")
    assert 3.0 <= short <= 4.5, short
    assert long <= 10.5, long
    assert 0.8 <= fast <= short / 2.5, (fast, short)  # 0.8 s asked for, plus the click's delay


def open_sidebar(page) -> None:
    """Open the sidebar where it starts collapsed (presenter mode, a phone)."""
    button = page.locator("[data-testid='stExpandSidebarButton']")
    if button.is_visible():
        button.click()
        page.wait_for_timeout(500)


def choose(page, key: str, option: str) -> None:
    """Pick ``option`` in the select box ``key`` (opened from the keyboard: a click near the
    bottom of the sidebar may scroll it, and the list closes)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    field = page.locator(f".st-key-{key} input")
    wanted = page.get_by_role("option", name=option, exact=True)
    for _ in range(3):  # a key pressed while the page was still redrawing opens nothing
        field.scroll_into_view_if_needed()
        field.focus()
        page.keyboard.press("ArrowDown")
        try:
            wanted.wait_for(timeout=5_000)
            break
        except PlaywrightTimeout:
            continue
    wanted.click()


def selected(page, key: str) -> str:
    """What a select box shows."""
    return page.locator(f".st-key-{key} input").input_value()


def history_length(page) -> int:
    return page.evaluate("history.length")


def wait_ready(page) -> None:
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']",
                           timeout=60_000)  # fmt: skip
    page.wait_for_timeout(1200)


def test_one_entry_per_action_and_back_returns_to_the_page_as_it_was(server, browser):
    """Opening a link (with values the page drops as defaults) adds one history entry; going to
    Compare one more; a change there at most one; Back (twice here) returns to the Playground
    exactly as the link had it."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server + TEXTBOOK)
    page.wait_for_selector(".js-plotly-plot .imagelayer image", timeout=60_000)
    wait_ready(page)
    opened, address = history_length(page), page.url
    assert opened == 2, "about:blank and the link: no entry per value Streamlit tidies away"
    page.get_by_role("link", name="Compare").first.click()
    page.wait_for_selector(".js-plotly-plot .imagelayer image", timeout=60_000)
    wait_ready(page)
    assert history_length(page) == opened + 1
    assert urlparse(page.url).path.endswith("/compare") and not urlparse(page.url).query
    choose(page, "convention_choice", "Keras 3")  # one action
    wait_ready(page)
    assert history_length(page) <= opened + 2
    changed = history_length(page) - opened - 1
    for _ in range(changed):
        page.go_back()
        wait_ready(page)
    page.go_back()
    page.wait_for_selector(".js-plotly-plot .imagelayer image", timeout=60_000)
    wait_ready(page)
    assert page.url == address
    assert page.locator(".st-key-steps input").input_value() == "20"
    legend = page.locator(".js-plotly-plot .legend .legendtext").first.text_content()
    assert legend == "RMSProp (d2l, η = 0.4)", legend
    page.close()


def test_a_language_switch_carries_no_settings_to_another_page(server, browser):
    """The textbook example, then 한국어, then Compare: Compare starts from its own defaults
    (PyTorch's convention, 100 steps), in Korean."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server + TEXTBOOK)
    page.wait_for_selector(".js-plotly-plot .imagelayer image", timeout=60_000)
    wait_ready(page)
    choose(page, "lang_choice", "한국어")
    wait_ready(page)
    page.get_by_role("link", name="비교").first.click()
    page.wait_for_selector(".js-plotly-plot .imagelayer image", timeout=60_000)
    wait_ready(page)
    assert page.locator(".st-key-steps input").input_value() == "100"
    assert selected(page, "convention_choice") == "PyTorch"
    assert "convention" not in page.url and "steps" not in page.url
    assert "lang=ko" in page.url
    page.close()


def test_preset_scenario_and_fix_links_stay_in_the_tab_with_language_and_presenter(server, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(server + "/playground?lang=ko&present=1")
    page.wait_for_selector(".js-plotly-plot .imagelayer image", timeout=60_000)
    wait_ready(page)
    open_sidebar(page)
    page.locator(".st-key-presets a").first.click()  # the textbook's example
    page.wait_for_function("() => location.search.includes('lr=0.4')", timeout=60_000)
    wait_ready(page)
    assert len(context.pages) == 1, "the preset opened in this tab"
    assert "lang=ko" in page.url and "present=1" in page.url, page.url
    assert page.locator("h1").first.inner_text() == "플레이그라운드"
    # the preset's values, not the ones the page had (Streamlit keeps a control's over a link's)
    assert page.locator(".st-key-steps input").input_value() == "20"
    legend = page.locator(".js-plotly-plot .legend .legendtext").first.text_content()
    assert legend == "RMSProp (d2l, η = 0.4)", legend

    page.goto(server + "/compare?lang=ko&present=1")
    page.wait_for_selector(".js-plotly-plot .imagelayer image", timeout=60_000)
    wait_ready(page)
    open_sidebar(page)
    page.locator(".st-key-scenarios a").first.click()
    page.wait_for_function("() => location.search.includes('scenario=')", timeout=60_000)
    wait_ready(page)
    assert len(context.pages) == 1 and "lang=ko" in page.url and "present=1" in page.url

    page.goto(server + "/linear_regression?lang=zh-Hant")
    page.wait_for_selector(".js-plotly-plot .imagelayer image", timeout=60_000)
    wait_ready(page)
    page.locator("[data-testid='stPageLink'] a").last.click()  # try η × 0.99
    page.wait_for_function("() => location.search.includes('decay=0.99')", timeout=60_000)
    wait_ready(page)
    assert len(context.pages) == 1 and "lang=zh-Hant" in page.url
    assert page.get_by_text("η 每步 ×0.99").count() == 1, "the page runs with the decay"
    context.close()


def test_any_learning_rate_from_a_link_or_the_field_and_a_clamp_with_a_note(server, browser):
    page = open_page(browser, server + TEXTBOOK.replace("lr=0.4", "lr=0.45"))
    assert page.locator(".st-key-lr input").input_value() == "0.45"
    legend = page.locator(".js-plotly-plot .legend .legendtext").first.text_content()
    assert "η = 0.45" in legend, legend
    page.close()

    page = open_page(browser, server + TEXTBOOK.replace("lr=0.4", "lr=50"))
    assert page.locator(".st-key-lr input").input_value() == "10"
    assert page.get_by_text("lr='50'").count() == 1, "the clamp is said next to the control"
    page.close()

    page = open_page(browser, server + TEXTBOOK, width=390, height=844)  # a phone: type it
    open_sidebar(page)
    type_number(page, "lr", 0.7)
    page.wait_for_function("() => location.search.includes('lr=0.7')", timeout=30_000)
    wait_ready(page)
    page.locator("[data-testid='stSidebarCollapseButton'] button").click()
    page.wait_for_timeout(500)
    legend = page.locator(".js-plotly-plot .legend .legendtext").first.text_content()
    assert "η = 0.7" in legend, legend
    page.screenshot(path=str(ARTIFACTS / "phone-lr-typed.png"))
    page.close()


# ---- hands on the surface ------------------------------------------------------------------------


def screen_point(page, x: float, y: float, chart: int = 0) -> tuple[float, float]:
    """Where the data point (x, y) of chart number ``chart`` is on the screen."""
    return page.evaluate(
        """([x, y, index]) => {
            const plot = [...document.querySelectorAll('.js-plotly-plot')][index];
            const area = plot.querySelector('.nsewdrag').getBoundingClientRect();
            const layout = plot._fullLayout;
            return [area.left + layout.xaxis.l2p(x), area.top + layout.yaxis.l2p(y)];
        }""",
        [x, y, chart],
    )


def first_point(page, chart: int = 0) -> tuple[float, float]:
    """The first point of the chart's first path, as the browser holds it."""
    return tuple(page.evaluate(
        """(index) => {
            const trace = [...document.querySelectorAll('.js-plotly-plot')][index]._fullData[0];
            return [trace.x[0], trace.y[0]];
        }""",
        chart,
    ))  # fmt: skip


def click_on_plot(page, x: float, y: float, *, tap: bool = False) -> None:
    page.locator(".js-plotly-plot").first.scroll_into_view_if_needed()
    screen_x, screen_y = screen_point(page, x, y)
    if tap:
        page.touchscreen.tap(screen_x, screen_y)
    else:
        page.mouse.click(screen_x, screen_y)


@pytest.mark.parametrize("name", ["playground", "compare"])
def test_a_click_on_the_plot_starts_the_run_there(server, browser, name):
    """A click sets (x0, y0) to the grid point under it and reruns: the link and the drawn path
    follow. After ▶ Play (which drops any trace its frames leave out) a second click still works."""
    link = TEXTBOOK if name == "playground" else "/compare?surface=ellipse&steps=20"
    page = open_page(browser, server + link)
    click_on_plot(page, 2.0, 1.0)
    page.wait_for_function("() => /x0=2(\\.0)?(&|$)/.test(location.search) && "
                           "/y0=1(\\.0)?(&|$)/.test(location.search)", timeout=30_000)  # fmt: skip
    wait_ready(page)
    assert first_point(page) == pytest.approx((2.0, 1.0))
    assert page.locator(".st-key-x0 input").input_value() == "2"

    page.locator(".updatemenu-button").first.click()  # ▶ Play, then click again mid-play
    page.wait_for_timeout(800)
    click_on_plot(page, -4.0, 2.0)
    page.wait_for_function("() => /x0=-4(\\.0)?(&|$)/.test(location.search) && "
                           "/y0=2(\\.0)?(&|$)/.test(location.search)", timeout=30_000)  # fmt: skip
    wait_ready(page)
    assert first_point(page) == pytest.approx((-4.0, 2.0))
    page.screenshot(path=str(ARTIFACTS / f"click-to-start-{name}.png"))
    page.close()


def test_a_tap_on_a_phone_starts_the_run_there(server, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True,
                                  is_mobile=True)  # fmt: skip
    page = context.new_page()
    page.goto(server + TEXTBOOK)
    page.wait_for_selector(".js-plotly-plot .imagelayer image", timeout=60_000)
    page.wait_for_timeout(500)
    click_on_plot(page, 3.0, -1.0, tap=True)
    page.wait_for_function("() => /x0=3(\\.0)?(&|$)/.test(location.search) && "
                           "/y0=-1(\\.0)?(&|$)/.test(location.search)", timeout=30_000)  # fmt: skip
    wait_ready(page)
    assert first_point(page) == pytest.approx((3.0, -1.0))
    page.screenshot(path=str(ARTIFACTS / "click-to-start-phone.png"))
    context.close()


def test_a_predict_round_end_to_end(server, browser):
    """The path up to step k, a click where x_{k+1} will land, Check: the true point, the error
    in step lengths and the points; the figure held no answer before."""
    run = optimize("rmsprop", SURFACES["ellipse"], np.array([-5.0, -2.0]), 20, convention="d2l",
                   lr=0.4, gamma=0.9, eps=1e-6)  # fmt: skip
    for width, height in ((1280, 720), (390, 844)):
        page = open_page(browser, server + TEXTBOOK + "&exercise=predict", width, height)
        intro = page.locator("p:has-text('Round 1 of 5')").first.text_content()
        k = int(re.search(r"up to step (\d+)", intro).group(1))
        lengths = trace_lengths(page)
        assert max(lengths[:-1]) == k + 1, lengths  # the path to x_k, no further (grid aside)
        page.screenshot(path=str(ARTIFACTS / f"predict-ask-{width}.png"))
        click_on_plot(page, *run.points[k + 1])
        page.get_by_text("Your guess: x =").wait_for(timeout=30_000)
        wait_ready(page)
        page.get_by_role("button", name="Check").click()
        page.get_by_text("Your guess was").wait_for(timeout=30_000)
        wait_ready(page)
        result = page.locator("p:has-text('Your guess was')").first.text_content()
        error, points = (float(v) for v in re.findall(r"\d+(?:\.\d+)?", result))
        assert error < 0.15 and points >= 85, result  # a click on the spot, to a pixel
        assert page.get_by_text(f"How step {k + 1} is computed").count() == 1
        assert "exercise=predict" in page.url and f"k={k}" not in page.url
        page.screenshot(path=str(ARTIFACTS / f"predict-reveal-{width}.png"))
        page.close()


def slider_rail(page, index: int) -> dict:
    rail = page.locator(".js-plotly-plot .slider-container rect.slider-rail-rect").nth(index)
    rail.scroll_into_view_if_needed()
    return rail.bounding_box()


def click_slider(page, index: int, fraction: float) -> None:
    """Click slider number ``index`` of the first chart at ``fraction`` of its rail."""
    box = slider_rail(page, index)
    page.mouse.click(box["x"] + 4 + fraction * (box["width"] - 8), box["y"] + box["height"] / 2)


def path_points(page) -> list[list[float]]:
    return page.evaluate(
        """() => { const trace = document.querySelector('.js-plotly-plot')._fullData[0];
                   return [Array.from(trace.x), Array.from(trace.y)]; }"""
    )


def test_the_live_slider_swaps_the_path_in_the_browser_without_a_rerun(server, browser):
    """Moving η to the end of its slider draws η = 4's whole path with no message to the server;
    the step slider and ▶ Play then replay that path, not the page's η."""
    sent = []
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.on("websocket", lambda socket: socket.on("framesent", lambda frame: sent.append(frame)))
    page.goto(server + TEXTBOOK)
    page.wait_for_selector(".js-plotly-plot .imagelayer image", timeout=60_000)
    wait_ready(page)
    before = path_points(page)
    label = page.locator(".js-plotly-plot .slider-group").nth(1).locator("text.slider-label")
    assert label.first.text_content().strip() == "η = 0.4"
    quiet = len(sent)
    click_slider(page, 1, 1.0)  # η = 4: RMSProp's steps become 10 times longer
    page.wait_for_function("() => document.querySelectorAll('.js-plotly-plot .slider-group')[1]"
                           ".querySelector('text.slider-label').textContent.trim() === 'η = 4'",
                           timeout=10_000)  # fmt: skip
    page.wait_for_timeout(600)
    after = path_points(page)
    assert after != before and len(after[0]) == 21
    expected = optimize("rmsprop", SURFACES["ellipse"], np.array([-5.0, -2.0]), 20,
                        convention="d2l", lr=4.0, gamma=0.9, eps=1e-6).points  # fmt: skip
    assert np.allclose(np.array(after).T, expected, atol=1e-5)
    assert len(sent) == quiet, "no rerun: nothing was sent to the server"
    page.screenshot(path=str(ARTIFACTS / "live-slider-eta-4.png"))

    rewind(page)  # the step slider now walks η = 4's path
    page.wait_for_timeout(400)
    assert len(path_points(page)[0]) == 1
    click_slider(page, 0, 0.5)  # step 10
    page.wait_for_timeout(400)
    halfway = np.array(path_points(page)).T
    assert len(halfway) == 11 and np.allclose(halfway, expected[:11], atol=1e-5)
    assert len(sent) == quiet
    page.close()


def arrow_traces(page) -> dict[str, list]:
    """The force arrows of the first chart as drawn: name → [x, y]."""
    return page.evaluate(
        """() => Object.fromEntries(document.querySelector('.js-plotly-plot')._fullData
            .filter(trace => trace.marker && trace.marker.symbol === 'arrow')
            .map(trace => [trace.name, [Array.from(trace.x), Array.from(trace.y)]]))"""
    )


def test_the_force_arrows_move_with_the_steps_and_switch_off(server, browser):
    momentum = "/playground?surface=ellipse&optimizer=momentum&lr=0.05&x0=-5&y0=-2&steps=20"
    page = open_page(browser, server + momentum)
    click_slider(page, 0, 0.25)  # step 5
    page.wait_for_timeout(500)
    arrows = arrow_traces(page)
    assert set(arrows) == {"−∇f (downhill)", "update taken", "memory b"}
    for name, (x, y) in arrows.items():
        assert len(x) == len(y) == 2 and None not in x, name  # drawn from x_5
    page.screenshot(path=str(ARTIFACTS / "forces-step-5.png"))
    page.locator(".st-key-arrows label").click()  # the toggle
    page.wait_for_function("() => location.search.includes('arrows=false')", timeout=30_000)
    wait_ready(page)
    assert arrow_traces(page) == {}
    page.close()


def surface_drawn(page) -> bool:
    """The 3-D chart still holds its surface, with its heights."""
    return page.evaluate(
        """() => document.querySelector('.js-plotly-plot')._fullData
            .some(trace => trace.type === 'surface' && trace.z && trace.z.length === 40)"""
    )


def camera_eye(page) -> dict:
    """Where the 3-D scene's camera is now (the scene's own, also during a drag)."""
    return page.evaluate(
        "() => document.querySelector('.js-plotly-plot')._fullLayout.scene._scene.getCamera().eye"
    )


def head_on_screen(page) -> tuple[float, float]:
    """The centre, in page pixels, of the marker at the end of the 3-D view's path."""
    box = page.locator(".js-plotly-plot .scatterlayer .trace").nth(1).locator(
        "path.point").first.bounding_box()  # fmt: skip
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def drawn_end(page, end: np.ndarray) -> tuple[float, float, float]:
    """The 3-D view's path end as it is drawn: x and y, and the height the figure carries for
    it (f, lifted a little above the surface)."""
    height = page.evaluate(
        "() => { const p = document.querySelector('.js-plotly-plot').layout.meta.paths3d[0].z;"
        " const b = Uint8Array.from(atob(p.bdata), c => c.charCodeAt(0));"
        " return new Float32Array(b.buffer).at(-1); }"
    )
    return float(end[0]), float(end[1]), height


def where_plotly_puts(page, point: tuple[float, float, float]) -> tuple[float, float]:
    """Where Plotly itself shows a 3-D point with the camera as it is now: the tip of a scene
    annotation's arrow pointing at it (Plotly projects annotations on its own)."""
    x, y, z = point
    page.evaluate(
        """([x, y, z]) => window.Plotly.relayout(document.querySelector('.js-plotly-plot'),
             {'scene.annotations': [{x, y, z, text: 'o', showarrow: true, arrowhead: 0,
                                      ax: 0, ay: -30, arrowwidth: 1}]})""",
        [x, y, z],
    )
    page.wait_for_timeout(400)
    box = page.locator(".js-plotly-plot .annotation-arrow-g path").first.bounding_box()
    return box["x"] + box["width"] / 2, box["y"] + box["height"]  # the arrow's lower end


def test_the_3d_view_plays_the_path_where_the_camera_shows_it_also_while_it_is_turned(
    server, browser
):
    """The 3-D view plays without redrawing the scene: its surface is sent once and kept, the
    path is drawn over it where the camera shows each point (checked against Plotly's own
    projection of a scene annotation), and a turn made while it plays stays, the path following
    it. (Its frame rate: bench/bench_3d.py.)"""
    url = (
        server + "/playground?surface=rosenbrock&optimizer=adam&lr=0.05&x0=-1.5&y0=2"
        "&steps=100&view3d=true&speed=0.5"
    )  # fmt: skip  (12 s of play: time to turn it)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(url)
    page.wait_for_function("() => { const plot = document.querySelector('.js-plotly-plot');"
                           " return plot && plot._fullData && plot._fullData.length > 0; }",
                           timeout=60_000)  # fmt: skip
    wait_ready(page)
    page.wait_for_timeout(500)
    assert surface_drawn(page)
    frames = page.evaluate(
        "() => document.querySelector('.js-plotly-plot')._transitionData._frames"
        ".map(f => [f.data.at(-1), f.data[0].x.length])"
    )
    assert len(frames) == 101
    assert all(last == {"type": "surface"} for last, _ in frames)  # no heights in frames
    assert [points for _, points in frames] == list(range(1, 102))  # the path up to each step

    surface = SURFACES["rosenbrock"]
    run = optimize("adam", surface, np.array([-1.5, 2.0]), 100, lr=0.05)
    end = drawn_end(page, run.points[-1])
    assert end[2] == pytest.approx(surface.value(run.points[-1]), abs=0.01 * 2500)
    assert head_on_screen(page) == pytest.approx(where_plotly_puts(page, end), abs=2)

    start = camera_eye(page)
    rewind(page)
    page.wait_for_timeout(300)
    assert shown_step(page) == 0
    page.locator(".updatemenu-button").first.click()
    page.wait_for_timeout(400)
    box = page.locator(".js-plotly-plot .svg-container").first.bounding_box()
    middle = (box["x"] + box["width"] / 2, box["y"] + box["height"] / 3)
    page.mouse.move(*middle)
    page.mouse.down()
    page.mouse.move(middle[0] + 150, middle[1] + 10, steps=10)
    page.mouse.up()
    during = shown_step(page)
    turned = camera_eye(page)
    assert turned != pytest.approx(start), "the drag turned the scene while it played"
    assert 0 < during < 100, "it was playing"
    page.wait_for_timeout(1500)
    assert shown_step(page) > during, "and it played on"
    assert camera_eye(page) == pytest.approx(turned), "from where it was turned"
    page.locator(".updatemenu-button").nth(1).click()  # pause, then show the last step
    rail = page.locator("rect.slider-rail-rect").first.bounding_box()
    page.mouse.click(rail["x"] + rail["width"] - 2, rail["y"] + rail["height"] / 2)
    page.wait_for_timeout(500)
    assert shown_step(page) == 100
    assert surface_drawn(page)
    page.screenshot(path=str(ARTIFACTS / "view-3d-turned.png"))
    assert head_on_screen(page) == pytest.approx(where_plotly_puts(page, end), abs=2)

    before = head_on_screen(page)  # the path follows a turn as it happens, not when it ends
    page.mouse.move(*middle)
    page.mouse.down()
    page.mouse.move(middle[0] - 120, middle[1] + 40, steps=8)
    page.wait_for_timeout(300)
    during_drag = head_on_screen(page)
    page.mouse.up()
    assert np.hypot(during_drag[0] - before[0], during_drag[1] - before[1]) > 10
    page.wait_for_timeout(300)
    assert head_on_screen(page) == pytest.approx(where_plotly_puts(page, end), abs=2)
    page.close()


def test_a_preset_clicked_halfway_down_opens_at_the_top(server, browser):
    """A link to the page already open (a preset, the fixed run of a diagnosis) keeps the scroll
    position in Streamlit; the app opens it at the top, as a new page."""
    page = open_page(browser, server + "/playground")
    page.mouse.move(700, 500)
    page.mouse.wheel(0, 1500)
    page.wait_for_timeout(600)
    scrolled = "() => document.querySelector('[data-testid=\"stMain\"]').scrollTop"
    assert page.evaluate(scrolled) > 500
    page.locator("[data-testid='stSidebar'] a").filter(has_text="AdaGrad").first.click()
    page.wait_for_function("() => location.search.includes('optimizer=adagrad')", timeout=30_000)
    wait_ready(page)
    assert page.evaluate(scrolled) == 0
    page.close()


# ---- the learning-rate range test (issue 16.3) ---------------------------------------------------


@pytest.mark.parametrize("width,height", [(1280, 720), (390, 844)])
def test_the_range_test_opens_under_the_playground_and_its_link_sets_lr(
    server, browser, width, height
):
    """The closed expander under the Playground opens to a drawn chart with both suggestions
    marked; its first link opens the Playground in this tab with lr set to the suggested η."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = open_page(browser, f"{server}/playground?surface=ellipse&optimizer=sgd&x0=-5&y0=-2",
                     width=width, height=height)  # fmt: skip
    wait_ready(page)
    expander = page.locator(".st-key-range_test summary")
    expander.scroll_into_view_if_needed()
    expander.click()
    page.wait_for_function("() => location.search.includes('range_test=true')", timeout=30_000)
    chart = page.locator(".st-key-range_test .js-plotly-plot")
    chart.wait_for(timeout=60_000)
    page.wait_for_timeout(800)
    chart.scroll_into_view_if_needed()
    meta = page.evaluate(
        "() => document.querySelector('.st-key-range_test .js-plotly-plot')._fullLayout.meta"
    )
    lines = page.locator(".st-key-range_test .js-plotly-plot .scatterlayer .trace path.js-line")
    assert lines.count() == 2, "the loss and its smoothed curve are drawn"
    box = chart.bounding_box()
    assert box["width"] > 0.8 * min(width, 1000) - 80 and box["height"] >= 300
    page.screenshot(path=str(ARTIFACTS / f"range-test-playground-{width}x{height}.png"))
    link = page.locator(".st-key-range_test [data-testid='stPageLink'] a").first
    link.click()
    expected = f"lr={meta['steepest']:.3g}"
    page.wait_for_function(f"() => location.search.includes('{expected}')", timeout=60_000)
    wait_ready(page)
    assert page.locator(".st-key-lr input").input_value() == f"{meta['steepest']:.3g}"
    page.close()


def test_the_share_box_builds_its_link_when_opened_and_follows_the_steps(server, browser):
    """The box under the figure is empty while closed (a steps change sends nothing to it); a
    click opens it on the view's whole link, which a steps change then keeps up to date."""
    page = open_page(browser, f"{server}/playground?surface=ellipse&optimizer=sgd&x0=-5&y0=-2")
    wait_ready(page)
    box = page.locator(".st-key-share_open")
    assert box.locator("[data-testid='stCode']").count() == 0
    box.locator("summary").click()
    link = box.locator("[data-testid='stCode']")
    link.wait_for(timeout=30_000)
    assert "steps=100" in link.inner_text() and "optimizer=sgd" in link.inner_text()
    steps = page.locator(".st-key-steps input")
    steps.fill("120")
    steps.press("Enter")
    page.wait_for_function(
        "() => document.querySelector('.st-key-share_open [data-testid=stCode]')"
        "?.innerText.includes('steps=120')",
        timeout=30_000,
    )
    box.locator("summary").click()  # closed again: its content goes
    page.wait_for_function(
        "() => !document.querySelector('.st-key-share_open [data-testid=stCode]')", timeout=30_000
    )
    page.close()
