"""Session 14 (issue 11): the day a call or a plan is for, and the day a planned event took place.

- A day right after "for" that ends its phrase (``plan_for_cues``, ``plan_for_followers``) is the
  day a call or a plan is for: ahead of publication ("the union called a general strike for
  Monday": the next Monday); not the day of a noun it dates ("for Monday's attack", "for the
  7 March massacre": before publication).
- An event told as having happened takes the day it happened ("took place on Tuesday", "was
  held on Friday"), not the day it had been set for ("scheduled for Monday").
- Law enforcement who raid a place (police, investigators, prosecutors, agents: kgo:PoliceForce)
  carry out a police operation; gunmen or soldiers who raid or storm one attack it. Offices are
  a building one raids: "office" is figurative only after "for" ("the battle for office";
  ``contest_targets``).
- "charges of treason" are a charge (kgo:Trial) wherever the noun stands, also as an object or
  a subject of a verb of accusation (``accusation_verbs``: "faces charges of murder", "charges
  of treason were filed"); "placed charges of TNT" stays a device.
Sentences written for these tests (Zambia, Bangladesh, Nigeria, Kenya, DR Congo, Sudan, Peru,
Georgia, Malawi, Chile, ...)."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import event_in, extract_text

PUBLISHED = date(2022, 3, 15)  # a Tuesday

pytestmark = pytest.mark.model


def _event(nlp, text: str, trigger: str):
    return event_in(nlp, text, trigger, published=PUBLISHED)


CASES = [
    # the day a call or a plan is for: ahead
    ("The union called a general strike for Monday.", "general strike", "2022-03-21"),
    ("Opposition parties called a nationwide protest for Thursday in Dhaka.", "protest", "2022-03-17"),
    ("Farmers called a protest for 2 April in Lusaka over fertiliser prices.", "protest", "2022-04-02"),
    ("Nurses in Nairobi called a strike for Friday over unpaid wages.", "strike", "2022-03-18"),
    # a day of a noun after "for": before publication
    ("Rebels claimed responsibility for Monday's attack on an army base in Goma.", "attack", "2022-03-14"),
    ("The militia was blamed for the 7 March massacre in Ituri.", "massacre", "2022-03-07"),
    ("Gunmen attacked a market in Zamfara on Sunday, and the police searched for the attackers.", "attacked", "2022-03-13"),
    # what happened takes the day it happened, not the day it had been set for
    ("The referendum, scheduled for Monday, took place on Tuesday.", "referendum", "2022-03-15"),
    ("The vote in Lima, planned for Thursday, was held on Friday.", "held", "2022-03-11"),
    ("The rally in Tbilisi, originally set for Saturday, was held on Sunday.", "held", "2022-03-13"),
    # a plan alone keeps its day ahead
    ("The presidential election in Malawi is scheduled for Sunday.", "presidential election", "2022-03-20"),
    ("Chile's constitutional convention will vote on Thursday.", "vote", "2022-03-17"),
]


@pytest.mark.parametrize(("text", "trigger", "value"), CASES)
def test_plan_day(nlp, text, trigger, value):
    e = _event(nlp, text, trigger)
    assert e.time is not None and e.time.value == value, (e.type, e.time)


RAIDS = [
    ("Police raided the offices of a newspaper in Dhaka on Monday.", "raided", "PoliceOperation"),
    ("Investigators raided the headquarters of the ruling party in Seoul on Monday.", "raided", "PoliceOperation"),
    ("Prosecutors raided the offices of the football federation in Madrid on Tuesday.", "raided", "PoliceOperation"),
    ("Anti-corruption agents raided the home of the former minister in Lagos on Friday.", "raided", "PoliceOperation"),
    # not law enforcement: an attack
    ("Gunmen stormed the offices of a radio station in Mogadishu on Sunday.", "stormed", "Attack"),
    ("Gunmen raided a village in Zamfara on Sunday, killing 12 people.", "raided", "Attack"),
]


@pytest.mark.parametrize(("text", "trigger", "cls"), RAIDS)
def test_raid_kind(nlp, text, trigger, cls):
    assert _event(nlp, text, trigger).type == cls


CHARGES = [
    ("The former minister faces charges of murder in Lima.", "charges", "Trial"),
    ("The opposition leader faces charges of treason over the protests in Harare.", "charges", "Trial"),
    ("Charges of terrorism were filed against the journalist in Addis Ababa.", "Charges", "Trial"),
    ("The journalist was arrested on charges of terrorism in Addis Ababa on Monday.", "charges", "Trial"),
]


@pytest.mark.parametrize(("text", "trigger", "cls"), CHARGES)
def test_charges(nlp, text, trigger, cls):
    assert _event(nlp, text, trigger).type == cls


@pytest.mark.parametrize("text", [
    "Militants planted an IED on the road to Kismayo on Monday.",
    "Soldiers found a car bomb near the market in Maiduguri on Friday.",
])
def test_device_is_no_bombing(nlp, text):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert not [e for e in ex.events if e.trigger.text.lower() in ("ied", "car bomb")], [(e.type, e.trigger.text) for e in ex.events]
