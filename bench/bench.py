#!/usr/bin/env python3
"""Throughput and memory of kg's extraction and loading, next to bare spaCy.

Not a test: it prints figures. Each phase runs in a fresh child process so that its peak
RSS is its own. The corpus is the example article(s) repeated, each copy made distinct so
that every copy is a new article for the store.

    python bench/bench.py                 # 200 articles
    python bench/bench.py --articles 1000 --batch-size 32
"""
from __future__ import annotations

import argparse
import io
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def corpus(n: int) -> list[str]:
    from kg.ingest import read_articles
    from kg.resources import examples_dir

    bases = [a.text for a in read_articles([examples_dir()])]
    return [f"{bases[i % len(bases)]}\n\n(Copy {i} of the example, for the benchmark.)" for i in range(n)]


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
    articles = [Article.create(t, source=f"bench-{i}") for i, t in enumerate(texts)]
    t0 = time.perf_counter()
    quads, out = 0, io.StringIO()
    for r in extract_rdf(articles, settings, Report()):  # as far as N-Quads text, as `kg extract` writes
        quads += len(r)
        out.writelines(r.claim_triples.lines(r.graph))
        out.writelines(r.description_triples.lines())
    return {"seconds": time.perf_counter() - t0, "texts": texts, "quads": quads}


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


PHASES = {"bare": phase_bare, "foundation": phase_foundation, "extract": phase_extract, "load": phase_load}


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
    ap.add_argument("--phase", choices=sorted(PHASES), help=argparse.SUPPRESS)
    args = ap.parse_args()
    from kg.config import Settings

    model = args.model or Settings.from_env().model
    if args.phase:
        child(args.phase, args.articles, args.batch_size, model)
        return 0
    results = {}
    for phase in ("bare", "foundation", "extract", "load"):
        cmd = [sys.executable, __file__, "--phase", phase, "--articles", str(args.articles),
               "--batch-size", str(args.batch_size), "--model", model]
        run = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if run.returncode != 0:
            print(run.stderr[-3000:], file=sys.stderr)
            return 1
        results[phase] = json.loads(run.stdout.strip().splitlines()[-1])
    bare = results["bare"]
    print(f"model {model}, {bare['articles']} articles, {bare['words']} words, batch size {args.batch_size}")
    print(f"{'phase':<28}{'articles/s':>12}{'words/s':>12}{'peak RSS MB':>14}{'vs bare':>9}")
    labels = {
        "bare": "bare nlp.pipe",
        "foundation": "kg entities only (to RDF)",
        "extract": "kg extraction (to RDF)",
        "load": "kg load (embedded store)",
    }
    for phase, r in results.items():
        aps = r["articles"] / r["seconds"]
        wps = r["words"] / r["seconds"]
        ratio = (r["words"] / r["seconds"]) / (bare["words"] / bare["seconds"])
        print(f"{labels[phase]:<28}{aps:>12.1f}{wps:>12.0f}{r['peak_rss_mb']:>14.0f}{ratio:>9.2f}")
    found, full = results["foundation"], results["extract"]
    ratio = (full["words"] / full["seconds"]) / (found["words"] / found["seconds"])
    print(f"extraction with roles and events vs entities only (the foundation): {ratio:.2f} of its words/s")
    if "quads" in results["load"]:
        print(f"quads in the store after load: {results['load']['quads']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
