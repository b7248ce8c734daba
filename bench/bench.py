#!/usr/bin/env python3
"""Throughput and memory of kg's extraction and loading, next to bare spaCy.

Not a test: it prints figures. Each phase runs in a fresh child process so that its peak
RSS is its own. The corpus is the articles of a folder (``--corpus``: every text kg can
read in it, e.g. the world corpus's ``corpus/world/*/articles``), or by default the example article,
repeated up to ``--articles``, each copy made distinct so that every copy is a new article
for the store.

The same run also times extraction and loading with ``--jobs`` worker processes (default 2)
next to one, and measures the peak memory of the ``kg extract`` and ``kg load`` commands on
the corpus and on ``--scale`` times it (default 10), each in its own child process. On a
machine busy with other work the worker phases gain less than on an idle one: read their
ratio from a run on an idle machine; ``--pairs N`` runs N more pairs of the 1-worker and the
N-worker phases back to back and gives the median of their ratios (the machine's speed drifts
over the minutes between the phases of one run). ``--only PHASE`` (repeatable) runs only some phases.

The incremental phase times whole ``kg load`` commands, as a user runs them day by day (each
loads the model when it has an article to read): the corpus less ``--added`` articles into
a new store, the same folder again unchanged, the folder with the others added, and those
alone into an empty store. The run ends with issue 14's done-when figures as ratios, each
next to its target.

``--baseline DIR`` also runs the extraction phase with the kg source tree in DIR (another
checkout, e.g. ``git worktree add /tmp/kg-before <commit>``) on the same texts in the same
run, and prints both ratios to bare spaCy, so that a change's cost is read side by side on
a noisy machine.

    python bench/bench.py                 # 200 copies of the example
    python bench/bench.py --corpus corpus/world/dev/articles --corpus corpus/world/heldout/articles
    python bench/bench.py --corpus corpus/world/dev/articles --baseline /tmp/kg-before
    python bench/bench.py --corpus corpus/world/dev/articles --only extract --only extract_jobs --jobs 2
"""
from __future__ import annotations

import argparse
import io
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The kg source tree the phases import: this checkout, or the --baseline tree in its child.
sys.path.insert(0, os.environ.get("KG_BENCH_TREE", str(ROOT)))


def corpus(n: int) -> list[str]:
    """``n`` texts: the articles of ``KG_BENCH_CORPUS`` (or the example), repeated and made distinct."""
    from kg.ingest import read_articles

    folder = os.environ.get("KG_BENCH_CORPUS")
    if folder:
        bases = sorted((a.text for a in read_articles([Path(f) for f in folder.split(os.pathsep)])), key=len)
    else:
        from kg.resources import examples_dir

        bases = [a.text for a in read_articles([examples_dir()])]
    if not bases:
        raise SystemExit(f"bench: no articles in {folder or 'the examples'}")
    return [f"{bases[i % len(bases)]}\n\n(Copy {i} for the benchmark.)" for i in range(n)]


def _write_inputs(tmp: Path, texts: list[str], *, digits: int = 5) -> Path:
    """The texts as numbered files of a new folder ``tmp/in`` (the same names in every run)."""
    folder = tmp / "in"
    folder.mkdir()
    for i, text in enumerate(texts):
        (folder / f"{i:0{digits}d}.txt").write_text(text, encoding="utf-8")
    return folder


def phase_bare(n: int, batch: int, model: str) -> dict:
    from kg.nlp.pipeline import load_model

    texts = corpus(n)
    nlp = load_model(model)
    if os.environ.get("KG_BENCH_WARM"):  # warmed as kg is: one short text first (the lemmatizer's tables load on first use)
        for _ in nlp.pipe(["Fighting near Goma and Kharkiv, officials in Sudan said on Monday."]):
            pass
    clock = _Clock()
    for _ in nlp.pipe(texts, batch_size=batch):
        pass
    return {**clock.read(), "texts": texts}


