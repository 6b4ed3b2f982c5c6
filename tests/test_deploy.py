"""A school's set-up: 2 replicas of the app behind Debian's nginx (deploy/run_local.py, the
config deploy/nginx.conf), driven by 60 sessions that behave like browsers on the wire.

Each session keeps a cookie jar: it loads the page through nginx (which hands it the sticky
cookie), asks /_stcore/health and /_stcore/host-config as the page does, opens the WebSocket with
its cookies and changes the Playground's steps a few times (Streamlit's protocol, as in
bench/load.py --clients protocol), then reconnects (a new WebSocket, as after a network blip)
and changes them once more. nginx names the replica that served each response (X-Replica) and
logs it with the session's sticky value; both must show one replica per session.

Needs nginx (apt-get install nginx). Without it these tests skip, except in CI (CI=true), where
they fail: scripts/test.sh installs it.
"""

from __future__ import annotations

import asyncio
import os
import random
import re
import time
import urllib.request
from collections import Counter, defaultdict
from http.cookiejar import CookieJar

import pytest

from bench.protocol import APP, ProtocolUser, steps_sequence
from deploy.run_local import nginx_binary, running

pytestmark = pytest.mark.deploy

SESSIONS = 60
CHANGES = 3  # steps changes on the first WebSocket; one more after the reconnect
THINK = (1.0, 3.0)  # s between changes, uniform
ARRIVAL = 10.0  # s over which the sessions open, uniform (a class logging in)
TIMEOUT = 60.0  # s for one script run, under a busy CI machine
LOG_LINE = re.compile(
    r'"(?P<request>[^"]*)" (?P<status>\d+) upstream=(?P<up>\S+) sticky=(?P<key>\S+)'
)


def require_nginx() -> None:
    if nginx_binary() is None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("the deploy tests must run in CI; missing: nginx (apt-get install nginx)")
        pytest.skip("missing: nginx (apt-get install nginx)")


@pytest.fixture(scope="module")
def deployment():
    require_nginx()
    with running(replicas=2) as started:
        yield started


class Session:
    """One browser: a cookie jar, its page's HTTP requests and its WebSocket sessions."""

    def __init__(self, uid: int, base: str) -> None:
        self.uid = uid
        self.base = base
        self.jar = CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.replicas: list[str] = []  # X-Replica of every response, the handshakes' included
        self.errors: list[str] = []

    def get(self, path: str) -> None:
        with self.opener.open(self.base + path, timeout=TIMEOUT) as response:
            response.read()
            self.replicas.append(response.headers.get("X-Replica", "none"))

    def cookies(self) -> dict[str, str]:
        return {cookie.name: cookie.value for cookie in self.jar}

    async def websocket(self, changes: int, steps, rng: random.Random) -> None:
        user = ProtocolUser(self.uid, self.base, APP)
        user.headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies().items())}
        await user.open(TIMEOUT)
        self.replicas.append(user.socket.response.headers.get("X-Replica", "none"))
        try:
            for _ in range(changes):
                await asyncio.sleep(rng.uniform(*THINK))
                await user.change(next(steps), TIMEOUT)
        finally:
            await user.close()
        self.errors += [f"{kind} x{n}" for kind, n in user.errors.items()]

    async def run(self, full: bool = True) -> None:
        """The whole visit, or (``full`` False) the page's requests and one WebSocket only."""
        rng = random.Random(self.uid)
        steps = steps_sequence()
        try:
            if full:
                await asyncio.sleep(rng.uniform(0, ARRIVAL))
            await asyncio.to_thread(self.get, f"/{APP.path}?surface=rosenbrock")
            for path in ("/_stcore/health", "/_stcore/host-config"):
                await asyncio.to_thread(self.get, path)
            await self.websocket(CHANGES if full else 0, steps, rng)
            if full:
                await self.websocket(1, steps, rng)  # the reconnect
        except Exception as error:  # any failure is the session's error
            self.errors.append(f"{type(error).__name__}: {error}")


def drive(base: str, count: int, full: bool = True) -> list[Session]:
    sessions = [Session(uid, base) for uid in range(count)]

    async def all_sessions() -> None:
        await asyncio.gather(*(session.run(full) for session in sessions))

    asyncio.run(all_sessions())
    return sessions


def log_lines(deployment, websockets: int) -> list[dict[str, str]]:
    """nginx's access log, once it holds ``websockets`` WebSocket lines (nginx writes one when
    the connection ends, which may trail the client's close a little)."""
    deadline = time.monotonic() + 10
    while True:
        text = deployment.access_log.read_text()
        lines = [match.groupdict() for match in LOG_LINE.finditer(text)]
        if sum(line["status"] == "101" for line in lines) >= websockets:
            return lines
        if time.monotonic() > deadline:
            return lines  # the assertions say what is missing
        time.sleep(0.1)


def test_60_sessions_stick_to_one_replica_each_and_use_both(deployment):
    sessions = drive(deployment.base, SESSIONS)

    errors = {session.uid: session.errors for session in sessions if session.errors}
    assert not errors, f"sessions with errors: {errors}"

    # the responses' X-Replica: one replica per session, over its 3 HTTP requests and 2 sockets
    mixed = {s.uid: s.replicas for s in sessions if len(set(s.replicas)) != 1}
    assert not mixed, f"sessions served by more than one replica: {mixed}"
    assert all(len(session.replicas) == 5 for session in sessions)
    per_replica = Counter(session.replicas[0] for session in sessions)
    replicas = {address.removeprefix("http://") for address in deployment.replicas}
    assert set(per_replica) == replicas, f"sessions per replica: {per_replica}"
    assert min(per_replica.values()) >= SESSIONS // 5, f"unbalanced: {per_replica}"

    # nginx's own log (a WebSocket is logged when it closes): the same, keyed by the cookie
    by_key = defaultdict(list)
    for line in log_lines(deployment, 2 * SESSIONS):
        by_key[line["key"]].append(line)
    for session in sessions:
        lines = by_key.pop(session.cookies()["lab_replica"])
        assert {line["up"] for line in lines} == {session.replicas[0]}
        assert len(lines) == 5 and sum(line["status"] == "101" for line in lines) == 2
    # only the start-up's health checks are left, each its own key (no cookie)
    assert all(
        len(lines) == 1 and "/_stcore/health" in lines[0]["request"] for lines in by_key.values()
    )


def test_without_the_sticky_hash_the_same_checks_fail(deployment):
    """The control: the same replicas behind nginx with the hash line removed (round robin)
    mix replicas within a session, and the checks above see it."""
    with running(existing=deployment.replicas, sticky=False) as round_robin:
        sessions = [session for _ in range(4) for session in drive(round_robin.base, 1, False)]
    assert not [session.errors for session in sessions if session.errors]
    assert all(len(set(session.replicas)) == 2 for session in sessions)
