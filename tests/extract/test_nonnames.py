"""Names of things that are no actor and no place (kg/extract/nonnames.py,
ontology/lexicon/nonnames.toml): peoples and languages used as such, weapons and devices,
time zones, platforms named as a medium, holidays and named days. Each mechanism on
sentences written for these tests about several crises, through the real spaCy model;
and the names that must stay entities beside them.
"""
from __future__ import annotations

import pytest

from helpers import extract_text

pytestmark = pytest.mark.model


def typed(ex) -> dict[str, tuple[str, ...]]:
    """Entity label -> its types (groups of people left out)."""
    return {e.label: e.types for e in ex.entities.values() if "/group/" not in e.key}


def _no_entity(nlp, text: str, word: str) -> None:
    ex = extract_text(nlp, text, published=None)
    assert word not in typed(ex), (word, typed(ex))
    assert not any(m.span.text == word for m in ex.mentions), [m.span.text for m in ex.mentions]


@pytest.mark.parametrize(
    "text, word",
    [
        ("Pashto and Dari are the official languages of Afghanistan.", "Dari"),  # Afghanistan
        ("Lingala and Swahili are widely spoken in eastern Congo.", "Lingala"),  # DR Congo
        ("Tuareg and Arab leaders met in Kidal to discuss the accord.", "Tuareg"),  # Mali
        ("Dinka and Nuer youths clashed near Malakal on Tuesday, officials said.", "Dinka"),  # South Sudan
        ("Hutu and Tutsi families sheltered together in a church in Goma.", "Hutu"),  # DR Congo
        ("Shan villagers fled the fighting near Lashio, residents said.", "Shan"),  # Myanmar: also a town's name
    ],
)
def test_a_people_or_a_language_used_as_such_is_no_entity(nlp, text, word):
    _no_entity(nlp, text, word)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Boko Haram fighters attacked Bama, Gwoza and Dikwa in Borno State.", "Bama"),  # Nigeria: towns that are also languages' names
        ("Dari Mohammed, a farmer, was killed in the attack in Zamfara.", "Dari Mohammed"),  # Nigeria: a person
        ("The Karen National Union said its fighters captured the outpost.", "Karen National Union"),  # Myanmar
        ("Karen Bass met Issa Maiga in Washington on Monday.", "Issa Maiga"),
        ("Meta, which owns Facebook, said it had removed the accounts.", "Facebook"),  # a platform as an owned company
        ("Telegram said it had blocked the channels used by the group.", "Telegram"),  # a platform that acts
    ],
)
def test_names_beside_them_stay_entities(nlp, text, name):
    ex = extract_text(nlp, text, published=None)
    assert name in typed(ex), typed(ex)


@pytest.mark.parametrize(
    "text, word",
    [
        ("Russia launched Shahed drones and Iskander missiles at Kharkiv overnight.", "Shahed"),  # Ukraine
        ("Russia launched Shahed drones and Iskander missiles at Kharkiv overnight.", "Iskander"),
        ("The insurgents used a VBIED to attack the base in Mogadishu.", "VBIED"),  # Somalia
        ("Soldiers seized AK-47 rifles and a PKM machine gun in Kidal.", "PKM"),  # Mali
        ("Authorities in Tigray cut SMS and GSM services for months.", "SMS"),  # Ethiopia
        ("Aid workers used VSAT links and VHF radios in Goma.", "VSAT"),  # DR Congo
        ("The strike hit Sanaa at 0200 GMT, residents said.", "GMT"),  # Yemen: a four-digit clock time
        ("Voting closed at 6 p.m. local time (1500 GMT) in Dhaka.", "GMT"),  # Bangladesh
    ],
)
def test_weapons_devices_and_time_zones_are_no_entity(nlp, text, word):
    _no_entity(nlp, text, word)


@pytest.mark.parametrize(
    "text, word",
    [
        ("The junta blocked Facebook and WhatsApp across Myanmar after the coup.", "WhatsApp"),  # Myanmar
        ("Protesters in Nairobi organised the marches on TikTok and X.", "X"),  # Kenya: a gazetteer's "X"
        ("Protesters in Nairobi organised the marches on TikTok and X.", "TikTok"),
        ("Residents shared videos of the shelling on WhatsApp.", "WhatsApp"),  # Sudan
    ],
)
def test_a_platform_named_as_a_medium_is_no_entity(nlp, text, word):
    _no_entity(nlp, text, word)


