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

What the whole article is about is its :class:`StoryContext` (:func:`story_contexts`): the
place, the agent and the day most of its events name, and the speaker most of its statements
have. A record keeps it beside its own arguments, never in place of them: the linker may read
"the attacks" of a report as being of its story's place and day when it compares two reports
of one story (:mod:`kg.canon.link`), but nothing is written as the event's own argument.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..vocab import KGO, KGO_IRI, OWL, RDF, RDFS, SDO, SEM

if TYPE_CHECKING:
    from rdflib.term import Node

    from ..extract.event_lexicon import EventLexicon
    from ..store.base import Store

__all__ = ["EventRecord", "StoryContext", "article_events", "article_of_event", "is_named", "is_speech_act", "position",
           "read_article_events", "read_events", "beside_toll", "set_apart_from", "share_within_articles", "story_contexts"]

#: the properties of an article event that linking reads
_PROPS = {
    str(RDF.type): "type",
    str(KGO.agent): "agent",
    str(SEM.hasActor): "actor",
    str(SEM.hasPlace): "place",
    str(SEM.hasTimeStamp): "time",
    str(SEM.hasBeginTimeStamp): "time",
    str(SEM.hasEndTimeStamp): "end",
    str(KGO.timePrecision): "precision",
    str(KGO.modality): "modality",
    str(OWL.sameAs): "same",
    str(RDFS.label): "label",
    str(KGO.sentence): "sentence",
    str(KGO.setApart): "apart",
    str(KGO.habitual): "habitual",
}
_CHUNK = 200
#: a story context keeps at most this many places (agents, speakers) named equally often
_TIES = 3
#: a story context's ``named`` keeps at most this many places
_NAMED = 8
#: the modalities of the events a story context is drawn from (said to have happened)
_SAID = frozenset({"Asserted", "Reported"})


@dataclass(frozen=True)
class StoryContext:
    """What one article is about, as its events say (:func:`story_contexts`): the place, the
    agent and the day (``YYYY-MM-DD``) named in the most sentences by its events that are not
    speech acts, and the speaker named in the most sentences by its speech acts. Each is empty (None) when no
    event names one. Used for linking only: an event lacking a place, an agent or a time is
    compared as if of its article's, never stored so."""

    places: frozenset[str] = frozenset()
    agents: frozenset[str] = frozenset()
    time: str | None = None
    speakers: frozenset[str] = frozenset()
    #: every place its events name (the :data:`_NAMED` named in most sentences), and the
    #: named entities the article mentions (``schema:mentions``): what two reports of one
    #: story share (:meth:`kg.canon.link.Linker.story`)
    named: frozenset[str] = frozenset()
    mentions: frozenset[str] = frozenset()


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
    #: the last day (month, year) of a span its article gives ("from 23 to 31 March":
    #: ``sem:hasEndTimeStamp``; ``time`` is its first): the span is its time
    end: str | None = None
    modality: str | None = None  # kgo local name: Asserted, Reported, ...
    same_as: set[str] = field(default_factory=set)
    published: date | None = None
    sentence: str | None = None  # the IRI of the sentence the trigger is in
    context: StoryContext | None = None  # what its article is about (for linking only)
    #: the words by which its article sets it apart from the events of its kind told before
    #: ("a *second* blast": ``kgo:setApart``, shared with the events it is one with)
    set_apart: str | None = None
    #: for an event set apart: the other events its article tells (not its ``owl:sameAs``
    #: events), each with its classes (:func:`set_apart_from`); which of them it is not one
    #: with is the linker's to say (those of its kind: :meth:`kg.canon.link.Linker.apart_from`)
    apart_from: dict[str, frozenset[str]] = field(default_factory=dict)
    #: for an event with no time of its own: the latest day a statement of its sentence is
    #: dated to ("on 7 March, the police announced they had foiled a plot to attack ...": it
    #: happened, or was planned, by then; :func:`share_within_articles`, step 3)
    said_by: date | None = None
    #: told as happening again and again or as a kind (``kgo:habitual``: "is targeting
    #: civilians"): no occasion of a day to link
    habitual: bool = False
    #: a killing its article tells beside the article's toll, by another doer, naming no
    #: victim: "the attacker was killed by police" after "a gunman opened fire, killing four
    #: civilians" (:func:`beside_toll`): the doer's death, not the story's dead
    beside_toll: bool = False

    def told_by(self) -> date | None:
        """The day by which its article tells the event happened, for an undated event: the day
        a statement of its sentence was made (:attr:`said_by`), else its article's publication.

        >>> EventRecord("e", "a", published=date(2024, 3, 22), said_by=date(2024, 3, 7)).told_by()
        datetime.date(2024, 3, 7)
        >>> EventRecord("e", "a", published=date(2024, 3, 22)).told_by()
        datetime.date(2024, 3, 22)
        """
        return self.said_by or self.published

    def time_range(self) -> tuple[date, date] | None:
        """The days the event's time stands for: a day, a month, a year; None when it has none.

        >>> EventRecord("e", "a", time="2023-09").time_range()
        (datetime.date(2023, 9, 1), datetime.date(2023, 9, 30))
        >>> EventRecord("e", "a", time="2024").time_range()[1], EventRecord("e", "a").time_range()
        (datetime.date(2024, 12, 31), None)
        """
        return _days_of(self.time)

    def span(self) -> tuple[date, date] | None:
        """The days from its time's first to its :attr:`end`'s last ("from 23 to 31 March"):
        :meth:`time_range` when it states no end (or one not after it).

        >>> EventRecord("e", "a", time="2022-03-23", end="2022-03-31").span()
        (datetime.date(2022, 3, 23), datetime.date(2022, 3, 31))
        >>> EventRecord("e", "a", time="2022-03-23", end="2022-03-20").span()
        (datetime.date(2022, 3, 23), datetime.date(2022, 3, 23))
        """
        first = _days_of(self.time)
        last = _days_of(self.end)
        if first is not None and last is not None and last[1] > first[1]:
            return first[0], last[1]
        return first

    @property
    def day_precise(self) -> bool:
        r = self.time_range()
        return r is not None and r[0] == r[1]


