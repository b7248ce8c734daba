"""Which events link and under which blocking keys: the part of :class:`~kg.canon.link.Linker`
that says whether an event is linkable (:meth:`Blocking.linkable`) and keys it
``FAMILY|TIME|AREA`` (:meth:`Blocking.keys`: family of its class, the weeks or months its time
covers, the countries, grid cells and spellings of its places and its actors), so that only
events sharing a key are compared.
"""
from __future__ import annotations

import math
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from .geography import spelling_keys
from .limits import CELL_DEGREES, FIGURE_FAMILIES, KEYS_CACHE, LINKABLE_MODALITIES, SHORT_DAYS, STORY_ROOTS
from .records import EventRecord

if TYPE_CHECKING:
    from .link import Linker
    from .records import StoryContext

__all__ = ["Blocking", "MadeKeys"]


class MadeKeys(NamedTuple):
    """The keys of a record as :meth:`Blocking.keys` made them, and what they were made of."""

    rec: EventRecord  # (kept so that the id they are cached by stays its own)
    known: tuple[int, ...]  # the numbers of points, countries and continents known, and the moves
    read: tuple[str, ...]  # the places, actors and agents the keys read (_read_by_keys)
    seen: tuple[object, ...]  # what the linker knew of them (Blocking._keys_read)
    indexed: frozenset[str]
    probed: frozenset[str]


def _read_by_keys(rec: EventRecord) -> tuple[str, ...]:
    """The places, actors and agents whose points, countries or continents the keys of
    ``rec`` may read: its own and its story's (:meth:`Blocking.keys`, through
    :meth:`~kg.canon.story.Story.in_context`, :meth:`Blocking.story_roots` and the chains of
    :meth:`~kg.canon.geography.Geography.root`)."""
    iris = set(rec.places) | rec.actors | rec.agents
    ctx = rec.context
    if ctx is not None:
        iris |= ctx.places | ctx.agents | ctx.speakers | ctx.named | ctx.mentions
    return tuple(sorted(iris))


