"""Each event's own time, place and count (issue 11, session 17): a name after a stance
prefix ("anti-Japan protests") is what the event opposes, not where it happened nor who did
it; a place that only bounds a comparison ("the largest massacre in Africa", "the largest loss
of any army in Africa") is not where the event happened; a consequence ("leading to clashes
..., mainly in X and Y provinces") is placed by the verb that brings it; a year is no count
("the siege in 2015 in which 148 students were killed"); a month on a noun that is no event
("fallout from a contentious October poll") dates no other event of the sentence. Own
sentences from several crises (Korea/Japan, Pakistan, Niger, Ukraine, Rwanda, Ethiopia,
Kenya, DR Congo, Malawi, Somalia, India), with sentences where each must not fire."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text, one, place_of, role

PUBLISHED = date(2024, 3, 14)

pytestmark = pytest.mark.model


def _ex(nlp, text):
    return extract_text(nlp, text, published=PUBLISHED)


@pytest.mark.parametrize(
    "text, where",
    [
        ("An unprecedented wave of anti-Japan protests erupted in South Korea in 2019.", "South Korea"),
        ("Thousands joined anti-American rallies in Karachi on Friday.", "Karachi"),
        ("Police dispersed anti-French demonstrations in Niamey on Sunday.", "Niamey"),
        ("Supporters held pro-Russia rallies in Donetsk on Saturday.", "Donetsk"),
    ],
)
def test_a_stance_prefix_names_no_place(nlp, text, where):
    ex = _ex(nlp, text)
    event = one(ex, "Protest")
    assert place_of(ex, event) == where


def test_a_stance_prefix_names_no_target(nlp):
    ex = _ex(nlp, "Police dispersed anti-French demonstrations in Niamey on Sunday.")
    assert role(ex, one(ex, "Crackdown"), "target") == []


@pytest.mark.parametrize(
    "text, where",
    [
        # must not fire: a state named on a crowd's event without a stance prefix is where it is
        ("The Peru fuel protests spread to Lima on Monday.", "Peru"),
        ("Kenyan protests turned deadly on Tuesday.", "Kenya"),
    ],
)
def test_a_state_on_a_protest_without_stance_is_still_its_place(nlp, text, where):
    ex = _ex(nlp, text)
    assert place_of(ex, one(ex, "Protest")) == where


def test_the_class_of_a_superlative_is_no_place(nlp):
    """Rwanda (invented): "the largest massacre in Africa" compares, it does not place."""
    ex = _ex(nlp, "In the spring of 1994, militias killed more than 500 people at the Battle of Kibuye, "
                  "the largest massacre in Africa in a single day.")
    assert place_of(ex, one(ex, "MassViolence")) != "Africa"


def test_a_place_of_any_other_force_is_no_place(nlp):
    """Ethiopia (invented): "the largest loss suffered by any European army in Africa"."""
    ex = _ex(nlp, "In 1896, Ethiopian troops defeated the Italian army who attempted to take control of "
                  "the highlands, killing more than 5,000 of their soldiers at the Battle of Adwa, representing "
                  "the largest loss suffered by any European army in Africa during the century.")
    assert all(place_of(ex, e) != "Africa" for e in ex.events)


def test_a_superlative_does_not_hide_the_place_of_its_own_phrase(nlp):
    """Must not fire: "the deadliest attack" is still placed by the mention it corefers with."""
    ex = _ex(nlp, "The bombing of the market in Peshawar was the deadliest attack in Pakistan this year.")
    assert place_of(ex, one(ex, "Bombing")) == "Peshawar"


def test_a_consequence_is_placed_by_the_verb_that_brings_it(nlp):
    """DR Congo (invented): every province of the list."""
    ex = _ex(nlp, "The protests were met with great repression, leading to violent clashes between the police "
                  "and protesters in various cities and towns, mainly in the Kasai, Kwilu and Kwango provinces.")
    clash = one(ex, "ArmedClash")
    assert clash.place is not None
    names = {ex.entities[k].label for k in [clash.place, *clash.also_places]}
    assert {"Kwilu", "Kwango"} <= names


@pytest.mark.parametrize(
    "text, count",
    [
        ("The raid was the deadliest since the Garissa siege in 2015 in which 148 students were killed.", 148),
        ("The clash was the worst since the Kargil battle in 1999 in which 527 Indian soldiers were killed.", 527),
        # must not fire: a number of people that looks like a year
        ("The floods killed 2000 people in the Shabelle region last year.", 2000),
    ],
)
def test_a_year_is_no_count(nlp, text, count):
    ex = _ex(nlp, text)
    assert one(ex, "Casualties").count == count


def test_a_month_on_a_noun_that_is_no_event_dates_nothing_else(nlp):
    """Malawi (invented): the arrest is not dated by the month of the poll it is fallout from."""
    ex = _ex(nlp, "The arrest is part of deepening fallout from a contentious October presidential poll "
                  "that both contenders claim to have won.")
    assert one(ex, "Arrest").time is None


@pytest.mark.parametrize(
    "text, cls, value",
    [
        # must not fire: a date on an event noun dates it; a day with its part of the day
        ("The October 7 attack killed dozens of people.", "Attack", "2023-10-07"),
        ("Militants shot and killed at least 21 travelers in the Hiran region on Friday night.", "Casualties", "2024-03-08"),
        ("Authorities said militants set off a car bomb Sunday morning at the entrance of a hotel in Mogadishu.", "Bombing", "2024-03-10"),
    ],
)
def test_a_time_of_its_own_still_dates_the_event(nlp, text, cls, value):
    ex = _ex(nlp, text)
    event = one(ex, cls)
    assert event.time is not None and event.time.value == value


def test_earlier_than_compares_it_does_not_date(nlp):
    """Somalia (invented): "one month earlier than planned" is no month before the announcement."""
    ex = _ex(nlp, "On June 20, the government announced that the troops had completed their mission and "
                  "withdrew them one month earlier than planned.")
    withdrawal = one(ex, "Withdrawal")
    assert withdrawal.time is None or withdrawal.time.value >= "2023-06"


def test_a_shift_without_than_still_dates(nlp):
    """Must not fire: "Two days later" after a dated sentence still shifts (time_shifts)."""
    from kg.extract.time import find_time_expressions

    (e,) = [x for x in find_time_expressions("Two days later, the rebels retook the town.") if x.kind == "shift"]
    assert e.count == 2 and e.direction == 1
    assert not [x for x in find_time_expressions("They left two days later than promised.") if x.kind == "shift"]


def test_the_site_of_a_superlative_event_is_its_place(nlp):
    """Must not fire (Northern Ireland style, invented): "the two worst explosions at X" were there."""
    ex = _ex(nlp, "The two worst explosions at Shankill Road and Falls Road killed nine people.")
    blast = [e for e in ex.events if e.trigger.text == "explosions"]
    assert blast and place_of(ex, blast[0]) is not None


@pytest.mark.parametrize(
    "text, cls",
    [
        # Malawi, Mali (invented): where the suspect was taken afterwards
        ("The suspect was arrested by police at the scene and was transferred to the central police station in Lilongwe.", "Arrest"),
        ("Almost 9,000 residents of the border district have moved to Uganda since last week's flare-up in fighting there.", "Escalation"),
    ],
)
def test_where_people_were_taken_after_is_no_place(nlp, text, cls):
    ex = _ex(nlp, text)
    assert one(ex, cls).place is None


def test_a_place_the_event_moves_to_still_places_it(nlp):
    """Must not fire: a movement's own destination ("troops crossed into X") is its place."""
    ex = _ex(nlp, "Kenyan troops crossed into Somalia on Sunday.")
    assert place_of(ex, one(ex, "TroopMovement")) == "Somalia"


