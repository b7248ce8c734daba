"""The embedded persistent store: Oxigraph on disk, through pyoxigraph (the default)."""
from __future__ import annotations

import contextlib
import functools
import re

from pathlib import Path
from typing import IO

from ..errors import QueryError, StoreError
from ..rdf.iris import Iris
from ..rdf.mapping import ArticleRDF
from .base import QueryResult, Store, _article_question
from .prepared import PreparedArticle

__all__ = ["OxigraphStore"]

#: N-Quads files bigger than this are bulk-loaded in parallel parts of about PART_BYTES, at
#: most MAX_PARTS. Oxigraph's loader keeps one core busy on a file of up to ~1M quads; on 2
#: cores, 1M synthetic kg quads (239 MB) loaded at ~90k quads/s in one part, ~200k in 4 fed
#: through pipes; 10.5M quads at 140k in one part, ~140k in 4, 109k in 8 (they fight for memory).
PARALLEL_FROM = 32 << 20
PART_BYTES = 64 << 20
MAX_PARTS = 4
_FORMATS = {"nquads": "N_QUADS", "trig": "TRIG", "turtle": "TURTLE", "ntriples": "N_TRIPLES"}
#: new articles held back (:meth:`OxigraphStore.defer_writes`) are written by Oxigraph's bulk
#: loader when they make at least this many statements, else in one transaction of its
#: ordinary loader. Measured on 54 news articles (39,000 quads) written ~10,000 quads at a
#: time: 0.17-0.25 CPU s by the bulk loader, 0.45-0.49 by the ordinary one (article by article
#: or together alike); 4 articles at a time (~2,900 quads) cost the bulk loader as much.
BULK_FROM = 4000