def phase_foundation(n: int, batch: int, model: str) -> dict:
    """Extraction as the foundation did it: entities and mentions only (no roles, no events).

    The readers of roles and events are switched off in this child process only, so that
    the cost of reading roles and events shows as the ratio of ``extract`` to this phase.
    """
    import kg.extract.pipeline as pipeline

    pipeline.extract_roles = lambda *args, **kwargs: []  # type: ignore[assignment]
    pipeline.extract_events = lambda *args, **kwargs: []  # type: ignore[assignment]
    return phase_extract(n, batch, model)


def phase_extract(n: int, batch: int, model: str, jobs: int = 1) -> dict:
    from kg.config import Settings
    from kg.ingest.article import Article
    from kg.nlp import build_pipeline
    from kg.rdf import Iris
    from kg.run import Report, extract_rdf

    texts = corpus(n)
    settings = Settings(model=model, batch_size=batch)
    build_pipeline(settings)  # model load is not extraction time
    if os.environ.get("KG_BENCH_WARM"):
        warm(settings)
    articles = [Article.create(t, source=f"bench-{i}") for i, t in enumerate(texts)]
    try:
        from kg.rdf import stream_nquads
    except ImportError:  # a --baseline tree from before streaming: N-Quads lines as its `kg extract` wrote them
        stream_nquads = None

    clock = _Clock()
    sink = _Digest()  # written as `kg extract` writes, article by article; only its digest is kept
    if stream_nquads is not None:
        quads = stream_nquads(extract_rdf(articles, settings, Report(), jobs=jobs), Iris(settings.base_iri), sink)
    else:
        quads = 0
        for r in extract_rdf(articles, settings, Report()):
            quads += len(r)
            sink.write("".join(r.claim_triples.lines(r.graph)).encode())
            sink.write("".join(r.description_triples.lines()).encode())
    return {**clock.read(), "texts": texts, "quads": quads, "output_sha256": sink.hexdigest()}


class _Digest:
    """A binary sink that keeps the SHA-256 of what is written to it (to compare outputs)."""

    def __init__(self) -> None:
        import hashlib

        self._h = hashlib.sha256()

    def write(self, data: bytes) -> int:
        self._h.update(data)
        return len(data)

    def flush(self) -> None:
        pass

    def hexdigest(self) -> str:
        return self._h.hexdigest()


def _store_digest(store) -> str:  # type: ignore[no-untyped-def]
    """SHA-256 of a store's quads as sorted N-Quads lines (the store's own order is its index's)."""
    import hashlib

    buf = io.BytesIO()
    store.dump(buf)
    return hashlib.sha256(b"\n".join(sorted(buf.getvalue().splitlines()))).hexdigest()


class _Clock:
    """Wall-clock seconds, and CPU seconds of this process and of its (finished) children."""

    def __init__(self) -> None:
        self.wall, self.cpu, self.children = time.perf_counter(), time.process_time(), self._children()

    @staticmethod
    def _children() -> float:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime

    def read(self) -> dict:
        """The seconds since the clock started, and the CPU seconds of this process and of its
        children, counted once every child has ended: a finished run of kg's worker processes
        leaves them to end in the background, and a child's CPU time counts only once it has."""
        import multiprocessing

        seconds = time.perf_counter() - self.wall
        cpu = time.process_time() - self.cpu
        deadline = time.monotonic() + 30
        while multiprocessing.active_children() and time.monotonic() < deadline:
            time.sleep(0.01)
        return {"seconds": seconds, "cpu": cpu, "children_cpu": self._children() - self.children}


def warm(settings) -> None:  # type: ignore[no-untyped-def]
    """Load what extraction loads once per process (GeoNames' place table, cached indexes)
    before the clock starts, by kg's own warm-up (:func:`kg.run.warm_up`, what runs before
    worker processes are forked; where the tree has it) and extracting one short article:
    per-article cost only."""
    from kg.ingest.article import Article
    from kg.run import Report, extract_rdf

    try:
        from kg.run import warm_up
    except ImportError:  # a --baseline tree from before it
        warm_up = None
    if warm_up is not None:
        warm_up(settings)
    for _ in extract_rdf([Article.create("Fighting near Goma and Kharkiv, officials in Sudan said on Monday.", source="warm")], settings, Report()):
        pass


