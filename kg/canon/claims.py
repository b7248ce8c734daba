"""Claims that disagree: what the reports of one canonical event say differently.

A canonical event's reports come from several articles. Where the articles give different
values of one thing, the canonical graph states it: a :class:`Conflict` per thing, with a
claim per value, each with the articles that give it, their events it was read from and
who they say said it. kg flags the disagreement; it does not choose.

* **figure**: the counts of one unit (``kgo:count`` / ``kgo:countUnit``) in the sentences
  of an article's reports (a report's own count or that of an event of its sentence:
  "killing 12 people"). Two articles that give counts of a unit disagree when the sets of
  counts they give differ (one article giving 12 and 20 is no conflict by itself).
* **date**: an article's date of the event is the earliest day-precise time of its reports
  (an article telling "on 19 and 20 September" dates it on the 19th); articles disagree
  when their dates differ.
* **place**: two articles name places of which none is one with, within or near
  (:meth:`~kg.canon.link.Linker.same_area`) one of the other's (each article's most
  specific places: a camp rather than the region it lies in).
* **modality**: an article denies it (a negated event that, were it asserted, would be
  linked to a report of another article: "the army denied that gunmen attacked the town on
  3 March"), while others report it happened.
* **agent**: two articles name who did it and none is, or is part of, one of the other's
  (each article's most specific agents: an armed force rather than its country, so two
  armed forces of one country, each named with the country, disagree).

Linking already refuses two events whose places or agents disagree; a group of three or
more can still hold two articles that disagree (each linked through a third), and figures
and dates within the linking window are no obstacle to linking.

The figures and the speakers are read from the article graphs by :func:`read_evidence`
(one query per article graph); the rest is in the :class:`~kg.canon.records.EventRecord`.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rdflib import Literal

from ..vocab import KGO, KGO_IRI, PROV, RDF, RDFS, SEM, XSD
from .records import EventRecord, article_of_event

if TYPE_CHECKING:
    from ..store.base import Store
    from .link import Linker

__all__ = ["Claim", "Conflict", "EventEvidence", "conflict_lines", "find_conflicts", "read_evidence"]

_CHUNK = 200


@dataclass
class EventEvidence:
    """What an article event's graph says beyond its record: the counts of its sentence
    (unit, number, the event that carries it) and the speakers of the statements it, or
    an event carrying a count, is attributed to."""

    counts: set[tuple[str, int, str]] = field(default_factory=set)
    speakers: dict[str, set[str]] = field(default_factory=dict)  # event IRI -> speaker IRIs


@dataclass
class Claim:
    """One value of a conflict: an N-Triples term, the articles, reports and speakers."""

    value: str  # an N-Triples term: "12"^^xsd:integer, "2023-09-19"^^xsd:date, <iri>
    articles: set[str] = field(default_factory=set)
    reports: set[str] = field(default_factory=set)
    speakers: set[str] = field(default_factory=set)


@dataclass
class Conflict:
    """The reports of a canonical event disagree on one thing (``kind``, and ``unit`` for
    a figure)."""

    kind: str  # figure, date, place, agent
    prop: str  # the disputed property's IRI
    unit: str = ""
    claims: list[Claim] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str]:
        return self.kind, self.unit


def read_evidence(store: "Store", event_iris: Iterable[str]) -> dict[str, EventEvidence]:
    """The counts and speakers of the article events ``event_iris``, by event IRI: two
    queries a chunk of events, each event given (index look-ups by subject whatever the
    size of the store), the graph of each found with it."""
    prefix = f"{store.iris.base}article/"
    events = sorted(e for e in set(event_iris) if article_of_event(e, prefix) is not None)
    found: dict[str, EventEvidence] = {}
    for i in range(0, len(events), _CHUNK):
        chunk = events[i : i + _CHUNK]
        values = " ".join(f"<{e}>" for e in chunk)
        source_of: dict[str, set[str]] = defaultdict(set)  # an event carrying a count -> the reports it counts for
        for e, src, n, unit in store.query(
            f"SELECT ?e ?src ?n ?u WHERE {{ VALUES ?e {{ {values} }} GRAPH ?g {{ ?e <{KGO.sentence}> ?s . "
            f"?src <{KGO.sentence}> ?s ; <{KGO.count}> ?n ; <{KGO.countUnit}> ?u }} }}"
        ).rows:
            try:
                number = int(str(n))
            except ValueError:
                continue
            found.setdefault(str(e), EventEvidence()).counts.add((str(unit), number, str(src)))
            source_of[str(src)].add(str(e))
        for e in chunk:
            source_of[e].add(e)
        wanted = " ".join(f"<{x}>" for x in sorted(source_of))
        for x, speaker in store.query(
            f"SELECT ?x ?sp WHERE {{ VALUES ?x {{ {wanted} }} GRAPH ?g {{ ?x <{KGO.attributedTo}> ?st . ?st <{KGO.speaker}> ?sp }} }}"
        ).rows:
            for e in source_of.get(str(x), ()):
                found.setdefault(e, EventEvidence()).speakers.setdefault(str(x), set()).add(str(speaker))
    return found


def _speakers(ev: EventEvidence | None, *events: str) -> set[str]:
    if ev is None:
        return set()
    return {s for e in events for s in ev.speakers.get(e, ())}


def _most_specific(values: set[str], linker: "Linker") -> set[str]:
    """``values`` without those another of them lies within or belongs to (a camp and its
    region: the camp; an army and its country: the army)."""
    return {v for v in values if not any(w != v and v in linker.chain(w) for w in values)}


def _disjoint(per_article: dict[str, set[str]], same) -> bool:  # type: ignore[no-untyped-def]
    """Two articles name values none of which is ``same`` as one of the other's."""
    items = sorted((a, vs) for a, vs in per_article.items() if vs)
    for i, (_a, xs) in enumerate(items):
        for _b, ys in items[i + 1 :]:
            if not any(same(x, y) for x in xs for y in ys):
                return True
    return False


