"""The natural-features gazetteer (kg/kb/features.py, ontology/kb/natural-features.tsv from
Natural Earth): seas, gulfs, rivers, lakes, ranges and deserts get a point of their own,
behind the KB, the regions and the towns, on sentences written for these tests from several
crises (the probe's ``s18-features`` parts, bench/data/geoprobe-s18*.tsv, have others).

* a name equal to a feature's name is that feature ("the Gulf of Aden", "Lake Turkana");
* a feature word first or last selects features of its classes by the rest of the name
  ("the Tana River", "the River Tana"): a town of the name does not stop it;
* a bare name ("the Sahara", "the Euphrates") is a feature only when the NER reads it as a
  location, and a town, country or region of the name is read first ("Jordan", "Chad");
* several features of one name: the one near the places the article names.
"""
from __future__ import annotations

import pytest

from kg.kb.distance import distance_km as km
from kg.kb.features import feature_classes, natural_feature
from kg.kb.geocode import GeoContext

from helpers import extract_text


def test_names_with_a_feature_word_select_classes():
    assert feature_classes("the Orinoco River") == ("orinoco", frozenset({"river"}))
    assert feature_classes("Sea of Okhotsk")[0] == "okhotsk"
    assert feature_classes("Bamako") is None
    # "Lake X" finds the lake Natural Earth calls "X" (or "Lake X"), never a river "X"
    lake = natural_feature("Lake Tanganyika")
    assert lake is not None and lake.feature_class == "lake"
    river = natural_feature("the Orinoco River")
    assert river is not None and river.feature_class == "river" and river.schema_type == "BodyOfWater"
    assert natural_feature("Orinoco Lake") is None


def test_bare_names_only_when_allowed():
    assert natural_feature("Orinoco") is None
    assert natural_feature("Orinoco", bare=True) is not None
    # names the news writes without their sea or ocean word (ontology/geo/wide-features.txt)
    assert natural_feature("the Baltic").feature_class == "sea"


def test_namesakes_settled_by_the_article():
    # two capes of one name half a world apart: the one near the article's countries
    south = natural_feature("Cape York", GeoContext(countries={"AU": 2.0}))
    north = natural_feature("Cape York", GeoContext(countries={"GL": 1.0, "DK": 1.0}))
    assert south is not None and south.lat < 0
    assert north is not None and north.lat > 60
    # the places already placed count too
    near = GeoContext(points=[(-12.6, 141.9)])
    assert natural_feature("Cape York", near).lat < 0


@pytest.mark.model
@pytest.mark.parametrize(
    "text, surface, where, limit",
    [
        ("Houthi forces fired a drone at a cargo ship in the Gulf of Aden, the US military said.",
         "Gulf of Aden", (12.0, 48.0), 400),
        ("Drought has shrunk Lake Turkana, forcing herders in northern Kenya to move their cattle.",
         "Lake Turkana", (3.6, 36.1), 100),
        ("Militants attacked fishing boats on the Niger River near the Malian border, officials said.",
         "Niger River", (13.5, 2.0), 1200),
        ("Hundreds of migrants drowned in the Mediterranean last week, the UN refugee agency said.",
         "Mediterranean", (35.0, 18.0), 1500),
        ("Smugglers ferry fuel across the Sahara to southern Libya, a UN panel of experts reported.",
         "Sahara", (23.0, 13.0), 1500),
        ("Chinese coast guard ships blocked Philippine supply boats in the South China Sea on Tuesday.",
         "South China Sea", (12.0, 113.0), 800),
        ("Soldiers pursued bandits into the Air Mountains of northern Niger, the army said.",
         "Air Mountains", (18.3, 8.6), 300),
        ("Azerbaijani border guards said smugglers crossed the Caspian Sea from Iran overnight.",
         "Caspian Sea", (41.0, 51.0), 600),
    ],
)
def test_features_get_their_point(nlp, text, surface, where, limit):
    ex = extract_text(nlp, text, published=None)
    found = [ex.entities[m.entity] for m in ex.mentions if m.span.text == surface]
    assert found, f"{surface!r} not found: {sorted({m.span.text for m in ex.mentions})}"
    e = found[-1]
    assert e.lat is not None and km((e.lat, e.lon), where) <= limit, (surface, e.lat, e.lon, e.types)
    assert "Landform" in e.types and "Place" in e.types


@pytest.mark.model
@pytest.mark.parametrize(
    "text, surface, types",
    [
        # a country, a town or a region of the name is read before a river or a lake of it
        ("Jordan said it had closed its border crossing with Syria after the clashes.", "Jordan", "Country"),
        ("Chad recalled its ambassador from Khartoum on Monday, state radio said.", "Chad", "Country"),
        ("Protesters gathered in Shire, a town in Ethiopia's Tigray region, witnesses said.", "Shire", "City"),
        ("Gunmen killed four traders near Tana in Madagascar's central highlands, police said.", "Tana", None),
    ],
)
def test_namesakes_of_features_do_not_fire(nlp, text, surface, types):
    ex = extract_text(nlp, text, published=None)
    found = [ex.entities[m.entity] for m in ex.mentions if m.span.text == surface]
    assert found, f"{surface!r} not found: {sorted({m.span.text for m in ex.mentions})}"
    e = found[-1]
    assert "Landform" not in e.types and "BodyOfWater" not in e.types, (surface, e.types, e.lat, e.lon)
    if types:
        assert types in e.types


@pytest.mark.model
@pytest.mark.parametrize(
    "text, village, feature",
    [
        ("Fishermen from Kabwelungu, a village on Lake Kivu, said soldiers had seized their boats.",
         "Kabwelungu", "Lake Kivu"),
        ("Militants attacked Ndjamboulou on the shore of Lake Chad overnight, the army said.",
         "Ndjamboulou", "Lake Chad"),
        ("Pirates attacked the village of Mbokolu near the Gulf of Guinea, officials said.",
         "Mbokolu", "Gulf of Guinea"),
    ],
)
def test_a_feature_lends_its_point_to_no_village(nlp, text, village, feature):
    # a lake's or a sea's point is the middle of the water, no village's (kg/extract/borrow.py)
    ex = extract_text(nlp, text, published=None)
    by = {ex.entities[m.entity].label: ex.entities[m.entity] for m in ex.mentions}
    assert by[feature].lat is not None and "BodyOfWater" in by[feature].types
    assert (by[village].lat, by[village].lon) != (by[feature].lat, by[feature].lon), by[village]