def _days_of(time: str | None) -> tuple[date, date] | None:
    """The first and last day of a time stamp's lexical form (a day, a month, a year)."""
    if not time:
        return None
    text = time.strip()
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
    """The day each article graph was published: its ``schema:datePublished``, else the
    latest day its events name (:func:`_published_in` is the same read of one article's triples)."""
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


def _fill(rows: Iterable[tuple], records: dict[str, EventRecord], article_of: dict[str, str]) -> None:  # type: ignore[type-arg]
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
        elif what == "end":
            if rec.end is None or value > rec.end:
                rec.end = value
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
        elif what == "apart":
            rec.set_apart = value
        elif what == "habitual":
            rec.habitual = value in ("true", "1")


def read_article_events(store: "Store", article_ids: Iterable[str]) -> dict[str, EventRecord]:
    """Every event the graphs of ``article_ids`` hold (articles the store lacks give none)."""
    iris = store.iris
    graphs = {str(iris.article_graph(a)): str(iris.article(a)) for a in article_ids}
    mentioned = str(SDO.mentions)
    rows: dict[str, list[tuple[str | None, str | None, str | None]]] = {}
    for g in sorted(graphs):  # one query a graph (its events, and whom the article mentions): the graph bound, an index look-up
        res = store.query(f"SELECT ?e ?p ?o WHERE {{ GRAPH <{g}> {{ {{ ?e a <{SEM.Event}> . ?e ?p ?o }} UNION "
                          f"{{ BIND(<{graphs[g]}> AS ?e) BIND(<{mentioned}> AS ?p) ?e ?p ?o }} }} }}")
        rows[g] = [(e, p, o) for e, p, o in res.values]
    return _records(rows, graphs, lambda wanted: _published(store, wanted))


def article_events(graph: str, article: str, triples: Iterable[tuple["Node", "Node", "Node"]]) -> dict[str, EventRecord]:
    """The records :func:`read_article_events` reads of one article from the store, read of
    the triples of its graph ``graph`` (``article``: its IRI) before they are stored: by the
    worker process that extracted it, so that the process writing the store does not read
    them back (``kg load`` indexes every article it writes). The rows are those the store's
    query returns, as text, and the day it was published the one :func:`_published` finds."""
    triples = list(triples)
    mentioned, typed, event = str(SDO.mentions), str(RDF.type), str(SEM.Event)
    events = {str(s) for s, p, o in triples if str(p) == typed and str(o) == event}
    rows = [(str(s), str(p), str(o)) for s, p, o in triples if str(s) in events]
    rows += [(article, mentioned, str(o)) for s, p, o in triples if str(p) == mentioned and str(s) == article]
    day = _published_in(triples, events)
    return _records({graph: rows}, {graph: article}, lambda wanted: {graph: day} if day is not None and wanted else {})


