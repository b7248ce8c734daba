"""Points of places no gazetteer knows, session 14 (kg/extract/borrow.py ``borrow_points``):
sentences written for these tests, from several crises (Libya, Afghanistan, DR Congo, Mali,
Nigeria, Sudan).

- a place the text measures far from a town ("X, about 700 km south-east of Y": an offset
  over ``OFFSET_KM``) does not take that town's point, nor the article's town's when that is
  the same town (the dateline's); the country the text puts it in lent its coarse one until
  session 22, which lends a country's point only from a small country (borrow.small_country);
- an offset within ``OFFSET_KM`` is still applied, and a place not measured keeps its donor.
"""
from __future__ import annotations

import pytest

from helpers import extract_text
from kg.extract.borrow import OFFSET_KM, offset_before, stated_offset


def point_of(ex, label: str) -> tuple[float, float] | None:
    found = [e for e in ex.entities.values() if e.label == label]
    assert found, sorted(e.label for e in ex.entities.values())
    e = found[0]
    return None if e.lat is None else (round(e.lat, 3), round(e.lon, 3))


def test_a_far_offset_is_read_but_not_applied():
    assert stated_offset(", about 1,300 km south-east of ") == (1300.0, 135.0)
    assert offset_before(", about 1,300 km south-east of ") is None
    assert stated_offset(" lies 600 miles north of the capital ")[0] > OFFSET_KM


@pytest.mark.parametrize(
    "text, place, town",
    [
        (  # Libya: the town is also the dateline's (the article's own town)
            "TRIPOLI (Reuters) - The militia seized the Ohanzee oil field, about 700 km south-east of Tripoli, "
            "on Sunday. Officials in Tripoli condemned the attack.",
            "Ohanzee", "Tripoli",
        ),
        (  # Afghanistan
            "Militants attacked a checkpoint in Hassabad, about 600 miles south of Kabul, police said.",
            "Hassabad", "Kabul",
        ),
        (  # Sudan
            "Gunmen attacked the Tarmoko base, 1,100 km south-west of Khartoum, on Monday.",
            "Tarmoko", "Khartoum",
        ),
    ],
)
def test_a_place_measured_far_from_a_town_does_not_take_its_point(nlp, text, place, town):
    ex = extract_text(nlp, text)
    assert point_of(ex, town) is not None
    assert point_of(ex, place) != point_of(ex, town)


def test_a_place_measured_far_from_a_town_in_a_large_country_keeps_no_point(nlp):
    # Mali: neither Bamako's point nor Mali's (1,240,000 km²: session 22)
    ex = extract_text(nlp, "Gunmen attacked a base near Tarmoko, Mali, about 800 km north-east of Bamako, on Monday.")
    assert point_of(ex, "Bamako") is not None
    assert point_of(ex, "Tarmoko") is None


@pytest.mark.parametrize(
    "text, place, town, north, east",
    [
        (  # Nigeria: 120 km east
            "Soldiers killed 20 fighters in Kolwaya, 120 km east of Maiduguri, on Friday.",
            "Kolwaya", "Maiduguri", 0.0, 1.1,
        ),
        (  # DR Congo: 60 km west
            "Fighters took the Nyabarongo camp, 60 km west of Goma, on Sunday.",
            "Nyabarongo", "Goma", 0.0, -0.54,
        ),
    ],
)
def test_an_offset_within_the_limit_is_still_applied(nlp, text, place, town, north, east):
    ex = extract_text(nlp, text)
    lat, lon = point_of(ex, place)
    t_lat, t_lon = point_of(ex, town)
    assert abs(lat - t_lat - north) < 0.05 and abs(lon - t_lon - east) < 0.05


def test_a_place_not_measured_keeps_its_town(nlp):
    # Sudan: a camp outside a town, a far offset said of another place
    ex = extract_text(
        nlp, "Rebels shelled Abu Jidad, a camp outside Kassala, on Monday, and an oil field 900 km south of Kassala."
    )
    assert point_of(ex, "Abu Jidad") == point_of(ex, "Kassala")
