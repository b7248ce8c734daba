"""A country named on the noun of a protest or an election is where it happens, not who does
it (frame "placeModifier" on kgo:Protest and kgo:Election); and two mentions placed in two
different countries are two events (event coreference)."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text, event_at, place_of, role_names

PUBLISHED = date(2024, 5, 14)

PLACED = [
    ("The Peru fuel protests spread to the southern highlands.", "protests", "Peru"),
    ("Police dispersed the Iran protests with tear gas and live rounds.", "protests", "Iran"),
    ("Kenya's election was marred by violence in several counties.", "election", "Kenya"),
    ("The Georgia protests entered their third week on Sunday.", "protests", "Georgia"),
    ("Observers said the Zimbabwe election was neither free nor fair.", "election", "Zimbabwe"),
]


@pytest.mark.parametrize("text,trigger,country", PLACED)
def test_a_country_on_a_protest_or_election_noun_is_its_place_not_its_agent(nlp, text, trigger, country):
    ex = extract_text(nlp, text, published=PUBLISHED)
    e = event_at(ex, trigger)
    assert place_of(ex, e) == country
    assert country.lower() not in role_names(ex, e, "agent")


@pytest.mark.parametrize("text,trigger,country", [
    ("The Russian attack on the port of Odesa killed five people.", "attack", "Russia"),
    ("Ethiopia's offensive in Tigray displaced thousands.", "offensive", "Ethiopia"),
])
def test_a_country_on_an_attack_noun_stays_its_agent(nlp, text, trigger, country):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert country.lower() in role_names(ex, event_at(ex, trigger), "agent")


def test_protests_in_two_countries_are_two_events(nlp):
    ex = extract_text(nlp, "The Peru fuel protests spread to the south. Police dispersed the Iran protests with tear gas.",
                      published=PUBLISHED)
    peru, iran = [e for e in ex.events if e.type == "Protest"]
    assert {place_of(ex, peru), place_of(ex, iran)} == {"Peru", "Iran"}
    assert peru.id not in iran.same_as and iran.id not in peru.same_as
