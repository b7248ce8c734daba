"""The main jobs as library functions: extract articles to RDF, load them into a store.

The CLI is a thin layer over these; a Python user calls them directly::

    from kg.config import Settings
    from kg.run import load
    from kg.store import open_store

    settings = Settings.from_env()
    with open_store("kg-store", settings) as store:
        report = load(["articles/"], store, settings)
    print(report.summary())
"""
from __future__ import annotations

import sys
import threading
from collections import Counter, deque
from dataclasses import dataclass, field
from functools import partial
from datetime import date
from itertools import islice
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Callable, Iterable, Iterator

from .errors import KGError
from .warmup import warm_up  # (re-exported: kg.run.warm_up)

# kg's heavier modules (the extractor, rdflib's serialisers, the canonical layer) are
# imported where they are used: a load that finds every article unchanged never needs them

if TYPE_CHECKING:
    from .config import Settings
    from .rdf import ArticleRDF
    from .ingest.article import Article
    from .canon import CanonReport, Canonicaliser
    from .canon.graph import Indexed
    from .canon.records import EventRecord
    from .store.base import Store

__all__ = ["Report", "extract_batch", "extract_rdf", "extract_to", "load", "relink", "remove",
           "warm_up", "worker_batch_size"]


@dataclass
class Report:
    """What a run did: counts, and every input it skipped with the reason."""

    articles: int = 0
    outcomes: Counter = field(default_factory=Counter)  # added / replaced / unchanged
    skipped: list[str] = field(default_factory=list)  # one line per problem, naming the input
    quads: int | None = None
    #: (article id, the stored article it is a near-duplicate of, similarity), as found
    near_duplicates: list[tuple[str, str, float]] = field(default_factory=list)
    #: HTTP requests sent (feeds and their pages), when feeds were read
    requests: int | None = None
    #: canonical events (one event across articles) written by the run's update of the layer
    canonical: int | None = None

    def error(self, exc: KGError) -> None:
        self.skipped.append(str(exc))

    def summary(self) -> str:
        parts = [f"{self.articles} article{'s' if self.articles != 1 else ''}"]
        parts += [f"{n} {what}" for what, n in sorted(self.outcomes.items())]
        if self.near_duplicates:
            n = len(self.near_duplicates)
            parts.append(f"{n} near-duplicate pair{'s' if n != 1 else ''} found")
        if self.canonical:
            parts.append(f"{self.canonical} canonical event{'s' if self.canonical != 1 else ''} updated")
        if self.quads is not None:
            parts.append(f"{self.quads} quads in the store")
        if self.requests is not None:
            parts.append(f"{self.requests} HTTP request{'s' if self.requests != 1 else ''}")
        parts.append(f"{len(self.skipped)} input{'s' if len(self.skipped) != 1 else ''} skipped")
        return ", ".join(parts)


def _articles(
    paths: Iterable[str | Path], published: date | None, report: Report, settings: "Settings"
) -> Iterator["Article"]:
    """The articles under ``paths``, each id once: a second input with an id already read
    in this run is reported (naming both inputs) and skipped, never silently replacing
    the first."""
    from .ingest import read_articles

    seen: dict[str, str] = {}
    for article in read_articles(
        paths,
        published=published,
        on_error=report.error,
        max_bytes=settings.max_bytes or None,
        max_line_bytes=settings.max_line_bytes or None,
    ):
        first = seen.setdefault(article.id, article.source or article.id)
        if first != (article.source or article.id):
            report.skipped.append(
                f"{article.source or article.id}: skipped: its article id {article.id} was already read from "
                f"{first} in this run; give each article its own id (or url)"
            )
            continue
        yield article


