"""Names inside longer names, and natural features (kg/nlp/kb_ruler.py, kg/extract/linking.py).

A country's name inside another's ("Sudan" in "South Sudan" and "Port Sudan") must not
start a KB name of its own ("Sudan's army"): the longer place wins. A sea or gulf is a
natural feature, not the administrative region named after it. Own sentences from several
crises, through the real spaCy model and the world KB.
"""
from __future__ import annotations

import pytest

from helpers import extract_text

pytestmark = pytest.mark.model

SUDAN = "Q1049"


def by_surface(ex) -> dict[str, object]:
    return {m.span.text: ex.entities[m.entity] for m in ex.mentions}


# ---------------------------------------------------------------------- the longer place wins


@pytest.mark.parametrize(
    "text",
    [
        "South Sudan's army clashed with armed youth in Jonglei state on Sunday.",
        "South Sudan's military said it had repelled an attack near Malakal.",
        "Fighting broke out in Upper Nile after South Sudan's army entered Nasir.",
        "Drones struck Port Sudan's military airport on Sunday, officials said.",
    ],
)
def test_sudan_inside_a_longer_place_is_not_sudan(nlp, text):
    ex = extract_text(nlp, text)
    labels = {e.label for e in ex.entities.values()}
    assert "Sudanese Armed Forces" not in labels, by_surface(ex)
    assert not any(e.wikidata == SUDAN for e in ex.entities.values()), by_surface(ex)


def test_south_sudans_army_is_south_sudans(nlp):
    ex = extract_text(nlp, "South Sudan's army clashed with armed youth in Jonglei state on Sunday.")
    army = by_surface(ex)["South Sudan's army"]
    assert army.label == "South Sudan People's Defence Forces"


@pytest.mark.parametrize(
    "text, surface, label",
    [
        ("Sudan's army shelled Omdurman on Tuesday, residents said.", "Sudan's army", "Sudanese Armed Forces"),
        ("The Sudanese army retook the Jebel Moya area in Sennar state.", "Sudanese army", "Sudanese Armed Forces"),
        ("The South Sudanese army said 20 fighters were killed near Bor.", "South Sudanese army", "South Sudan People's Defence Forces"),
    ],
)
def test_the_shorter_country_still_reads_alone(nlp, text, surface, label):
    ex = extract_text(nlp, text)
    assert by_surface(ex)[surface].label == label


@pytest.mark.parametrize(
    "text, surface, country",
    [
        ("Papua New Guinea's government sent troops to Enga province after tribal fighting.", "Papua New Guinea", "Q691"),
        ("Equatorial Guinea's army patrolled the coast near Bata.", "Equatorial Guinea", "Q983"),
        ("Guinea-Bissau's government declared a curfew after gunfire in Bissau.", "Guinea-Bissau", "Q1007"),
        ("DR Congo's army retook Rutshuru from M23 rebels.", "DR Congo", "Q974"),
        ("Nigeria's military said it killed 30 Boko Haram fighters near Maiduguri.", "Nigeria", "Q1033"),
    ],
)
def test_a_country_named_inside_another_is_the_longer_one(nlp, text, surface, country):
    ex = extract_text(nlp, text)
    assert by_surface(ex)[surface].wikidata == country
    inner = {"Papua New Guinea": "Q1006", "Equatorial Guinea": "Q1006", "Guinea-Bissau": "Q1006", "DR Congo": "Q971", "Nigeria": "Q1032"}[surface]
    assert not any(e.wikidata == inner for e in ex.entities.values()), by_surface(ex)


# ---------------------------------------------------------------------- seas and gulfs


@pytest.mark.parametrize(
    "text, feature",
    [
        ("Houthi forces attacked a cargo ship in the Red Sea on Sunday.", "Red Sea"),  # Yemen
        ("Pirates seized a fishing vessel in the Gulf of Aden off Somalia.", "Gulf of Aden"),  # Somalia
        ("Israeli ships avoided the Red Sea after the attacks, the port of Eilat said.", "Red Sea"),  # Gaza war
        ("Migrants drowned in the Gulf of Aden after leaving Djibouti, the IOM said.", "Gulf of Aden"),  # Horn of Africa
    ],
)
def test_a_sea_is_a_natural_feature_not_a_region(nlp, text, feature):
    ex = extract_text(nlp, text)
    entity = by_surface(ex)[feature]
    # a body of water at its own point (kg/kb/features.py, Natural Earth), not the region
    # named after it (the Eritrean or Sudanese "Red Sea" region) nor a town's point
    assert entity.kind == "place" and entity.types == ("BodyOfWater", "Landform", "Place"), entity
    assert entity.link_source != "geonames" and entity.geonames is None, entity


def test_the_region_named_after_the_sea_stays_a_region(nlp):
    ex = extract_text(nlp, "Protesters gathered in Port Sudan, the capital of Red Sea state, on Monday.")
    region = by_surface(ex)["Red Sea state"]
    assert "AdministrativeArea" in region.types and region.lat is not None


# ---------------------------------------------------------------------- a surname is not a demonym


