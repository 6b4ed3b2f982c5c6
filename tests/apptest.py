"""Open a page of the app through AppTest as a link would: query parameters first, then the page.
Read a Markdown table a page wrote (Compare's leaderboard) as its reader sees it."""

import html
import re
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


def table_rows(markdown: str) -> list[dict[str, str]]:
    """A Markdown table's rows, each a dict from heading to cell, both as they read (tags and
    entities taken out, no-break spaces as spaces)."""
    lines = [line.strip().strip("|").split(" | ") for line in markdown.strip().splitlines()]

    def read(cell: str) -> str:
        return html.unescape(re.sub(r"<[^>]+>", "", cell)).replace("\u00a0", " ").strip()

    headings = [read(cell) for cell in lines[0]]
    return [dict(zip(headings, map(read, line), strict=True)) for line in lines[2:]]


def leaderboard(app: AppTest) -> str:
    """Compare's leaderboard as the page wrote it (a Markdown table)."""
    (board,) = [block for block in app.get("flex_container") if block.key == "leaderboard"]
    (table,) = board.markdown
    return table.value
