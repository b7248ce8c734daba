"""Macro-regions and breakaway territories the news names ("West Africa", "the Sahel",
"Somaliland", "the Kurdistan Region").

Territories (``ontology/geo/territories.csv``, :func:`territory`): self-declared,
breakaway and autonomous territories no ISO or GeoNames division covers, each at its
seat's GeoNames point, with a Wikidata id only where rigour gives one.

``ontology/geo/macro-regions.csv`` lists each with its member countries: UN M49
subregions and groupings (members as CLDR gives them) under the names the news uses, and
a few regions whose members a cited definition gives. A region's point is the point of
its member country nearest the population-weighted mean of its members' points (the rule
of the world KB's countries and divisions: where its people live, inside one of them).

The file is read at the first call of :func:`macro_region` (a few milliseconds); nothing
is read at import time.
"""
from __future__ import annotations

import csv
import functools
from dataclasses import dataclass

from .normalize import normalize_surface

__all__ = ["MacroRegion", "macro_region", "Territory", "territory"]


@dataclass(frozen=True)
class MacroRegion:
    """A macro-region: its name, member countries (ISO alpha-2) and point."""

    name: str
    members: tuple[str, ...]
    lat: float
    lon: float


def _point(members: tuple[str, ...]) -> tuple[float, float] | None:
    from .geo import country_match

    placed = [m for m in (country_match(code) for code in members) if m is not None and m.lat is not None]
    if not placed:
        return None
    from .distance import central_point

    return central_point([(m.lat, m.lon, m.population) for m in placed])  # type: ignore[misc]


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, tuple[str, ...]]]:
    from ..resources import ontology_dir

    lines = (ontology_dir() / "geo" / "macro-regions.csv").read_text(encoding="utf-8").splitlines()
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for row in csv.DictReader(line for line in lines if not line.startswith("#")):
        members = tuple(filter(None, row["members"].split("|")))
        for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
            key = normalize_surface(name)
            out[key[4:] if key.startswith("the ") else key] = (row["name"], members)
    return out


@functools.lru_cache(maxsize=64)
def macro_region(name: str) -> MacroRegion | None:
    """The macro-region ``name`` names, a leading "the" and case aside; ``None`` for
    other names.

    >>> macro_region("the Horn of Africa").members
    ('DJ', 'ER', 'ET', 'SO')
    >>> macro_region("Western Africa").name, macro_region("Westeros")
    ('West Africa', None)
    """
    key = normalize_surface(name)
    found = _table().get(key[4:] if key.startswith("the ") else key)
    if found is None:
        return None
    label, members = found
    point = _point(members)
    if point is None:
        return None
    return MacroRegion(label, members, point[0], point[1])


@dataclass(frozen=True)
class Territory:
    """A breakaway or autonomous territory: name, country (ISO alpha-2), its seat's point
    and Wikidata id (``None`` unless rigour gives it)."""

    name: str
    country_code: str
    lat: float
    lon: float
    wikidata: str | None


@functools.lru_cache(maxsize=1)
def _territories() -> dict[str, Territory]:
    from ..resources import ontology_dir

    lines = (ontology_dir() / "geo" / "territories.csv").read_text(encoding="utf-8").splitlines()
    out: dict[str, Territory] = {}
    for row in csv.DictReader(line for line in lines if not line.startswith("#")):
        found = Territory(row["name"], row["country"], float(row["lat"]), float(row["lon"]), row["wikidata"] or None)
        for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
            key = normalize_surface(name)
            out[key[4:] if key.startswith("the ") else key] = found
    return out


def territory(name: str) -> Territory | None:
    """The territory ``name`` names, a leading "the" and case aside.

    >>> territory("the Kurdistan Region").country_code, territory("Somaliland").wikidata
    ('IQ', 'Q34754')
    """
    key = normalize_surface(name)
    return _territories().get(key[4:] if key.startswith("the ") else key)
