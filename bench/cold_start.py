"""Cold start: the time from spawning `streamlit run app.py` to the first figure visible in
Chromium on /playground, and what that first page load transfers.

    python bench/cold_start.py              # --runs 3

Each run spawns a new server on a free port and polls /_stcore/health every 50 ms; once it
answers, a fresh browser context (empty HTTP cache; the browser itself is started beforehand and
not timed) opens /playground and waits for `.js-plotly-plot` to be visible. On the way, the
page's first WebSocket frame and the first script run's end (its script_finished message) split
the wait between the page's loading, the server's run and the drawing. Then the same page is
opened once more in a new context on the now warm server ("warm": from opening the page to its
figure), which tells the server's first-run cost (imports, first script run) from the browser's.

Payload, from the DevTools protocol's Network events: HTTP responses (Network.loadingFinished's
encodedDataLength: bytes on the wire, headers included) and WebSocket frames received (their
payload; no permessage-deflate is negotiated, so that is what travels) and sent, counted until
the page has settled (script finished, then 1 s without network traffic); the total at the
moment the figure appeared is shown too, and what the HTTP part would weigh gzipped.

Python's bytecode and the OS file cache are warm after the first run: only the first run is cold
in that sense. Medians over the runs.

No goal is set for this one (issue 8 asks for the figures): it exits 0 unless a run fails.
"""

from __future__ import annotations

import argparse
import base64
import gzip
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent))

import streamlit
from appserver import BROWSER_FLAGS, CHROMIUM, free_port, spawn, stop, wait_healthy
from playwright.sync_api import Browser, sync_playwright
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

SETTLED = """() => document.querySelector('[data-testid="stApp"]')
    ?.getAttribute('data-test-script-state') === 'notRunning'"""
QUIET_S = 1.0


@dataclass
class Traffic:
    """Bytes seen through the DevTools protocol's Network domain."""

    http: int = 0
    http_responses: int = 0
    urls: dict[str, str] = field(default_factory=dict)  # request id -> URL
    responses: list[tuple[str, int]] = field(default_factory=list)  # (URL, bytes)
    ws_received: int = 0
    ws_frames: int = 0
    ws_sent: int = 0
    last_event: float = field(default_factory=time.monotonic)
    first_frame_at: float | None = None  # monotonic time of the first WebSocket frame received
    finished_at: float | None = None  # ... and of the first script run's end (script_finished)

    def total(self) -> int:
        return self.http + self.ws_received + self.ws_sent

    def on_response(self, event: dict) -> None:
        self.urls[event["requestId"]] = event["response"]["url"]

    def on_http(self, event: dict) -> None:
        self.http += int(event["encodedDataLength"])
        self.http_responses += 1
        self.responses.append((self.urls.get(event["requestId"], ""), event["encodedDataLength"]))
        self.last_event = time.monotonic()

    def on_frame(self, event: dict, sent: bool = False) -> None:
        response = event["response"]
        data = response["payloadData"]
        size = len(base64.b64decode(data)) if response["opcode"] == 2 else len(data.encode())
        self.last_event = now = time.monotonic()
        if sent:
            self.ws_sent += size
            return
        self.ws_received += size
        self.ws_frames += 1
        self.first_frame_at = self.first_frame_at or now
        if self.finished_at is None and response["opcode"] == 2:
            message = ForwardMsg()
            message.ParseFromString(base64.b64decode(data))
            if message.WhichOneof("type") == "script_finished":
                self.finished_at = now


@dataclass
class Run:
    ready_s: float  # spawn -> /_stcore/health answers
    session_s: float  # spawn -> the page's first WebSocket frame (the page loaded, connected)
    script_s: float  # spawn -> the first script run's end reaches the browser
    figure_s: float  # spawn -> first figure visible
    at_figure: int  # bytes transferred when the figure appeared
    traffic: Traffic
    warm_s: float  # the same page load again, on the now warm server, in a new context


