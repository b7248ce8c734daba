"""How two entities are connected: shortest paths, with the evidence for every hop.

A hop between two entities is backed by what the articles say:

* ``event``: both take part in one event (or one is its place);
* ``reported``: one speaks in a statement that reports an event the other takes part in;
* ``sentence``: both are mentioned in one sentence;
* ``article``: both are mentioned in one article.

``via="auto"`` (the default) looks for paths through events first, then also through
sentences, then also through articles, and stops at the first level that connects the two.

>>> from kg.config import Settings
>>> from kg.store import open_store
>>> with open_store("memory:", Settings()) as store:
...     try:
...         connections(store, "Antony Blinken", "Nikol Pashinyan")
...     except PathError as exc:
...         print(str(exc).split(";")[0])
no entity is called 'Antony Blinken' in the store
"""
from __future__ import annotations

import difflib
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations, islice
from typing import TYPE_CHECKING, Iterable

import networkx as nx

from ..errors import KGError
from .data import EventInfo, GraphData, read_graph_data
from .filters import Filters
from .ontology import ontology_info
from .projections import snippet

if TYPE_CHECKING:
    from ..store.base import Store

__all__ = ["Evidence", "Hop", "Connection", "PathError", "connections", "resolve", "VIA"]

VIA = ("auto", "events", "sentences", "articles")
_LEVELS = {"events": ("event", "reported"), "sentences": ("event", "reported", "sentence"), "articles": ("event", "reported", "sentence", "article")}
_ORDER = {"event": 0, "reported": 1, "sentence": 2, "article": 3}


class PathError(KGError):
    """An entity cannot be found, or the request is not understood."""


@dataclass(frozen=True)
class Evidence:
    """Why two entities are linked: an event, a report, or a shared sentence or article."""

    kind: str  # event | reported | sentence | article
    article: str  # article id
    article_title: str | None
    link: str  # URL, else the article's IRI
    date: str | None  # the event's date, else the article's publication date
    snippet: str
    event: str | None = None  # IRI
    event_type: str | None = None  # class local name: MilitaryOperation
    event_label: str | None = None  # trigger words
    event_type_label: str | None = None  # class label: "military operation"
    roles: tuple[str, str] | None = None  # roles of the hop's two ends in the event
    dated: bool = True  # False: the text gives the event no time; ``date`` is the article's

    def as_dict(self) -> dict:
        return {k: (list(v) if isinstance(v, tuple) else v) for k, v in self.__dict__.items()}


@dataclass
class Hop:
    source: str
    target: str
    source_label: str
    target_label: str
    evidence: list[Evidence] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "source": self.source,
            "target": self.target,
            "source_label": self.source_label,
            "target_label": self.target_label,
            "evidence": [e.as_dict() for e in self.evidence],
        }


@dataclass
class Connection:
    """One shortest path: the entities on it and the hops between them."""

    nodes: list[str]
    labels: list[str]
    hops: list[Hop]
    via: str  # the level that connected them: events, sentences or articles

    def as_dict(self) -> dict:
        return {"nodes": self.nodes, "labels": self.labels, "via": self.via, "hops": [h.as_dict() for h in self.hops]}