def _published_in(triples: list[tuple["Node", "Node", "Node"]], events: set[str]) -> date | None:
    """:func:`_published` of one article's triples: its ``schema:datePublished`` (any news
    article's in the graph), else the latest day (a ``YYYY-MM-DD`` time stamp) its events name."""
    typed, news, published, stamp = str(RDF.type), str(SDO.NewsArticle), str(SDO.datePublished), str(SEM.hasTimeStamp)
    articles = {str(s) for s, p, o in triples if str(p) == typed and str(o) == news}
    found: date | None = None
    for s, p, o in triples:
        if str(p) == published and str(s) in articles:
            try:
                found = date.fromisoformat(str(o)[:10])
            except ValueError:
                continue
    if found is not None:
        return found
    days = [str(o) for s, p, o in triples if str(p) == stamp and str(s) in events and len(str(o)) == 10]
    try:
        return date.fromisoformat(max(days)) if days else None
    except ValueError:
        return None


def _records(rows: dict[str, list[tuple[str | None, str | None, str | None]]], graphs: dict[str, str],
             published: Callable[[list[str]], dict[str, date]]) -> dict[str, EventRecord]:
    """The records of the article graphs ``rows`` (graph -> its events' rows and the article's
    mentions, as text), ``graphs`` (graph -> article IRI), ``published`` giving the day of
    each graph asked."""
    records: dict[str, EventRecord] = {}
    mentions: dict[str, set[str]] = {}
    mentioned = str(SDO.mentions)
    for g in sorted(rows):
        names = mentions.setdefault(graphs[g], set())
        names.update(str(o) for e, p, o in rows[g] if str(p) == mentioned and str(e) == graphs[g] and o is not None and is_named(str(o)))
        _fill(((g, e, p, o) for e, p, o in rows[g] if str(p) != mentioned), records, graphs)
    share_within_articles(records)
    from .anaphora import join_lone_mentions

    join_lone_mentions(records, _background(records))
    set_apart_from(records)
    beside_toll(records)
    _date_records(published, records, graphs)
    story_contexts(records, mentions)
    return records


def read_events(store: "Store", event_iris: Iterable[str]) -> dict[str, EventRecord]:
    """The records of the article events ``event_iris`` (those the store still holds).

    Each event's whole article is read (one query per article graph, the graph bound: an
    index look-up whatever the size of the store): what an article says of an event depends
    on the events it is one with, those of its sentence and, for its story context, all its
    events; an article holds tens of events, so this costs what reading the asked ones and
    their neighbours did."""
    iris = store.iris
    prefix = f"{iris.base}article/"
    wanted = set(event_iris)
    ids = sorted({a[len(prefix):] for e in wanted if (a := article_of_event(e, prefix)) is not None})
    records = read_article_events(store, ids)
    return {iri: r for iri, r in records.items() if iri in wanted}


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
       3 March. Nor does an event of the past its sentence compares the story with (dated
       wholly more than :data:`~kg.canon.limits.BACKGROUND_DAYS` before the day its
       article names most: :func:`_background`): "it was the deadliest attack on the
       country's soil since the school siege in 2004" does not place the attack in the
       siege's town in 2004.

    3. A record still lacking a time whose sentence has a statement (a speech act) dated to
       the day was told of by that day (:attr:`EventRecord.said_by`): "on 7 March, the
       security service announced it had foiled a plot to attack a synagogue" is no news of
       the day a report of 22 March was published. The statement's day is no day of the
       event (it gives none), only the latest it can be.

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
        if r.sentence and not is_speech_act(r):
            by_sentence.setdefault((r.article, r.sentence), []).append(r)
    past = _background(records)
    fills: list[tuple[EventRecord, set[str], tuple[str, str | None, str | None] | None]] = []
    for group in by_sentence.values():
        for r in group:
            others = [o for o in group if o is not r and o.iri not in past]
            places = set().union(*(o.places for o in others)) if not r.places and others else set()
            times = {(o.time, o.precision, o.end) for o in others if o.time}
            fills.append((r, places, next(iter(times)) if r.time is None and len(times) == 1 else None))
    for r, places, timed in fills:
        if places:
            r.places = places
        if timed is not None:
            r.time, r.precision, r.end = timed
    said: dict[tuple[str, str], date] = {}  # the latest day a statement of a sentence is dated to
    for r in records.values():
        if r.sentence and r.day_precise and is_speech_act(r):
            day = date.fromisoformat(r.time[:10])  # type: ignore[index]
            key = (r.article, r.sentence)
            said[key] = max(day, said.get(key, day))
    for group in by_sentence.values():
        for r in group:
            if r.time is None and r.sentence is not None and (r.article, r.sentence) in said:
                r.said_by = said[(r.article, r.sentence)]


