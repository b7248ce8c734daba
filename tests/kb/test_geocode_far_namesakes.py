"""A city abroad far from every country an article names is a namesake, not the town meant
(kg/kb/geocode.py, FOREIGN_TOWN_KM), on hand-made contexts of several crises (no spaCy model);
a metropolis or a city near the article's countries still stands."""
from __future__ import annotations

from kg.kb.geocode import GeoContext, geocode


def context(*codes: str) -> GeoContext:
    out = GeoContext()
    for code in codes:
        out.add_country((code,), 2.0)
    return out


def test_a_city_of_another_continent_is_no_town_of_a_story_on_mozambique() -> None:
    assert geocode("Palma", context("MZ", "TZ")) is None  # not Palma of Majorca


def test_a_city_of_another_continent_is_no_town_of_a_story_on_lebanon() -> None:
    assert geocode("Blida", context("LB", "IL")) is None  # not Blida of Algeria


def test_the_same_city_stands_in_a_story_on_a_country_near_it() -> None:
    # no neighbours of the city's country: only the distance lets them stand
    match = geocode("Blida", context("FR", "GB"))
    assert match is not None and match.country_code == "DZ"
    match = geocode("Palma", context("GB", "IE"))
    assert match is not None and match.country_code == "ES"


def test_a_metropolis_stands_however_far() -> None:
    match = geocode("Jeddah", context("SD", "TD"))
    assert match is not None and match.country_code == "SA"
