"""Participants read for precision (session 21): no actor the sentence does not support.

- a country's possessive on armed people who are not its state's agents says where they fight,
  not who acts ("Mozambique's extremist rebels attacked": the rebels, not Mozambique;
  kg/extract/events/groups.py ``GroupBook.fights_in``);
- a subject raised from a verb of dying ("X is believed to have died") is who died, as "X died"
  (kg/extract/events/arguments.py).

Sentences written for these tests in the style of wire news about Mozambique, Nigeria, Somalia,
Burkina Faso, Tajikistan and Russia.
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
