"""Session 20's geocoding mechanisms (issue 10), on sentences written for these tests from
several crises (the probe's ``s20`` part, bench/data/geoprobe-s20.tsv, has others):

* a country written right after a town and a comma, ending the list there ("Taza, Iraq,
  on Monday"), is the country of an address: the town lies in it, never in a namesake
  abroad; the name then never vouches for a town or district abroad either
  (kg/extract/geocontext.py ``_address_country``, ``add_unambiguous_towns``; placing.py
  ``district_named``);
* the units of Nigeria ("Local Government Area", "LGA") and of Kenya and Uganda
  ("Sub-County") are lower units named after their seat, as "district" is
  (``ontology/geo/district-words.txt``, several words a line: kg/kb/geodistricts.py
  ``unit_ending``);
* a second-level division written without its kind word ("in North Waziristan", "in
  Kurram"), a name no town, region or natural feature bears, is that division of a country
  the article speaks of (placing.py ``bare_district``).
"""
from __future__ import annotations

import pytest

from kg.kb.distance import distance_km as km

from helpers import entity_named as _entity, extract_text


@pytest.mark.model
@pytest.mark.parametrize(
    "text, surface, where, limit, abroad",
    [
        # Taza Khurmatu (GeoNames has no town "Taza" in Iraq): not Taza, Morocco
        ("Mass graves were found in Taza, Iraq, local officials said.", "Taza", (35.30, 44.33), 400, (34.21, -4.01)),
        # a village of Somalia: not Medina, Saudi Arabia
        ("Clashes erupted in Medina, Somalia, on Sunday, police said.", "Medina", (2.04, 45.34), 600, (24.47, 39.61)),
        # Mansoura of Raqqa governorate: not borrowed from afar, nor Mansoura, Egypt
        ("Coalition jets struck an oil depot near Mansoura, Syria, on Tuesday, activists said.",
         "Mansoura", (35.82, 38.76), 40, (31.04, 31.38)),
    ],
)
def test_town_comma_country_is_an_address(nlp, text, surface, where, limit, abroad):
    e = _entity(extract_text(nlp, text, published=None), surface)
    if e.lat is None:
        # a village GeoNames lacks, put only in a large country, keeps no point (session 22:
        # kg/extract/borrow.py small_country); never the namesake's abroad
        assert surface in ("Taza", "Medina"), (surface, e)
        return
    assert km((e.lat, e.lon), abroad) > 500, (surface, e.lat, e.lon)
    assert km((e.lat, e.lon), where) <= limit, (surface, e.lat, e.lon)


@pytest.mark.model
def test_address_country_keeps_a_namesake_abroad_out_when_gazetteer_lacks_the_town(nlp):
    # Palma, Mozambique is no town of GeoNames' table: never Palma de Mallorca
    ex = extract_text(nlp, "Islamists attacked Palma, Mozambique, on Wednesday, killing dozens of people.", published=None)
    e = _entity(ex, "Palma")
    assert e.lat is None or km((e.lat, e.lon), (39.57, 2.65)) > 5000, (e.lat, e.lon)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, surface",
    [
        ("Protesters clashed with police in Taza, Morocco's interior ministry said.", "Taza"),
        ("Delegations from Iran, Iraq, Syria and Jordan met in Doha, Qatar, on Monday.", "Doha"),
        ("Seven people were reported dead in Rustaq, Afghanistan, officials said.", "Rustaq"),
    ],
)
def test_address_country_keeps_towns_of_that_country(nlp, text, surface):
    where = {"Taza": (34.21, -4.01), "Doha": (25.29, 51.53), "Rustaq": (37.13, 69.83)}[surface]
    e = _entity(extract_text(nlp, text, published=None), surface)
    assert e.lat is not None and km((e.lat, e.lon), where) <= 30, (surface, e.lat, e.lon)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, surface, where",
    [
        ("Gunmen killed 15 people in Kajuru Local Government Area of Kaduna State, Nigerian police said.",
         "Kajuru Local Government Area", (10.32, 7.68)),
        ("Bandits stormed three villages in Gusau Local Government Area of Zamfara State on Sunday.",
         "Gusau Local Government Area", (12.16, 6.66)),
        ("Gunmen abducted 20 worshippers in Kajuru LGA of Kaduna State on Sunday.", "Kajuru LGA", (10.32, 7.68)),
        ("Soldiers repelled an attack on Gwoza LGA of Borno State, the army said.", "Gwoza LGA", (11.08, 13.69)),
        ("Floods displaced hundreds of families in Bukwo Sub-County, Uganda, officials said.",
         "Bukwo Sub-County", (1.29, 34.75)),
    ],
)
def test_local_government_areas_and_sub_counties_are_units_at_their_seat(nlp, text, surface, where):
    e = _entity(extract_text(nlp, text, published=None), surface)
    assert "AdministrativeArea" in e.types, (surface, e.types)
    assert e.lat is not None and km((e.lat, e.lon), where) <= 40, (surface, e.lat, e.lon)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, surface, where",
    [
        ("Six barbers were found dead in a field in North Waziristan, Pakistani police said.",
         "North Waziristan", (33.00, 70.07)),
        ("Gunmen fired on a passenger coach in Kurram on Sunday, Pakistani officials said.", "Kurram", (33.54, 70.35)),
        ("Ethnic clashes displaced thousands of families in Wolayita, Ethiopian officials said.", "Wolayita", (6.85, 37.75)),
        ("A landslide buried a village in Hadiya, Ethiopia's regional government said.", "Hadiya", (7.55, 37.85)),
        ("Militants ambushed an army convoy in Dima Hasao, Indian police said.", "Dima Hasao", (25.30, 93.00)),
    ],
)
def test_division_written_without_its_kind_word(nlp, text, surface, where):
    e = _entity(extract_text(nlp, text, published=None), surface)
    assert "AdministrativeArea" in e.types, (surface, e.types)
    assert e.lat is not None and km((e.lat, e.lon), where) <= 100, (surface, e.lat, e.lon)


@pytest.mark.model
def test_villages_in_a_bare_division_borrow_its_point(nlp):
    ex = extract_text(
        nlp,
        "Six barbers were murdered in Muski village in North Waziristan, Pakistani police said.",
        published=None,
    )
    e = _entity(ex, "Muski")
    assert e.lat is not None and km((e.lat, e.lon), (33.00, 70.07)) <= 30, (e.lat, e.lon)