class Blocking:
    """The linkability and blocking keys of :class:`~kg.canon.link.Linker` (which they are a part
    of: they use its classes, times, places and stories)."""

    def linkable(self: "Linker", rec: EventRecord, *, stated: bool = False) -> bool:
        """Said to have happened, of a known class that is not a figure of another event
        (:data:`FIGURE_FAMILIES`), with a time (its own, its story's or its article's) and a
        place or an actor (its own or its story's: :meth:`in_context`, :meth:`story_roots`;
        with ``stated``, its own only)."""
        cls = self.specific_class(rec)
        if rec.modality not in LINKABLE_MODALITIES or cls is None or self.family(cls) in FIGURE_FAMILIES:
            return False
        if rec.habitual:
            return False  # "is targeting civilians": again and again, no one occasion to link
        if rec.places or rec.actors or rec.agents:
            if self.days(rec) is not None:
                return True
        if stated or rec.context is None:
            return False
        read = self.in_context(rec)
        return self.days(read) is not None and bool(read.places or read.actors or read.agents
                                                    or self.story_roots(rec.context))

    def _linkable_as_stated(self: "Linker", rec: EventRecord) -> bool:
        """:meth:`linkable` on what the article states of ``rec`` (no story context)."""
        return self.linkable(rec, stated=True)

    def keys(self: "Linker", rec: EventRecord, *, probe: bool = False) -> set[str]:
        """The blocking keys of a linkable event (none for an event that is not): those it is
        indexed under, or with ``probe`` those to look up (the neighbouring grid cells too).
        An event is keyed by what it states; one lacking a place or a time also as read in
        its story (:meth:`in_context`: its story's place, or the countries of the places its
        story names, and day), never by an agent it does not state."""
        known = (len(self.points), len(self.countries), len(self.wide), self.moved)  # (a place moved: made again)
        made = self._keys_made.get(id(rec))
        if made is not None and made.rec is rec and made.known != known:
            # the linker learnt points, countries or continents since: made again only when
            # they are of the places, actors or agents the keys were read of (a load learns
            # those of each round of articles, and the keys of the earlier rounds' events
            # were all made again at its end)
            if self._keys_read(made.read) == made.seen:
                made = self._keys_made[id(rec)] = made._replace(known=known)
            else:
                made = None
        if made is None or made.rec is not rec:
            if len(self._keys_made) >= KEYS_CACHE:
                self._keys_made.clear()
            indexed, probed = self._record_keys(rec)
            read = _read_by_keys(rec)
            made = MadeKeys(rec, known, read, self._keys_read(read), frozenset(indexed), frozenset(probed))
            self._keys_made[id(rec)] = made
        return set(made.probed if probe else made.indexed)

    def _keys_read(self: "Linker", iris: tuple[str, ...]) -> tuple[object, ...]:
        """What :meth:`keys` reads of the linker's learnt state for ``iris``: each one's point,
        country and whether it is a continent (:meth:`Canonicaliser.load_points` adds them)."""
        points, countries, wide = self.points, self.countries, self.wide
        return tuple((points.get(x), countries.get(x), x in wide) for x in iris)

    def _record_keys(self: "Linker", rec: EventRecord) -> tuple[set[str], set[str]]:
        """:meth:`keys`, made: those ``rec`` is indexed under and those to probe, together."""
        if not self.linkable(rec):
            return set(), set()
        keys, probed = self._keys(rec) if self.linkable(rec, stated=True) else (set(), set())
        if rec.context is not None and (not rec.places or rec.time is None):
            read = self.in_context(rec)
            bare = not (rec.places or rec.agents or rec.actors)
            read = replace(read, actors=rec.actors) if read.actors != rec.actors else read
            found, found_probed = self._keys(read)
            if bare:  # a bare "the attack" of a report: also under the countries of its story's
                # places and agents, as place and as actor (its story's place may be misread:
                # a report of a strike in one country by another names a town of the other)
                ctx = rec.context
                roots = {self.root(x) for x in ctx.agents | ctx.places if self.may_act(x) or self._is_place(x)}
                for made in (found, found_probed):
                    stems = {k.rsplit("|", 1)[0] for k in made}
                    made |= {f"{stem}|{kind}:{root}" for stem in stems for root in roots for kind in ("place", "actor")}
            keys |= found
            probed |= found_probed
        return keys, probed

    def _keys(self: "Linker", rec: EventRecord) -> tuple[set[str], set[str]]:
        """The keys ``rec`` is indexed under and those to probe (one pass: they share all
        but the time buckets and the neighbouring grid cells)."""
        cls = self.specific_class(rec)
        assert cls is not None
        fam = self.block(cls)
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
            weeks = {f"w{w}" for w in range(span[0].toordinal() // 7, span[1].toordinal() // 7 + 1)}
            buckets = weeks | {f"s{mo}" for mo in months}
            probe_buckets = weeks | {f"m{mo}" for mo in months}
        else:
            buckets = {f"m{mo}" for mo in months}
            probe_buckets = buckets | {f"s{mo}" for mo in months}
        areas = {f"place:{self.root(p)}" for p in rec.places}
        probe_cells: set[str] = set()
        for p in rec.places:  # the grid cell of a place's point (probed: with its eight
            point = self.point(p)  # neighbours, so that two places within NEAR_KM meet)
            if point is not None:
                i, j = math.floor(point[0] / CELL_DEGREES), math.floor(point[1] / CELL_DEGREES)
                areas.add(f"cell:{i},{j}")
                probe_cells |= {f"cell:{i + di},{j + dj}" for di in (-1, 0, 1) for dj in (-1, 0, 1)}
        for p in rec.places:  # a place nothing locates (a village no gazetteer has): by its
            if self.root(p) == p and self.local_place(p):  # spellings, for spelled_alike to meet
                areas |= {f"spelling:{k}" for k in spelling_keys(p)}
        areas |= {f"actor:{self.root(a)}" for a in rec.actors | rec.agents}
        if not rec.places and rec.context is not None:  # placed by nothing but its story:
            areas |= {f"place:{root}" for root in self.story_roots(rec.context)}  # its countries
        probe_areas = areas | probe_cells
        return ({f"{fam}|{bucket}|{area}" for bucket in buckets for area in areas},
                {f"{fam}|{bucket}|{area}" for bucket in probe_buckets for area in probe_areas})

    def story_roots(self: "Linker", ctx: "StoryContext") -> set[str]:
        """The countries (the roots of :meth:`chain`) of the places a story names: those its
        events name, else the places its article mentions (at most :data:`STORY_ROOTS`, the
        first in sorted order); for the blocking keys of an event placed by neither."""
        places = sorted(ctx.named) or sorted(m for m in ctx.mentions if self._is_place(m))
        return {self.root(p) for p in places[:STORY_ROOTS]}

    def _is_place(self: "Linker", iri: str) -> bool:
        entity = self.kb.get(iri) if self.kb is not None else None
        return entity.kind == "place" if entity is not None else "/entity/place/" in iri