@pytest.mark.parametrize(
    "text, word",
    [
        ("The fighting paused during Eid al-Fitr in Khartoum.", "Eid al-Fitr"),  # Sudan
        ("Pilgrims marked Ashura in Karbala under heavy security.", "Ashura"),  # Iraq
        ("The ceasefire was announced on the eve of Tabaski in Niamey.", "Tabaski"),  # Niger
        ("Thousands gathered in Kabul to mark Nowruz despite Taliban restrictions.", "Nowruz"),  # Afghanistan
    ],
)
def test_holidays_are_no_entity(nlp, text, word):
    _no_entity(nlp, text, word)


def test_a_person_named_like_a_holiday_stays_a_person(nlp):
    # Egypt / Gaza: "Eid" is also a name; the article names the person in full
    ex = extract_text(nlp, "Ahmed Eid, a paramedic, said the convoy was hit near Rafah. Eid said two drivers died.", published=None)
    assert "Person" in typed(ex).get("Ahmed Eid", ()), typed(ex)


def test_a_town_before_a_weekday_is_not_a_named_day(nlp):
    # DR Congo, wire style: a weekday right after the town ("in Bunia Tuesday")
    ex = extract_text(nlp, "Gunmen killed 12 people in Bunia Tuesday, the army said.", published=None)
    assert "Bunia" in typed(ex), typed(ex)


def test_language_names_come_from_iso_639():
    from kg.extract.nonnames import language_names

    names = language_names()
    assert {"dari", "lingala", "masalit", "zaghawa", "tigrinya"} <= names
    assert "english" in names and "of" not in names


@pytest.mark.parametrize(
    "text, country, not_country",
    [
        ("Equatorial Guinean troops were deployed to Bata.", "Equatorial Guinea", "Guinea"),  # Equatorial Guinea
        ("Papua New Guinean police said tribal fighting killed 26 people in Enga.", "Papua New Guinea", "Papua"),  # PNG
        ("South Sudanese troops clashed with Sudanese forces near Heglig.", "South Sudan", None),  # South Sudan / Sudan
    ],
)
def test_the_demonym_of_a_longer_country_name_is_that_country(nlp, text, country, not_country):
    ex = extract_text(nlp, text, published=None)
    found = typed(ex)
    assert country in found, found
    if not_country:
        mentioned = {ex.entities[m.entity].label for m in ex.mentions}
        assert not_country not in mentioned, mentioned


@pytest.mark.parametrize(
    "text, name",
    [
        ("Local monitor Rasd said drones hit Kharkiv.", "Rasd"),  # Ukraine: the NER's person
        ("The watchdog Airwars said at least 12 civilians died in Mosul.", "Airwars"),  # Iraq
    ],
)
def test_a_monitor_named_after_its_kind_is_an_organisation(nlp, text, name):
    ex = extract_text(nlp, text, published=None)
    assert "Organization" in typed(ex).get(name, ()), typed(ex)


def test_a_person_who_monitors_stays_a_person(nlp):
    # Kenya: "monitor" before a person's full name
    ex = extract_text(nlp, "Election monitor Jane Mwangi said the vote in Nairobi was fair.", published=None)
    assert "Person" in typed(ex).get("Jane Mwangi", ()), typed(ex)


@pytest.mark.parametrize(
    "text, city",
    [
        ("Addis Ababa police arrested 30 journalists.", "Addis Ababa"),  # Ethiopia
        ("The Port-au-Prince police commissioner resigned after the attack.", "Port-au-Prince"),  # Haiti
    ],
)
def test_a_capital_before_its_own_police_stays_the_city(nlp, text, city):
    ex = extract_text(nlp, text, published=None)
    assert "City" in typed(ex).get(city, ()), typed(ex)


def test_a_capital_before_its_government_is_still_the_country(nlp):
    # Myanmar: "the Naypyitaw government" is the state's
    ex = extract_text(nlp, "The Naypyitaw government declared martial law in 14 townships.", published=None)
    assert "Myanmar" in typed(ex) and "Naypyitaw" not in typed(ex), typed(ex)


@pytest.mark.parametrize(
    "text, word",
    [
        ("Hamas called the attack Al-Aqsa Flood.", "Al-Aqsa Flood"),  # Gaza: the NER's site
        ("The Saffron Revolution was crushed by the army in Yangon.", "Saffron Revolution"),  # Myanmar: the NER's body
    ],
)
def test_the_name_of_an_event_is_no_entity(nlp, text, word):
    _no_entity(nlp, text, word)


def test_a_body_with_an_event_word_inside_stays_a_body(nlp):
    # Ukraine / Sudan: "of War", "Crisis Group"
    ex = extract_text(nlp, "The Ministry of War said the offensive in Kharkiv had failed.", published=None)
    assert "Ministry of War" in typed(ex), typed(ex)
    ex = extract_text(nlp, "The International Crisis Group said the talks in Jeddah had stalled.", published=None)
    assert "International Crisis Group" in typed(ex), typed(ex)
