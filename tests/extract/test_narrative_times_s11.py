"""Narrative times, session 11 (kg/extract/time.py, kg/extract/events/time_shifts.py,
time_sharing.py): a time counted from the event the text just told is anchored on that event's
day, not on publication: "less than three hours later" is still that day (hours count whole
days only), "after three days" three days on, "the following Tuesday" the Tuesday after it,
"the previous night" the day before it; with no day told before, such a phrase dates nothing.
A year alone dates its event to that year, also one of the 19th century ("an 1885 treaty"),
and "the 1990s" to its ten years; "today's" before a place is the name the place has now, not
a day. A range keeps both its ends ("between March 2019 and June 2020"). Own sentences from
Somalia, Kenya, Haiti, Uganda, Zimbabwe, Mozambique, Burkina Faso, Afghanistan, DR Congo,
Mali, Niger, Sudan, Colombia and Myanmar."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text


def _times(ex, trigger: str) -> list[tuple[str, str | None] | None]:
    found = [e for e in ex.events if e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in ex.events]
    return [(e.time.value, e.time.end) if e.time else None for e in found]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, published, trigger, time",
    [
        # hours after the day told before: the same day
        ("Gunmen stormed a hotel in Mogadishu on 14 March. Less than three hours later, a car bomb exploded "
         "outside the parliament.", date(2024, 4, 2), "exploded", ("2024-03-14", None)),  # Somalia
        ("Militants attacked an army base in Menaka on 3 May. Twelve hours after the attack, jets bombed their "
         "positions.", date(2023, 6, 1), "bombed", ("2023-05-03", None)),  # Mali
        # ... and a day or more
        ("RSF fighters shelled a market in El Fasher on 10 June. Thirty hours later, drones struck the main "
         "hospital.", date(2024, 7, 1), "struck", ("2024-06-11", None)),  # Sudan
        # "after N days" opening a clause: counted from the day told before
        ("Police arrested the opposition leader in Kampala on 18 November. He was released after three days "
         "in detention.", date(2023, 12, 1), "released", ("2023-11-21", None)),  # Uganda
        ("The siege of the hotel in Bamako began on 20 November 2015, when gunmen took 170 hostages. After nine "
         "hours, Malian special forces stormed the building.", date(2015, 12, 1), "stormed", ("2015-11-20", None)),  # Mali
        # "the following Tuesday": after the day told, not before publication
        ("On 4 July, protesters clashed with police in Nairobi. The following Tuesday, the president dissolved "
         "his cabinet.", date(2024, 8, 20), "dissolved", ("2024-07-09", None)),  # Kenya
        ("Soldiers detained the president in Niamey on 26 July 2023. The following Sunday, thousands of "
         "supporters of the junta rallied in the capital.", date(2023, 12, 1), "rallied", ("2023-07-30", None)),  # Niger
        # "the previous night", "the next day" from a day that opens the sentence before
        ("On 12 June, police retook the port in Port-au-Prince. The previous night, gangs torched a police "
         "station in Petion-Ville.", date(2024, 7, 1), "torched", ("2024-06-11", None)),  # Haiti
        ("On 4 July, protesters clashed with police in Nairobi. The next day, police arrested 40 people.",
         date(2024, 8, 20), "arrested", ("2024-07-05", None)),  # Kenya
        ("On 12 June, police retook the port in Port-au-Prince. That night, gangs torched a police station in "
         "Petion-Ville.", date(2024, 7, 1), "torched", ("2024-06-12", None)),  # Haiti: the same day
        # a range keeps both ends
        ("Between March 2019 and June 2020, more than 2,000 civilians were killed in Cabo Delgado.",
         date(2021, 1, 5), "killed", ("2019-03", "2020-06")),  # Mozambique
        ("From 3 May 2021 to 9 June 2022, the army besieged the town of Djibo.",
         date(2023, 1, 5), "besieged", ("2021-05-03", "2022-06-09")),  # Burkina Faso
        ("Militias fought for control of the gold mines between 25 and 27 July, the UN said.",
         date(2024, 8, 30), "fought", ("2024-07-25", "2024-07-27")),  # DR Congo
        # a year alone, a decade
        ("The two countries honoured an 1885 treaty that fixed the border along the river.",
         date(2013, 3, 31), "treaty", ("1885", None)),
        ("In the 1990s, paramilitary groups massacred hundreds of villagers in Antioquia.",
         date(2016, 9, 26), "massacred", ("1990", "1999")),  # Colombia
        ("The army ousted the elected government in a 2021 coup.",
         date(2024, 2, 1), "coup", ("2021", None)),  # Myanmar
    ],
)
def test_time_counted_from_the_story(nlp, text, published, trigger, time):
    assert _times(extract_text(nlp, text, published=published), trigger) == [time]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, published, trigger",
    [
        # nothing told before: no day to count from (never publication)
        ("The following Tuesday, the army withdrew from the town, residents said.", date(2024, 8, 20), "withdrew"),
        ("Two days later, the army withdrew from the town, residents said.", date(2024, 8, 20), "withdrew"),
        ("After four days, the army withdrew from the town, residents said.", date(2024, 8, 20), "withdrew"),
        # a stretch of years is no shift
        ("Police detained protesters in Harare on 14 May. The president resigned after 37 years in power.",
         date(2024, 8, 20), "resigned"),  # Zimbabwe
        # a month told before: no weekday can be counted from it
        ("In March 2016, the president was re-elected. The following Tuesday, rebels attacked a train near "
         "Mindouli.", date(2017, 12, 31), "attacked"),
        # "today's" before a place: its name now, no day
        ("French troops occupied Upper Volta, today's Burkina Faso, after a long campaign.",
         date(2021, 1, 5), "occupied"),
        # a number of men, no year
        ("A force of 1800 men attacked the garrison.", date(2021, 1, 5), "attacked"),
    ],
)
def test_no_time_to_count_from(nlp, text, published, trigger):
    assert _times(extract_text(nlp, text, published=published), trigger) == [None]


@pytest.mark.model
def test_todays_event_is_still_today(nlp):
    ex = extract_text(nlp, "Today's attack in Kabul killed 12 people, police said.", published=date(2021, 1, 5))
    assert _times(ex, "attack") == [("2021-01-05", None)]  # Afghanistan: "today's" before an event noun


@pytest.mark.model
@pytest.mark.parametrize(
    "text, trigger, time, place",
    [
        # a day counted from the story keeps the story's place (the scene), at its own day
        ("Gunmen attacked a police station in Kumba on 3 March. After four days, soldiers raided the area.",
         "raided", "2024-03-07", "Kumba"),  # Cameroon
        ("Militias attacked a displacement camp near Bunia on 3 March. Two days later, gunmen attacked a health "
         "centre.", "attacked", "2024-03-05", "Bunia"),  # DR Congo (the second attack)
        # hours after it: the same scene, that day ("after seven hours of fighting")
        ("Insurgents attacked an army base in Diffa on 3 March. They overran the base after seven hours of "
         "fighting.", "overran", "2024-03-03", "Diffa"),  # Niger
    ],
)
def test_story_shift_keeps_scene_place(nlp, text, trigger, time, place):
    from helpers import place_of

    ex = extract_text(nlp, text, published=date(2024, 6, 1))
    e = [x for x in ex.events if x.trigger.text == trigger][-1]
    assert (e.time.value if e.time else None, place_of(ex, e)) == (time, place)


@pytest.mark.model
def test_length_of_an_undated_event_gives_no_day(nlp):
    # "after two days of fighting": two days from the fighting's start, which no sentence dates
    ex = extract_text(nlp, "Troops shelled Marib on 2 May. The rebels withdrew after two days of fighting.",
                      published=date(2024, 6, 1))  # Yemen
    assert _times(ex, "withdrew") == [None]
