"""The "Diagnose this run" exercise in a real browser: open a case, answer it, follow the fixed-run
link to the Playground; screenshots at 1280 x 720 and on a 390-px phone (tests/artifacts/).

The server, the browser and the helpers are tests/test_browser.py's (under CI=true these tests
must run, as those do)."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlparse

import pytest

from tests.test_browser import (  # noqa: F401  (server and browser are fixtures)
    ARTIFACTS,
    browser,
    in_viewport,
    server,
    wait_ready,
)
from ui.diagnose_cases import load_cases
from ui.text import t

pytestmark = pytest.mark.browser

CASE = next(case for case in load_cases() if case.id == "momentum_swings")


def open_case(browser, server, width: int, height: int, lang: str = "en"):  # noqa: F811
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.goto(f"{server}/playground?exercise=diagnose&case={CASE.id}&lang={lang}")
    page.wait_for_selector(".js-plotly-plot .imagelayer image", timeout=60_000)
    wait_ready(page)
    return context, page


def check_right_answer(page, lang: str = "en") -> None:
    page.locator("[data-testid='stRadio'] [role='radiogroup'] label").nth(CASE.answer).click()
    page.wait_for_timeout(500)
    page.get_by_role("button", name=t("dg.check", lang)).click()
    page.get_by_text(t("dg.right", lang), exact=True).wait_for(timeout=30_000)
    wait_ready(page)


def test_a_case_answered_and_its_fixed_run_opened(server, browser):  # noqa: F811
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    context, page = open_case(browser, server, 1280, 720)
    assert page.locator("[data-testid='stException']").count() == 0
    assert page.locator("h1").first.inner_text() == t("dg.title")
    # one screen holds the title, the figure and the choices with Check
    figure = page.locator(".js-plotly-plot").first.bounding_box()
    assert in_viewport(figure, 1280, 720), figure
    check = page.get_by_role("button", name=t("dg.check")).bounding_box()
    assert in_viewport(check, 1280, 720), check
    page.screenshot(path=str(ARTIFACTS / "diagnose-question.png"))

    check_right_answer(page)
    explanation = page.get_by_text(CASE.text("explanation")[:40])
    assert explanation.count() == 1
    page.screenshot(path=str(ARTIFACTS / "diagnose-answered.png"))
    assert "gamma" not in page.url and "answer" not in page.url, "the link holds no answer"

    page.get_by_role("link", name=t("dg.fixed_link")).click()
    page.wait_for_function("() => location.search.includes('momentum=0.8')", timeout=60_000)
    page.wait_for_selector(".js-plotly-plot .imagelayer image", timeout=60_000)
    wait_ready(page)
    assert len(context.pages) == 1, "the fixed run opened in this tab"
    query = dict(parse_qsl(urlparse(page.url).query))
    # the fixed run's parameters (the Playground leaves a control's default out of its link)
    fixed = CASE.fixed.link_params()
    assert {key: query[key] for key in ("optimizer", "momentum")} == {
        key: fixed[key] for key in ("optimizer", "momentum")
    }, page.url
    assert "exercise" not in query and "case" not in query and "fresh" not in query
    assert page.locator("h1").first.inner_text() == t("pg.title")
    assert page.locator(".st-key-momentum input").first.input_value() in ("0.8", "0.80")
    legend = page.locator(".js-plotly-plot .legend .legendtext").first.text_content()
    assert "η = 0.05" in legend, legend
    # the same page, so the browser keeps the scroll position of the answer: back to the top
    page.locator("h1").first.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "diagnose-fixed-run.png"))
    context.close()


def test_a_case_on_a_phone_in_korean(server, browser):  # noqa: F811
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    context, page = open_case(browser, server, 390, 844, lang="ko")
    assert page.locator("[data-testid='stException']").count() == 0
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page is {width} px wide on a 390-px phone"
    page.screenshot(path=str(ARTIFACTS / "diagnose-phone-question.png"))
    page.screenshot(path=str(ARTIFACTS / "diagnose-phone-question-full.png"), full_page=True)
    check_right_answer(page, "ko")
    link = page.get_by_role("link", name=t("dg.fixed_link", "ko"))
    link.scroll_into_view_if_needed()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=str(ARTIFACTS / "diagnose-phone-answered.png"))
    context.close()