def extract_rdf(
    articles: Iterable["Article"], settings: "Settings", report: Report, *, jobs: int = 1, nquads: bool = False
) -> Iterator[ArticleRDF]:
    """Article → ArticleRDF, through the spaCy pipeline in batches; failures go to ``report``,
    and so does an article yielding more than ``settings.max_triples`` statements.

    ``jobs`` above 1: the batches are extracted in that many worker processes, forked once
    the model and the place table are loaded (:mod:`kg.parallel`); the results come in the
    order of the articles, the same as with one job, and at most two batches per worker
    are in flight. A worker that dies costs only the article that killed it. A worker's
    batch is a quarter of ``settings.batch_size`` (:func:`worker_batch_size`).
    ``nquads``: the workers also make each article's N-Quads for a store
    (:meth:`ArticleRDF.nquads`), so that this process receives them ready.
    """
    yield from _extracted(articles, settings, report, jobs=jobs, nquads=nquads)


def _extracted(
    articles: Iterable["Article"], settings: "Settings", report: Report, *, jobs: int = 1, nquads: bool = False,
    events: bool = False, prepared: bool = False, sign: bool = False, ending: Callable[[], None] | None = None,
    last: Callable[[], None] | None = None,
) -> Iterator[Any]:
    """:func:`extract_rdf`; ``events``: each article's RDF comes with the records of its events
    for the canonical layer (see :func:`extract_batch`), as ``(rdf, records)``; ``prepared``
    (with ``jobs`` above 1): the workers send each article as a store writing N-Quads takes it
    (:class:`~kg.store.prepared.PreparedArticle`) in place of its RDF; ``sign`` (with ``events``):
    each comes as ``(rdf, records, signature)``, its text's signature in its graph. ``ending``:
    called once the input has ended (the articles left are read and on their way), ``last`` as
    the last batch is handed out to be extracted (see :func:`_batches`)."""
    options = dict(nquads=nquads and jobs > 1, events=events, prepared=prepared and jobs > 1, sign=sign and events)
    work = partial(extract_batch, settings=settings, **options)
    if jobs <= 1:
        # (read a batch ahead when told of the input's end: ``ending`` then comes while a
        # whole batch is still to be extracted after the one being handed out)
        size = settings.batch_size
        batches = _batches(articles, size, ending=ending, last=last, taper=size if ending is not None else 0, halve=False)
    else:
        from .parallel import default_window

        size = worker_batch_size(settings.batch_size)
        batches = _batches(articles, size, ending=ending, last=last, taper=default_window(jobs) * size)
    if jobs > 1:
        from .parallel import ordered_map

        warm_up(settings)
        # what the workers import to make their outcomes, imported here before they are forked:
        # imported in each worker, its modules were compiled and run once a worker (kg.canon's ten,
        # ~0.05 CPU s a worker where Python writes no bytecode), and once more here for the store
        if events:
            import kg.canon.records  # noqa: F401
        if sign and events:
            import kg.dedup.graph  # noqa: F401
            import kg.dedup.minhash  # noqa: F401
        if prepared:
            import kg.store.prepared  # noqa: F401

        def crashed(batch: list["Article"], reason: str) -> list[Any]:
            if len(batch) == 1:
                article = batch[0]
                return [f"{article.source or article.id}: extraction failed: its worker process {reason}"]
            # which article killed the worker? each one again, alone in a worker of its own
            singles = ordered_map(work, ([a] for a in batch), jobs=min(jobs, len(batch)), on_crash=crashed)
            return [outcome for outcomes in singles for outcome in outcomes]

        results = ordered_map(work, batches, jobs=jobs, on_crash=crashed)
    else:  # each article handed on as soon as it is read out
        each = partial(_extract_each, settings=settings, **options)

        def warmed(batch: list["Article"]) -> Any:  # the tables loaded before the first batch
            if not warm:  # (not before: with no article to read, no model is loaded)
                warm_up(settings)
                warm.append(True)
            return each(batch)

        warm: list[bool] = []
        results = map(warmed, batches)
    for outcomes in results:
        for outcome in outcomes:
            if isinstance(outcome, str):
                report.skipped.append(outcome)
                continue
            report.articles += 1
            yield outcome


