"""Points of places no gazetteer knows, session 12 (kg/extract/borrow.py ``borrow_points``):
sentences written for these tests, from several crises (Burkina Faso, Myanmar, Nigeria,
Algeria, Mali, Somalia, DR Congo).

- a village the text puts in another unplaced place that lies in a unit ("X and Y in Z, W
  Province") takes the unit's point through it: the smallest enclosing unit the text states,
  not a town or capital its sentence names for another reason;
- a place the text puts in a country ("near X, Algeria") takes no capital's point its sentence
  names (a capital says where a government speaks, not where the place is); it took the
  country's until session 22, which lends a country's point only from a small country
  (borrow.small_country: Algeria's point lies 1,000 km from In Amenas): these keep none; a
  regional town so named, a place inside the capital, an offset from the capital keep their
  donor;
- a name that begins with a preposition ("near *In* Amguel") and a site's noun between a name
  and "near" ("the X gas plant near Y") still put the place near its town.
"""
from __future__ import annotations

import pytest

from helpers import extract_text


def point_of(ex, label: str) -> tuple[float, float] | None:
    found = [e for e in ex.entities.values() if e.label == label]
    assert found, sorted(e.label for e in ex.entities.values())
    e = found[0]
    return None if e.lat is None else (round(e.lat, 3), round(e.lon, 3))


# ------------------------------------------------ through an unplaced place to its unit


@pytest.mark.parametrize(
    "text, villages, unit, capital",
    [
        (  # Burkina Faso
            "Jihadists killed 30 civilians in Tinsaba and Gorgadji in Kelbo, Soum Province, on Monday, "
            "officials in Ouagadougou said.",
            ["Tinsaba", "Gorgadji", "Kelbo"], "Soum Province", "Ouagadougou",
        ),
        (  # Myanmar
            "Soldiers fought rebels in Hsaw Lon and Nam Pawng in Mong Kung, Loilem District, on Friday, "
            "the junta said in Naypyidaw.",
            ["Nam Pawng", "Mong Kung"], "Loilem District", "Nay Pyi Taw",
        ),
        (  # Nigeria
            "Bandits kidnapped 40 people in Kurmin Dutse and Gidan Ali in Dogon Daji, Kauru, Kaduna State, "
            "on Sunday, police in Abuja said.",
            ["Kurmin Dutse", "Gidan Ali", "Dogon Daji"], "Kauru", "Abuja",
        ),
    ],
)
def test_a_village_in_an_unplaced_place_takes_the_point_of_the_unit_that_place_lies_in(nlp, text, villages, unit, capital):
    ex = extract_text(nlp, text)
    at = point_of(ex, unit)
    assert at is not None
    assert at != point_of(ex, capital)
    for village in villages:
        assert point_of(ex, village) == at, village


# ------------------------------------------------ a country the text states, not its capital


@pytest.mark.parametrize(
    "text, place, country, capital",
    [
        (  # Mali
            "Gunmen ambushed a convoy near Kouroumari, Mali, on Tuesday, officials in Bamako said.",
            "Kouroumari", "Mali", "Bamako",
        ),
        (  # Somalia
            "Troops killed 12 fighters near Gadoonka, Somalia, on Tuesday, a spokesman in Mogadishu said.",
            "Gadoonka", "Somalia", "Mogadishu",
        ),
        (  # Algeria: a name beginning with "In", a site's noun before "near"
            "Gunmen attacked the Hassi Tarfa gas plant near In Ekker, Algeria, on Wednesday, officials in Algiers said.",
            "In Ekker", "Algeria", "Algiers",
        ),
    ],
)
def test_a_place_the_text_puts_in_a_large_country_takes_no_capitals_point(nlp, text, place, country, capital):
    ex = extract_text(nlp, text)
    assert point_of(ex, country) is not None and point_of(ex, capital) is not None
    assert point_of(ex, place) is None


def test_a_site_near_an_unplaced_town_takes_that_towns_point(nlp):
    ex = extract_text(
        nlp, "Gunmen attacked the Hassi Tarfa gas plant near In Ekker, Algeria, on Wednesday, officials in Algiers said."
    )
    assert point_of(ex, "Hassi Tarfa") == point_of(ex, "In Ekker") is None
    ex = extract_text(
        nlp, "Gunmen attacked the Karbabad gas plant near Al Dur, Bahrain, on Wednesday, officials in Manama said."
    )
    assert point_of(ex, "Karbabad") == point_of(ex, "Al Dur") == point_of(ex, "Bahrain") is not None


@pytest.mark.parametrize(
    "text, place, donor",
    [
        (  # Mali: a regional town, not a capital, is kept
            "Gunmen ambushed a convoy near Kouroumari, Mali, on Tuesday, the governor of Mopti said.",
            "Kouroumari", "Mopti",
        ),
        (  # Mali: a district of the capital lies in it
            "Police raided houses in Tounkarabougou, a district of Bamako, on Tuesday, officials in Mali said.",
            "Tounkarabougou", "Bamako",
        ),
        (  # DR Congo: a camp outside the capital
            "Rebels shelled Kiwandja Sud, a camp outside Kinshasa, on Monday, the army said.",
            "Kiwandja Sud", "Kinshasa",
        ),
        (  # Algeria: the site near an unplaced town near a regional town
            "Gunmen attacked the Wadi Zarqa gas plant near In Amguel, Algeria, on Wednesday, officials in Tamanrasset said.",
            "Wadi Zarqa", "Tamanrasset",
        ),
    ],
)
def test_a_place_keeps_a_donor_that_is_no_capital_or_that_the_text_puts_it_in(nlp, text, place, donor):
    ex = extract_text(nlp, text)
    assert point_of(ex, place) == point_of(ex, donor)


def test_an_offset_from_a_capital_is_kept(nlp):
    ex = extract_text(nlp, "Gunmen ambushed a convoy near Kouroumari, about 40 km north of Bamako, on Tuesday.")
    lat, lon = point_of(ex, "Kouroumari")
    capital = point_of(ex, "Bamako")
    assert 0.3 < lat - capital[0] < 0.4 and abs(lon - capital[1]) < 0.01


# ------------------------------------------------ divisions GeoNames made since 2021 (world-admin1.csv)


@pytest.mark.parametrize(
    "text, village, division, lat_range",
    [
        (  # Indonesia: a new Papuan province
            "Militants burned houses in Kelayo, a village in Highland Papua, on Monday, police in Jakarta said.",
            "Kelayo", "Papua Pengunungan", (-5.5, -3.0),
        ),
        (  # Algeria: a new Saharan province
            "Smugglers ambushed soldiers near Tin Zaouatine, In Guezzam Province, on Sunday.",
            "Tin Zaouatine", "In Guezzam Province", (18.5, 21.0),
        ),
    ],
)
def test_a_village_in_a_division_made_since_2021_is_placed_there(nlp, text, village, division, lat_range):
    ex = extract_text(nlp, text)
    at = point_of(ex, division)
    assert at is not None and lat_range[0] < at[0] < lat_range[1]
    assert point_of(ex, village) == at
