"""One story counted once: the reports of a canonical event, and what near-duplicate
articles repeat, become one event for analysis.

The canonical graph (:mod:`kg.canon`) says which article events report one real-world event
(``?report kgo:canonicalEvent ?event``). :func:`merge_reports` replaces the selected reports
of each canonical event by one :class:`~kg.analyse.data.EventInfo` whose IRI is the
canonical event's, whose class, label and time are the canonical event's, whose actors and
places are those of all its reports, and whose ``reports`` are the reports themselves
(earliest first): the offensive three outlets report is one node of the actor-event-place
network, one shared event of an actor-actor edge, one event at its place on a map, and
each report stays reachable (its article, sentence and trigger).

:func:`merge_copies` does the same for near-duplicate articles (:mod:`kg.dedup`: a
syndicated copy, an updated version): a sentence a later copy repeats word for word gives
no second mention, and its events are merged into the earlier article's (each kept as a
report), so a copy adds to the counts only what it adds to the story.

Only the reports the filters kept are merged (``--event-type Attack`` merges the attacks),
and a canonical event with one report kept stays that report. Ask for every report apart
with ``Filters(each_report=True)`` (``--each-report``).

>>> from kg.config import Settings
>>> from kg.store import open_store
>>> from kg.analyse.data import GraphData
>>> with open_store("memory:", Settings()) as store:
...     merge_reports(store, GraphData(base_iri=store.iris.base))
0
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING

from ..vocab import KGO, RDF, RDFS, SEM
from .data import EventInfo, GraphData
from .ontology import ontology_info

if TYPE_CHECKING:
    from ..store.base import Store

__all__ = ["merge_copies", "merge_reports"]

_CHUNK = 500
_MODALITY_ORDER = ("asserted", "reported", "planned", "hypothetical", "negated")


def _canonical_of(store: "Store", events: list[str]) -> dict[str, str]:
    """The canonical event of each of ``events`` that has one (one query per chunk, the
    events given: index look-ups in the canonical graph)."""
    graph = store.iris.canonical_graph
    found: dict[str, str] = {}
    for i in range(0, len(events), _CHUNK):
        values = " ".join(f"<{e}>" for e in events[i : i + _CHUNK])
        for e, c in store.query(
            f"SELECT ?e ?c WHERE {{ GRAPH <{graph}> {{ VALUES ?e {{ {values} }} ?e <{KGO.canonicalEvent}> ?c }} }}"
        ).rows:
            found[str(e)] = str(c)
    return found


def _describe(store: "Store", canon: list[str]) -> dict[str, dict[str, str]]:
    """The class (most specific kgo class other than kgo:CanonicalEvent), label and time of
    each canonical event."""
    graph = store.iris.canonical_graph
    onto = ontology_info()
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for i in range(0, len(canon), _CHUNK):
        values = " ".join(f"<{c}>" for c in canon[i : i + _CHUNK])
        for c, p, o in store.query(
            f"SELECT ?c ?p ?o WHERE {{ GRAPH <{graph}> {{ VALUES ?c {{ {values} }} "
            f"VALUES ?p {{ <{RDFS.label}> <{SEM.hasTimeStamp}> <{RDF.type}> }} ?c ?p ?o }} }}"
        ).rows:
            d = out[str(c)]
            prop = str(p)
            if prop == str(RDFS.label):
                d["label"] = str(o)
            elif prop == str(SEM.hasTimeStamp):
                d["time"] = str(o)
            elif str(o) != str(KGO.CanonicalEvent) and str(o) in onto.event_classes:
                best = d.get("class")
                if best is None or len(onto.superclasses.get(str(o), ())) > len(onto.superclasses.get(best, ())):
                    d["class"] = str(o)
    return out


def _merged(iri: str, reports: list[EventInfo], about: dict[str, str], data: GraphData) -> EventInfo:
    onto = ontology_info()

    def when(ev: EventInfo) -> tuple[str, str, int, str]:
        art = data.articles.get(ev.article)
        return (art.published or "" if art else "", art.id if art else ev.article, ev.trigger[0] if ev.trigger else 0, ev.iri)

    reports = sorted({x.iri: x for r in reports for x in (r.reports or (r,))}.values(), key=when)
    first = reports[0]
    cls = about.get("class") or (first.types[0] if first.types else "")
    # the canonical event's class first, then every class its reports have, most specific first
    others = sorted({t for r in reports for t in r.types} - {cls}, key=lambda t: (-len(onto.superclasses.get(t, ())), t))
    types = tuple([cls, *others]) if cls else tuple(others)
    participants: dict[tuple[str, str], None] = {}
    places: dict[str, None] = {}
    for r in reports:
        participants.update(dict.fromkeys(r.participants))
        places.update(dict.fromkeys(r.places))
    modalities = [r.modality or "asserted" for r in reports]
    modality = min(modalities, key=lambda m: _MODALITY_ORDER.index(m) if m in _MODALITY_ORDER else len(_MODALITY_ORDER))
    confidences = [r.confidence for r in reports if r.confidence is not None]
    return EventInfo(
        iri=iri,
        article=first.article,
        types=types,
        label=about.get("label") or first.label,
        time=about.get("time") or first.time,
        modality=modality,
        confidence=max(confidences) if confidences else None,
        participants=tuple(participants),
        places=tuple(sorted(places)),
        trigger=first.trigger,
        sentence=first.sentence,
        attributed_to=first.attributed_to,
        quote=None,
        reports=tuple(reports),
    )


def _near_duplicates(store: "Store", articles: set[str]) -> dict[str, set[str]]:
    """The near-duplicates of each of ``articles`` among them (the duplicates graph)."""
    graph = store.iris.duplicates_graph
    found: dict[str, set[str]] = defaultdict(set)
    for a, b in store.query(f"SELECT ?a ?b WHERE {{ GRAPH <{graph}> {{ ?a <{KGO.nearDuplicateOf}> ?b }} }}").rows:
        if str(a) in articles and str(b) in articles:
            found[str(a)].add(str(b))
    return found


def _line(text: str) -> str:
    return " ".join(text.split())


def merge_copies(store: "Store", data: GraphData) -> int:
    """Count once what near-duplicate articles (a syndicated copy, an updated version:
    :mod:`kg.dedup`) say in the same words: a sentence of an article that an earlier
    near-duplicate of it has too gives no mention, and its events are merged into that
    article's events of the same class and trigger (each kept as a report). What the later
    article adds (a paragraph, a changed figure) counts. Returns how many events were merged."""
    if not data.articles:
        return 0
    dups = _near_duplicates(store, set(data.articles))
    if not dups:
        return 0

    def order(a: str) -> tuple[str, str]:
        art = data.articles[a]
        return (art.published or "", art.id)

    earlier: dict[str, list[str]] = {a: sorted((b for b in bs if order(b) < order(a)), key=order) for a, bs in dups.items()}
    texts: dict[str, dict[str, int]] = {}  # article -> sentence text -> sentence start
    for a in {x for bs in earlier.values() for x in bs}:
        texts[a] = {_line(s.text): s.start for s in data.sentences.get(a, [])}

    def original(article: str, offset: int) -> tuple[str, int, int] | None:
        """The earlier near-duplicate holding the sentence at ``offset`` of ``article``:
        (that article, its sentence's start, the shift from this sentence's start)."""
        sent = data.sentence_at(article, offset)
        if sent is None:
            return None
        line = _line(sent.text)
        for b in earlier.get(article, ()):
            start = texts[b].get(line)
            if start is not None:
                return b, start, sent.start
        return None

    data.mentions = [m for m in data.mentions if not earlier.get(m.article) or original(m.article, m.start) is None]
    index: dict[tuple[str, int, str, str, int], EventInfo] = {}
    for ev in data.events:
        if ev.article in texts and not ev.reports and ev.sentence and ev.trigger:
            index[(ev.article, ev.sentence[0], ev.type, ev.label, ev.trigger[0] - ev.sentence[0])] = ev
    into: dict[str, list[EventInfo]] = defaultdict(list)
    for ev in data.events:
        if not earlier.get(ev.article) or ev.reports or not ev.sentence or not ev.trigger:
            continue
        found = original(ev.article, ev.sentence[0])
        if found is None:
            continue
        b, start, own = found
        match = index.get((b, start, ev.type, ev.label, ev.trigger[0] - own))
        if match is not None:
            into[match.iri].append(ev)
    if not into:
        return 0
    gone = {e.iri for evs in into.values() for e in evs}
    events = []
    for ev in data.events:
        if ev.iri in gone:
            continue
        if ev.iri in into:
            ev = replace(ev, reports=(ev, *into[ev.iri]))
        events.append(ev)
    data.events = events
    return len(gone)


def merge_reports(store: "Store", data: GraphData) -> int:
    """Replace in ``data.events`` the reports of each canonical event (two or more of them
    selected) by one event; returns how many events were merged into others."""
    if not data.events:
        return 0
    canonical = _canonical_of(store, sorted(ev.iri for ev in data.events))
    groups: dict[str, list[EventInfo]] = defaultdict(list)
    for ev in data.events:
        c = canonical.get(ev.iri)
        if c is not None:
            groups[c].append(ev)
    groups = {c: evs for c, evs in groups.items() if len(evs) > 1}
    if not groups:
        return 0
    about = _describe(store, sorted(groups))
    merged_away = {ev.iri for evs in groups.values() for ev in evs}
    events = [ev for ev in data.events if ev.iri not in merged_away]
    events += [_merged(c, evs, about.get(c, {}), data) for c, evs in sorted(groups.items())]
    events.sort(key=lambda e: (data.event_date(e) or "", e.iri))
    data.events = events
    return len(merged_away) - len(groups)
