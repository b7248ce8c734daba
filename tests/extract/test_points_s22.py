"""Session 22's geocoding mechanisms (issue 10), on sentences written for these tests from
several crises (the probe's ``s22`` part, bench/data/geoprobe-s22.tsv, has others):

* a capital possessing a quarter's or a site's proper name ("Sanaa's Old *City*", "Riga's Old
  *Town*", "Kabul's Green *Zone*", "Riga's Ziepniekkalns *Cemetery*") is the city, not its
  country's government (kg/extract/lexicon.py ``PLACE_PART_NOUNS``, read by actor_use);
* a place its sentence calls a quarter of a town ("the X district of Y", "the Y suburb of X",
  "X, a suburb of Y": ``[places] quarter_nouns`` of names.toml) that the gazetteer placed
  over 30 km from that town is not the gazetteer's namesake: it takes the town's point
  (kg/extract/borrow.py ``_quarters_placed_elsewhere``);
* an island no gazetteer places lies off the coast of what its sentence names: it borrows
  no town's, region's or country's point, only an offset measured from a place
  (``_islands``);
* a place the text puts only in a country takes the country's point only when the country
  is small (under 8,000 km², where the point lies within 30 km of most towns); a larger
  country's point would be hundreds of kilometres off, so the place keeps none
  (``small_country``);
* a "passage" is a strait ("the Mona Passage"), too wide for a town's point.
"""
from __future__ import annotations

import pytest

from kg.kb.distance import distance_km as km

from helpers import entity_named as _entity, extract_text


def _point(ex, surface: str) -> tuple[float, float] | None:
    e = _entity(ex, surface)
    return None if e.lat is None else (e.lat, e.lon)


# ------------------------------------------------ a capital's quarter is the city's


@pytest.mark.model
@pytest.mark.parametrize(
    "text, city, where",
    [
        # Yemen
        ("Airstrikes hit houses in Sanaa's Old City on Monday, residents said.", "Sanaa", (15.35, 44.21)),
        # Latvia
        ("Two bombs exploded at a department store in the heart of Riga's Old Town, police said.", "Riga", (56.95, 24.11)),
        # Israel
        ("Police clashed with worshippers in Jerusalem's Old City on Friday.", "Jerusalem", (31.78, 35.22)),
        # Afghanistan
        ("Rockets struck Kabul's Green Zone overnight, officials said.", "Kabul", (34.53, 69.17)),
        # Latvia: a site's proper name
        ("A bomb exploded near Riga's Ziepniekkalns Cemetery on Sunday, police said.", "Riga", (56.95, 24.11)),
    ],
)
def test_a_capital_possessing_a_quarter_is_the_city(nlp, text, city, where):
    e = _entity(extract_text(nlp, text, published=None), city)
    assert "Country" not in e.types, (city, e.label, e.types)
    assert e.lat is not None and km((e.lat, e.lon), where) <= 15, (city, e.lat, e.lon)


@pytest.mark.model
def test_a_quarter_of_a_possessive_capital_takes_the_citys_point(nlp):
    # Yemen: the quarter borrows the city's point, not the country's
    ex = extract_text(nlp, "Airstrikes hit houses in Sanaa's Old City on Monday, residents said.", published=None)
    at = _point(ex, "Old City")
    assert at is not None and km(at, (15.35, 44.21)) <= 15, at


@pytest.mark.model
def test_a_capital_used_as_an_actor_is_still_its_country(nlp):
    # Russia: "Moscow's decision" is the government's
    e = _entity(extract_text(nlp, "Moscow's decision angered officials in Kyiv.", published=None), "Moscow")
    assert "Country" in e.types, (e.label, e.types)


# ------------------------------------------------ a quarter of a town, not a namesake far away


@pytest.mark.model
@pytest.mark.parametrize(
    "text, quarter, where",
    [
        # Belgium: a namesake village 44 km east of Brussels
        ("Belgian police carried out raids in the Molenbeek district of the capital Brussels on Sunday.",
         "Molenbeek", (50.85, 4.35)),
        ("As dusk fell in the west Brussels suburb of Molenbeek, police sealed off a street.", "Molenbeek", (50.85, 4.35)),
        # Gaza: a namesake in Libya
        ("A bomb hit the Sabra neighbourhood of Gaza City, residents said.", "Sabra", (31.5, 34.47)),
        # Gaza: a namesake in Malta
        ("Airstrikes hit the Zeitoun neighbourhood of Gaza City overnight.", "Zeitoun", (31.5, 34.47)),
        # Ukraine: a Kyivskyi of Donetsk oblast
        ("A missile hit the Kyivskyi district of Kharkiv on Friday, the mayor said.", "Kyivskyi", (49.99, 36.23)),
        # Ukraine: Kyiv's district of the name, written with its noun
        ("Shelling damaged houses in the Shevchenkivskyi district of Kharkiv.", "Shevchenkivskyi district", (49.99, 36.23)),
        # Russia: an Oktyabrsky of Bashkortostan
        ("A drone hit the Oktyabrsky district of Belgorod, the governor said.", "Oktyabrsky", (50.6, 36.6)),
    ],
)
def test_a_quarter_of_a_town_is_not_a_namesake_far_from_it(nlp, text, quarter, where):
    at = _point(extract_text(nlp, text, published=None), quarter)
    assert at is not None and km(at, where) <= 30, (quarter, at)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, quarter, town",
    [
        # Iraq, Sudan, Germany: quarters the gazetteer places near their town keep their own point
        ("A car bomb exploded in the Kreuzberg district of Berlin on Monday.", "Kreuzberg", "Berlin"),
        ("Shelling hit the Omdurman suburb of Khartoum.", "Omdurman", "Khartoum"),
        ("Fighting raged in the Yarmouk district of Damascus on Sunday.", "Yarmouk", "Damascus"),
    ],
)
def test_a_quarter_near_its_town_keeps_its_own_point(nlp, text, quarter, town):
    ex = extract_text(nlp, text, published=None)
    at, there = _point(ex, quarter), _point(ex, town)
    assert at is not None and there is not None and at != there and km(at, there) <= 30, (at, there)