def _background(records: dict[str, EventRecord]) -> set[str]:
    """The events of the past their articles compare their story with: dated, the last day of
    their time more than :data:`~kg.canon.limits.BACKGROUND_DAYS` before the day their
    article's events said to have happened name in the most sentences (speech acts aside:
    :func:`_day_named_most`), "the school siege in 2004" in a report of a 2024 attack.

    >>> now = EventRecord("a/event/e1", "a", classes={"Attack"}, time="2024-03-22", modality="Asserted", sentence="a#char=0,9")
    >>> old = EventRecord("a/event/e2", "a", classes={"Blockade"}, time="2004", modality="Asserted", sentence="a#char=10,20")
    >>> late = EventRecord("a/event/e3", "a", classes={"Attack"}, time="2023-12", modality="Asserted", sentence="a#char=30,40")
    >>> sorted(_background({r.iri: r for r in (now, old, late)}))
    ['a/event/e2']
    """
    from ..extract.event_lexicon import load_lexicon
    from .limits import BACKGROUND_DAYS

    lexicon = load_lexicon()
    by_article: dict[str, list[EventRecord]] = {}
    for r in records.values():
        by_article.setdefault(r.article, []).append(r)
    out: set[str] = set()
    for recs in by_article.values():
        main = _day_named_most(recs, lexicon)
        if main is None:
            continue
        since = date.fromisoformat(main) - timedelta(days=BACKGROUND_DAYS)
        out.update(r.iri for r in recs if (days := r.span()) is not None and days[1] < since)
    return out


def _day_named_most(recs: list[EventRecord], lexicon: "EventLexicon") -> str | None:
    """The day (``YYYY-MM-DD``) the events of one article said to have happened, speech acts
    aside, name in the most sentences (ties: the one named first); None when none names one."""
    days: dict[str, list[int]] = {}
    for r in recs:
        if r.modality in _SAID and r.time and len(r.time) >= 10 and not is_speech_act(r, lexicon):
            days.setdefault(r.time[:10], []).append(_begin(r))
    return min(days, key=lambda v: (-len(set(days[v])), min(days[v]), v)) if days else None


def is_speech_act(rec: EventRecord, lexicon: "EventLexicon | None" = None) -> bool:
    """Whether ``rec`` is a statement, a condemnation, an appeal (of a kgo:Communication
    class): the one test of the canonical layer (a speech act neither gives nor takes its
    sentence's place and time; two speech acts of one article are two things said).

    >>> is_speech_act(EventRecord("e", "a", classes={"Condemnation"})), is_speech_act(EventRecord("e", "a", classes={"Attack"}))
    (True, False)
    """
    if lexicon is None:
        from ..extract.event_lexicon import load_lexicon

        lexicon = load_lexicon()
    return any(lexicon.is_communication(c) for c in rec.classes)


def _begin(rec: EventRecord) -> int:
    """Where ``rec``'s sentence begins in its article (its IRI's ``#char=B,E``); large when unknown."""
    if rec.sentence and "#char=" in rec.sentence:
        try:
            return int(rec.sentence.rsplit("#char=", 1)[1].split(",", 1)[0])
        except ValueError:
            pass
    return 1 << 30


def is_named(iri: str) -> bool:
    """An entity with a name (of the knowledge base or the store's entity graph), not an
    article's group ("gunmen", "people", "the villagers": nobody in particular).

    >>> is_named("https://w3id.org/kg-news/kb/jnim"), is_named("https://w3id.org/kg-news/article/a1/group/gunmen")
    (True, False)
    """
    return "/article/" not in iri


