"""The bulk path: N-Quads that ``kg extract`` already wrote, streamed into a store.

Extraction is the slow part of loading; a corpus extracted once (``kg extract … --format
nquads -o corpus.nq``, possibly on many machines) is loaded with :func:`load_nquads`
without the per-article SPARQL round trips of :meth:`Store.put_article`: the embedded store
uses Oxigraph's bulk loader, a remote server gets the file in large chunks.

It keeps the promise of per-article loading that a feed loaded again changes nothing: an
article graph of the file that the store already holds is dropped first, so it is
replaced, not merged; descriptions in the shared entities graph are merged (a store keeps
one copy of a triple).

Several files load as one: a folder of shards (``kg extract-shards``, one N-Quads file per
partition of the corpus) or a list of files. The shared entities graph then holds what every
article said about an entity; the one ``kgo:linkSource`` and ``kgo:confidence`` each entity
keeps are settled afterwards from the articles' link evidence
(:meth:`~kg.store.base.Store.settle_links`), so the store ends as ``kg load`` of the same
articles leaves it, whatever the order of the files.

A bad line anywhere leaves the store as it was: every file is read through once
(:func:`check_nquads`, about 300,000 quads a second) before anything is dropped or loaded,
and the error names the file and its real line. IRIs and language tags are validated
unless ``strict=False`` (``kg bulk-load --lenient``, for files kg itself wrote): an
invalid IRI let in would break ``kg export`` later.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from ..errors import StoreError
from ..vocab import KGO
from .base import Store

__all__ = ["BulkResult", "load_nquads", "nquads_files", "graphs_in_nquads", "check_nquads"]


@dataclass
class BulkResult:
    """What :func:`load_nquads` did."""

    path: Path  # the file, or the folder (or first file) of several
    quads_before: int
    quads_after: int
    replaced: int  # article graphs of the files the store held before
    seconds: float  # loading, replaced graphs, garbage and settling links included
    optimize_seconds: float = 0.0  # compacting the store for reading afterwards
    files: int = 1
    settled: int = 0  # entities given their one link source and confidence

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
        what = f"{self.path}" if self.files == 1 else f"{self.path}: {self.files} files"
        return (
            f"{what}: {self.quads_after - self.quads_before:+d} quads in {self.seconds:.1f} s{rate}, "
            f"{self.replaced} article graph{'s' if self.replaced != 1 else ''} replaced, "
            f"{self.quads_after} quads in the store{optimized}"
        )


def nquads_files(paths: str | Path | Iterable[str | Path]) -> list[Path]:
    """The N-Quads files to load: files as given, each folder as its ``*.nq`` files in name order.

    Raises
    ------
    StoreError
        When a path does not exist, or a folder holds no ``.nq`` file.
    """
    given = [paths] if isinstance(paths, (str, Path)) else list(paths)
    files: list[Path] = []
    for p in map(Path, given):
        if p.is_dir():
            found = sorted(f for f in p.glob("*.nq") if f.is_file())
            if not found:
                raise StoreError(f"no N-Quads file (*.nq) in the folder {p}")
            files += found
        elif p.is_file():
            files.append(p)
        else:
            raise StoreError(f"no N-Quads file {p}")
    if not files:
        raise StoreError("no N-Quads file given")
    return files


def graphs_in_nquads(path: Path, *, strict: bool = True) -> set[str]:
    """The IRIs of the named graphs of an N-Quads file (read with Oxigraph's parser).

    Raises
    ------
    StoreError
        When the file cannot be read or is not valid N-Quads.
    """
    return check_nquads(path, strict=strict)[0]


def check_nquads(path: Path, *, strict: bool = True, linked: set[str] | None = None) -> tuple[set[str], int]:
    """Read the whole N-Quads file once: its named graphs and its number of quads.

    ``strict``: IRIs and language tags are validated too. ``linked``: a set to which the
    entities the file holds link evidence for (objects of ``kgo:linkedEntity``) are added.

    Raises
    ------
    StoreError
        The file cannot be read, or a line is not valid N-Quads: the message names the
        file and the line, and says that nothing was loaded.
    """
    import pyoxigraph as ox

    names: set[str] = set()
    count = 0
    evidence = ox.NamedNode(str(KGO.linkedEntity))
    try:
        for q in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS, lenient=not strict):
            count += 1
            g = q.graph_name
            if isinstance(g, ox.NamedNode):
                names.add(g.value)
            if linked is not None and q.predicate == evidence and isinstance(q.object, ox.NamedNode):
                linked.add(q.object.value)
    except SyntaxError as exc:
        where = f"{path}:{exc.lineno}" if getattr(exc, "lineno", None) else str(path)
        reason = str(exc.msg if getattr(exc, "msg", None) else exc)
        reason = reason.split(": ", 1)[1] if reason.startswith("Parser error at line") and ": " in reason else reason
        raise StoreError(f"{where}: not valid N-Quads ({reason}); nothing was loaded, the store is as it was") from None
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror or exc}") from None
    return names, count


def _linked_in_graphs(store: Store, graphs: Sequence[str]) -> set[str]:
    """The entities the article graphs ``graphs`` hold link evidence for."""
    out: set[str] = set()
    for i in range(0, len(graphs), 200):
        values = " ".join(f"<{g}>" for g in graphs[i : i + 200])
        res = store.query(
            f"SELECT DISTINCT ?e WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?l <{KGO.linkedEntity}> ?e }} }}"
        )
        out.update(r[0] for r in res.values if r[0] is not None)
    return out


def load_nquads(
    store: Store,
    path: str | Path | Sequence[str | Path],
    *,
    replace: bool = True,
    strict: bool = True,
    optimize: bool = False,
) -> BulkResult:
    """Stream N-Quads files into ``store``, then settle each entity's link to the best evidence.

    Parameters
    ----------
    store
        Any kg store.
    path
        An N-Quads file, as ``kg extract --format nquads`` writes; a folder of them (the
        shards ``kg extract-shards`` writes); or a list of files and folders. All are read
        through before anything changes, then loaded one after the other.
    replace
        Drop the article graphs of the files that the store already holds before loading,
        so that loading a file again leaves the store as it was (the default). With
        ``False`` the files' quads are merged into what is there.
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
        When a file is missing or not valid N-Quads (then nothing was loaded), or the
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

    files = nquads_files(path)
    label = Path(path) if isinstance(path, (str, Path)) else files[0]
    t0 = time.perf_counter()
    before = len(store)
    prefix = store.iris.article_graph_prefix
    graphs: set[str] = set()
    touched: set[str] = set()  # entities whose shared link source and confidence may change
    for f in files:  # a bad line in any file: refused before anything changes
        graphs |= check_nquads(f, strict=strict, linked=touched)[0]
    held = store.ask(f'ASK {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{prefix}")) }}')
    replaced = 0
    if replace and held:
        present = [g for g in sorted(graphs) if g.startswith(prefix) and store.ask(f"ASK {{ GRAPH <{g}> {{ ?s ?p ?o }} }}")]
        touched |= _linked_in_graphs(store, present)
        for i in range(0, len(present), 200):
            store.update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in present[i : i + 200]))
        replaced = len(present)
    added = 0
    for f in files:
        added += store.load_file(f, format="nquads", lenient=not strict)
    if replaced:
        store.collect_garbage()
    # a store that held no article before: every entity with evidence is one to settle, in one query
    settled = store.settle_links(touched if held else None)
    # counting quads scans the store: only when dropping graphs or settling links changed the count
    after = len(store) if replaced or settled else before + added
    seconds = time.perf_counter() - t0
    t1 = time.perf_counter()
    if optimize:
        store.optimize()
    return BulkResult(
        label, before, after, replaced, seconds, time.perf_counter() - t1 if optimize else 0.0, files=len(files), settled=settled
    )
