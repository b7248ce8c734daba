"""An rdflib Dataset in memory: for small jobs and tests; nothing is kept on disk."""
from __future__ import annotations

from pathlib import Path
from typing import IO

from rdflib import Dataset
from rdflib.plugins.sparql.parser import ParseException

from ..errors import QueryError, StoreError
from ..rdf.iris import Iris
from ..rdf.serialize import RDF_FORMATS
from .base import QueryResult, Store

__all__ = ["MemoryStore"]


class MemoryStore(Store):
    """All graphs in one rdflib ``Dataset`` whose default graph is their union."""

    name = "memory"

    def __init__(self, iris: Iris) -> None:
        super().__init__(iris)
        self.dataset = Dataset(default_union=True)

    def query(self, sparql: str) -> QueryResult:
        try:
            res = self.dataset.query(sparql)
        except ParseException as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from None
        if res.type == "ASK":
            return QueryResult(kind="ask", boolean=bool(res.askAnswer))
        if res.type == "SELECT":
            variables = [str(v) for v in res.vars]
            return QueryResult(kind="select", variables=variables, rows=[tuple(row) for row in res])
        return QueryResult(kind="graph", graph=res.graph)

    def update(self, sparql: str) -> None:
        try:
            self.dataset.update(sparql)
        except ParseException as exc:
            raise QueryError(f"SPARQL update syntax error: {exc}") from None

    def load_file(self, path: Path, *, format: str = "nquads") -> int:
        before = len(self)
        try:
            self.dataset.parse(str(path), format=RDF_FORMATS[format][0])
        except Exception as exc:  # rdflib raises many kinds of parse errors
            raise StoreError(f"{path}: not valid {format}: {exc}") from None
        return len(self) - before

    def dump(self, out: IO[bytes], *, format: str = "nquads") -> None:
        out.write(self.dataset.serialize(format=RDF_FORMATS[format][0]).encode("utf-8"))

    def __len__(self) -> int:
        return sum(1 for _ in self.dataset.quads((None, None, None, None)))
