"""Giving each name to one entity, so that no world name is ambiguous (ontology/kb/README.md,
"How names are chosen")."""
from __future__ import annotations

import re
import sys
from collections import defaultdict

from kg.kb.normalize import normalize_surface

from .admin1 import strip_type
from .common import POSITION_WORDS, TYPE_WORDS
from .entry import Entry
from .sources import read_curated


def safe_bare(name: str, city_names: set[str], english: set[str], not_bare: set[str]) -> bool:
    """Whether a division's bare name may stand alone in running text.

    Not when it is a city's name (cities are the geocoder's), a common English word, three
    letters or fewer, made only of position and type words, or listed in
    sources/admin1-not-bare.csv.
    """
    norm = normalize_surface(name)
    words = re.split(r"[\s\-]+", norm)
    if norm in city_names or norm in not_bare:
        return False
    if all(w in POSITION_WORDS or w in TYPE_WORDS for w in words):
        return False
    if len(words) == 1:
        word = words[0]
        if len(word) <= 3:
            return False
        singular = word[:-1] if word.endswith("s") else word
        if word in english or singular in english:
            return False
    return True


def resolve_names(entries: list[Entry], cities: list[dict], english: set[str]) -> dict[str, int]:
    """Give each name to one entity, so that no world name is ambiguous.

    First the divisions: a bare name that is unsafe alone (:func:`safe_bare`), that another
    entity (country, organisation, capital) bears or that divisions of two countries share
    is left out; the label is the first remaining bare name, else the first qualified name
    with the division's own type ("Kharkiv Oblast"). Then every name claimed by several
    entities goes to the one of highest priority (country, organisation, capital,
    division); among divisions, to the one whose own type it carries ("Red Sea State" to
    Sudan's state, not to Egypt's governorate); among equals to none. A label always stays
    with its entity.
    """
    lowered = {w for w in english if w.islower()}
    big_cities = {normalize_surface(c["name"]) for c in cities if c.get("population", 0) >= 15000}
    not_bare = {normalize_surface(r["name"]) for r in read_curated("admin1-not-bare.csv")}
    city_names_by_country: dict[str, set[str]] = defaultdict(set)
    for city in cities:
        city_names_by_country[city["countrycode"]].add(normalize_surface(city["name"]))
    reserved = {normalize_surface(n) for e in entries if e.priority < 3 for n in e.names()}
    reserved |= {normalize_surface(d) for e in entries for d in e.demonyms}
    bare_countries: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        for name in [*entry.bare, *entry.iso_bare]:
            bare_countries[normalize_surface(name)].add(entry.cc)
    stats: dict[str, int] = defaultdict(int)
    for entry in entries:
        if entry.priority != 3:
            continue
        own_cities = big_cities | city_names_by_country.get(entry.cc, set())
        def usable(b: str) -> bool:
            norm = normalize_surface(b)
            return (
                safe_bare(b, own_cities, lowered, not_bare)
                and norm not in reserved
                and len(bare_countries[norm]) == 1
            )

        bare = [b for b in entry.bare if usable(b)]
        iso_bare = [b for b in entry.iso_bare if usable(b)]
        if not bare and not iso_bare:
            stats["divisions known by qualified names only"] += 1
        # A curated English name (sources/admin1-names.csv) comes first, bare or qualified.
        curated = [n for n in [*bare, *entry.strong] if n.split()[0] in {c.split()[0] for c in entry.curated}]
        names = list(dict.fromkeys([*curated, *bare, *entry.strong, *iso_bare, *entry.weak]))
        # "Helmand province" and "Helmand Province" are both written: an alias whose type
        # word is in lower case matches either (a capitalised KB word must be capitalised).
        aliases = [_lower_type(n) for n in names]
        aliases = [a for a in aliases if a != names[0]]
        entry.label, entry.aliases = names[0], list(dict.fromkeys(aliases))

    owners: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        for name in dict.fromkeys(normalize_surface(n) for n in entry.names()):
            if name:
                owners[name].append(entry)
    for name, claimants in owners.items():
        if len(claimants) < 2:
            continue
        labelled = [e for e in claimants if normalize_surface(e.label) == name]
        top = min(e.priority for e in claimants)
        winners = [e for e in claimants if e.priority == top]
        if labelled:
            keep = {id(e) for e in labelled}
        elif len(winners) == 1:
            keep = {id(winners[0])}
        else:
            own = [e for e in winners if name in {normalize_surface(n) for n in e.strong}]
            keep = {id(own[0])} if len(own) == 1 else set()
        for entry in claimants:
            if id(entry) in keep:
                continue
            before = len(entry.aliases)
            entry.aliases = [a for a in entry.aliases if normalize_surface(a) != name]
            if len(entry.aliases) != before:
                stats[f"contested names dropped from {entry.file}"] += 1
    labels: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        labels[normalize_surface(entry.label)].append(entry)
    country_label = {e.key: e.label for e in entries if e.priority == 0}
    for name, same in labels.items():
        divisions = [e for e in same if e.priority == 3]
        if len(same) > 1 and divisions:
            # "Western Province" of five countries: each is labelled with its country too.
            for entry in divisions:
                entry.aliases = [a for a in entry.aliases if normalize_surface(a) != name]
                entry.label = f"{entry.label}, {country_label[entry.country]}"
                stats["division labels given their country"] += 1
    labels.clear()
    for entry in entries:
        labels[normalize_surface(entry.label)].append(entry)
    for name, same in labels.items():
        if len(same) > 1 and all(e.priority == 3 for e in same):
            for entry in same:  # GeoNames lists two divisions of one name (a city and its region)
                entry.aliases = [a for a in entry.aliases if normalize_surface(a) != name]
                entry.label = f"{entry.label} ({entry.code})"
                stats["division labels given their GeoNames code"] += 1
        elif len(same) > 1:
            stats["labels still shared"] += 1
            print(f"  warning: label {same[0].label!r} is shared by {', '.join(e.key for e in same)}", file=sys.stderr)
    return dict(stats)


def _lower_type(name: str) -> str:
    """``"Helmand province"`` from "Helmand Province": the type word of a qualified name in lower case."""
    base, suffix = strip_type(name)
    return f"{base} {suffix.lower()}" if suffix and base != name else name
