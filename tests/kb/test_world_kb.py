"""The world knowledge base shipped with kg (ontology/kb/world-*.csv, scripts/build_world_kb.py).

Countries, territories, capitals, first-level divisions, international bodies and armed
groups, read by kg/kb/base.py; the regional file and the user's files win over it.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from kg.kb import KB_NAMESPACE, KnowledgeBase, check_kb_file, default_kb_files, normalize_surface
from kg.kb import base as kb_base
from kg.kb import readers
from kg.kb.base import is_world_file
from kg.resources import kb_dir

WORLD = ("world-countries.csv", "world-admin1.csv", "world-organisations.csv")


def local(key: str | None) -> str | None:
    return None if key is None else key.rsplit("/", 1)[-1]


def first(kb: KnowledgeBase, name: str):
    found = kb.lookup(name)
    assert found, name
    return found[0]


def test_the_world_files_are_shipped_and_load_first() -> None:
    names = [p.name for p in default_kb_files()]
    assert names[:3] == sorted(WORLD)
    assert "south-caucasus.ttl" in names[3:]


@pytest.mark.parametrize("name", WORLD)
def test_gazetteer_check_accepts_the_shipped_world_files(name: str) -> None:
    assert check_kb_file(kb_dir() / name) == []


def test_countries_have_wikidata_ids_sources_and_points(kb: KnowledgeBase) -> None:
    countries = [e for e in kb if "Country" in e.types]
    assert len(countries) >= 190
    for country in countries:
        assert country.wikidata and country.wikidata_source, country.label
        assert country.lat is not None and country.lon is not None, country.label
    # Countries the regional file does not know are linked too.
    for name, qid in (("Sudan", "Q1049"), ("Yemen", "Q805"), ("Egypt", "Q79"), ("Mali", "Q912")):
        assert first(kb, name).wikidata == qid, name


@pytest.mark.parametrize(
    "country, capital, far",
    [("Somalia", "Mogadishu", 450), ("Libya", "Tripoli", 750), ("Mali", "Bamako", 600), ("Chad", "N'Djamena", 600),
     ("Algeria", "Algiers", 850), ("Senegal", "Dakar", 250)],
)
def test_a_country_point_is_its_centre_of_population(kb: KnowledgeBase, country: str, capital: str, far: float) -> None:
    # Where its people live, not a rounded centre in empty land or near a border: within
    # about the country's radius of its capital (countryinfo's centre of Somalia lies
    # 970 km from Mogadishu, Libya's 950 km from Tripoli).
    from kg.kb.distance import distance_km

    place, town = first(kb, country), first(kb, capital)
    assert distance_km((place.lat, place.lon), (town.lat, town.lon)) < far, country


@pytest.mark.parametrize(
    "name, qid",
    [
        ("DRC", "Q974"),
        ("DR Congo", "Q974"),
        ("Democratic Republic of the Congo", "Q974"),
        ("Congo-Kinshasa", "Q974"),
        ("Burma", "Q836"),
        ("Ivory Coast", "Q1008"),
        ("Côte d'Ivoire", "Q1008"),
        ("Türkiye", "Q43"),
        ("UAE", "Q878"),
        ("Britain", "Q145"),
        ("Congo-Brazzaville", "Q971"),
    ],
)
def test_country_names_and_abbreviations(kb: KnowledgeBase, name: str, qid: str) -> None:
    found = kb.lookup(name)
    assert [e.wikidata for e in found] == [qid], name


def test_an_ambiguous_name_is_left_to_the_context(kb: KnowledgeBase) -> None:
    # "Congo" names both Congos (sources/country-names.csv withdraws it).
    assert kb.lookup("Congo") == []


@pytest.mark.parametrize(
    "demonym, qid",
    [("Sudanese", "Q1049"), ("Congolese", "Q974"), ("Malian", "Q912"), ("Yemeni", "Q805"), ("Emirati", "Q878")],
)
def test_demonyms(kb: KnowledgeBase, demonym: str, qid: str) -> None:
    # "Congolese" is shared: the more populous Congo, the DRC, is taken.
    assert kb.by_demonym(demonym).wikidata == qid


def test_capitals_stand_for_their_country(kb: KnowledgeBase) -> None:
    for city, country in (("Khartoum", "Sudan"), ("Kyiv", "Ukraine"), ("Kinshasa", "DR Congo"), ("Sanaa", "Yemen")):
        capital = first(kb, city)
        assert capital.types == ("City",), city
        assert kb.get(capital.capital_of).label == country
        assert kb.get(capital.stands_for).label == country
        assert capital.geonames and capital.lat is not None
    assert first(kb, "Kiev").label == "Kyiv"


@pytest.mark.parametrize(
    "name, country",
    [
        ("North Darfur", "sudan"),
        ("Northern Darfur", "sudan"),
        ("North Kivu", "dr_congo"),
        ("Nord-Kivu", "dr_congo"),
        ("Rakhine State", "myanmar"),
        ("Sagaing Region", "myanmar"),
        ("Tigray Region", "ethiopia"),
        ("Kharkiv Oblast", "ukraine"),
        ("Idlib province", "syria"),
        ("Wardak Province", "afghanistan"),
        ("Maidan Wardak province", "afghanistan"),
        ("Yangon Region", "myanmar"),
        ("Borno State", "nigeria"),
    ],
)
def test_first_level_divisions(kb: KnowledgeBase, name: str, country: str) -> None:
    (division,) = kb.lookup(name)
    assert division.types == ("AdministrativeArea",)
    assert local(division.country) == country and local(division.part_of) == country
    assert division.lat is not None and division.geonames


def test_a_division_named_like_a_city_or_a_word_needs_its_type(kb: KnowledgeBase) -> None:
    # The city of Kharkiv is GeoNames' (the geocoder's), not the oblast.
    assert all("AdministrativeArea" not in e.types for e in kb.lookup("Kharkiv"))
    assert [e.label for e in kb.lookup("Khartoum")] == ["Khartoum"]  # the capital, not the state
    assert first(kb, "Khartoum State").types == ("AdministrativeArea",)
    # Nigeria's Niger State and Plateau State, Sudan's Red Sea State.
    assert [e.types[0] for e in kb.lookup("Niger")] == ["Country"]
    assert kb.lookup("Plateau") == [] and local(first(kb, "Plateau State").country) == "nigeria"
    assert kb.lookup("Red Sea") == [] and local(first(kb, "Red Sea State").country) == "sudan"


@pytest.mark.parametrize(
    "name, key, kind, country",
    [
        ("RSF", "rsf", "organization", "sudan"),
        ("Rapid Support Forces", "rsf", "organization", "sudan"),
        ("SAF", "saf", "organization", "sudan"),
        ("Sudanese Armed Forces", "saf", "organization", "sudan"),
        ("Sudanese army", "saf", "organization", "sudan"),
        ("M23", "m23", "organization", "dr_congo"),
        ("March 23 Movement", "m23", "organization", "dr_congo"),
        ("AFC", "m23", "organization", "dr_congo"),
        ("Ansar Allah", "houthis", "organization", "yemen"),
        ("Houthis", "houthis", "organization", "yemen"),
        ("Qassam Brigades", "qassam_brigades", "organization", "palestine"),
        ("Israel Defense Forces", "idf", "organization", "israel"),
        ("Tatmadaw", "tatmadaw", "organization", "myanmar"),
        ("Myanmar military", "tatmadaw", "organization", "myanmar"),
        ("Pyu Saw Htee", "pyu_saw_htee", "organization", "myanmar"),
        ("Viv Ansanm", "viv_ansanm", "organization", "haiti"),
        ("JNIM", "jnim", "organization", "mali"),
        ("ISWAP", "iswap", "organization", "nigeria"),
        ("Al-Shabaab", "al_shabaab", "organization", "somalia"),
    ],
)
def test_armed_groups_and_forces(kb: KnowledgeBase, name: str, key: str, kind: str, country: str) -> None:
    (entity,) = kb.lookup(name)
    assert (local(entity.key), entity.kind, local(entity.country)) == (key, kind, country)


def test_international_bodies_with_cited_ids(kb: KnowledgeBase) -> None:
    for name, qid in (("UNICEF", "Q740308"), ("WFP", "Q204344"), ("ECOWAS", "Q193272"), ("ICC", "Q47488"), ("IGAD", "Q499039")):
        body = first(kb, name)
        assert body.wikidata == qid and "supraverden" in body.wikidata_source, name
    assert first(kb, "OCHA").wikidata is None  # no source checked: no id
    assert local(first(kb, "MONUSCO").part_of) == "un"
    assert local(first(kb, "Qassam Brigades").part_of) == "hamas"


def test_no_world_name_is_ambiguous_within_a_kind() -> None:
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for path in default_kb_files():
        if not is_world_file(path):
            continue
        for raw in kb_base.read_raw(path):
            kind = "place" if {"Country", "City", "AdministrativeArea"} & set(raw.types) else "other"
            for name in {normalize_surface(n) for n in (*raw.labels, *raw.aliases)}:
                owners[(kind, name)].add(raw.key)
    shared = {name: keys for name, keys in owners.items() if len(keys) > 1}
    assert shared == {}


# ---------------------------------------------------------------------- layers


def test_the_regional_file_wins_over_the_world_entry(kb: KnowledgeBase) -> None:
    # Same Wikidata id under another key: the world's United States gives way to kb:usa.
    assert [local(e.key) for e in kb if e.wikidata == "Q30"] == ["usa"]
    assert [local(e.key) for e in kb if e.wikidata == "Q43"] == ["turkey"]
    # Same name and kind: one Baku, one Washington (the regional ones).
    assert [(local(e.key), Path(e.source).name) for e in kb.lookup("Baku")] == [("baku", "south-caucasus.ttl")]
    assert [local(e.key) for e in kb.lookup("Washington")] == ["washington"]
    # Same key: merged, the regional values first (its point), the world's names added.
    azerbaijan = kb.get("azerbaijan")
    assert (azerbaijan.lat, azerbaijan.lon) == (40.5, 47.5)
    assert azerbaijan.wikidata == "Q227"
    # World entities that pointed to a replaced one point to the regional entity.
    assert local(first(kb, "Minnesota").country) == "usa"


def test_a_user_file_overrides_everything(tmp_path: Path) -> None:
    user = tmp_path / "sudan.csv"
    user.write_text(
        "id,label,type,aliases,wikidata,lat,lon,country,demonyms,stands_for\n"
        "paramilitary_rsf,Rapid Support Forces,Organization,RSF|Janjaweed successors,,,,sudan,,\n"
        "port_sudan,Port Sudan,City,,,19.6158,37.2164,sudan,,sudan\n",
        encoding="utf-8",
    )
    kb = KnowledgeBase.load([user])
    assert [local(e.key) for e in kb.lookup("RSF")] == ["paramilitary_rsf"]
    assert kb.get("rsf") is None  # the world's RSF gave way (same name, same kind)
    assert local(first(kb, "Port Sudan").stands_for) == "sudan"


# ---------------------------------------------------------------------- start-up cost


def test_world_files_are_never_parsed_as_turtle_and_a_warm_load_reads_no_file(monkeypatch, tmp_path: Path) -> None:
    """The start-up cost, bounded by what is read rather than by a timer."""
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    parsed: list[str] = []
    read: list[str] = []
    turtle, csv = readers.read_turtle, readers.read_csv

    def counting_turtle(path):
        parsed.append(Path(path).name)
        return turtle(path)

    def counting_csv(path):
        read.append(Path(path).name)
        return csv(path)

    monkeypatch.setitem(readers.READERS, ".ttl", counting_turtle)
    monkeypatch.setitem(readers.READERS, ".csv", counting_csv)
    cold = KnowledgeBase.load()
    assert parsed == ["south-caucasus.ttl"]  # rdflib parses the regional file only
    assert sorted(read) == sorted((*WORLD, "former-states.csv"))  # and the regional CSV file
    parsed.clear()
    read.clear()
    warm = KnowledgeBase.load()
    assert parsed == [] and read == []  # the cache, keyed by the files' contents
    assert len(warm) == len(cold) and warm.lookup("DRC")[0].key == KB_NAMESPACE + "dr_congo"


def test_a_changed_file_is_read_again(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    user = tmp_path / "user.csv"
    user.write_text("id,label,type,lat,lon\nzorvan,Zorvan,City,1.0,2.0\n", encoding="utf-8")
    assert first(KnowledgeBase.load([user]), "Zorvan").lat == 1.0
    user.write_text("id,label,type,lat,lon\nzorvan,Zorvan,City,3.0,2.0\n", encoding="utf-8")
    assert first(KnowledgeBase.load([user]), "Zorvan").lat == 3.0


def test_the_cache_can_be_turned_off(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", "off")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert len(KnowledgeBase.load()) > 4000
    assert not any(tmp_path.rglob("*.pickle"))


@pytest.mark.slow
def test_the_build_is_reproducible(tmp_path: Path) -> None:
    """scripts/build_world_kb.py gives the shipped bytes (needs the kb-build extra)."""
    import subprocess
    import sys

    for module in ("rigour", "countryinfo", "english_words"):
        pytest.importorskip(module)
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, str(root / "scripts" / "build_world_kb.py"), "--out", str(tmp_path)], check=True)
    for name in WORLD:
        assert (tmp_path / name).read_bytes() == (kb_dir() / name).read_bytes(), name


def test_a_code_of_letters_and_digits_is_found_hyphenated_too() -> None:
    # "M23" is written "M-23" (DR Congo); a name of other letters gets no variant
    kb = KnowledgeBase.load()
    assert first(kb, "M-23").key == first(kb, "M23").key
    assert "M-23" in first(kb, "M23").names
    assert all("-" not in n for n in first(kb, "Sudan").names if n[:1].isdigit())


def test_a_country_does_not_take_its_capitals_name() -> None:
    # rigour lists "Tunis" among Tunisia's names (its Arabic name); the name is the capital's
    kb = KnowledgeBase.load()
    tunis = first(kb, "Tunis")
    assert (tunis.label, tunis.types[0], local(tunis.capital_of)) == ("Tunis", "City", "tunisia")
    assert "Tunis" not in first(kb, "Tunisia").names
    # a city-state or city territory keeps its own name
    assert first(kb, "Hong Kong").types[0] == "AdministrativeArea"