def one_run(browser: Browser, timeout_s: float) -> Run:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    traffic = Traffic()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.on("Network.responseReceived", traffic.on_response)
    cdp.on("Network.loadingFinished", traffic.on_http)
    cdp.on("Network.webSocketFrameReceived", traffic.on_frame)
    cdp.on("Network.webSocketFrameSent", lambda event: traffic.on_frame(event, sent=True))

    port = free_port()
    start = time.monotonic()
    server = spawn(port)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_healthy(base, timeout=timeout_s)
        ready = time.monotonic() - start
        page.goto(base + "/playground")
        page.wait_for_selector(".js-plotly-plot", state="visible", timeout=timeout_s * 1e3)
        figure = time.monotonic() - start
        at_figure = traffic.total()
        page.wait_for_function(SETTLED, polling=50, timeout=timeout_s * 1e3)
        while time.monotonic() - traffic.last_event < QUIET_S:
            page.wait_for_timeout(100)
        if page.locator('[data-testid="stException"]').count():
            raise RuntimeError("the page shows an exception")
        warm = warm_load(browser, base + "/playground", timeout_s)
    finally:
        context.close()
        stop(server)
    session = (traffic.first_frame_at or float("nan")) - start
    script = (traffic.finished_at or float("nan")) - start
    return Run(ready, session, script, figure, at_figure, traffic, warm)


def warm_load(browser: Browser, url: str, timeout_s: float) -> float:
    """Seconds from opening ``url`` in a new context (empty HTTP cache) to its figure."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        start = time.monotonic()
        page.goto(url)
        page.wait_for_selector(".js-plotly-plot", state="visible", timeout=timeout_s * 1e3)
        return time.monotonic() - start
    finally:
        context.close()


def kb(n: float) -> str:
    return f"{n / 1e3:,.1f}" if n < 1e4 else f"{n / 1e3:,.0f}"


def gzipped_estimate(responses: list[tuple[str, int]]) -> tuple[int, int]:
    """The HTTP bytes if the /static/ files were gzipped (level 6) on the way, as a compressing
    reverse proxy would (Streamlit serves them uncompressed), and how many of them were found."""
    static = Path(streamlit.__file__).parent / "static"
    total = found = 0
    for url, size in responses:
        path = urlparse(url).path
        local = static / path.lstrip("/")
        if path.startswith("/static/") and local.is_file():
            data = local.read_bytes()
            found += 1
            total += min(len(gzip.compress(data, compresslevel=6)), size)
        else:
            total += size
    return total, found


COLUMNS = {  # header: format
    "ready s": lambda v: f"{v:.2f}",
    "WS s": lambda v: f"{v:.2f}",
    "script s": lambda v: f"{v:.2f}",
    "figure s": lambda v: f"{v:.2f}",
    "warm s": lambda v: f"{v:.2f}",
    "HTTP kB": kb,
    "(n)": lambda v: f"{v:.0f}",
    "WS in kB": kb,
    "(frames)": lambda v: f"{v:.0f}",
    "WS out kB": kb,
    "total kB": kb,
    "at figure kB": kb,
}


def row(run: Run) -> dict[str, float]:
    traffic = run.traffic
    values = (
        run.ready_s, run.session_s, run.script_s, run.figure_s, run.warm_s, traffic.http,
        traffic.http_responses, traffic.ws_received, traffic.ws_frames, traffic.ws_sent,
        traffic.total(), run.at_figure,
    )  # fmt: skip
    return dict(zip(COLUMNS, values, strict=True))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=120.0, help="per step, s")
    args = parser.parse_args()

    runs = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=BROWSER_FLAGS)
        for _ in range(args.runs):
            runs.append(one_run(browser, args.timeout))
            time.sleep(1)
        browser.close()

    rows = [row(run) for run in runs]
    median = {name: statistics.median(r[name] for r in rows) for name in COLUMNS}
    print(f"{'run':>6} " + " ".join(f"{name:>{len(name)}}" for name in COLUMNS))
    for label, values in [*((str(i + 1), r) for i, r in enumerate(rows)), ("median", median)]:
        print(f"{label:>6} " + " ".join(COLUMNS[n](values[n]).rjust(len(n)) for n in COLUMNS))
    print(
        "from spawning the server: ready = /_stcore/health answers; WS = the page's first"
        " WebSocket frame;\nscript = the first script run's end reaches the browser; figure ="
        " first figure visible on /playground;\nwarm = the same load again on the warm server"
        " (new context, empty cache), from opening the page"
    )
    zipped, found = gzipped_estimate(runs[-1].traffic.responses)
    print(
        f"HTTP, had the {found} /static/ files been gzipped (a compressing proxy; Streamlit sends"
        f" them as they are): {kb(zipped)} kB instead of {kb(runs[-1].traffic.http)} kB (last run)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
