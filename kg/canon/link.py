"""When two events of different articles are one: blocking keys and the pairwise test.

* **Blocking.** Each linkable event gets keys ``FAMILY|TIME|place:ROOT`` and
  ``FAMILY|TIME|actor:ROOT``: the top class under ``kgo:Event`` (``MilitaryAction`` for an
  offensive, an attack, a clash), each week its time covers (each month, for a time of a
  month or more), the country its places lie
  in (through the knowledge base's ``schema:containedInPlace`` / ``kb:country``) and the
  country or organisation its actors belong to. Only events sharing a key are compared.
* **Comparison** (:meth:`Linker.compare`): the classes are compatible (the same, or one a
  subclass of the other: an offensive and an escalation, not an offensive and an air
  strike; two classes of one family, a massacre and an attack, only when the reports name
  one village or building and one day); the times overlap (a day reads as that day ±1 (so two days up to two apart can be one event), a month as the month, a year as
  the year; an event without a time as the week before its article's publication); the
  places are not known to be apart; no conflicting agents (both name agents the knowledge
  base knows and none is the other, or a part of it). And the link needs two pieces of
  positive evidence among: the same, nested or near place (a village, a camp or a
  building the knowledge base lacks counts twice), a shared or affiliated agent/actor,
  the same day (or an undated event in a report of that day or the next).
* **What is known of places and actors** the knowledge base lacks: a gazetteer place
  (a point in the store's entity graph) lies in the country of the nearest knowledge-base
  region (:meth:`Linker.chain`); two places are apart when they lie in different
  countries, or when both are placed (known to the knowledge base, or points) and neither
  is within or near the other; a gazetteer town and a region of its country may be one
  place or not, which is no evidence either way. An organisation the knowledge base lacks
  belongs to the one whose name (or demonym) its name begins with ("the Ruritanian Air
  Force" to Ruritania); a group an article names by a common noun ("gunmen") is nobody in
  particular, and neither vetoes nor supports a link.
* **Linkable events** are those the articles assert or report as having happened: not
  negated, hypothetical or planned ones (and none of the families of
  :data:`FIGURE_FAMILIES`, empty: casualty counts link like any event, so that a story
  counts its dead once, and their figures are compared as claims).

No knowledge of any particular crisis is here: the class taxonomy comes from
``ontology/events.ttl``, the geography and the actors' affiliations from the knowledge base.
"""
from __future__ import annotations

import bisect
import math
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .records import EventRecord

if TYPE_CHECKING:
    from ..extract.event_lexicon import EventLexicon
    from ..kb import KnowledgeBase

__all__ = ["APART", "LINKABLE_MODALITIES", "SAME", "UNKNOWN", "Linker"]

#: events said to have happened (or to be happening)
LINKABLE_MODALITIES = frozenset({"Asserted", "Reported"})
#: families of the taxonomy whose mentions would be figures of another event, not events to
#: link (none: leaving the dead unlinked lost links on every split of bench/canon.py and made
#: analysis count a story's dead once per report)
FIGURE_FAMILIES: frozenset[str] = frozenset()
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
#: an undated event in a report published this many days after another event's day (or on
#: that day) is told as news of that day (:meth:`Linker.fresh_report`)
FRESH_DAYS = 1
#: a gazetteer place lies in the country of the nearest knowledge-base region within this distance
COUNTRY_OF_POINT_KM = 250.0
#: two places known by points this far apart are apart (nearer, but beyond NEAR_KM, they may
#: still be one: a village geocoded to its region's point)
APART_KM = 100.0
#: how two places or two agents relate (:meth:`Linker.place_relation`, :meth:`Linker.agent_relation`)
SAME, UNKNOWN, APART = "same", "unknown", "apart"


