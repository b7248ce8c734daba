#!/usr/bin/env python3
"""Instruction counts of ``kg load --jobs N``: kg's process and each worker, against ``--jobs 1``.

Not a test: it prints counts. The machine kg is measured on is shared, so its clocks
(wall and CPU seconds alike: two processes on two cores slow each other's caches) decide
nothing; valgrind's callgrind counts the instructions each process runs, the same from run
to run. The corpus is read as by bench/bench.py (``KG_BENCH_CORPUS``, default the dev,
held-out and fresh world articles, their text only, made distinct) and loaded into a new
embedded store by :func:`kg.run.load`, after the model is loaded and warmed; only the load
is counted (a small C shim, compiled here with ``cc``, turns callgrind's counting on before
it and dumps the counts after it; each forked worker's counts are written when it exits).

For each ``--jobs`` value given it prints the instructions of kg's process (its threads and
Oxigraph's included), of each worker and in all, a digest of the sorted quads, and the
shared objects the instructions ran in (Python itself, spaCy's BLIS, Oxigraph...); with two
values, the objects whose counts differ most between them. Needs valgrind and a C compiler;
it takes minutes (12 articles: ~5 minutes a run on a busy 2-core machine).

    python bench/load_counts.py --jobs 1 --jobs 2 --articles 12
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_SHIM = r"""
#include <valgrind/callgrind.h>
void kg_count_start(void) { CALLGRIND_ZERO_STATS; CALLGRIND_START_INSTRUMENTATION; }
void kg_count_dump(void) { CALLGRIND_DUMP_STATS_AT("load"); CALLGRIND_STOP_INSTRUMENTATION; }
"""


def _load_here(jobs: int, articles: int, batch_size: int, shim: str) -> None:
    """The counted load (run under valgrind): prints the quads' digest."""
    import ctypes
    import hashlib

    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    import bench
    from kg.config import Settings
    from kg.nlp import build_pipeline
    from kg.run import load
    from kg.store import open_store

    texts = bench.corpus(articles)
    # no time limit for an article: under valgrind a worker runs ~50 times slower, and an article
    # over the limit would be skipped (counted as fewer articles)
    settings = Settings(batch_size=batch_size, article_timeout=0)
    build_pipeline(settings)
    bench.warm(settings)
    counting = ctypes.CDLL(shim)
    with tempfile.TemporaryDirectory() as tmp:
        bench._write_inputs(Path(tmp), texts)
        os.chdir(tmp)  # the inputs' names the same in every run
        with open_store(str(Path(tmp) / "store"), settings) as store:
            counting.kg_count_start()
            report = load([Path("in")], store, settings, progress=False, jobs=jobs)
            counting.kg_count_dump()
            digest = hashlib.sha256("".join(sorted(f"{q}\n" for q in store._store)).encode()).hexdigest()
    print(f"{report.summary()}; sorted quads sha256 {digest[:16]}")
    if report.skipped:
        raise SystemExit("load_counts: inputs were skipped, the counts are not of the whole load:\n" + "\n".join(report.skipped))


def _objects(path: Path) -> Counter[str]:
    """Instructions by shared object (the file a function was compiled into) of one count file."""
    out = subprocess.run(["callgrind_annotate", "--threshold=100", str(path)], capture_output=True, text=True,
                         check=True).stdout
    objects: Counter[str] = Counter()
    for line in out.splitlines():
        m = re.match(r"\s*([\d,]+) \(\s*[\d.]+%\)\s+(.*)$", line)
        if not m or "PROGRAM TOTALS" in line:
            continue
        obj = re.search(r"\[([^\]]*)\]$", m.group(2))
        name = Path(obj.group(1)).name if obj else "python (inlined)"
        objects["libpython" if name.startswith("libpython") or name == "python (inlined)" else name] += int(
            m.group(1).replace(",", ""))
    return objects


def _total(path: Path) -> int:
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("summary:"):
            return int(line.split()[1])
    return 0


def _run(jobs: int, args: argparse.Namespace, shim: str, outdir: Path) -> tuple[int, Counter[str]]:
    """One counted load under callgrind; prints its counts, returns the total and the objects'."""
    out = outdir / f"jobs{jobs}"
    out.mkdir()
    cmd = ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}/cg.%p",
           sys.executable, __file__, "--counted", str(jobs), "--articles", str(args.articles),
           "--batch-size", str(args.batch_size), "--shim", shim]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    run = subprocess.run(cmd, capture_output=True, text=True, check=False, env=env)
    if run.returncode != 0:
        raise SystemExit(f"load_counts: the counted load failed:\n{run.stdout[-2000:]}{run.stderr[-3000:]}")
    files = sorted(out.glob("cg.*"))
    parent = [f for f in files if f.name.endswith(".1")]  # the dump made after the load
    workers = [f for f in files if re.fullmatch(r"cg\.\d+", f.name) and not any(p.name.startswith(f.name + ".") for p in parent)]
    own = sum(_total(f) for f in parent)
    each = [_total(f) for f in workers]
    print(f"--jobs {jobs}: {run.stdout.strip().splitlines()[-1]}")
    print(f"  instructions: kg's process {own / 1e9:.3f} G, workers {' + '.join(f'{n / 1e9:.3f}' for n in each) or '-'}"
          f" G; in all {(own + sum(each)) / 1e9:.3f} G")
    objects: Counter[str] = Counter()
    for f in parent + workers:
        objects.update(_objects(f))
    for name, n in objects.most_common(6):
        print(f"    {n / 1e9:7.3f} G  {name}")
    return own + sum(each), objects


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--jobs", type=int, action="append", help="repeatable (default: 1 and 2)")
    parser.add_argument("--articles", type=int, default=12)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--counted", type=int, help=argparse.SUPPRESS)  # the run under valgrind
    parser.add_argument("--shim", help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ.setdefault("KG_BENCH_CORPUS", os.pathsep.join(
        str(ROOT / f"corpus/world/{part}/articles") for part in ("dev", "heldout", "fresh")))
    if args.counted is not None:
        _load_here(args.counted, args.articles, args.batch_size, args.shim)
        return
    for tool in ("valgrind", "callgrind_annotate", "cc"):
        if shutil.which(tool) is None:
            raise SystemExit(f"load_counts: needs {tool}")
    with tempfile.TemporaryDirectory(prefix="kg-counts-") as tmp:
        shim = Path(tmp) / "shim.so"
        (Path(tmp) / "shim.c").write_text(_SHIM, encoding="utf-8")
        subprocess.run(["cc", "-O1", "-shared", "-fPIC", "-o", str(shim), str(Path(tmp) / "shim.c")], check=True)
        results = [(jobs, *_run(jobs, args, str(shim), Path(tmp))) for jobs in (args.jobs or [1, 2])]
    if len(results) == 2:
        (j1, t1, o1), (j2, t2, o2) = results
        print(f"--jobs {j2} ÷ --jobs {j1}: {t2 / t1:.3f} of the instructions; the objects that differ most:")
        for name in sorted(set(o1) | set(o2), key=lambda k: -abs(o2[k] - o1[k]))[:6]:
            print(f"    {(o2[name] - o1[name]) / 1e6:+9.1f} M  {name}")


if __name__ == "__main__":
    main()
