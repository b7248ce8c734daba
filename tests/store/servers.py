"""Start real SPARQL servers on free loopback ports, in folders of their own.

Used by the store tests (session fixtures in ``tests/store/conftest.py``) and by
``bench/bench_store.py``:

* the **Oxigraph server** (PyPI ``oxigraph``): ``oxigraph serve --location DIR --bind
  127.0.0.1:PORT --union-default-graph``; endpoints ``/query``, ``/update``, ``/store``;
* **OpenLink Virtuoso** (Debian ``virtuoso-opensource``): ``virtuoso-t`` with a
  ``virtuoso.ini`` written here (loopback ports only, its database in the folder), then
  ``GRANT SPARQL_UPDATE TO "SPARQL"`` through ``isql`` so that ``/sparql`` takes updates
  and ``/sparql-graph-crud`` takes Graph Store requests. The ``dba`` password is ``dba``
  (a fresh database's), for the digest-authenticated ``/sparql-auth``.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Server", "free_port", "find_binary", "start_oxigraph", "start_virtuoso", "ServerUnavailable"]


class ServerUnavailable(RuntimeError):
    """The server's program is not installed."""


@dataclass
class Server:
    """A running server: its query endpoint, the ``KG_STORE_*`` settings kg needs, its process."""

    name: str
    url: str
    env: dict[str, str]
    proc: subprocess.Popen
    workdir: Path
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def spec(self) -> str:
        return self.url

    def config(self, **overrides):  # type: ignore[no-untyped-def]
        from kg.store.remote import remote_config

        return remote_config(self.url, env=self.env, **overrides)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def find_binary(name: str) -> str | None:
    """``name`` next to this Python (a venv's bin/) or on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    return shutil.which(name)


def _wait_http(url: str, proc: subprocess.Popen, timeout: float, log: Path) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited with status {proc.returncode}; its log:\n{_tail(log)}")
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.2)
    proc.kill()
    raise RuntimeError(f"the server did not answer {url} within {timeout:g} s; its log:\n{_tail(log)}")


def _tail(path: Path, n: int = 30) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-n:])
    except OSError:
        return "(no log)"


def start_oxigraph(workdir: Path, *, port: int | None = None, timeout: float | None = None) -> Server:
    """``oxigraph serve`` with a store in ``workdir/data`` and the union default graph.

    ``timeout``: seconds a query may run on the server (``--timeout-s``).
    """
    binary = find_binary("oxigraph")
    if binary is None:
        raise ServerUnavailable("the oxigraph server is not installed (pip install oxigraph==0.5.13)")
    port = port or free_port()
    workdir.mkdir(parents=True, exist_ok=True)
    log = workdir / "oxigraph.log"
    proc = subprocess.Popen(
        [binary, "serve", "--location", str(workdir / "data"), "--bind", f"127.0.0.1:{port}", "--union-default-graph"]
        + (["--timeout-s", str(int(timeout))] if timeout else []),
        stdout=open(log, "wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    _wait_http(f"{base}/query?query=" + urllib.parse.quote("ASK {}"), proc, 60, log)
    env = {"KG_STORE_UPDATE": f"{base}/update", "KG_STORE_GSP": f"{base}/store"}
    return Server("oxigraph-server", f"{base}/query", env, proc, workdir)


_VIRTUOSO_INI = """\
[Database]
DatabaseFile       = {dir}/virtuoso.db
ErrorLogFile       = {dir}/virtuoso.log
LockFile           = {dir}/virtuoso.lck
TransactionFile    = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = {dir}/virtuoso-temp.db
TransactionFile    = {dir}/virtuoso-temp.trx

[Parameters]
ServerPort         = 127.0.0.1:{sql_port}
DisableUnixSocket  = 1
CheckpointInterval = 60
CaseMode           = 2
DirsAllowed        = ., {dir}
NumberOfBuffers    = {buffers}
MaxDirtyBuffers    = {dirty}
MaxQueryMem        = 1G

[HTTPServer]
ServerPort         = 127.0.0.1:{http_port}
ServerRoot         = {vsp}
ServerThreads      = 10
MaxClientConnections = 10
Charset            = UTF-8

[SPARQL]
ResultSetMaxRows           = 10000000
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime      = {timeout}
"""


def start_virtuoso(workdir: Path, *, buffers: int = 20000, timeout: float = 3600) -> Server:
    """``virtuoso-t`` with a fresh database in ``workdir``, updates granted to ``/sparql``.

    ``buffers``: 8 KB pages of cache (20000 ≈ 160 MB; Virtuoso's guide: ~2/3 of free RAM
    for big loads). ``timeout``: seconds a query may run (``MaxQueryExecutionTime``).
    """
    binary = find_binary("virtuoso-t")
    isql = find_binary("isql-vt") or find_binary("isql")
    if binary is None or isql is None:
        raise ServerUnavailable("Virtuoso is not installed (apt-get install virtuoso-opensource; see .ci/install-servers.sh)")
    vsp = next((p for p in ("/var/lib/virtuoso-opensource-7/vsp", "/usr/share/virtuoso-opensource-7/vsp") if Path(p).is_dir()), str(workdir))
    workdir.mkdir(parents=True, exist_ok=True)
    http_port, sql_port = free_port(), free_port()
    ini = workdir / "virtuoso.ini"
    ini.write_text(
        _VIRTUOSO_INI.format(
            dir=workdir, sql_port=sql_port, http_port=http_port, vsp=vsp, buffers=buffers, dirty=buffers * 3 // 4,
            timeout=int(timeout),
        )
    )
    log = workdir / "virtuoso.log"
    proc = subprocess.Popen(
        [binary, "+foreground", "+configfile", str(ini)],
        cwd=workdir,
        stdout=open(workdir / "virtuoso.out", "wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{http_port}"
    _wait_http(f"{base}/sparql?query=" + urllib.parse.quote("ASK {}"), proc, 120, log)
    grant = subprocess.run(
        [isql, f"127.0.0.1:{sql_port}", "dba", "dba", 'exec=GRANT SPARQL_UPDATE TO "SPARQL";'],
        capture_output=True,
        text=True,
        timeout=60,
    )
    if grant.returncode != 0 or "Error" in grant.stdout + grant.stderr:
        proc.kill()
        raise RuntimeError(f"could not grant SPARQL_UPDATE: {grant.stdout}{grant.stderr}")
    env = {"KG_STORE_GSP": f"{base}/sparql-graph-crud"}
    return Server(
        "virtuoso",
        f"{base}/sparql",
        env,
        proc,
        workdir,
        extra={"isql": isql, "sql_port": str(sql_port), "auth_url": f"{base}/sparql-auth", "base": base},
    )
