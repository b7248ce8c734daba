"""Event classes, session 21 (when21): workers who take industrial action strike, a protest
("nurses took industrial action over pay", "industrial action by train drivers"); students,
farmers or residents who block a road protest (ACLED counts a road blockade by demonstrators as
a protest), troops who block one do not (a motorway is a road); a state that declares a national
emergency lays a state of emergency (a restriction), not an announcement; migrants pushed back
at a border are expelled, rebels pushed back are not; people who take or find refuge or shelter
somewhere fled there, soldiers who take shelter did not. Sentences written for this test after
events in the United Kingdom (2022-23), Serbia (2024-25), the Netherlands (2022), Costa Rica
(2022), Lithuania (2021), Greece (2020-23), the Central African Republic (2017) and DR Congo
(2013)."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text

pytestmark = pytest.mark.model

PUBLISHED = date(2025, 3, 6)


def _classes(nlp, text):
    return [(e.type, e.trigger.text) for e in extract_text(nlp, text, published=PUBLISHED).events]


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Rail workers took industrial action across Britain on Saturday, halting most trains.", "took industrial action"),
        ("Nurses in Wales took industrial action on Tuesday over pay.", "took industrial action"),
        ("Industrial action by train drivers halted services in Kent on Monday.", "Industrial action"),
    ],
)
def test_industrial_action_is_a_protest(nlp, text, trigger):
    assert ("Protest", trigger) in _classes(nlp, text)


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Students blocked a major road in Belgrade on Monday to demand accountability.", "blocked"),
        ("Residents blocked the highway with burning tyres on Sunday.", "blocked"),
        ("Farmers blockaded the main border crossing with their tractors on Tuesday.", "blockaded"),
        ("Farmers blocked motorways across the Netherlands on Wednesday with their tractors.", "blocked"),
    ],
)
def test_a_road_blocked_by_demonstrators_is_a_protest(nlp, text, trigger):
    found = _classes(nlp, text)
    assert ("Protest", trigger) in found and ("Blockade", trigger) not in found


def test_a_road_blocked_by_troops_stays_a_blockade(nlp):
    assert ("Blockade", "blocked") in _classes(nlp, "Soldiers blocked the road to the airport on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "Costa Rica declared a national emergency on Monday after a cyberattack on government ministries.",
        "The president declared a national emergency over the floods on Friday.",
    ],
)
def test_a_national_emergency_declared_is_a_restriction(nlp, text):
    assert [c for c, _ in _classes(nlp, text)][0] == "Restriction"


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Lithuanian border guards pushed back 200 migrants on Sunday, the interior ministry said.", "pushed back"),
        ("Greek coast guards were accused of pushbacks of asylum seekers in the Aegean.", "pushbacks"),
    ],
)
def test_migrants_pushed_back_are_expelled(nlp, text, trigger):
    assert ("Expulsion", trigger) in _classes(nlp, text)


def test_rebels_pushed_back_are_not(nlp):
    assert not [c for c, _ in _classes(nlp, "The army pushed back the rebels from the town on Monday.") if c == "Expulsion"]


@pytest.mark.parametrize(
    "text, trigger, place",
    [
        ("Thousands of residents took refuge in a church in Bangassou on Saturday.", "took refuge", "Bangassou"),
        ("More than 8,000 people have found refuge in six public buildings (churches and schools) in Bunia.",
         "found refuge", "Bunia"),
    ],
)
def test_people_who_take_refuge_somewhere_fled_there(nlp, text, trigger, place):
    ex = extract_text(nlp, text, published=PUBLISHED)
    found = [e for e in ex.events if (e.type, e.trigger.text) == ("Displacement", trigger)]
    assert found and ex.entities[found[0].place].label == place


def test_soldiers_who_take_shelter_flee_nothing(nlp):
    assert not [c for c, _ in _classes(nlp, "Soldiers took shelter behind the wall.") if c == "Displacement"]
