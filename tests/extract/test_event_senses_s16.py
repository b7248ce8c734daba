"""Word senses and new kinds of event read in session 16: a rescue frees captives only when
they were held (kgo:Release "rescue {Held}"; anyone else is rescued, kgo:SearchAndRescue, as
bodies are recovered, "recover {Remains}"); a craft that sinks, capsizes or crashes is an
accident (kgo:Accident, the sense kgo:Craft read from the subject only: "the navy sank the
boat" destroys it); dismissing or rejecting an allegation, or distancing oneself from an act, is
a denial; a medical arrest or attack (``medical_modifiers``), a facility named by its kind
("places of detention", ``facility_nouns``) and a word of a quoted title ('"Die Zeit"') are no
events; people "killed or captured" are captured as an arrest, not territory. Sentences
written for this test (Italy, Bangladesh, Sahel, Tanzania, Greece, Afghanistan, Yemen,
Argentina, Djibouti, Mexico, DR Congo, Afghanistan, Gaza, Mozambique, Senegal, Kenya, Peru,
Nigeria, Nicaragua, Libya, Ukraine, Belarus, Germany, Mali)."""
from __future__ import annotations

import pytest

from helpers import events_of, extract_text

pytestmark = pytest.mark.model


def _types(ex):
    return [(e.type, e.trigger.text) for e in ex.events]


@pytest.mark.parametrize("text, trigger, cls", [
    # a rescue frees only those held
    ("Coast guard crews rescued 42 migrants off the coast of Lampedusa on Monday.", "rescued", "SearchAndRescue"),  # Italy
    ("Fishermen rescued twelve people from the flooded river near Dhaka.", "rescued", "SearchAndRescue"),  # Bangladesh
    ("Special forces rescued three hostages held by kidnappers in the Sahel.", "rescued", "Release"),  # Sahel
    ("Troops rescued 14 captives from a militia camp in Ituri.", "rescued", "Release"),  # DR Congo
    ("Commandos rescued the kidnapped engineers from their captors in the Niger Delta.", "rescued", "Release"),  # Nigeria
    ("Firefighters rescued residents trapped in the rubble in Antakya.", "rescued", "SearchAndRescue"),  # Turkey
    ("Coast guard crews rescued 42 migrants who were stranded on a sandbank near Lampedusa.", "rescued", "SearchAndRescue"),  # Italy
    ("Divers recovered 37 bodies from the wreck off Djibouti.", "recovered", "SearchAndRescue"),  # Djibouti
    ("Rescuers recovered the bodies of six miners in Zacatecas.", "recovered", "SearchAndRescue"),  # Mexico
    # a craft that sinks, capsizes or crashes: an accident
    ("A ferry carrying 300 passengers sank off the coast of Zanzibar on Thursday.", "sank", "Accident"),  # Tanzania
    ("Coast guard crews rescued 42 migrants after their dinghy capsized near Lesbos on Monday.", "capsized", "Accident"),  # Greece
    ("A military helicopter crashed near Kabul, killing all 12 people on board.", "crashed", "Accident"),  # Afghanistan
    ("The Dawn, a fishing trawler carrying migrants, sank in international waters off Libya.", "sank", "Accident"),  # Libya
    # dismissing or rejecting an allegation, distancing oneself: a denial
    ("The Taliban dismissed the accusation that they had sheltered foreign fighters.", "dismissed", "Denial"),  # Afghanistan
    ("Hamas rejected claims that it had used the hospital in Gaza as a command centre.", "rejected claims", "Denial"),  # Gaza
    ("The president quickly distanced his government from the killings in Cabo Delgado.", "distanced", "Denial"),  # Mozambique
])
def test_the_class_a_trigger_takes_by_what_it_acts_on(nlp, text, trigger, cls):
    ex = extract_text(nlp, text)
    assert [e.type for e in ex.events if e.trigger.text == trigger] == [cls], _types(ex)


@pytest.mark.parametrize("text", [
    "The navy sank two smuggling boats off the coast of Yemen.",  # Yemen: destroyed
    "Hopes of a ceasefire sank after the talks in Doha collapsed.",  # Qatar: a figure
    "The currency sank to a record low against the dollar in Buenos Aires.",  # Argentina
    "The army recovered weapons and ammunition from the rebel camp near Beni.",  # DR Congo: no remains
])
def test_no_accident_nor_recovery_where_nothing_sinks_or_no_body_is_found(nlp, text):
    ex = extract_text(nlp, text)
    assert not events_of(ex, "Accident") and not events_of(ex, "SearchAndRescue"), _types(ex)