def _dominant(counts: dict[str, list[int]]) -> frozenset[str]:
    """The values named in the most sentences (of equals, the :data:`_TIES` named first: news
    puts the story in its lead; "the villages of A and B" names two); ``counts``: value -> the begins of the sentences of the events naming
    it. Sentences, not events: a sentence telling of four events ("105 people were killed
    and 75 injured in attacks on ...") names its day once.

    >>> sorted(_dominant({"x": [40, 40, 40], "y": [0, 90]})), sorted(_dominant({"x": [40], "y": [0], "z": [50], "w": [60]}))
    (['y'], ['x', 'y', 'z'])
    """
    if not counts:
        return frozenset()
    top = max(len(set(at)) for at in counts.values())
    return frozenset(sorted((v for v in counts if len(set(counts[v])) == top), key=lambda v: (min(counts[v]), v))[:_TIES])


def story_contexts(records: dict[str, EventRecord], mentions: dict[str, set[str]] | None = None) -> None:
    """Give each record its article's :class:`StoryContext`, drawn from the article's events
    said to have happened (asserted or reported): the place, the named agent and the day
    named in the most sentences by those that are not speech acts, and the speaker named in
    the most sentences by speech acts (ties: the one named first). The records must be all the events of their
    articles (as :func:`read_article_events` reads them).

    >>> a = EventRecord("a/event/e1", "a", classes={"Attack"}, places={"kb/tillaberi"}, time="2021-01-02", modality="Asserted", sentence="a#char=0,9")
    >>> b = EventRecord("a/event/e2", "a", classes={"Attack"}, modality="Reported", sentence="a#char=10,20")
    >>> c = EventRecord("a/event/e3", "a", classes={"Condemnation"}, agents={"kb/un"}, modality="Asserted", sentence="a#char=30,40")
    >>> recs = {r.iri: r for r in (a, b, c)}
    >>> story_contexts(recs)
    >>> sorted(b.context.places), b.context.time, sorted(b.context.speakers), b.places
    (['kb/tillaberi'], '2021-01-02', ['kb/un'], set())
    """
    from ..extract.event_lexicon import load_lexicon

    lexicon = load_lexicon()
    by_article: dict[str, list[EventRecord]] = {}
    for r in records.values():
        by_article.setdefault(r.article, []).append(r)
    for recs in by_article.values():
        places: dict[str, list[int]] = {}
        agents: dict[str, list[int]] = {}
        speakers: dict[str, list[int]] = {}
        for r in recs:
            if r.modality not in _SAID:
                continue
            at = _begin(r)
            if is_speech_act(r, lexicon):
                for a in r.agents:
                    if is_named(a):
                        speakers.setdefault(a, []).append(at)
                continue
            for p in r.places:
                places.setdefault(p, []).append(at)
            for a in r.agents:
                if is_named(a):
                    agents.setdefault(a, []).append(at)
        day = _day_named_most(recs, lexicon)
        named = sorted(places, key=lambda v: (-len(set(places[v])), min(places[v]), v))[:_NAMED]
        context = StoryContext(places=_dominant(places), agents=_dominant(agents), time=day,
                               speakers=_dominant(speakers), named=frozenset(named),
                               mentions=frozenset((mentions or {}).get(recs[0].article, ())))
        for r in recs:
            r.context = context


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
        timed = sorted((r.time, r.precision, r.end or "") for r in group if r.time)
        apart = next((r.set_apart for r in group if r.set_apart), None)
        for r in group:
            r.set_apart = r.set_apart or apart
            r.places = r.places or set(places)
            r.agents = r.agents or set(agents)
            r.actors = r.actors or set(actors)
            if r.time is None and timed:
                r.time, r.precision, end = timed[0]
                r.end = end or None


def position(iri: str) -> int:
    """Where the trigger of the article event ``iri`` stands among its article's events: the
    number of its IRI (``.../event/e7``: events are numbered in text order); large when it has none.

    >>> position("https://w3id.org/kg-news/article/a1/event/e12"), position("x") > 10**6
    (12, True)
    """
    tail = iri.rsplit("/event/", 1)[-1]
    return int(tail[1:]) if tail[:1] == "e" and tail[1:].isdigit() else 1 << 30


