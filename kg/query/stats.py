"""What a store holds, in a few numbers: ``kg stats``.

Entities are the actors and places of the shared entities graph; *linked* ones have an
``owl:sameAs`` Wikidata link, the others are the curation queue (``kg query unlinked-entities``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..store.base import Store

__all__ = ["StoreStats", "store_stats"]

_KGO = "https://w3id.org/kg-news/ontology#"


@dataclass
class StoreStats:
    """Counts of one store."""

    articles: int = 0
    entities: int = 0
    linked: int = 0
    events: int = 0
    events_by_type: dict[str, int] = field(default_factory=dict)
    #: events told by several articles (``kgo:CanonicalEvent``) and the article events that
    #: are their reports
    canonical: int = 0
    reports: int = 0
    graphs: dict[str, int] = field(default_factory=dict)  # graph IRI -> triples
    store: str = ""

    @property
    def unlinked(self) -> int:
        return self.entities - self.linked

    @property
    def quads(self) -> int:
        return sum(self.graphs.values())

    def as_dict(self) -> dict:
        return {
            "store": self.store,
            "articles": self.articles,
            "entities": {"total": self.entities, "linked": self.linked, "unlinked": self.unlinked},
            "events": {"total": self.events, "by_type": self.events_by_type},
            "canonical_events": {"total": self.canonical, "reports": self.reports},
            "quads": self.quads,
            "graphs": self.graphs,
        }

    def lines(self, *, graphs: int = 20) -> list[str]:
        """A plain-text report; at most ``graphs`` graphs listed (biggest first), the rest summed."""
        out = [
            f"store     {self.store}",
            f"articles  {self.articles}",
            f"entities  {self.entities} ({self.linked} linked to Wikidata, {self.unlinked} not linked)",
            f"events    {self.events}",
        ]
        for name, n in sorted(self.events_by_type.items(), key=lambda kv: (-kv[1], kv[0])):
            out.append(f"  {name:<28} {n:>8}")
        out.append(f"canonical {self.canonical} events told by several articles "
                   f"({self.reports} of the {self.events} events are their reports)")
        out.append(f"quads     {self.quads} in {len(self.graphs)} graph{'s' if len(self.graphs) != 1 else ''}")
        ranked = sorted(self.graphs.items(), key=lambda kv: (-kv[1], kv[0]))
        for name, n in ranked[:graphs]:
            out.append(f"  {n:>10}  {name}")
        if len(ranked) > graphs:
            rest = ranked[graphs:]
            out.append(f"  {sum(n for _, n in rest):>10}  ({len(rest)} more graphs)")
        return out


def _count(store: "Store", sparql: str) -> int:
    res = store.query(sparql)
    return int(res.values[0][0]) if res.values and res.values[0][0] is not None else 0


def store_stats(store: "Store") -> StoreStats:
    """Articles, entities linked and not, events by type, triples per graph.

    Examples
    --------
    >>> from kg.config import Settings
    >>> from kg.store import open_store
    >>> with open_store("oxigraph-memory:", Settings()) as store:
    ...     store_stats(store).lines()[1:4]
    ['articles  0', 'entities  0 (0 linked to Wikidata, 0 not linked)', 'events    0']
    """
    ent = store.iris.entities_graph
    stats = StoreStats(store=getattr(store, "path", None) and str(store.path) or store.name)
    stats.articles = _count(store, "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://schema.org/NewsArticle> }")
    res = store.query(
        "SELECT ?linked (COUNT(DISTINCT ?e) AS ?n) WHERE { "
        f"GRAPH <{ent}> {{ ?e a ?c . FILTER(?c IN (<http://semanticweb.cs.vu.nl/2009/11/sem/Actor>, "
        "<http://semanticweb.cs.vu.nl/2009/11/sem/Place>)) } "
        f"BIND(EXISTS {{ GRAPH <{ent}> {{ ?e <http://www.w3.org/2002/07/owl#sameAs> ?w }} }} AS ?linked) }} GROUP BY ?linked"
    )
    for linked, n in res.values:
        stats.entities += int(n or 0)
        if linked in ("true", "1"):  # an xsd:boolean's lexical forms
            stats.linked += int(n or 0)
    res = store.query(
        "SELECT ?c (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a <http://semanticweb.cs.vu.nl/2009/11/sem/Event> ; a ?c . "
        f'FILTER(STRSTARTS(STR(?c), "{_KGO}")) }} GROUP BY ?c'
    )
    stats.events_by_type = {c[len(_KGO):]: int(n or 0) for c, n in res.values if c is not None}
    stats.events = _count(store, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a <http://semanticweb.cs.vu.nl/2009/11/sem/Event> }")
    res = store.query(
        "SELECT (COUNT(DISTINCT ?c) AS ?n) (COUNT(DISTINCT ?e) AS ?r) WHERE { "
        f"?e <{_KGO}canonicalEvent> ?c }}"
    )
    if res.values:
        stats.canonical, stats.reports = (int(v or 0) for v in res.values[0])
    stats.graphs = store.graph_sizes()
    return stats
