"""`kg serve` started for real (the CLI, in a subprocess) over an embedded store holding the seed."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Endpoint:
    url: str  # the page, ending in /
    proc: subprocess.Popen
    log: list[str] = field(default_factory=list)

    @property
    def sparql(self) -> str:
        return self.url + "sparql"


def start_serve(store: Path, *args: str, env: dict[str, str] | None = None) -> Endpoint:
    """``python -m kg serve --store STORE --port 0 ARGS…``, once it listens."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", "0", *args],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
    )
    log: list[str] = []
    deadline = time.monotonic() + 60
    assert proc.stderr is not None
    url = None
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line:
            break
        log.append(line)
        if "serving" in line and " at " in line:
            url = line.split(" at ", 1)[1].split(" ", 1)[0]
            break
    if url is None:
        proc.kill()
        raise RuntimeError("kg serve did not start:\n" + "".join(log))

    def drain() -> None:
        for line in proc.stderr:  # type: ignore[union-attr]
            log.append(line)

    threading.Thread(target=drain, daemon=True).start()
    return Endpoint(url, proc, log)


def stop(endpoint: Endpoint) -> None:
    endpoint.proc.terminate()
    try:
        endpoint.proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        endpoint.proc.kill()


@pytest.fixture(scope="session")
def seed_store_dir(tmp_path_factory, seed_rdf, settings):
    """An embedded store on disk holding the seed article (closed, ready to serve)."""
    from kg.store import open_store

    path = tmp_path_factory.mktemp("serve") / "store"
    with open_store(str(path), settings) as store:
        store.put_article(seed_rdf)
        quads = len(store)
    path.joinpath(".quads").write_text(str(quads))
    return path


@pytest.fixture(scope="session")
def endpoint(seed_store_dir):
    """A read-only endpoint: 2 s time limit, 50-row cap, 20 kB requests."""
    ep = start_serve(seed_store_dir, "--time-limit", "2", "--max-rows", "50", "--max-request", "20000", "--quiet")
    yield ep
    stop(ep)


class Listener:
    """A loopback TCP listener that records every connection (a URL the endpoint must not fetch)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections: list[bytes] = []
        self._stop = False
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/sparql"

    def _run(self) -> None:
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            conn.settimeout(1)
            try:
                self.connections.append(conn.recv(65536) or b"<connected>")
            except OSError:
                self.connections.append(b"<connected>")
            conn.close()

    def close(self) -> None:
        self._stop = True
        self.thread.join(timeout=2)
        self.sock.close()


@pytest.fixture()
def listener():
    lst = Listener()
    yield lst
    lst.close()
