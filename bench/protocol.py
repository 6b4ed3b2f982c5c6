"""Streamlit's protocol without a browser, shared by bench/load.py --clients protocol,
bench/bench_replicas.py and tests/test_deploy.py: a session is a WebSocket on /_stcore/stream
that sends the rerun requests a browser sends (the URL's query string, the steps widget's new
value) and reads the server's replies (the new figure, the end of the script run)."""

from __future__ import annotations

import asyncio
import re
import statistics
import time
from dataclasses import dataclass

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

FIRST_STEPS = 150
QUERY = "surface=rosenbrock&optimizer=adam&lr=0.02&x0={x0:.2f}&y0={y0:.2f}&steps={steps}"


@dataclass(frozen=True)
class Target:
    """A page under load: the script the server runs, the page's path, and how a figure's JSON
    shows the number of steps it was drawn for."""

    script: str
    path: str
    marker: str  # a regex with {steps}

    def figure_marker(self, steps: int) -> str:
        return self.marker.format(steps=steps)


# the app's Playground (its path figure's step slider ends at the run's number of steps), its
# Compare page (a race of its default optimizers; its step slider the same way) and the
# reference: a minimal page with one path chart (bench/load_reference_page.py)
APP = Target("app.py", "playground", '"label": ?"{steps}"')
COMPARE = Target("app.py", "compare", '"label": ?"{steps}"')
REFERENCE = Target("bench/load_reference_page.py", "", '"name": ?"path {steps}"')
# the Playground's run and path figure alone (bench/load_floor_page.py), its slider as the app's
FLOOR = Target("bench/load_floor_page.py", "", APP.marker)


def steps_sequence():
    """150 ± 1, 150 ± 2, …: never twice the same, around the same payload at every level."""
    offset = 1
    while True:
        yield FIRST_STEPS + offset
        yield FIRST_STEPS - offset
        offset += 1


class User:
    """One session: opens the Playground, changes the number of steps, counts its errors."""

    def __init__(self, uid: int, base: str, target: Target) -> None:
        self.uid = uid  # unique over the whole run: its start point
        self.base = base
        self.target = target
        self.query = QUERY.format(x0=-1.5 + 0.01 * uid, y0=2.0 - 0.01 * uid, steps=FIRST_STEPS)
        self.times: tuple[list[float], list[float]] = ([], [])  # ms: the two tables' times
        self.errors: dict[str, int] = {}

    def error(self, kind: str) -> None:
        self.errors[kind] = self.errors.get(kind, 0) + 1

    async def open(self, timeout_s: float) -> None:
        raise NotImplementedError

    async def change(self, steps: int, timeout_s: float) -> tuple[float, float | None]:
        """Set the steps; the two times in ms (the second None when it could not be timed).
        Raises TimeoutError."""
        raise NotImplementedError

    async def close(self) -> None:
        raise NotImplementedError


class ProtocolUser(User):
    """No browser: a WebSocket client sending the rerun requests a browser would send (the URL's
    query string, the steps widget's new value) and reading Streamlit's replies."""

    headers: dict[str, str] = {}  # more handshake headers (a browser's cookies)

    async def open(self, timeout_s: float) -> None:
        url = self.base.replace("http://", "ws://") + "/_stcore/stream"
        self.socket = await websockets.connect(
            url, subprotocols=["streamlit"],
            additional_headers={"Origin": self.base, **self.headers}, max_size=None,
        )  # fmt: skip
        self.steps_id = self.ready_id = self.page_script_hash = None
        await self.socket.send(self.rerun(self.query))
        await asyncio.wait_for(self.read_run(None), timeout_s * 4)
        if self.steps_id is None and self.ready_id is not None:
            # the app's first run only puts its history script in place (ui/link.py), which
            # then clicks this button: the run that draws the page
            await self.socket.send(self.rerun(self.query, ready=True))
            await asyncio.wait_for(self.read_run(None), timeout_s * 4)
        if self.steps_id is None:
            raise RuntimeError(f"no steps input on /{self.target.path}")

    def rerun(self, query: str, steps: int | None = None, ready: bool = False) -> bytes:
        message = BackMsg()
        request = message.rerun_script
        request.query_string = query
        request.page_name = self.target.path
        if self.page_script_hash:  # as a browser names its page (a fragment's rerun needs it)
            request.page_script_hash = self.page_script_hash
        request.widget_states.SetInParent()
        if ready:
            widget = request.widget_states.widgets.add()
            widget.id, widget.trigger_value = self.ready_id, True
        if steps is not None:
            widget = request.widget_states.widgets.add()
            widget.id, widget.int_value = self.steps_id, steps
        request.context_info.timezone = "UTC"
        request.context_info.locale = "en-US"
        request.context_info.url = f"{self.base}/{self.target.path}"
        return message.SerializeToString()

    async def read_run(self, marker: str | None) -> tuple[float | None, float]:
        """Read until the script run ends: (s to the figure matching ``marker``, s to the end)."""
        start, figure_at = time.perf_counter(), None
        while True:
            message = ForwardMsg()
            message.ParseFromString(await self.socket.recv())
            kind = message.WhichOneof("type")
            if kind == "script_finished":
                if message.script_finished == ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                    continue  # a callback asked for another run (a fragment's): it follows
                return figure_at, time.perf_counter() - start
            if kind == "navigation":  # the page this run drew
                self.page_script_hash = message.navigation.page_script_hash
            if kind != "delta" or message.delta.WhichOneof("type") != "new_element":
                continue
            element = message.delta.new_element
            element_type = element.WhichOneof("type")
            if element_type == "exception":
                self.error("exception")
            elif element_type == "number_input" and element.number_input.id.endswith("-steps"):
                self.steps_id = element.number_input.id
            elif element_type == "button" and element.button.id.endswith("-history_ready"):
                self.ready_id = element.button.id
            elif element_type == "plotly_chart" and marker and figure_at is None:
                if re.search(marker, element.plotly_chart.spec):
                    figure_at = time.perf_counter() - start

    async def change(self, steps: int, timeout_s: float) -> tuple[float, float | None]:
        self.query = re.sub(r"steps=\d+", f"steps={steps}", self.query)
        await self.socket.send(self.rerun(self.query, steps))
        try:
            marker = self.target.figure_marker(steps)
            figure_at, end = await asyncio.wait_for(self.read_run(marker), timeout_s)
        except TimeoutError:
            await self.close()
            await self.open(timeout_s)  # a new session
            raise
        if figure_at is None:
            self.error("no new figure")
            return end * 1e3, end * 1e3
        return figure_at * 1e3, end * 1e3

    async def close(self) -> None:
        await self.socket.close()


def p50(times: list[float]) -> float:
    return statistics.median(times) if times else float("nan")


def p95(times: list[float]) -> float:
    if len(times) < 2:
        return p50(times)
    return statistics.quantiles(times, n=20, method="inclusive")[18]
