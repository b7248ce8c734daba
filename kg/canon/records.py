"""The article events the canonical layer works on, read from the store.

An :class:`EventRecord` is what linking needs of one article event: its classes, actors,
place, time (with its precision), modality, the events of its own article it was found to
be one with (``owl:sameAs``) and the article's publication date (for an article that has
none, an encyclopedia's text or a page without a date, the latest day its events name:
it was written after them). They are read with one query per batch of article graphs or
of event IRIs, never by scanning the store.

What an article says of one event it says of the events it found to be one with it: a
record lacking a place, an agent, actors or a time takes those of its ``owl:sameAs``
events (:func:`share_within_articles`; "Gunmen attacked Tchombangou on Saturday. The
attack killed ..." gives the second mention the place, the agent and the day).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from ..vocab import KGO, KGO_IRI, OWL, RDF, RDFS, SDO, SEM

if TYPE_CHECKING:
    from ..store.base import Store

__all__ = ["EventRecord", "article_of_event", "read_article_events", "read_events", "share_within_articles"]

#: the properties of an article event that linking reads
_PROPS = {
    str(RDF.type): "type",
    str(KGO.agent): "agent",
    str(SEM.hasActor): "actor",
    str(SEM.hasPlace): "place",
    str(SEM.hasTimeStamp): "time",
    str(SEM.hasBeginTimeStamp): "time",
    str(KGO.timePrecision): "precision",
    str(KGO.modality): "modality",
    str(OWL.sameAs): "same",
    str(RDFS.label): "label",
    str(KGO.sentence): "sentence",
}
_CHUNK = 200


@dataclass
class EventRecord:
    """One event of one article, as the linker sees it."""

    iri: str
    article: str  # the article's IRI
    classes: set[str] = field(default_factory=set)  # kgo local names
    label: str = ""
    agents: set[str] = field(default_factory=set)
    actors: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    time: str | None = None  # lexical form: 2023-09-19, 2023-09, 2023
    precision: str | None = None  # day, month, year
    modality: str | None = None  # kgo local name: Asserted, Reported, ...
    same_as: set[str] = field(default_factory=set)
    published: date | None = None
    sentence: str | None = None  # the IRI of the sentence the trigger is in

    def time_range(self) -> tuple[date, date] | None:
        """The days the event's time stands for: a day, a month, a year; None when it has none.

        >>> EventRecord("e", "a", time="2023-09").time_range()
        (datetime.date(2023, 9, 1), datetime.date(2023, 9, 30))
        >>> EventRecord("e", "a", time="2024").time_range()[1], EventRecord("e", "a").time_range()
        (datetime.date(2024, 12, 31), None)
        """
        if not self.time:
            return None
        text = self.time.strip()
        try:
            if len(text) >= 10:
                d = date.fromisoformat(text[:10])
                return d, d
            if len(text) == 7:
                y, m = int(text[:4]), int(text[5:7])
                end = date(y + (m == 12), m % 12 + 1, 1)
                return date(y, m, 1), date.fromordinal(end.toordinal() - 1)
            if len(text) == 4:
                y = int(text)
                return date(y, 1, 1), date(y, 12, 31)
        except ValueError:
            return None
        return None

    @property
    def day_precise(self) -> bool:
        r = self.time_range()
        return r is not None and r[0] == r[1]


def article_of_event(event_iri: str, article_prefix: str) -> str | None:
    """The article IRI of an article event IRI (``{base}article/{id}/event/{n}``).

    >>> article_of_event("https://w3id.org/kg-news/article/b3f1/event/e2", "https://w3id.org/kg-news/article/")
    'https://w3id.org/kg-news/article/b3f1'
    >>> article_of_event("https://w3id.org/kg-news/event/canonical/0a1b", "https://w3id.org/kg-news/article/") is None
    True
    """
    if not event_iri.startswith(article_prefix) or "/event/" not in event_iri:
        return None
    return event_iri.rsplit("/event/", 1)[0]


def _chunks(items: list[str], size: int = _CHUNK) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _published(store: "Store", graphs: list[str]) -> dict[str, date]:
    found: dict[str, date] = {}
    for chunk in _chunks(graphs):
        values = " ".join(f"<{g}>" for g in chunk)
        res = store.query(
            f"SELECT ?g ?d WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?a a <{SDO.NewsArticle}> ; <{SDO.datePublished}> ?d }} }}"
        )
        for g, d in res.values:
            try:
                found[str(g)] = date.fromisoformat(str(d)[:10])
            except (TypeError, ValueError):
                continue
    undated = [g for g in graphs if g not in found]
    for chunk in _chunks(undated):  # an article without a date: the latest day its events name
        values = " ".join(f"<{g}>" for g in chunk)
        res = store.query(
            f"SELECT ?g (MAX(STR(?t)) AS ?d) WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?e a <{SEM.Event}> ; "
            f"<{SEM.hasTimeStamp}> ?t . FILTER(STRLEN(STR(?t)) = 10) }} }} GROUP BY ?g"
        )
        for g, d in res.values:
            try:
                found[str(g)] = date.fromisoformat(str(d))
            except (TypeError, ValueError):
                continue
    return found


def _fill(store: "Store", rows: Iterable[tuple], records: dict[str, EventRecord], article_of: dict[str, str]) -> None:  # type: ignore[type-arg]
    for g, e, p, o in rows:
        if e is None or p is None or o is None:
            continue
        iri = str(e)
        rec = records.get(iri)
        if rec is None:
            article = article_of.get(str(g))
            if article is None or str(p) not in _PROPS:
                continue
            rec = records[iri] = EventRecord(iri=iri, article=article)
        what = _PROPS.get(str(p))
        if what is None:
            continue
        value = str(o)
        if what == "type":
            if value.startswith(KGO_IRI):
                rec.classes.add(value[len(KGO_IRI):])
        elif what == "agent":
            rec.agents.add(value)
        elif what == "actor":
            rec.actors.add(value)
        elif what == "place":
            rec.places.add(value)
        elif what == "time":
            if rec.time is None or value < rec.time:
                rec.time = value
        elif what == "precision":
            rec.precision = value
        elif what == "modality":
            rec.modality = value[len(KGO_IRI):] if value.startswith(KGO_IRI) else value
        elif what == "same":
            rec.same_as.add(value)
        elif what == "label":
            rec.label = value
        elif what == "sentence":
            rec.sentence = value


def read_article_events(store: "Store", article_ids: Iterable[str]) -> dict[str, EventRecord]:
    """Every event the graphs of ``article_ids`` hold (articles the store lacks give none)."""
    iris = store.iris
    graphs = {str(iris.article_graph(a)): str(iris.article(a)) for a in article_ids}
    records: dict[str, EventRecord] = {}
    for g in sorted(graphs):  # one query a graph: the graph bound, an index look-up
        res = store.query(f"SELECT ?e ?p ?o WHERE {{ GRAPH <{g}> {{ ?e a <{SEM.Event}> . ?e ?p ?o }} }}")
        _fill(store, ((g, e, p, o) for e, p, o in res.values), records, graphs)
    share_within_articles(records)
    _date_records(store, records, graphs)
    return records


def read_events(store: "Store", event_iris: Iterable[str]) -> dict[str, EventRecord]:
    """The records of the article events ``event_iris`` (those the store still holds).

    Each event is looked up by subject in its own article's graph (the subject first: an
    index look-up per event whatever the size of the store)."""
    iris = store.iris
    prefix = f"{iris.base}article/"
    graph_prefix = iris.article_graph_prefix
    graphs: dict[str, str] = {}
    by_graph: dict[str, list[str]] = {}
    for e in sorted(set(event_iris)):
        article = article_of_event(e, prefix)
        if article is None:
            continue
        g = graph_prefix + article[len(prefix):]
        graphs[g] = article
        by_graph.setdefault(g, []).append(e)
    records: dict[str, EventRecord] = {}
    asked = {e for es in by_graph.values() for e in es}
    read_sentences: set[str] = set()
    while by_graph:  # the events asked for, then those of their articles they are one with or share a sentence with
        for g, events in sorted(by_graph.items()):
            values = " ".join(f"<{e}>" for e in events)
            res = store.query(f"SELECT ?e ?p ?o WHERE {{ GRAPH <{g}> {{ VALUES ?e {{ {values} }} ?e ?p ?o }} }}")
            _fill(store, ((g, e, p, o) for e, p, o in res.values), records, graphs)
        by_graph = {}
        sentences: dict[str, set[str]] = {}
        for rec in list(records.values()):
            g = graph_prefix + rec.article[len(prefix):]
            for other in sorted(rec.same_as - asked):
                if article_of_event(other, prefix) == rec.article:
                    asked.add(other)
                    by_graph.setdefault(g, []).append(other)
            if rec.sentence and rec.sentence not in read_sentences:
                read_sentences.add(rec.sentence)
                sentences.setdefault(g, set()).add(rec.sentence)
        for g, sents in sorted(sentences.items()):  # the other events of their sentences
            values = " ".join(f"<{x}>" for x in sorted(sents))
            res = store.query(f"SELECT ?e WHERE {{ GRAPH <{g}> {{ VALUES ?s {{ {values} }} ?e <{KGO.sentence}> ?s }} }}")
            for (e,) in res.values:
                if str(e) not in asked:
                    asked.add(str(e))
                    by_graph.setdefault(g, []).append(str(e))
    # an IRI that is not an event of its graph (any more) is no record
    for iri in [i for i, r in records.items() if not r.classes and not r.modality]:
        del records[iri]
    share_within_articles(records)
    wanted = set(event_iris)
    for iri in [i for i in records if i not in wanted]:
        del records[iri]
    _date_records(store, records, graphs)
    return records


def share_within_articles(records: dict[str, EventRecord]) -> None:
    """What an article says of an event it says of the events it found to be one with it,
    and a sentence's place and time are those of the events it tells of.

    1. A record lacking places, agents, actors or a time takes those of the records of its
       own article it is one with (``owl:sameAs``, followed transitively): the union of
       theirs, and their earliest time.
    2. Then a record still lacking places takes the places of the other events of its
       sentence, and one lacking a time takes their time when they name one time only
       ("the massacres took place on 2 January, when 105 people were killed in the two
       villages": the massacres are of that day, in those villages). A time in a relative
       clause is taken too ("the release of the crew taken hostage in November"), which may
       cost a link. Speech acts neither give nor take a sentence's place and time: "gunmen
       attacked the town on 3 March, the army said on Monday" was not said in the town on
       3 March.

    Each step reads the records as the step before left them, so the order of the records
    does not matter.

    >>> a = EventRecord("a/event/e1", "a", places={"kyiv"}, agents={"russia"}, time="2024-05-10", same_as={"a/event/e2"})
    >>> b = EventRecord("a/event/e2", "a", same_as={"a/event/e1"})
    >>> c = EventRecord("a/event/e3", "a", classes={"Attack"}, sentence="a#char=0,80")
    >>> d = EventRecord("a/event/e4", "a", classes={"Casualties"}, places={"odesa"}, time="2024-05-01", sentence="a#char=0,80")
    >>> recs = {r.iri: r for r in (a, b, c, d)}
    >>> share_within_articles(recs)
    >>> b.places, b.agents, b.time, c.places, c.time, c.agents
    ({'kyiv'}, {'russia'}, '2024-05-10', {'odesa'}, '2024-05-01', set())
    """
    _share_same_as(records)
    by_sentence: dict[tuple[str, str], list[EventRecord]] = {}
    for r in records.values():
        if r.sentence and not _speech_act(r):
            by_sentence.setdefault((r.article, r.sentence), []).append(r)
    fills: list[tuple[EventRecord, set[str], tuple[str, str | None] | None]] = []
    for group in by_sentence.values():
        for r in group:
            others = [o for o in group if o is not r]
            places = set().union(*(o.places for o in others)) if not r.places and others else set()
            times = {(o.time, o.precision) for o in others if o.time}
            fills.append((r, places, next(iter(times)) if r.time is None and len(times) == 1 else None))
    for r, places, timed in fills:
        if places:
            r.places = places
        if timed is not None:
            r.time, r.precision = timed


def _speech_act(rec: EventRecord) -> bool:
    """Whether ``rec`` is a statement, a condemnation, an appeal (a kgo:Communication)."""
    from ..extract.event_lexicon import load_lexicon

    lexicon = load_lexicon()
    return any(lexicon.is_communication(c) for c in rec.classes)


def _share_same_as(records: dict[str, EventRecord]) -> None:
    """Step 1 of :func:`share_within_articles`."""
    seen: set[str] = set()
    for iri in sorted(records):
        if iri in seen or not records[iri].same_as:
            continue
        group, todo = [], [iri]
        while todo:  # the records of this article reachable through owl:sameAs
            x = todo.pop()
            if x in seen or x not in records or records[x].article != records[iri].article:
                continue
            seen.add(x)
            group.append(records[x])
            todo += sorted(records[x].same_as)
        if len(group) < 2:
            continue
        places = set().union(*(r.places for r in group))
        agents = set().union(*(r.agents for r in group))
        actors = set().union(*(r.actors for r in group))
        timed = sorted((r.time, r.precision) for r in group if r.time)
        for r in group:
            r.places = r.places or set(places)
            r.agents = r.agents or set(agents)
            r.actors = r.actors or set(actors)
            if r.time is None and timed:
                r.time, r.precision = timed[0]


def _date_records(store: "Store", records: dict[str, EventRecord], graphs: dict[str, str]) -> None:
    wanted = sorted({g for g, a in graphs.items() if any(r.article == a for r in records.values())})
    dates = _published(store, wanted)
    by_article = {graphs[g]: d for g, d in dates.items()}
    for rec in records.values():
        rec.published = by_article.get(rec.article)
