"""Participants a sentence states that kg left out or read vaguer (session 22, issue 11 item 1).

- People named by a plural noun with their nationality ("three Chadian peacekeepers were
  injured", "two Turkish aid workers were killed") are the victims, as a group, not the
  country whose demonym describes them (as "an Algerian security guard" already was).
  Soldiers and police stay the body they serve in ("Two Kenyan soldiers": the army). Told
  again ("the peacekeepers", "Peacekeepers were deployed"), they are those people (or a group
  of the bare noun), not the state (GroupBook._of_a_state).
- A statement's issuer speaks: "A statement released by X read", "This statement, read by X
  ..., said", "In a statement read on television by X" (``issue_verbs`` in
  ontology/lexicon/speech.toml, now with "read").
- "his" is one person: when the subject of its clause names two ("X and Y stood alongside Z
  during his announcement"), the nearest other person before it (Z), not both.
- Who is arrested "on charges of" an act is the one charged, and the doer of that act
  (kg/extract/events/charges.py, ``charge_preps`` in ontology/lexicon/arguments.toml).
- In a speaker's own quoted words, "he" is someone else ("“Soldiers arrested X and he was
  beaten,” Y said": X), while in reported speech ("Y said he was beaten") it stays Y.
- Who is voted for or against is the vote's target (frame "candidateTarget" on kgo:Election).
- "The coup leaders", with no name of their own, are the people who did the coup told before
  (events/leaders.py, ``event_leader_nouns``).

Sentences written for this test after attacks on UN peacekeepers in Mali (2019) and the DR
Congo, shelling in northern Syria, the 2008 coup in Guinea, the 2023 coup in Niger and the
2014 coup attempt in Lesotho, South Sudan (2013), a Croatian press conference, the 2018 state of
emergency in the Maldives (VOA), arrests in Uganda, Pakistan, Kenya and Venezuela, and the 2017
arrest of Zambia's opposition leader, the 2018 votes on Armenia's prime minister and a
no-confidence motion in Pakistan, and the coups in São Tomé (2003), Guinea (2021) and Niger (2023), peacekeepers wounded in
southern Lebanon, and Kenya's 2011 crossing into Somalia.
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


@pytest.mark.parametrize("text, person", [
    ("Former Maldives president Maumoon Abdul Gayoom was arrested on charges of trying to overthrow the government.",
     "Maumoon Abdul Gayoom"),
    ("Opposition leader Kizza Besigye was detained on charges of treason.", "Kizza Besigye"),
    ("Former prime minister Imran Khan was arrested on charges of corruption in Islamabad.", "Imran Khan"),
])
def test_the_one_arrested_on_charges_is_charged(nlp, text, person):
    ex = extract_text(nlp, text, published=PUBLISHED)
    (trial,) = [e for e in ex.events if e.type == "Trial"]
    assert role(ex, trial, "target") == [person]


def test_the_act_charged_is_the_arrested_ones(nlp):
    text = "Former Maldives president Maumoon Abdul Gayoom was arrested on charges of trying to overthrow the government."
    ex = extract_text(nlp, text, published=PUBLISHED)
    (ouster,) = [e for e in ex.events if e.type == "Ouster"]
    assert role(ex, ouster, "agent") == ["Maumoon Abdul Gayoom"]


@pytest.mark.parametrize("text, cls, victim", [
    ("\"Soldiers arrested Joseph Mwangi at dawn and he was beaten in custody,\" lawyer Peter Otieno said.", "Beating", "Joseph Mwangi"),
    ("\"Police detained Leopoldo López on Tuesday and he was beaten in his cell,\" his lawyer Juan Carlos Gutiérrez said.",
     "Beating", "Leopoldo López"),
    ("\"Gunmen stopped the car of Yusuf Abdi and he was shot in the head,\" his cousin Ahmed Farah told reporters.", "Attack", "Yusuf Abdi"),
])
def test_he_in_a_speakers_own_words_is_not_the_speaker(nlp, text, cls, victim):
    ex = extract_text(nlp, text, published=PUBLISHED)
    (event,) = [e for e in ex.events if e.type == cls]
    assert role(ex, event, "target") == [victim]


def test_he_in_reported_speech_is_still_the_speaker(nlp):
    ex = extract_text(nlp, "Charles Kakoma said he was beaten in custody.", published=PUBLISHED)
    (event,) = [e for e in ex.events if e.type == "Beating"]
    assert role(ex, event, "target") == ["Charles Kakoma"]


@pytest.mark.parametrize("text, candidate", [
    ("However, the Republican Party unanimously voted against Nikol Pashinyan.", "Nikol Pashinyan"),
    ("Lawmakers voted against Prime Minister Shehbaz Sharif in the no-confidence motion.", "Shehbaz Sharif"),
    ("In the second round, 59 deputies voted for Nikol Pashinyan.", "Nikol Pashinyan"),
])
def test_who_is_voted_for_or_against_is_the_target(nlp, text, candidate):
    ex = extract_text(nlp, text, published=PUBLISHED)
    (vote,) = [e for e in ex.events if e.type == "Election"]
    assert role(ex, vote, "target") == [candidate]


def test_what_is_voted_for_is_no_target(nlp):
    ex = extract_text(nlp, "Parliament voted for the state of emergency on Tuesday.", published=PUBLISHED)
    (vote,) = [e for e in ex.events if e.type == "Election"]
    assert role(ex, vote, "target") == []


@pytest.mark.parametrize("text, cls, role_name, leader", [
    ("A faction of the armed forces led by Major Fernando Pereira staged a coup d'état on 16 July. "
     "The coup leaders claimed the coup was a response to corruption.", "Statement", "speaker", "Fernando Pereira"),
    ("Soldiers led by Colonel Mamady Doumbouya seized power in a coup on Sunday. The coup leaders dissolved the government.",
     "Dissolution", "agent", "Mamady Doumbouya"),
    ("Troops led by General Abdourahamane Tiani seized power in a coup on Wednesday. The coup leaders announced a curfew.",
     "Announcement", "speaker", "Abdourahamane Tiani"),
])
def test_the_coup_leaders_are_who_led_the_coup(nlp, text, cls, role_name, leader):
    ex = extract_text(nlp, text, published=PUBLISHED)
    (event,) = [e for e in ex.events if e.type == cls]
    assert role(ex, event, role_name) == [leader]


def test_coup_leaders_named_by_no_one_stay_a_group(nlp):
    ex = extract_text(nlp, "The coup leaders dissolved the government.", published=PUBLISHED)
    (event,) = [e for e in ex.events if e.type == "Dissolution"]
    assert role(ex, event, "agent") == ["coup leaders"]


@pytest.mark.parametrize("text, cls, group", [
    ("Three Irish peacekeepers were wounded in southern Lebanon on Monday. The peacekeepers were evacuated to a hospital in Tyre.",
     "Evacuation", "Irish peacekeepers"),
    ("Five Pakistani peacekeepers were wounded in an ambush in Ituri on Monday. The peacekeepers were evacuated to Bunia.",
     "Evacuation", "Pakistani peacekeepers"),
    ("A separate incident in Tessalit left three Chadian peacekeepers injured. "
     "Peacekeepers were deployed to Mali after Islamist militants seized the north of the country in 2012.",
     "TroopMovement", "peacekeepers"),
])
def test_people_of_a_state_told_again_are_those_people(nlp, text, cls, group):
    ex = extract_text(nlp, text, published=PUBLISHED)
    (event,) = [e for e in ex.events if e.type == cls]
    assert role(ex, event, "target") == [group]


def test_soldiers_told_again_stay_the_army(nlp):
    ex = extract_text(nlp, "Kenyan soldiers crossed into Somalia on Sunday. Soldiers then attacked the town.", published=PUBLISHED)
    (event,) = [e for e in ex.events if e.type == "Attack"]
    assert "Army of Kenya" in role(ex, event, "agent")
