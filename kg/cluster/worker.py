"""What runs on a Dask worker: the state each worker loads once, and one partition's task.

A worker process keeps kg's pipeline (the spaCy model with kg's components, the knowledge
base) and the GeoNames tables in memory from the moment it joins (:class:`KGWorker`, a
worker plugin), so no task pays for them. A task (:func:`extract_partition`) extracts a
list of articles and writes their quads as one N-Quads shard, exactly the lines
``kg extract --format nquads`` writes for the same articles.

This module imports ``distributed``: it is imported only where Dask is installed (the
``distributed`` extra), by :mod:`kg.cluster` and by the workers.
"""
from __future__ import annotations

import os
import socket
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from distributed import WorkerPlugin

if TYPE_CHECKING:
    from ..config import Settings
    from ..ingest.article import Article
    from ..rdf.mapping import ArticleRDF

__all__ = ["KGWorker", "PartitionResult", "extract_partition", "describe_worker", "shard_name"]


def shard_name(index: int) -> str:
    """The file name of partition ``index``'s shard: ``part-000007.nq`` (names sort in input order)."""
    return f"part-{index:06d}.nq"


@dataclass
class PartitionResult:
    """What one partition's task did, sent back to the client."""

    index: int
    shard: str | None  # the shard's file name in the shards folder; None when no article yielded a quad
    articles: int  # articles extracted (written to the shard)
    quads: int
    skipped: list[str] = field(default_factory=list)  # one line per article that failed, naming it
    seconds: float = 0.0
    worker: str = ""


class KGWorker(WorkerPlugin):
    """Load kg's pipeline and indexes once per worker process, when it joins the cluster.

    ``build_pipeline`` keeps the pipeline per process (one per settings), so the tasks that
    follow on this worker find it loaded; the GeoNames tables are loaded too (from kg's
    cache folder, :func:`kg.kb.geo.cache_path`), rather than by the first article that
    names a place the KB lacks.
    """

    idempotent = True  # a worker that joins later gets it too; registering it again is a no-op

    def __init__(self, settings: "Settings") -> None:
        import hashlib

        self.settings = settings
        # one plugin per settings (model, KB files, limits), named alike by every client
        self.name = "kg-worker-" + hashlib.sha256(repr(settings).encode("utf-8")).hexdigest()[:12]

    def setup(self, worker) -> None:  # type: ignore[no-untyped-def]
        from ..run import warm_up

        warm_up(self.settings)


def describe_worker(settings: "Settings", shards: str) -> tuple[str, str, bool]:
    """kg's version, the model description (name, version, KB fingerprint) on this worker,
    and whether it can write to the folder ``shards``."""
    from .. import __version__
    from ..nlp import build_pipeline, model_description

    folder = Path(shards)
    return __version__, model_description(build_pipeline(settings)), folder.is_dir() and os.access(folder, os.W_OK)


def extract_partition(index: int, articles: list["Article"], settings: "Settings", shards: str) -> PartitionResult:
    """Extract ``articles`` and write their quads to the shard of partition ``index`` in ``shards``.

    The shard is written under a temporary name and renamed when complete, so a folder of
    shards never holds half a file under a ``.nq`` name (a task that is retried, or a
    worker that dies, leaves at most a ``.nq.tmp``). An article that fails is reported in
    the result's ``skipped`` and left out; the others are written.
    """
    import time

    from ..dedup.graph import signature_triple
    from ..dedup.minhash import signature
    from ..rdf import Iris
    from ..rdf.serialize import write_nquads
    from ..run import Report, extract_rdf

    t0 = time.perf_counter()
    report = Report()
    iris = Iris(settings.base_iri)
    texts = {a.id: a.text for a in articles}

    def signed(rdfs: Iterable["ArticleRDF"]) -> Iterator["ArticleRDF"]:
        """Each article's graph with its text signature, as ``kg load`` writes it (kg.dedup)."""
        for rdf in rdfs:
            rdf.claim_triples.add(signature_triple(iris, rdf.article_id, signature(texts[rdf.article_id])))
            yield rdf

    folder = Path(shards)
    path = folder / shard_name(index)
    tmp = folder / f"{path.name}.{os.getpid()}.tmp"
    try:
        with open(tmp, "wb") as out:
            quads = write_nquads(signed(extract_rdf(articles, settings, report)), iris, out)
        if quads:
            tmp.replace(path)
        else:
            tmp.unlink()
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return PartitionResult(
        index=index,
        shard=path.name if quads else None,
        articles=report.articles,
        quads=quads,
        skipped=list(report.skipped),
        seconds=time.perf_counter() - t0,
        worker=f"{socket.gethostname()}:{os.getpid()}",
    )
