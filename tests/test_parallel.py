"""kg.parallel: results in input order from forked workers, a dead worker costs one item,
memory bounded by the window (no model here; see tests/test_jobs.py for kg's extraction)."""
from __future__ import annotations

import os
import time

import pytest

from kg.parallel import WorkerDied, ordered_map

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="worker processes are forked")


def _slow_square(n: int) -> tuple[int, int]:
    time.sleep(0.02 * (n % 3))  # later items often finish first
    return n * n, os.getpid()


def test_results_come_in_input_order_from_several_workers():
    results = list(ordered_map(_slow_square, range(20), jobs=2))
    assert [r for r, _ in results] == [n * n for n in range(20)]
    pids = {pid for _, pid in results}
    assert os.getpid() not in pids and len(pids) == 2


def test_one_job_runs_here_and_forks_nothing():
    assert {pid for _, pid in ordered_map(_slow_square, range(5), jobs=1)} == {os.getpid()}


def test_a_dead_worker_costs_only_its_item():
    parent = os.getpid()

    def dies_on_3(n: int) -> int:
        if n == 3 and os.getpid() != parent:
            os._exit(9)
        return n

    out = list(ordered_map(dies_on_3, range(8), jobs=2, on_crash=lambda n, why: f"{n} lost: {why}"))
    assert out == [0, 1, 2, "3 lost: exited with code 9", 4, 5, 6, 7]
    with pytest.raises(WorkerDied, match="exited with code 9"):
        list(ordered_map(dies_on_3, range(8), jobs=2))


def test_an_exception_in_a_worker_is_raised_here():
    def fails_on_2(n: int) -> int:
        if n == 2:
            raise ValueError(f"item {n} is bad")
        return n

    with pytest.raises(ValueError, match="item 2 is bad"):
        list(ordered_map(fails_on_2, range(6), jobs=2))


def test_items_are_read_at_most_a_window_ahead():
    read: list[int] = []

    def items():
        for n in range(50):
            read.append(n)
            yield n

    for handed, _ in enumerate(ordered_map(_slow_square, items(), jobs=2, window=4)):
        assert len(read) <= handed + 4 + 1  # the window, and the one item being handed out
    assert len(read) == 50


def test_stopping_early_stops_the_workers():
    import multiprocessing

    gen = ordered_map(_slow_square, range(100), jobs=2)
    next(gen)
    assert multiprocessing.active_children()
    gen.close()
    assert not multiprocessing.active_children()


def test_the_workers_end_once_the_results_are_handed_out():
    """A finished map leaves its workers to end in the background (the caller goes on with
    the results meanwhile); they are gone soon after, none left behind."""
    import multiprocessing

    assert [r for r, _pid in ordered_map(_slow_square, range(8), jobs=2)] == [n * n for n in range(8)]
    deadline = time.monotonic() + 10
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not multiprocessing.active_children()
