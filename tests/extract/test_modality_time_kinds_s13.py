"""Session 13 (issue 11): modality, dates and event kinds that read like a person.

- The course not taken ("instead of", "rather than", "in place of": ``counterfactual_prepositions``)
  is negated; "before" is not such a cue ("resigned before parliament voted": the vote may
  well have followed).
- What a condemnation or a welcome (``factive_classes``) is about took place: it is told as the
  act is told (asserted, or reported when a statement carries the act); its own cue words win
  ("the *alleged* massacre", "the *planned* elections"), and a kind ("*any* attack") or a
  clause joined to the act is no such presupposition.
- A date on a verb of change ("turned into", "descended into", "escalated into") dates the event
  turned into, not the one it came from.
- Who does it tells the kind (``agent_classes``): protesters who occupy a square or drive in a
  convoy protest (their "invasion" of a building is a riot); police who raid or storm a place carry out a police operation.
- A day and month without a year before publication stay in the publication year; a plan told
  in the future goes to the next one.
Sentences written for these tests (Kenya, Sri Lanka, Peru, Serbia, Chad, Bolivia, Georgia,
Pakistan, Tunisia, Mozambique, Canada, Nepal, ...)."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import event_in

PUBLISHED = date(2022, 3, 15)

pytestmark = pytest.mark.model


def _event(nlp, text: str, trigger: str):
    return event_in(nlp, text, trigger, published=PUBLISHED)


COURSE_NOT_TAKEN_AND_PRESUPPOSED = [
    # the course not taken
    ("The army shelled the town of Kalehe instead of negotiating with the rebels.", "negotiating", "negated"),
    ("Rather than holding talks, the junta in Chad extended its rule by two years.", "holding talks", "negated"),
    ("The rebels in northern Mozambique chose to fight rather than surrender.", "surrender", "negated"),
    ("Instead of a ceasefire, the region of Cabo Delgado saw renewed fighting.", "ceasefire", "negated"),
    # must not fire: what happened
    ("The army shelled the town of Kalehe instead of negotiating with the rebels.", "shelled", "asserted"),
    ("Instead of a ceasefire, the region of Cabo Delgado saw renewed fighting.", "fighting", "asserted"),
    ("The prime minister of Nepal resigned before parliament voted on the motion.", "resigned", "asserted"),
    # what a condemnation or a welcome presupposes took place
    ("The Security Council condemned Sunday's attack on a hotel in Mogadishu.", "attack", "asserted"),
    ("Rights groups condemned the killing of two journalists in Balochistan.", "killing", "asserted"),
    ("Washington praised the ceasefire between the two sides in Tigray.", "ceasefire", "asserted"),
    ("Strongly condemning the bombing of the market in Maiduguri, the council urged restraint.", "bombing", "asserted"),
    ("The minister said that Colombo welcomed the release of the fishermen.", "release", "reported"),
    # must not fire: its own words, a kind, a clause joined to the act
    ("The EU condemned the alleged massacre of villagers in Ituri.", "massacre", "reported"),
    ("The agency condemns any attack on civilians in Darfur.", "attack", "reported"),
    ("Observers in La Paz welcomed the planned elections.", "elections", "planned"),
    # a protest makes the demand it is held for; a journey only aims at one
    ("Thousands took to the streets of Havana to demand the lifting of economic measures.", "demand", "asserted"),
    ("Students marched through Dhaka to call for the release of their classmates.", "call for", "asserted"),
    ("Farmers rallied in Delhi to demand higher prices.", "demand", "asserted"),
    ("The minister travelled to Cairo to call for a ceasefire.", "call for", "planned"),
    # what demands are said to be or include is called for; what an attack includes took place
    ("The protesters' demands in Nairobi include the release of political prisoners and an end to the curfew.", "release", "hypothetical"),
    ("The protesters' demands in Nairobi include the release of political prisoners and an end to the curfew.", "curfew", "asserted"),
    ("The main demand of the marchers in Conakry is the resignation of the president.", "resignation", "hypothetical"),
    ("The attacks in Kharkiv include the bombing of a school.", "bombing", "asserted"),
    # what is demanded or called for has not happened
    ("Protesters in Colombo demanded the release of the detained students.", "release", "hypothetical"),
    ("The opposition in Tbilisi called for new elections.", "elections", "hypothetical"),
    ("The government of Peru fell before a vote could be held.", "vote could be held", "hypothetical"),
]


DATE_OF_A_CHANGE = [
    ("The march turned into a riot in Nairobi on 7 March.", "riot", "2022-03-07"),
    ("A peaceful rally in Belgrade descended into clashes on Sunday.", "clashes", "2022-03-13"),
    ("The demonstration in Lima escalated into a riot on 3 March.", "riot", "2022-03-03"),
]


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("A peaceful rally in Belgrade descended into clashes on Sunday.", "rally"),
        ("The demonstration in Lima escalated into a riot on 3 March.", "demonstration"),
    ],
)
def test_the_event_changed_from_keeps_its_own_time_s13(nlp, text, trigger):
    assert _event(nlp, text, trigger).time is None


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("The junta in Guinea promised elections on January 22.", "elections"),
        ("The government of Mali pledged a referendum on February 3.", "referendum"),
    ],
)
def test_the_day_of_a_promise_is_not_the_event_s13(nlp, text, trigger):
    e = _event(nlp, text, trigger)
    assert e.modality == "planned" and e.time is None


@pytest.mark.parametrize(
    "text, trigger, day",
    [
        ("The election in Haiti, originally scheduled for January 22, has been delayed.", "election", "2022-01-22"),
        ("The vote in Somalia, initially set for January 22, was postponed.", "vote", "2022-01-22"),
        ("The summit in Abuja, first planned for 3 February, was cancelled.", "summit", "2022-02-03"),
    ],
)
def test_a_plan_given_up_s13(nlp, text, trigger, day):
    e = _event(nlp, text, trigger)
    assert e.modality == "planned" and e.time.value == day



YEAR_OF_A_DAY_WITHOUT_ONE = [
    ("On January 22, rebels attacked the town of Beni.", "attacked", "2022-01-22"),
    ("Protesters demanded the release of activists arrested in Tunis on January 22.", "arrested", "2022-01-22"),
    ("The opposition in Dhaka had called for a general strike on January 22.", "general strike", "2022-01-22"),
    ("Elections in Lebanon will be held on January 22.", "held", "2023-01-22"),
    ("Talks in Doha scheduled for February 3 were postponed.", "Talks", "2022-02-03"),
    ("Fighting broke out in Juba on December 30.", "Fighting", "2021-12-30"),
]


@pytest.mark.parametrize(
    "text, trigger, cls",
    [
        ("Protesters occupied the main square of Colombo.", "occupied", "Protest"),
        ("A convoy of truckers drove to Ottawa to protest the mandates.", "convoy", "Protest"),
        ("The protesters' invasion of the parliament building in Kathmandu lasted hours.", "invasion", "Riot"),
        ("The occupation of the main square of Yerevan by protesters entered its third week.", "occupation", "Protest"),
        ("Police raided the house of the opposition leader in Islamabad.", "raided", "PoliceOperation"),
        ("Riot police stormed the university campus in Tbilisi.", "stormed", "PoliceOperation"),
        ("A police operation in a Rio de Janeiro favela left five dead.", "police operation", "PoliceOperation"),
        # must not fire: armed groups and troops
        ("Rebels occupied the town of Bunagana after a week of fighting.", "occupied", "TerritorialControl"),
        ("The occupation of the town of Bunagana by rebels lasted a month.", "occupation", "TerritorialControl"),
        ("Militants raided a police station in North Waziristan.", "raided", "Attack"),
        ("Troops stormed the compound in Mali and freed the hostages.", "stormed", "Attack"),
        ("A military convoy was ambushed near the border with Niger.", "military convoy", "TroopMovement"),
    ],
)
def test_kind_by_who_does_it_s13(nlp, text, trigger, cls):
    assert _event(nlp, text, trigger).type == cls


SEQUENCE_OBJECT_TIME = [
    # a verb of sequence: the time after its object is the object's
    ("Security forces killed five protesters in Khartoum on Sunday. The killings follow the deaths of 90 protesters in 2021.", "deaths", "2021"),
    ("Troops shelled the port of Hodeidah on Monday. The shelling follows the bombing of the airport in 2019.", "bombing", "2019"),
    ("The strike on the depot preceded the ceasefire of 2020.", "ceasefire", "2020"),
]


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Security forces killed five protesters in Khartoum on Sunday. The killings follow the deaths of 90 protesters in 2021.", "killings"),
        ("Troops shelled the port of Hodeidah on Monday. The shelling follows the bombing of the airport in 2019.", "shelling"),
    ],
)
def test_sequence_subject_keeps_its_time_s13(nlp, text, trigger):
    t = _event(nlp, text, trigger).time
    assert t is None or t.value.startswith("2022-03")


YEAR_BEFORE_AN_EVENT_NOUN = [
    # a year before a singular event noun is a time whatever word leads it
    ("Protests erupted in Harare after a disputed 2018 election.", "election", "2018"),
    ("The opposition in Minsk rejected the contested 2020 vote.", "vote", "2020"),
    ("Survivors of the devastating 2015 earthquake in Nepal still live in tents.", "earthquake", "2015"),
]


@pytest.mark.parametrize(
    "text",
    ["More than 2000 attacks were recorded in Burkina Faso.", "The army deployed 2020 soldiers to the border with Niger."],
)
def test_a_count_is_no_year_s13(text):
    from kg.extract.time import find_time_expressions

    assert find_time_expressions(text) == []


REPORTS_AND_ACCUSATIONS = [
    # what reports tell, and the act someone is accused of, are reported
    ("The envoy expressed concern at reports that the government of Eswatini has shut down news websites.", "shut down", "reported"),
    ("Reports of fighting in the north of Burkina Faso emerged on Monday.", "fighting", "reported"),
    ("Security forces in Guinea have been accused by the protesters of using excessive force.", "using excessive force", "reported"),
    ("Residents of Gao accused the soldiers of looting shops in the town.", "looting", "reported"),
    # but the occasion a charge names took place; who did it is the charge
    ("The army in Sudan was blamed for the bombing of the market in Nyala.", "bombing", "asserted"),
    ("Kyiv accused Russia of the attack on the Kakhovka dam.", "attack", "asserted"),
    ("The minister blamed the rebels for the killings in the village of Solhan, officials said.", "killings", "reported"),
    # must not fire: the topic of a report, what a condemnation names, a report denied
    ("The UN report on the attack in Ouagadougou was published on Monday.", "attack", "asserted"),
    ("The UN condemned the militia in Ituri for the killing of two aid workers.", "killing", "asserted"),
    ("The army in Cameroon denied reports of a massacre.", "massacre", "negated"),
]


WHAT_A_STATEMENT_IS_ABOUT = [
    # what a statement or a denial says something of took place: the predicate is the claim
    ("The opposition in Kinshasa claimed the election was a fraud.", "election", "asserted"),
    ("Officials in Beirut said the explosion was an accident.", "explosion", "asserted"),
    ("The ministry in Moscow denied that the strike was deliberate.", "strike", "asserted"),
    ("The militia in Tigray denied the accusations, calling them a pretext.", "accusations", "asserted"),
    ("Analysts in Tunis argued that the arrest of one opposition leader could not be more important than the lives of civilians.", "arrest", "asserted"),
    # must not fire: what is denied, a claim of responsibility, a plan
    ("The army in Myanmar denied the massacre.", "massacre", "negated"),
    ("The rebels in Mali claimed the attack.", "attack", "reported"),
    ("The vote in Bamako will be a test for the junta.", "vote", "planned"),
    ("The meeting in Niamey was not held.", "held", "negated"),
    # what one wonders of with a copula took place; a condition stays one
    ("Some analysts wonder if the Burundian general's death was the result of a coup.", "death", "asserted"),
    ("If the talks in Addis Ababa are successful, the troops will withdraw.", "talks", "hypothetical"),
]


@pytest.mark.parametrize("text, trigger, modality", COURSE_NOT_TAKEN_AND_PRESUPPOSED + REPORTS_AND_ACCUSATIONS + WHAT_A_STATEMENT_IS_ABOUT)
def test_modality_s13(nlp, text, trigger, modality):
    assert _event(nlp, text, trigger).modality == modality


@pytest.mark.parametrize("text, trigger, value", DATE_OF_A_CHANGE + YEAR_OF_A_DAY_WITHOUT_ONE + SEQUENCE_OBJECT_TIME + YEAR_BEFORE_AN_EVENT_NOUN)
def test_time_s13(nlp, text, trigger, value):
    assert _event(nlp, text, trigger).time.value == value
