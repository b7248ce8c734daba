"""No wrong entities, right types (session 12): a demonym before a noun an organisation
owns is no country (kg/extract/names.py ``owned_by_a_body``); an acronym counted as a
common noun or a device's abbreviation before a noun of devices is no body
(kg/extract/nonnames.py); an outlet's name with a possessive inside is one name
(kg/extract/entity_typing.py ``join_possessive_outlets``); a name an organisation owns is
one of its people (kg/extract/typer.py); a name with "Operations" is a body; schools,
hospitals and hotels are a body and a place (kg/extract/institutions.py). Sentences
written for these tests about several crises, through the real spaCy model, and the
names that must stay as they are beside them.
"""
from __future__ import annotations

import pytest

from helpers import extract_text

pytestmark = pytest.mark.model


def typed(ex) -> dict[str, tuple[str, ...]]:
    """Entity label -> its types (groups of people left out)."""
    return {e.label: e.types for e in ex.entities.values() if "/group/" not in e.key}


@pytest.mark.parametrize(
    "text, country",
    [
        # Burundi-style coup report: the broadcaster's regional service
        ("VOA's Central African service reports that soldiers loyal to the president have surrounded the radio station.",
         "Central African Republic"),
        # Ethiopia: a language service of a broadcaster
        ("The BBC's Somali service said the fighters had withdrawn from the border town.", "Somalia"),
        # Sahel: a private military company's own men
        ("Wagner's Russian fighters withdrew from the base near Timbuktu, residents said.", "Russia"),
    ],
)
def test_a_demonym_before_a_noun_an_organisation_owns_is_no_country(nlp, text, country):
    ex = extract_text(nlp, text, published=None)
    assert country not in typed(ex), typed(ex)
    assert not any(country in label for label in typed(ex)), typed(ex)


@pytest.mark.parametrize(
    "text, body",
    [
        ("Malian soldiers loyal to the junta surrounded the radio station in Bamako.", "Malian Armed Forces"),
        ("Russian fighters withdrew from the town, the Ukrainian army said.", "Russian Armed Forces"),
    ],
)
def test_a_demonym_before_a_noun_of_force_stays_the_state_body(nlp, text, body):
    assert body in typed(extract_text(nlp, text, published=None))


@pytest.mark.parametrize(
    "text, word",
    [
        # Philippines-style bombing: a device's parts by their abbreviations
        ("The bomb was made of a mortar round and an RPG high-explosive anti-personnel MEUG, police said.", "MEUG"),
        # Kenya: a mall attack seen on camera
        ("Police in Nairobi said CCTV cameras had filmed the gunmen entering the mall.", "CCTV"),
        # Sri Lanka: footage of church bombers
        ("CCTV footage showed the bomber walking into the church in Negombo with a heavy backpack.", "CCTV"),
        # Nigeria: an acronym counted as a common noun
        ("Residents of Maiduguri said an NGO had distributed food after the attack.", "NGO"),
    ],
)
def test_an_acronym_of_a_thing_is_no_entity(nlp, text, word):
    ex = extract_text(nlp, text, published=None)
    assert word not in typed(ex), typed(ex)


@pytest.mark.parametrize(
    "text, name",
    [
        ("China's state broadcaster CCTV reported that the talks in Beijing had ended.", "CCTV"),
        ("An ADF attack killed 12 villagers near Beni, the army said.", "Allied Democratic Forces"),
        ("A CDF convoy was ambushed near Bamenda by separatist fighters, the army said.", "CDF"),
    ],
)
def test_an_acronym_of_a_body_stays_an_entity(nlp, text, name):
    assert name in typed(extract_text(nlp, text, published=None))


@pytest.mark.parametrize(
    "text, name, place",
    [
        # Turkey: an outlet's name with a possessive in it
        ("Anatolia’s Voice, a website close to the DHKP-C, said in a Twitter message that the attack was a response.",
         "Anatolia's Voice", "Anatolia"),
        # Zimbabwe: a newspaper
        ("Police raided the offices of the People's Daily, a newspaper close to the opposition, in Harare.",
         "People's Daily", None),
    ],
)
def test_an_outlets_name_with_a_possessive_is_one_name(nlp, text, name, place):
    found = typed(extract_text(nlp, text, published=None))
    assert "Organization" in found.get(name, ()), found
    assert place is None or place not in found, found


