"""Check graphs against the SHACL shapes in ``ontology/shapes.ttl`` (with pySHACL).

An article is checked with everything its graph needs: its claims and the descriptions
of the entities and posts it refers to. Violations (``sh:Violation``) make a graph
invalid; warnings are reported only.

    >>> from kg.rdf.validate import validate_graph
    >>> from rdflib import Graph
    >>> g = Graph().parse(data='''
    ...   @prefix schema: <https://schema.org/> .
    ...   <https://example.org/a> a schema:NewsArticle .''', format="turtle")
    >>> sorted({v.path for v in validate_graph(g)})
    ['kgo:contentHash', 'kgo:extractorVersion', 'schema:identifier', 'schema:text']
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

from rdflib import Graph, Namespace, URIRef
from rdflib.term import Node

from ..errors import ValidationError
from ..vocab import PREFIXES
from .mapping import ArticleRDF

if TYPE_CHECKING:
    from ..store.base import Store

__all__ = ["Violation", "shapes_graph", "validate_graph", "validate_article", "validate_store", "by_focus", "article_problems"]

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class Violation:
    """One SHACL result: which node, which property, what is wrong."""

    focus: str
    path: str
    message: str
    severity: str  # "Violation" | "Warning" | "Info"
    shape: str
    value: str = ""

    @property
    def is_violation(self) -> bool:
        return self.severity == "Violation"

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"{self.focus}: {where}{self.message}"


@lru_cache(maxsize=4)
def _load_shapes(path: str) -> Graph:
    g = Graph()
    try:
        g.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises many kinds of parse errors
        raise ValidationError(f"the SHACL shapes {path} are not valid Turtle: {exc}") from None
    return g


def shapes_graph(path: Path | None = None) -> Graph:
    """The shapes (``ontology/shapes.ttl`` unless ``path`` is given), parsed once."""
    if path is None:
        from ..resources import ontology_dir

        path = ontology_dir() / "shapes.ttl"
    if not Path(path).is_file():
        raise ValidationError(f"no SHACL shapes file at {path}; reinstall kg or pass the shapes file")
    return _load_shapes(str(path))


def _short(term: Node | None, g: Graph) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        for prefix, ns in PREFIXES.items():
            if str(term).startswith(ns):
                return f"{prefix}:{str(term)[len(ns):]}"
        return str(term)
    if (term, None, None) in g:  # a blank node of the shapes: a path expression or a shape
        alt = g.value(term, SH.alternativePath)
        if alt is not None:
            from rdflib.collection import Collection

            return "|".join(_short(t, g) for t in Collection(g, alt))
    return str(term)


def validate_graph(data: Graph, *, shapes: Graph | None = None) -> list[Violation]:
    """Every SHACL result for ``data``: violations first, then warnings.

    Raises
    ------
    ValidationError
        When the shapes cannot be read.
    """
    from pyshacl import validate

    shapes = shapes if shapes is not None else shapes_graph()
    conforms, report, _text = validate(
        data, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True, abort_on_first=False
    )
    if conforms:
        return []
    out = []
    for result in report.subjects(SH.resultSeverity, None):
        severity = str(report.value(result, SH.resultSeverity)).rsplit("#", 1)[-1]
        message = report.value(result, SH.resultMessage)
        out.append(
            Violation(
                focus=str(report.value(result, SH.focusNode)),
                path=_short(report.value(result, SH.resultPath), shapes if (report.value(result, SH.resultPath), None, None) in shapes else report),
                message=str(message) if message is not None else "does not conform",
                severity=severity,
                shape=_short(report.value(result, SH.sourceShape), shapes),
                value=str(report.value(result, SH.value) or ""),
            )
        )
    out.sort(key=lambda v: (not v.is_violation, v.focus, v.path, v.message))
    return out


def validate_article(rdf: ArticleRDF, *, shapes: Graph | None = None) -> list[Violation]:
    """The SHACL results of one article: its claims together with the descriptions it needs."""
    data = Graph()
    for t in rdf.claim_triples:
        data.add(t)
    for t in rdf.description_triples:
        data.add(t)
    return validate_graph(data, shapes=shapes)


def article_problems(rdf: ArticleRDF) -> list[str]:
    """The violations of one article as lines (the ``validate`` hook of :func:`kg.run.load`)."""
    return [str(v) for v in validate_article(rdf) if v.is_violation]


def _article_data(store: "Store", graph: str) -> Graph:
    """An article's graph and the shared descriptions it refers to (two levels deep)."""
    entities = store.iris.entities_graph
    data = Graph()
    queries = (
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}",
        f"CONSTRUCT {{ ?e ?p ?o }} WHERE {{ {{ SELECT DISTINCT ?e WHERE {{ GRAPH <{graph}> {{ {{ ?x ?y ?e }} UNION {{ ?e ?y ?x }} }} FILTER(isIRI(?e)) }} }} "
        f"GRAPH <{entities}> {{ ?e ?p ?o }} }}",
        f"CONSTRUCT {{ ?n ?p ?o }} WHERE {{ {{ SELECT DISTINCT ?n WHERE {{ GRAPH <{graph}> {{ ?x ?y ?e }} GRAPH <{entities}> {{ ?e ?z ?n }} FILTER(isIRI(?n)) }} }} "
        f"GRAPH <{entities}> {{ ?n ?p ?o }} }}",
    )
    for q in queries:
        res = store.query(q)
        assert res.graph is not None
        for t in res.graph:
            data.add(t)
    return data


def validate_store(
    store: "Store", article_ids: Iterable[str] | None = None, *, shapes: Graph | None = None
) -> Iterator[tuple[str, list[Violation]]]:
    """``(article id, results)`` for each article of the store (or those named)."""
    shapes = shapes if shapes is not None else shapes_graph()
    ids = list(article_ids) if article_ids is not None else store.article_ids()
    for aid in ids:
        graph = str(store.iris.article_graph(aid))
        if not store.ask(f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"):
            raise ValidationError(f"no article {aid} in the store; see `kg query articles`")
        yield aid, validate_graph(_article_data(store, graph), shapes=shapes)


def by_focus(results: Iterable[Violation]) -> dict[str, list[Violation]]:
    """Results grouped by focus node, in order."""
    groups: dict[str, list[Violation]] = defaultdict(list)
    for v in results:
        groups[v.focus].append(v)
    return dict(groups)
