"""Run a function over items in forked worker processes: results in input order, memory bounded.

kg's pipeline cannot be sent to another process (spaCy's ``n_process`` fails on it:
"can not serialize 'KnowledgeBase' object"), so the workers are *forked* from a process
that has already loaded the model and its indexes: each worker starts with them in
memory, shared with the parent page by page until either writes to a page. Only the
items (articles) and the results (their RDF) travel, pickled, through a pipe per worker.

- **Order**: results come out in the order of the items, whatever order the workers
  finish in; the caller writes them as they come.
- **Bounded memory**: at most ``window`` items are read ahead of the result being handed
  out (in a worker, or done and waiting for an earlier one), and the next one, read before
  a worker is free for it, so memory does not grow with the number of items.
- **Isolation**: an exception in ``func`` is the caller's to catch (kg's per-article
  functions never raise for one article); a worker that *dies* (killed, out of memory, a
  crash in C code) costs only the item it held: ``on_crash(item, reason)`` gives that
  item's result, and a new worker is forked in its place.
- **Ctrl-C**: the workers ignore SIGINT; the parent gets it, stops them and raises.

With ``jobs`` 1, ``func`` runs in the calling process and nothing is forked.
"""
from __future__ import annotations

import gc
import signal
import warnings
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import KGError

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

__all__ = ["ordered_map", "WorkerDied", "default_window", "can_fork"]

T = TypeVar("T")
R = TypeVar("R")


class WorkerDied(KGError):
    """A worker process died while it held an item (and no ``on_crash`` was given)."""


def can_fork() -> bool:
    """Whether worker processes can be forked here (POSIX systems)."""
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def default_window(jobs: int) -> int:
    """Items in flight for ``jobs`` workers: two each (one being worked on, one waiting)."""
    return 2 * max(jobs, 1)


def ordered_map(
    func: Callable[[T], R],
    items: Iterable[T],
    *,
    jobs: int,
    window: int | None = None,
    on_crash: Callable[[T, str], R] | None = None,
) -> Iterator[R]:
    """``func(item)`` for every item, computed in ``jobs`` forked workers, yielded in input order.

    Parameters
    ----------
    func
        Called in a worker on one item. It is inherited through ``fork``, not pickled: a
        closure over loaded state is fine. Its result must pickle.
    items
        Read lazily, at most ``window`` (and one more, read ahead) ahead of the result yielded; each must pickle.
    jobs
        Worker processes; 1 (or less) runs ``func`` here, in this process.
    window
        Items in flight at most (default: :func:`default_window`).
    on_crash
        ``on_crash(item, reason)`` is the result of an item whose worker died; without it,
        :class:`WorkerDied` is raised.

    Examples
    --------
    >>> list(ordered_map(lambda n: n * n, range(6), jobs=2))
    [0, 1, 4, 9, 16, 25]
    """
    if jobs <= 1 or not can_fork():
        for item in items:
            yield func(item)
        return
    yield from _Pool(func, jobs, window or default_window(jobs), on_crash).run(iter(items))


_DONE = object()


