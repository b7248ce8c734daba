"""Points for the places no gazetteer placed, borrowed from the places an article sets them among.

:func:`borrow_points` runs in named steps:

1. :func:`_missing` — the places without a point (and the sites named after a place far from
   their town, :func:`_sites_placed_elsewhere`, and the quarters of a town whose namesake the
   gazetteer placed far from it, :func:`_quarters_placed_elsewhere`);
2. :func:`_donors` — the placed places that may lend theirs (no country, continent or
   macro-region);
3. :func:`_home_town` — the article's own town (its dateline's, else the town it names most);
4. :func:`_choose` — each missing place's donor: an offset from a place ("60 km west of X"),
   a town listed with it, the unit the text puts it in, a place of its sentence, the country
   the text puts it in, the article's town;
5. :func:`_resolve` — a place put in another unplaced place takes that place's borrowed point;
6. :func:`_borrowed` — the replacement entity, with the point (moved by the offset) and
   :data:`BORROWED_CONFIDENCE`; an island (:func:`_islands`) only with an offset, a country's
   point only from a small country (:func:`small_country`).

:func:`offset_before` reads the offsets ("some 60 km west of") the news measures places by.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..kb.distance import BEARINGS
from ..vocab import BORROWED_CONFIDENCE  # how sure a borrowed point is (the canonical layer reads it too)
from .geocontext import (
    _IN_OR_NEAR, _between_listed, _containing, _listed_with, _Names, _placed_in, _region_after_comma, _SentenceStarts,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

    from .model import Entity

__all__ = [
    "borrow_points", "offset_before", "stated_offset", "BORROWED_CONFIDENCE", "OFFSET_KM", "QUARTER_TOWN_KM",
    "SITE_TOWN_KM", "SMALL_COUNTRY_KM2", "small_country",
]

Pair = tuple["SpacySpan", "Entity"]
#: A missing place's donor (an entity, or the key of the unplaced place it lies in) and offset.
Choice = tuple["Entity | str | None", "tuple[float, float] | None"]


def _noun_then_preposition(tokens: "SpacySpan", donor: "SpacySpan") -> bool:
    """Whether only the noun a name modifies and "near", "in", "outside" stand between the
    name and ``donor`` ("the X gas plant near Y", "the X camp outside Y"), whatever the
    parser attached the preposition to."""
    doc = tokens.doc
    if donor.start <= tokens.end + 1 or doc[donor.start - 1].lower_ not in ("near", "in", "outside", "inside"):
        return False
    heads: set[int] = set()
    word = tokens.root
    for _ in range(4):  # "X gas plant": the name's head, its head...
        if word.dep_ not in ("compound", "nmod", "amod") or word.head.i == word.i:
            break
        word = word.head
        heads.add(word.i)
    return all(
        i in heads or (doc[i].head.i in heads and doc[i].dep_ in ("compound", "amod", "nmod"))  # "gas"
        for i in range(tokens.end, donor.start - 1)
    )


def borrow_points(
    doc: "Doc",
    found: Iterable[tuple["SpacySpan", "Entity"]],
    *,
    at_home: "Callable[[Entity], bool] | None" = None,
    capital: "Callable[[Entity], bool] | None" = None,
) -> dict[str, "Entity"]:
    """Points for the places no gazetteer placed, from the places the article sets them among.

    Camps, hotels, districts and villages GeoNames lacks ("the X displacement camp", "the
    X Hotel", "the X area (Y territory)") are named next to the town or region they are
    in or near. A place without a point takes the point of the place its sentence puts it
    in or near ("the X neighbourhood of Y", "X camp near Y"); when the nearest unit the text
    puts it in has no point either ("X and Y in Z, W Department"), the point that unit
    borrows (Z's, W's: the smallest enclosing unit the text states, not a region named
    elsewhere in the article); else the point of the nearest placed town in one of its
    sentences (a region's only when no town is in them), else that of the article's dateline
    town, else that of the town it names most; the article's town must lie in a country the
    article is about (``at_home``: a predicate on the donor entity; any when not given). A
    capital (``capital``, a predicate; none when not given) so found says where a government
    speaks, not where a place is: when the text puts the place in a country ("near X,
    Algeria"), it takes that country's point instead, an honest coarse one, but only from a
    country small enough (:func:`small_country`) that its point lies near
    most of its places: a larger country's lies over 30 km from 78-99% of its towns, so the
    place keeps no point rather than a wrong one ("near In Amenas, Algeria": Algeria's point is
    1,035 km off); with the confidence :data:`BORROWED_CONFIDENCE` (a place that is somewhere
    near there, not geocoded). Countries, continents and macro-regions are never donors
    otherwise (their point says nothing of where a camp is).

    Returns the replacement entity (same key, the borrowed point) of each place placed so.
    """
    from .dateline import opening_dateline

    pairs = [(t, e) for t, e in found if e is not None]
    missing, elsewhere = _missing(pairs)
    if not missing:
        return {}
    donors = _donors(pairs)
    if not donors and not any(e.kind == "place" and "Country" in e.types and e.lat is not None for _, e in pairs):
        return {}
    dateline = opening_dateline(doc)
    places = _Names(t for t, e in pairs if e.kind == "place")
    scene = _Scene(
        doc=doc, pairs=pairs, donors=donors, places=places,
        # places the text may put a missing place in without being donors: another place no
        # gazetteer placed ("X and Y in Z, W Department": Z takes W's point, X and Y Z's), and
        # a country ("X, Algeria"), the coarsest unit a text states
        unplaced=[(t, e, t.sent.start) for t, e in pairs if e.key in missing],
        countries=[
            (t, e, t.sent.start) for t, e in pairs
            if e.kind == "place" and "Country" in e.types and e.lat is not None and e.lon is not None
            and t.root.pos_ == "PROPN"  # "Algeria", not "Algerian forces"
        ],
        # the dateline says where the story was filed ("NEW YORK —" above a Security
        # Council statement on Kashmir): not what the places of its sentence are near
        filed=dateline.town_start if dateline is not None else -1,
        sentence_start=_SentenceStarts(),  # of the donors
        is_capital=capital if capital is not None else (lambda e: False),
        home=_home_town(donors, dateline.town if dateline is not None else None, at_home or (lambda e: True)),
    )
    chosen: dict[str, Choice] = {}
    fallbacks: dict[str, "Entity | None"] = {}
    for key in missing:
        chosen[key], fallback = _choose(scene, key)
        if fallback is not None:
            fallbacks[key] = fallback[0]
    # an island lies off the coast of the town, region or country its sentence names: only an
    # offset measured from a place ("12 km off X") says where it is
    islands = _islands(pairs, missing)
    out: dict[str, "Entity"] = {}
    for key in missing:
        donor, offset = _resolve(chosen, fallbacks, key)
        if key in islands and offset is None:
            continue
        if donor is not None and ("Country" not in donor.types or small_country(donor)):
            entity = next(e for _, e in pairs if e.key == key)
            out[key] = _borrowed(entity, donor, offset, key in elsewhere)
    return out


def _missing(pairs: list[Pair]) -> tuple[set[str], set[str]]:
    """The keys of the places to place, and apart those of the sites named after a place far
    from their town (:func:`_sites_placed_elsewhere`), which are among them."""
    from .placing import wide_feature

    # a sea, a river or a desert is not where a town of its sentence is (placing.wide_feature)
    missing = {
        e.key for _, e in pairs if e.kind == "place" and e.lat is None and "Country" not in e.types and not wide_feature(e.label)
    }
    # "the Bakassi displacement camp in Maiduguri": a site named after a place far from its town;
    # "the Molenbeek district of Brussels": a quarter whose namesake town lies far from its own
    elsewhere = _sites_placed_elsewhere(pairs) | _quarters_placed_elsewhere(pairs)
    return missing | elsewhere, elsewhere


def _islands(pairs: list[Pair], missing: set[str]) -> set[str]:
    """The keys of the places to place that the text names as islands: with an island's word
    (``ontology/geo/feature-words.tsv``, class island) last or right after the name ("Doumeira
    Island", "tiny Yeonpyeong island"), or after "the island of" ("the island of Utøya")."""
    from ..kb.features import feature_words

    words = {w for w, classes in feature_words().items() if "island" in classes}
    out: set[str] = set()
    for t, e in pairs:
        if e.key not in missing:
            continue
        doc = t.doc
        if (
            t[-1].lower_ in words or (t.end < len(doc) and doc[t.end].lower_ in words)
            or (t.start >= 2 and doc[t.start - 1].lower_ == "of" and doc[t.start - 2].lower_ in words)
        ):
            out.add(e.key)
    return out


def _donors(pairs: list[Pair]) -> list[Pair]:
    """The placed places that may lend their point: countries, continents, macro-regions
    ("West Africa") and natural features wider than a mountain (a sea's, a lake's, a
    river's or a desert's point from kg/kb/features.py is no town's) never do."""
    from ..kb.geomacro import macro_region

    return [
        (t, e) for t, e in pairs
        if e.kind == "place" and e.lat is not None and "Country" not in e.types
        and ("Landform" not in e.types or "Mountain" in e.types)
        and macro_region(e.label) is None
    ]


def _donor_rank(e: "Entity") -> int:
    """0 for a town (or a place of no administrative kind), 1 for an administrative area."""
    return 0 if "City" in e.types or "AdministrativeArea" not in e.types else 1


def _home_town(donors: list[Pair], dateline_town: str | None, at_home: "Callable[[Entity], bool]") -> "Entity | None":
    """The article's own town: its dateline's (``dateline_town``), else the town it names most
    (first named wins a tie); one in a country the article is about (``at_home``), else none."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    by_key: dict[str, "Entity"] = {}
    for t, e in donors:
        counts[e.key] = counts.get(e.key, 0) + 1
        first.setdefault(e.key, t.start)
        by_key[e.key] = e
    home: "Entity | None" = None
    if dateline_town is not None:
        from ..kb.normalize import normalize_surface

        town = normalize_surface(dateline_town)
        home = next((e for t, e in donors if t.start_char < 200 and normalize_surface(t.text) == town), None)
    if home is None:
        # not a town abroad named in passing ("the briefing in New York" in a story on Kashmir)
        towns = [k for k in counts if _donor_rank(by_key[k]) == 0 and at_home(by_key[k])]
        towns = towns or [k for k in counts if at_home(by_key[k])]
        return by_key[max(towns, key=lambda k: (counts[k], -first[k]))] if towns else None
    return home if at_home(home) else None


@dataclass
class _Scene:
    """What :func:`_choose` reads of an article: its places and where it is."""

    doc: "Doc"
    pairs: list[Pair]
    donors: list[Pair]
    places: _Names
    unplaced: list[tuple["SpacySpan", "Entity", int]]  # (span, entity, sentence start) of the places to place
    countries: list[tuple["SpacySpan", "Entity", int]]  # of the placed countries named as such
    filed: int  # the dateline town's first token (-1 without one)
    sentence_start: _SentenceStarts
    is_capital: "Callable[[Entity], bool]"
    home: "Entity | None"

    def contains(self, tokens: "SpacySpan", t: "SpacySpan", area: bool) -> bool:
        """Whether the sentence puts ``tokens`` in ``t`` ("X in Y", "X, Y" when ``area``)."""
        doc = self.doc
        return _placed_in(tokens, t) or (
            t.start >= tokens.end and _containing(_between_listed(doc, tokens, t, self.places))
        ) or (area and _region_after_comma(doc, tokens, t)) or _noun_then_preposition(tokens, t)

    def coarse(self, donor: "Entity | None", country: "Entity | None") -> "Entity | None":
        """``donor``, unless it is a capital (or none) and the text puts the place in a country:
        then that country ("near X, Algeria": not Algiers)."""
        return country if country is not None and (donor is None or self.is_capital(donor)) else donor


def _distance(tokens: "SpacySpan", t: "SpacySpan") -> int:
    """Tokens between two spans (negative when they overlap)."""
    return t.start - tokens.end if t.start >= tokens.end else tokens.start - t.end


def _choose(scene: _Scene, key: str) -> tuple[Choice, "tuple[Entity | None] | None"]:
    """The donor of the missing place ``key`` (with an offset from it), or the key of the
    unplaced place it lies in and, apart (a 1-tuple), the donor to take when that place gets
    no point."""
    doc = scene.doc
    best: tuple[int, int, "Entity"] | None = None
    offset: tuple[float, float] | None = None
    inner: tuple[int, str] | None = None  # (distance, key) of an unplaced place it lies in
    country: "Entity | None" = None  # the country the text puts it in
    peer = False  # whether the best donor is a region listed with it ("North and South Kivu")
    far: set[str] = set()  # the places the text measures it far from ("700 km south-east of Y")
    own = [t for t, e in scene.pairs if e.key == key]
    for tokens in own:
        sent = tokens.sent
        for at, (t, e) in enumerate(scene.donors):
            if e.key == key or scene.sentence_start(at, t) != sent.start or t.start_char == scene.filed:
                continue
            measured = (
                stated_offset(doc.text[tokens.end_char:t.start_char])
                # the offset of the nearest place before it ("X said ... in Beledweyne, a town
                # 300 km north of Mogadishu" measures Beledweyne, not X)
                if t.start >= tokens.end and not scene.places.between(tokens.end, t.start) else None
            )
            if measured is not None and measured[0] > OFFSET_KM:
                far.add(e.key)  # "X, 700 km south-east of Y": the text says X is far from Y
                continue
            away = measured
            distance = _distance(tokens, t)
            # "X and Y in the Kidal region", whatever the parser attached "in" to
            inside = scene.contains(tokens, t, _donor_rank(e) == 1)
            # a town listed next to it is nearer than the region both lie in ("Maarat
            # al-Numan and Saraqib in Idlib province"); a division so listed is not
            # ("Meme, Fako and Boyo divisions in the South-West")
            neighbour = _donor_rank(e) == 0 and _listed_with(doc, tokens, t)
            rank = (-3 if away else -2 if neighbour else -1 if inside else _donor_rank(e), max(distance, 0))
            if best is None or rank < best[:2]:
                best, offset = (*rank, e), away
                peer = _donor_rank(e) == 1 and _listed_with(doc, tokens, t)
        for t, e, start in scene.unplaced:
            if e.key == key or start != sent.start:
                continue
            distance = _distance(tokens, t)
            if (inner is None or max(distance, 0) < inner[0]) and scene.contains(
                tokens, t, "AdministrativeArea" in e.types and "City" not in e.types
            ):
                inner = (max(distance, 0), e.key)
        if country is None:
            country = next(
                (e for t, e, start in scene.countries if start == sent.start and scene.contains(tokens, t, True)), None
            )
    if best is not None and best[0] < -1:
        return (best[2], offset), None  # an offset from it, or a town listed with it
    # the article's town, unless the text measures the place far from it
    home = scene.home if scene.home is None or scene.home.key not in far else None
    if inner is not None and (best is None or best[0] >= 0 or inner[0] < best[1]):
        # the nearest unit the text puts it in has no point of its own yet: it takes that
        # unit's (borrowed) point; a region, town or country for a fallback
        return (inner[1], None), (scene.coarse(best[2] if best is not None else home, country),)
    if best is not None and (best[0] < 0 or peer):
        return (best[2], offset), None
    # a capital its sentence names, or the article's town when a capital, says less
    # than the country the text puts it in ("near X, Algeria": not Algiers)
    return (scene.coarse(best[2] if best is not None else home, country), None), None


def _resolve(
    chosen: dict[str, Choice], fallbacks: dict[str, "Entity | None"], key: str, seen: frozenset[str] = frozenset()
) -> tuple["Entity | None", tuple[float, float] | None]:
    """The donor (and offset) of ``key``: through the unplaced places it lies in, in turn, else
    its fallback."""
    donor, away = chosen.get(key, (None, None))
    if not isinstance(donor, str):
        return donor, away
    through = _resolve(chosen, fallbacks, donor, seen | {key})[0] if donor not in seen | {key} and donor in chosen else None
    return (through if through is not None else fallbacks.get(key)), None


def _borrowed(entity: "Entity", donor: "Entity", offset: tuple[float, float] | None, elsewhere: bool) -> "Entity":
    """``entity`` at ``donor``'s point (moved by ``offset``), at most :data:`BORROWED_CONFIDENCE`
    sure; a site named after a place elsewhere (``elsewhere``) loses that place's identity."""
    lat, lon = donor.lat, donor.lon
    if offset is not None and lat is not None and lon is not None:
        from ..kb.distance import destination

        lat, lon = (round(x, 5) for x in destination((lat, lon), *offset))
    confidence = BORROWED_CONFIDENCE if entity.link_confidence is None else min(entity.link_confidence, BORROWED_CONFIDENCE)
    if elsewhere:  # the site, not the place its name comes from
        entity = replace(entity, geonames=None, types=("Place",), link_source="ner")
    return replace(entity, lat=lat, lon=lon, link_confidence=confidence)


#: Largest country (km², GeoNames' area) whose point a place the text puts in it takes: the
#: point of a country under it lies within 30 km of 69% of its towns of GeoNames (500 people
#: or more), of one of 8,000-30,000 km² of 22%, of one over 100,000 km² of 0.6%.
SMALL_COUNTRY_KM2 = 8000.0


def small_country(country: "Entity") -> bool:
    """Whether the country ``country`` (an entity of type Country) is under
    :data:`SMALL_COUNTRY_KM2` by GeoNames' area."""
    from ..kb.geo import country_area_km2, country_by_name

    match = country_by_name(country.label)
    area = country_area_km2(match.country_code) if match is not None else None
    return area is not None and area < SMALL_COUNTRY_KM2


#: Farthest (km) a site's own point may lie from the town its sentence puts it in.
SITE_TOWN_KM = 50.0


def _sites_placed_elsewhere(pairs: list[tuple["SpacySpan", "Entity"]]) -> set[str]:
    """The places named before a site's noun (kg/extract/site_nouns.py) whose sentence puts
    them in or near a town lying over :data:`SITE_TOWN_KM` from the point the gazetteer gave
    their name: a camp named after a place elsewhere ("the Bakassi displacement camp in
    Maiduguri", 500 km from Bakassi), which is where its town is, not where its name is."""
    from ..kb.distance import distance_km
    from .site_nouns import site_noun_after

    sites = [
        (t, e, noun) for t, e in pairs
        if e.kind == "place" and e.lat is not None and e.lon is not None and "Country" not in e.types
        and (noun := site_noun_after(t)) is not None
    ]
    if not sites:
        return set()
    towns = [(t, e) for t, e in pairs if e.kind == "place" and e.lat is not None and e.lon is not None and "City" in e.types]
    out: set[str] = set()
    for t, e, noun in sites:
        doc = noun.doc
        # "the X market in Y", whatever the parser attached "in" to
        after = noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ in _IN_OR_NEAR
        for d, town in towns:
            next_to = after and (d.start == noun.i + 2 or (d.start == noun.i + 3 and doc[noun.i + 2].lower_ == "the"))
            if (
                town.key != e.key and d.sent.start == t.sent.start and (next_to or _placed_in(t, d))
                and distance_km((e.lat, e.lon), (town.lat, town.lon)) > SITE_TOWN_KM  # type: ignore[arg-type]
            ):
                out.add(e.key)
                break
    return out


#: Farthest (km) a quarter of a town ("the X district of Y", "the Y suburb of X") lies from its
#: town's point: the suburbs of the largest cities lie within it.
QUARTER_TOWN_KM = 30.0


def _quarter_noun_of(doc: "Doc", at: int) -> bool:
    """Whether a quarter's noun stands at ``at`` with "of" right after it ("district *of*")."""
    from .names import name_lexicon

    return at < len(doc) - 1 and doc[at].lower_ in name_lexicon().quarter_nouns and doc[at + 1].lower_ == "of"


def _near_after(doc: "Doc", of: int, span: "SpacySpan") -> bool:
    """Whether ``span`` is the object of the "of" at ``of``: right after it, or after a title
    or two ("of the capital Brussels"), with no comma between."""
    return of < span.start <= of + 4 and all(doc[i].text not in (",", ";") for i in range(of, span.start))


def _quarters(pairs: list[Pair]) -> list[tuple["Entity", "Entity"]]:
    """(quarter, town) for each place its sentence calls a quarter of a town: "X, a (western)
    suburb of Y"; "the A district of B", which is A's quarter B when only A is a town the KB
    knows ("the Brussels suburb of Molenbeek"), else B's quarter A ("the Molenbeek district of
    Brussels", "the Zeitoun neighbourhood of Gaza City")."""
    places = [(t, e) for t, e in pairs if e.kind == "place" and "Country" not in e.types]
    out: list[tuple["Entity", "Entity"]] = []
    for t, e in places:
        doc = t.doc
        noun = t.end
        if noun + 2 < len(doc) and doc[noun].text == "," and doc[noun + 1].lower_ in ("a", "the"):
            noun += 2 + (doc[noun + 2].pos_ == "ADJ")  # "X, a suburb of Y", "X, a western suburb of Y"
            apposed = True
        else:
            apposed = False
            if _quarter_noun_of(doc, noun - 1) and len(t) > 1:
                noun -= 1  # the name written with its noun ("the Shevchenkivskyi district of Kharkiv")
        if not _quarter_noun_of(doc, noun):
            continue
        for d, town in places:
            if town.key == e.key or d.sent.start != t.sent.start or not _near_after(doc, noun + 1, d):
                continue
            if apposed or not (e.link_source == "kb" and "City" in e.types and town.link_source != "kb"):
                out.append((e, town))
            else:
                out.append((town, e))
    return out


def _quarters_placed_elsewhere(pairs: list[Pair]) -> set[str]:
    """The places the gazetteer placed over :data:`QUARTER_TOWN_KM` from the town their
    sentence calls them a quarter of (:func:`_quarters`: "the Molenbeek district of the
    capital Brussels", "the west Brussels suburb of Molenbeek": a namesake village 44 km off
    is not it): they take the town's point. A place the KB knows keeps its own."""
    from ..kb.distance import distance_km

    out: set[str] = set()
    for quarter, town in _quarters(pairs):
        if (
            quarter.lat is not None and quarter.lon is not None and quarter.link_source != "kb"
            and town.lat is not None and town.lon is not None and "City" in town.types
            and distance_km((quarter.lat, quarter.lon), (town.lat, town.lon)) > QUARTER_TOWN_KM
        ):
            out.add(quarter.key)
    return out


#: Kilometres in a unit of distance the news writes.
_UNIT_KM = {"km": 1.0, "kms": 1.0, "kilometres": 1.0, "kilometers": 1.0, "kilometre": 1.0, "kilometer": 1.0,
            "miles": 1.609344, "mile": 1.609344, "mi": 1.609344}
_OFFSET = re.compile(
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*-?\s*(?P<unit>[a-z]+)\s+(?:\(\s*\d+(?:[.,]\d+)?\s*[a-z]+\s*\)\s+)?(?:to\s+the\s+)?"
    r"(?P<dir>(?:north|south)(?:[\s-]?(?:east|west))?|east|west)\s+(?:of|from)\s+(?:the\s+)?(?:(?:town|city|village|capital)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
#: Farthest an offset is read (km): beyond, a place is no longer "near" its reference.
OFFSET_KM = 500.0


def stated_offset(text: str) -> tuple[float, float] | None:
    """The distance (km) and bearing (degrees) of an offset that ``text`` ends with, the
    text that stands between a place and the place it is measured from ("Nyabiondo, some
    60 km west of Goma", "a base 30 miles north-east of the city of X"), however far;
    ``None`` for other text.

    >>> stated_offset(", some 60 km west of "), stated_offset(" lies 30 miles north-east of the town of ")
    ((60.0, 270.0), (48.28032, 45.0))
    >>> stated_offset(" in the west of "), stated_offset(", 1,200 km south of ")
    (None, (1200.0, 180.0))
    """
    m = _OFFSET.search(text)
    if m is None:
        return None
    unit = _UNIT_KM.get(m.group("unit").lower())
    bearing = BEARINGS.get(re.sub(r"[\s-]", "", m.group("dir").lower()))
    if unit is None or bearing is None:
        return None
    km = float(m.group("n").replace(",", "")) * unit
    return (round(km, 5), bearing) if km > 0 else None


def offset_before(text: str) -> tuple[float, float] | None:
    """:func:`stated_offset`, ``None`` for an offset over :data:`OFFSET_KM` (a place that far
    is not placed by it).

    >>> offset_before(", some 60 km west of "), offset_before(", 1,200 km south of ")
    ((60.0, 270.0), None)
    """
    offset = stated_offset(text)
    return offset if offset is not None and offset[0] <= OFFSET_KM else None
