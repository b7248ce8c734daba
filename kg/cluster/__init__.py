"""Extraction spread over a Dask cluster: articles in, one N-Quads shard per partition out.

Extraction (the spaCy parse and kg's reading of it) is nearly all the cost of a load, and
every article is extracted on its own: a corpus splits into partitions that any number of
machines can work on. This client reads the articles (and skips those a store already
holds unchanged), sends them in partitions to the workers of a Dask cluster, and each
worker writes its partition's quads as one shard in a folder they all reach; ``kg
bulk-load FOLDER`` then loads the shards, and the store ends as ``kg load`` of the same
articles leaves it (see :mod:`kg.store.bulk`)::

    from kg.cluster import extract_shards
    from kg.config import Settings
    from kg.store import open_store
    from kg.store.bulk import load_nquads

    settings = Settings.from_env()
    report = extract_shards(["articles/"], "shards/", settings, cluster="tcp://scheduler:8786")
    with open_store("kg-store", settings) as store:
        load_nquads(store, "shards/")

Why Dask (``distributed``, BSD-3-Clause) rather than Ray (Apache-2.0): it is pure Python,
13 small packages and 34 MB installed (Ray's wheel alone is 79 MB, compiled, and starts
its own object store and daemons on every node); a cluster is two commands
(``dask scheduler``, ``dask worker``) or an existing Kubernetes, Slurm or YARN deployment
through the dask-kubernetes / dask-jobqueue / dask-yarn projects; and its worker plugins
give each worker process the state kg needs loaded once (:class:`kg.cluster.worker.KGWorker`).

Dask is optional: ``pip install 'kg[distributed]'`` on the client and every worker (with
the same kg, model and KB files at the same paths).
"""
from __future__ import annotations

import contextlib
import logging
import os
import re
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from ..errors import ClusterError, KGError
from ..run import Report

if TYPE_CHECKING:
    from ..config import Settings
    from ..ingest.article import Article
    from ..store.base import Store

__all__ = ["ShardReport", "extract_shards", "connect", "DEFAULT_CLUSTER", "PARTITION_SIZE"]

#: two worker processes on this machine, on loopback
DEFAULT_CLUSTER = "local:2"
#: articles per task, and per shard
PARTITION_SIZE = 32
#: characters of article text per partition at most (a partition of long reports is cut sooner)
PARTITION_CHARS = 2_000_000
_LOCAL = re.compile(r"local(?::(\d+))?$")


@dataclass
class ShardReport(Report):
    """What :func:`extract_shards` did: a :class:`kg.run.Report`, and the shards written."""

    shards: list[Path] = field(default_factory=list)
    partitions: int = 0
    workers: int = 0
    seconds: float = 0.0
    startup_seconds: float = 0.0  # reaching (or starting) the cluster, its workers loading kg
    words: int = 0  # words of the articles sent to the cluster (for throughput figures)
    model: str | None = None

    def summary(self) -> str:
        base = super().summary()
        working = self.seconds - self.startup_seconds
        rate = f", {self.words / working:,.0f} words/s" if self.words and working > 0 else ""
        return (
            f"{base}; {len(self.shards)} shard{'s' if len(self.shards) != 1 else ''} from {self.partitions} "
            f"partition{'s' if self.partitions != 1 else ''} on {self.workers} worker{'s' if self.workers != 1 else ''} "
            f"in {self.seconds:.1f} s ({self.startup_seconds:.1f} s to start{rate})"
        )


def _dask() -> Any:
    try:
        import distributed
    except ImportError:
        raise ClusterError(
            "extraction on a cluster needs Dask's distributed scheduler: pip install 'kg[distributed]' "
            "(on this machine and on every worker)"
        ) from None
    return distributed


