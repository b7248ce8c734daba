"""Events that should not be there, or are of the wrong kind (session 22, read from a survey of
untuned articles on an election protest, an earthquake, EU sanctions, a rebel offensive and a
storming of a legislature, and from tuning articles of the world corpus):

* armed men who flee retreat (kgo:Withdrawal), they are no displaced people ("sending
  government troops fleeing", "a gunman fled", "soldiers fled their posts"); residents and
  families who flee are;
* "sent X fleeing / running" drives X off, it deploys no one ("sent troops to the border" does);
* a rule or a measure that "targets" or "hits" people aims no weapon ("the sanctions target
  senior officials", "the bill targets migrants"); rebels who target a convoy attack it;
* a body that "voted to" do something decided it, no election took place ("the EU voted to
  impose sanctions"); people who vote in an election vote;
* what "is due to" take place is planned, no report and no kind ("where the meeting is due to
  take place", "elections are due to be held"); deaths "due to" hunger took place;
* what a pronoun is said to be ("It was the third attack on the city this month", "This is the
  fourth coup in the country") is the event just told, counted in its series: not set apart;
* an act done to one named person told again by its verb ("X was fatally shot ... X was shot
  twice from behind") is one event, unless the text sets it apart ("arrested again") or the
  doers differ.

Sentences written for this test after events in Syria, Nigeria, Mali, the Sahel, Kenya, Ukraine,
Belarus, Hungary, Japan and the Philippines (no sentence of an evaluation text).
"""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text

pytestmark = pytest.mark.model

DAY = date(2024, 5, 6)


@pytest.mark.parametrize("text, verb", [
    ("Rebels seized the town on Saturday, sending government troops fleeing after intense clashes.", "fleeing"),
    ("A gunman fled after opening fire on worshippers outside the church.", "fled"),
    ("Soldiers fled their posts as the militants advanced on the base.", "fled"),
    ("The attackers fled into the forest after the raid on the village.", "fled"),
    ("The militants fled before the army entered the town.", "fled"),
])
def test_armed_men_who_flee_withdraw(nlp, text, verb):
    ex = extract_text(nlp, text, published=DAY)
    fled = [e for e in ex.events if e.trigger.text == verb]
    assert [e.type for e in fled] == ["Withdrawal"]


@pytest.mark.parametrize("text", [
    "Thousands of residents fled the town after the attack.",
    "Families fleeing the fighting crossed into Chad on Monday.",
])
def test_residents_who_flee_are_displaced(nlp, text):
    ex = extract_text(nlp, text, published=DAY)
    assert any(e.type == "Displacement" and e.trigger.text.startswith("fle") for e in ex.events)


@pytest.mark.parametrize("text", [
    "Rebels seized the town on Saturday, sending government troops fleeing after intense clashes.",
    "The assault sent the soldiers running for cover.",
])
def test_troops_sent_fleeing_are_not_deployed(nlp, text):
    ex = extract_text(nlp, text, published=DAY)
    assert not any(e.type == "TroopMovement" for e in ex.events)


def test_troops_sent_somewhere_are_deployed(nlp):
    ex = extract_text(nlp, "The president sent troops to the border on Monday.", published=DAY)
    assert [e.type for e in ex.events] == ["TroopMovement"]


@pytest.mark.parametrize("text", [
    "The sanctions target senior officials responsible for the crackdown.",
    "The new measures will target companies that supply the army with fuel.",
    "The bill targets migrants who cross the border without papers.",
    "The law targets opposition newspapers and broadcasters.",
    "New sanctions hit three banks and two oil companies on Monday.",
])
def test_rules_and_sanctions_that_target_attack_no_one(nlp, text):
    ex = extract_text(nlp, text, published=DAY)
    assert not any(e.type == "Attack" for e in ex.events)


@pytest.mark.parametrize("text", [
    "Rebels targeted an army convoy near the border on Monday.",
    "Gunmen targeted a police station in the north of the country.",
])
def test_armed_men_who_target_attack(nlp, text):
    ex = extract_text(nlp, text, published=DAY)
    assert [e.type for e in ex.events] == ["Attack"]


