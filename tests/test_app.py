"""The app through streamlit.testing.v1.AppTest (no browser)."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]


def test_home_page_runs_and_shows_the_textbook_run():
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30).run()
    assert not app.exception
    assert app.title[0].value == "Optimizer Lab"
    assert "x₁ = -0.010599, x₂ = 0.000000" in app.code[0].value
