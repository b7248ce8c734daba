"""The one interface every store backend implements, and the SPARQL they share.

Where things live in a store:

* ``{base}graph/article/{id}``: one named graph per article, its claims (mentions, events,
  roles, surface forms), written whole or not at all;
* ``{base}graph/entities``: one description per canonical entity and post, shared by every
  article that mentions it; removing the last article that mentions an entity removes it.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from pathlib import Path
from typing import IO, Iterable, Literal as Lit

from rdflib import Graph, Literal
from rdflib.term import Node

from ..errors import StoreError
from ..rdf.iris import Iris
from ..rdf.mapping import ArticleRDF
from ..vocab import KGO, PREFIXES, SDO, XSD
from .prepared import PreparedArticle
from .terms import Term, row_to_rdflib, to_rdflib, value as term_value

__all__ = ["Store", "QueryResult", "PutResult", "sparql_prefixes"]

PutResult = Lit["added", "replaced", "unchanged"]
#: how an entity was identified, the surest first: breaks ties between equal confidences
_SOURCE_ORDER = {"kb": 0, "geonames": 1, "ner": 2}


def _float(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return -1.0


def _keep_best(best: dict[str, tuple[float, int, str, str]], entity: str, source: str, confidence: str) -> None:
    """Keep in ``best[entity]`` the better of what it holds and this evidence (see :meth:`Store.settle_links`)."""
    key = (_float(confidence), -_SOURCE_ORDER.get(source, len(_SOURCE_ORDER)), source, confidence)
    if entity not in best or key > best[entity]:
        best[entity] = key


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _article_question(graph: str, content_hash: str) -> str:
    """The question of :meth:`Store._ask_article`."""
    return f"ASK {{ GRAPH <{graph}> {{ ?a <{KGO.contentHash}> {content_hash} }} }}"


def sparql_prefixes() -> str:
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


class QueryResult:
    """The answer to a query, whatever the backend.

    ``kind`` is ``select`` (``variables`` and rows), ``ask`` (``boolean``) or ``graph``
    (``graph``, for CONSTRUCT and DESCRIBE).

    The rows come in three forms, each made when first asked for:

    * ``terms``: the terms as the backend's engine returned them (pyoxigraph's for the
      Oxigraph store, rdflib's for the others), None where unbound: nothing converted;
      read them with :mod:`kg.store.terms` (``value``, ``parts``, ``is_iri``);
    * ``values``: the text of each term (an IRI, a literal's lexical form), None where
      unbound: what most callers want;
    * ``rows``: rdflib terms, converted on first access, for callers that need rdflib.

    A graph answer likewise keeps the engine's triples (``triples``) and builds its rdflib
    ``graph`` on first access.
    """

    def __init__(
        self,
        kind: str,
        variables: list[str] | None = None,
        rows: list[tuple[Node | None, ...]] | None = None,
        boolean: bool | None = None,
        graph: Graph | None = None,
        truncated: bool = False,
        *,
        terms: list[tuple[Term | None, ...]] | None = None,
        triples: list[tuple[Term, Term, Term]] | None = None,
    ) -> None:
        self.kind = kind
        self.variables: list[str] = list(variables) if variables is not None else []
        self.boolean = boolean
        #: the rows (or triples) were cut at the ``max_rows`` the query was run with
        self.truncated = truncated
        self._rows = rows
        self._terms = terms if terms is not None else rows if rows is not None else []
        self._values: list[tuple[str | None, ...]] | None = None
        self._graph = graph
        self._triples = triples

    @property
    def terms(self) -> list[tuple[Term | None, ...]]:
        """The rows as the engine returned them (see the class docstring)."""
        return self._terms

    @property
    def rows(self) -> list[tuple[Node | None, ...]]:
        """The rows as rdflib terms (converted once, on first access)."""
        if self._rows is None:
            self._rows = [row_to_rdflib(row) for row in self._terms]
        return self._rows

    @rows.setter
    def rows(self, rows: list[tuple[Node | None, ...]]) -> None:
        self._rows = rows
        self._terms = rows
        self._values = None

    @property
    def values(self) -> list[tuple[str | None, ...]]:
        """The rows as the text of each term, None where unbound."""
        if self._values is None:
            self._values = [tuple(None if t is None else term_value(t) for t in row) for row in self._terms]
        return self._values

    @property
    def graph(self) -> Graph | None:
        """A graph answer as an rdflib ``Graph`` (built once, on first access)."""
        if self._graph is None and self._triples is not None:
            g = Graph()
            for s, p, o in self._triples:
                g.add((to_rdflib(s), to_rdflib(p), to_rdflib(o)))  # type: ignore[arg-type]
            self._graph = g
        return self._graph

    @graph.setter
    def graph(self, graph: Graph | None) -> None:
        self._graph = graph
        self._triples = None

    def __len__(self) -> int:
        """Rows of a select answer, triples of a graph answer (0 for ask)."""
        if self.kind == "graph":
            if self._triples is not None and self._graph is None:
                return len(self._triples)
            return len(self._graph) if self._graph is not None else 0
        return len(self._terms)

    def __repr__(self) -> str:
        size = "" if self.kind == "ask" else f", {len(self)} {'triples' if self.kind == 'graph' else 'rows'}"
        return f"QueryResult({self.kind}{size}{', truncated' if self.truncated else ''})"


class Store(ABC):
    """A place to keep article graphs and query them with SPARQL."""

    #: a short name for messages: "oxigraph", "memory", "sparql"
    name: str = "store"
    #: an IRI prefix: counts and listings consider only graphs under it (None: every graph).
    #: A shared server holds graphs that are not kg's (Virtuoso's system graphs).
    graph_scope: str | None = None
    #: a new article is written as its N-Quads (:meth:`ArticleRDF.nquads`): worker processes
    #: extracting for a load make them, and send the article as a
    #: :class:`~kg.store.prepared.PreparedArticle` (see :func:`kg.run.extract_batch`)
    writes_nquads: bool = False

    def __init__(self, iris: Iris) -> None:
        self.iris = iris

    # -- primitives each backend provides --------------------------------------------
    @abstractmethod
    def query(self, sparql: str, *, max_rows: int | None = None) -> QueryResult:
        """Run a SPARQL query; the default graph is the union of all graphs.

        ``max_rows``: keep at most that many rows (triples for CONSTRUCT) and set
        ``truncated`` when there were more.
        """

    @abstractmethod
    def update(self, sparql: str) -> None:
        """Run a SPARQL update as one transaction where the backend allows it."""

    @abstractmethod
    def load_file(self, path: Path, *, format: str = "nquads", lenient: bool = False) -> int:
        """Bulk-load an RDF file (N-Quads, TriG…) as it is; returns the quads added.

        ``lenient``: the backend may skip validating IRIs (for files kg wrote).
        """

    @abstractmethod
    def dump(self, out: IO[bytes], *, format: str = "nquads") -> None:
        """Write every quad in ``format`` (nquads or trig)."""

    @abstractmethod
    def __len__(self) -> int:
        """Number of quads."""

    def optimize(self) -> None:
        """Reorganise the storage for reading after a big load (no-op where there is nothing to do)."""

    def flush(self, *, wait: bool = True) -> None:
        """Write what the store buffers in memory to disk, freeing that memory (no-op where
        nothing is buffered). A long load calls it now and then, so that its memory stays flat.
        ``wait=False``: the backend may do it in the background while the caller goes on
        writing (:meth:`close` waits for it)."""

    def close(self) -> None:
        """Flush and release the store."""

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- what kg does with them, the same for every backend -------------------------
    def put_article(self, rdf: ArticleRDF | PreparedArticle) -> PutResult:
        """Write an article's graph whole, replacing an older version; unchanged → no write.

        Returns ``added``, ``replaced`` (then the shared descriptions the old version alone
        needed are collected) or ``unchanged`` (same content hash: nothing is written).
        After :meth:`defer_settling`, a new article's entities wait to be settled.
        """
        state = self.article_state(rdf)
        if state == "unchanged":
            return "unchanged"
        unsettled = self._unsettled
        if state == "replaced" and unsettled:
            self.settle_pending()
        touched = self.linked_entities(rdf.article_id) if state == "replaced" else set()
        self._write_article(rdf)
        if state == "replaced":
            self.collect_garbage()
        if isinstance(rdf, PreparedArticle):
            touched |= rdf.linked_entities()
        else:
            # compared as plain strings: rdflib's URIRef.__eq__ and a namespace look-up per
            # triple took as long as settling the links (~1.5 ms an article)
            linked = str(KGO.linkedEntity)
            touched |= {str(o) for _s, p, o in rdf.claim_triples if str.__eq__(p, linked)}
        if state == "added" and unsettled is not None:
            unsettled |= touched
        else:
            self.settle_links(touched)
        return state

    #: entities of new articles not settled yet, while settling is deferred (else None)
    _unsettled: set[str] | None = None

    def defer_settling(self) -> None:
        """From now on the entities a new article links are not settled (:meth:`settle_links`)
        when it is written but kept until :meth:`settle_pending`, which the caller calls
        before anything reads the entities' link sources (``kg load``: before each flush and
        at the end). Settling the entities of several new articles at once (one query and
        one update instead of one per article) ends as settling each article's in turn: an
        entity's best evidence is over the articles held when it is settled, and a new
        article removes nothing. Before an article replacing an older version is written,
        what waits is settled, as it would have been."""
        if self._unsettled is None:
            self._unsettled = set()

    def settle_pending(self, *, stop: bool = False) -> None:
        """Settle the entities waiting since :meth:`defer_settling`; ``stop``: and settle each
        new article's again as it is written."""
        unsettled = self._unsettled
        if stop:
            self._unsettled = None
        if unsettled:
            self.settle_links(unsettled)
            unsettled.clear()

    def defer_writes(self) -> None:
        """From now on a new article's graph may be held back by :meth:`put_article` and
        written with others at the next :meth:`write_pending` (or the first query, update,
        flush or close). The backends that gain from writing many articles at once do so
        (Oxigraph: its bulk loader); the others write each article when it is put."""

    def write_pending(self, *, stop: bool = False) -> dict[str, StoreError]:
        """Write the articles held back since :meth:`defer_writes`; the ids of those refused
        (each whole or not at all), with why. ``stop``: and write each article when it is put
        again. Nothing is held back by default."""
        return {}

    def holds(self, graph: str, content_hash: str) -> bool:
        """Whether the article graph ``graph`` holds the version with ``content_hash``."""
        return self._ask_article(str(graph), f'"{content_hash}"')

    def article_state(self, rdf: ArticleRDF | PreparedArticle) -> PutResult:
        """What :meth:`put_article` would do: ``added``, ``replaced`` or ``unchanged``."""
        graph = str(rdf.graph)
        if not self._ask_article(graph, "?h"):
            return "added"
        return "unchanged" if self.holds(graph, rdf.content_hash) else "replaced"

    def _ask_article(self, graph: str, content_hash: str) -> bool:
        """Whether the article graph ``graph`` holds a content hash ``content_hash`` (a literal,
        or a variable for any): a question about that one graph only."""
        return self.ask(_article_question(graph, content_hash))

    def _write_article(self, rdf: ArticleRDF | PreparedArticle) -> None:
        """Replace the article's graph and add its descriptions, in one SPARQL update."""
        graph = rdf.graph
        if isinstance(rdf, PreparedArticle):
            claims, descriptions = rdf.ntriples()
        else:
            claims, descriptions = rdf.claim_triples.ntriples(), rdf.description_triples.ntriples()
        self.update(
            f"DROP SILENT GRAPH <{graph}> ;\n"
            f"INSERT DATA {{\n GRAPH <{graph}> {{\n{claims}\n }}\n"
            f" GRAPH <{self.iris.entities_graph}> {{\n{descriptions}\n }}\n}}"
        )

    def remove_article(self, article_id: str) -> bool:
        """Delete an article's graph and every shared description nothing else needs."""
        graph = self.iris.article_graph(article_id)
        if not self.ask(f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"):
            return False
        touched = self.linked_entities(article_id)
        self.update(f"DROP SILENT GRAPH <{graph}>")
        self.collect_garbage()
        self.settle_links(touched)
        return True

    def linked_entities(self, article_id: str) -> set[str]:
        """The entities an article's graph holds link evidence for (``kgo:linkedEntity``)."""
        graph = self.iris.article_graph(article_id)
        res = self.query(f"SELECT DISTINCT ?e WHERE {{ GRAPH <{graph}> {{ ?l <{KGO.linkedEntity}> ?e }} }}")
        return {r[0] for r in res.values if r[0] is not None}

    def settle_links(self, entities: Iterable[str] | None = None) -> int:
        """Give each entity one ``kgo:linkSource`` and one ``kgo:confidence``: the best evidence.

        The evidence is what the articles the store holds say (``kgo:linkedEntity`` nodes in
        their graphs); the best is the highest confidence, then ``kb`` over ``geonames`` over
        ``ner``, so the result depends on which articles are held, never on the order they
        arrived, changed or left. An entity no article has evidence for is left as it is (a
        store written before kg kept evidence). ``entities``: IRIs to settle (None: every
        entity with evidence). Returns how many entities were settled.
        """
        wanted = None if entities is None else sorted(set(entities))
        if wanted is not None and not wanted:
            return 0
        best: dict[str, tuple[float, int, str, str]] = {}
        prefix = self.iris.article_graph_prefix
        for chunk in _chunks(wanted, 500) if wanted is not None else [None]:
            values = f"VALUES ?e {{ {' '.join(f'<{e}>' for e in chunk)} }}" if chunk else ""
            res = self.query(
                f"SELECT ?e ?s ?c WHERE {{ {values} GRAPH ?g {{ ?l <{KGO.linkedEntity}> ?e ; <{KGO.linkSource}> ?s "
                f"OPTIONAL {{ ?l <{KGO.confidence}> ?c }} }} FILTER(STRSTARTS(STR(?g), \"{prefix}\")) }}"
            )
            for e, src, conf in res.values:
                if e is not None and src is not None:
                    _keep_best(best, e, src, conf if conf is not None else "")
        if not best:
            return 0
        graph = self.iris.entities_graph
        settled = sorted(best)
        for chunk in _chunks(settled, 500):
            values = " ".join(f"<{e}>" for e in chunk)
            inserts = []
            for e in chunk:
                _conf, _rank, src, text = best[e]
                inserts.append(f"<{e}> <{KGO.linkSource}> {Literal(src).n3()} .")
                if text:
                    inserts.append(f"<{e}> <{KGO.confidence}> {Literal(text, datatype=XSD.decimal).n3()} .")
            self.update(
                f"DELETE {{ GRAPH <{graph}> {{ ?e <{KGO.linkSource}> ?s }} }} "
                f"WHERE {{ VALUES ?e {{ {values} }} GRAPH <{graph}> {{ ?e <{KGO.linkSource}> ?s }} }} ;\n"
                f"DELETE {{ GRAPH <{graph}> {{ ?e <{KGO.confidence}> ?c }} }} "
                f"WHERE {{ VALUES ?e {{ {values} }} GRAPH <{graph}> {{ ?e <{KGO.confidence}> ?c }} }} ;\n"
                f"INSERT DATA {{ GRAPH <{graph}> {{\n" + "\n".join(inserts) + "\n} }"
            )
        return len(settled)

    def collect_garbage(self) -> None:
        """Drop shared descriptions nothing needs any more.

        A node of the entities graph stays while an article mentions it, a person in an
        article holds it (posts), or another node that stays points at it (a post's
        country, an entity's geometry). Each pass removes one layer of what is left over.
        """
        e = self.iris.entities_graph
        prefix = self.iris.article_graph_prefix
        holds = "<http://www.w3.org/ns/org#holds>"
        sweep = (
            f"DELETE {{ GRAPH <{e}> {{ ?x ?p ?o }} }} WHERE {{\n"
            f"  GRAPH <{e}> {{ ?x ?p ?o }}\n"
            f"  FILTER NOT EXISTS {{ GRAPH ?g {{ ?a <{SDO.mentions}>|{holds} ?x }}"
            f" FILTER(STRSTARTS(STR(?g), \"{prefix}\")) }}\n"
            f"  FILTER NOT EXISTS {{ GRAPH <{e}> {{ ?owner ?link ?x }} }}\n"
            f"}}"
        )
        before = self.graph_size(e)
        for _ in range(8):
            self.update(sweep)
            after = self.graph_size(e)
            if after == before:
                break
            before = after

    def ask(self, sparql: str) -> bool:
        return bool(self.query(sparql).boolean)

    def article_ids(self) -> list[str]:
        res = self.query(
            f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?a a <{SDO.NewsArticle}> }} }} ORDER BY ?g"
        )
        ids = (self.iris.article_id_of_graph(r[0]) for r in res.values if r[0] is not None)
        return [i for i in ids if i]

    def graph_size(self, graph: str) -> int:
        """Number of triples in one named graph."""
        res = self.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
        return int(res.values[0][0]) if res.values and res.values[0][0] is not None else 0

    def graph_sizes(self) -> dict[str, int]:
        """Triples per named graph (on a shared server: kg's graphs only, see ``graph_scope``)."""
        scope = f'FILTER(STRSTARTS(STR(?g), "{self.graph_scope}"))' if self.graph_scope else ""
        res = self.query(
            f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {scope} }} GROUP BY ?g ORDER BY ?g"
        )
        return {g: int(n) for g, n in res.values if g is not None and n is not None}
