"""Sites named with their town ("the X College of Y", "the Port of Y") take the town's
point when the article places the town, never a namesake's elsewhere
(kg/extract/placing.py ``town_of_site``, kg/extract/linking.py). Sentences written for
these tests, from several crises."""
from __future__ import annotations

import pytest

from kg.extract.placing import town_of_site

from kg.kb.distance import distance_km as km

from helpers import extract_text



@pytest.mark.parametrize(
    "label, town",
    [
        ("State University Hospital of Port-au-Prince", "Port-au-Prince"),
        ("Saudi Hospital of El Fasher", "El Fasher"),
        ("Port of Hodeidah", "Hodeidah"),
        ("Grand Hotel in Goma", "Goma"),
        ("Ministry of Health", None),  # no site's word before "of"
        ("Bank of South Sudan", None),
        ("University of the West Indies", None),  # no capitalised name after "of"
    ],
)
def test_the_town_in_a_site_name(label: str, town: str | None) -> None:
    assert town_of_site(label) == town


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name, town",
    [
        ("Gangs looted the State University Hospital of Port-au-Prince, Haiti's health ministry said.",
         "State University Hospital of Port-au-Prince", (18.54, -72.34)),
        ("RSF fighters shelled the Saudi Hospital of El Fasher in North Darfur, Sudan, the WHO said.",
         "Saudi Hospital of El Fasher", (13.63, 25.35)),
        ("Protesters gathered outside the University of Khartoum in Sudan on Monday.",
         "University of Khartoum", (15.55, 32.53)),
        ("Houthi drones hit the Port of Hodeidah in Yemen, the coalition said.", "Port of Hodeidah", (14.80, 42.95)),
    ],
)
def test_a_site_named_with_its_town_takes_the_towns_point(nlp, text: str, name: str, town: tuple[float, float]) -> None:
    ex = extract_text(nlp, text)
    found = {m.span.text: ex.entities[m.entity] for m in ex.mentions}
    e = found.get(name)
    assert e is not None, sorted(found)
    assert e.lat is not None and km((e.lat, e.lon), town) < 15, e


@pytest.mark.model
def test_a_site_named_with_a_town_the_story_does_not_place_takes_no_namesakes_point(nlp) -> None:
    # Tawila of North Darfur is not in GeoNames' table; a Tawila of Yemen is
    ex = extract_text(nlp, "RSF fighters stormed the Grand Mosque of Tawila in North Darfur, Sudan, witnesses said.")
    found = {m.span.text: ex.entities[m.entity] for m in ex.mentions}
    site = next((e for s, e in found.items() if s.startswith("Grand Mosque")), None)
    assert site is not None, sorted(found)
    assert site.lat is None or site.lon < 40, site  # never Yemen's (lon 43-45)