@pytest.mark.parametrize("text", [
    "The European Union voted Thursday to impose sanctions against those held responsible for the violence.",
    "Parliament voted on Tuesday to impeach the president.",
    "The Security Council voted unanimously to extend the peacekeeping mission for a year.",
])
def test_a_body_that_voted_to_act_held_no_election(nlp, text):
    ex = extract_text(nlp, text, published=DAY)
    assert not any(e.type == "Election" for e in ex.events)


@pytest.mark.parametrize("text", [
    "Millions of people voted in the presidential election on Sunday.",
    "Kenyans voted on Tuesday in a tense general election.",
])
def test_people_who_vote_in_an_election_vote(nlp, text):
    ex = extract_text(nlp, text, published=DAY)
    assert any(e.type == "Election" for e in ex.events)


def _linked(ex, cls):
    events = [e for e in ex.events if e.type == cls]
    ids = {e.id for e in events}
    return len(events) >= 2 and all(ids - {e.id} <= set(e.same_as) for e in events)


@pytest.mark.parametrize("text, cls", [
    ("Opposition leader Daniel Mbeki was shot at a rally in the capital on Friday. Mbeki was shot twice in the "
     "chest from close range. Doctors said Mbeki was conscious after he was shot.", "Attack"),
    ("The journalist Maria Santos was arrested at her home on Monday. Her lawyer said Santos was arrested "
     "without a warrant.", "Arrest"),
    ("Father John Okafor was abducted from his parish in the north of the country. Witnesses said gunmen on "
     "motorbikes abducted Okafor after the evening mass.", "Abduction"),
])
def test_an_act_on_one_person_told_again_is_one_event(nlp, text, cls):
    ex = extract_text(nlp, text, published=DAY)
    assert _linked(ex, cls)


@pytest.mark.parametrize("text", [
    "The activist Ali Hassan was arrested in March. Hassan was arrested again in June after a protest.",
    "The activist Ali Hassan was arrested by police on Monday. Hassan was later arrested by soldiers at a checkpoint.",
])
def test_an_act_on_one_person_set_apart_is_another_event(nlp, text):
    ex = extract_text(nlp, text, published=DAY)
    arrests = [e for e in ex.events if e.type == "Arrest"]
    assert len(arrests) == 2 and not arrests[0].same_as


@pytest.mark.parametrize("text, cls", [
    ("They have threatened to block roads in the resort where the meeting is due to take place.", "Meeting"),
    ("Elections are due to be held in the country after the transition.", "Election"),
    ("Talks between the two sides are due to resume in Geneva.", "Negotiation"),
])
def test_what_is_due_to_take_place_is_planned(nlp, text, cls):
    ex = extract_text(nlp, text, published=DAY)
    due = [e for e in ex.events if e.type == cls]
    assert [e.modality for e in due] == ["planned"] and not due[0].habitual


def test_deaths_due_to_a_cause_took_place(nlp):
    ex = extract_text(nlp, "The deaths were due to a lack of medical care in the camp.", published=DAY)
    assert [(e.type, e.modality) for e in ex.events] == [("Casualties", "asserted")]


@pytest.mark.parametrize("text, cls", [
    ("Suicide bombers struck a market in Maiduguri on Friday. It was the third attack on the city this month.", "Attack"),
    ("The army seized power in the capital on Tuesday. This is the fourth coup in the country since independence.", "Coup"),
    ("Gunmen ambushed a convoy near Gao on Monday. It was the second ambush on the road in a week.", "Attack"),
])
def test_what_it_is_said_to_be_is_not_set_apart(nlp, text, cls):
    ex = extract_text(nlp, text, published=DAY)
    assert len([e for e in ex.events if e.type == cls]) == 2
    assert all(e.set_apart is None for e in ex.events if e.type == cls)
