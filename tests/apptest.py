"""Open a page of the app through AppTest as a link would: query parameters first, then the page."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

from ui.link import mark_ready

ROOT = Path(__file__).resolve().parents[1]


def new_app(timeout: float = 90) -> AppTest:
    """app.py in a session past its first run, which in a browser only waits for the history
    script (``ui.link.one_history_entry_per_action``): AppTest runs no JavaScript."""
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=timeout)
    mark_ready(app.session_state)
    return app


def open_page(page: str, **params) -> AppTest:
    """Run ``app_pages/<page>.py`` through app.py with ``params`` in the URL."""
    app = new_app()
    for key, value in params.items():
        app.query_params[key] = str(value)
    app.switch_page(f"app_pages/{page}.py")
    return app.run()
