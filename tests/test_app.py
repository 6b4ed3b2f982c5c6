"""The app through streamlit.testing.v1.AppTest (no browser)."""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.apptest import open_page

ROOT = Path(__file__).resolve().parents[1]


def test_home_page_runs_and_shows_the_textbook_run():
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30).run()
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
    assert app.select_slider(key="lr").value == 0.1  # the default, and the rest of the link kept
    assert app.selectbox(key="surface").value == "rosenbrock"


def test_playground_divergence_is_reported():
    app = playground(surface="rosenbrock", optimizer="sgd", lr="0.003", x0="-1.5", y0="2")
    assert not app.exception
    assert "Diverged at step 5" in app.error[0].value


def test_a_new_optimizer_starts_from_its_own_defaults():
    app = playground(lr="0.4")
    assert app.select_slider(key="lr").value == 0.4
    app.selectbox(key="optimizer").set_value("adagrad").run()
    assert not app.exception
    assert app.select_slider(key="lr").value == 0.5  # AdaGrad's playground default


def test_a_new_surface_starts_from_its_own_point_even_after_a_link():
    from optim_core import SURFACES

    app = playground(surface="rosenbrock", x0="-1", y0="1")
    assert app.number_input(key="x0").value == -1
    app.selectbox(key="surface").set_value("himmelblau").run()
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
