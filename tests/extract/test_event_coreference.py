"""Event coreference merges only compatible mentions (kg/extract/events/coreference.py): the
same class, agents and targets that fit (one side's agent is never the other's target), no
conflicting time or place; and a kind of event ("ethnically motivated attacks") is not a
repetition of one told before. Yemen/Red Sea, DR Congo, Sudan, Ukraine, Gaza."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import events_of, extract_text, one, role

PUBLISHED = date(2024, 6, 12)

pytestmark = pytest.mark.model


def by_trigger(ex, word):
    (ev,) = [e for e in ex.events if e.trigger.text.endswith(word)]
    return ev


@pytest.mark.parametrize(
    "text",
    [
        "Houthi rebels attacked two ships in the Red Sea on May 30. US forces carried out strikes on Houthi targets in Yemen on May 30.",
        "Houthi rebels attacked two ships in the Red Sea on May 30. The strikes by US forces on Houthi targets in Yemen began on May 30.",
    ],
)
def test_strikes_of_one_side_are_not_the_attacks_of_the_other(nlp, text):
    ex = extract_text(nlp, text, published=PUBLISHED)
    houthi, us = by_trigger(ex, "attacked"), by_trigger(ex, "strikes")
    assert us.id not in houthi.same_as
    assert role(ex, houthi, "agent") == ["Houthis"] and role(ex, us, "agent") == ["Army of the United States", "United States"]
    assert houthi.place != us.place or us.place is None


def test_a_kind_of_attack_is_not_the_attacks_told_before(nlp):
    """DR Congo: "ethnically motivated attacks" are not M23's attacks."""
    ex = extract_text(nlp, "M23 rebels launched attacks on Goma. Ethnically motivated attacks also rose.", published=PUBLISHED)
    attacks = events_of(ex, "Attack")
    assert len(attacks) == 2
    assert not attacks[0].same_as and not attacks[1].same_as


def test_mentions_in_two_towns_are_two_events(nlp):
    """Ukraine: a strike on Kyiv and the strike on Odesa the same day."""
    ex = extract_text(nlp, "Russia struck Kyiv on Monday. The strike on Odesa on Monday killed five people.", published=PUBLISHED)
    attacks = events_of(ex, "Attack")
    assert len(attacks) == 2 and not attacks[0].same_as


def test_compatible_mentions_still_merge(nlp):
    """Sudan: an attack and "the assault" that follows are one event; it shares the day."""
    ex = extract_text(nlp, "The RSF launched an attack on El Fasher on Friday. The assault killed 40 civilians, medics said.", published=PUBLISHED)
    attack, assault = events_of(ex, "Attack")
    assert assault.id in attack.same_as and assault.time == attack.time


# ---------------------------------------------------------------------- consequences and possessors


@pytest.mark.parametrize(
    "text, cls, place, value",
    [
        ("Al-Shabaab fighters attacked a base in Baidoa on Monday, triggering heavy clashes.", "ArmedClash", "Baidoa", "2024-06-10"),  # Somalia
        ("Russian forces shelled Kherson on 3 June, causing mass displacement.", "Displacement", "Kherson", "2024-06-03"),  # Ukraine
    ],
)
def test_a_consequence_happens_where_and_when_its_cause_does(nlp, text, cls, place, value):
    ex = extract_text(nlp, text, published=date(2024, 6, 12))
    ev = one(ex, cls)
    assert ex.entities[ev.place].label == place and ev.time.value == value


@pytest.mark.parametrize(
    "text, cls, place",
    [
        ("Gangs have terrorised Haiti for months. Armed gangs attacked the country's main prisons.", "Attack", "Haiti"),  # Haiti
        ("Fighting has engulfed Sudan for a year. The RSF shelled the country's largest camps.", "Shelling", "Sudan"),  # Sudan
    ],
)
def test_the_countrys_target_is_in_the_country_named_last(nlp, text, cls, place):
    ex = extract_text(nlp, text, published=date(2024, 6, 12))
    assert ex.entities[one(ex, cls).place].label == place


@pytest.mark.parametrize(
    "text, cls, place",
    [
        ("Hundreds have died in the fighting, with Tigray among the worst affected.", "Casualties", "Tigray"),  # Ethiopia
        ("Dozens were killed in the violence, with Ituri province the hardest hit.", "Casualties", "Ituri"),  # DR Congo
    ],
)
def test_an_event_without_a_place_is_in_the_one_place_its_sentence_names(nlp, text, cls, place):
    ex = extract_text(nlp, text, published=date(2024, 6, 12))
    assert ex.entities[one(ex, cls).place].label == place


def test_a_place_another_event_of_the_sentence_takes_is_not_shared(nlp):
    ex = extract_text(nlp, "A Turkish-brokered truce has collapsed, with rebel forces taking control of Tal Rifaat.",
                      published=date(2024, 6, 12))  # Syria
    assert one(ex, "Ceasefire").place is None


def test_the_only_place_of_a_sentence_is_the_region_rather_than_its_country(nlp):
    text = "We are concerned about civilians in Sudan, particularly in North Darfur, as the RSF has intensified its attacks."  # Sudan
    ex = extract_text(nlp, text, published=date(2024, 6, 12))
    assert ex.entities[one(ex, "Attack").place].label == "North Darfur"


@pytest.mark.parametrize(
    "text, cls, agent, place, value, end",
    [
        ("The Kherson counteroffensive was a military operation launched by Ukrainian forces against Russian positions "
         "near Kherson. It lasted from 29 August to 11 November 2022.",
         "MilitaryOperation", "Ukraine", "Kherson", "2022-08-29", "2022-11-11"),  # Ukraine
        ("The siege of El Fasher was a blockade imposed by the RSF on the city. It began on 10 May 2024.",
         "Blockade", "Rapid Support Forces", "El Fasher", "2024-05-10", None),  # Sudan
    ],
)
def test_x_was_a_y_is_one_event_and_it_lasted_dates_it(nlp, text, cls, agent, place, value, end):
    ex = extract_text(nlp, text, published=date(2024, 6, 12))
    found = events_of(ex, cls)
    assert len(found) == 2
    for ev in found:
        assert agent in role(ex, ev, "agent") and ex.entities[ev.place].label == place
        assert (ev.time.value, ev.time.end) == (value, end)
