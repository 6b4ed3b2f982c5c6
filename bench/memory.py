"""The server's memory over 300 distinct links: `streamlit run app.py` visited by Chromium
(Playwright), one link after another, each waited for until its first figure is drawn and its
script has finished.

    python bench/memory.py                  # --links 300 --every 50

The links mix the pages (a seeded draw, shuffled): the Playground (optimizer, η, steps, surface,
start point), Compare (race, sweep and swarm, optimizers=a,b,…), Linear regression (optimizer, η,
batch size, decay, steps), Neural network (6 small trainings: 1 to 3 epochs) and Theory
(optimizer, sequence, γ). Each link is opened as a new page load, as a shared link would be: a new
session each time (Streamlit keeps a closed session for server.disconnectedSessionTTL, 120 s).
Memory is VmRSS from /proc/<pid>/status summed over the server and its children, at the start,
after every --every links and at the end; then once more after --settle idle seconds (the closed
sessions expired), and the caches' sizes from /_stcore/metrics.

Goal (issue 8): <= 600 MB at the end.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from appserver import BROWSER_FLAGS, CHROMIUM, rss_mb, running_server
from playwright.sync_api import Page, sync_playwright

from optim_core import OPTIMIZERS, SURFACES
from optim_core.hyperparameters import LR_GRID

GOAL_MB = 600.0
OPTIMIZER_NAMES = list(OPTIMIZERS)
SEQUENCES = ("constant", "decaying", "burst", "noise")
# the first figure drawn and the script finished (Streamlit marks its state on the app's root)
DONE = """() => document.querySelector('.js-plotly-plot') !== null
    && document.querySelector('[data-testid="stApp"]')
        ?.getAttribute('data-test-script-state') === 'notRunning'"""
EXCEPTION = '[data-testid="stException"]'


def link(page: str, **params) -> str:
    return f"/{page}?" + urlencode(params, safe=",")


def playground(rng: random.Random) -> str:
    surface = rng.choice(list(SURFACES))
    (x_min, x_max), (y_min, y_max) = SURFACES[surface].domain
    return link(
        "playground",
        surface=surface,
        optimizer=rng.choice(OPTIMIZER_NAMES),
        lr=rng.choice([v for v in LR_GRID if 1e-3 <= v <= 0.5]),
        steps=rng.choice((20, 50, 100, 150, 200, 300, 500, 1000)),
        x0=round(rng.uniform(x_min, x_max), 2),
        y0=round(rng.uniform(y_min, y_max), 2),
    )


def compare(rng: random.Random) -> str:
    mode = rng.choice(("race", "race", "sweep", "swarm"))
    params: dict[str, object] = {"mode": mode, "surface": rng.choice(list(SURFACES))}
    if mode == "race":
        params["optimizers"] = ",".join(rng.sample(OPTIMIZER_NAMES, rng.randint(2, 4)))
        params["steps"] = rng.choice((50, 100, 200, 300))
    elif mode == "sweep":
        params["optimizer"] = rng.choice(OPTIMIZER_NAMES)
        params["sweep_param"] = rng.choice(("lr", "convention"))
        params["steps"] = rng.choice((50, 100, 200))
    else:
        params["optimizers"] = ",".join(rng.sample(OPTIMIZER_NAMES, rng.randint(1, 2)))
        params["grid"] = rng.choice((20, 30, 40, 50))
        params["steps"] = rng.choice((50, 100))
        params["swarm_map"] = rng.choice(("final_gap", "basin", "steps"))
    return link("compare", **params)


def linear_regression(rng: random.Random) -> str:
    return link(
        "linear_regression",
        optimizer=rng.choice(OPTIMIZER_NAMES),
        lr=rng.choice([v for v in LR_GRID if 1e-3 <= v <= 1]),
        batch_size=rng.choice((5, 10, 20, 50, 100)),
        decay=rng.choice((0.99, 0.999, 1.0)),
        steps=rng.choice((100, 200, 500, 1000)),
    )


def theory(rng: random.Random) -> str:
    return link(
        "theory",
        optimizer=rng.choice(OPTIMIZER_NAMES),
        sequence=rng.choice(SEQUENCES),
        gamma=rng.choice((0.5, 0.8, 0.9, 0.95, 0.99)),
    )


NETWORKS = [  # few and small: this page trains
    link("neural_network", epochs=epochs, optimizers=optimizers, hidden=hidden)
    for epochs, optimizers, hidden in (
        (1, "rmsprop", 64),
        (2, "sgd,adam", 64),
        (3, "adam", 128),
        (1, "momentum,rmsprop", 128),
        (2, "adagrad", 256),
        (3, "sgd", 64),
    )
]
MIX = ((playground, 150), (compare, 80), (linear_regression, 40), (theory, 24))


def links(count: int, seed: int = 8) -> list[str]:
    """``count`` distinct links in the proportions of MIX plus the networks, shuffled."""
    rng = random.Random(seed)
    chosen = list(NETWORKS)
    total = sum(n for _, n in MIX)
    for make, share in MIX:
        wanted = round(share * (count - len(NETWORKS)) / total)
        mine: set[str] = set()
        while len(mine) < wanted:
            mine.add(make(rng))
        chosen += sorted(mine)
    rng.shuffle(chosen)
    return chosen[:count]


def visit(page: Page, url: str, timeout_s: float) -> tuple[float, str | None]:
    """Open ``url``, wait until done: the seconds taken and an error (None when fine)."""
    start = time.monotonic()
    try:
        page.goto(url)
        page.wait_for_function(DONE, polling=50, timeout=timeout_s * 1e3)
    except Exception as error:  # a timeout or a navigation failure: count it, go on
        return time.monotonic() - start, type(error).__name__
    if page.locator(EXCEPTION).count():
        return time.monotonic() - start, "exception"
    return time.monotonic() - start, None


def cache_sizes(base: str) -> dict[str, float]:
    """st.cache_data sizes (bytes) by function, from the server's metrics endpoint."""
    text = urllib.request.urlopen(base + "/_stcore/metrics", timeout=10).read().decode()
    pattern = r'cache_memory_bytes\{cache_type="(\w+)",cache="([^"]*)"\} (\S+)'
    return {f"{kind}:{name}": float(v) for kind, name, v in re.findall(pattern, text)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--links", type=int, default=300)
    parser.add_argument("--every", type=int, default=50)
    parser.add_argument("--timeout", type=float, default=90.0, help="per link, s")
    parser.add_argument(
        "--settle", type=float, default=150.0, help="idle wait after the links, then RSS again, s"
    )
    args = parser.parse_args()

    todo = links(args.links)
    pages = sorted({url.split("?")[0] for url in todo})
    print(f"{len(todo)} distinct links: " + ", ".join(
        f"{p} {sum(u.startswith(p + '?') for u in todo)}" for p in pages
    ))  # fmt: skip
    errors: list[tuple[str, str]] = []
    with running_server() as (base, server), sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=BROWSER_FLAGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.on("pageerror", lambda error: errors.append(("page error", str(error)[:80])))
        print(f"{'links':>5} {'RSS MB':>7} {'s/link':>7}")
        print(f"{0:>5} {rss_mb(server.pid):>7.0f} {'':>7}")
        since, times = 0, []
        for done, url in enumerate(todo, start=1):
            seconds, error = visit(page, base + url, args.timeout)
            times.append((seconds, url))
            if error:
                errors.append((error, url))
            if done % args.every == 0 or done == len(todo):
                spent = sum(t for t, _ in times[since:]) / (done - since)
                print(f"{done:>5} {rss_mb(server.pid):>7.0f} {spent:>7.2f}", flush=True)
                since = done
        final = rss_mb(server.pid)
        sizes = cache_sizes(base)
        browser.close()  # the last session disconnects too
        if args.settle:
            time.sleep(args.settle)
            print(f"{'+' + format(args.settle, 'g') + ' s':>5} {rss_mb(server.pid):>7.0f}"
                  "  (idle, closed sessions past their TTL)")  # fmt: skip

    print("\ncaches (bytes reported by /_stcore/metrics; resources count entries, not bytes):")
    for name, size in sorted(sizes.items(), key=lambda item: -item[1]):
        print(f"  {name:<45} {size:>12,.0f}")
    print("slowest links:")
    for seconds, url in sorted(times, reverse=True)[:5]:
        print(f"  {seconds:6.1f} s  {url}")
    print(f"errors: {len(errors)}")
    for kind, where in errors[:10]:
        print(f"  {kind}: {where}")
    ok = final <= GOAL_MB and not errors
    print(
        f"goal: RSS <= {GOAL_MB:.0f} MB after {len(todo)} links: {final:.0f} MB"
        f"{', with errors' if errors else ''} -> {'OK' if ok else 'MISSED'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
