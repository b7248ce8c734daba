"""A time limit around a piece of work in the main thread, by ``SIGALRM``.

Python runs a signal handler between bytecodes, so the limit interrupts Python code and
C code that calls back into Python (spaCy's tokenizer and pipeline components, ``re``
matching, which checks for signals). It is a no-op outside the main thread and on
systems without ``setitimer`` (the work then runs unbounded).

The handler raises a private :class:`BaseException`, so that no ``except Exception`` in
the interrupted code can swallow it; :func:`time_limit` turns it into
:class:`~kg.errors.TimeLimitError` at its own boundary.
"""
from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from .errors import TimeLimitError

__all__ = ["time_limit", "can_limit_time"]


class _Expired(BaseException):
    """Raised by the alarm handler; carries the token of the limit that expired."""


def can_limit_time() -> bool:
    """True when :func:`time_limit` really bounds the time here (main thread, Unix)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


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
