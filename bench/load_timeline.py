#!/usr/bin/env python3
"""Where the wall time of ``kg load --jobs N`` goes: a timeline of its threads and workers.

Not a test: it prints figures. The corpus is read as by bench/bench.py (``KG_BENCH_CORPUS``,
default the dev, held-out and fresh world articles, their text only, made distinct), loaded
into a new embedded store by :func:`kg.run.load` after the model is loaded and warmed.
kg's code is not changed: the functions timed here are wrapped for this run only (nothing
is instrumented in a normal load). For each it records the wall and CPU time of its thread
(``time.thread_time``); the workers' batches are timed in the workers (the monotonic clock
is the same in every process) and read back from files. Printed: the load's wall time, the
CPU time of this process (all its threads, the store's own included) and of the workers,
the main thread's and the writer's CPU time, the least time those CPU seconds allow on idle
cores, a line per timed function and thread, the time of the first result, each worker's end,
the tail after the last result, and a digest of the sorted quads (the same for every
``--jobs``). ``-v``: every event in time order.

    python bench/load_timeline.py --jobs 2 -v
    python bench/load_timeline.py --jobs 1
"""
from __future__ import annotations

import argparse
import functools
import hashlib
import json
import os
import resource
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

Event = tuple[float, int, str, str, float, float]  # start, pid, thread, name, wall, cpu
EVENTS: list[Event] = []
FAULTS_LOG: list[tuple[int, float]] = []  # a worker batch's minor page faults and system CPU s


def _record(name: str, start: float, end: float, cpu: float) -> None:
    EVENTS.append((start, os.getpid(), threading.current_thread().name, name, end - start, cpu))


def _timed(owner: Any, attr: str, name: str) -> None:
    """``owner.attr`` replaced by a wrapper recording each call."""
    func = getattr(owner, attr)

    @functools.wraps(func)
    def timed(*args: Any, **kwargs: Any) -> Any:
        start, cpu = time.perf_counter(), time.thread_time()
        try:
            return func(*args, **kwargs)
        finally:
            _record(name, start, time.perf_counter(), time.thread_time() - cpu)

    setattr(owner, attr, timed)