@pytest.mark.parametrize("text", [
    "The minister dismissed the police chief in Tegucigalpa on Friday.",  # Honduras: a dismissal
    "The judge dismissed the case against the opposition leader in Dakar.",  # Senegal
])
def test_dismissing_no_allegation_is_no_denial(nlp, text):
    ex = extract_text(nlp, text)
    assert not events_of(ex, "Denial"), _types(ex)


@pytest.mark.parametrize("text", [
    "The former minister died of cardiac arrest in a Nairobi hospital on Tuesday.",  # Kenya
    "He suffered a cardiopulmonary arrest and was flown to hospital in Lima.",  # Peru
    "The governor suffered a heart attack in Lagos on Sunday.",  # Nigeria
    "Lawyers were denied access to places of detention across Nicaragua.",  # Nicaragua
    "The report described conditions in centres of detention run by the militia in Tripoli.",  # Libya
])
def test_a_medical_state_or_a_facility_is_no_arrest_nor_attack(nlp, text):
    ex = extract_text(nlp, text)
    assert not events_of(ex, "Arrest") and not events_of(ex, "Attack"), _types(ex)


@pytest.mark.parametrize("text", [
    "Police placed the opposition leader under arrest in Harare.",  # Zimbabwe
    "The monitors were shown the place of his detention in Minsk.",  # Belarus: his detention took place
])
def test_an_arrest_still_is_one(nlp, text):
    ex = extract_text(nlp, text)
    assert events_of(ex, "Arrest"), _types(ex)


@pytest.mark.parametrize("text", [
    '"Die Zeit", a weekly in Hamburg, reports the minister said the army would withdraw.',  # Germany
    '"Die Republik" a newspaper in the capital reports the rebels said they would fight on.',  # invented paper
])
def test_a_word_of_a_quoted_title_is_no_event(nlp, text):
    ex = extract_text(nlp, text)
    assert not [e for e in ex.events if e.trigger.text == "Die"], _types(ex)


def test_a_quoted_sentence_still_tells_events(nlp):
    ex = extract_text(nlp, 'The commander said: "We will attack the town at dawn."')  # one capitalised word only
    assert [e for e in ex.events if e.trigger.text == "attack"], _types(ex)


def test_those_killed_or_captured_are_captured_people(nlp):
    ex = extract_text(nlp, "Armbands were found on those killed or captured by security forces in Bamako.")  # Mali
    assert [e.type for e in ex.events if e.trigger.text == "captured"] == ["Arrest"], _types(ex)
    ex = extract_text(nlp, "Rebels captured the town of Goma on Sunday.")  # DR Congo: territory
    assert [e.type for e in ex.events if e.trigger.text == "captured"] == ["TerritorialControl"], _types(ex)


@pytest.mark.parametrize("text", [
    "The mayor was shot and seriously wounded in Tegucigalpa on Monday.",  # Honduras
    "The governor was stabbed and wounded outside his office in Kano on Friday.",  # Nigeria
    "Gunmen shot and injured two teachers near Peshawar on Sunday.",  # Pakistan
])
def test_a_shooting_that_only_wounds_is_an_attack_with_its_injury(nlp, text):
    ex = extract_text(nlp, text)
    assert events_of(ex, "Attack") and events_of(ex, "Casualties"), _types(ex)


def test_a_shooting_that_kills_is_one_killing(nlp):
    ex = extract_text(nlp, "Militants shot and killed 21 travellers near Mandera on Tuesday.")  # Kenya
    assert not events_of(ex, "Attack"), _types(ex)


@pytest.mark.parametrize("text", [
    "The mayor was shot in Tegucigalpa on Monday.",  # Honduras
    "A senator was shot outside a restaurant in Bogota.",  # Colombia
])
def test_an_official_shot_is_attacked(nlp, text):
    ex = extract_text(nlp, text)
    assert [e.type for e in ex.events if e.trigger.text == "shot"] == ["Attack"], _types(ex)


def test_a_shooting_in_an_attack_the_sentence_names_is_that_attack(nlp):
    ex = extract_text(nlp, "The governor has been shot and wounded in an attack by rebel soldiers at his home in Goma.")  # DR Congo
    assert not [e for e in ex.events if e.trigger.text == "shot"], _types(ex)


@pytest.mark.parametrize("text", [
    "Many of the refugees returned to Namibia this year, officials in Windhoek said.",  # Namibia
    "Several of the displaced families returned to their villages near Marawi.",  # Philippines
    "The majority of the refugees returned to Kosovo within weeks.",  # Kosovo
])
def test_a_part_of_the_displaced_returns(nlp, text):
    ex = extract_text(nlp, text)
    assert events_of(ex, "Return"), _types(ex)
