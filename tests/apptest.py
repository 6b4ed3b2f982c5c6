"""Open a page of the app through AppTest as a link would: query parameters first, then the page."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]


def open_page(page: str, **params) -> AppTest:
    """Run ``app_pages/<page>.py`` through app.py with ``params`` in the URL."""
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    for key, value in params.items():
        app.query_params[key] = str(value)
    app.switch_page(f"app_pages/{page}.py")
    return app.run()
