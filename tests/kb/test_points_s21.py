"""Session 21's geocoding mechanisms (issue 10), on sentences written for these tests from
several crises (the probe's ``s21`` part, bench/data/geoprobe-s21.tsv, has others):

* a place's name of words joined by hyphens or dashes written close, which the NER cut at
  one of them or read in pieces ("*Rostov*-on-Don", "Kabardino–Balkaria" as two people), is
  one place when the gazetteer has a town of that very name, the KB a place so named or one
  KB region so spelled otherwise, each part beginning one of its parts ("Karachay-Cherkessia"
  for Karachayevo-Cherkesiya: kg/extract/place_pairs.py ``hyphenated_places``,
  placing.py ``regions_by_parts``);
* a division named by its seat town's adjective, as Russian and Ukrainian districts are
  transliterated ("the Derbentsky district", "Pokrovsky district"), that GeoNames has no
  town of, is at its seat ("Derbent", "Pokrovsk") in a country the article speaks of
  (``ontology/geo/adjective-endings.txt``; kg/kb/geocode.py ``seat_names``).
"""
from __future__ import annotations

import pytest

from kg.kb.distance import distance_km as km
from kg.kb.geocode import seat_names

from helpers import entity_named as _entity, extract_text


@pytest.mark.model
@pytest.mark.parametrize(
    "text, surface, where, limit",
    [
        # the city, not the Rostov region's point nor Rostov Veliky
        ("A drone hit an apartment block in Rostov-on-Don overnight, the regional governor said.",
         "Rostov-on-Don", (47.23, 39.72), 15),
        # the city on the Amur, not Komsomolsk of Ukraine
        ("Floodwaters rose in Komsomolsk-on-Amur, forcing hundreds of residents to leave their homes.",
         "Komsomolsk-on-Amur", (50.55, 137.01), 30),
        # a republic the KB spells Kabardino-Balkariya, written with an en dash: not two people
        ("Gunmen attacked a traffic police post in Kabardino–Balkaria, Russian investigators said.",
         "Kabardino–Balkaria", (43.5, 43.4), 150),
        # a republic the KB spells Karachayevo-Cherkesiya, which the NER read as a body
        ("Gunmen shot dead two traffic policemen in Karachay-Cherkessia, Russian investigators said.",
         "Karachay-Cherkessia", (44.08, 41.98), 150),
        # Khanty-Mansia, written by its people's shorter name
        ("Wildfires spread across Khanty-Mansi in western Siberia, Russian officials said.",
         "Khanty-Mansi", (61.23, 72.14), 300),
        # a city of western Ukraine
        ("A missile struck an industrial site in Kamianets-Podilskyi on Saturday, the mayor said.",
         "Kamianets-Podilskyi", (48.68, 26.59), 30),
    ],
)
def test_hyphenated_place_names_are_one_place(nlp, text, surface, where, limit):
    e = _entity(extract_text(nlp, text, published=None), surface)
    assert e.lat is not None, (surface, e)
    assert km((e.lat, e.lon), where) <= limit, (surface, e.lat, e.lon)


@pytest.mark.model
def test_two_places_joined_by_a_dash_stay_two(nlp):
    ex = extract_text(nlp, "Trains on the Addis Ababa–Djibouti railway stopped after the attack, Ethiopian officials said.", published=None)
    assert any(m.span.text == "Addis Ababa" for m in ex.mentions), sorted(m.span.text for m in ex.mentions)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, surface, where, limit",
    [
        # Derbent, Dagestan, not a point lent by Dagestan 110 km away
        ("A police patrol came under fire in the Derbentsky district of Dagestan on Tuesday.", "Derbentsky", (42.06, 48.29), 40),
        # Khiv, in the south of Dagestan
        ("Unidentified attackers shot two policemen in Dagestan's Khivsky district overnight.", "Khivsky", (41.75, 47.93), 40),
        # Pokrovsk, Donetsk region
        ("Russian shelling hit the Pokrovsky district of Ukraine's Donetsk region on Monday.", "Pokrovsky", (48.28, 37.18), 40),
    ],
)
def test_district_named_by_its_seat_adjective(nlp, text, surface, where, limit):
    e = _entity(extract_text(nlp, text, published=None), surface)
    assert e.lat is not None, (surface, e)
    assert km((e.lat, e.lon), where) <= limit, (surface, e.lat, e.lon)


def test_seat_names():
    assert seat_names("Tsimlyansky") == ("Tsimlyansk", "Tsimlyan")
    assert seat_names("Derbentskiy") == ("Derbentsk", "Derbent")
    assert seat_names("Kherson") == ()
    assert seat_names("Sky") == ()  # no stem left
    assert seat_names("Novo Sky") == ()  # one word only

