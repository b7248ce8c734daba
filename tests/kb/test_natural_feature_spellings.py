"""Natural features written in another transliteration (kg/kb/features.py, _spelled_alike):
a name with a feature word whose rest no feature's name matches is the one feature of the
word's classes spelled alike (same spelling skeleton, nearly the same letters), on names
of rivers and lakes of several crises; a skeleton shared by unrelated names does not fire."""
from __future__ import annotations

import pytest

from kg.kb.features import natural_feature
from kg.kb.geocode import GeoContext

from helpers import extract_text


@pytest.mark.parametrize(
    ("name", "own", "feature_class"),
    [
        ("the Shabelle River", "Shebele", "river"),  # Somalia
        ("the Oubangui River", "Ubangi", "river"),  # Central African Republic, DR Congo
        ("the Benoue River", "Benue", "river"),  # Cameroon, Nigeria
        ("the Zambeze River", "Zambezi", "river"),  # Mozambique
        ("the Hilmand River", "Helmand", "river"),  # Afghanistan
        ("the Ruzizi River", "Rusizi", "river"),  # Burundi, DR Congo
        ("Lake Tanganika", "Tanganyika", "lake"),  # Tanzania, DR Congo
        ("Lake Turcana", "Turkana", "lake"),  # Kenya, Ethiopia
        ("the Juba River", "Jubba", "river"),  # Somalia: a two-letter skeleton, nearly the same letters
    ],
)
def test_another_transliteration_finds_the_feature(name, own, feature_class):
    found = natural_feature(name)
    assert found is not None and (found.name, found.feature_class) == (own, feature_class), found


def test_a_shared_skeleton_alone_does_not_fire():
    assert natural_feature("the Kabul River") is None  # not the Kibali of DR Congo (skeleton "kbl")
    assert natural_feature("Lake Oubangui") is None  # a river's name, not a lake's
    assert natural_feature("the Zambeze Mountains") is None
    assert natural_feature("the Neil River") is None  # two letters of skeleton, too unlike the Nile
    assert natural_feature("the Mono River") is None  # Togo's; Natural Earth has only Finland's Muonio
    # Ghana's Tano is no Tana of Kenya: too short a skeleton, and too far from the story
    assert natural_feature("the Tano River", GeoContext(countries={"GH": 2.0})) is None
    assert natural_feature("Lake Tanganika", GeoContext(countries={"BI": 2.0})) is not None


@pytest.mark.model
def test_a_river_in_another_spelling_gets_its_point(nlp):
    ex = extract_text(nlp, "Heavy rains flooded villages along the Shabelle River, Somali officials said.", published=None)
    river = next(ex.entities[m.entity] for m in ex.mentions if m.span.text.endswith("Shabelle River"))
    assert "BodyOfWater" in river.types and river.lat is not None and 0 < river.lat < 12 and 40 < river.lon < 48, river
