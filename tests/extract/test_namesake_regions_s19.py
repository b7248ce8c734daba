"""Namesakes settled by the article's countries (kg/extract/placing.py region_over_town),
through the real spaCy model, on sentences written for several crises: a town that bears a
name only as an alternate one, or a village, outside the KB region of that name in a country
the article is about yields to the region; a town inside its namesake region stays."""
from __future__ import annotations

import pytest

from helpers import extract_text

pytestmark = pytest.mark.model


def entity(ex, surface: str):
    found = {m.span.text: ex.entities[m.entity] for m in ex.mentions}
    assert surface in found, sorted(found)
    return found[surface]


@pytest.mark.parametrize(
    ("text", "surface", "region"),
    [
        ("Students protested in Aragua and in Tachira state, Venezuela's opposition said.", "Aragua", 3649110),
        ("Soldiers were deployed to Guerrero after gunmen killed nine police officers, Mexico's security ministry said.",
         "Guerrero", 3527213),
        ("A tornado destroyed dozens of homes in Iowa on Tuesday, the United States weather service said.", "Iowa", 4862182),
        ("The owner of a truck rental agency in Junction City, Kansas, identified the man who rented the truck, "
         "US prosecutors said.", "Kansas", 4273857),
    ],
)
def test_the_region_of_the_article_country_beats_a_namesake_town(nlp, text, surface, region):
    e = entity(extract_text(nlp, text, published=None), surface)
    assert ("AdministrativeArea" in e.types, e.geonames) == (True, region), e


@pytest.mark.parametrize(
    ("text", "surface", "town"),
    [
        ("Police in Mopti said gunmen attacked a village in Mali's Mopti region.", "Mopti", 2453348),
        ("A gunman shot the former prime minister during a speech in Nara, Japanese police said.", "Nara", 1855612),
        ("Teachers marched through Oaxaca to demand higher pay, Mexico's government said.", "Oaxaca", 3522507),
        ("Junta aircraft bombed a monastery near Bago, Myanmar's opposition said.", "Bago", 1300466),
    ],
)
def test_a_town_inside_its_namesake_region_stays_the_town(nlp, text, surface, town):
    e = entity(extract_text(nlp, text, published=None), surface)
    assert ("City" in e.types, e.geonames) == (True, town), e
