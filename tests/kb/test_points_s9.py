"""Session 9's geocoding mechanisms (issue 10), on sentences written for these tests from
several crises (kept with the probe's ``s9`` part, bench/data/geoprobe-s9.tsv):

* a country linked as such is never also read as the first-level region of another country
  that bears its name (Niger is not Nigeria's Niger State), so it does not pull a town
  to the namesake in the other country (kg/extract/geocontext.py ``_regions_near``);
* a second-level division named with a district's word next to a name ("X in the Y
  district") is a region the name lies in, with its first-level code and point
  (geocontext ``_districts_at``); and a town the text puts in a region whose first-level
  code is sure is never a namesake in another region of that country: a village GeoNames
  lacks then borrows its region's point (kg/kb/geocode.py ``_in_named_regions``);
* a landform named after a region, district or town ("the Swat Valley", "the Nineveh
  Plains") is placed at that place's point, less surely, never at a country's
  (kg/extract/placing.py ``landform_area``, kg/extract/ner_link.py ``landform_entity``);
* a place GeoNames lacks borrows its point (kg/extract/borrow.py ``borrow_points``) from: the town a
  distance and direction measure it from, moved so ("Nyabiondo, some 60 km west of Goma");
  the region a list it is part of lies in ("X and Y in the Kidal region"); the possessor
  region ("Upper Nile's Nasir county"); a town listed next to it; never a sea, river, lake
  or desert (``ontology/geo/wide-features.txt``), which no town's point places;
* a country's second-level ISO name with "and" is one region of the world KB ("Azad Jammu
  and Kashmir": scripts/worldkb/admin1.py ``match_iso``).
"""
from __future__ import annotations

import pytest

from kg.kb.distance import distance_km as km

from helpers import extract_text


def _point(ex, surface: str) -> tuple[float, float] | None:
    found = [ex.entities[m.entity] for m in ex.mentions if m.span.text == surface]
    assert found, f"{surface!r} not found: {sorted({m.span.text for m in ex.mentions})}"
    e = found[-1]
    return (e.lat, e.lon) if e.lat is not None else None


def _near(ex, surface: str, where: tuple[float, float], limit: float) -> None:
    point = _point(ex, surface)
    assert point is not None and km(point, where) <= limit, (surface, point)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name, where",
    [
        # Niger (the country) is no region of Nigeria: Illéla of Niger, not Illela of Nigeria
        ("Soldiers repelled an attack on an army post at Illela, near the border with Nigeria, Niger's defence "
         "ministry said in a statement read on state television.", "Illela", (14.46, 5.24)),
        # "Ayorou, Niger": the country, not Nigeria's Niger State (which left Ayorou without a point)
        ("Gunmen on motorcycles killed 12 villagers near Ayorou, Niger, on Sunday, the interior ministry said.",
         "Ayorou", (14.73, 0.92)),
        ("Jihadists attacked an army post in Ayorou, Niger, on Sunday, days after Nigerien troops withdrew from "
         "Nigeria's border areas, Nigeria's army said.", "Ayorou", (14.73, 0.92)),
        # Georgia (the country) is no US state: Gori of Georgia stays there
        ("Russian troops moved closer to Gori, near the boundary line, Georgia's interior ministry said, "
         "as the United States called for restraint.", "Gori", (41.98, 44.11)),
        # Zolochiv of Kharkiv oblast (7,700 people), not of Lviv (22,600), by its district
        ("Russian guided bombs hit Zolochiv in the Bohodukhiv district overnight, damaging a school and a dozen "
         "homes, the regional prosecutor's office said.", "Zolochiv", (50.27, 35.98)),
        # Andriivka of Kharkiv oblast, not of Zaporizhzhia or Donetsk, by its district
        ("Ukrainian troops pushed Russian units out of Andriivka in the Izium district after a week of assaults, "
         "the General Staff said.", "Andriivka", (49.54, 36.63)),
    ],
)
def test_the_country_or_district_named_settles_namesakes(nlp, text: str, name: str, where: tuple[float, float]) -> None:
    _near(extract_text(nlp, text, published=None), name, where, 30)