def phase_load(n: int, batch: int, model: str, jobs: int = 1) -> dict:
    """What ``kg load`` does once the model is loaded (:func:`kg.run.load`): the articles read
    from a folder, extracted, written to a new embedded store, each compared with the others
    for near-duplicates, and the canonical events linked at the end."""
    from kg.config import Settings
    from kg.nlp import build_pipeline
    from kg.run import load
    from kg.store import open_store

    texts = corpus(n)
    settings = Settings(model=model, batch_size=batch)
    build_pipeline(settings)
    if os.environ.get("KG_BENCH_WARM"):
        warm(settings)
    with tempfile.TemporaryDirectory() as tmp:
        _write_inputs(Path(tmp), texts)
        here = os.getcwd()
        os.chdir(tmp)  # the inputs' names (written in the graphs) the same in every run: "in/00000.txt"
        try:
            with open_store(str(Path(tmp) / "store"), settings) as store:
                clock = _Clock()
                report = load([Path("in")], store, settings, progress=False, jobs=jobs)
                timed = clock.read()
                quads = len(store)
                digest = _store_digest(store)
        finally:
            os.chdir(here)
    assert report.outcomes.get("added", 0) == len(texts), report.summary()
    return {**timed, "texts": texts, "quads": quads, "output_sha256": digest}


def phase_reload(n: int, batch: int, model: str) -> dict:
    """``kg load`` of a folder, then of the same folder again: the second finds every
    article unchanged (seconds are the second load's; ``first_seconds`` the first's)."""
    from kg.config import Settings
    from kg.nlp import build_pipeline
    from kg.run import load
    from kg.store import open_store

    texts = corpus(n)
    settings = Settings(model=model, batch_size=batch)
    build_pipeline(settings)
    with tempfile.TemporaryDirectory() as tmp:
        folder = _write_inputs(Path(tmp), texts)
        with open_store(str(Path(tmp) / "store"), settings) as store:
            t0 = time.perf_counter()
            load([folder], store, settings, progress=False)
            first = time.perf_counter() - t0
            t0 = time.perf_counter()
            report = load([folder], store, settings, progress=False)
            second = time.perf_counter() - t0
    assert report.outcomes.get("unchanged", 0) == len(texts), report.summary()
    return {"seconds": second, "first_seconds": first, "texts": texts}


def _command_env(tree: str, cache: str) -> dict[str, str]:
    """The environment of a whole ``kg`` command: kg from ``tree``, its modules' bytecode
    compiled once into ``cache`` (see :func:`_compiled`), as an installed kg has it."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONPATH": tree, "PYTHONPYCACHEPREFIX": cache}


def _compiled(tree: str, cache: str) -> None:
    """Compile kg's modules into ``cache`` before commands are timed. pip compiles an
    installed package's modules once; a shell with PYTHONDONTWRITEBYTECODE set (as some
    sandboxes have) would otherwise make every command compile kg anew (~0.13 s here, a
    third of an unchanged reload)."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(tree) / "kg")], env=_command_env(tree, cache),
                   capture_output=True, check=False)


def _kg_command(args: list[str], env: dict[str, str]) -> float:
    """Seconds a whole ``kg`` command takes as a user runs it (a new process: Python, kg's
    imports, the model when it is needed, the store opened and closed). ``env`` holds
    KG_BENCH_PYCACHE, the bytecode folder of :func:`_compiled`."""
    tree = os.environ.get("KG_BENCH_TREE", str(ROOT))
    t0 = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "kg", *args], cwd=tree,
                         env={**_command_env(tree, env["KG_BENCH_PYCACHE"]), **env},
                         capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - t0
    if run.returncode != 0:
        raise SystemExit(f"bench: kg {' '.join(args)} failed: {run.stderr[-2000:]}")
    return seconds


