"""The bulk path: N-Quads that ``kg extract`` already wrote, streamed into a store.

Extraction is the slow part of loading; a corpus extracted once (``kg extract … --format
nquads -o corpus.nq``, possibly on many machines) is loaded with :func:`load_nquads`
without the per-article SPARQL round trips of :meth:`Store.put_article`: the embedded store
uses Oxigraph's bulk loader, a remote server gets the file in large chunks.

It keeps the promise of per-article loading that a feed loaded again changes nothing: an
article graph of the file that the store already holds is dropped first, so it is
replaced, not merged; descriptions in the shared entities graph are merged (a store keeps
one copy of a triple).

A bad line anywhere leaves the store as it was: the whole file is read through once
(:func:`check_nquads`, about 300,000 quads a second) before anything is dropped or loaded,
and the error names the file and its real line. IRIs and language tags are validated
unless ``strict=False`` (``kg bulk-load --lenient``, for files kg itself wrote): an
invalid IRI let in would break ``kg export`` later.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import StoreError
from .base import Store

__all__ = ["BulkResult", "load_nquads", "graphs_in_nquads", "check_nquads"]


@dataclass
class BulkResult:
    """What :func:`load_nquads` did."""

    path: Path
    quads_before: int
    quads_after: int
    replaced: int  # article graphs of the file the store held before
    seconds: float  # loading, replaced graphs and garbage included
    optimize_seconds: float = 0.0  # compacting the store for reading afterwards

    @property
    def added(self) -> int:
        return self.quads_after - self.quads_before

    @property
    def quads_per_second(self) -> float:
        """Quads added per second of loading (the optimize step not counted)."""
        return self.added / self.seconds if self.seconds > 0 and self.added > 0 else 0.0

    def summary(self) -> str:
        rate = f" ({self.quads_per_second:,.0f} quads/s)" if self.quads_per_second else ""
        optimized = f", store optimized for reading in {self.optimize_seconds:.1f} s" if self.optimize_seconds else ""
        return (
            f"{self.path}: {self.quads_after - self.quads_before:+d} quads in {self.seconds:.1f} s{rate}, "
            f"{self.replaced} article graph{'s' if self.replaced != 1 else ''} replaced, "
            f"{self.quads_after} quads in the store{optimized}"
        )


def graphs_in_nquads(path: Path, *, strict: bool = True) -> set[str]:
    """The IRIs of the named graphs of an N-Quads file (read with Oxigraph's parser).

    Raises
    ------
    StoreError
        When the file cannot be read or is not valid N-Quads.
    """
    return check_nquads(path, strict=strict)[0]


def check_nquads(path: Path, *, strict: bool = True) -> tuple[set[str], int]:
    """Read the whole N-Quads file once: its named graphs and its number of quads.

    ``strict``: IRIs and language tags are validated too.

    Raises
    ------
    StoreError
        The file cannot be read, or a line is not valid N-Quads: the message names the
        file and the line, and says that nothing was loaded.
    """
    import pyoxigraph as ox

    names: set[str] = set()
    count = 0
    try:
        for q in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS, lenient=not strict):
            count += 1
            g = q.graph_name
            if isinstance(g, ox.NamedNode):
                names.add(g.value)
    except SyntaxError as exc:
        where = f"{path}:{exc.lineno}" if getattr(exc, "lineno", None) else str(path)
        reason = str(exc.msg if getattr(exc, "msg", None) else exc)
        reason = reason.split(": ", 1)[1] if reason.startswith("Parser error at line") and ": " in reason else reason
        raise StoreError(f"{where}: not valid N-Quads ({reason}); nothing was loaded, the store is as it was") from None
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror or exc}") from None
    return names, count


def load_nquads(
    store: Store, path: str | Path, *, replace: bool = True, strict: bool = True, optimize: bool = False
) -> BulkResult:
    """Stream the N-Quads file ``path`` into ``store``.

    Parameters
    ----------
    store
        Any kg store.
    path
        An N-Quads file, as ``kg extract --format nquads`` writes.
    replace
        Drop the article graphs of the file that the store already holds before loading,
        so that loading a file again leaves the store as it was (the default). With
        ``False`` the file's quads are merged into what is there.
    strict
        Validate every IRI and language tag (the default). ``False`` trusts the file's
        terms, as it may for files kg wrote; the syntax is checked either way.
    optimize
        Compact the store for reading afterwards (embedded store: queries after a big bulk
        load run up to twice as fast; costs about a fifth of the load time). Timed apart.

    Returns
    -------
    BulkResult

    Raises
    ------
    StoreError
        When the file is missing or not valid N-Quads (then nothing was loaded), or the
        store refuses it.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from kg.config import Settings
    >>> from kg.store import open_store
    >>> nq = pathlib.Path(tempfile.mkdtemp()) / "a.nq"
    >>> _ = nq.write_text('<https://x/a> <https://x/p> "1" <https://w3id.org/kg-news/graph/article/a> .\\n')
    >>> with open_store("oxigraph-memory:", Settings()) as store:
    ...     first = load_nquads(store, nq).quads_after
    ...     again = load_nquads(store, nq)
    >>> first, again.quads_after, again.replaced
    (1, 1, 1)
    """
    import time

    path = Path(path)
    if not path.is_file():
        raise StoreError(f"no N-Quads file {path}")
    t0 = time.perf_counter()
    before = len(store)
    prefix = store.iris.article_graph_prefix
    replaced = 0
    graphs, _ = check_nquads(path, strict=strict)  # a bad line: refused before anything changes
    if replace and store.ask(f'ASK {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{prefix}")) }}'):
        present = [g for g in sorted(graphs) if g.startswith(prefix) and store.ask(f"ASK {{ GRAPH <{g}> {{ ?s ?p ?o }} }}")]
        for i in range(0, len(present), 200):
            store.update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in present[i : i + 200]))
        replaced = len(present)
    added = store.load_file(path, format="nquads", lenient=not strict)
    if replaced:
        store.collect_garbage()
    after = len(store) if replaced else before + added  # counting quads scans the store: once is enough
    seconds = time.perf_counter() - t0
    t1 = time.perf_counter()
    if optimize:
        store.optimize()
    return BulkResult(path, before, after, replaced, seconds, time.perf_counter() - t1 if optimize else 0.0)