@pytest.mark.model
def test_a_village_gazetteer_lacks_is_not_put_at_a_namesake_in_another_region(nlp) -> None:
    # GeoNames' cities table has no Ivanivka in Kharkiv oblast: the village is left at its
    # district's point (borrowed), not at an Ivanivka of Luhansk oblast 130 km away
    ex = extract_text(nlp, "Russian troops shelled Ivanivka in the Kupiansk district on Sunday, Ukraine's General "
                           "Staff said.", published=None)
    _near(ex, "Ivanivka", (49.71, 37.62), 40)
    found = next(ex.entities[m.entity] for m in ex.mentions if m.span.text == "Ivanivka")
    assert found.geonames is None and found.link_confidence is not None and found.link_confidence < 0.5


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name, where",
    [
        ("Resistance fighters clashed with Taliban forces in the Panjshir Valley, north of Kabul, on Sunday, a "
         "spokesman for the National Resistance Front said.", "Panjshir Valley", (35.31, 69.52)),
        ("The army deployed troops to the Swat Valley after militants attacked a police post near Mingora, "
         "officials in Khyber Pakhtunkhwa said.", "Swat Valley", (34.78, 72.36)),
        ("Iraqi Christians began returning to the Nineveh Plains, where Islamic State fighters had destroyed "
         "churches and homes, the provincial governor said.", "Nineveh Plains", (36.40, 43.30)),
    ],
)
def test_a_valley_is_placed_at_what_it_is_named_after(nlp, text: str, name: str, where: tuple[float, float]) -> None:
    ex = extract_text(nlp, text, published=None)
    point = _point(ex, name)
    assert point is not None and km(point, where) <= 60, point
    found = next(ex.entities[m.entity] for m in ex.mentions if m.span.text == name)
    assert found.types[0] == "Place" and found.link_confidence == 0.5


@pytest.mark.model
def test_a_delta_named_after_a_country_takes_no_country_point(nlp) -> None:
    # the Niger Delta lies in Nigeria: Niger's point would be 1,000 km off
    ex = extract_text(nlp, "Militants blew up a pipeline in the Niger Delta, Nigeria's oil regulator said.", published=None)
    point = _point(ex, "Niger Delta")
    assert point is None or km(point, (13.8, 5.25)) > 300, point


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name, start, km_away, bearing",
    [
        ("GOMA, 12 March (OCHA) – On 9 March, fighting around the village of Nyabiondo, some 60 km west of Goma, "
         "displaced an estimated 15,000 people towards Masisi centre and Kitchanga.", "Nyabiondo", (-1.674, 29.228), 60, 270),
        ("Al-Shabaab fighters overran Bariire, a village 45 km west of Mogadishu, after government troops withdrew, "
         "residents said.", "Bariire", (2.037, 45.344), 45, 270),
        ("RSF fighters killed more than 100 villagers in Wad Al-Nourah, about 30 miles north-east of the city of "
         "Wad Madani, a local resistance committee said.", "Wad Al-Nourah", (14.40, 33.52), 48.3, 45),
    ],
)
def test_a_place_measured_from_a_town_is_put_that_far_away(nlp, text, name, start, km_away, bearing) -> None:
    from kg.kb.distance import destination

    point = _point(extract_text(nlp, text, published=None), name)
    assert point is not None, name
    assert km(point, destination(start, km_away, bearing)) <= 5, point
    assert abs(km(point, start) - km_away) <= 5


@pytest.mark.model
def test_a_province_with_and_in_its_iso_name_is_one_region(nlp) -> None:
    # GeoNames' "Azad Kashmir" is ISO 3166-2's "Azad Jammu and Kashmir" (scripts/worldkb/admin1.py
    # match_iso pairs the longer and the shorter form): one region, not "Azad Jammu" and "Kashmir"
    ex = extract_text(nlp, "Pakistani troops exchanged fire with Indian forces near Kotli, in Azad Jammu and Kashmir, "
                           "on Tuesday, the army said.", published=None)
    found = next(ex.entities[m.entity] for m in ex.mentions if m.span.text == "Azad Jammu and Kashmir")
    assert found.types[0] == "AdministrativeArea" and found.link_source == "kb"
    assert km((found.lat, found.lon), (34.04, 73.58)) <= 50