def phase_incremental(n: int, batch: int, model: str) -> dict:
    """Daily loads as a user runs them, each a whole ``kg load`` command (model load included,
    as the user waits for it): a folder of the corpus less ``KG_BENCH_ADDED`` (10) articles
    loaded into a new store, the same folder again (every article unchanged), the folder with
    the other articles added (the whole corpus), and those articles alone into an empty store."""
    added = int(os.environ.get("KG_BENCH_ADDED", "10"))
    if not 0 < added < n:
        raise SystemExit(f"bench: --added {added} must be between 1 and --articles ({n}) less one")
    texts = corpus(n)  # distinct articles when the corpus holds n: the added ones are spread over it
    step = n / added
    picked = {int(k * step) for k in range(added)}
    old = [t for i, t in enumerate(texts) if i not in picked]
    new = [t for i, t in enumerate(texts) if i in picked]
    with tempfile.TemporaryDirectory() as tmp:
        folder, alone = Path(tmp) / "in", Path(tmp) / "new"
        folder.mkdir()
        alone.mkdir()
        for i, text in enumerate(old):
            (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")
        store, other = str(Path(tmp) / "store"), str(Path(tmp) / "store-new")
        common = ["--no-progress"]
        env = {"KG_BATCH_SIZE": str(batch), "KG_MODEL": model, "KG_BENCH_PYCACHE": str(Path(tmp) / "pycache")}
        _compiled(os.environ.get("KG_BENCH_TREE", str(ROOT)), env["KG_BENCH_PYCACHE"])
        first = _kg_command(["load", str(folder), "--store", store, *common], env)
        again = _kg_command(["load", str(folder), "--store", store, *common], env)
        for i, text in enumerate(new, start=len(old)):
            (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")
            (alone / f"{i:06d}.txt").write_text(text, encoding="utf-8")
        grown = _kg_command(["load", str(folder), "--store", store, *common], env)
        only = _kg_command(["load", str(alone), "--store", other, *common], env)
    return {"seconds": first, "texts": old, "reload_seconds": again, "added": added,
            "add_seconds": grown, "alone_seconds": only}


def phase_extract_jobs(n: int, batch: int, model: str) -> dict:
    """``phase_extract`` with ``KG_BENCH_JOBS`` worker processes (forked after the model and the place
    table are loaded; their start is in the time)."""
    return phase_extract(n, batch, model, jobs=_jobs())


def phase_load_jobs(n: int, batch: int, model: str) -> dict:
    return phase_load(n, batch, model, jobs=_jobs())


def _jobs() -> int:
    return int(os.environ.get("KG_BENCH_JOBS", "2"))


def _peak_of_command(command: str, n: int, batch: int, model: str) -> dict:
    """Peak RSS of ``kg extract`` or ``kg load`` (one job) run as a child on a folder of ``n``
    articles: the other child of this phase process (compiling kg) is far smaller, so RUSAGE_CHILDREN's
    maximum is the command's."""
    texts = corpus(n)
    tree = os.environ.get("KG_BENCH_TREE", str(ROOT))
    with tempfile.TemporaryDirectory() as tmp:
        folder = _write_inputs(Path(tmp), texts, digits=6)
        args = ["-o", str(Path(tmp) / "out.nq")] if command == "extract" else ["--store", str(Path(tmp) / "store"), "--no-progress"]
        _compiled(tree, str(Path(tmp) / "pycache"))
        env = {**_command_env(tree, str(Path(tmp) / "pycache")), "KG_BATCH_SIZE": str(batch), "KG_MODEL": model}
        t0 = time.perf_counter()
        run = subprocess.run([sys.executable, "-m", "kg", command, str(folder), *args], cwd=tree, env=env,
                             capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - t0
    if run.returncode != 0:
        raise SystemExit(f"bench: kg {command} failed: {run.stderr[-2000:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"seconds": seconds, "texts": texts, "command_peak_rss_mb": peak}


def _scale() -> int:
    return int(os.environ.get("KG_BENCH_SCALE", "10"))


def phase_mem_extract(n: int, batch: int, model: str) -> dict:
    return _peak_of_command("extract", n, batch, model)


def phase_mem_extract_scaled(n: int, batch: int, model: str) -> dict:
    return _peak_of_command("extract", n * _scale(), batch, model)


def phase_mem_load(n: int, batch: int, model: str) -> dict:
    return _peak_of_command("load", n, batch, model)


def phase_mem_load_scaled(n: int, batch: int, model: str) -> dict:
    return _peak_of_command("load", n * _scale(), batch, model)


PHASES = {
    "bare": phase_bare, "reload": phase_reload, "incremental": phase_incremental, "foundation": phase_foundation, "extract": phase_extract, "load": phase_load,
    "extract_jobs": phase_extract_jobs, "load_jobs": phase_load_jobs,
    "mem_extract": phase_mem_extract, "mem_extract_scaled": phase_mem_extract_scaled,
    "mem_load": phase_mem_load, "mem_load_scaled": phase_mem_load_scaled,
}
#: what each phase is called in the table
LABELS = {
    "bare": "bare nlp.pipe",
    "foundation": "kg entities only (to RDF)",
    "extract": "kg extraction (to RDF)",
    "baseline": "baseline extraction",
    "load": "kg load (embedded store)",  # kg.run.load: extraction, store, near-duplicates, canonical events
    "reload": "kg load again, unchanged",
    "incremental": "`kg load`, first (command)",
    "extract_jobs": "kg extraction, N workers",
    "load_jobs": "kg load, N workers",
    "mem_extract": "`kg extract`, 1x corpus",
    "mem_extract_scaled": "`kg extract`, Kx corpus",
    "mem_load": "`kg load`, 1x corpus",
    "mem_load_scaled": "`kg load`, Kx corpus",
}
#: the phases run by default, in this order
DEFAULT_PHASES = ("bare", "foundation", "extract", "load", "reload", "incremental", "extract_jobs", "load_jobs",
                  "mem_extract", "mem_extract_scaled", "mem_load", "mem_load_scaled")


def child(phase: str, n: int, batch: int, model: str) -> None:
    out = PHASES[phase](n, batch, model)
    texts = out.pop("texts")
    out["articles"] = len(texts)
    out["words"] = sum(len(t.split()) for t in texts)
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if phase.endswith("_jobs"):  # the workers were this process's children
        out["worker_peak_rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps(out))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--model", default=None, help="spaCy model (default: kg's setting)")
    ap.add_argument("--corpus", type=Path, action="append",
                    help="a folder (or file) of articles to use instead of the example; repeatable")
    ap.add_argument("--baseline", type=Path, help="another kg source tree: its extraction is run too")
    ap.add_argument("--warm", action="store_true",
                    help="extract one article before timing extraction (one-off loads such as the place table left out)")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes of the N-worker phases (default 2)")
    ap.add_argument("--scale", type=int, default=10,
                    help="the memory phases run `kg extract` and `kg load` on the corpus and on this many times it (default 10)")
    ap.add_argument("--added", type=int, default=10,
                    help="the incremental phase adds this many articles of the corpus to a folder of the others (default 10)")
    ap.add_argument("--pairs", type=int, default=1,
                    help="the --jobs ratios as the median of this many pairs of runs, 1 worker and N, back to back, and the "
                         "1-worker ratios to bare spaCy as the median of as many runs of bare, extract and load back to back "
                         "(default 1: the phases of the run); a shared machine's speed drifts between phases minutes apart")
    ap.add_argument("--only", action="append", choices=sorted(PHASES), metavar="PHASE",
                    help="run only these phases (repeatable; bare is always run): " + ", ".join(DEFAULT_PHASES))
    ap.add_argument("--phase", choices=sorted(PHASES), help=argparse.SUPPRESS)
    args = ap.parse_args()
    from kg.config import Settings

    model = args.model or Settings.from_env().model
    if args.phase:
        child(args.phase, args.articles, args.batch_size, model)
        return 0
    env = {**os.environ, "KG_BENCH_JOBS": str(args.jobs), "KG_BENCH_SCALE": str(args.scale), "KG_BENCH_ADDED": str(args.added)}
    if args.warm:
        env["KG_BENCH_WARM"] = "1"
    if args.corpus:
        env["KG_BENCH_CORPUS"] = os.pathsep.join(str(p.resolve()) for p in args.corpus)
    wanted = ["bare", *[p for p in DEFAULT_PHASES if p in (args.only or DEFAULT_PHASES) and p != "bare"]]
    runs = [(phase, phase, str(ROOT)) for phase in wanted]
    if args.baseline:
        if not (args.baseline / "kg" / "__init__.py").is_file():
            raise SystemExit(f"bench: {args.baseline} is not a kg source tree (no kg/__init__.py)")
        runs.insert(2, ("baseline", "extract", str(args.baseline.resolve())))
    results = {}
    for name, phase, tree in runs:
        cmd = [sys.executable, __file__, "--phase", phase, "--articles", str(args.articles),
               "--batch-size", str(args.batch_size), "--model", model]
        run = subprocess.run(cmd, capture_output=True, text=True, check=False, env={**env, "KG_BENCH_TREE": tree})
        if run.returncode != 0:
            print(run.stderr[-3000:], file=sys.stderr)
            return 1
        results[name] = json.loads(run.stdout.strip().splitlines()[-1])
    # "extract" / "load": words/s of N workers ÷ 1, each pair run back to back; "single extract" /
    # "single load": words/s of one kg worker ÷ bare spaCy, each triple (bare, extract, load) run back
    # to back, every other triple in the reverse order, so that a drift of the machine's speed over
    # the minutes of a run weighs on both sides of each ratio alike
    pairs: dict[str, list[float]] = {}
    cpu_pairs: dict[str, list[float]] = {}  # the same ratios by the phases' own CPU seconds
    groups: list[tuple[str, tuple[str, ...], list[tuple[str, str, str]]]] = [
        ("single", ("bare", "extract", "load"), [("single extract", "extract", "bare"), ("single load", "load", "bare")]),
        ("extract", ("extract", "extract_jobs"), [("extract", "extract_jobs", "extract")]),
        ("load", ("load", "load_jobs"), [("load", "load_jobs", "load")]),
    ]
    for _, phases, ratios in groups:
        if args.pairs > 1 and all(phase in results for phase in phases):
            for turn in range(args.pairs):
                speeds, cpus = {}, {}
                for phase in (phases if turn % 2 == 0 else phases[::-1]):
                    cmd = [sys.executable, __file__, "--phase", phase, "--articles", str(args.articles),
                           "--batch-size", str(args.batch_size), "--model", model]
                    run = subprocess.run(cmd, capture_output=True, text=True, check=False, env={**env, "KG_BENCH_TREE": str(ROOT)})
                    if run.returncode != 0:
                        print(run.stderr[-3000:], file=sys.stderr)
                        return 1
                    r = json.loads(run.stdout.strip().splitlines()[-1])
                    speeds[phase] = r["words"] / r["seconds"]
                    cpus[phase] = r["cpu"] + r.get("children_cpu", 0.0)
                for what, top, bottom in ratios:
                    pairs.setdefault(what, []).append(speeds[top] / speeds[bottom])
                    cpu_pairs.setdefault(what, []).append(cpus[bottom] / cpus[top])
    bare = results["bare"]
    source = ", ".join(map(str, args.corpus)) if args.corpus else "the example"
    print(f"model {model}, {bare['articles']} articles from {source}, {bare['words']} words, batch size {args.batch_size}")
    print(f"{'phase':<28}{'articles/s':>12}{'words/s':>12}{'peak RSS MB':>14}{'vs bare':>9}")
    labels = {k: v.replace("N workers", f"{args.jobs} workers").replace("Kx", f"{args.scale}x") for k, v in LABELS.items()}
    for phase, r in results.items():
        aps = r["articles"] / r["seconds"]
        wps = r["words"] / r["seconds"]
        ratio = (r["words"] / r["seconds"]) / (bare["words"] / bare["seconds"])
        if "command_peak_rss_mb" in r:  # a whole command, model load included: its speed is not comparable
            print(f"{labels[phase]:<28}{aps:>12.1f}{wps:>12.0f}{r['command_peak_rss_mb']:>14.0f}{'-':>9}")
        elif phase == "incremental":  # whole commands too; their times are in the summary below
            print(f"{labels[phase]:<28}{aps:>12.1f}{wps:>12.0f}{'-':>14}{'-':>9}")
        else:
            print(f"{labels[phase]:<28}{aps:>12.1f}{wps:>12.0f}{r['peak_rss_mb']:>14.0f}{ratio:>9.2f}")

    def speed(phase: str) -> float:
        return results[phase]["words"] / results[phase]["seconds"]

    if "foundation" in results and "extract" in results:
        print(f"extraction with roles and events vs entities only (the foundation): {speed('extract') / speed('foundation'):.2f} of its words/s")
    for one, many, what in (("extract", "extract_jobs", "extraction"), ("load", "load_jobs", "load")):
        if one in results and many in results:
            print(f"{what} with {args.jobs} workers vs 1: {speed(many) / speed(one):.2f}x the words/s "
                  f"(on {os.cpu_count()} cores; other work on the machine lowers it); peak RSS of kg's process "
                  f"{results[many]['peak_rss_mb']:.0f} MB, of each worker {results[many]['worker_peak_rss_mb']:.0f} MB "
                  "(shared pages included: the model is shared until written to)")
            # what the CPU times allow on idle cores: kg's process and the workers each need their share
            r1, rn, cores = results[one], results[many], os.cpu_count() or 1
            bound = r1["cpu"] / max(rn["cpu"], rn["children_cpu"] / args.jobs, (rn["cpu"] + rn["children_cpu"]) / cores)
            print(f"  CPU seconds: 1 process {r1['cpu']:.1f}; {args.jobs} workers {rn['children_cpu']:.1f} in all and kg's "
                  f"process {rn['cpu']:.1f}: on {min(args.jobs, cores)} idle cores at most {bound:.2f}x")
    for one, scaled, what in (("mem_extract", "mem_extract_scaled", "kg extract"), ("mem_load", "mem_load_scaled", "kg load")):
        if one in results and scaled in results:
            ratio = results[scaled]["command_peak_rss_mb"] / results[one]["command_peak_rss_mb"]
            print(f"peak memory of `{what}` at {args.scale}x the corpus vs 1x: {ratio:.2f}")
    if "reload" in results:
        r = results["reload"]
        print(f"unchanged reload vs first load of the same folder: {r['seconds'] / r['first_seconds']:.2f} of its time")
    if "baseline" in results and "extract" in results:
        change = speed("extract") / speed("baseline")
        print(f"extraction vs the baseline tree ({args.baseline}): {change:.2f} of its words/s")
        # CPU seconds: what the phases cost themselves, steadier than their wall-clock time
        # when other work shares the machine (on an idle one the two agree: each phase is one thread)
        cpu = {phase: results[phase]["cpu"] for phase in ("bare", "extract", "baseline")}
        print(f"  by CPU seconds: kg extraction {cpu['bare'] / cpu['extract']:.2f} of bare spaCy, the baseline "
              f"{cpu['bare'] / cpu['baseline']:.2f}; kg vs the baseline {cpu['baseline'] / cpu['extract']:.2f}")
    if "quads" in results.get("load", {}):
        print(f"quads in the store after load: {results['load']['quads']}")
    for what, ratios in pairs.items():
        shown = ", ".join(f"{r:.2f}x" for r in ratios) + f"; median {statistics.median(ratios):.2f}x"
        if what.startswith("single "):
            print(f"kg {what.split()[1]} (1 worker) vs bare spaCy in {len(ratios)} runs of the three phases back to back "
                  f"(every other run in reverse order): {shown}")
            # the phases' own CPU seconds: steadier than wall-clock time when other work shares the
            # machine (each phase is one thread, so on an idle machine the two agree)
            by_cpu = cpu_pairs[what]
            print(f"  by CPU seconds: " + ", ".join(f"{r:.2f}x" for r in by_cpu) + f"; median {statistics.median(by_cpu):.2f}x")
        else:
            print(f"{what} with {args.jobs} workers vs 1 in {len(ratios)} pairs run back to back: {shown}")
    print_done_when(results, args.jobs, args.scale, {what: statistics.median(r) for what, r in pairs.items()})
    return 0


def print_done_when(results: dict, jobs: int, scale: int, paired: dict[str, float] | None = None) -> None:
    """Issue 14's done-when figures of this run, each as a ratio next to its target; ``paired``:
    the --jobs ratios as medians of pairs run back to back ("extract", "load"), in place of
    the ratio of the two phases of the run."""
    lines: list[tuple[str, float | None, str, bool | None]] = []  # (what, ratio, target, met)

    def speed(phase: str) -> float:
        return results[phase]["words"] / results[phase]["seconds"]

    def add(what: str, phase_ok: bool, ratio: float | None, target: str, met: bool | None) -> None:
        lines.append((what, ratio if phase_ok else None, target, met if phase_ok else None))

    have = results.__contains__
    for what, target in (("extract", 0.80), ("load", 0.70)):
        ratio = speed(what) / speed("bare") if have(what) else None
        label = f"kg {what} ÷ bare spaCy (words/s, 1 worker)"
        if ratio is not None and paired and f"single {what}" in paired:
            ratio, label = paired[f"single {what}"], f"kg {what} ÷ bare spaCy (1 worker, median of runs back to back)"
        add(label, have(what), ratio, f">= {target:.2f}", ratio is not None and ratio >= target)
    for one, many, what in (("extract", "extract_jobs", "extract"), ("load", "load_jobs", "load")):
        ok = have(one) and have(many)
        ratio = speed(many) / speed(one) if ok else None
        label = f"{what} --jobs {jobs} ÷ --jobs 1 (words/s; idle 2-core machine)"
        if ok and paired and what in paired:
            ratio, label = paired[what], f"{what} --jobs {jobs} ÷ --jobs 1 (median of pairs; idle 2-core machine)"
        add(label, ok, ratio, ">= 1.6", ok and ratio >= 1.6)
        if ok:
            same = results[one].get("output_sha256") == results[many].get("output_sha256") is not None
            lines.append((f"  {what} output of --jobs {jobs} identical to --jobs 1", None, "identical", same))
    inc = results.get("incremental")
    ok = inc is not None
    ratio = inc["reload_seconds"] / inc["seconds"] if ok else None
    add("unchanged reload ÷ first load (whole `kg load` commands)", ok, ratio, "<= 0.05", ok and ratio <= 0.05)
    if have("reload"):
        r = results["reload"]
        ratio = r["seconds"] / r["first_seconds"]
        lines.append(("  the same, kg's work only (model loaded before both)", ratio, "<= 0.05", ratio <= 0.05))
    ratio = inc["add_seconds"] / inc["alone_seconds"] if ok else None
    add(f"adding {inc['added'] if ok else 10} articles to the loaded folder ÷ loading them alone (whole commands)",
        ok, ratio, "<= 1.5", ok and ratio <= 1.5)
    for one, scaled, what in (("mem_extract", "mem_extract_scaled", "kg extract"), ("mem_load", "mem_load_scaled", "kg load")):
        ok = have(one) and have(scaled)
        ratio = results[scaled]["command_peak_rss_mb"] / results[one]["command_peak_rss_mb"] if ok else None
        add(f"peak memory of `{what}` at {scale}x the corpus ÷ 1x", ok, ratio, "<= 1.3", ok and ratio <= 1.3)
    print("\nissue 14, done when (this run):")
    for what, ratio, target, met in lines:
        shown = "not run" if ratio is None and met is None else ("" if ratio is None else f"{ratio:.2f}")
        verdict = "" if met is None else ("met" if met else "MISSED")
        print(f"  {what:<78}{shown:>8}  {target:<10}{verdict}")
    if "incremental" in results:
        inc = results["incremental"]
        print(f"  (whole commands, model load included, as a user waits for them: first load {inc['seconds']:.1f} s, "
              f"unchanged reload {inc['reload_seconds']:.1f} s, with {inc['added']} added {inc['add_seconds']:.1f} s, "
              f"those {inc['added']} alone {inc['alone_seconds']:.1f} s)")


if __name__ == "__main__":
    sys.exit(main())
