"""The app through streamlit.testing.v1.AppTest (no browser)."""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.apptest import new_app, open_page

ROOT = Path(__file__).resolve().parents[1]


def test_home_page_runs_and_shows_the_textbook_run():
    app = new_app(timeout=30).run()
    assert not app.exception
    assert app.title[0].value == "Optimizer Lab"
    assert "x₁ = -0.010599, x₂ = 0.000000" in app.code[0].value


def playground(**params) -> AppTest:
    return open_page("playground", **params)


def test_playground_runs_with_defaults():
    app = playground()
    assert not app.exception
    assert any("Final point" in m.value for m in app.markdown)


def test_playground_seed_002_link_ends_at_the_books_point():
    app = playground(
        surface="ellipse", optimizer="rmsprop", convention="d2l", lr="0.4", gamma="0.9",
        eps="1e-06", x0="-5", y0="-2", steps="20",
    )  # fmt: skip
    assert not app.exception
    assert any("x = -0.010599, y = 0.000000" in m.value for m in app.markdown)


def test_playground_bad_link_values_give_messages_not_exceptions():
    app = playground(lr="abc", steps=str(10**9), optimizer="rmsprob")
    assert not app.exception
    captions = " ".join(c.value for c in app.caption)
    assert "lr='abc'" in captions and "not a number" in captions
    assert "steps=" in captions and "between 1 and 1000" in captions
    assert "optimizer='rmsprob'" in captions


def test_playground_negative_learning_rate_in_a_link():
    app = playground(lr="-1", surface="rosenbrock")
    assert not app.exception
    captions = " ".join(c.value for c in app.caption)
    assert "lr='-1'" in captions and "between 0.0001 and 10" in captions
    # out of range: the nearest allowed value, said so; the rest of the link kept
    assert app.number_input(key="lr").value == 1e-4 and "Using 0.0001 instead" in captions
    assert app.selectbox(key="surface_choice").value == "rosenbrock"


def test_playground_divergence_is_reported():
    app = playground(surface="rosenbrock", optimizer="sgd", lr="0.003", x0="-1.5", y0="2")
    assert not app.exception
    verdict = next(m.value for m in app.markdown if "Diverged" in m.value)
    assert verdict == ":red[:material/error: **Diverged** at step 5.]"


def test_a_new_optimizer_starts_from_its_own_defaults():
    app = playground(lr="0.4")
    assert app.number_input(key="lr").value == 0.4
    app.selectbox(key="optimizer_choice").set_value("adagrad").run()
    assert not app.exception
    assert app.number_input(key="lr").value == 0.5  # AdaGrad's playground default


def test_a_new_surface_starts_from_its_own_point_even_after_a_link():
    from optim_core import SURFACES

    app = playground(surface="rosenbrock", x0="-1", y0="1")
    assert app.number_input(key="x0").value == -1
    app.selectbox(key="surface_choice").set_value("himmelblau").run()
    assert not app.exception
    start = SURFACES["himmelblau"].start
    assert (app.number_input(key="x0").value, app.number_input(key="y0").value) == start


@pytest.mark.parametrize(
    ("page", "params"),
    [
        ("playground", {}),
        ("playground", {"present": "1"}),
        ("compare", {}),
        ("compare", {"mode": "sweep"}),
        ("linear_regression", {}),
        ("theory", {}),
    ],
)
def test_every_figure_a_page_draws_is_valid_plotly(page, params):
    """The figures are built as plain dicts and sent without Plotly's validation (ui.figures,
    ui.classroom.plot: for speed): Plotly validates each here, so a misspelt property fails a
    test, not a page."""
    import json

    import plotly.graph_objects as go

    app = open_page(page, **params)
    assert not app.exception
    charts = app.get("plotly_chart")
    assert charts
    for chart in charts:
        go.Figure(json.loads(chart.proto.spec))  # raises on any invalid property


def test_a_fresh_link_sets_the_page_it_is_already_on():
    """A preset clicked on the Playground: its values replace the controls' (which Streamlit
    would otherwise keep over the link's), a value it leaves out goes back to its default, and
    the marker leaves the link."""
    app = playground(optimizer="adam")
    # each change reruns only the run's part (ui/fragments.py), which is all AppTest then holds:
    # a run with no change draws the whole page again, as the browser still shows it
    app.number_input(key="steps").set_value(50).run()
    app.run()
    app.number_input(key="x0").set_value(1.0).run()
    app.run()
    assert app.number_input(key="steps").value == 50 and app.number_input(key="x0").value == 1.0
    for key in list(app.query_params):
        del app.query_params[key]
    for key, value in {"optimizer": "rmsprop", "steps": "20", "fresh": "1"}.items():
        app.query_params[key] = value
    app.run()
    assert not app.exception
    assert app.number_input(key="steps").value == 20
    assert app.number_input(key="x0").value == -5.0, "left out of the link: the default"
    assert app.selectbox(key="optimizer_choice").value == "rmsprop"
    assert "fresh" not in app.query_params


@pytest.mark.parametrize("lang", ["en", "zh-Hans", "ko"])
def test_choices_show_names_in_the_readers_language_and_links_keep_codes(lang):
    """No select box shows a code (rotated_ellipse, six_hump_camel, pytorch, race); the link
    does."""
    from ui.schema import CHOICES
    from ui.text import set_language, t

    codes = {code for options in CHOICES.values() for code in options if code.isalpha()
             or "_" in code}  # fmt: skip
    for page in ("playground", "compare"):
        app = open_page(page, lang=lang)
        assert not app.exception
        shown = [option for box in app.selectbox for option in box.options]
        assert not [option for option in shown if option in codes and option != "d2l"], shown
    app = open_page("playground", lang=lang)
    set_language(lang)  # AppTest formats the value it sets in this thread, with the page's names
    try:
        app.selectbox(key="surface_choice").set_value("rotated_ellipse").run()
    finally:
        set_language("en")
    assert app.query_params["surface"] == "rotated_ellipse"
    assert app.selectbox(key="surface_choice").value == "rotated_ellipse"
    assert t("surface.rotated_ellipse", lang) in app.selectbox(key="surface_choice").options


def test_the_sources_are_named_not_numbered():
    """ "seed 002" reads as a random seed: every language names the source instead."""
    import re

    from ui.text import LANGUAGES, catalog

    for lang in LANGUAGES:
        numbered = {key: text for key, text in catalog(lang).items()
                    if re.search(r"seed\s*00\d|种子案例|시드 00", text)}  # fmt: skip
        assert not numbered, (lang, numbered)
    home = new_app(timeout=30).run()
    assert any("NumPy linear-regression tutorial" in element.value for element in home.markdown)