@contextlib.contextmanager
def connect(cluster: Any = DEFAULT_CLUSTER, *, timeout: float = 30.0) -> Iterator[Any]:
    """A Dask client of ``cluster``, closed on the way out (and the cluster, when it started one).

    ``cluster`` is ``local:N`` (N worker processes on this machine, one thread each, talking
    over 127.0.0.1; ``local``: one per core), a scheduler address (``tcp://host:8786``,
    ``host:8786``), the JSON file ``dask scheduler --scheduler-file`` wrote, or a
    ``distributed.Client`` the caller opened (used as it is, and left open).

    Raises
    ------
    ClusterError
        When Dask is not installed, or the scheduler cannot be reached within ``timeout``.
    """
    distributed = _dask()
    if isinstance(cluster, distributed.Client):
        yield cluster
        return
    cluster = str(cluster)
    local = _LOCAL.match(cluster.strip())
    started = None
    try:
        if local:
            n = int(local.group(1) or os.cpu_count() or 1)
            if n < 1:
                raise ClusterError(f"--cluster {cluster}: a local cluster needs at least one worker")
            # quiet: the scheduler and workers of a cluster kg starts and stops itself have
            # nothing to say but how they stopped (a task's error reaches the client anyway)
            started = distributed.LocalCluster(
                n_workers=n, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address="127.0.0.1:0",
                silence_logs=logging.CRITICAL,
            )
            client = distributed.Client(started, timeout=timeout)
        elif cluster.endswith(".json") and Path(cluster).is_file():
            client = distributed.Client(scheduler_file=cluster, timeout=timeout)
        else:
            client = distributed.Client(cluster, timeout=timeout)
    except (OSError, TimeoutError, ValueError) as exc:
        if started is not None:
            started.close()
        raise ClusterError(
            f"cannot reach the Dask scheduler at {cluster}: {exc}; start one (dask scheduler) and its workers "
            "(dask worker ADDRESS), or use --cluster local:N"
        ) from None
    try:
        yield client
    finally:
        client.close()
        if started is not None:
            started.close()


def _partitions(articles: Iterable["Article"], size: int, chars: int) -> Iterator[list["Article"]]:
    """The articles in lists of ``size`` at most, cut sooner past ``chars`` characters of text."""
    part: list["Article"] = []
    held = 0
    for article in articles:
        if part and (len(part) >= size or held + len(article.text) > chars):
            yield part
            part, held = [], 0
        part.append(article)
        held += len(article.text)
    if part:
        yield part


def _prepare_folder(shards: Path) -> None:
    if shards.exists() and not shards.is_dir():
        raise ClusterError(f"--shards {shards} is a file; give a folder (kg creates it)")
    shards.mkdir(parents=True, exist_ok=True)
    old = sorted(p.name for p in shards.glob("*.nq"))
    if old:
        raise ClusterError(
            f"{shards} already holds N-Quads files ({', '.join(old[:2])}{', …' if len(old) > 2 else ''}) that "
            "kg bulk-load would load with the new shards; give a new folder, or remove them"
        )


