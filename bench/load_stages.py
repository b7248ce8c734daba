#!/usr/bin/env python3
"""Where the CPU time ``kg load`` spends beyond extraction goes, without the extraction's noise.

Not a test: it prints figures. The articles (read as by bench/bench.py: ``KG_BENCH_CORPUS``,
default the tuning parts corpus/world/dev, fresh and fresh2, their texts made distinct) are
extracted once, as ``kg load`` extracts them with one job (each article's RDF and the records
of its events); then :func:`kg.run.load` runs ``--repeats`` times into new embedded stores with
those results handed to it in place of the extraction (told of the input's end before the
last batch, as one job tells it), so that only what the load adds is timed: reading the
files, the store's writes, the near-duplicate signatures, the canonical layer. For each run:
the CPU seconds of this process, of its main thread (reading the files, the signatures, the
canonical grouping at the end), of the store's writer thread (``_Writer._run``), of RocksDB's
own threads (compaction ``rocksdb:low``, memtable flushes ``rocksdb:high``, read from /proc,
so on Linux only) and of the others (what is left: Oxigraph's bulk loader threads, the
background flush), and a line per timed function (its thread's CPU seconds). The
extraction's CPU seconds are printed first, for scale, and last a digest of the sorted quads
of the last store (the same for every ``--write-every``).

    python bench/load_stages.py
    python bench/load_stages.py --write-every 40000 --repeats 5
"""
from __future__ import annotations

import argparse
import functools
import hashlib
import io
import os
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable, Iterator

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

#: (thread name, function) -> [calls, CPU seconds of the calling thread]
TIMES: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0, 0.0])


def _timed(owner: Any, attr: str) -> None:
    """``owner.attr`` replaced by a wrapper adding each call's thread CPU time to :data:`TIMES`."""
    func = getattr(owner, attr)
    name = f"{owner.__name__}.{attr}"

    @functools.wraps(func)
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.thread_time()
        try:
            return func(*args, **kwargs)
        finally:
            row = TIMES[(threading.current_thread().name, name)]
            row[0] += 1
            row[1] += time.thread_time() - start

    setattr(owner, attr, timed)


def _native_threads() -> dict[str, float]:
    """CPU seconds of this process's threads by name (Linux: /proc), RocksDB's among them."""
    ticks = os.sysconf("SC_CLK_TCK")
    out: dict[str, float] = defaultdict(float)
    for task in Path("/proc/self/task").glob("*"):
        try:
            name = (task / "comm").read_text().strip()
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        out[name] += (int(fields[11]) + int(fields[12])) / ticks
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=54)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--write-every", type=int, help="kg.run.WRITE_EVERY for these runs")
    parser.add_argument("--flush-every", type=int, help="kg.run.FLUSH_EVERY for these runs")
    args = parser.parse_args()
    os.environ.setdefault("KG_BENCH_CORPUS", os.pathsep.join(
        str(ROOT / "corpus" / "world" / part / "articles") for part in ("dev", "fresh", "fresh2")))
    import bench
    import kg.run as run
    from kg.canon.graph import Canonicaliser
    from kg.config import Settings
    from kg.dedup.graph import Deduplicator
    from kg.nlp import build_pipeline
    from kg.store import open_store
    from kg.store.base import Store
    from kg.store.oxigraph import OxigraphStore

    if args.write_every:
        run.WRITE_EVERY = args.write_every
    if args.flush_every:
        run.FLUSH_EVERY = args.flush_every
    texts = bench.corpus(args.articles)
    settings = Settings(batch_size=args.batch_size)
    build_pipeline(settings)
    bench.warm(settings)
    extracted: list[Any] = []
    real = run._extracted

    def handed(articles: Any, settings: Settings, report: run.Report, *, ending: Callable[[], None] | None = None,
               last: Callable[[], None] | None = None, **options: Any) -> Iterator[Any]:
        """The load's extraction: done for real the first time, then its results handed over."""
        if not extracted:
            start = time.process_time()
            extracted.extend(real(list(articles), settings, run.Report(), **options))
            print(f"extraction (once, one job): {time.process_time() - start:.3f} CPU s")
        else:
            for _ in articles:  # (read, checked against the store and signed, as a load does)
                pass
        tail = len(extracted) % args.batch_size or args.batch_size  # the last batch: told before it
        for i, item in enumerate(extracted):
            if i == len(extracted) - tail:
                for told in (ending, last):
                    if told is not None:
                        told()
            report.articles += 1
            yield item

    run._extracted = handed  # type: ignore[assignment]
    for owner, attrs in ((Store, ("put_article", "settle_pending", "holds")), (OxigraphStore, ("write_pending", "flush")),
                         (Canonicaliser, ("index", "update")), (Deduplicator, ("sign", "written")), (run._Writer, ("_run",))):
        for attr in attrs:
            _timed(owner, attr)
    digest = ""
    for turn in range(args.repeats + 1):  # (the first fills the extraction and loads what loads once)
        with tempfile.TemporaryDirectory() as tmp:
            bench._write_inputs(Path(tmp), texts)
            here = os.getcwd()
            os.chdir(tmp)
            try:
                with open_store(str(Path(tmp) / "store"), settings) as store:
                    TIMES.clear()
                    threads = _native_threads()
                    start, main_start = time.process_time(), time.thread_time()
                    report = run.load([Path("in")], store, settings, progress=False)
                    cpu, main_cpu = time.process_time() - start, time.thread_time() - main_start
                    after = _native_threads()
                    if turn == args.repeats:
                        buf = io.BytesIO()
                        store.dump(buf)
                        digest = hashlib.sha256(b"\n".join(sorted(buf.getvalue().splitlines()))).hexdigest()[:16]
            finally:
                os.chdir(here)
        if turn == 0:
            continue
        native = {k: after.get(k, 0.0) - threads.get(k, 0.0) for k in after if k.startswith("rocksdb")}
        writer = TIMES[("kg-store-writer", "_Writer._run")][1]
        rest = cpu - main_cpu - writer - sum(native.values())
        print(f"run {turn}: {cpu:.3f} CPU s of this process: main thread {main_cpu:.3f}, writer {writer:.3f}, "
              + ", ".join(f"{k} {v:.2f}" for k, v in sorted(native.items()))
              + f", other threads {rest:.2f} (the bulk loader's, the background flush); {report.summary()}")
        for (thread, name), (n, t) in sorted(TIMES.items(), key=lambda kv: -kv[1][1]):
            print(f"    {thread:<16} {name:<32} {int(n):>4}x  {t:.3f}")
    print(f"sorted quads sha256 {digest}")


if __name__ == "__main__":
    main()
