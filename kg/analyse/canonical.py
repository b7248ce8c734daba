"""One story counted once: the reports of a canonical event become one event for analysis.

The canonical graph (:mod:`kg.canon`) says which article events report one real-world event
(``?report kgo:canonicalEvent ?event``). :func:`merge_reports` replaces the selected reports
of each canonical event by one :class:`~kg.analyse.data.EventInfo` whose IRI is the
canonical event's, whose class, label and time are the canonical event's, whose actors and
places are those of all its reports, and whose ``reports`` are the reports themselves
(earliest first): the offensive three outlets report is one node of the actor-event-place
network, one shared event of an actor-actor edge, one event at its place on a map, and
each report stays reachable (its article, sentence and trigger).

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
from typing import TYPE_CHECKING

from ..vocab import KGO, RDF, RDFS, SEM
from .data import EventInfo, GraphData
from .ontology import ontology_info

if TYPE_CHECKING:
    from ..store.base import Store

__all__ = ["merge_reports"]

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

    reports = sorted(reports, key=when)
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
