"""The embedded persistent store: Oxigraph on disk, through pyoxigraph (the default)."""
from __future__ import annotations

from pathlib import Path
from typing import IO

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from ..errors import QueryError, StoreError
from ..rdf.iris import Iris
from .base import QueryResult, Store

__all__ = ["OxigraphStore"]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_FORMATS = {"nquads": "N_QUADS", "trig": "TRIG", "turtle": "TURTLE", "ntriples": "N_TRIPLES"}


def _to_rdflib(term) -> Node | None:  # pyoxigraph term -> rdflib term
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:  # RDF 1.1: a plain literal is an xsd:string
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise StoreError(f"unsupported RDF term in a result: {term!r}")


class OxigraphStore(Store):
    """An Oxigraph store in a folder (created on first use), or in memory when path is None."""

    name = "oxigraph"

    def __init__(self, path: str | Path | None, iris: Iris, *, read_only: bool = False) -> None:
        super().__init__(iris)
        import pyoxigraph as ox

        self.path = Path(path) if path is not None else None
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as exc:
            raise StoreError(
                f"cannot open the store in {self.path}: {exc}; is another kg process using it? "
                "Close it, or pass --store with another folder"
            ) from None

    def query(self, sparql: str, *, max_rows: int | None = None) -> QueryResult:
        import itertools

        import pyoxigraph as ox

        try:
            res = self._store.query(sparql, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from None
        except OSError as exc:
            raise StoreError(f"query failed: {exc}") from None
        if isinstance(res, ox.QueryBoolean):
            return QueryResult(kind="ask", boolean=bool(res))
        limit = None if max_rows is None else max_rows + 1
        try:
            if isinstance(res, ox.QuerySolutions):
                variables = [v.value for v in res.variables]
                rows = [tuple(_to_rdflib(sol[v]) for v in variables) for sol in itertools.islice(res, limit)]
                cut = max_rows is not None and len(rows) > max_rows
                return QueryResult(kind="select", variables=variables, rows=rows[:max_rows] if cut else rows, truncated=cut)
            triples = list(itertools.islice(res, limit))
        except OSError as exc:
            raise StoreError(f"query failed: {exc}") from None
        cut = max_rows is not None and len(triples) > max_rows
        g = Graph()
        for t in triples[:max_rows] if cut else triples:
            g.add((_to_rdflib(t.subject), _to_rdflib(t.predicate), _to_rdflib(t.object)))
        return QueryResult(kind="graph", graph=g, truncated=cut)

    def update(self, sparql: str) -> None:
        try:
            self._store.update(sparql)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL update syntax error: {exc}") from None
        except OSError as exc:
            raise StoreError(f"update failed: {exc}") from None

    def load_file(self, path: Path, *, format: str = "nquads") -> int:
        import pyoxigraph as ox

        before = len(self._store)
        try:
            self._store.bulk_load(path=str(path), format=getattr(ox.RdfFormat, _FORMATS[format]))
        except (SyntaxError, ValueError) as exc:
            raise StoreError(f"{path}: not valid {format}: {exc}") from None
        self._store.flush()
        return len(self._store) - before

    def load_bytes(self, data: bytes, *, format: str = "nquads") -> None:
        import pyoxigraph as ox

        self._store.load(data, format=getattr(ox.RdfFormat, _FORMATS[format]))

    def dump(self, out: IO[bytes], *, format: str = "nquads") -> None:
        import pyoxigraph as ox

        self._store.dump(out, format=getattr(ox.RdfFormat, _FORMATS[format]))

    def __len__(self) -> int:
        return len(self._store)

    def close(self) -> None:
        try:
            self._store.flush()
        except (OSError, AttributeError, RuntimeError):  # read-only instances cannot flush
            pass
        self._store = None  # type: ignore[assignment]
