"""Replicas of the app behind Debian's nginx, without Docker and without root: for a school
without containers, and for tests/test_deploy.py and bench/bench_replicas.py.

    python deploy/run_local.py                      # 2 replicas, http://<this computer>:8080
    python deploy/run_local.py --replicas 3 --port 80 --address 0.0.0.0

Starts N `streamlit run app.py` on free local ports (127.0.0.1 only), writes deploy/nginx.conf
with those ports into a temporary folder that also holds nginx's pid, logs and buffers
(`nginx -p <folder>`), starts nginx in the foreground, waits until every replica and nginx
answer /_stcore/health, and stops everything on Ctrl-C. nginx: `apt-get install nginx`.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.appserver import free_port, spawn, stop, wait_healthy  # noqa: E402

TEMPLATE = Path(__file__).with_name("nginx.conf")


def nginx_binary() -> str | None:
    """Debian's nginx (in /usr/sbin, which a user's PATH may lack), or None."""
    found = shutil.which("nginx") or "/usr/sbin/nginx"
    return found if os.access(found, os.X_OK) else None


def substitute(text: str, pattern: str, replacement: str) -> str:
    """``text`` with the one line matching ``pattern`` replaced; an error if it is not there
    exactly once (the template changed under this script)."""
    new, count = re.subn(pattern, replacement, text, flags=re.MULTILINE)
    if count != 1:
        raise ValueError(f"deploy/nginx.conf: expected one line matching {pattern!r}")
    return new


def render_config(
    template: str, ports: list[int], listen: str, folder: Path, *, sticky: bool = True
) -> str:
    """deploy/nginx.conf for replicas on 127.0.0.1:``ports``, nginx on ``listen``
    (host:port), its files in ``folder``; ``sticky=False`` drops the hash (round robin: only
    for showing that the tests see the difference)."""
    servers = "".join(f"        server 127.0.0.1:{port};\n" for port in ports)
    text = substitute(template, r"^\s*server app:8501;\n", servers)
    text = substitute(text, r"^(\s*)listen 80;", rf"\1listen {listen};")
    text = substitute(text, r"^(\s*)access_log \S+", rf"\1access_log {folder / 'access.log'}")
    temp_paths = "".join(
        f"    {kind}_temp_path {folder / kind};\n"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    text = substitute(text, r"^http \{\n", "http {\n" + temp_paths)
    text = substitute(text, r"^worker_processes auto;", "worker_processes 1;")
    main = f"pid {folder / 'nginx.pid'};\nerror_log {folder / 'error.log'} warn;\n"
    if not sticky:
        text = substitute(text, r"^\s*hash \$lab_sticky consistent;\n", "")
    return main + text


@dataclass
class Deployment:
    base: str  # nginx's address, http://host:port
    replicas: list[str]  # each replica's own address
    folder: Path  # nginx.conf, access.log, error.log, replica-<i>.log
    pids: list[int]  # the replicas' processes (none when they were already running)

    @property
    def access_log(self) -> Path:
        return self.folder / "access.log"


@contextlib.contextmanager
def running(
    replicas: int = 2,
    port: int | None = None,
    address: str = "127.0.0.1",
    *,
    sticky: bool = True,
    script: str = "app.py",
    existing: list[str] | None = None,
    timeout: float = 90.0,
) -> Iterator[Deployment]:
    """N started, healthy replicas of ``script`` behind a started nginx on ``address``:``port``
    (a free port by default); all stopped on exit. ``existing`` (replica addresses) puts nginx
    in front of replicas already running instead of starting new ones."""
    nginx = nginx_binary()
    if nginx is None:
        raise FileNotFoundError("nginx not found: apt-get install nginx")
    port = port or free_port()
    folder = Path(tempfile.mkdtemp(prefix="lab-nginx-"))
    folder.chmod(0o755)  # nginx started as root runs its workers as nobody
    processes: list[subprocess.Popen] = []
    logs = []
    try:
        if existing is None:
            ports = [free_port() for _ in range(replicas)]
            for i, replica_port in enumerate(ports):
                logs.append(open(folder / f"replica-{i}.log", "w"))
                processes.append(spawn(replica_port, logs[-1], script=script, address="127.0.0.1"))
            addresses = [f"http://127.0.0.1:{p}" for p in ports]
        else:
            addresses = existing
            ports = [int(a.rsplit(":", 1)[1]) for a in addresses]
        config = folder / "nginx.conf"
        config.write_text(
            render_config(TEMPLATE.read_text(), ports, f"{address}:{port}", folder, sticky=sticky)
        )
        command = [nginx, "-p", str(folder), "-e", str(folder / "error.log"), "-c", str(config)]
        subprocess.run([*command, "-t", "-q"], check=True)
        processes.append(subprocess.Popen([*command, "-g", "daemon off;"]))
        host = "127.0.0.1" if address in ("0.0.0.0", "") else address
        pids = [process.pid for process in processes[:-1]]
        deployment = Deployment(f"http://{host}:{port}", addresses, folder, pids)
        deadline = time.monotonic() + timeout
        for replica in [*addresses, deployment.base]:
            wait_healthy(replica, timeout=max(deadline - time.monotonic(), 1.0))
        yield deployment
    finally:
        for process in reversed(processes):  # nginx first
            stop(process)
        for log in logs:
            log.close()
        shutil.rmtree(folder, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--replicas", type=int, default=2)
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--address", default="0.0.0.0", help="where nginx listens")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # stop everything as on Ctrl-C
    signal.signal(signal.SIGINT, signal.default_int_handler)  # even when started with it ignored
    with running(args.replicas, args.port, args.address) as deployment:
        print(
            f"{args.replicas} replicas ({', '.join(deployment.replicas)}) behind nginx on"
            f" {args.address}:{args.port}; files in {deployment.folder}. Ctrl-C stops all.",
            flush=True,
        )
        with contextlib.suppress(KeyboardInterrupt):
            while True:
                time.sleep(3600)
    return 0


if __name__ == "__main__":
    sys.exit(main())