def _instrument(logdir: Path) -> None:
    import multiprocessing.connection as connection
    from multiprocessing.reduction import ForkingPickler

    import kg.parallel as parallel
    import kg.run as run
    from kg.canon.graph import Canonicaliser
    from kg.canon.link import Linker
    from kg.dedup.graph import Deduplicator
    from kg.store.oxigraph import OxigraphStore

    batch: Callable[..., Any] = run.extract_batch

    def extract_batch(articles: list, settings: Any, nquads: bool = False, events: bool = False,  # type: ignore[type-arg]
                      prepared: bool = False, **more: Any) -> Any:
        start, cpu, usage = time.perf_counter(), time.process_time(), resource.getrusage(resource.RUSAGE_SELF)
        result = batch(articles, settings, nquads, events, prepared, **more)
        after = resource.getrusage(resource.RUSAGE_SELF)
        line = [start, os.getpid(), "worker", f"extract_batch[{len(articles)}]", time.perf_counter() - start,
                time.process_time() - cpu]
        FAULTS_LOG.append((after.ru_minflt - usage.ru_minflt, after.ru_stime - usage.ru_stime))
        with open(logdir / f"{os.getpid()}.faults", "a", encoding="utf-8") as out:
            out.write(json.dumps(FAULTS_LOG[-1]) + "\n")
        with open(logdir / f"{os.getpid()}.jsonl", "a", encoding="utf-8") as out:
            out.write(json.dumps(line) + "\n")
        return result

    run.extract_batch = extract_batch  # looked up when the load starts: the workers inherit it
    each: Callable[..., Any] = run._extract_each

    def extract_each(articles: list, settings: Any, **more: Any) -> Any:  # type: ignore[type-arg]
        """With one job a batch is read out article by article (:func:`kg.run._extract_each`):
        timed from its first article asked for to its last handed out, the writer's work between
        included in the wall time, not in the CPU time (the main thread's)."""
        start, cpu = time.perf_counter(), time.thread_time()
        yield from each(articles, settings, **more)
        _record(f"extract_each[{len(articles)}]", start, time.perf_counter(), time.thread_time() - cpu)

    run._extract_each = extract_each
    for owner, attrs in ((OxigraphStore, ("put_article", "write_pending", "settle_pending", "flush", "holds", "__len__")),
                         (Deduplicator, ("sign", "add_signature", "written")),
                         (Canonicaliser, ("index", "update")), (Linker, ("prepare",)),
                         (run._Writer, ("put", "close", "_run")),
                         (parallel._Pool, ("_start_worker", "_receive"))):
        for attr in attrs:
            _timed(owner, attr, f"{owner.__name__}.{attr}")
    _timed(connection, "wait", "wait for workers")
    loads = ForkingPickler.loads

    def unpickle(*args: Any, **kwargs: Any) -> Any:
        start, cpu = time.perf_counter(), time.thread_time()
        try:
            return loads(*args, **kwargs)
        finally:
            _record("unpickle a result", start, time.perf_counter(), time.thread_time() - cpu)

    ForkingPickler.loads = staticmethod(unpickle)  # type: ignore[method-assign,assignment]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--articles", type=int, default=54)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("-v", "--verbose", action="store_true", help="every event, in time order")
    args = parser.parse_args()
    os.environ.setdefault("KG_BENCH_CORPUS", os.pathsep.join(
        str(ROOT / f"corpus/world/{part}/articles") for part in ("dev", "heldout", "fresh")))
    import bench
    from kg.config import Settings
    from kg.nlp import build_pipeline
    from kg.run import load
    from kg.store import open_store

    texts = bench.corpus(args.articles)
    settings = Settings(batch_size=args.batch_size)
    build_pipeline(settings)
    bench.warm(settings)
    logdir = Path(tempfile.mkdtemp())
    _instrument(logdir)
    with tempfile.TemporaryDirectory() as tmp:
        bench._write_inputs(Path(tmp), texts)
        here = os.getcwd()
        os.chdir(tmp)  # the inputs' names the same in every run
        try:
            with open_store(str(Path(tmp) / "store"), settings) as store:
                usage0 = resource.getrusage(resource.RUSAGE_SELF)
                t0, times0, main0 = time.perf_counter(), os.times(), time.thread_time()
                report = load([Path("in")], store, settings, progress=False, jobs=args.jobs)
                t1, times1, main1 = time.perf_counter(), os.times(), time.thread_time()
                usage1 = resource.getrusage(resource.RUSAGE_SELF)
                digest = hashlib.sha256("".join(sorted(f"{q}\n" for q in store._store)).encode()).hexdigest()
        finally:
            os.chdir(here)
    faults = [json.loads(line) for log in logdir.glob("*.faults") for line in log.read_text(encoding="utf-8").splitlines()]
    if faults:
        print(f"workers' batches: {sum(f[0] for f in faults)} minor page faults, system CPU {sum(f[1] for f in faults):.2f} s "
              f"(user {times1.children_user - times0.children_user:.2f}, system {times1.children_system - times0.children_system:.2f} all workers)")
    if args.jobs <= 1:
        print(f"this process: user {times1.user - times0.user:.2f}, system {times1.system - times0.system:.2f}, "
              f"{usage1.ru_minflt - usage0.ru_minflt} minor page faults")
    for log in logdir.glob("*.jsonl"):
        EVENTS.extend(tuple(json.loads(line)) for line in log.read_text(encoding="utf-8").splitlines())
    events = sorted(e for e in EVENTS if e[0] >= t0)
    own = times1.user - times0.user + times1.system - times0.system
    children = times1.children_user - times0.children_user + times1.children_system - times0.children_system
    print(f"kg load --jobs {args.jobs}: {t1 - t0:.3f} s; CPU s: this process {own:.2f} (main thread "
          f"{main1 - main0:.2f}), workers {children:.2f}; {report.summary()}")
    if args.jobs > 1:
        # what the CPU times allow on idle cores: kg's process and the workers each need their share
        cores = min(os.cpu_count() or 1, args.jobs)
        floor = max(own, children / args.jobs, (own + children) / cores)
        print(f"on {cores} idle cores the CPU times allow no less than {floor:.2f} s (kg's process "
              f"{own / (own + children):.0%} of the CPU); divide --jobs 1's CPU seconds by it for the best ratio")
    print(f"sorted quads sha256 {digest[:16]}")
    totals: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0, 0.0, 0.0])
    for _start, pid, thread, name, wall, cpu in events:
        key = (f"worker {pid}" if thread == "worker" else thread, name)
        totals[key][0] += 1
        totals[key][1] += wall
        totals[key][2] += cpu
    for (thread, name), (n, wall, cpu) in sorted(totals.items()):
        print(f"  {thread:18s} {name:34s} {int(n):3d}x  wall {wall:6.3f}  CPU {cpu:6.3f}")
    ends: dict[int, float] = {}
    firsts = []
    for start, pid, thread, _name, wall, _cpu in events:
        if thread == "worker":
            ends[pid] = max(ends.get(pid, 0.0), start + wall)
            firsts.append(start + wall)
    if ends:
        print(f"first result at {min(firsts) - t0:.3f} s; workers end at "
              f"{', '.join(f'{e - t0:.3f}' for e in sorted(ends.values()))} s; "
              f"the load ends {t1 - max(ends.values()):.3f} s after the last result")
    if args.verbose:
        for start, pid, thread, name, wall, cpu in events:
            if name == "wait for workers" and wall < 0.005:
                continue
            who = f"worker {pid}" if thread == "worker" else thread
            print(f"  {start - t0:7.3f} +{wall:6.3f} CPU {cpu:6.3f}  {who:18s} {name}")


if __name__ == "__main__":
    main()
