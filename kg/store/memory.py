"""An rdflib Dataset in memory: for small jobs and tests; nothing is kept on disk."""
from __future__ import annotations

from pathlib import Path
from typing import IO, Iterable

from rdflib import Dataset, Literal, URIRef
from pyparsing import ParseBaseException as ParseException

from ..errors import QueryError, StoreError
from ..rdf.iris import Iris
from ..rdf.mapping import ArticleRDF
from ..rdf.serialize import RDF_FORMATS
from ..sparql.explain import syntax_message
from ..vocab import KGO, XSD
from .base import QueryResult, Store, _keep_best

__all__ = ["MemoryStore"]


class MemoryStore(Store):
    """All graphs in one rdflib ``Dataset`` whose default graph is their union."""

    name = "memory"

    def __init__(self, iris: Iris) -> None:
        super().__init__(iris)
        self.dataset = Dataset(default_union=True)

    def query(self, sparql: str, *, max_rows: int | None = None) -> QueryResult:
        import itertools

        import rdflib.plugins.sparql

        # FROM <iri> must never make rdflib fetch or open <iri>: only graphs in the store count
        rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False
        try:
            res = self.dataset.query(sparql)
        except ParseException as exc:
            raise QueryError(syntax_message(sparql, str(exc))) from None
        except Exception as exc:  # rdflib raises a bare Exception for an undeclared prefix
            if "Unknown namespace prefix" not in str(exc):
                raise
            raise QueryError(syntax_message(sparql, str(exc))) from None
        if res.type == "ASK":
            return QueryResult(kind="ask", boolean=bool(res.askAnswer))
        limit = None if max_rows is None else max_rows + 1
        if res.type == "SELECT":
            variables = [str(v) for v in res.vars]
            rows = [tuple(row) for row in itertools.islice(res, limit)]
            cut = max_rows is not None and len(rows) > max_rows
            return QueryResult(kind="select", variables=variables, rows=rows[:max_rows] if cut else rows, truncated=cut)
        graph = res.graph
        if max_rows is not None and graph is not None and len(graph) > max_rows:
            from rdflib import Graph

            kept = Graph()
            for t in itertools.islice(graph, max_rows):
                kept.add(t)
            return QueryResult(kind="graph", graph=kept, truncated=True)
        return QueryResult(kind="graph", graph=graph)

    def update(self, sparql: str) -> None:
        try:
            self.dataset.update(sparql)
        except ParseException as exc:
            raise QueryError(f"SPARQL update syntax error: {exc}") from None

    def _write_article(self, rdf: ArticleRDF) -> None:
        """Replace the article's graph and add its descriptions directly in the Dataset.

        (The same as the SPARQL update of :class:`Store`, without making rdflib parse a big
        ``INSERT DATA``, which takes it seconds per article.)
        """
        self.dataset.remove_graph(rdf.graph)
        graph = self.dataset.graph(rdf.graph)
        for t in rdf.claim_triples:
            graph.add(t)
        entities = self.dataset.graph(self.iris.entities_graph)
        for t in rdf.description_triples:
            entities.add(t)

    def linked_entities(self, article_id: str) -> set[str]:
        graph = self.dataset.graph(self.iris.article_graph(article_id))
        return {str(e) for e in graph.objects(None, KGO.linkedEntity)}

    def settle_links(self, entities: Iterable[str] | None = None) -> int:
        """:meth:`Store.settle_links` on the Dataset directly (rdflib's SPARQL update took ~250 ms an article)."""
        prefix = self.iris.article_graph_prefix
        wanted = None if entities is None else {URIRef(e) for e in entities}
        if wanted is not None and not wanted:
            return 0
        best: dict[str, tuple[float, int, str, str]] = {}
        objects = [None] if wanted is None else sorted(wanted)
        for obj in objects:
            for link, _p, e, ctx in self.dataset.quads((None, KGO.linkedEntity, obj, None)):
                name = getattr(ctx, "identifier", ctx)
                if not str(name).startswith(prefix):
                    continue
                graph = self.dataset.graph(name)
                src = graph.value(link, KGO.linkSource)
                if src is None:
                    continue
                conf = graph.value(link, KGO.confidence)
                _keep_best(best, str(e), str(src), str(conf) if conf is not None else "")
        entities_graph = self.dataset.graph(self.iris.entities_graph)
        for e, (_c, _r, src, text) in best.items():
            node = URIRef(e)
            entities_graph.remove((node, KGO.linkSource, None))
            entities_graph.remove((node, KGO.confidence, None))
            entities_graph.add((node, KGO.linkSource, Literal(src)))
            if text:
                entities_graph.add((node, KGO.confidence, Literal(text, datatype=XSD.decimal)))
        return len(best)

    def load_file(self, path: Path, *, format: str = "nquads", lenient: bool = False) -> int:
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
