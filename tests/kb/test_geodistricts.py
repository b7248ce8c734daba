"""Second-level divisions (kg/kb/geodistricts.py, ontology/geo/admin2.tsv) and their use
when an article names one (kg/extract/placing.py ``district_named``): sentences written
for these tests, from several crises."""
from __future__ import annotations

import doctest
import pytest

import kg.kb.geodistricts as geodistricts
from kg.kb.geodistricts import district_keys, districts_named

from kg.kb.distance import distance_km as km

from helpers import extract_text



def test_doctests() -> None:
    assert doctest.testmod(geodistricts).failed == 0


@pytest.mark.parametrize(
    "name, country, geonames",
    [
        ("Nduga Regency", "ID", 9828977),  # GeoNames: Kabupaten Nduga
        ("Nduga", "ID", 9828977),
        ("Djugu Territory", "CD", None),
        ("Ansongo Cercle", "ML", None),
        ("Bakhmut Raion", "UA", None),
        ("Dera Ismail Khan District", "PK", None),
    ],
)
def test_a_division_is_found_with_or_without_its_kind_word(name: str, country: str, geonames: int | None) -> None:
    found = districts_named(name)
    assert found and found[0].country_code == country, found
    if geonames is not None:
        assert found[0].geonames_id == geonames


@pytest.mark.parametrize("word", ["Pacific", "Lake", "Valley", "Central", "North", "Capital"])
def test_a_common_word_is_no_division_without_a_kind_word(word: str) -> None:
    # "Pacific County", "Lake County": GeoNames' kind word may be dropped only when the text writes one
    assert districts_named(word) == []


def test_keys_keep_prefix_and_kind_word_apart() -> None:
    assert district_keys("Departamento de Capital") == (["departamento de capital"], [])
    assert district_keys("Mezam Division") == (["mezam division"], ["mezam"])


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name, point",
    [
        # DR Congo: a territory GeoNames holds as a division
        ("CODECO militiamen killed 12 people in Djugu Territory, in Congo's Ituri province, the UN said.",
         "Djugu Territory", (1.94, 30.04)),
        # Mali: a cercle
        ("Jihadists ambushed a supply convoy in Ansongo Cercle, in Mali's Gao region, on Tuesday.",
         "Ansongo Cercle", (15.66, 0.50)),
        # Ukraine: a raion
        ("Russian glide bombs hit three villages of Bakhmut Raion in Ukraine's Donetsk region overnight.",
         "Bakhmut Raion", (48.56, 38.02)),
        # Indonesia (Papua): a regency named without its kind word
        ("Security forces in Indonesia's Papua province said rebels burned a school in Nduga.",
         "Nduga", (-4.60, 138.38)),
    ],
)
def test_a_division_named_in_a_story_gets_its_own_point(nlp, text: str, name: str, point: tuple[float, float]) -> None:
    ex = extract_text(nlp, text)
    found = {m.span.text: ex.entities[m.entity] for m in ex.mentions}
    e = found.get(name)
    assert e is not None, sorted(found)
    assert "AdministrativeArea" in e.types and e.lat is not None, e
    assert km((e.lat, e.lon), point) < 30, e


@pytest.mark.model
def test_a_division_of_a_country_the_story_does_not_speak_of_gives_no_point(nlp) -> None:
    # Djugu is a territory of DR Congo; a story on Sudan that names a "Djugu" gets no Congolese point
    ex = extract_text(nlp, "RSF fighters looted the market of Djugu, a village near El Fasher in Sudan's North Darfur state.")
    found = {m.span.text: ex.entities[m.entity] for m in ex.mentions}
    e = found.get("Djugu")
    assert e is None or e.lat is None or km((e.lat, e.lon), (1.94, 30.04)) > 1000, e


@pytest.mark.parametrize(
    "label, countries, division",
    [
        ("Nduga", {"ID": 2.0}, 9828977),  # "... arrived at Paro airport, Nduga" (NER: ORG)
        ("Djugu", {"CD": 2.0}, None),
        ("Ansongo Cercle", {"ML": 2.0}, None),
    ],
)
def test_a_division_the_ner_calls_a_body_is_a_place_in_a_country_of_the_story(label, countries, division) -> None:
    from kg.extract.linking import Linker
    from kg.kb import KnowledgeBase
    from kg.kb.geocode import GeoContext

    e = Linker(KnowledgeBase.default()).entity_for_ner(label, "ORG", context=GeoContext(countries=countries))
    assert e.kind == "place" and "AdministrativeArea" in e.types and e.lat is not None, e
    if division is not None:
        assert e.geonames == division


def test_a_division_of_another_country_or_a_bodys_name_stays_a_body() -> None:
    from kg.extract.linking import Linker
    from kg.kb import KnowledgeBase
    from kg.kb.geocode import GeoContext

    linker = Linker(KnowledgeBase.default())
    # Nduga is Indonesia's: in a story on Sudan the NER's body stands
    assert linker.entity_for_ner("Nduga", "ORG", context=GeoContext(countries={"SD": 2.0})).kind == "organization"
    # a body's word in the name ("... Council") keeps it a body
    assert linker.entity_for_ner("Djugu Council", "ORG", context=GeoContext(countries={"CD": 2.0})).kind == "organization"