@pytest.mark.model
def test_each_name_of_a_list_lies_in_the_region_after_it(nlp) -> None:
    # "in the Kidal region" (attached to the verb by the parser) places both villages: not at
    # the Kouri of Mali's south, 700 km away, but in the Kidal region (its point, borrowed)
    ex = extract_text(nlp, "Armed men attacked the villages of Kouri and Tinzaouatene in the Kidal region and Inekar "
                           "in Menaka, the MINUSMA mission said in its quarterly report.", published=None)
    for name in ("Kouri", "Tinzaouatene"):
        _near(ex, name, (18.44, 1.41), 50)


@pytest.mark.model
def test_a_possessive_region_is_what_a_name_lies_in(nlp) -> None:
    # "Upper Nile's Nasir county": Upper Nile's point, not Bentiu's (the nearest town of the
    # sentence, in another state, 360 km from Nasir)
    ex = extract_text(nlp, "Floods in Unity state submerged Bentiu, the UN said, while fighting flared in Upper Nile's "
                           "Nasir county.", published=None)
    _near(ex, "Nasir county", (9.53, 31.66), 30)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name",
    [
        ("Houthi forces fired two missiles at a Liberian-flagged tanker in the Red Sea off the port of Hodeidah, the "
         "UKMTO agency said.", "Red Sea"),
        ("The bodies of 30 migrants were pulled from the Mediterranean off the coast of Sfax, Tunisian officials said.",
         "Mediterranean"),
        ("Rebels crossed the Ubangi River from Zongo into the Central African Republic, local officials said.",
         "Ubangi River"),
    ],
)
def test_a_sea_or_river_takes_no_town_point(nlp, text: str, name: str) -> None:
    # the town says where the event was, not where the sea is (placing.wide_feature): the
    # sea or river has no point or its own, from the natural-features gazetteer (kg/kb/features.py)
    ex = extract_text(nlp, text, published=None)
    e = [ex.entities[m.entity] for m in ex.mentions if m.span.text == name][-1]
    assert e.lat is None or ("BodyOfWater" in e.types and e.link_source == "ner"), (name, e.types, e.lat, e.lon)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name, where, limit",
    [
        # "X, a village in Y": Y contains X as "X in Y" does (not the Kouri of Mali's south)
        ("Fighters overran Kouri, a village in the Kidal region, after clashes near Gao, the army said.",
         "Kouri", (18.44, 1.41), 50),
        ("Russian forces shelled Zolochiv, a small town in the Kharkiv region, wounding three people, the governor said.",
         "Zolochiv", (50.27, 35.98), 30),
        # Ménaka became a region of its own in 2016: a town of 14,000 near the Gao region is
        # still the one meant by "Menaka, in the Gao region" (no Menaka lies in that region)
        ("Gunmen attacked a market in Menaka, in the Gao region, killing nine people, officials said.",
         "Menaka", (15.92, 2.40), 30),
        # Wamena is filed under Highland Papua (2022), a region newer than the KB's Papua: kept
        ("Security forces shot dead two protesters in Wamena, a town in Papua, police said.",
         "Wamena", (-4.10, 138.95), 30),
    ],
)
def test_a_region_in_apposition_contains_the_name(nlp, text: str, name: str, where, limit: float) -> None:
    _near(extract_text(nlp, text, published=None), name, where, limit)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name, where",
    [
        # Lere of Bauchi State (14,600 people), not of Kaduna State (93,000): the state named a sentence before
        ("Herders and farmers have clashed repeatedly in Bauchi State this year, according to the state government. "
         "On Sunday, gunmen attacked Lere, burning dozens of homes and killing seven people, residents said.",
         "Lere", (9.71, 9.34)),
        ("The junta has stepped up air strikes across Sagaing Region since January. On Tuesday, aircraft bombed a "
         "monastery in Kyauktan, killing 11 displaced people, residents said.", "Kyauktan", (24.28, 95.89)),
    ],
)
def test_a_region_the_article_names_elsewhere_settles_namesakes(nlp, text: str, name: str, where) -> None:
    _near(extract_text(nlp, text, published=None), name, where, 30)