@pytest.mark.parametrize(
    "text, value",
    [
        # Senegal (invented): the weekday written before the date, the date parsed apart
        ("The opposition is campaigning ahead of presidential elections scheduled on Sunday, 12 May.", "2024-05-12"),
        ("The opposition is campaigning ahead of presidential elections scheduled on 12 May.", "2024-05-12"),
    ],
)
def test_a_date_after_its_weekday_dates_the_scheduled_event(nlp, text, value):
    ex = extract_text(nlp, text, published=date(2024, 5, 2))
    vote = one(ex, "Election")
    assert vote.time is not None and vote.time.value == value
    assert vote.modality == "planned"


@pytest.mark.parametrize(
    "text, count",
    [
        # Greece (migrant shipwreck), Nigeria, Sudan (invented): spelled numbers
        ("One hundred and four men were killed in the shipwreck.", 104),
        ("Rebels killed two hundred and fifty villagers.", 250),
        ("The attack killed two thousand five hundred civilians.", 2500),
        ("Gunmen killed seventeen people near the market.", 17),
        ("Floods and fighting killed 1.5 million people in the region.", 1500000),
        # must not fire: digits, and one word
        ("Gunmen killed 300 people.", 300),
        ("Militants killed five soldiers and two civilians.", 7),
    ],
)
def test_a_spelled_number_counts_all_its_words(nlp, text, count):
    ex = _ex(nlp, text)
    assert one(ex, "Casualties").count == count
