"""kg/timelimit.py: the limit holds in the main thread and in other threads (a Dask worker's tasks run in threads)."""
from __future__ import annotations

import threading
import time

import pytest

from kg.errors import TimeLimitError
from kg.timelimit import can_limit_time, time_limit


def _in_thread(work):  # type: ignore[no-untyped-def]
    out: dict[str, object] = {}

    def run() -> None:
        try:
            out["value"] = work()
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            out["error"] = exc

    t = threading.Thread(target=run)
    t.start()
    t.join(10)
    assert not t.is_alive(), "the limit did not stop the work"
    return out


def _busy(seconds: float) -> str:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass
    return "done"


def test_a_limit_stops_busy_python_code_in_another_thread():
    out = _in_thread(lambda: can_limit_time())
    assert out["value"] is True

    def work() -> str:
        with time_limit(0.2, "a busy loop"):
            return _busy(5)

    started = time.monotonic()
    out = _in_thread(work)
    assert isinstance(out.get("error"), TimeLimitError), out
    assert "a busy loop took longer than the limit of 0.2 s" in str(out["error"])
    assert time.monotonic() - started < 3


def test_work_within_its_limit_in_another_thread_is_untouched_and_later_code_is_not_hit():
    def work() -> str:
        for _ in range(20):
            with time_limit(0.05, "a short step"):
                _busy(0.001)
        return _busy(0.3)  # well past every limit set above: none of them may fire now

    assert _in_thread(work) == {"value": "done"}


def test_nested_limits_in_another_thread_the_outer_one_fires_first():
    def work() -> str:
        with time_limit(0.2, "the batch"):
            with time_limit(10, "one article"):
                return _busy(5)

    out = _in_thread(work)
    assert isinstance(out.get("error"), TimeLimitError) and "the batch" in str(out["error"]), out


def test_the_inner_limit_in_another_thread_names_the_inner_work():
    def work() -> str:
        with time_limit(10, "the batch"):
            with time_limit(0.2, "one article"):
                return _busy(5)

    out = _in_thread(work)
    assert isinstance(out.get("error"), TimeLimitError) and "one article" in str(out["error"]), out


def test_main_thread_limit_still_by_signal():
    with pytest.raises(TimeLimitError, match="main"):
        with time_limit(0.1, "main"):
            _busy(5)


def test_a_timer_that_fires_before_the_block_is_entered_is_a_time_limit_error(monkeypatch):
    """The timer may fire while this thread is still starting it (a loaded machine, a tiny
    limit): the exception must not land in threading's own code and escape as a bare
    BaseException (a Dask worker thread then never reported its task: the CI hang)."""

    class EarlyTimer(threading.Timer):
        def start(self) -> None:  # fires at once, before this thread returns from start()
            self.function()
            super().start()

    monkeypatch.setattr(threading, "Timer", EarlyTimer)
    ran: list[int] = []

    def work() -> str:
        with time_limit(5, "a step"):
            ran.append(1)
            for _ in range(1000):  # bytecodes enough for a pending exception to land
                pass
        return _busy(0.05)

    out = _in_thread(work)
    assert isinstance(out.get("error"), TimeLimitError), out
    assert ran == []  # the block never started: its time was up before it began


def test_tiny_limits_in_another_thread_only_ever_raise_time_limit_error():
    """Thousands of limits far shorter than starting their timer: each ends as
    TimeLimitError or not at all, and nothing lands after the block."""

    def work() -> dict[str, int]:
        seen = {"limit": 0, "none": 0}
        for _ in range(1500):
            try:
                with time_limit(0.000_001, "an outer step"):
                    with time_limit(0.000_001, "an inner step"):
                        sum(range(300))
            except TimeLimitError:
                seen["limit"] += 1
            else:
                seen["none"] += 1
        _busy(0.05)
        return seen

    out = _in_thread(work)
    assert "error" not in out, out
    assert out["value"]["limit"] + out["value"]["none"] == 1500
