"""Event coreference of a bare "the attacks" (kg/extract/events/coreference.py, session 16):
an occasion named in passing by a date of its own phrase ("a cell linked to the 2017 attacks
in another town") is not what a later "the attacks" goes on telling when the text told its
own story before it; and a mention counting several occasions ("two coordinated attacks") is
not one with one occasion of that day a verb tells ("one attacker detonated explosives"), but
with a later plural "the attacks". Sentences invented in the style of wire news about Somalia,
Nigeria, Afghanistan and Pakistan; and ones that must keep the old reading.
"""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text

PUBLISHED = date(2024, 6, 12)

pytestmark = pytest.mark.model


def by_trigger(ex, word):
    (ev,) = [e for e in ex.events if e.trigger.text.endswith(word) or e.trigger.text == word]
    return ev


def last(ex, word):
    return [e for e in ex.events if e.trigger.text == word][-1]


def test_the_attacks_are_the_story_not_an_earlier_occasion_named_in_passing(nlp):
    """Somalia: the bombers' cell is linked to the 2017 attacks; "the attacks" they claimed are Sunday's."""
    ex = extract_text(nlp, "Two coordinated bombings struck the centre of Mogadishu on Sunday. The bombers were members of "
                           "a cell linked to the 2017 Kismayo attacks. Al-Shabaab later claimed responsibility for the attacks.",
                      published=PUBLISHED)
    sunday, earlier, claimed = by_trigger(ex, "bombings"), ex.events[1], last(ex, "attacks")
    assert earlier.trigger.text == "attacks" and earlier.time.value == "2017"
    assert claimed.id in sunday.same_as and claimed.id not in earlier.same_as
    assert claimed.time.value == "2024-06-09"


@pytest.mark.parametrize("text", [
    # Nigeria: the dated occasion is what the sentence tells, not named in passing
    "The 2019 Kano bombings killed 40 people. The attacks were claimed by Boko Haram.",
    # nothing else told before it: "the attacks" are the occasion remembered
    "Survivors gathered in Kano on Monday to remember the victims of the 2019 Kano bombings. The attacks killed 40 people.",
])
def test_a_dated_occasion_the_text_tells_is_still_the_attacks(nlp, text):
    ex = extract_text(nlp, text, published=PUBLISHED)
    bombings, attacks = by_trigger(ex, "bombings"), last(ex, "attacks")
    assert attacks.id in bombings.same_as and attacks.time.value == "2019"


@pytest.mark.parametrize("text, whole, part, later", [
    ("On 4 May 2024, two coordinated attacks in Kabul were carried out by militants. A bomb exploded at a checkpoint near "
     "the airport, and another hit a bus. Nine people were killed. The group later claimed responsibility for the attacks.",
     "carried", "exploded", "attacks"),
    ("On 9 June 2024, three coordinated bombings in Lagos were carried out by gunmen. One detonated a bomb at a bus "
     "station. Twelve people were killed. The police blamed a local cell for the bombings.", "carried", "detonated", "bombings"),
    ("On 2 March 2024, two suicide attacks struck Peshawar. One attacker detonated explosives at a mosque. The attacks "
     "were the deadliest in the city in a decade.", "suicide attacks", "detonated", "attacks"),
])
def test_several_occasions_are_not_one_of_them(nlp, text, whole, part, later):
    ex = extract_text(nlp, text, published=PUBLISHED)
    w, p, l = by_trigger(ex, whole), by_trigger(ex, part), last(ex, later)
    assert p.id not in w.same_as and p.id not in l.same_as
    assert l.id in w.same_as


def test_one_occasion_of_the_day_is_still_one_with_its_like(nlp):
    """Yemen: a strike told twice the same day by one noun each is one strike (the count rule does not fire)."""
    ex = extract_text(nlp, "A drone strike hit a market in Marib on Monday. The strike on Monday killed six people.",
                      published=PUBLISHED)
    first, second = [e for e in ex.events if e.trigger.text.endswith("strike")]
    assert second.id in first.same_as


def test_the_two_airport_bombings_are_not_all_the_attacks(nlp):
    """Kenya: "the two bus-station bombings" (counted) are the two bombs told, not the whole attacks."""
    ex = extract_text(nlp, "The group claimed responsibility for the attacks in Nairobi that killed 30 people. Two bombs "
                           "exploded at the bus station in the morning. At least 11 people were killed in the two bus-station "
                           "bombings.", published=PUBLISHED)
    attacks, exploded, bombings = by_trigger(ex, "attacks"), by_trigger(ex, "exploded"), by_trigger(ex, "bombings")
    assert bombings.id in exploded.same_as and bombings.id not in attacks.same_as


@pytest.mark.parametrize("text, event, gone", [
    # Belgium-style background: the raids' target is no attack
    ("The bombings came days after a series of police raids targeting the group in the capital.", "PoliceOperation", "targeting"),
    # Zimbabwe: the crackdown's aim is no attack
    ("Security forces launched a crackdown targeting opposition leaders in Harare on Monday.", "Crackdown", "targeting"),
])
def test_a_participle_of_aim_on_an_event_noun_is_no_event(nlp, text, event, gone):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert any(e.type == event for e in ex.events)
    assert not any(e.trigger.text == gone for e in ex.events)


def test_people_targeting_a_convoy_still_attack_it(nlp):
    """Mali: "gunmen targeting a convoy" hangs the participle on no event noun: still an attack."""
    ex = extract_text(nlp, "Gunmen targeting a military convoy killed five soldiers near Gao on Sunday.", published=PUBLISHED)
    assert any(e.type == "Attack" and e.trigger.text == "targeting" for e in ex.events)


def test_attacks_targeting_villages_keep_their_villages(nlp):
    """Burkina Faso: "the attacks, targeting the villages of ..." (a participle of the noun's own kind) still places them."""
    ex = extract_text(nlp, "The attacks, targeting the villages of Kaya and Dori, killed 100 people on Saturday.", published=PUBLISHED)
    attacks = by_trigger(ex, "attacks")
    assert attacks.place is not None and attacks.place.endswith("kaya")


@pytest.mark.parametrize("text, later, earlier", [
    # Syria-style: the raids of Saturday and the bombing two days before
    ("Government aircraft carried out air strikes on Hama province on Saturday, killing five people. The raids came two "
     "days after the bombing of a market in Hama city killed nine.", "raids", "bombing"),
    # Sudan: the shelling came a day after the attack
    ("Paramilitary forces shelled a camp near El Obeid on Tuesday. The shelling came a day after an attack on a convoy "
     "in the town.", "shelling", "attack"),
])
def test_an_occasion_after_which_the_event_came_is_another(nlp, text, later, earlier):
    ex = extract_text(nlp, text, published=PUBLISHED)
    a, b = last(ex, later), by_trigger(ex, earlier)
    assert b.id not in a.same_as

