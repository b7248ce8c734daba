"""Entities typed and named right on crises never tuned on, session 22 (issue 10): sentences
written for these tests, each class from three crises or more.

- a dateline ended by a plain hyphen ("DUSHANBE - Tajik border guards", "LUSAKA - Zambia's
  police chief") is cut at the dash: its town is a place, the words after it no part of it;
- a road vehicle's make before its noun ("a Gazel minibus", "Bajaj motorcycles", "a Toyota
  pickup") is a thing, not the town the gazetteer spells so;
- a portfolio's words before a post's title ("the *Home* Minister", "*Home Affairs*
  Minister", "the *Army* Chief") are the post's, no body's name;
- the name after "Operation" that the NER left the word out of ("Operation *Zarb-e-Azb*")
  names the operation, no town or person;
- an army's office named after a rank's word ("the General Command", "the General Staff")
  keeps "General" and is no person, and a name the NER ended on "of" ends before it;
- South Asia's units named "... Thana", "... Taluka" are administrative areas;
- streets and promenades in Spanish and Italian ("Paseo Colón", "La Costanera") are places,
  not bodies or towns;
- a plan a state adopts ("the National Action Plan", "the Ten-Point Plan") is a text, no body
  ("Plan International" stays one).
"""
from __future__ import annotations

import pytest

from helpers import extract_text


def _entities(nlp, text: str) -> dict:  # type: ignore[no-untyped-def]
    ex = extract_text(nlp, text, published=None)
    return {e.label: e for e in ex.entities.values()}


def _show(found: dict) -> dict:  # type: ignore[type-arg]
    return {k: e.types for k, e in found.items()}


@pytest.mark.parametrize(
    "text, town, gone",
    [
        ("ASHGABAT - Turkmen President Saparmurat Niyazov said the organizer had been detained.", "Ashgabat", ("ASHGABAT - Turkmen",)),
        ("HARARE - Zimbabwe's army chief Constantino Chiwenga said the soldiers had returned to barracks.", "Harare", ("HARARE - Zimbabwe",)),
        ("DUSHANBE - Tajik border guards said two soldiers were killed.", "Dushanbe", ("DUSHANBE - Tajik",)),
        ("YEREVAN - Armenia's prime minister said the talks had failed.", "Yerevan", ("YEREVAN - Armenia",)),
    ],
)
def test_dateline_ended_by_a_hyphen(nlp, text, town, gone):
    found = _entities(nlp, text)
    assert town in found and "City" in found[town].types, _show(found)
    assert not set(gone) & set(found), _show(found)


@pytest.mark.parametrize(
    "text, makes",
    [
        ("Gunmen jumped out of a KamAZ truck and a Gazel minibus and fired at the motorcade.", ("Gazel",)),
        ("The kidnappers drove the students away in a Hilux pickup and two Bajaj motorcycles.", ("Bajaj",)),
        ("The attackers arrived in a Toyota pickup and fled towards Menaka.", ("Toyota",)),
    ],
)
def test_vehicle_makes_are_no_towns(nlp, text, makes):
    found = _entities(nlp, text)
    assert not set(makes) & set(found), _show(found)


@pytest.mark.parametrize(
    "text, person, gone",
    [
        ("But the Home Minister Asaduzzaman Khan stated that the perpetrators belonged to a local group.", "Asaduzzaman Khan", ("Home",)),
        ("But the Home Secretary Priti Patel said the march in London was unlawful.", "Priti Patel", ("Home",)),
        ("She said the Army Chief Belal Shafiul Huq was on his way from Sylhet.", "Belal Shafiul Huq", ("Army",)),
        ("Kenya's Home Affairs Minister Kithure Kindiki said on Tuesday that the curfew would be lifted.", "Kithure Kindiki", ("Home Affairs",)),
    ],
)
def test_portfolio_words_before_a_title(nlp, text, person, gone):
    found = _entities(nlp, text)
    assert person in found and found[person].kind == "person", _show(found)
    assert not set(gone) & set(found), _show(found)


@pytest.mark.parametrize(
    "text, gone",
    [
        ("The army said the raid was part of Operation Zarb-e-Azb, launched in June.", "Zarb-e-Azb"),
        ("The assault was part of Operation Radd-ul-Fasaad in Punjab.", "Radd-ul-Fasaad"),
        ("A Taliban spokesman said the attack was revenge for Operation Zarb-e-Azb in North Waziristan.", "Zarb-e-Azb"),
    ],
)
def test_name_after_operation(nlp, text, gone):
    found = _entities(nlp, text)
    assert gone not in found, _show(found)


@pytest.mark.parametrize(
    "text, body, gone",
    [
        ("The General Command of the Army said two soldiers had died in Sirte.", "General Command of the Army", "Command of the Army"),
        ("The Libyan National Army's General Command said its forces had entered Sirte.", None, "Command"),
        ("The General Staff said the strikes had hit depots near Kherson.", None, "Staff"),
        ("The spokesman for the General Command of the Mozambican police, Orlando Mudumane, confirmed the attack.", "General Command", "Command of"),
    ],
)
def test_army_offices_named_after_a_rank(nlp, text, body, gone):
    found = _entities(nlp, text)
    assert gone not in found, _show(found)
    if body is not None:
        assert body in found and found[body].kind == "organization", _show(found)


@pytest.mark.parametrize(
    "text, unit",
    [
        ("Police said the bodies were found in Kotwali Thana of Chittagong.", "Kotwali Thana"),
        ("Five militants opened fire on a bakery in Gulshan Thana in Dhaka.", "Gulshan Thana"),
        ("Farmers blocked the highway in Baramati Taluka of Pune district.", "Baramati Taluka"),
    ],
)
def test_south_asian_units(nlp, text, unit):
    found = _entities(nlp, text)
    assert unit in found and found[unit].types[:1] == ("AdministrativeArea",), _show(found)


@pytest.mark.parametrize(
    "text, street",
    [
        ("Riot police cleared the protesters from La Costanera in Montevideo.", "La Costanera"),
        ("The march went down Paseo Colón to the Casa Rosada.", "Paseo Colón"),
        ("Thousands marched along El Malecón in Havana on Sunday.", "El Malecón"),
    ],
)
def test_promenades_in_other_languages(nlp, text, street):
    found = _entities(nlp, text)
    assert street in found and found[street].types[:1] == ("Place",), _show(found)


@pytest.mark.parametrize(
    "text, gone, kept",
    [
        ("In the long term, the outrage led Pakistan to adopt the National Action Plan to crack down on terrorism.", "National Action Plan", "Pakistan"),
        ("Rebels in Mali rejected the government's Ten-Point Plan for the north.", "Ten-Point Plan", "Mali"),
        ("Plan International said 300 schools had closed in Burkina Faso.", "Plan", "Plan International"),
    ],
)
def test_plans_are_texts(nlp, text, gone, kept):
    found = _entities(nlp, text)
    assert gone not in found and kept in found, _show(found)