@pytest.mark.parametrize(
    "text, country, body",
    [
        ("Sudan's Rapid Support Forces, a paramilitary group, said it had taken the town.", "Sudan", "Rapid Support Forces"),
        ("Mali's Wagner Group, a mercenary force, denied the claim.", "Mali", "Wagner Group"),
        ("Myanmar's Arakan Army, an ethnic armed group, seized the town of Paletwa.", "Myanmar", "Arakan Army"),
    ],
)
def test_a_country_that_owns_a_body_stays_the_country(nlp, text, country, body):
    found = typed(extract_text(nlp, text, published=None))
    assert country in found and body in found, found


def test_a_region_that_owns_an_outlet_stays_the_region(nlp):
    # Iraq: "the Kurdistan Region's Rudaw": the region owns the outlet, no joined name
    found = typed(extract_text(nlp, "The Kurdistan Region's Rudaw network reported that the convoy had been hit.", published=None))
    assert not any("'s" in label for label in found), found


@pytest.mark.parametrize(
    "text, person",
    [
        ("Fiji's military has taken control of the country. VOA's Heda Bayron has more from Hong Kong.", "Heda Bayron"),
        ("Reuters' Aung Thura reported from Yangon that the junta had extended the curfew.", "Aung Thura"),
    ],
)
def test_a_name_an_organisation_owns_is_one_of_its_people(nlp, text, person):
    assert typed(extract_text(nlp, text, published=None)).get(person) == ("Person",)


@pytest.mark.parametrize(
    "text, body",
    [
        ("Hamas's Qassam Brigades said they had fired rockets at Ashkelon.", "Brigades"),
        ("The SDF's Manbij Military Council said it had repelled the attack.", "Manbij Military Council"),
    ],
)
def test_a_body_an_organisation_owns_stays_a_body(nlp, text, body):
    found = typed(extract_text(nlp, text, published=None))
    assert any(body in label and "Organization" in types for label, types in found.items()), found


@pytest.mark.parametrize(
    "text, name",
    [
        # Syria: an armed coalition's command
        ("Rebels took Daraa, while the newly formed Southern Operations Room and a local brigade captured Suwayda.",
         "Southern Operations Room"),
        # Somalia
        ("The Joint Operations Centre in Kismayo said al-Shabaab fighters had attacked the base.", "Joint Operations Centre"),
    ],
)
def test_a_name_with_operations_is_a_body(nlp, text, name):
    assert typed(extract_text(nlp, text, published=None)).get(name) == ("Organization",)


@pytest.mark.parametrize(
    "text, name",
    [
        # Cameroon: a college named as its students'
        ("On 23 October, 15 students of the Progressive Comprehensive College of Bamenda were abducted by separatist fighters.",
         "Progressive Comprehensive College of Bamenda"),
        # Cameroon: a school stormed
        ("Gunmen stormed the Mother Francisca International Bilingual Academy in Kumba, killing seven children.",
         "Mother Francisca International Bilingual Academy"),
        # Gaza: a hospital
        ("Doctors at the Al-Awda Hospital in Jabalia said the building had been shelled.", "Al-Awda Hospital"),
        # Trinidad and Tobago: a hotel by its chain's name
        ("Several ministers set up office in the Port of Spain Hilton after the attack.", "Port of Spain Hilton"),
        # Philippines: a university
        ("Students of Mindanao State University held a vigil in Marawi.", "Mindanao State University"),
    ],
)
def test_an_institution_is_a_body_and_a_place(nlp, text, name):
    types = typed(extract_text(nlp, text, published=None)).get(name, ())
    assert "Organization" in types and "Place" in types, types


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("The Ministry of Education said schools in Kabul would reopen.", "Ministry of Education", "Place"),
        ("Hilton said its hotels in Beirut were closed.", "Hilton", "Place"),
    ],
)
def test_a_body_with_an_institutions_word_elsewhere_is_no_institution(nlp, text, name, kind):
    types = typed(extract_text(nlp, text, published=None)).get(name, ())
    assert kind not in types, types
