"""A time limit around a piece of work: by ``SIGALRM`` in the main thread, by an
exception sent to the thread from a timer in any other thread.

Python runs a signal handler between bytecodes, so the limit interrupts Python code and
C code that calls back into Python (spaCy's tokenizer and pipeline components, ``re``
matching, which checks for signals). Signals reach the main thread only: in another
thread (a Dask worker runs its tasks in threads, see :mod:`kg.cluster`) a timer thread
raises the exception in the working thread through CPython's
``PyThreadState_SetAsyncExc``, which interrupts the same Python code but not a long
``re`` match. It is a no-op where neither works (the work then runs unbounded).

The handler raises a private :class:`BaseException`, so that no ``except Exception`` in
the interrupted code can swallow it; :func:`time_limit` turns it into
:class:`~kg.errors.TimeLimitError` at its own boundary.
"""
from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from typing import Any
from contextlib import contextmanager

from .errors import TimeLimitError

__all__ = ["time_limit", "can_limit_time"]


class _Expired(BaseException):
    """Raised by the alarm handler; carries the token of the limit that expired."""


def _in_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def _async_exc() -> Any:
    """CPython's ``PyThreadState_SetAsyncExc``, or None on another Python."""
    try:
        import ctypes

        return ctypes.pythonapi.PyThreadState_SetAsyncExc
    except (ImportError, AttributeError):
        return None


def can_limit_time() -> bool:
    """True when :func:`time_limit` really bounds the time here (main thread on Unix, or any thread on CPython)."""
    if _in_main_thread():
        return hasattr(signal, "setitimer")
    return _async_exc() is not None


#: the deadline (``time.monotonic()``) of the innermost limit of each non-main thread
_thread_limits = threading.local()


@contextmanager
def time_limit(seconds: float | None, what: str) -> Iterator[None]:
    """Run the block with at most ``seconds`` of wall-clock time, else :class:`TimeLimitError`.

    ``what`` names the work in the message ("parsing feed.jsonl:3"). ``None`` or ``0``:
    no limit. Limits nest: an inner one never outlasts the outer one, and the outer one
    is re-armed with what is left of it on the way out.

    Examples
    --------
    >>> with time_limit(0.05, "a busy loop"):
    ...     while True:
    ...         pass
    Traceback (most recent call last):
    kg.errors.TimeLimitError: a busy loop took longer than the limit of 0.05 s
    """
    if not seconds or not can_limit_time():
        yield
        return
    if not _in_main_thread():
        with _thread_time_limit(seconds, what):
            yield
        return
    token = object()
    outer_handler = signal.getsignal(signal.SIGALRM)
    outer_left, _ = signal.getitimer(signal.ITIMER_REAL)
    started = time.monotonic()
    if outer_left and outer_left <= seconds:  # the outer limit comes first: let it fire
        yield
        return

    def expire(signum, frame):  # type: ignore[no-untyped-def]
        raise _Expired(token)

    signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _Expired as exc:
        if exc.args and exc.args[0] is token:
            raise TimeLimitError(f"{what} took longer than the limit of {seconds:g} s") from None
        raise
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, outer_handler)
        if outer_left:
            left = outer_left - (time.monotonic() - started)
            signal.setitimer(signal.ITIMER_REAL, max(left, 0.001))


@contextmanager
def _thread_time_limit(seconds: float, what: str) -> Iterator[None]:
    """:func:`time_limit` outside the main thread: a timer raises in this thread when time is up."""
    import ctypes

    set_async_exc = _async_exc()
    started = time.monotonic()
    outer = getattr(_thread_limits, "deadline", None)
    if outer is not None and outer - started <= seconds:  # the outer limit comes first: let it fire
        yield
        return
    expired = type("_ExpiredHere", (_Expired,), {})  # this limit's own class: the token
    ident = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    # "waiting" until this thread is inside the guarded block, "running" while it is, "done"
    # after: the timer sends the exception only while "running", so it can never land in
    # threading's own code (Timer.start) or escape this function as a bare BaseException;
    # a timer that fires while "waiting" marks the limit "late", and the block is not entered
    state = ["waiting"]

    def expire() -> None:
        with lock:
            if state[0] == "running":
                set_async_exc(ident, ctypes.py_object(expired))
            elif state[0] == "waiting":
                state[0] = "late"

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    _thread_limits.deadline = started + seconds
    try:
        try:
            timer.start()
            with lock:
                late = state[0] == "late"
                state[0] = "running"
            if late:
                raise expired()
            yield
        finally:
            with lock:
                state[0] = "done"
            timer.cancel()
            set_async_exc(ident, None)  # an exception sent but not yet raised is withdrawn
    except expired:
        raise TimeLimitError(f"{what} took longer than the limit of {seconds:g} s") from None
    finally:
        _thread_limits.deadline = outer
