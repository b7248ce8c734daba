"""When two events of different articles are one: blocking keys and the pairwise test.

* **Blocking.** Each linkable event gets keys ``FAMILY|TIME|place:ROOT`` and
  ``FAMILY|TIME|actor:ROOT``: the top class under ``kgo:Event`` (``MilitaryAction`` for an
  offensive, an attack, a clash), each week its time covers (each month, for a time of a
  month or more), the country its places lie
  in (through the knowledge base's ``schema:containedInPlace`` / ``kb:country``) and the
  country or organisation its actors belong to. Only events sharing a key are compared.
* **Comparison** (:meth:`Linker.compare`): the classes are compatible (the same, or one a
  subclass of the other: an offensive and an escalation, not an offensive and an air
  strike); the times overlap (a day reads as that day ±1 (so two days up to two apart can be one event), a month as the month, a year as
  the year; an event without a time as the week before its article's publication); the
  places are the same or one lies within the other; no conflicting agents (both name
  agents and none is the other, or a part of it). And the link needs two pieces of
  positive evidence among: the same or nested place, a shared or nested agent/actor,
  the same day.
* **Linkable events** are those the articles assert or report as having happened: not
  negated, hypothetical or planned ones.

No knowledge of any particular crisis is here: the class taxonomy comes from
``ontology/events.ttl``, the geography and the actors' affiliations from the knowledge base.
"""
from __future__ import annotations

import math
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .records import EventRecord

if TYPE_CHECKING:
    from ..extract.event_lexicon import EventLexicon
    from ..kb import KnowledgeBase

__all__ = ["LINKABLE_MODALITIES", "Linker"]

#: events said to have happened (or to be happening)
LINKABLE_MODALITIES = frozenset({"Asserted", "Reported"})
#: a day-precise time stands for that day and this many days either side
DAY_WINDOW = 1
#: two places whose points (the knowledge base's coordinates) are this close are one place
NEAR_KM = 30.0
#: a time span of at most this many days is indexed by week, a longer one by month
SHORT_DAYS = 20
#: the grid the places' points are indexed on (half a degree: 55 km and less, more than NEAR_KM)
CELL_DEGREES = 0.5
#: an event without a time: the days before its article's publication it may have happened on
UNDATED_WINDOW = 7