def _worker(func: Callable[[Any], Any], conn: "Connection", others: list["Connection"]) -> None:
    """A worker's loop: receive an item, send back ``(True, result)`` or ``(False, error)``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops the workers
    for other in others:  # the parent's ends of the other workers' pipes: theirs to close, not ours
        other.close()
    while True:
        try:
            item = conn.recv()
        except EOFError:  # the parent is gone
            return
        if item is None:
            return
        try:
            message: tuple[bool, Any] = (True, func(item))
        except BaseException as exc:  # handed to the parent, which raises it
            message = (False, exc)
        try:
            conn.send(message)
        except Exception as exc:  # the result or the exception does not pickle
            conn.send((False, RuntimeError(f"a worker's result could not be sent back: {exc}")))


class _Pool:
    """The workers of one :func:`ordered_map` call (see there)."""

    def __init__(self, func: Callable[[Any], Any], jobs: int, window: int, on_crash: Callable[[Any, str], Any] | None):
        import multiprocessing

        self.ctx = multiprocessing.get_context("fork")
        self.func = func
        self.jobs = jobs
        self.window = max(window, jobs)
        self.on_crash = on_crash
        self.workers: dict["Connection", "BaseProcess"] = {}
        self.holding: dict["Connection", tuple[int, Any]] = {}  # worker -> (seq, item) it works on
        self.idle: list["Connection"] = []
        self.frozen_before: bool | None = None  # whether objects were frozen before the first worker was forked

    def _start_worker(self) -> None:
        parent_end, child_end = self.ctx.Pipe(duplex=True)
        others = [c for c in self.workers] + [parent_end]
        process = self.ctx.Process(target=_worker, args=(self.func, child_end, others), daemon=True)
        with warnings.catch_warnings():
            # Python warns when it forks a process that has threads (an embedded store's, say):
            # a lock one of them held would stay held in the child. The workers run kg's
            # extraction only and never touch what those threads serve.
            warnings.filterwarnings("ignore", "This process .* is multi-threaded", DeprecationWarning)
            # what is loaded now (the model, the indexes) is left out of the worker's garbage
            # collections, which would otherwise write to every page of it and so copy it
            # (what the parent had frozen before, the model and tables, stays frozen there too)
            # (whether anything was: asked once a pool, gc.get_freeze_count walks every frozen object,
            # ~237,000 of them once kg's tables are loaded, 15 ms, as long as a fork: not asked when
            # kg froze the model it loaded)
            if self.frozen_before is None:
                self.frozen_before = _kg_froze() or gc.get_freeze_count() > 0
            gc.freeze()
            try:
                process.start()  # flushes standard output first, so nothing written is written twice
            finally:
                if not self.frozen_before:
                    gc.unfreeze()
        child_end.close()
        self.workers[parent_end] = process
        self.idle.append(parent_end)

    def _stop(self, *, force: bool) -> None:
        """End the workers: ``force``, killed now; else told to stop, and waited for by a
        thread of their own, while the caller goes on with the results (a worker's exit,
        its memory given back page by page, took 20-100 ms, at the end of a load)."""
        for conn, process in self.workers.items():
            if force:
                process.terminate()
            else:
                try:
                    conn.send(None)
                except OSError:
                    pass
        processes = list(self.workers.values())
        for conn in self.workers:
            conn.close()
        self.workers.clear()
        if force:
            _reap(processes, timeout=5)
        else:
            import threading

            threading.Thread(target=_reap, args=(processes,), name="kg-workers-exit", daemon=True).start()

    def run(self, items: Iterator[Any]) -> Iterator[Any]:
        """The results in input order. A worker done with an item is given the next one
        before anything else: its result is received as bytes and unpickled after, and the
        next item was read before it was free (a load's next articles read from their files,
        asked for in the store and signed: ~1 ms an article, which the worker waited for)."""
        from multiprocessing.connection import wait
        from multiprocessing.reduction import ForkingPickler

        done: dict[int, Any] = {}
        arrived: list[tuple[int, bytes]] = []  # results received, not unpickled yet
        ahead: list[Any] = []  # the next item, read before a worker is free for it
        sent = handed = 0  # items sent to workers; results handed to the caller
        exhausted = False
        clean = False

        def read_ahead() -> None:
            nonlocal exhausted
            if not ahead and not exhausted:
                item = next(items, _DONE)
                if item is _DONE:
                    exhausted = True
                else:
                    ahead.append(item)

        try:
            for _ in range(self.jobs):
                self._start_worker()
            while True:
                read_ahead()
                while ahead and self.idle and sent - handed < self.window:
                    conn = self.idle.pop()
                    item = ahead.pop()
                    self.holding[conn] = (sent, item)
                    conn.send(item)
                    sent += 1
                    read_ahead()
                for seq, raw in arrived:
                    ok, value = ForkingPickler.loads(raw)
                    if not ok:
                        raise value
                    done[seq] = value
                arrived.clear()
                while handed in done:
                    result = done.pop(handed)
                    handed += 1
                    yield result
                if exhausted and not ahead and handed == sent:
                    break
                if not self.holding:
                    continue  # the window is full of finished results: hand them out first
                for conn in wait(list(self.holding)):
                    self._receive(conn, done, arrived)  # type: ignore[arg-type]
            clean = True
        finally:
            self._stop(force=not clean)

    def _receive(self, conn: "Connection", done: dict[int, Any], arrived: list[tuple[int, bytes]]) -> None:
        """A worker's answer, as bytes into ``arrived`` (the worker idle again), or, for a
        worker that died, its item's ``on_crash`` result into ``done``."""
        seq, item = self.holding.pop(conn)
        try:
            raw = conn.recv_bytes()
        except (EOFError, OSError):  # the worker died with the item
            process = self.workers.pop(conn)
            process.join()
            conn.close()
            reason = _death(process.exitcode)
            if self.on_crash is None:
                raise WorkerDied(f"a worker process {reason}") from None
            self._start_worker()
            done[seq] = self.on_crash(item, reason)
            return
        self.idle.append(conn)
        arrived.append((seq, raw))


def _kg_froze() -> bool:
    """Whether kg froze what it had loaded in this process (the model and its tables:
    :func:`kg.nlp.pipeline._freeze_loaded_objects`), and so objects are frozen."""
    import sys

    return bool(getattr(sys.modules.get("kg.nlp.pipeline"), "_frozen", False))


def _reap(processes: list["BaseProcess"], timeout: float | None = None) -> None:
    """Wait for worker processes to end (killing those still alive after ``timeout``)."""
    for process in processes:
        process.join(timeout=timeout)
        if process.is_alive():
            process.kill()
            process.join()


def _death(exitcode: int | None) -> str:
    """How a worker died, in words."""
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        hint = " (out of memory?)" if -exitcode == signal.SIGKILL else ""
        return f"was killed by {name}{hint}"
    return f"exited with code {exitcode}"