def set_apart_from(records: dict[str, EventRecord]) -> None:
    """Give each event set apart (``set_apart``: "a *second* blast", "a *fresh* assault") the
    other events its article tells, with their classes (``apart_from``): those said to have
    happened, not the events it is one with (``owl:sameAs``). Those told before it are the
    ones the text sets it apart from ("a second blast hit ... hours later"); those told after
    it are others too ("the army repelled a fresh assault on the city ... it accused the RSF of
    shelling a market in the city on Saturday"): an article does not tell one event as new and
    as itself. The records must be all the events of their articles, their ``set_apart`` shared
    (:func:`share_within_articles`).

    >>> a = EventRecord("a/event/e1", "a", classes={"Bombing"}, modality="Reported")
    >>> b = EventRecord("a/event/e3", "a", classes={"Bombing"}, modality="Asserted", set_apart="second", same_as={"a/event/e4"})
    >>> c = EventRecord("a/event/e4", "a", classes={"Bombing"}, modality="Asserted", set_apart="second", same_as={"a/event/e3"})
    >>> set_apart_from({r.iri: r for r in (a, b, c)})
    >>> b.apart_from, c.apart_from, a.apart_from
    ({'a/event/e1': frozenset({'Bombing'})}, {'a/event/e1': frozenset({'Bombing'})}, {})
    """
    by_article: dict[str, list[EventRecord]] = {}
    for r in records.values():
        by_article.setdefault(r.article, []).append(r)
    for recs in by_article.values():
        marked = [r for r in recs if r.set_apart]
        if not marked:
            continue
        said = [r for r in recs if r.modality in _SAID]
        for r in marked:
            group, todo = set(), [r.iri]
            while todo:  # its owl:sameAs events of the article
                x = todo.pop()
                if x in group or x not in records or records[x].article != r.article:
                    continue
                group.add(x)
                todo += sorted(records[x].same_as)
            r.apart_from = {o.iri: frozenset(o.classes) for o in said if o.iri not in group}


def beside_toll(records: dict[str, EventRecord]) -> None:
    """Mark the killings an article tells beside its toll (:attr:`EventRecord.beside_toll`):
    of two killings (events of the :data:`~kg.canon.limits.TOLL_CLASS` family said to have
    happened, not one by ``owl:sameAs``) that state doers none of which is the other's, the
    one that names no victim while the other does. "A gunman opened fire in the city centre,
    killing four civilians ... The attacker was killed by police": the attacker is no victim
    the extraction reads (a doer's noun), so the police's killing states its doer alone, and
    it is the attacker's death, not the dead of the attack that other reports count without
    naming who killed them. The records must be all the events of their articles, their
    ``owl:sameAs`` arguments shared (:func:`share_within_articles`).

    >>> toll = EventRecord("a/event/e1", "a", classes={"Casualties"}, agents={"a/group/gunman"}, actors={"a/group/gunman", "a/group/civilians"}, modality="Asserted")
    >>> death = EventRecord("a/event/e2", "a", classes={"Casualties"}, agents={"a/group/police"}, actors={"a/group/police"}, modality="Asserted")
    >>> beside_toll({r.iri: r for r in (toll, death)})
    >>> death.beside_toll, toll.beside_toll
    (True, False)
    """
    from ..extract.event_lexicon import load_lexicon
    from .limits import TOLL_CLASS

    lexicon = load_lexicon()
    by_article: dict[str, list[EventRecord]] = {}
    for r in records.values():
        if r.modality in _SAID and r.agents and any(lexicon.is_a(c, TOLL_CLASS) for c in r.classes if c in lexicon.classes):
            by_article.setdefault(r.article, []).append(r)
    for tolls in by_article.values():
        named = [r for r in tolls if r.actors - r.agents]  # the killings naming their victims
        for r in tolls:
            if r.actors - r.agents:
                continue
            r.beside_toll = any(o.iri not in r.same_as and r.iri not in o.same_as and not o.agents & r.agents for o in named)


def _date_records(published: Callable[[list[str]], dict[str, date]], records: dict[str, EventRecord],
                  graphs: dict[str, str]) -> None:
    held = {r.article for r in records.values()}
    wanted = sorted(g for g, a in graphs.items() if a in held)
    dates = published(wanted)
    by_article = {graphs[g]: d for g, d in dates.items()}
    for rec in records.values():
        rec.published = by_article.get(rec.article)