def resolve(data: GraphData, name: str, store: "Store | None" = None) -> list[str]:
    """The entity IRIs ``name`` stands for: an IRI, a Wikidata id (``Q227``), a label or alias.

    Raises
    ------
    PathError
        When nothing matches; the message suggests close labels.
    """
    name = name.strip()
    if name in data.entities:
        return [name]
    if name.startswith(("http://", "https://", "urn:")):
        raise PathError(f"{name} is not an entity of the selected articles")
    lowered = name.lower()
    found = [e.iri for e in data.entities.values() if e.label.lower() == lowered]
    found += [e.iri for e in data.entities.values() if e.wikidata and e.wikidata.lower() == lowered]
    if not found and store is not None:
        from ..query.library import resolve_entity

        found = [i for i in resolve_entity(store, name) if i in data.entities]
    if not found:
        found = sorted({m.entity for m in data.mentions if m.text.lower() == lowered})
    if found:
        return sorted(dict.fromkeys(found))
    labels = sorted({e.label for e in data.entities.values()})
    close = difflib.get_close_matches(name, labels, n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else "; list entities with `kg analyse --projection co-mention`"
    raise PathError(f"no entity is called {name!r} in the store{hint}")


def _article_bits(data: GraphData, article: str) -> tuple[str, str | None, str, str | None]:
    art = data.articles.get(article)
    if art is None:
        return article, None, article, None
    return art.id, art.title, art.link, art.published


def _event_snippet(data: GraphData, ev: EventInfo) -> str:
    if ev.sentence:
        sent = data.sentence_at(ev.article, ev.sentence[0])
        if sent is not None:
            b, e = ev.trigger or (sent.start, sent.start)
            return snippet(sent.text, b - sent.start, e - sent.start)
    return ev.label


def _type_label(ev: EventInfo) -> str:
    return ontology_info().event_label(ev.types[0]) if ev.types else ev.type


def _evidence_graph(data: GraphData, kinds: Iterable[str]) -> nx.Graph:
    kinds = set(kinds)
    G = nx.Graph()
    G.add_nodes_from(data.entities)

    def link(a: str, b: str, ev: Evidence) -> None:
        if a == b:
            return
        if not G.has_edge(a, b):
            G.add_edge(a, b, evidence=[])
        G[a][b]["evidence"].append((a, ev))

    events_by_iri = {ev.iri: ev for ev in data.events}
    reports: dict[str, list[EventInfo]] = defaultdict(list)
    for ev in data.events:
        if ev.attributed_to:
            reports[ev.attributed_to].append(ev)
    if "event" in kinds:
        for ev in data.events:
            aid, title, url, _pub = _article_bits(data, ev.article)
            roles = {}
            for role, e in ev.participants:
                roles.setdefault(e, role)
            for p in ev.places:
                roles.setdefault(p, "place")
            text = _event_snippet(data, ev)
            for a, b in combinations(sorted(roles), 2):
                link(a, b, Evidence("event", aid, title, url, data.event_date(ev), text, ev.iri, ev.type, ev.label, _type_label(ev), (roles[a], roles[b]), bool(ev.time)))
    if "reported" in kinds:
        for statement_iri, reported in reports.items():
            statement = events_by_iri.get(statement_iri)
            if statement is None:
                continue
            speakers = {e: r for r, e in statement.participants}
            for ev in reported:
                aid, title, url, _pub = _article_bits(data, ev.article)
                text = _event_snippet(data, ev)
                for s, s_role in speakers.items():
                    for role, e in ev.participants:
                        a, b = sorted((s, e))
                        pair = (s_role, role) if a == s else (role, s_role)
                        link(a, b, Evidence("reported", aid, title, url, data.event_date(ev), text, ev.iri, ev.type, ev.label, _type_label(ev), pair, bool(ev.time)))
    if "sentence" in kinds or "article" in kinds:
        by_sentence: dict[tuple[str, int], dict[str, int]] = defaultdict(dict)
        by_article: dict[str, dict[str, int]] = defaultdict(dict)
        for m in data.mentions:
            sent = data.sentence_at(m.article, m.start)
            if sent is not None:
                by_sentence[(m.article, sent.start)].setdefault(m.entity, m.start)
            by_article[m.article].setdefault(m.entity, m.start)
        if "sentence" in kinds:
            for (article, start), ents in by_sentence.items():
                sent = data.sentence_at(article, start)
                aid, title, url, pub = _article_bits(data, article)
                for a, b in combinations(sorted(ents), 2):
                    first = min(ents[a], ents[b])
                    text = snippet(sent.text, first - sent.start, first - sent.start) if sent else ""
                    link(a, b, Evidence("sentence", aid, title, url, pub, text))
        if "article" in kinds:
            for article, ents in by_article.items():
                aid, title, url, pub = _article_bits(data, article)
                for a, b in combinations(sorted(ents), 2):
                    text = ""
                    for e in (a, b):
                        sent = data.sentence_at(article, ents[e])
                        if sent is not None:
                            text += ("  …  " if text else "") + snippet(sent.text, ents[e] - sent.start, ents[e] - sent.start, width=160)
                    link(a, b, Evidence("article", aid, title, url, pub, text))
    return G


def connections(
    source,  # type: ignore[no-untyped-def]
    a: str,
    b: str,
    *,
    via: str = "auto",
    max_paths: int = 3,
    evidence_per_hop: int = 3,
    filters: Filters | None = None,
) -> list[Connection]:
    """The shortest paths between the entities ``a`` and ``b`` with evidence on each hop.

    Parameters
    ----------
    source
        A store, an rdflib Dataset or a :class:`~kg.analyse.data.GraphData`.
    a, b
        Entities by label, alias, Wikidata id or IRI.
    via
        ``events``, ``sentences``, ``articles`` (each includes the levels before it) or
        ``auto``: the first of them that connects ``a`` and ``b``.
    max_paths
        At most this many paths (all of the shortest length).
    evidence_per_hop
        At most this many pieces of evidence per hop, strongest (events) and latest first.
    filters
        Time window, event types, articles, modalities.

    Returns
    -------
    list of Connection
        Empty when ``a`` and ``b`` are not connected at any level asked for.

    Raises
    ------
    PathError
        When an entity is not found or ``via`` is unknown.
    """
    if via not in VIA:
        raise PathError(f"unknown --via {via!r}; use one of {', '.join(VIA)}")
    store = None
    if isinstance(source, GraphData):
        data = source
    else:
        from .data import as_store

        store = as_store(source)
        data = read_graph_data(store, filters)
    starts, ends = resolve(data, a, store), resolve(data, b, store)
    if set(starts) & set(ends):
        raise PathError(f"{a!r} and {b!r} are the same entity")
    levels = ["events", "sentences", "articles"] if via == "auto" else [via]
    for level in levels:
        G = _evidence_graph(data, _LEVELS[level])
        best: list[list[str]] = []
        for s in starts:
            for t in ends:
                try:
                    paths = list(islice(nx.all_shortest_paths(G, s, t), 200))
                except nx.NetworkXNoPath:
                    continue
                if not best or len(paths[0]) < len(best[0]):
                    best = paths
                elif len(paths[0]) == len(best[0]):
                    best += paths
        if not best:
            continue

        def strength(path: list[str]) -> tuple:
            kinds = [min(_ORDER[ev.kind] for _a, ev in G[u][v]["evidence"]) for u, v in zip(path, path[1:])]
            count = sum(len(G[u][v]["evidence"]) for u, v in zip(path, path[1:]))
            return (sum(kinds), -count, [data.entity(n).label for n in path])

        best.sort(key=strength)
        out = []
        for path in best[:max_paths]:
            hops = []
            for u, v in zip(path, path[1:]):
                evs = []
                for first, ev in G[u][v]["evidence"]:
                    if first != u and ev.roles:
                        ev = Evidence(**{**ev.__dict__, "roles": (ev.roles[1], ev.roles[0])})
                    evs.append(ev)
                evs.sort(key=lambda e: (_ORDER[e.kind], _neg_date(e.date), e.article, e.event or ""))
                hops.append(Hop(u, v, data.entity(u).label, data.entity(v).label, evs[:evidence_per_hop]))
            out.append(Connection(list(path), [data.entity(n).label for n in path], hops, level))
        return out
    return []


def _neg_date(value: str | None) -> str:
    """Sort key putting later dates first (and unknown dates last)."""
    if not value:
        return "~"
    return "".join(chr(0x10FFFF - ord(c)) for c in value)
