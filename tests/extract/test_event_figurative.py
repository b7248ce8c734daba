"""Attacks and fights in a figure of speech (ontology/lexicon/events.toml
``figurative_targets``): fighting a disease, a blaze or corruption is no violence; attacking
people, places or forces still is. Sentences written for this test (DR Congo, Somalia,
Ukraine, Sudan, Yemen, Ethiopia, Haiti)."""
from __future__ import annotations

import pytest

from helpers import events_of, extract_text

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Health workers need resources to attack the virus in eastern Congo.",
        "The new government vowed to fight corruption and poverty in Somalia.",
        "Firefighters battled the blaze near Kharkiv.",
        "Doctors in Yemen are fighting a cholera outbreak.",
        # the infinitive read as a noun ("to" + pobj) under the thing fought
        "Doctors in Goma say there may not be any virus to battle in the camps.",
        "Officials in Haiti insist there is no epidemic to battle.",
    ],
)
def test_fighting_a_thing_is_no_attack(nlp, text):
    ex = extract_text(nlp, text)
    assert not events_of(ex, "Attack") and not events_of(ex, "ArmedClash")


@pytest.mark.parametrize(
    "text, cls",
    [
        ("RSF fighters attacked the hospital in El Fasher.", "Attack"),
        ("Fano militias fought the army near Gondar.", "ArmedClash"),
        ("Gang members opened fire on the police in Port-au-Prince.", "Attack"),
        ("The militia had no time to battle the army near Bunia.", "ArmedClash"),
    ],
)
def test_fighting_people_or_places_still_is(nlp, text, cls):
    assert events_of(extract_text(nlp, text), cls)