def find_conflicts(members: list[EventRecord], linker: "Linker", evidence: dict[str, EventEvidence],
                   denials: Iterable[EventRecord] = (), *, local: str = "") -> list[Conflict]:
    """What the articles of one group of events disagree on (see the module's docstring);
    ``denials``: negated events found to deny the group's event; ``local``: the prefix of
    the IRIs of what one article names without an entity ("gunmen", "local officials"):
    no place or agent of another article is one with it, and none disagrees with it."""
    out: list[Conflict] = []

    # modality: reports that it happened against articles that deny it
    denials = sorted(denials, key=lambda d: d.iri)
    if denials:
        said: dict[str, Claim] = {}
        for m in members + denials:
            modality = m.modality or "Asserted"
            claim = said.setdefault(modality, Claim(f"<{KGO_IRI}{modality}>"))
            claim.articles.add(m.article)
            claim.reports.add(m.iri)
            claim.speakers |= _speakers(evidence.get(m.iri), m.iri)
        # what reports it first, the denial last
        order = sorted(said, key=lambda k: (k == "Negated", k))
        out.append(Conflict("modality", str(KGO.modality), "", [said[k] for k in order]))

    # figures: the counts each article gives, by unit
    given: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))  # unit -> article -> counts
    claims: dict[tuple[str, int], Claim] = {}
    for m in members:
        ev = evidence.get(m.iri)
        for unit, n, src in sorted(ev.counts) if ev else ():
            given[unit][m.article].add(n)
            claim = claims.setdefault((unit, n), Claim(Literal(n).n3()))
            claim.articles.add(m.article)
            claim.reports.add(m.iri)
            claim.speakers |= _speakers(ev, src) or _speakers(ev, m.iri)
    for unit in sorted(given):
        sets = [frozenset(v) for v in given[unit].values()]
        if len(sets) > 1 and len(set(sets)) > 1:
            values = sorted({n for s in sets for n in s})
            out.append(Conflict("figure", str(KGO.count), unit, [claims[(unit, n)] for n in values]))

    # dates: each article's earliest day of the event
    day_of: dict[str, str] = {}
    for m in members:
        if m.day_precise and m.time and (m.article not in day_of or m.time[:10] < day_of[m.article]):
            day_of[m.article] = m.time[:10]
    if len(set(day_of.values())) > 1:
        by_day: dict[str, Claim] = {}
        for m in members:
            day = day_of.get(m.article)
            if day is not None and m.day_precise and m.time and m.time[:10] == day:
                claim = by_day.setdefault(day, Claim(Literal(day, datatype=XSD.date).n3()))
                claim.articles.add(m.article)
                claim.reports.add(m.iri)
                claim.speakers |= _speakers(evidence.get(m.iri), m.iri)
        out.append(Conflict("date", str(SEM.hasTimeStamp), "", [by_day[d] for d in sorted(by_day)]))

    # places and agents: articles whose most specific values are none of them one another's
    for kind, prop, values_of, same in (
        ("place", str(KGO.eventPlace), lambda r: r.places, linker.same_area),
        ("agent", str(KGO.agent), lambda r: r.agents, linker.nested),
    ):
        per_article: dict[str, set[str]] = defaultdict(set)
        for m in members:
            per_article[m.article] |= {v for v in values_of(m) if not (local and v.startswith(local))}
        per_article = {a: _most_specific(vs, linker) for a, vs in per_article.items()}
        if not _disjoint(per_article, same):
            continue
        by_value: dict[str, Claim] = {}
        for m in members:
            for v in sorted(set(values_of(m)) & per_article[m.article]):
                claim = by_value.setdefault(v, Claim(f"<{v}>"))
                claim.articles.add(m.article)
                claim.reports.add(m.iri)
                claim.speakers |= _speakers(evidence.get(m.iri), m.iri)
        out.append(Conflict(kind, prop, "", [by_value[v] for v in sorted(by_value)]))
    return out


