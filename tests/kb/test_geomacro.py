"""Macro-regions (kg/kb/geomacro.py, ontology/geo/macro-regions.csv): a point of their own,
and never a donor of borrowed points. Sentences written for these tests, from several crises."""
from __future__ import annotations

import doctest

import pytest

import kg.kb.geomacro as geomacro
from kg.kb.geomacro import macro_region

from helpers import extract_text


def test_doctests() -> None:
    assert doctest.testmod(geomacro).failed == 0


@pytest.mark.parametrize(
    "name, inside",
    [
        ("West Africa", {"BF", "BJ", "CI", "GH", "ML", "NE", "NG", "SN", "TG"}),
        ("the Sahel", {"BF", "ML", "MR", "NE", "TD"}),
        ("Horn of Africa", {"DJ", "ER", "ET", "SO"}),
        ("Middle East", {"IL", "JO", "LB", "PS", "SY", "IQ", "SA"}),
        ("South-East Asia", {"BN", "ID", "MY", "PH", "SG", "TH", "VN", "KH", "LA", "MM"}),
    ],
)
def test_a_macro_region_lies_in_one_of_its_members(name: str, inside: set[str]) -> None:
    from kg.kb.geo import country_match

    region = macro_region(name)
    assert region is not None
    points = {code: country_match(code) for code in region.members}
    at = next(code for code, m in points.items() if m is not None and (m.lat, m.lon) == (region.lat, region.lon))
    assert at in inside, at


def test_other_names_are_no_macro_region() -> None:
    assert macro_region("Darfur") is None and macro_region("Africa") is None and macro_region("West") is None


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name, box",
    [
        # Sahel: jihadist violence; Horn of Africa: drought; West Africa: ECOWAS
        ("Jihadist violence spread across the Sahel, where juntas in Mali and Niger expelled French troops.",
         "Sahel", (8.0, 20.0, -17.0, 24.0)),
        ("The drought in the Horn of Africa left 20 million people in Ethiopia, Kenya and Somalia hungry.",
         "Horn of Africa", (-2.0, 15.0, 33.0, 51.0)),
        ("ECOWAS leaders said the coups threatened the stability of West Africa.",
         "West Africa", (4.0, 20.0, -17.0, 15.0)),
    ],
)
def test_a_macro_region_named_in_a_story_gets_its_own_point(nlp, text: str, name: str, box) -> None:
    ex = extract_text(nlp, text)
    found = {m.span.text: ex.entities[m.entity] for m in ex.mentions}
    e = found.get(name)
    assert e is not None, sorted(found)
    south, north, west, east = box
    assert e.lat is not None and south <= e.lat <= north and west <= e.lon <= east, e


@pytest.mark.model
def test_a_macro_region_lends_no_point_to_a_village(nlp) -> None:
    # a village GeoNames lacks, named with West Africa only, gets no West African point
    ex = extract_text(nlp, "Drought gripped West Africa, and jihadists attacked Boni, residents said.")
    found = {m.span.text: ex.entities[m.entity] for m in ex.mentions}
    boni, region = found.get("Boni"), found.get("West Africa")
    assert region is not None and region.lat is not None
    assert boni is None or (boni.lat, boni.lon) != (region.lat, region.lon), boni


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name, seat",
    [
        ("Floods displaced thousands of families in Puntland, Somalia's disaster agency said.",
         "Puntland", (8.40, 48.48)),
        ("Russian troops stayed in South Ossetia, Georgia's foreign ministry said.", "South Ossetia", (42.23, 43.97)),
        ("Turkish Cypriot leaders in Northern Cyprus rejected the UN plan.", "Northern Cyprus", (35.17, 33.35)),
        ("Drones struck an oil field in the Kurdistan Region, Iraqi officials said.", "Kurdistan Region", (36.19, 44.01)),
    ],
)
def test_a_breakaway_territory_is_placed_at_its_seat(nlp, text: str, name: str, seat) -> None:
    ex = extract_text(nlp, text)
    found = {m.span.text: ex.entities[m.entity] for m in ex.mentions}
    e = found.get(name)
    assert e is not None, sorted(found)
    assert "AdministrativeArea" in e.types and (round(e.lat, 2), round(e.lon, 2)) == seat, e
