"""Projections: the RDF graph seen as a networkx graph, one question each.

=====================  ==============================================================
name                   nodes and edges
=====================  ==============================================================
``actor-actor``        actors; an edge when two take part in the same event (weight:
                       events; attributes: event types, first and last date, articles)
``actor-event-place``  actors, events and places; an edge from an event to each of its
                       participants (``role``) and to its place (the default)
``co-mention``         entities; an edge when two are mentioned in the same sentence
                       (weight: sentences)
``co-mention-article`` entities; an edge when two are mentioned in the same article
``places``             places; an edge when an actor takes part in events at both
                       (weight: actors)
=====================  ==============================================================

An event several articles report (a canonical event, :mod:`kg.canon`) counts once: one
event node (with ``reports``, ``article_ids`` and ``report_events``: the reports behind it), one
shared event of an edge, unless the data were read with ``Filters(each_report=True)``
(:mod:`kg.analyse.canonical`).

Each is a pure function of :class:`~kg.analyse.data.GraphData` (or of a store, read with
the given filters) returning a new :class:`networkx.Graph` whose node keys are IRIs
(strings) and whose attribute values are plain Python values: str, int, float, bool,
lists of str, or None. Dates are ISO strings (``2023-09-19``, or ``2023-09`` for a month).

>>> from kg.config import Settings
>>> from kg.store import open_store
>>> with open_store("memory:", Settings()) as store:
...     G = project(store, "actor-actor")
>>> G.graph["projection"], G.number_of_nodes()
('actor-actor', 0)
"""
from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from typing import Callable

import networkx as nx

from ..errors import KGError
from .data import EventInfo, GraphData, read_graph_data
from .filters import Filters, time_interval
from .ontology import ontology_info

__all__ = [
    "PROJECTIONS",
    "DEFAULT_PROJECTION",
    "ProjectionError",
    "project",
    "actor_actor",
    "actor_event_place",
    "co_mention",
    "co_mention_article",
    "place_network",
    "snippet",
]

DEFAULT_PROJECTION = "actor-event-place"


class ProjectionError(KGError):
    """An unknown projection was asked for."""


def _data(source, filters: Filters | None) -> GraphData:  # type: ignore[no-untyped-def]
    if isinstance(source, GraphData):
        if filters is not None and filters != source.filters and not filters.is_empty:
            raise ProjectionError("filters apply when reading a store; this GraphData was read with its own")
        return source
    return read_graph_data(source, filters)


def _graph(data: GraphData, name: str) -> nx.Graph:
    G = nx.Graph()
    G.graph.update(
        projection=name,
        name=f"kg {name}",
        filters=data.filters.describe(),
        articles=len(data.articles),
        events=len(data.events),
        reports=sum(len(ev.reports) or 1 for ev in data.events),  # more than events: stories told more than once
        base_iri=data.base_iri,
    )
    return G