def worker_batch_size(batch_size: int) -> int:
    """Articles handed to a worker process at a time: a quarter of a batch (at least one).

    Whichever worker takes the last batch works alone until it is done, so small batches
    end a run sooner; spaCy gains little from big ones on this pipeline (54 news articles
    took the same CPU time in batches of 4 and of 16). With 16 articles a batch, 54 articles
    made 4 batches for 2 workers: the second idled for most of one at the end (~7% of the run).
    """
    return max(1, batch_size // 4)


def _batches(articles: Iterable["Article"], size: int, *, ending: Callable[[], None] | None = None,
             last: Callable[[], None] | None = None, taper: int = 0, halve: bool = True) -> Iterator[list["Article"]]:
    """``articles`` in batches of ``size``; ``ending`` called once the input has ended,
    ``last`` as the last batch is handed out (or when the next read finds the input ended).

    ``taper``: the articles are read that many ahead, and the last ones (as many as
    ``taper``) go in batches of half the size, so that worker processes end together: the
    batches waiting for a worker when the input ends are bound to it, and one left with a
    batch more than the other worked alone for about half a batch on average (~0.09 s of a
    1.6 s load of 54 news articles with two workers, at 4 articles a batch). Smaller batches
    all along cost CPU: 54 articles took 2.12 CPU s in batches of 4, 2.25 in batches of 2,
    2.62 one by one. Without a taper, ``ending`` and ``last`` are called together. ``halve``
    False: the last ones go in whole batches too, only read ahead (see :func:`_extracted`).
    """
    items = iter(articles)
    if not taper:  # read as the batches are: ``ending`` (and ``last``) as the input ends
        while batch := list(islice(items, size)):
            if len(batch) < size:
                for told in (ending, last):
                    if told is not None:
                        told()
                ending = last = None
            yield batch
        for told in (ending, last):
            if told is not None:
                told()
        return
    ahead: deque["Article"] = deque(islice(items, size + taper))
    if len(ahead) < size + taper and ending is not None:
        ending()  # the input has ended already
        ending = None
    while ahead:
        more = len(ahead) == size + taper  # (else the input has ended)
        n = size if more or not halve else max(1, size // 2)
        batch = [ahead.popleft() for _ in range(min(n, len(ahead)))]
        if more:
            ahead.extend(islice(items, len(batch)))
            if len(ahead) < size + taper and ending is not None:
                ending()
                ending = None
        if not ahead and last is not None:
            last()
            last = None
        yield batch
    if last is not None:
        last()


def extract_batch(
    articles: list["Article"], settings: "Settings", nquads: bool = False, events: bool = False, prepared: bool = False,
    sign: bool = False,
) -> list[Any]:
    """One batch of articles extracted: each one's RDF, or the line saying why it was skipped
    (naming its input), in the order of the articles. What a worker process runs on its
    share; a module-level function, so it pickles by reference for other process pools.
    ``nquads``: each RDF's N-Quads for a store made too (:meth:`ArticleRDF.nquads`).
    ``events``: each RDF comes as ``(rdf, records)``, the records of its events that the
    canonical layer reads of it once it is stored (:func:`kg.canon.records.article_events`):
    ``kg load`` indexes every article it writes, and reading them back from the store was a
    tenth of the work of the process writing it. ``prepared``: each article as a store that
    writes N-Quads takes it (:class:`~kg.store.prepared.PreparedArticle`), in place of its RDF.
    ``sign`` (with ``events``): the MinHash signature of each article's text is computed here
    and put in its graph (:func:`kg.dedup.graph.signature_triple`) before its N-Quads are made,
    and each comes as ``(rdf, records, signature)``: with worker processes, signing was a
    share of the work left to the process writing the store.
    """
    return list(_extract_each(articles, settings, nquads=nquads, events=events, prepared=prepared, sign=sign))


def _extract_each(
    articles: list["Article"], settings: "Settings", *, nquads: bool = False, events: bool = False,
    prepared: bool = False, sign: bool = False,
) -> Iterator[Any]:
    """:func:`extract_batch`, each outcome yielded as soon as it is made: with one job, ``kg
    load`` writes an article while the others of its batch are read out (a batch's articles
    come out of spaCy together, then take ~30 ms each to read out here; the writer was
    handed none of them before the last was read, and the load ended writing the last batch)."""
    from .extract import extract
    from .rdf import Iris, to_rdf

    iris = Iris(settings.base_iri)
    outcomes: list[Any] = []  # made and not yet yielded (the failures reported while reading)
    for ex in extract(articles, settings, on_error=lambda exc: outcomes.append(str(exc))):
        yield from outcomes
        outcomes.clear()
        rdf = to_rdf(ex, iris)
        size = len(rdf.claim_triples) + len(rdf.description_triples)
        if settings.max_triples and size > settings.max_triples:
            outcomes.append(
                f"{ex.article.source or ex.article.id}: the article yields {size:,} statements, over the limit of "
                f"{settings.max_triples:,} (writing them would take gigabytes); split it, or raise KG_MAX_TRIPLES"
            )
            continue
        sig = None
        if sign:
            from .dedup.graph import signature_triple
            from .dedup.minhash import signature

            sig = signature(ex.article.text)
            rdf.claim_triples.add(signature_triple(iris, rdf.article_id, sig))
        if nquads:
            rdf.nquads(iris.entities_graph)
        item: Any = rdf
        if prepared:
            from .store.prepared import PreparedArticle

            item = PreparedArticle.of(rdf, iris.entities_graph)
        if events:
            from .canon.records import article_events

            item = (item, article_events(str(rdf.graph), str(iris.article(rdf.article_id)), rdf.claim_triples))
            if sign:
                item = (*item, sig)
        yield item
    yield from outcomes


def relink(store: "Store", settings: "Settings") -> tuple[int, "CanonReport"]:
    """What ``kg bulk-load`` leaves undone, over the whole store: the near-duplicate links of
    every article (:func:`kg.dedup.graph.relink`) and the canonical events
    (:meth:`kg.canon.Canonicaliser.rebuild`); the pairs found and the canonical report."""
    from .canon import Canonicaliser
    from .dedup.graph import relink as relink_duplicates

    pairs = relink_duplicates(store)
    return pairs, Canonicaliser(store, settings).rebuild()


def extract_to(
    paths: Iterable[str | Path],
    out: IO[bytes],
    settings: "Settings",
    *,
    format: str = "nquads",
    published: date | None = None,
    jobs: int = 1,
) -> Report:
    """Extract every article under ``paths`` and write their graphs to ``out`` in ``format``.

    N-Quads (the default) are written article by article as each is done, so memory does
    not grow with the number of articles; the other formats are one document, built whole.
    ``jobs``: worker processes (see :func:`extract_rdf`); the output is the same.
    """
    from .rdf import Iris, rdf_format, stream_nquads, write_articles

    report = Report()
    iris = Iris(settings.base_iri)
    rdfs = extract_rdf(_articles(paths, published, report, settings), settings, report, jobs=jobs)
    if rdf_format(format) == "nquads":
        stream_nquads(rdfs, iris, out)
    else:
        write_articles(list(rdfs), iris, format, out)
    return report


#: statements put in a store between two writes of what it held back (``Store.write_pending``:
#: the embedded store writes them with its bulk loader) and flushes of its write buffers
#: (``Store.flush``); the canonical layer's index entries of the articles written are looked
#: up at the same time (:meth:`kg.canon.Canonicaliser.index`): done as the load goes, beside
#: the extraction, they leave only the grouping for its end. Each round has a fixed cost (a
#: bulk load, an index look-up, a flush): on 54 news articles (43,000 quads) with two workers,
#: this process spent 0.65 CPU s every 10,000 statements and 0.50 every 40,000, the workers'
#: time left to them; peak memory at 10x that corpus stayed 1.17x that at 1x (bench/bench.py)
FLUSH_EVERY = 40_000
#: statements put between two writes of what the store held back (and indexings of their
#: articles) within a flush round: a round written when the last articles are on their way to be
#: extracted (``_Writer.hurry``) is left for the end of the load, as the workers finish. With
#: one job the rounds are of FLUSH_EVERY, and what is held back is written as the input ends, a
#: batch ahead (:func:`_extracted`): each round costs a bulk write, an index write and a
#: settling, and the more rounds the more RocksDB compacts in its own threads (54 news
#: articles: 0.20 of the 0.80 CPU s the load adds to extraction in rounds of 10,000, none in
#: rounds of 40,000; ``bench/load_stages.py``)
WRITE_EVERY = 10_000


def _progress_bar(paths: list[str | Path]):  # type: ignore[no-untyped-def]
    """A tqdm bar for a load: with a total when every input is one article (no JSON lines)."""
    from tqdm import tqdm

    from .ingest.files import iter_inputs
    from .ingest.formats import format_for_path

    total: int | None = 0
    if any(str(p) == "-" for p in paths):
        total = None
    else:
        for source in iter_inputs(paths, on_error=lambda _error: None):
            if format_for_path(source.name) == "jsonl":
                total = None
                break
            total += 1  # type: ignore[operator]
    if total:
        fmt = "{desc}: {percentage:3.0f}%|{bar}| {n_fmt}/{total_fmt} articles [{elapsed}<{remaining}, {rate_noinv_fmt}]"
    else:
        fmt = "{desc}: {n_fmt} articles [{elapsed}, {rate_noinv_fmt}]"
    return tqdm(total=total or None, unit=" articles", desc="loading", file=sys.stderr, dynamic_ncols=True,
                mininterval=0.5, bar_format=fmt)


def load(
    paths: Iterable[str | Path],
    store: "Store",
    settings: "Settings",
    *,
    published: date | None = None,
    progress: bool | None = None,
    validate: Callable[[ArticleRDF], list[str]] | None = None,
    jobs: int = 1,
) -> Report:
    """Extract every article under ``paths`` and put each in ``store`` as its own graph.

    Re-loading an unchanged article changes nothing and is not even parsed (its content
    hash and the extractor are known up front); a changed one replaces its graph.
    Each article written is compared with every article the store holds (MinHash signatures
    of its text, :mod:`kg.dedup`); near-duplicates are linked in the duplicates graph and
    listed in the report.
    ``progress``: show a progress bar (articles/s, and a total with the time left when the
    inputs hold one article each) on standard error; by default when standard error is a
    terminal and more than a few inputs are given or a folder is (never into a log file).
    ``jobs``: worker processes extracting (see :func:`extract_rdf`); this process alone
    writes to the store, article by article in input order, as with one job.
    """
    report = Report()
    paths = list(paths)
    if progress is None:
        progress = sys.stderr.isatty() and (len(paths) > 3 or any(Path(p).is_dir() for p in paths if p != "-"))
    bar = _progress_bar(paths) if progress else None
    return _load(_articles(paths, published, report, settings), store, settings, report, bar=bar, validate=validate,
                 jobs=jobs)


def _load(
    articles: Iterable["Article"],
    store: "Store",
    settings: "Settings",
    report: Report,
    *,
    bar=None,  # type: ignore[no-untyped-def]
    validate: Callable[[ArticleRDF], list[str]] | None = None,
    jobs: int = 1,
) -> Report:
    """Put ``articles`` in ``store`` (the body of :func:`load` and :func:`load_feeds`).

    The articles are written by a thread of their own (:class:`_Writer`), in input order,
    while the next ones are extracted: the store's work (Oxigraph releases Python's lock
    while it writes, queries and flushes) then runs beside the extraction instead of after
    it. What is written, and in which order, is what one thread would write. The store may
    hold new articles back to write them together (:meth:`Store.defer_writes`): every
    ``FLUSH_EVERY`` statements they are written, then counted, linked to their near-duplicates
    and indexed for the canonical layer, in input order.
    """
    from .dedup.graph import Deduplicator

    dedup = Deduplicator(store)
    written: list[str] = []  # articles added or replaced: their events are linked at the end
    lock = threading.Lock()  # the report and the progress bar, updated by both threads

    def found(article_id: str, matches: list) -> None:  # type: ignore[type-arg]
        if matches:
            with lock:
                report.near_duplicates += [(article_id, m.article_id, m.similarity) for m in matches]

    def advance() -> None:
        if bar is not None:
            with lock:
                bar.update(1)

    unflushed = 0  # statements put since the last flush
    unwritten = 0  # statements put since the last write_pending
    round_size = FLUSH_EVERY if jobs <= 1 else WRITE_EVERY  # (see WRITE_EVERY)
    put: list[tuple[str, str]] = []  # (article id, state) put since the last write_pending
    events: dict[str, dict[str, "EventRecord"]] = {}  # their events, as the canonical layer reads them
    indexed: "Indexed | None" = None
    # the new articles' entities are settled together after each round of writes and at the
    # end (Store.defer_settling): one query and one update for ten articles, not one each
    store.defer_settling()
    store.defer_writes()

    def write(item: tuple[ArticleRDF, dict[str, "EventRecord"]]) -> None:
        """One article put in the store (in the writer thread)."""
        nonlocal unflushed, unwritten
        rdf, records = item
        # the near-duplicate index as it was before this article was put: the articles put
        # after it are read from the store and later compared with it, in turn, as one by one
        dedup.index  # noqa: B018 (read from the store on first use)
        try:
            put.append((rdf.article_id, store.put_article(rdf)))
            events[rdf.article_id] = records
        except KGError as exc:
            with lock:
                report.skipped.append(f"{rdf.article_id}: not stored: {exc}")
            advance()
        unflushed += len(rdf)
        unwritten += len(rdf)
        if unflushed >= FLUSH_EVERY:  # the store's write buffers, freed now and then: flat memory
            written_now()
            store.settle_pending()
            store.flush(wait=False)  # in the background: the next articles are written meanwhile
            unflushed = unwritten = 0
        elif unwritten >= round_size:  # held back (bulk), indexed and settled a round at a time
            written_now()
            store.settle_pending()

    def written_now() -> None:
        """The articles put since the last call written (what the store held back), then
        counted, linked to their near-duplicates and indexed for the canonical layer (the
        grouping is left for the end), in input order (in the writer thread)."""
        nonlocal indexed, unwritten
        unwritten = 0
        refused = store.write_pending()
        new: list[str] = []
        for article_id, state in put:
            if article_id in refused:
                with lock:
                    report.skipped.append(f"{article_id}: not stored: {refused[article_id]}")
                advance()
                continue
            with lock:
                report.outcomes[state] += 1
            found(article_id, dedup.written(article_id, state))
            if state != "unchanged":
                written.append(article_id)
                new.append(article_id)
            advance()
        put.clear()
        if new:
            indexed = canonicaliser().index(new, indexed, events={iri: r for a in new for iri, r in events[a].items()})
        events.clear()

    def hurried() -> None:
        """The last articles are being extracted: the store writes each as it is put from now
        on (quicker to write than a batch: Oxigraph's bulk loader waits for the disk)."""
        for article_id, error in store.write_pending(stop=True).items():  # (none: it was all written just before)
            with lock:
                report.skipped.append(f"{article_id}: not stored: {error}")
        store.settle_pending()

    # a whole batch may wait to be written: with one job the articles of a batch come out of
    # the extraction in a burst, and a shorter queue stopped it until the writer caught up
    # (0.16-0.23 s of a 30-article load spent waiting, with 4)
    writer = _Writer(write, depth=max(4, settings.batch_size), finish=written_now, hurried=hurried, caught_up=store.settle_pending)
    canon: "Canonicaliser | None" = None
    preparing: threading.Thread | None = None
    canon_lock = threading.Lock()

    def prepare_canon() -> None:
        """With worker processes extracting, this process mostly waits for them: the
        canonical layer's linker (its indexes of the knowledge base) is built meanwhile, in a
        thread, once the first article is back from them. (Started with the first article
        read, it took the lock from the reading of the first batch, which the workers
        waited for: 0.02-0.03 CPU s of the 0.10 this process spent before the first batch
        was sent, for 54 news articles.)"""
        nonlocal canon, preparing
        from .canon import Canonicaliser

        with canon_lock:
            canon = Canonicaliser(store, settings)
            # the linker itself is made in the thread too (the property makes it on first use)
            preparing = threading.Thread(target=lambda: canon.linker.prepare(), name="kg-canon-prepare", daemon=True)
            preparing.start()

    def canonicaliser() -> "Canonicaliser":
        """The load's canonicaliser, its linker ready (made here if no thread prepares it)."""
        nonlocal canon
        with canon_lock:
            if canon is None:
                from .canon import Canonicaliser

                canon = Canonicaliser(store, settings)
            if preparing is not None:
                preparing.join()
            return canon

    # with worker processes, each worker signs the texts it extracts (MinHash, a share of the
    # work left to this process) and puts the signature in the article's graph itself, as
    # add_signature does here (the shapes, when given, read an article before it is signed)
    from .rdf import Iris

    workers_sign = jobs > 1 and validate is None and store.iris.base == Iris(settings.base_iri).base

    def changed(articles: Iterable["Article"]) -> Iterator["Article"]:
        """The articles the store does not hold as they are: an unchanged one is known by its
        content hash before it is parsed, and costs one question to the store (two when it
        holds no signature of its text)."""
        from .nlp.pipeline import build_pipeline, expected_model_description, model_description
        from .rdf import Iris
        from .rdf.mapping import article_hash

        model: str | None = None
        iris = Iris(settings.base_iri)
        for article in articles:
            if model is None:  # read from the model's files, loaded only if they cannot tell
                model = expected_model_description(settings) or model_description(build_pipeline(settings))
            if store.holds(iris.article_graph(article.id), article_hash(article, model)):
                with lock:
                    report.articles += 1
                    report.outcomes["unchanged"] += 1
                if not dedup.signed(article.id):
                    # a store written before kg signed texts: it is signed and linked now, to
                    # the articles written before it (as with one thread)
                    writer.drain()
                    found(article.id, dedup.unchanged(article.id, article.text))
                advance()
                continue
            if not workers_sign:
                dedup.sign(article.id, article.text)
            yield article

    # once every article is read, what the store holds back is written (Oxigraph's bulk
    # loader, in the background) and the next ones held back again; once the last batch is
    # handed out, what it holds is written and the articles still to come each as the writer
    # has it, so that the load does not end writing many articles after the last one is
    # extracted. A bulk write costs ~35 ms CPU whatever its size plus ~4 us a statement,
    # Oxigraph's ordinary loader ~15 us a statement: written each on its own from the end of
    # the input, 37 of 57 articles cost kg's process a quarter of its CPU with two workers

    clean = False
    try:
        # (a store writing N-Quads is sent each article ready, unless the shapes read its RDF)
        nquads = getattr(store, "writes_nquads", False)
        for item in _extracted(changed(articles), settings, report, jobs=jobs, nquads=nquads, events=True,
                               prepared=nquads and validate is None, sign=workers_sign, ending=writer.catch_up,
                               last=writer.hurry):
            if jobs > 1 and canon is None:
                prepare_canon()
            if workers_sign:  # signed by the worker, the signature already in the article's graph
                rdf, records, sig = item
                dedup.signed_elsewhere(rdf.article_id, sig)
            else:
                rdf, records = item
            if validate is not None:
                problems = validate(rdf)
                if problems:
                    with lock:
                        report.skipped.append(f"{rdf.article_id}: refused, violates the shapes: {problems[0]}")
                    continue
            if not workers_sign:
                dedup.add_signature(rdf)
            writer.put((rdf, records))
        clean = True
    except KeyboardInterrupt as interrupt:
        # what was stored stays stored (each article is written whole): say so on the way out
        interrupt.kg_report = report  # type: ignore[attr-defined]
        raise
    finally:
        # on an interruption or an error the writer finishes the article it holds and
        # leaves the ones queued behind it (a next load extracts them again)
        writer.close(abandon=not clean)
        if not writer.failed:  # (a store that failed is not written to again: its error is raised below)
            store.write_pending(stop=True)  # what the writer left: nothing
        store.settle_pending(stop=True)  # what was stored is settled even after an interruption
        if bar is not None:
            bar.close()
        if written:  # what was stored is linked even after an interruption
            report.canonical = canonicaliser().update(written, indexed=indexed).canonical
        elif preparing is not None:
            preparing.join()
    writer.check()
    report.quads = len(store)
    return report


_FINISH = object()  # a _Writer's queue: finish what was written so far (drain)
_CAUGHT_UP = object()  # the same, then ``caught_up`` (catch_up)
_HURRY = object()  # and from now on whenever the writer has caught up (hurry)


class _Writer:
    """A thread writing what it is given, in order: ``put`` hands an item over (waiting while
    ``depth`` items are queued, so memory stays bounded), ``drain`` waits until every item
    handed over is written and ``finish`` was called after them, ``catch_up`` has ``finish``
    (then ``caught_up``) called once the items handed over so far are written, ``hurry`` has
    ``finish`` (then ``hurried``) called now and from then on whenever the writer has written
    every item handed over,
    ``close`` ends the thread (``finish`` called last). An exception in the thread stops its
    writing and is raised in the caller by the next ``put``, ``drain`` or ``check``."""

    def __init__(self, write: Callable[[Any], None], depth: int = 4,
                 finish: Callable[[], None] | None = None, hurried: Callable[[], None] | None = None,
                 caught_up: Callable[[], None] | None = None) -> None:
        import queue

        self._write = write
        self._finish = finish
        self._hurried = hurried
        self._caught_up = caught_up
        self._queue: "queue.Queue[object]" = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._abandon = False
        self._hurry = False
        self._thread = threading.Thread(target=self._run, name="kg-store-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            try:
                if item is None or item is _FINISH or item is _CAUGHT_UP or item is _HURRY:
                    # what was written is finished, even when the rest is abandoned
                    self._hurry = self._hurry or item is _HURRY
                    if self._error is None and self._finish is not None:
                        self._finish()
                    then = {_HURRY: self._hurried, _CAUGHT_UP: self._caught_up}.get(item)  # type: ignore[call-overload]
                    if then is not None and self._error is None:
                        then()
                    if item is None:
                        return
                elif self._error is None and not self._abandon:
                    self._write(item)  # type: ignore[arg-type]
                    if self._hurry and self._queue.qsize() == 0 and self._finish is not None:
                        self._finish()
            except BaseException as exc:  # raised in the caller's thread (check)
                self._error = exc
            finally:
                self._queue.task_done()

    def put(self, item: object) -> None:
        self.check()
        self._queue.put(item)

    def drain(self) -> None:
        self._queue.put(_FINISH)
        self._queue.join()
        self.check()

    def catch_up(self) -> None:
        """Have ``finish``, then ``caught_up``, called once the items handed over so far are
        written (not waited for)."""
        self.check()
        self._queue.put(_CAUGHT_UP)

    def hurry(self) -> None:
        self.check()
        self._queue.put(_HURRY)

    @property
    def failed(self) -> bool:
        """Whether an exception stopped the writing (raised by the next ``check``)."""
        return self._error is not None

    def check(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def close(self, *, abandon: bool = False) -> None:
        """Write what is queued (or, with ``abandon``, only the item being written) and stop."""
        self._abandon = abandon
        self._queue.put(None)
        self._thread.join()


def remove(article_ids: Iterable[str], store: "Store", settings: "Settings | None" = None) -> list[str]:
    """Remove articles from ``store`` with what only they needed, their near-duplicate
    links and their reports of canonical events (the groups they were in are recomputed);
    returns the ids the store did not hold."""
    from .canon import Canonicaliser
    from .dedup.graph import Deduplicator

    dedup = Deduplicator(store)
    missing = []
    removed = []
    for article_id in article_ids:
        if store.remove_article(article_id):
            dedup.removed(article_id)
            removed.append(article_id)
        else:
            missing.append(article_id)
    if removed:
        Canonicaliser(store, settings).update(removed)
    return missing