def conflict_lines(canonical: str, conflicts: list[Conflict]) -> list[str]:
    """The N-Triples lines stating ``conflicts`` of the canonical event ``canonical``."""
    lines: list[str] = []
    for i, c in enumerate(sorted(conflicts, key=lambda c: c.key), 1):
        node = f"{canonical}/conflict/{i}"
        summary = f"{c.kind}{' ' + c.unit if c.unit else ''}: {len(c.claims)} values"
        lines += [
            f"<{canonical}> <{KGO.conflictingClaims}> <{node}> .",
            f"<{node}> <{RDF.type}> <{KGO.ConflictingClaims}> .",
            f"<{node}> <{KGO.conflictKind}> {Literal(c.kind).n3()} .",
            f"<{node}> <{KGO.disputedProperty}> <{c.prop}> .",
            f"<{node}> <{RDFS.label}> {Literal(summary).n3()} .",
        ]
        if c.unit:
            lines.append(f"<{node}> <{KGO.countUnit}> {Literal(c.unit).n3()} .")
        for j, claim in enumerate(c.claims, 1):
            cl = f"{node}/claim/{j}"
            lines += [
                f"<{node}> <{KGO.claim}> <{cl}> .",
                f"<{cl}> <{RDF.type}> <{KGO.Claim}> .",
                f"<{cl}> <{RDF.value}> {claim.value} .",
            ]
            lines += [f"<{cl}> <{KGO.claimedIn}> <{a}> ." for a in sorted(claim.articles)]
            lines += [f"<{cl}> <{KGO.claimReport}> <{r}> ." for r in sorted(claim.reports)]
            lines += [f"<{cl}> <{PROV.wasAttributedTo}> <{s}> ." for s in sorted(claim.speakers)]
    return lines
