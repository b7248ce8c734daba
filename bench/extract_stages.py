#!/usr/bin/env python3
"""Where the CPU time of ``kg extract`` goes, stage by stage, without a profiler.

Not a test: it prints figures. A profiler (cProfile) charges every Python call, so it
inflates kg's readers (many small calls) against spaCy's network (few calls into C) and
mis-states their shares; this script reads each stage's own CPU seconds
(``time.thread_time``) around the calls kg makes, on articles already read from disk, after
the model and the tables kg loads once are loaded and warmed:

- spaCy's tokenizer (:func:`kg.extract.pipeline.make_doc`) and each component of the
  pipeline over each batch (kg's own components are those named ``kg_*``; the attribute ruler
  and the lemmatizer are the model's, read through kg's faster indexes);
- kg's readers as :func:`kg.extract.pipeline.extract_doc` calls them (entities, roles,
  events; "the rest": its sentences and the Extraction);
- the RDF (:func:`kg.rdf.to_rdf`) and its N-Quads lines, as ``kg extract`` writes them;
- beside the total, what ``kg load`` adds per article before the store: the canonical
  layer's records of its events (:func:`kg.canon.records.article_events`).

The corpus: the folders given (default the tuning parts corpus/world/dev and fresh), the
first ``--articles`` texts, in batches of ``--batch-size`` as kg reads them.

    python bench/extract_stages.py
    python bench/extract_stages.py corpus/world/fresh2/articles --articles 20
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from functools import wraps
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SECONDS: dict[str, float] = defaultdict(float)


def _timed(module: Any, name: str, label: str) -> None:
    """``module.name`` replaced, for this run only, by a wrapper adding its CPU seconds to ``label``."""
    func: Callable[..., Any] = getattr(module, name)

    @wraps(func)
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.thread_time()
        try:
            return func(*args, **kwargs)
        finally:
            SECONDS[label] += time.thread_time() - start

    setattr(module, name, timed)


def _owner(label: str) -> str:
    """Whose work a stage is: spaCy's (tokenizer and model components), kg's components, kg's readers, the RDF."""
    if label.startswith("spaCy"):
        return "spaCy"
    if label.startswith("kg component"):
        return "kg components"
    return label.split(":")[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", type=Path,
                        default=[ROOT / "corpus" / "world" / "dev" / "articles", ROOT / "corpus" / "world" / "fresh" / "articles"])
    parser.add_argument("--articles", type=int, default=54)
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()

    import kg.extract.pipeline as pipeline
    from kg.canon.records import article_events
    from kg.config import Settings
    from kg.extract.doctext import keep_text
    from kg.ingest import read_articles
    from kg.ingest.article import Article
    from kg.nlp import build_pipeline
    from kg.rdf import Iris, to_rdf
    from kg.run import Report, extract_rdf, warm_up

    settings = Settings()
    nlp = build_pipeline(settings)
    warm_up(settings)
    for _ in extract_rdf([Article.create("Fighting near Goma and Kharkiv, officials in Sudan said on Monday.", source="warm")],
                         settings, Report()):
        pass
    articles = list(read_articles(args.folders))[: args.articles]
    if not articles:
        raise SystemExit(f"extract_stages: no articles in {', '.join(map(str, args.folders))}")
    for name, label in (("extract_entities", "kg readers: entities"), ("extract_roles", "kg readers: roles"),
                        ("extract_events", "kg readers: events")):
        _timed(pipeline, name, label)
    iris = Iris(settings.base_iri)
    model = "bench"
    load_only = 0.0
    for at in range(0, len(articles), args.batch_size):
        batch = articles[at : at + args.batch_size]
        start = time.thread_time()
        docs = [pipeline.make_doc(nlp, a.text) for a in batch]
        SECONDS["spaCy tokenizer"] += time.thread_time() - start
        for name, component in nlp.pipeline:
            start = time.thread_time()
            docs = list(component.pipe(docs)) if hasattr(component, "pipe") else [component(d) for d in docs]
            owner = "kg component" if name.startswith("kg_") else "spaCy component"
            SECONDS[f"{owner} {name}"] += time.thread_time() - start
        for article, doc in zip(batch, docs):
            start = time.thread_time()
            keep_text(doc, article.text)
            readers = sum(v for k, v in SECONDS.items() if k.startswith("kg readers"))
            extraction = pipeline.extract_doc(doc, article, model=model)
            SECONDS["kg readers: the rest (sentences, Extraction)"] += (
                time.thread_time() - start - (sum(v for k, v in SECONDS.items() if k.startswith("kg readers")) - readers))
            start = time.thread_time()
            rdf = to_rdf(extraction, iris)
            SECONDS["RDF: to_rdf"] += time.thread_time() - start
            start = time.thread_time()
            for _line in (*rdf.claim_triples.lines(rdf.graph), *rdf.description_triples.lines(iris.entities_graph)):
                pass
            SECONDS["RDF: N-Quads lines"] += time.thread_time() - start
            start = time.thread_time()
            article_events(str(rdf.graph), str(iris.article(rdf.article_id)), rdf.claim_triples)
            load_only += time.thread_time() - start
    total = sum(SECONDS.values())
    words = sum(len(a.text.split()) for a in articles)
    print(f"{len(articles)} articles, {words:,} words, batch size {args.batch_size}: {total:.3f} CPU s of extraction")
    groups: dict[str, float] = defaultdict(float)
    for label, seconds in SECONDS.items():
        groups[_owner(label)] += seconds
    for label, seconds in sorted(SECONDS.items(), key=lambda item: -item[1]):
        print(f"  {seconds:7.3f} s {100 * seconds / total:5.1f} %  {label}")
    print("by owner: " + ", ".join(f"{label} {100 * s / total:.1f} %" for label, s in sorted(groups.items(), key=lambda i: -i[1])))
    print(f"kg load also reads the canonical records of each article: {load_only:.3f} CPU s ({100 * load_only / total:.1f} % more)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