def snippet(text: str, start: int, end: int, *, width: int = 240) -> str:
    """``text`` around ``[start, end)`` on one line, cut at word boundaries to ~``width``.

    >>> snippet("Air raid sirens have been activated in Stepanakert, local media reported.", 39, 50, width=30)
    '… in Stepanakert, local …'
    """
    line = " ".join(text.split())
    if len(line) <= width:
        return line
    # find the span again in the collapsed text (whitespace runs shrink)
    prefix = " ".join(text[:start].split())
    centre = len(prefix) + (1 if prefix and text[:start][-1:].isspace() else 0)
    half = max(10, (width - (end - start)) // 2)
    lo = max(0, centre - half)
    hi = min(len(line), centre + (end - start) + half)
    if lo > 0:
        lo = line.find(" ", lo) + 1 or lo
    if hi < len(line):
        cut = line.rfind(" ", centre + (end - start), hi)
        hi = cut if cut > 0 else hi
    return ("… " if lo > 0 else "") + line[lo:hi].strip() + (" …" if hi < len(line) else "")


def _dates(values: list[str | None]) -> tuple[str | None, str | None]:
    """The first and last of some time values (by the days they cover)."""
    spans = [(time_interval(v), v) for v in values if v]
    spans = [(s, v) for s, v in spans if s is not None]
    if not spans:
        return None, None
    first = min(spans, key=lambda sv: (sv[0][0], sv[0][1]))[1]  # type: ignore[index]
    last = max(spans, key=lambda sv: (sv[0][1], sv[0][0]))[1]  # type: ignore[index]
    return first, last


def _entity_nodes(G: nx.Graph, data: GraphData, iris: set[str]) -> None:
    """Add the entities ``iris`` with their descriptive attributes and counts."""
    mentions: dict[str, int] = defaultdict(int)
    articles: dict[str, set[str]] = defaultdict(set)
    times: dict[str, list[str | None]] = defaultdict(list)
    for m in data.mentions:
        if m.entity in iris:
            mentions[m.entity] += 1
            articles[m.entity].add(m.article)
            art = data.articles.get(m.article)
            times[m.entity].append(art.published if art else None)
    events: dict[str, int] = defaultdict(int)
    for ev in data.events:
        for e in set(ev.actors) | set(ev.places):
            if e in iris:
                events[e] += 1
                articles[e].update(ev.articles)
                times[e].append(data.event_date(ev))
    for iri in sorted(iris):
        info = data.entity(iri)
        first, last = _dates(times[iri])
        G.add_node(
            iri,
            label=info.label,
            kind=info.kind,
            type=info.type,
            types=list(info.types),
            wikidata=info.wikidata,
            lat=info.lat,
            lon=info.lon,
            mentions=mentions[iri],
            articles=len(articles[iri]),
            events=events[iri],
            first=first,
            last=last,
        )


def _event_attrs(data: GraphData, ev: EventInfo) -> dict:
    onto = ontology_info()
    art = data.articles.get(ev.article)
    text = ""
    if ev.sentence and art is not None:
        sent = data.sentence_at(ev.article, ev.sentence[0])
        if sent is not None:
            b, e = ev.trigger or (sent.start, sent.start)
            text = snippet(sent.text, b - sent.start, e - sent.start)
    span = time_interval(ev.time)
    when = data.event_date(ev)
    return dict(
        label=ev.label or ev.type,
        kind="event",
        type=ev.type,
        type_label=onto.event_label(ev.types[0]) if ev.types else "event",
        date=when,
        first=when,
        last=when,
        start=span[0].isoformat() if span else None,
        end=span[1].isoformat() if span else None,
        modality=ev.modality,
        confidence=ev.confidence,
        article=art.id if art else None,
        url=art.link if art else None,
        snippet=text or None,
        # a canonical event: how many reports tell it, in which articles, and the reports
        reports=len(ev.reports) or 1,
        article_ids=_article_ids(data, set(ev.articles)),
        report_events=[r.iri for r in ev.reports] or None,
    )


def _edge_dates(evs: list[EventInfo], data: GraphData) -> tuple[str | None, str | None]:
    return _dates([data.event_date(e) for e in evs])


def _article_ids(data: GraphData, arts: set[str]) -> list[str]:
    return sorted(data.articles[a].id for a in arts if a in data.articles)


def actor_actor(source, *, filters: Filters | None = None) -> nx.Graph:  # type: ignore[no-untyped-def]
    """Actors linked by the events they take part in together.

    Parameters
    ----------
    source
        A :class:`~kg.analyse.data.GraphData`, a store or an rdflib Dataset.
    filters
        Time window, event types, articles, modalities (when ``source`` is read here).

    Returns
    -------
    networkx.Graph
        Nodes: actor IRIs. Edges: ``weight`` (shared events), ``event_types``,
        ``events`` (IRIs), ``articles`` (ids), ``first`` and ``last`` (dates).
    """
    data = _data(source, filters)
    G = _graph(data, "actor-actor")
    shared: dict[tuple[str, str], list[EventInfo]] = defaultdict(list)
    actors: set[str] = set()
    for ev in data.events:
        who = sorted(set(ev.actors))
        actors.update(who)
        for a, b in combinations(who, 2):
            shared[(a, b)].append(ev)
    _entity_nodes(G, data, actors)
    for (a, b), evs in sorted(shared.items()):
        first, last = _edge_dates(evs, data)
        G.add_edge(
            a,
            b,
            weight=len(evs),
            kind="shared-event",
            event_types=sorted({e.type for e in evs}),
            events=[e.iri for e in evs],
            articles=_article_ids(data, {a for e in evs for a in e.articles}),
            first=first,
            last=last,
        )
    return G


def actor_event_place(source, *, filters: Filters | None = None, include_unlinked: bool | None = None) -> nx.Graph:  # type: ignore[no-untyped-def]
    """Actors, events and places: each event linked to its participants and its place.

    Edges go from the event to the entity (``G.edges[ev, e]["source"]`` is the event) and
    carry the ``role`` (``agent``, ``target``, … or ``place``). With ``include_unlinked``
    the entities the selected articles mention but no event involves are nodes too, so
    the graph shows everything the articles name; by default they are, unless the
    filters select event types or modalities.
    """
    data = _data(source, filters)
    G = _graph(data, "actor-event-place")
    entities: set[str] = set()
    if include_unlinked is None:
        include_unlinked = not (data.filters.event_types or data.filters.modalities)
    if include_unlinked:
        entities.update(m.entity for m in data.mentions)
    for ev in data.events:
        entities.update(ev.actors)
        entities.update(ev.places)
    _entity_nodes(G, data, entities)
    for ev in data.events:
        G.add_node(ev.iri, **_event_attrs(data, ev))
        roles: dict[str, list[str]] = defaultdict(list)
        for role, e in ev.participants:
            roles[e].append(role)
        for p in ev.places:
            roles[p].append("place")
        when = data.event_date(ev)
        for e, rs in roles.items():
            G.add_edge(
                ev.iri,
                e,
                weight=1,
                kind="place" if rs == ["place"] else "participant",
                role="; ".join(dict.fromkeys(rs)),
                source=ev.iri,
                event_types=[ev.type],
                articles=_article_ids(data, set(ev.articles)),
                first=when,
                last=when,
            )
    return G


def _co_mention(data: GraphData, name: str, by_sentence: bool) -> nx.Graph:
    G = _graph(data, name)
    groups: dict[tuple, set[str]] = defaultdict(set)
    for m in data.mentions:
        if by_sentence:
            sent = data.sentence_at(m.article, m.start)
            key: tuple = (m.article, sent.start if sent else -1 - m.start)
        else:
            key = (m.article,)
        groups[key].add(m.entity)
    _entity_nodes(G, data, {m.entity for m in data.mentions})
    together: dict[tuple[str, str], list[tuple]] = defaultdict(list)
    for key, ents in groups.items():
        for a, b in combinations(sorted(ents), 2):
            together[(a, b)].append(key)
    for (a, b), keys in sorted(together.items()):
        arts = {k[0] for k in keys}
        first, last = _dates([data.articles[x].published for x in arts if x in data.articles])
        G.add_edge(
            a,
            b,
            weight=len(keys),
            kind="co-mention",
            articles=_article_ids(data, arts),
            first=first,
            last=last,
        )
    return G


def co_mention(source, *, filters: Filters | None = None) -> nx.Graph:  # type: ignore[no-untyped-def]
    """Entities linked when mentioned in the same sentence (weight: how many sentences).

    With event types in the filters, only sentences that tell such an event count.
    """
    data = _restrict_to_event_sentences(_data(source, filters))
    return _co_mention(data, "co-mention", by_sentence=True)


def co_mention_article(source, *, filters: Filters | None = None) -> nx.Graph:  # type: ignore[no-untyped-def]
    """Entities linked when mentioned in the same article (weight: how many articles).

    With event types in the filters, only articles that tell such an event count.
    """
    data = _data(source, filters)
    if data.filters.event_types or data.filters.modalities:
        keep = {ev.article for ev in data.events}
        data = _copy(data, mentions=[m for m in data.mentions if m.article in keep])
    return _co_mention(data, "co-mention-article", by_sentence=False)


def _copy(data: GraphData, **changes) -> GraphData:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    return replace(data, **changes)


def _restrict_to_event_sentences(data: GraphData) -> GraphData:
    f = data.filters
    mentions = data.mentions
    if f.event_types or f.modalities:
        keep = set()
        for ev in data.events:
            if ev.sentence:
                keep.add((ev.article, ev.sentence[0]))
        out = []
        for m in mentions:
            sent = data.sentence_at(m.article, m.start)
            if sent is not None and (m.article, sent.start) in keep:
                out.append(m)
        mentions = out
    return _copy(data, mentions=mentions) if mentions is not data.mentions else data


def place_network(source, *, filters: Filters | None = None) -> nx.Graph:  # type: ignore[no-untyped-def]
    """Places linked when an actor takes part in events at both (weight: such actors).

    Edges carry ``actors`` (IRIs), ``actor_labels``, ``event_types``, ``first``, ``last``.
    """
    data = _data(source, filters)
    G = _graph(data, "places")
    at: dict[str, dict[str, list[EventInfo]]] = defaultdict(lambda: defaultdict(list))  # actor -> place -> events
    places: set[str] = set()
    for ev in data.events:
        for p in ev.places:
            places.add(p)
            for a in ev.actors:
                if a != p:
                    at[a][p].append(ev)
    _entity_nodes(G, data, places)
    links: dict[tuple[str, str], dict[str, list[EventInfo]]] = defaultdict(lambda: defaultdict(list))
    for actor, by_place in at.items():
        for p, q in combinations(sorted(by_place), 2):
            links[(p, q)][actor] = by_place[p] + by_place[q]
    for (p, q), by_actor in sorted(links.items()):
        evs = [e for es in by_actor.values() for e in es]
        first, last = _edge_dates(evs, data)
        actors = sorted(by_actor)
        G.add_edge(
            p,
            q,
            weight=len(actors),
            kind="shared-actor",
            actors=actors,
            actor_labels=[data.entity(a).label for a in actors],
            event_types=sorted({e.type for e in evs}),
            articles=_article_ids(data, {a for e in evs for a in e.articles}),
            first=first,
            last=last,
        )
    return G


#: projection name -> function(source, *, filters) -> networkx.Graph
PROJECTIONS: dict[str, Callable[..., nx.Graph]] = {
    "actor-actor": actor_actor,
    "actor-event-place": actor_event_place,
    "co-mention": co_mention,
    "co-mention-article": co_mention_article,
    "places": place_network,
}


def project(source, name: str = DEFAULT_PROJECTION, *, filters: Filters | None = None) -> nx.Graph:  # type: ignore[no-untyped-def]
    """The projection ``name`` of ``source`` (a store, an rdflib Dataset or GraphData).

    Raises
    ------
    ProjectionError
        When ``name`` is not one of :data:`PROJECTIONS`.
    """
    func = PROJECTIONS.get(name)
    if func is None:
        raise ProjectionError(f"unknown projection {name!r}; use one of {', '.join(PROJECTIONS)}")
    return func(source, filters=filters)