class Linker:
    """Keys and comparisons over one event taxonomy and one knowledge base."""

    def __init__(self, lexicon: "EventLexicon", kb: "KnowledgeBase | None") -> None:
        self.lexicon = lexicon
        self.kb = kb
        self._chains: dict[str, tuple[str, ...]] = {}
        self._regions: list[tuple[float, float, str]] | None = None
        self._regions_rad: list[tuple[float, float]] = []
        self._region_lats: list[float] = []
        self._names: dict[tuple[str, ...], str] | None = None
        #: coordinates (lat, lon) of places the knowledge base lacks (places kg found in a
        #: gazetteer, from the store's entity graph): see :meth:`Canonicaliser.load_points`
        self.points: dict[str, tuple[float, float]] = {}

    def prepare(self) -> None:
        """Build now what the look-ups build on first use (the knowledge base's regions by
        latitude, the names organisations begin with): for a caller with idle time before
        it links, such as ``kg load`` while its worker processes extract."""
        if self.kb is None:
            return
        self.country_of_point(0.0, 0.0)
        self.affiliation("/entity/organization/")

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
        (two events in one region of the world are not one event for that). A place the
        knowledge base lacks but the store has a point for lies in the country of the
        nearest knowledge-base region (:meth:`country_of_point`); an organisation the
        knowledge base lacks, in the one its name begins with (:meth:`affiliation`)."""
        found = self._chains.get(iri)
        if found is not None:
            return found
        out = [iri]
        seen = {iri}
        entity = self.kb.get(iri) if self.kb is not None else None
        if entity is None:
            point = self.points.get(iri)
            owner = self.country_of_point(*point) if point is not None else self.affiliation(iri)
            if owner is None:
                if point is None and "/entity/place/" in iri:
                    return (iri,)  # not kept: its point may be loaded later
                self._chains[iri] = (iri,)
                return (iri,)
            out.append(owner)
            seen.add(owner)
            entity = self.kb.get(owner)  # type: ignore[union-attr]
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

    def country_of_point(self, lat: float, lon: float) -> str | None:
        """The country (a knowledge-base key) of the nearest knowledge-base region or town
        within :data:`COUNTRY_OF_POINT_KM` of (lat, lon); None when there is none.

        >>> from kg.extract.event_lexicon import load_lexicon
        >>> from kg.kb import KnowledgeBase
        >>> Linker(load_lexicon(), KnowledgeBase.default()).country_of_point(15.6, 32.5)  # by Khartoum
        'https://w3id.org/kg-news/kb/sudan'
        """
        if self.kb is None:
            return None
        if self._regions is None:
            self._regions = sorted((e.lat, e.lon, e.country) for e in self.kb
                                   if e.kind == "place" and e.country and e.lat is not None and e.lon is not None
                                   and "Country" not in e.types)
            # each region's latitude in radians and its cosine, computed once
            self._regions_rad = [(math.radians(r[0]), math.cos(math.radians(r[0]))) for r in self._regions]
            self._region_lats = [r[0] for r in self._regions]
        # The regions are sorted by latitude: they are read outwards from (lat, lon) in both
        # directions, each direction until the latitude alone puts a region farther than the
        # nearest one so far (or than COUNTRY_OF_POINT_KM): the distance is never below that
        # of a point of the same longitude, computed as _km computes it. The distances are
        # _km's, operation for operation, and of equal ones the first (as min() kept) wins.
        # (Reading every region took 0.31 s of a 54-article load for 28 look-ups.)
        la = math.radians(lat)
        cos_la = math.cos(la)
        sin, asin, sqrt, radians = math.sin, math.asin, math.sqrt, math.radians
        regions, rad = self._regions, self._regions_rad
        best, best_km = -1, math.inf
        start = bisect.bisect_left(self._region_lats, lat)
        for step, stop in ((1, len(regions)), (-1, -1)):
            for i in range(start if step == 1 else start - 1, stop, step):
                lb, cos_lb = rad[i]
                floor = 2 * 6371.0 * asin(min(1.0, sqrt(sin((lb - la) / 2) ** 2)))
                if floor > min(best_km, COUNTRY_OF_POINT_KM) * (1 + 1e-12) + 1e-9:
                    break
                km = 2 * 6371.0 * asin(min(1.0, sqrt(sin((lb - la) / 2) ** 2 + cos_la * cos_lb * sin(radians(regions[i][1] - lon) / 2) ** 2)))
                if km < best_km or (km == best_km and i < best):
                    best, best_km = i, km
        if best < 0 or best_km > COUNTRY_OF_POINT_KM:
            return None
        return regions[best][2]

    def affiliation(self, iri: str) -> str | None:
        """The knowledge-base entity an organisation the knowledge base lacks belongs to: the
        one whose name, alias or demonym is the longest beginning of its name (compared as
        the words of the IRI's last segment); None for places, persons, an article's groups
        and names that begin with no known name.

        >>> from kg.extract.event_lexicon import load_lexicon
        >>> from kg.kb import KnowledgeBase
        >>> linker = Linker(load_lexicon(), KnowledgeBase.default())
        >>> linker.affiliation("https://w3id.org/kg-news/entity/organization/sudanese-air-force")
        'https://w3id.org/kg-news/kb/sudan'
        >>> linker.affiliation("https://w3id.org/kg-news/article/a1/group/sudanese-soldiers") is None
        True
        """
        if self.kb is None or "/entity/organization/" not in iri:
            return None
        if self._names is None:
            self._names = _organisation_names(self.kb)
        words = _words(iri.rstrip("/").rsplit("/", 1)[-1])
        for n in range(len(words) - 1, 0, -1):  # a proper beginning: "Sudan" is not affiliated to itself
            owner = self._names.get(words[:n])
            if owner is not None:
                return owner
        return None

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
        return _km(pa, pb) <= NEAR_KM

    def same_area(self, a: str, b: str) -> bool:
        """Places ``a`` and ``b`` are one, one lies within the other, or they are near."""
        return self.nested(a, b) or self.near(a, b)

    def local_place(self, iri: str) -> bool:
        """A place smaller than the knowledge base's towns and regions: a village, a camp or
        a building found in a gazetteer or named only in the text (the knowledge base holds
        countries, first-level regions and major cities)."""
        return self.kb is None or self.kb.get(iri) is None

    def place_relation(self, a: str, b: str) -> str:
        """:data:`SAME` (one, nested or near), :data:`APART` (in different countries, or both
        placed and neither within nor near the other) or :data:`UNKNOWN` (a place the
        knowledge base lacks beside a region of its country, or a place nothing is known of)."""
        if self.same_area(a, b) or self.spelled_alike(a, b):
            return SAME
        ra, rb = self.root(a), self.root(b)
        if self._is_country(ra) and self._is_country(rb) and ra != rb:
            return APART
        kb_a = self.kb is not None and self.kb.get(a) is not None
        kb_b = self.kb is not None and self.kb.get(b) is not None
        if kb_a and kb_b:
            return APART  # the knowledge base knows what lies within what
        if a in self.points and b in self.points and not (kb_a or kb_b) and _km(self.points[a], self.points[b]) > APART_KM:
            return APART
        return UNKNOWN

    def agent_relation(self, a: str, b: str) -> str:
        """:data:`SAME` (one, or one belongs to the other), :data:`APART` (two different
        entities the knowledge base knows) or :data:`UNKNOWN` (an actor the knowledge base
        lacks: an article's "gunmen", an organisation of unknown allegiance)."""
        if self.nested(a, b) or self.spelled_alike(a, b):
            return SAME
        if self.kb is not None and self.kb.get(a) is not None and self.kb.get(b) is not None:
            return APART
        return UNKNOWN

    def spelled_alike(self, a: str, b: str) -> bool:
        """Two entities the knowledge base lacks, of one kind (place, organisation, person),
        whose names are spellings of one name (one :func:`~kg.kb.geo.spelling_skeleton` of
        four letters or more: "Tchoma Bangou" and "Tchombangou", "Mohamed" and "Mohammed").
        An article's groups ("gunmen") are nobody in particular and never alike."""
        if a == b:
            return True
        if "/entity/" not in a or "/entity/" not in b or (self.kb is not None and (self.kb.get(a) or self.kb.get(b))):
            return False
        kind_a, _, name_a = a.rstrip("/").rpartition("/")
        kind_b, _, name_b = b.rstrip("/").rpartition("/")
        if kind_a.rsplit("/", 1)[-1] != kind_b.rsplit("/", 1)[-1]:
            return False
        from ..kb.geo import spelling_skeleton

        sa, sb = spelling_skeleton(name_a.replace("-", " ")), spelling_skeleton(name_b.replace("-", " "))
        return len(sa) >= 4 and sa == sb

    def _is_country(self, iri: str) -> bool:
        entity = self.kb.get(iri) if self.kb is not None else None
        return entity is not None and "Country" in entity.types

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

    def fresh_report(self, dated: EventRecord, undated: EventRecord) -> str | None:
        """Why ``undated`` (an event its article gives no time) is told as news of the day of
        ``dated``: its article was published that day or the next (a statement of the day
        condemning "the attack", a report of the morning after), which is as telling as two
        dates of one day. None otherwise."""
        r = dated.time_range()
        if r is None or r[0] != r[1] or undated.time or undated.published is None:
            return None
        if 0 <= (undated.published - r[0]).days <= FRESH_DAYS:
            return f"reported {undated.published.isoformat()} of {dated.time}"
        return None

    # ------------------------------------------------------------------ keys

    def linkable(self, rec: EventRecord) -> bool:
        """Said to have happened, of a known class that is not a figure of another event
        (:data:`FIGURE_FAMILIES`), with a time (its own or its article's) and a place or an
        actor."""
        cls = self.specific_class(rec)
        return (rec.modality in LINKABLE_MODALITIES and cls is not None and self.family(cls) not in FIGURE_FAMILIES
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
        if ca is None or cb is None:
            return None
        siblings = not self.lexicon.compatible(ca, cb)
        if siblings and self.family(ca) != self.family(cb):
            return None
        da, db = self.days(a), self.days(b)
        if da is None or db is None or da[1] < db[0] or db[1] < da[0]:
            return None
        evidence = []
        if a.places and b.places:
            rel = {(p, q): self.place_relation(p, q) for p in a.places for q in b.places}
            shared = sorted(k for k, r in rel.items() if r == SAME)
            if shared:
                p, q = shared[0]
                evidence.append(f"place {_local(p)}" + ("" if p == q else f" ~ {_local(q)}"))
                local = sorted((p, q) for p, q in shared if self.local_place(p) and self.local_place(q))
                if local:  # one village, one building: as telling as a second piece of evidence
                    p, q = local[0]
                    evidence.append(f"local place {_local(p)}" + ("" if p == q else f" ~ {_local(q)}"))
            elif all(r == APART for r in rel.values()):
                return None  # named places known to be apart: different events
        if a.agents and b.agents:
            rel = {(x, y): self.agent_relation(x, y) for x in a.agents for y in b.agents}
            shared = sorted(k for k, r in rel.items() if r == SAME)
            if shared:
                x, y = shared[0]
                evidence.append(f"agent {_local(x)}" + ("" if x == y else f" ~ {_local(y)}"))
            elif all(r == APART for r in rel.values()):
                return None  # each names who did it, and they disagree
        else:
            shared = sorted((x, y) for x in a.actors | a.agents for y in b.actors | b.agents
                            if self.nested(x, y) or self.spelled_alike(x, y))
            if shared:
                x, y = shared[0]
                evidence.append(f"actor {_local(x)}" + ("" if x == y else f" ~ {_local(y)}"))
        if a.day_precise and b.day_precise:  # and their windows overlap (checked above)
            evidence.append(f"day {a.time}" + ("" if a.time == b.time else f" ~ {b.time}"))
        else:
            fresh = self.fresh_report(a, b) or self.fresh_report(b, a)
            if fresh:
                evidence.append(fresh)
        if len(evidence) < 2:
            return None
        if siblings and not (any(e.startswith("local place") for e in evidence)
                             and any(e.startswith(("day", "reported")) for e in evidence)):
            return None  # a massacre and an attack, one village, one day: one event; else two
        classes = ca if ca == cb else f"{ca} ~ {cb}"
        when = f"time {a.time or 'undated'} ~ {b.time or 'undated'}"
        return f"class {classes}; {when}; " + "; ".join(evidence)


def _organisation_names(kb: "KnowledgeBase") -> dict[tuple[str, ...], str]:
    """The words of each name and demonym of the knowledge base's entities but persons, each
    to its entity (of equal words, the smallest key): what :meth:`Linker.affiliation` looks
    up. Built once for the knowledge base's files and kept in kg's cache (:mod:`kg.kb.cache`,
    keyed by the files and this module): building it for the ~25,000 names of the shipped
    knowledge base took 0.07-0.13 s of every ``kg load``, reading it back 0.01 s."""
    from pathlib import Path

    from ..kb import cache

    key = cache.digest([Path(__file__)], kb.digest()) if kb.files else None
    if key is not None:
        found = cache.load("linker-names", key)
        if isinstance(found, dict):
            return found
    names: dict[tuple[str, ...], str] = {}
    for e in kb:
        if e.kind == "person":
            continue
        for name in (*e.names, *e.demonyms):
            words = _words(name)
            if words and (words not in names or e.key < names[words]):
                names[words] = e.key
    if key is not None:
        cache.store("linker-names", key, names)
    return names


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km between two (lat, lon) points."""
    la, lb = math.radians(a[0]), math.radians(b[0])
    dl = math.radians(b[1] - a[1])
    h = math.sin((lb - la) / 2) ** 2 + math.cos(la) * math.cos(lb) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


_WORD = re.compile(r"[0-9a-z]+")
#: an ASCII name normal_surface gives without its leading "the" ("The Hague", "the-x"; not "the", "the-")
_ASCII_LEADING_THE = re.compile(r"[\s\-/_]*the[\s\-/_]+[^\s\-/_]")


def _words(name: str) -> tuple[str, ...]:
    """A name as lower-case words of letters and digits ("Myanmar Air Force", "myanmar-air-force").

    The words of ``normalize_surface(name)``; an ASCII name is read without it (the index
    of the knowledge base's ~32,000 names was built in half the time), to the same words:
    lower case, full stops and commas dropped, a leading "the" word left out.

    >>> _words("The U.S. Air-Force"), _words("the"), _words("Bağdat_Üniversitesi")
    (('us', 'air', 'force'), ('the',), ('bagdat', 'universitesi'))
    """
    if name.isascii():
        text = name.lower().replace(".", "").replace(",", "")
        words = _WORD.findall(text)
        return tuple(words[1:] if _ASCII_LEADING_THE.match(text) else words)
    from ..kb.normalize import normalize_surface

    return tuple(_WORD.findall(normalize_surface(name.replace("-", " ").replace("_", " "))))


def _local(iri: str) -> str:
    return iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