@pytest.mark.parametrize(
    "text, surname, person",
    [
        # UN rights chief in several crises: "Türk" also spells Turkey's demonym
        ("UN rights chief Volker Türk said Gaza faced famine. Türk's office said aid trucks were blocked at Rafah.", "Türk", "Volker Türk"),
        ("Volker Türk condemned the killings in Sudan. Türk's spokesperson said 200 civilians had died in El Fasher.", "Türk", "Volker Türk"),
        ("Volker Türk condemned the gang attacks in Haiti. A Türk spokesman said the killings in Port-au-Prince must stop.", "Türk", "Volker Türk"),
        ("Volker Türk spoke on Myanmar. Türk, who visited Cox's Bazar in 2023, called for an end to air strikes.", "Türk", "Volker Türk"),
        # own invented people whose surname is a demonym
        ("Taliban commander Qari Rahim Afghan led the raid near Kunduz. Afghan's fighters later withdrew to the hills.", "Afghan", "Qari Rahim Afghan"),
        ("Aid worker Naw Mya Thai was arrested in Lashio by junta soldiers. Thai's lawyer said she was held without charge.", "Thai", "Naw Mya Thai"),
    ],
)
def test_a_surname_the_article_gave_a_person_is_that_person(nlp, text, surname, person):
    ex = extract_text(nlp, text)
    assert by_surface(ex)[surname].label == person
    assert not any("Country" in e.types for e in ex.entities.values() if e.label in ("Turkey", "Afghanistan", "Thailand")), by_surface(ex)


@pytest.mark.parametrize(
    "text, surface, country",
    [
        ("Volker Türk urged Ankara to protect refugees. Turkish troops shelled Kurdish positions near Kobani.", "Turkish troops", "Army of Turkey"),
        ("Afghan officials said the Taliban had reopened schools in Herat.", "Afghan officials", "Afghanistan"),
        ("Thai troops reinforced the border near Myawaddy after the fighting.", "Thai troops", "Army of Thailand"),
    ],
)
def test_a_demonym_no_one_bears_as_a_name_is_still_the_country(nlp, text, surface, country):
    ex = extract_text(nlp, text)
    assert by_surface(ex)[surface].label == country


# ---------------------------------------------------------------------- "the X": an area, not a town


@pytest.mark.parametrize(
    "text, area",
    [
        ("Armed groups operate across the Sahel, where millions need aid.", "Sahel"),  # Mali, Burkina Faso
        ("Jihadist violence has spread from the Sahel to coastal states such as Benin and Togo.", "Sahel"),
        ("Russian forces pressed their offensive in the Donbas on Tuesday.", "Donbas"),  # Ukraine
        ("Islamic State cells remain active across the Levant, the UN said.", "Levant"),  # Syria; a town in Maine before
        ("Smugglers move migrants across the Maghreb to Libya, the IOM said.", "Maghreb"),  # Libya
    ],
)
def test_a_name_after_the_is_an_area_not_a_town(nlp, text, area):
    ex = extract_text(nlp, text)
    entity = by_surface(ex)[area]
    assert entity.kind == "place" and "City" not in entity.types, entity
    assert entity.geonames is None, entity  # no town's point


@pytest.mark.parametrize(
    "text, town",
    [
        ("Fighters attacked Djibo and Arbinda in northern Burkina Faso.", "Arbinda"),
        ("The rebels seized Rubaya in North Kivu, the UN said.", "Rubaya"),
        ("Gunmen attacked the Kidal camp and Tessalit in Mali.", "Kidal"),
    ],
)
def test_towns_stay_towns(nlp, text, town):
    assert "City" in by_surface(extract_text(nlp, text))[town].types


@pytest.mark.parametrize(
    "text, town",
    [
        ("Families fled to the Kanyaruchinya camp north of Goma, the UN said.", "Kanyaruchinya"),  # DR Congo
        ("Families fled to the Kibumba displacement site north of Goma.", "Kibumba"),
    ],
)
def test_the_before_a_name_that_modifies_a_noun_says_nothing(nlp, text, town):
    assert "City" in by_surface(extract_text(nlp, text))[town].types


# ---------------------------------------------------------------------- a people in one mention is a people in all


@pytest.mark.parametrize(
    "text, people, group",
    [
        ("Tuareg herders fled Menaka after the raid. Tuareg rebels later claimed the attack on the army post.", "Tuareg", "Tuareg rebels"),  # Mali
        ("Karen villagers fled to Thailand after the air strikes. Karen rebels then seized the army base near Myawaddy.", "Karen", "Karen rebels"),  # Myanmar
        ("Fulani herders were attacked near Bokkos. Fulani gunmen were blamed for a reprisal raid days later.", "Fulani", "Fulani gunmen"),  # Nigeria
    ],
)
def test_a_people_named_as_such_once_is_no_organisation_or_person(nlp, text, people, group):
    ex = extract_text(nlp, text)
    assert not any(e.label == people and e.kind in ("organization", "person") for e in ex.entities.values()), by_surface(ex)
    assert by_surface(ex)[group].kind == "group"


def test_a_name_that_also_names_one_group_stays_an_organisation(nlp):
    # a group named after a clan (Philippines): "the X clansmen" and "the X group"
    text = "Soldiers clashed with Dimakuta clansmen in Lanao del Sur. The Dimakuta group later pledged allegiance to Islamic State, and Dimakuta fighters took the town hall."
    ex = extract_text(nlp, text)
    assert any(e.label.startswith("Dimakuta") and e.kind == "organization" for e in ex.entities.values()), by_surface(ex)
