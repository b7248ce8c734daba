"""Session 18 (canon18b): a nationality, a country or a group named on a noun of harm suffered
("the first American military deaths", "Syrian casualties", "Somalia's fatalities", "Haitian
police deaths") names those who suffered it, never its doer (kgo:argumentFrame "victimModifier"
on kgo:Casualties, undone by "agentModifier" on kgo:Killing, whose nouns are acts: "the Israeli
killing of ..."; kg/extract/events/nouns.py ``noun_arguments``).

All sentences are invented, in the style of wire news, about several crises."""
from __future__ import annotations

import pytest

from helpers import event_at, extract_text
from helpers import role_names as _actors

VICTIMS = [
    ("Thirteen US soldiers were killed in the attack, becoming the first American military deaths in Afghanistan since 2020.",
     "deaths", "united states"),
    ("The ministry said Syrian casualties had risen to 40 after the shelling of Idlib.", "casualties", "syria"),
    ("Kenyan deaths in the Somali conflict have mounted since the army entered the country.", "deaths", "kenya"),
    ("Nigerian casualties in the ambush by Boko Haram fighters included six soldiers.", "casualties", "nigeria"),
    ("Malian deaths in the attack on the base rose to 14, the army said.", "deaths", "mali"),
    ("The Ethiopian death toll in the Tigray offensive has never been published.", "death toll", "ethiopia"),
    ("Somalia's fatalities from the al-Shabaab bombing reached 100, officials said.", "fatalities", "somalia"),
    ("Haitian police deaths have mounted as gangs seized more of Port-au-Prince.", "deaths", "haiti"),
    ("Ukraine's casualties in the battle for Bakhmut were heavy, officials in Kyiv said.", "casualties", "ukraine"),
    ("Israeli injuries in the rocket attack were light, the army said.", "injuries", "israel"),
]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Sudanese army casualties near El Obeid were heavy, a spokesman for the Rapid Support Forces said.",
    "The Sudanese army was pushed back from El Obeid. The army's casualties were not disclosed.",
])
def test_an_army_on_a_death_noun_is_the_victim(nlp, text):
    ex = extract_text(nlp, text)
    e = event_at(ex, "casualties")
    assert "sudanese armed forces" in _actors(ex, e, "target")
    assert not _actors(ex, e, "agent")


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, victim", VICTIMS)
def test_a_nationality_on_a_death_noun_names_the_victims(nlp, text, trigger, victim):
    ex = extract_text(nlp, text)
    e = event_at(ex, trigger)
    assert victim in _actors(ex, e, "target")
    assert victim not in _actors(ex, e, "agent")


@pytest.mark.model
def test_the_doer_stated_beside_the_victims_stays_the_doer(nlp):
    ex = extract_text(nlp, "Nigerian casualties in the ambush by Boko Haram fighters included six soldiers.")
    assert _actors(ex, event_at(ex, "casualties"), "agent") == {"boko haram"}


DOERS = [
    ("Russian strikes killed 12 people in Kharkiv on Monday, Ukrainian officials said.", "strikes", "russia"),
    ("Russian strikes killed 12 people in Kharkiv on Monday, Ukrainian officials said.", "killed", "russia"),
    ("The Israeli bombardment of Rafah killed 30 people, the ministry said.", "bombardment", "israel"),
    ("The Israeli bombardment of Rafah killed 30 people, the ministry said.", "killed", "israel"),
    ("The Israeli killing of seven aid workers drew condemnation from Australia.", "killing", "israel"),
    ("The militia's killings of villagers in Ituri were condemned by the United Nations.", "killings", "militia"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, doer", DOERS)
def test_a_nationality_on_an_act_or_a_killing_names_its_doer(nlp, text, trigger, doer):
    ex = extract_text(nlp, text)
    e = event_at(ex, trigger)
    assert doer in _actors(ex, e, "agent")
    assert doer not in _actors(ex, e, "target")