# ------------------------------------------------ an island lends from no town, region or country


@pytest.mark.model
@pytest.mark.parametrize(
    "text, island",
    [
        # Korea: the island off the North Korean coast is not at Pyongyang's point
        ("Shells hit tiny Yeonpyeong island, officials in Seoul said. Residents on Yeonpyeong fled to "
         "shelters as Pyongyang warned of more attacks.", "Yeonpyeong"),
        # Puerto Rico: not at Puerto Rico's point
        ("A boat carrying migrants capsized off Desecheo Island, off Puerto Rico's west coast, on Thursday.",
         "Desecheo Island"),
        # Philippines: not at the point of a region named later
        ("A ferry left Simunul island for Sibutu but never arrived. It was found off Kakaban island in "
         "Indonesia's East Kalimantan region.", "Simunul"),
        # Norway: not at the county's point, 33 km off
        ("A gunman opened fire at a summer camp on the island of Utøya in Tyrifjorden, Buskerud.", "Utøya"),
    ],
)
def test_an_island_no_gazetteer_places_borrows_no_point(nlp, text, island):
    assert _point(extract_text(nlp, text, published=None), island) is None


@pytest.mark.model
def test_an_island_measured_from_a_town_takes_the_offset(nlp):
    # Philippines
    ex = extract_text(nlp, "Troops landed on Balukbaluk Island, 40 km west of Zamboanga, on Sunday.", published=None)
    at, town = _point(ex, "Balukbaluk Island"), _point(ex, "Zamboanga")
    assert at is not None and town is not None and 30 <= km(at, town) <= 50, (at, town)


# ------------------------------------------------ a country's point only from a small country


@pytest.mark.model
@pytest.mark.parametrize(
    "text, place",
    [
        # Algeria, Mali, Somalia: a country's point is 300-1,000 km from most of its villages
        ("Gunmen attacked the Hassi Tarfa gas plant near In Ekker, Algeria, on Wednesday, officials in Algiers said.",
         "In Ekker"),
        ("Gunmen ambushed a convoy near Kouroumari, Mali, on Tuesday, officials in Bamako said.", "Kouroumari"),
        ("Troops killed 12 fighters near Gadoonka, Somalia, on Tuesday, a spokesman in Mogadishu said.", "Gadoonka"),
    ],
)
def test_a_place_the_text_puts_in_a_large_country_keeps_no_point(nlp, text, place):
    assert _point(extract_text(nlp, text, published=None), place) is None


@pytest.mark.model
@pytest.mark.parametrize(
    "text, place, country",
    [
        # Bahrain, Trinidad and Tobago: a small country's point is near all of it
        ("Police fired tear gas at protesters near Karzakan, Bahrain, on Friday.", "Karzakan", "Bahrain"),
        ("Gunmen stormed a police post near Caroni, Trinidad and Tobago, on Monday.", "Caroni", "Trinidad and Tobago"),
    ],
)
def test_a_place_the_text_puts_in_a_small_country_takes_its_point(nlp, text, place, country):
    ex = extract_text(nlp, text, published=None)
    assert _point(ex, place) is not None and _point(ex, place) == _point(ex, country)


# ------------------------------------------------ a passage is a strait


@pytest.mark.model
@pytest.mark.parametrize(
    "text, strait",
    [
        # Dominican Republic / Puerto Rico
        ("A boat carrying Haitian migrants capsized in the Mona Passage, near Aguadilla, the coast guard said.",
         "Mona Passage"),
        # Philippines: a ferry disaster, and piracy
        ("A ferry capsized in the Verde Island Passage near Batangas, the coast guard said.", "Verde Island Passage"),
        ("Pirates attacked a tanker in the Verde Island Passage off Batangas on Monday.", "Verde Island Passage"),
    ],
)
def test_a_passage_takes_no_towns_point(nlp, text, strait):
    ex = extract_text(nlp, text, published=None)
    at = _point(ex, strait)
    towns = [
        (e.lat, e.lon) for e in ex.entities.values()
        if e.kind == "place" and "City" in e.types and e.label != strait and e.lat is not None
    ]
    assert at is None or at not in towns, (strait, at, towns)