def extract_shards(
    paths: Iterable[str | Path],
    shards: str | Path,
    settings: "Settings",
    *,
    cluster: Any = DEFAULT_CLUSTER,
    partition_size: int = PARTITION_SIZE,
    published: date | None = None,
    store: "Store | None" = None,
    progress: bool = False,
) -> ShardReport:
    """Extract every article under ``paths`` on a Dask cluster into N-Quads shards in ``shards``.

    Parameters
    ----------
    paths
        Files, folders, JSON lines, as for :func:`kg.run.load`; read on this machine.
    shards
        The folder the workers write to (created; it must not hold ``.nq`` files already).
        On a cluster of several machines, a folder they all reach at this path (a shared
        file system) and the loading machine reads.
    cluster
        ``local:N``, a scheduler address, a scheduler file, or an open ``distributed.Client``
        (see :func:`connect`).
    partition_size
        Articles per task and per shard (fewer when their text passes 2,000,000 characters).
    store
        When given, the articles it already holds unchanged (same content hash: same text,
        metadata, model and KB) are skipped before they are sent, as ``kg load`` skips them.
    progress
        Show a progress bar on standard error.

    Returns
    -------
    ShardReport
        Counts, every skipped input and article with its reason, and the shards written
        (``part-000000.nq``, … in input order).

    Raises
    ------
    ClusterError
        When Dask is missing, the cluster cannot be reached, a worker runs another kg
        version, or ``shards`` already holds N-Quads files.
    """
    _dask()
    from distributed import as_completed

    from .. import __version__
    from ..rdf import Iris
    from ..rdf.mapping import article_hash
    from ..run import _articles
    from .worker import KGWorker, describe_worker, extract_partition

    t0 = time.perf_counter()
    shards = Path(shards).absolute()
    _prepare_folder(shards)
    # the workers may run in another folder: KB files by absolute path
    settings = settings.evolve(kb_files=tuple(Path(p).absolute() for p in settings.kb_files))
    report = ShardReport()
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(unit=" articles", desc="extracting", file=sys.stderr, dynamic_ncols=True, mininterval=0.5)
    with connect(cluster) as client:
        try:
            client.register_plugin(KGWorker(settings))
            version, model, writable = client.submit(describe_worker, settings, str(shards), pure=False).result()
        except KGError:
            raise
        except Exception as exc:  # raised on a worker: its message is what there is to say
            raise ClusterError(f"the cluster's workers could not load kg: {type(exc).__name__}: {exc}") from None
        if version != __version__:
            raise ClusterError(f"the cluster's workers run kg {version}, this machine kg {__version__}: install the same kg on both")
        if not writable:
            raise ClusterError(
                f"a worker cannot write to the shards folder {shards}: give --shards a folder every worker reaches "
                "at the same path (a shared file system)"
            )
        report.model = model
        report.startup_seconds = time.perf_counter() - t0
        iris = Iris(settings.base_iri)

        def wanted(articles: Iterable["Article"]) -> Iterator["Article"]:
            for article in articles:
                if store is not None and store.holds(iris.article_graph(article.id), article_hash(article, model)):
                    report.articles += 1
                    report.outcomes["unchanged"] += 1
                    if bar is not None:
                        bar.update(1)
                    continue
                yield article

        results: dict[int, Any] = {}
        failed: dict[int, str] = {}
        sources: dict[str, tuple[int, list["Article"]]] = {}
        running = as_completed()

        def collect(future: Any) -> None:
            index, part = sources.pop(future.key)
            try:
                result = future.result()
            except Exception as exc:  # the task failed on every try: that partition's articles are reported
                first = part[0].source or part[0].id
                failed[index] = (
                    f"partition {index} ({len(part)} articles, the first {first}): not extracted, its task failed "
                    f"on the cluster: {type(exc).__name__}: {exc}"
                )
            else:
                results[index] = result
            if bar is not None:
                bar.update(len(part))
            future.release()

        workers = max(1, sum(client.nthreads().values()))
        report.workers = len(client.nthreads())
        for index, part in enumerate(_partitions(wanted(_articles(paths, published, report, settings)), partition_size, PARTITION_CHARS)):
            future = client.submit(
                extract_partition, index, part, settings, str(shards), key=f"kg-extract-{index}-{os.getpid()}-{t0}", retries=1
            )
            sources[future.key] = (index, part)
            report.words += sum(len(a.text.split()) for a in part)
            running.add(future)
            report.partitions += 1
            while running.count() >= 2 * workers:  # a bounded number in flight: memory flat in the corpus
                collect(next(running))
        for future in running:
            collect(future)
    if bar is not None:
        bar.close()
    for index in sorted(set(results) | set(failed)):
        if index in failed:
            report.skipped.append(failed[index])
            continue
        result = results[index]
        report.articles += result.articles
        report.skipped.extend(result.skipped)
        if result.shard:
            report.shards.append(shards / result.shard)
    report.seconds = time.perf_counter() - t0
    return report
