"""Queries run in worker processes, so that one running too long can be stopped.

A running pyoxigraph query ignores signals and has no timeout of its own, so the time limit
is kept from outside: each request goes to an idle worker process; if the worker has not
answered within the limit it is killed (``SIGKILL``) and a fresh one takes its place.

Each worker opens the store itself: read-only (many readers of the embedded store, which
``kg load`` may write meanwhile; a worker re-opens it every ``refresh`` seconds to see new
articles) or, when updates are allowed, one read-write worker. A worker writes the answer
in the format asked for, so that big results cross the process boundary as bytes.
"""
from __future__ import annotations

import multiprocessing as mp
import queue
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..config import Settings

__all__ = ["Answer", "WorkerPool", "GRAPH_FORMATS"]

#: format name -> (rdflib serializer, media type) for CONSTRUCT and DESCRIBE answers
GRAPH_FORMATS: dict[str, tuple[str, str]] = {
    "turtle": ("turtle", "text/turtle"),
    "ntriples": ("nt", "application/n-triples"),
    "rdfxml": ("xml", "application/rdf+xml"),
    "jsonld": ("json-ld", "application/ld+json"),
}


@dataclass
class Answer:
    """What a worker sends back."""

    status: int
    content_type: str
    body: bytes
    rows: int = 0
    truncated: bool = False
    seconds: float = 0.0


def _limit_memory(limit: int | None) -> None:
    """Cap this process's data (heap and private mappings, ``RLIMIT_DATA``) at ``limit`` bytes.

    Mapped store files do not count; a query that needs more fails its allocation
    (Python: MemoryError; Oxigraph: the process aborts) instead of taking the machine.
    """
    if not limit:
        return
    try:
        import resource
    except ImportError:  # not on this system: no cap
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))


def _work(
    conn: Connection, spec: str, settings: "Settings", read_only: bool, refresh: float, memory_limit: int | None = None
) -> None:
    """A worker's loop: receive (kind, text, format, max_rows), answer, until the pipe closes."""
    import io
    import signal

    _limit_memory(memory_limit)

    from ..errors import KGError, QueryError
    from ..query.format import MEDIA_TYPES, write_result
    from ..store import open_store

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    store = None
    opened = 0.0
    while True:
        try:
            kind, text, fmt, max_rows = conn.recv()
        except (EOFError, OSError):
            break
        t0 = time.perf_counter()
        try:
            if store is not None and read_only and refresh > 0 and time.monotonic() - opened > refresh:
                store.close()
                store = None
            if store is None:
                store = open_store(spec, settings, read_only=read_only)
                opened = time.monotonic()
            if kind == "update":
                store.update(text)
                answer = Answer(204, "text/plain", b"")
            else:
                res = store.query(text, max_rows=max_rows)
                if res.kind == "graph":
                    assert res.graph is not None
                    rdflib_fmt, media = GRAPH_FORMATS[fmt]
                    body = res.graph.serialize(format=rdflib_fmt, encoding="utf-8")
                    answer = Answer(200, media, body, len(res.graph), res.truncated)
                else:
                    buf = io.StringIO()
                    write_result(res, fmt, buf)
                    media = MEDIA_TYPES[fmt] + "; charset=utf-8"
                    answer = Answer(200, media, buf.getvalue().encode("utf-8"), len(res), res.truncated)
        except QueryError as exc:
            answer = Answer(400, "text/plain; charset=utf-8", str(exc).encode("utf-8"))
        except MemoryError:
            res = None  # let go of what the query held
            answer = Answer(503, "text/plain; charset=utf-8", _memory_message(memory_limit))
        except KGError as exc:
            answer = Answer(500, "text/plain; charset=utf-8", str(exc).encode("utf-8"))
        except Exception as exc:  # a worker must answer whatever happens
            answer = Answer(500, "text/plain; charset=utf-8", f"{type(exc).__name__}: {exc}".encode("utf-8"))
        answer.seconds = time.perf_counter() - t0
        try:
            conn.send(answer)
        except (BrokenPipeError, OSError):
            break
    if store is not None:
        store.close()


def _memory_message(limit: int | None) -> bytes:
    return (
        f"the query needed more memory than a query worker may use ({(limit or 0) // 1_000_000:,} MB): make it "
        "more selective (bind a variable, add LIMIT) or run it on your own copy with kg query"
    ).encode("utf-8")


class _Worker:
    def __init__(
        self, ctx: Any, spec: str, settings: "Settings", read_only: bool, refresh: float, memory_limit: int | None = None
    ) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(
            target=_work,
            args=(child, spec, settings, read_only, refresh, memory_limit),
            daemon=True,
            name="kg-serve-worker",
        )
        self.process.start()
        child.close()

    def stop(self, *, kill: bool = False) -> None:
        try:
            self.conn.close()
        except OSError:
            pass
        if kill and self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(timeout=5)


class WorkerPool:
    """``size`` worker processes; :meth:`run` gives a request to an idle one, within ``time_limit``."""

    def __init__(
        self,
        spec: str,
        settings: "Settings",
        *,
        size: int = 2,
        time_limit: float = 30.0,
        read_only: bool = True,
        refresh: float = 10.0,
        memory_limit: int | None = None,
    ) -> None:
        self.spec, self.settings, self.read_only, self.refresh = spec, settings, read_only, refresh
        self.memory_limit = memory_limit
        self.time_limit = time_limit
        self._ctx = mp.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._lock = threading.Lock()
        self._closed = False
        self.killed = 0
        for _ in range(size):
            self._idle.put(self._start())

    def _start(self) -> _Worker:
        return _Worker(self._ctx, self.spec, self.settings, self.read_only, self.refresh, self.memory_limit)

    def run(self, kind: str, text: str, fmt: str, max_rows: int | None, *, wait: float | None = None) -> Answer:
        """Run one request; a 503 answer when it outlasts the time limit or no worker frees up."""
        wait = self.time_limit if wait is None else wait
        try:
            worker = self._idle.get(timeout=wait)
        except queue.Empty:
            return Answer(503, "text/plain; charset=utf-8", b"the endpoint is busy: every worker is running a query; try again")
        t0 = time.perf_counter()
        timed_out = False
        try:
            worker.conn.send((kind, text, fmt, max_rows))
            if worker.conn.poll(self.time_limit):
                answer: Answer = worker.conn.recv()
                self._idle.put(worker)
                return answer
            timed_out = True
        except (EOFError, OSError):
            pass  # the worker died
        worker.stop(kill=True)
        self.killed += 1
        if not self._closed:
            self._idle.put(self._start())
        elapsed = time.perf_counter() - t0
        if not timed_out:
            if self.memory_limit:  # an allocation over the cap aborts Oxigraph's process
                return Answer(503, "text/plain; charset=utf-8", _memory_message(self.memory_limit) +
                              b" (the query worker stopped; it was restarted)", seconds=elapsed)
            return Answer(500, "text/plain; charset=utf-8", b"the query worker stopped unexpectedly; try again", seconds=elapsed)
        message = (
            f"the query was stopped after {elapsed:.1f} s: the time limit is {self.time_limit:g} s. "
            "Make it more selective (bind a variable, add LIMIT) or run it on your own copy with kg query"
        )
        return Answer(503, "text/plain; charset=utf-8", message.encode("utf-8"), seconds=elapsed)

    def close(self) -> None:
        self._closed = True
        while True:
            try:
                self._idle.get_nowait().stop()
            except queue.Empty:
                break