class Linker:
    """Keys and comparisons over one event taxonomy and one knowledge base."""

    def __init__(self, lexicon: "EventLexicon", kb: "KnowledgeBase | None") -> None:
        self.lexicon = lexicon
        self.kb = kb
        self._chains: dict[str, tuple[str, ...]] = {}
        #: coordinates (lat, lon) of places the knowledge base lacks (places kg found in a
        #: gazetteer, from the store's entity graph): see :meth:`Canonicaliser.load_points`
        self.points: dict[str, tuple[float, float]] = {}

    # ------------------------------------------------------------------ classes

    def specific_class(self, rec: EventRecord) -> str | None:
        """The most specific kgo event class of ``rec``."""
        known = sorted(c for c in rec.classes if c in self.lexicon.classes and c != "Event")
        if not known:
            return None
        best = known[0]
        for c in known[1:]:
            best = self.lexicon.more_specific(best, c)
            if not self.lexicon.is_a(best, c) and not self.lexicon.is_a(c, best):
                best = min(best, c)
        return best

    def depth(self, cls: str) -> int:
        c = self.lexicon.classes.get(cls)
        return len(c.ancestors) if c is not None else 0

    def family(self, cls: str) -> str:
        """The class's ancestor right below ``kgo:Event`` (itself when it is one).

        >>> from kg.extract.event_lexicon import load_lexicon
        >>> linker = Linker(load_lexicon(), None)
        >>> linker.family("AirStrike"), linker.family("MilitaryOperation"), linker.family("Displacement")
        ('MilitaryAction', 'MilitaryAction', 'Displacement')
        """
        c = self.lexicon.classes.get(cls)
        if c is None:
            return cls
        tops = sorted(a for a in c.ancestors if a != "Event" and (p := self.lexicon.classes.get(a)) is not None
                      and all(q == "Event" or q not in self.lexicon.classes for q in p.parents))
        return tops[0] if tops else cls

    # ------------------------------------------------------------------ geography and affiliation

    def chain(self, iri: str) -> tuple[str, ...]:
        """``iri`` and what it lies within or belongs to (``containedInPlace``/``partOf`` up,
        then the country), nearest first, as the knowledge base says; it stops at a country
        (two events in one region of the world are not one event for that)."""
        found = self._chains.get(iri)
        if found is not None:
            return found
        out = [iri]
        seen = {iri}
        entity = self.kb.get(iri) if self.kb is not None else None
        while entity is not None and "Country" not in entity.types:  # no higher than a country
            nxt = next((k for k in (entity.part_of, entity.country) if k and k not in seen), None)
            if nxt is None:
                break
            seen.add(nxt)
            out.append(nxt)
            entity = self.kb.get(nxt)  # type: ignore[union-attr]
        result = tuple(out)
        self._chains[iri] = result
        return result

    def root(self, iri: str) -> str:
        return self.chain(iri)[-1]

    def nested(self, a: str, b: str) -> bool:
        """``a`` and ``b`` are one, or one lies within (belongs to) the other."""
        return a == b or a in self.chain(b) or b in self.chain(a)

    def point(self, iri: str) -> tuple[float, float] | None:
        """The (lat, lon) of a place: the knowledge base's, else the store's."""
        entity = self.kb.get(iri) if self.kb is not None else None
        if entity is not None and entity.lat is not None and entity.lon is not None:
            return entity.lat, entity.lon
        return self.points.get(iri)

    def near(self, a: str, b: str) -> bool:
        """``a`` and ``b`` are within :data:`NEAR_KM` of each other (a town and the district
        named after it, a region and the state proclaimed on it, two spellings of a town)."""
        pa, pb = self.point(a), self.point(b)
        if pa is None or pb is None:
            return False
        la, lb = math.radians(pa[0]), math.radians(pb[0])
        dl = math.radians(pb[1] - pa[1])
        h = math.sin((lb - la) / 2) ** 2 + math.cos(la) * math.cos(lb) * math.sin(dl / 2) ** 2
        return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h))) <= NEAR_KM

    def same_area(self, a: str, b: str) -> bool:
        """Places ``a`` and ``b`` are one, one lies within the other, or they are near."""
        return self.nested(a, b) or self.near(a, b)

    # ------------------------------------------------------------------ time

    def days(self, rec: EventRecord) -> tuple[date, date] | None:
        r = rec.time_range()
        if r is not None:
            if r[0] == r[1]:
                return r[0] - timedelta(days=DAY_WINDOW), r[1] + timedelta(days=DAY_WINDOW)
            return r
        if rec.published is not None:
            return rec.published - timedelta(days=UNDATED_WINDOW), rec.published
        return None

    # ------------------------------------------------------------------ keys

    def linkable(self, rec: EventRecord) -> bool:
        return (rec.modality in LINKABLE_MODALITIES and self.specific_class(rec) is not None
                and self.days(rec) is not None and bool(rec.places or rec.actors or rec.agents))

    def keys(self, rec: EventRecord, *, probe: bool = False) -> set[str]:
        """The blocking keys of a linkable event (none for an event that is not): those it is
        indexed under, or with ``probe`` those to look up (the neighbouring grid cells too)."""
        if not self.linkable(rec):
            return set()
        cls = self.specific_class(rec)
        assert cls is not None
        fam = self.family(cls)
        span = self.days(rec)
        assert span is not None
        # time buckets: a short span (a day's window, a week, an undated event's week before
        # publication) by the weeks it covers (days since 0001-01-01 // 7) and, for the long
        # spans to find it, by its months ("s"); a long one (a month, a year) by its months
        # ("m") only, probing the short spans' months too.
        months = []
        y, m = span[0].year, span[0].month
        while (y, m) <= (span[1].year, span[1].month):
            months.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        if (span[1] - span[0]).days <= SHORT_DAYS:
            buckets = {f"w{w}" for w in range(span[0].toordinal() // 7, span[1].toordinal() // 7 + 1)}
            buckets |= {f"m{mo}" if probe else f"s{mo}" for mo in months}
        else:
            buckets = {f"m{mo}" for mo in months} | ({f"s{mo}" for mo in months} if probe else set())
        areas = {f"place:{self.root(p)}" for p in rec.places}
        for p in rec.places:  # the grid cell of a place's point (probed: with its eight
            point = self.point(p)  # neighbours, so that two places within NEAR_KM meet)
            if point is not None:
                i, j = math.floor(point[0] / CELL_DEGREES), math.floor(point[1] / CELL_DEGREES)
                around = (-1, 0, 1) if probe else (0,)
                areas |= {f"cell:{i + di},{j + dj}" for di in around for dj in around}
        areas |= {f"actor:{self.root(a)}" for a in rec.actors | rec.agents}
        return {f"{fam}|{bucket}|{area}" for bucket in buckets for area in areas}

    # ------------------------------------------------------------------ comparison

    def compare(self, a: EventRecord, b: EventRecord) -> str | None:
        """Why ``a`` and ``b`` (events of different articles) are one event; None if they are not."""
        if a.article == b.article or not (self.linkable(a) and self.linkable(b)):
            return None
        ca, cb = self.specific_class(a), self.specific_class(b)
        if ca is None or cb is None or not self.lexicon.compatible(ca, cb):
            return None
        da, db = self.days(a), self.days(b)
        if da is None or db is None or da[1] < db[0] or db[1] < da[0]:
            return None
        evidence = []
        if a.places and b.places:
            shared = sorted((p, q) for p in a.places for q in b.places if self.same_area(p, q))
            if not shared:
                return None  # named places that are not one another: different events
            p, q = shared[0]
            evidence.append(f"place {_local(p)}" + ("" if p == q else f" ~ {_local(q)}"))
        if a.agents and b.agents:
            shared = sorted((x, y) for x in a.agents for y in b.agents if self.nested(x, y))
            if not shared:
                return None  # each names who did it, and they disagree
            x, y = shared[0]
            evidence.append(f"agent {_local(x)}" + ("" if x == y else f" ~ {_local(y)}"))
        else:
            shared = sorted((x, y) for x in a.actors | a.agents for y in b.actors | b.agents if self.nested(x, y))
            if shared:
                x, y = shared[0]
                evidence.append(f"actor {_local(x)}" + ("" if x == y else f" ~ {_local(y)}"))
        if a.day_precise and b.day_precise:  # and their windows overlap (checked above)
            evidence.append(f"day {a.time}" + ("" if a.time == b.time else f" ~ {b.time}"))
        if len(evidence) < 2:
            return None
        classes = ca if ca == cb else f"{ca} ~ {cb}"
        when = f"time {a.time or 'undated'} ~ {b.time or 'undated'}"
        return f"class {classes}; {when}; " + "; ".join(evidence)


def _local(iri: str) -> str:
    return iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
