"""Participants read for precision (session 21): no actor the sentence does not support.

- a country's possessive on armed people who are not its state's agents says where they fight,
  not who acts ("Mozambique's extremist rebels attacked": the rebels, not Mozambique;
  kg/extract/events/groups.py ``GroupBook.fights_in``);
- a subject raised from a verb of dying ("X is believed to have died") is who died, as "X died"
  (kg/extract/events/arguments.py);
- "killed a police officer and wounded 13 others": the others are not the one officer (a
  number or "others" after a singular victim counts other victims; arguments._one_victim);
- "violates the United Nations armistice": a name on an agreement or truce is its party or
  broker, not what the violation is done to (role_reading.agreement_noun);
- "scores of injured protesters ... soldiers opened fire on the protesters": a plain "the
  protesters" does not refer back to those described by a harm done to them (groups._harmed).

Sentences written for these tests in the style of wire news about Mozambique, Nigeria, Somalia,
Burkina Faso, Tajikistan, Russia, Kenya,
Korea, Ukraine, Ethiopia, Yemen, Sudan and DR Congo.
"""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text, role

PUBLISHED = date(2022, 5, 17)

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, trigger, state", [
    ("Mozambique's extremist rebels attacked the town of Mocimboa da Praia on Wednesday.", "attacked", "Mozambique"),
    ("Nigeria's Islamist insurgents attacked a military base in Borno state on Sunday.", "attacked", "Nigeria"),
    ("Somalia's militants attacked a hotel in Mogadishu on Friday.", "attacked", "Somalia"),
    ("Burkina Faso's jihadist militants killed 20 soldiers in an ambush on Monday.", "killed", "Burkina Faso"),
])
def test_a_country_owning_armed_rebels_is_where_they_fight_not_who_acts(nlp, text, trigger, state):
    ex = extract_text(nlp, text, published=PUBLISHED)
    (e,) = [e for e in ex.events if e.trigger.text == trigger]
    agents = role(ex, e, "agent")
    assert state not in agents, agents
    assert agents, "the armed group itself acts"


def test_a_country_owning_its_army_still_acts(nlp):
    ex = extract_text(nlp, "Mali's army attacked a rebel base near Kidal on Sunday.", published=PUBLISHED)
    (e,) = [e for e in ex.events if e.trigger.text == "attacked"]
    assert "Mali" in role(ex, e, "agent")


@pytest.mark.parametrize("text, victim", [
    ("Zamir Nazrishoev is believed to have died as security forces fired rubber bullets at protesters.", "Zamir Nazrishoev"),
    ("Ahmed Godane is believed to have died in a U.S. drone strike in southern Somalia.", "Ahmed Godane"),
    ("Abubakar Shekau is thought to have died during clashes with rival fighters in Borno.", "Abubakar Shekau"),
    ("Opposition leader Alexei Navalny is reported to have died in prison.", "Alexei Navalny"),
])
def test_a_subject_raised_from_a_verb_of_dying_is_who_died(nlp, text, victim):
    ex = extract_text(nlp, text, published=PUBLISHED)
    (e,) = [e for e in ex.events if e.trigger.text == "died"]
    assert victim not in role(ex, e, "agent")
    assert victim in role(ex, e, "target")


@pytest.mark.parametrize("text, victim", [
    ("Armed criminal groups had killed a police officer and wounded 13 others in the district.", "a police officer"),
    ("The bomber killed a child and wounded 20 others at the market in Maiduguri.", "a child"),
    ("The gunman killed a police officer and wounded 13 others in the attack on the checkpoint in Mogadishu.", "a police officer"),
])
def test_others_after_one_victim_are_not_that_victim(nlp, text, victim):
    ex = extract_text(nlp, text, published=PUBLISHED)
    (killed,) = [e for e in ex.events if e.trigger.text == "killed"]
    (wounded,) = [e for e in ex.events if e.trigger.text == "wounded"]
    assert victim in role(ex, killed, "target")
    assert victim not in role(ex, wounded, "target")


@pytest.mark.parametrize("text, victims", [
    ("Troops killed 30 villagers and wounded 12.", "villagers"),
    ("Several soldiers were injured and some others kidnapped.", "soldiers"),
])
def test_a_number_after_many_victims_still_counts_them(nlp, text, victims):
    ex = extract_text(nlp, text, published=PUBLISHED)
    last = sorted(ex.events, key=lambda e: e.trigger.start)[-1]
    assert victims in role(ex, last, "target")


@pytest.mark.parametrize("text, trigger, broker", [
    ("North Korea's missile launch violates the United Nations armistice, Seoul said.", "violates", "United Nations"),
    ("The shelling breached the OSCE truce in Donetsk, monitors said.", "breached",
     "Organization for Security and Co-operation in Europe"),
    ("Government troops violated the African Union ceasefire in Tigray, the rebels said.",
     "violated the African Union ceasefire", "African Union"),
    ("Houthi fighters broke the United Nations truce near Marib on Sunday.", "broke", "United Nations"),
])
def test_a_name_on_a_truce_is_no_target_of_its_violation(nlp, text, trigger, broker):
    ex = extract_text(nlp, text, published=PUBLISHED)
    (e,) = [e for e in ex.events if e.trigger.text == trigger]
    assert e.type == "CeasefireViolation"
    assert broker not in role(ex, e, "target")


@pytest.mark.parametrize("text, trigger", [
    ("Soldiers opened fire on protesters at the toll gate on Tuesday night. Scores of injured protesters were receiving "
     "treatment at hospitals in the city. Videos show the moment soldiers opened fire on the protesters.", "opened fire on"),
    ("Police fired tear gas at demonstrators in Nairobi on Friday. Dozens of wounded demonstrators were taken to Kenyatta "
     "hospital. Witnesses said police then shot at the demonstrators near parliament.", "shot at"),
    ("Security forces fired on protesters in Khartoum on Thursday. Several injured protesters were treated at a field "
     "clinic. Medics said the security forces again fired on the protesters later in the evening.", "fired on"),
    ("Troops attacked rebels near Goma on Monday. Wounded rebels were captured in the forest. The army said troops then "
     "attacked the rebels in Rutshuru.", "attacked"),
])
def test_the_plain_group_is_not_the_harmed_ones_described_before(nlp, text, trigger):
    ex = extract_text(nlp, text, published=PUBLISHED)
    last = [e for e in ex.events if e.trigger.text == trigger][-1]
    targets = role(ex, last, "target")
    assert targets and not any(t.split()[0].lower() in ("injured", "wounded") for t in targets), targets
