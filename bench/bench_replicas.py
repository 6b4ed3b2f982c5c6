"""How many sessions a replica holds: 1, 30 and 60 protocol sessions on the Playground through
nginx, to 1 and to 2 replicas (deploy/run_local.py), changing the number of steps.

    python bench/bench_replicas.py                       # --replicas 1 2 --sessions 1 30 60
    python bench/bench_replicas.py --reference           # also the minimal page, same load

Each session is a bare WebSocket client (bench/protocol.py, as bench/load.py --clients protocol):
it loads the page through nginx for its sticky cookie, opens the WebSocket with it, and, once
all are open, changes the steps every --think seconds (uniform 0.5x to 1.5x, seeded; the first
change at a random moment within one pause, not all at once) for --seconds. The time runs from
the rerun request to the new figure's message (the server's time, no drawing; the clients run on
the same cores). A level holds when it has no error and its p95 is at most 2x the 1-session p50
(issue 8's goal for one server). --reference runs the same levels on the minimal page
(bench/load_reference_page.py): what Streamlit itself allows on this machine.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sys
import time
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.appserver import cpu_seconds, machine_busy_seconds  # noqa: E402
from bench.protocol import APP, REFERENCE, ProtocolUser, Target, p50, p95, steps_sequence  # noqa: E402
from deploy.run_local import running  # noqa: E402

GOAL = 2.0
CORES = os.cpu_count() or 1


def sticky_cookie(base: str, path: str) -> str:
    """The page's first request, as a browser makes it: the cookies it hands out."""
    jar = CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    with opener.open(f"{base}/{path}", timeout=60) as response:
        response.read()
    return "; ".join(f"{cookie.name}={cookie.value}" for cookie in jar)


async def session(user: ProtocolUser, barrier: asyncio.Barrier, args) -> None:
    opened = False
    try:
        cookie = await asyncio.to_thread(sticky_cookie, user.base, user.target.path)
        user.headers = {"Cookie": cookie}
        await user.open(args.timeout)
        opened = True
    except Exception:  # a session that cannot open: an error of its level
        user.error("open")
    await barrier.wait()  # all open: from here they change the steps together
    if not opened:
        return
    rng, stop_at = random.Random(user.uid), time.monotonic() + args.seconds
    try:
        # students do not click in step: each starts at its own moment within one pause
        await asyncio.sleep(args.think * rng.uniform(0, 1))
        for steps in steps_sequence():
            if time.monotonic() >= stop_at:
                return
            try:
                figure_ms, end_ms = await user.change(steps, args.timeout)
            except TimeoutError:
                user.error("timeout")
                continue
            user.times[0].append(figure_ms)
            user.times[1].append(end_ms)
            await asyncio.sleep(args.think * rng.uniform(0.5, 1.5))
    except Exception:  # a dropped connection, a failed reopen
        user.error("disconnected")
    finally:
        await user.close()


async def level(base: str, target: Target, count: int, first_uid: int, pids, args):
    users = [ProtocolUser(first_uid + i, base, target) for i in range(count)]
    barrier = asyncio.Barrier(count + 1)
    tasks = [asyncio.create_task(session(user, barrier, args)) for user in users]
    await barrier.wait()

    def cpu():
        replicas = sum(cpu_seconds(pid) for pid in pids)
        return replicas, cpu_seconds(os.getpid()), machine_busy_seconds()

    before, start = cpu(), time.monotonic()
    await asyncio.gather(*tasks)
    wall = time.monotonic() - start
    replicas, mine, machine = (b - a for a, b in zip(before, cpu(), strict=True))
    times = [t for user in users for t in user.times[0]]
    errors: dict[str, int] = {}
    for user in users:
        for kind, n in user.errors.items():
            errors[kind] = errors.get(kind, 0) + n
    # cores: the replicas, this script (the clients), the rest of the machine
    cores = (replicas / wall, (mine - replicas) / wall, max(machine - mine, 0.0) / wall)
    return times, errors, cores


async def run_target(target: Target, args) -> list[tuple]:
    rows, uid = [], 0
    for replicas in args.replicas:
        with running(replicas, script=target.script) as deployment:
            pids = deployment.pids
            warm = argparse.Namespace(**{**vars(args), "seconds": 3.0})
            await level(deployment.base, target, replicas * 2, 10_000 + uid, pids, warm)
            for count in args.sessions:
                times, errors, cores = await level(deployment.base, target, count, uid, pids, args)
                uid += count
                rows.append((replicas, count, times, errors, cores))
                print(
                    f"  {target.script}, {replicas} replica(s), {count} sessions:"
                    f" {len(times)} changes, p50 {p50(times):.0f} ms, p95 {p95(times):.0f} ms,"
                    f" errors {errors}",
                    flush=True,
                )
    return rows


def report(name: str, rows: list[tuple]) -> None:
    print(f"\n{name}: from the rerun request to the new figure's message")
    print(
        f"{'replicas':>8} {'sessions':>8} {'changes':>7} {'errors':>6} {'p50 ms':>7}"
        f" {'p95 ms':>7} {'p95/p50(1)':>10} ≤2x?   cores: replicas clients other"
    )
    for replicas, count, times, errors, cores in rows:
        single = next(r[2] for r in rows if r[0] == replicas and r[1] == min(a[1] for a in rows))
        ratio = p95(times) / p50(single)
        holds = "yes" if not errors and ratio <= GOAL else "no"
        print(
            f"{replicas:>8} {count:>8} {len(times):>7} {sum(errors.values()):>6}"
            f" {p50(times):>7.0f} {p95(times):>7.0f} {ratio:>10.2f}  {holds:>5}"
            f" {'':>8}{cores[0]:>8.2f} {cores[1]:>7.2f} {cores[2]:>5.2f}"
        )
        if errors:
            print(f"{'':>17} errors: {errors}")


async def main_async(args) -> int:
    results = {"THE APP (/playground)": await run_target(APP, args)}
    if args.reference:
        results["THE REFERENCE (minimal page)"] = await run_target(REFERENCE, args)
    print(
        f"\n{args.seconds:g} s of changes per level, think {args.think:g} s (x0.5 to x1.5);"
        f" replicas, nginx and the clients share this machine's {CORES} cores"
        " ('other' = the rest of the machine: high means disturbed)"
    )
    for name, rows in results.items():
        report(name, rows)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--replicas", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--sessions", type=int, nargs="+", default=[1, 30, 60])
    parser.add_argument("--seconds", type=float, default=20.0, help="changing time per level")
    parser.add_argument("--think", type=float, default=3.0, help="mean pause between changes, s")
    parser.add_argument("--timeout", type=float, default=30.0, help="per change, s")
    parser.add_argument("--reference", action="store_true", help="also the minimal page")
    return asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    sys.exit(main())
