"""A change reruns only what depends on it, on the real server (AppTest reruns whole pages).

Sessions speak Streamlit's protocol as a browser does (``bench.protocol``, as bench/load.py
--clients protocol). On the Playground and on Compare the number of steps and the start point
are read by nothing in the sidebar, so changing one reruns only the part that runs and shows the
runs (``ui.fragments``, issue 17): its answer is a fragment's run, sends nothing to the sidebar
and at most half the page's elements, and shows what a whole page with the same link shows.
Another control (the Playground's η) still reruns the whole page.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass, field

import pytest
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from bench.appserver import running_server
from bench.protocol import APP, COMPARE, ProtocolUser, Target

SIDEBAR = 1  # the delta path's first index for the sidebar's elements
TIMEOUT = 60.0


@dataclass
class Answer:
    """What the server sent for one rerun request, up to the end of the run it asked for."""

    status: int = -1
    elements: list[tuple[tuple[int, ...], str, object]] = field(default_factory=list)

    def of_type(self, kind: str) -> list:
        return [element for _path, name, element in self.elements if name == kind]

    @property
    def in_sidebar(self) -> list[str]:
        return [name for path, name, _ in self.elements if path[0] == SIDEBAR]

    def metric(self, label: str) -> str:
        return next(m.body for m in self.of_type("metric") if m.label == label)


async def answer(user: ProtocolUser, request: bytes) -> Answer:
    await user.socket.send(request)
    got = Answer()
    while True:
        message = ForwardMsg()
        message.ParseFromString(await asyncio.wait_for(user.socket.recv(), TIMEOUT))
        kind = message.WhichOneof("type")
        if kind == "script_finished":
            if message.script_finished == ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                continue  # the callback asked for the fragment's run: it follows
            got.status = message.script_finished
            return got
        if kind == "delta" and message.delta.WhichOneof("type") == "new_element":
            element = message.delta.new_element
            name = element.WhichOneof("type")
            got.elements.append((tuple(message.metadata.delta_path), name, getattr(element, name)))


def widget_id(full_run: Answer, kind: str, key: str) -> str:
    return next(w.id for w in full_run.of_type(kind) if w.id.endswith(f"-{key}"))


FIGURE = {APP: "trajectory", COMPARE: "race"}  # each page's main figure, by its key


async def scenario(base: str, target: Target) -> dict[str, Answer]:
    user = ProtocolUser(0, base, target)
    await user.open(TIMEOUT)
    answers = {"full": await answer(user, user.rerun(user.query))}
    user.query = re.sub(r"steps=\d+", "steps=163", user.query)  # as the browser's address bar
    answers["steps"] = await answer(user, user.rerun(user.query, 163))
    if target is APP:
        answers["lr"] = await changed_lr(user, answers["full"])
    await user.close()
    # a new session opening the link with those steps: the whole page
    fresh = ProtocolUser(0, base, target)
    fresh.query = re.sub(r"steps=\d+", "steps=163", fresh.query)
    await fresh.open(TIMEOUT)
    answers["fresh"] = await answer(fresh, fresh.rerun(fresh.query))
    await fresh.close()
    return answers


async def changed_lr(user: ProtocolUser, full: Answer) -> Answer:
    """The Playground's η changed (its number field), the steps as they now are."""
    back = BackMsg()
    back.ParseFromString(user.rerun(user.query, 163))
    widget = back.rerun_script.widget_states.widgets.add()
    widget.id, widget.double_value = widget_id(full, "number_input", "lr"), 0.03
    return await answer(user, back.SerializeToString())


@pytest.fixture(scope="module")
def server() -> str:
    with running_server() as (base, _server):
        yield base


_scenarios: dict[Target, dict[str, Answer]] = {}  # each page's, run once


def answers_of(server: str, target: Target) -> dict[str, Answer]:
    if target not in _scenarios:
        _scenarios[target] = asyncio.run(scenario(server, target))
    return _scenarios[target]


@pytest.fixture(scope="module", params=[APP, COMPARE], ids=["playground", "compare"])
def page(request, server) -> tuple[Target, dict[str, Answer]]:
    return request.param, answers_of(server, request.param)


def test_the_steps_rerun_only_the_runs_and_what_shows_them(page):
    target, answers = page
    full, steps = answers["full"], answers["steps"]
    assert full.status == ForwardMsg.FINISHED_SUCCESSFULLY
    assert steps.status == ForwardMsg.FINISHED_FRAGMENT_RUN_SUCCESSFULLY
    assert full.in_sidebar and not steps.in_sidebar, "the sidebar is left as it is"
    assert len(steps.elements) <= len(full.elements) / 2, (len(steps.elements), len(full.elements))
    figures = [chart for chart in steps.of_type("plotly_chart") if FIGURE[target] in chart.id]
    assert len(figures) == 1 and '"label": "163"' in figures[0].spec.replace('":"', '": "')


def test_the_partial_rerun_shows_what_the_whole_page_shows_for_the_same_link(page):
    target, answers = page
    steps, fresh = answers["steps"], answers["fresh"]
    if target is APP:
        for label in ("Final f(x)", "Distance to nearest minimum"):
            assert steps.metric(label) == fresh.metric(label), label
    else:  # the leaderboard
        boards = [
            [text.body for text in answer.of_type("markdown") if text.body.startswith("| Run |")]
            for answer in (steps, fresh)
        ]
        assert boards[0] and boards[0] == boards[1]
    figures = [
        [chart.spec for chart in answer.of_type("plotly_chart") if FIGURE[target] in chart.id]
        for answer in (steps, fresh)
    ]
    assert figures[0] and figures[0] == figures[1], "the same figure, point for point"


def test_a_control_the_sidebar_depends_on_reruns_the_whole_page(server):
    answers = answers_of(server, APP)
    lr = answers["lr"]
    assert lr.status == ForwardMsg.FINISHED_SUCCESSFULLY and lr.in_sidebar
    assert lr.metric("Final f(x)") != answers["steps"].metric("Final f(x)")
