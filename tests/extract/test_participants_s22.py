"""Participants a sentence states that kg left out or read vaguer (session 22, issue 11 item 1).

- People named by a plural noun with their nationality ("three Chadian peacekeepers were
  injured", "two Turkish aid workers were killed") are the victims, as a group, not the
  country whose demonym describes them (as "an Algerian security guard" already was).
  Soldiers and police stay the body they serve in ("Two Kenyan soldiers": the army).
- A statement's issuer speaks: "A statement released by X read", "This statement, read by X
  ..., said", "In a statement read on television by X" (``issue_verbs`` in
  ontology/lexicon/speech.toml, now with "read").
- "his" is one person: when the subject of its clause names two ("X and Y stood alongside Z
  during his announcement"), the nearest other person before it (Z), not both.

Sentences written for this test after attacks on UN peacekeepers in Mali (2019) and the DR
Congo, shelling in northern Syria, the 2008 coup in Guinea, the 2023 coup in Niger and the
2014 coup attempt in Lesotho, South Sudan (2013) and a Croatian press conference.
"""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text, role

pytestmark = pytest.mark.model

PUBLISHED = date(2024, 5, 6)


@pytest.mark.parametrize("text, cls, group", [
    ("A separate incident in Tessalit left three Chadian peacekeepers injured.", "Casualties", "Chadian peacekeepers"),
    ("Five Pakistani peacekeepers were wounded in an ambush in Ituri.", "Casualties", "Pakistani peacekeepers"),
    ("Two Turkish aid workers were killed in the shelling on Sunday.", "Casualties", "Turkish aid workers"),
])
def test_people_of_a_state_are_the_victims_not_the_state(nlp, text, cls, group):
    ex = extract_text(nlp, text, published=PUBLISHED)
    (event,) = [e for e in ex.events if e.type == cls]
    assert role(ex, event, "target") == [group]


def test_soldiers_of_a_state_stay_its_army(nlp):
    ex = extract_text(nlp, "Two Kenyan soldiers were killed in the ambush.", published=PUBLISHED)
    (event,) = [e for e in ex.events if e.type == "Casualties"]
    assert "Army of Kenya" in role(ex, event, "target")


@pytest.mark.parametrize("text, speaker", [
    ("A statement released by Jacob Zuma read, \"We condemn the attack.\"", "Jacob Zuma"),
    ("This statement, read by Captain Moussa Dadis Camara on behalf of the junta, said that the government had been dissolved.",
     "Moussa Dadis Camara"),
    ("In a statement read on national television by Colonel Amadou Abdramane, the soldiers said the president had been removed.",
     "Amadou Abdramane"),
])
def test_the_issuer_of_a_statement_speaks(nlp, text, speaker):
    ex = extract_text(nlp, text, published=PUBLISHED)
    (event,) = [e for e in ex.events if e.type == "Statement"]
    assert role(ex, event, "speaker") == [speaker]


@pytest.mark.parametrize("text, cls, speaker", [
    ("Prime Minister Ahmed Tidiane Souaré and General Diarra Camara stood alongside Aboubacar Somparé during his announcement.",
     "Announcement", "Aboubacar Somparé"),
    ("Vice President Riek Machar and army chief Paul Malong sat beside President Salva Kiir during his speech in Juba.",
     "Statement", "Salva Kiir"),
    ("Interior Minister Ana Kovač and police chief Marko Horvat stood next to Prime Minister Andrej Plenković during his announcement.",
     "Announcement", "Andrej Plenković"),
])
def test_his_is_one_person_not_a_subject_naming_two(nlp, text, cls, speaker):
    ex = extract_text(nlp, text, published=PUBLISHED)
    (event,) = [e for e in ex.events if e.type == cls]
    assert role(ex, event, "speaker") == [speaker]
