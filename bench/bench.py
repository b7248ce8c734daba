#!/usr/bin/env python3
"""Throughput and memory of kg's extraction and loading, next to bare spaCy.

Not a test: it prints figures. Each phase runs in a fresh child process so that its peak
RSS is its own. The corpus is the articles of a folder (``--corpus``: every text kg can
read in it, e.g. the world corpus's ``corpus/world/*/articles``), or by default the example article,
repeated up to ``--articles``, each copy made distinct so that every copy is a new article
for the store.

``--baseline DIR`` also runs the extraction phase with the kg source tree in DIR (another
checkout, e.g. ``git worktree add /tmp/kg-before <commit>``) on the same texts in the same
run, and prints both ratios to bare spaCy, so that a change's cost is read side by side on
a noisy machine.

    python bench/bench.py                 # 200 copies of the example
    python bench/bench.py --corpus corpus/world/dev/articles --corpus corpus/world/heldout/articles
    python bench/bench.py --corpus corpus/world/dev/articles --baseline /tmp/kg-before
"""
from __future__ import annotations

import argparse
import io
import json
import os
import resource
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


def phase_bare(n: int, batch: int, model: str) -> dict:
    from kg.nlp.pipeline import load_model

    texts = corpus(n)
    nlp = load_model(model)
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch):
        pass
    return {"seconds": time.perf_counter() - t0, "texts": texts}


def phase_foundation(n: int, batch: int, model: str) -> dict:
    """Extraction as the foundation did it: entities and mentions only (no roles, no events).

    The readers of roles and events are switched off in this child process only, so that
    the cost of reading roles and events shows as the ratio of ``extract`` to this phase.
    """
    import kg.extract.pipeline as pipeline

    pipeline.extract_roles = lambda *args, **kwargs: []  # type: ignore[assignment]
    pipeline.extract_events = lambda *args, **kwargs: []  # type: ignore[assignment]
    return phase_extract(n, batch, model)


def phase_extract(n: int, batch: int, model: str) -> dict:
    from kg.config import Settings
    from kg.ingest.article import Article
    from kg.nlp import build_pipeline
    from kg.rdf import Iris, to_rdf
    from kg.run import Report, extract_rdf

    texts = corpus(n)
    settings = Settings(model=model, batch_size=batch)
    build_pipeline(settings)  # model load is not extraction time
    if os.environ.get("KG_BENCH_WARM"):
        warm(settings)
    articles = [Article.create(t, source=f"bench-{i}") for i, t in enumerate(texts)]
    t0 = time.perf_counter()
    quads, out = 0, io.StringIO()
    for r in extract_rdf(articles, settings, Report()):  # as far as N-Quads text, as `kg extract` writes
        quads += len(r)
        out.writelines(r.claim_triples.lines(r.graph))
        out.writelines(r.description_triples.lines())
    return {"seconds": time.perf_counter() - t0, "texts": texts, "quads": quads}


def warm(settings) -> None:  # type: ignore[no-untyped-def]
    """Load what extraction loads once per process (GeoNames' place table, cached indexes)
    before the clock starts, by extracting one short article: per-article cost only."""
    from kg.ingest.article import Article
    from kg.run import Report, extract_rdf

    for _ in extract_rdf([Article.create("Fighting near Goma and Kharkiv, officials in Sudan said on Monday.", source="warm")], settings, Report()):
        pass


def phase_load(n: int, batch: int, model: str) -> dict:
    from kg.config import Settings
    from kg.ingest.article import Article
    from kg.nlp import build_pipeline
    from kg.run import Report, extract_rdf
    from kg.store import open_store

    texts = corpus(n)
    settings = Settings(model=model, batch_size=batch)
    build_pipeline(settings)
    articles = [Article.create(t, source=f"bench-{i}") for i, t in enumerate(texts)]
    with tempfile.TemporaryDirectory() as tmp, open_store(str(Path(tmp) / "store"), settings) as store:
        t0 = time.perf_counter()
        for rdf in extract_rdf(articles, settings, Report()):
            store.put_article(rdf)
        seconds = time.perf_counter() - t0
        quads = len(store)
    return {"seconds": seconds, "texts": texts, "quads": quads}


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
        folder = Path(tmp) / "in"
        folder.mkdir()
        for i, text in enumerate(texts):
            (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")
        with open_store(str(Path(tmp) / "store"), settings) as store:
            t0 = time.perf_counter()
            load([folder], store, settings, progress=False)
            first = time.perf_counter() - t0
            t0 = time.perf_counter()
            report = load([folder], store, settings, progress=False)
            second = time.perf_counter() - t0
    assert report.outcomes.get("unchanged", 0) == len(texts), report.summary()
    return {"seconds": second, "first_seconds": first, "texts": texts}


PHASES = {"bare": phase_bare, "reload": phase_reload, "foundation": phase_foundation, "extract": phase_extract, "load": phase_load}


def child(phase: str, n: int, batch: int, model: str) -> None:
    out = PHASES[phase](n, batch, model)
    texts = out.pop("texts")
    out["articles"] = len(texts)
    out["words"] = sum(len(t.split()) for t in texts)
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
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
    ap.add_argument("--phase", choices=sorted(PHASES), help=argparse.SUPPRESS)
    args = ap.parse_args()
    from kg.config import Settings

    model = args.model or Settings.from_env().model
    if args.phase:
        child(args.phase, args.articles, args.batch_size, model)
        return 0
    env = dict(os.environ)
    if args.warm:
        env["KG_BENCH_WARM"] = "1"
    if args.corpus:
        env["KG_BENCH_CORPUS"] = os.pathsep.join(str(p.resolve()) for p in args.corpus)
    runs = [(phase, phase, str(ROOT)) for phase in ("bare", "foundation", "extract", "load", "reload")]
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
    bare = results["bare"]
    source = ", ".join(map(str, args.corpus)) if args.corpus else "the example"
    print(f"model {model}, {bare['articles']} articles from {source}, {bare['words']} words, batch size {args.batch_size}")
    print(f"{'phase':<28}{'articles/s':>12}{'words/s':>12}{'peak RSS MB':>14}{'vs bare':>9}")
    labels = {
        "bare": "bare nlp.pipe",
        "foundation": "kg entities only (to RDF)",
        "extract": "kg extraction (to RDF)",
        "baseline": "baseline extraction",
        "load": "kg load (embedded store)",
        "reload": "kg load again, unchanged",
    }
    for phase, r in results.items():
        aps = r["articles"] / r["seconds"]
        wps = r["words"] / r["seconds"]
        ratio = (r["words"] / r["seconds"]) / (bare["words"] / bare["seconds"])
        print(f"{labels[phase]:<28}{aps:>12.1f}{wps:>12.0f}{r['peak_rss_mb']:>14.0f}{ratio:>9.2f}")
    found, full = results["foundation"], results["extract"]
    ratio = (full["words"] / full["seconds"]) / (found["words"] / found["seconds"])
    print(f"extraction with roles and events vs entities only (the foundation): {ratio:.2f} of its words/s")
    if "reload" in results:
        r = results["reload"]
        print(f"unchanged reload vs first load of the same folder: {r['seconds'] / r['first_seconds']:.2f} of its time")
    if "baseline" in results:
        base = results["baseline"]
        change = (full["words"] / full["seconds"]) / (base["words"] / base["seconds"])
        print(f"extraction vs the baseline tree ({args.baseline}): {change:.2f} of its words/s")
    if "quads" in results["load"]:
        print(f"quads in the store after load: {results['load']['quads']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