class OxigraphStore(Store):
    """An Oxigraph store in a folder (created on first use), or in memory when path is None.

    ``write_on_demand``: an existing store is opened read-only, and for writing (RocksDB's
    lock taken, its log and manifest written) only when something is first written to it.
    For ``kg load``, which often writes nothing (every article unchanged): a read-only open
    took 6-25 ms here, a read-write one 45-80 ms. Another process holding the store is then
    reported at the first write, not at the open.
    """

    name = "oxigraph"
    writes_nquads = True

    def __init__(self, path: str | Path | None, iris: Iris, *, read_only: bool = False,
                 write_on_demand: bool = False) -> None:
        super().__init__(iris)
        import threading

        import pyoxigraph as ox

        self.path = Path(path) if path is not None else None
        if self.path is not None:
            _check_store_folder(self.path, read_only=read_only)
        #: opened read-only until the first write (see write_on_demand)
        self._deferred = False
        #: a flush running in the background (see flush)
        self._flushing: threading.Thread | None = None
        self._reopen = threading.Lock()
        #: new articles held back since defer_writes, not written yet: (id, graph, N-Quads,
        #: statements); None: each is written when it is put
        self._held: list[tuple[str, str, bytes, int]] | None = None
        #: the graphs of the articles held back or being written (read without the lock)
        self._held_graphs: set[str] = set()
        #: taken while what was held back is written: a reader waits for it to be in
        self._held_lock = threading.RLock()
        #: articles held back that turned out not to be writable, and why (see write_pending)
        self._refused: dict[str, StoreError] = {}
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(self.path))
            elif write_on_demand and (self.path / "CURRENT").is_file():
                self._store = ox.Store.read_only(str(self.path))
                self._deferred = True
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as exc:
            raise _cannot_open(self.path, exc) from None

    def _writable(self):  # type: ignore[no-untyped-def]
        """The pyoxigraph store to write to: opened for writing now if it was opened read-only
        on demand (the read-only one stays valid for reads in flight, then goes)."""
        if self._deferred:
            import pyoxigraph as ox

            with self._reopen:
                if self._deferred:
                    try:
                        self._store = ox.Store(str(self.path))
                    except OSError as exc:
                        raise _cannot_open(self.path, exc) from None
                    self._deferred = False
        return self._store

    def query(self, sparql: str, *, max_rows: int | None = None) -> QueryResult:
        self._write_held()
        return self._query(sparql, max_rows=max_rows)

    def _query(self, sparql: str, *, max_rows: int | None = None) -> QueryResult:
        """:meth:`query`, with what is held back left so (for questions it cannot change)."""
        import itertools

        import pyoxigraph as ox

        try:
            # the default graph is the union of the articles' graphs, unless the query
            # names its own dataset (FROM / FROM NAMED), which Oxigraph then honours
            res = self._store.query(sparql, use_default_graph_as_union=not _names_dataset(sparql))
        except SyntaxError as exc:
            from ..sparql.explain import syntax_message

            raise QueryError(syntax_message(sparql, str(exc))) from None
        except OSError as exc:
            raise StoreError(f"query failed: {exc}") from None
        if isinstance(res, ox.QueryBoolean):
            return QueryResult(kind="ask", boolean=bool(res))
        limit = None if max_rows is None else max_rows + 1
        try:
            if isinstance(res, ox.QuerySolutions):
                # the engine's terms, kept as they are: QueryResult converts them when asked
                # (tuple(solution) reads a row ~7x faster than solution[variable] for each variable)
                variables = [v.value for v in res.variables]
                rows = [tuple(sol) for sol in itertools.islice(res, limit)]
                cut = max_rows is not None and len(rows) > max_rows
                return QueryResult(kind="select", variables=variables, terms=rows[:max_rows] if cut else rows, truncated=cut)
            triples = [(t.subject, t.predicate, t.object) for t in itertools.islice(res, limit)]
        except OSError as exc:
            raise StoreError(f"query failed: {exc}") from None
        cut = max_rows is not None and len(triples) > max_rows
        return QueryResult(kind="graph", triples=triples[:max_rows] if cut else triples, truncated=cut)

    def update(self, sparql: str) -> None:
        self._write_held()
        try:
            self._writable().update(sparql)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL update syntax error: {exc}") from None
        except OSError as exc:
            raise StoreError(f"update failed: {exc}") from None
        except RuntimeError as exc:  # pyoxigraph: "only possible on read-write instances"
            raise StoreError(f"cannot write to the store in {self.path}: it was opened read-only ({exc})") from None

    def _write_article(self, rdf: ArticleRDF | PreparedArticle) -> None:
        """A new article through Oxigraph's loader: its graph and its descriptions as N-Quads
        in one transaction (whole or not at all, IRIs validated), without parsing a SPARQL
        update; after :meth:`defer_writes`, held back to be written with others. An article
        the store holds an older version of goes through the update (DROP GRAPH and INSERT
        DATA in one transaction), so its replacement stays atomic.
        """
        import pyoxigraph as ox

        graph = str(rdf.graph)
        if self._store.contains_named_graph(ox.NamedNode(graph)):
            super()._write_article(rdf)
            return
        held = (rdf.article_id, graph, rdf.nquads(self.iris.entities_graph), len(rdf))
        if self._held is not None:
            with self._held_lock:
                self._held.append(held)
                self._held_graphs.add(graph)
            return
        refused = self._load_articles([held])
        if refused:
            raise refused[rdf.article_id]

    def defer_writes(self) -> None:
        """New articles are held back and written together, by Oxigraph's bulk loader once
        they are :data:`BULK_FROM` statements or more, at the next :meth:`write_pending`,
        query, update, flush or close: each write of held-back articles is one ingestion of
        the files the loader builds (RocksDB's, atomic), so they are all written or none is.
        Questions about one article's graph (:meth:`holds`, :meth:`article_state`) write
        what is held back only when it holds that article."""
        with self._held_lock:
            if self._held is None:
                self._held = []

    def write_pending(self, *, stop: bool = False) -> dict[str, StoreError]:
        """Write what is held back; ``stop``: and write each article when it is put again."""
        self._write_held()
        with self._held_lock:
            if stop:
                self._held = None
            refused, self._refused = self._refused, {}
        return refused

    def _ask_article(self, graph: str, content_hash: str) -> bool:
        self._write_held(graph)
        return bool(self._query(_article_question(graph, content_hash)).boolean)

    def _write_held(self, graph: str | None = None) -> None:
        """Write the articles held back: all, or, with ``graph``, only when one of them is
        that graph's (asked without the lock: a question about another graph waits for no
        write). A reader otherwise takes the lock, and so waits for a write under way."""
        if self._held is None or (graph is not None and graph not in self._held_graphs):
            return
        with self._held_lock:
            held, self._held = self._held, []
            if not held:
                return
            try:
                self._refused.update(self._load_articles(held))
            finally:
                self._held_graphs.difference_update(g for _id, g, _data, _n in held)

    def _load_articles(self, articles: list[tuple[str, str, bytes, int]]) -> dict[str, StoreError]:
        """Write new articles (id, graph, N-Quads, statements) together, all or none: those
        refused as not valid RDF (when together they were refused, each is tried alone), with
        why; a failure of the store is raised."""
        import pyoxigraph as ox

        data = b"".join(d for _id, _g, d, _n in articles)
        bulk = self.path is not None and sum(n for *_rest, n in articles) >= BULK_FROM
        try:
            store = self._writable()
            try:
                if bulk:
                    store.bulk_load(data, format=ox.RdfFormat.N_QUADS)
                else:
                    store.load(data, format=ox.RdfFormat.N_QUADS)
                return {}
            except SyntaxError as exc:
                if len(articles) == 1:
                    return {articles[0][0]: StoreError(f"article {articles[0][0]}: not valid RDF: {exc}")}
            refused: dict[str, StoreError] = {}
            for one in articles:  # which one? each alone
                refused.update(self._load_articles([one]))
            return refused
        except OSError as exc:
            raise StoreError(f"write failed: {exc}") from None
        except RuntimeError as exc:  # pyoxigraph: "only possible on read-write instances"
            raise StoreError(f"cannot write to the store in {self.path}: it was opened read-only ({exc})") from None

    def load_file(self, path: Path, *, format: str = "nquads", lenient: bool = False) -> int:
        """Oxigraph's bulk loader; a big N-Quads file is cut at line ends and loaded in parallel.

        ``lenient`` skips IRI and language-tag validation (faster: for files kg wrote).
        Not atomic: if a part turns out invalid, the parts before it stay loaded.
        """
        import os
        import tempfile
        import threading

        import pyoxigraph as ox

        fmt = getattr(ox.RdfFormat, _FORMATS[format])
        self._write_held()
        self._writable()
        before = len(self._store)
        size = Path(path).stat().st_size if Path(path).is_file() else 0
        parts = _line_ranges(Path(path), min(MAX_PARTS, size // PART_BYTES)) if format == "nquads" and size > PARALLEL_FROM else []
        errors: list[BaseException] = []

        fifos = tempfile.TemporaryDirectory(prefix="kg-bulk-") if len(parts) > 1 and hasattr(os, "mkfifo") else None

        def load(i: int, start: int, end: int) -> None:
            try:
                if fifos is not None:
                    _load_range_through_fifo(self._store, Path(path), start, end, fmt, lenient, Path(fifos.name) / f"part{i}.nq")
                else:
                    with _RangeReader(Path(path), start, end) as reader:
                        self._store.bulk_load(reader, format=fmt, lenient=lenient)
            except BaseException as exc:  # reported below, after every part is done
                errors.append(exc)

        try:
            if len(parts) > 1:
                threads = [threading.Thread(target=load, args=(i, *r), name="kg-bulk-load") for i, r in enumerate(parts)]
                for t in threads:
                    t.start()
                for t in threads:
                    t.join()
                if errors:
                    raise errors[0]
            else:
                self._store.bulk_load(path=str(path), format=fmt, lenient=lenient)
        except (SyntaxError, ValueError) as exc:
            raise StoreError(f"{path}: not valid {format}: {exc}") from None
        except OSError as exc:
            raise StoreError(f"cannot load {path}: {exc}") from None
        finally:
            if fifos is not None:
                fifos.cleanup()
        self._store.flush()
        return len(self._store) - before

    def load_bytes(self, data: bytes, *, format: str = "nquads") -> None:
        import pyoxigraph as ox

        self._write_held()
        self._writable().load(data, format=getattr(ox.RdfFormat, _FORMATS[format]))

    def dump(self, out: IO[bytes], *, format: str = "nquads") -> None:
        import pyoxigraph as ox

        self._write_held()
        self._store.dump(out, format=getattr(ox.RdfFormat, _FORMATS[format]))

    def flush(self, *, wait: bool = True) -> None:
        """Write RocksDB's write buffers to disk: without it they grow by about 1 KB per quad
        written during a long load (measured: 200 MB over 180,000 quads, 50 MB with a flush
        every ten articles).

        ``wait=False``: in a thread of its own (one at a time: a flush asked for while one
        runs is that one), so that the writes go on meanwhile. A flush is mostly waiting for
        the disk (0.1-0.6 s of a 30-article load here, 4 ms of it on a CPU), and ``kg load``
        stopped writing, and so handing articles to its workers, while it waited.
        """
        self._write_held()
        if self.path is None or self._deferred:
            return
        if wait:
            self._store.flush()
            return
        import threading

        with self._reopen:
            if self._flushing is not None and self._flushing.is_alive():
                return
            store = self._store
            self._flushing = threading.Thread(target=_flush_quietly, args=(store,), name="kg-store-flush", daemon=True)
            self._flushing.start()

    def _wait_for_flush(self) -> None:
        flushing, self._flushing = self._flushing, None
        if flushing is not None:
            flushing.join()

    def optimize(self) -> None:
        """Compact RocksDB's files: a bulk load leaves them unsorted across levels.

        Measured on 4M synthetic quads: 8 s, after which a library query took 2.3 s instead
        of 4.0 s.
        """
        self._write_held()
        if self.path is None:
            return
        try:
            self._writable().optimize()
        except (OSError, RuntimeError) as exc:
            raise StoreError(f"cannot optimize the store in {self.path}: {exc}") from None

    def __len__(self) -> int:
        self._write_held()
        return len(self._store)

    def close(self) -> None:
        try:
            self._write_held()  # what was put is written, even when the caller stopped before asking
        finally:
            self._wait_for_flush()
        try:
            if not self._deferred:
                self._store.flush()
        except (OSError, AttributeError, RuntimeError):  # read-only instances cannot flush
            pass
        self._store = None  # type: ignore[assignment]
        if self.path is not None:
            # RocksDB keeps its previous info log as LOG.old.<time> at every open: ~140 KB a command
            for old_log in self.path.glob("LOG.old.*"):
                with contextlib.suppress(OSError):
                    old_log.unlink()


def _flush_quietly(store) -> None:  # type: ignore[no-untyped-def]
    """A background flush (:meth:`OxigraphStore.flush`): an error is left for the next
    flush, or the one closing the store, to raise."""
    with contextlib.suppress(OSError, RuntimeError):
        store.flush()


def _cannot_open(path: Path | None, exc: OSError) -> StoreError:
    return StoreError(
        f"cannot open the store in {path}: {exc}; is another kg process using it? "
        "Close it, or pass --store with another folder"
    )


def _names_dataset(sparql: str) -> bool:
    """Whether a query has a FROM clause (its own dataset): lexed only when the letters
    "from" (or an escape, ``\\u0046ROM``) occur in it, and remembered for a text asked
    again. Lexing a library query took 0.3-1.2 ms here: as long as Oxigraph's whole answer to
    a small one. "from" within a longer name (``kgo:indexedFrom``, ``<…/from>``) is no clause.

    >>> _names_dataset("SELECT * FROM <g> WHERE { ?s ?p ?o }"), _names_dataset("SELECT ?e { ?e kgo:indexedFrom ?a }")
    (True, False)
    """
    folded = sparql.casefold()
    if "\\u" not in folded and not _FROM_WORD.search(folded):
        return False
    return _lexed_names_dataset(sparql)


#: "from" not within a longer name: an IRI such as kgo:indexedFrom (in the canonical layer's
#: queries) is no FROM clause, and lexing for it cost a tenth of a 30-article load's queries
_FROM_WORD = re.compile(r"(?<![\w:#/.-])from(?![\w:-])")


@functools.lru_cache(maxsize=256)
def _lexed_names_dataset(sparql: str) -> bool:
    from ..sparql.lexer import keywords

    return "FROM" in keywords(sparql)


def _check_store_folder(path: Path, *, read_only: bool) -> None:
    """Refuse a folder that holds other files (a folder of articles given as --store by mistake)."""
    if not path.exists():
        if read_only:
            raise StoreError(f"no store at {path}: check --store, or load articles first with kg load --store {path}")
        return
    if not path.is_dir():
        raise StoreError(f"--store {path} is a file, not a store folder; give a folder (kg creates it)")
    if (path / "CURRENT").is_file():  # RocksDB's marker: an Oxigraph store
        return
    others = sorted(p.name for p in path.iterdir())
    if others:
        shown = ", ".join(others[:3]) + (", …" if len(others) > 3 else "")
        raise StoreError(
            f"{path} is not a kg store but a folder of other files ({shown}); "
            "give --store a new or empty folder (kg creates it)"
        )


def _load_range_through_fifo(store, path: Path, start: int, end: int, fmt, lenient: bool, fifo: Path) -> None:  # type: ignore[no-untyped-def]
    """Bulk-load the bytes ``start:end`` of ``path`` through a named pipe.

    A thread copies the range into the pipe in 1 MB writes and Oxigraph reads the pipe
    natively, instead of calling a Python reader for every ~2 KB (the parallel parts then
    fought over the GIL: 1M quads loaded in 5.7-6.1 s that way, 5.1-5.3 s through pipes).
    """
    import errno
    import os
    import threading
    import time

    os.mkfifo(fifo)
    loader_done = threading.Event()
    feed_errors: list[OSError] = []

    def feed() -> None:
        try:
            while True:  # wait for the loader to open the pipe, or to give up before it did
                try:
                    fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
                    break
                except OSError as exc:
                    if exc.errno != errno.ENXIO or loader_done.is_set():
                        return
                    time.sleep(0.001)
            os.set_blocking(fd, True)
            with open(path, "rb") as src, open(fd, "wb") as dst:
                src.seek(start)
                left = end - start
                while left > 0:
                    chunk = src.read(min(left, 1 << 20))
                    if not chunk:
                        break
                    dst.write(chunk)
                    left -= len(chunk)
        except BrokenPipeError:
            pass  # the loader stopped reading: it failed, and its error is the one reported
        except OSError as exc:
            feed_errors.append(exc)

    feeder = threading.Thread(target=feed, name="kg-bulk-feed")
    feeder.start()
    try:
        store.bulk_load(path=str(fifo), format=fmt, lenient=lenient)
    finally:
        loader_done.set()
        feeder.join()
    if feed_errors:
        raise feed_errors[0]


class _RangeReader:
    """A binary reader of the bytes ``start:end`` of a file."""

    def __init__(self, path: Path, start: int, end: int) -> None:
        self._file = open(path, "rb")
        self._file.seek(start)
        self._left = end - start

    def read(self, n: int = -1) -> bytes:
        if self._left <= 0:
            return b""
        n = self._left if n is None or n < 0 else min(n, self._left)
        data = self._file.read(n)
        self._left -= len(data)
        return data

    def readable(self) -> bool:
        return True

    def __enter__(self) -> "_RangeReader":
        return self

    def __exit__(self, *exc: object) -> None:
        self._file.close()


def _line_ranges(path: Path, parts: int) -> list[tuple[int, int]]:
    """``parts`` byte ranges of a file, each ending at a line end (N-Quads: a statement a line)."""
    size = path.stat().st_size
    out, start = [], 0
    with open(path, "rb") as f:
        for i in range(1, max(parts, 1)):
            f.seek(size * i // parts)
            f.readline()
            pos = f.tell()
            if start < pos < size:
                out.append((start, pos))
                start = pos
    out.append((start, size))
    return out
