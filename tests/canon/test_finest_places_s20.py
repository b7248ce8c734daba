"""An event placed at a site and at the town the site lent its point from ("stormed the X hotel
in Y", kg/extract/events/venues.py) is at the site for what tells sites apart (kg/canon/link.py
``Linker.finest``, read by ``sites_apart``, ``local_places_apart``, ``site_in_town``; session 20
dropped the town from the record itself, session 21 keeps it for the evidence of a place two
reports share); places none of which was lent a point are kept. Places named as kg names entities the knowledge base lacks (Burkina Faso, Belgium, Kenya,
Ukraine)."""
from __future__ import annotations

from kg.canon.graph import default_linker
from kg.canon.records import EventRecord

E = "https://w3id.org/kg-news/entity/place/"


def _linker(points: dict[str, tuple[float, float]], borrowed: set[str]):
    linker = default_linker()
    for iri, point in points.items():
        linker.place_at(iri, point)
    linker.borrowed.update(borrowed)
    return linker


def test_a_site_and_the_town_it_lent_its_point_from_leave_the_site():
    hotel, town = E + "splendid-hotel", E + "ouaga-town"
    linker = _linker({hotel: (12.37, -1.53), town: (12.37, -1.53)}, {hotel})
    rec = EventRecord("a/event/e1", "a", classes={"Attack"}, places={hotel, town})
    assert linker.finest(rec) == {hotel}


def test_a_station_near_its_city_leaves_the_station_and_an_airport_its_town():
    station, city = E + "metro-station", E + "capital-city"
    linker = _linker({station: (50.85, 4.35), city: (50.8503, 4.3517)}, {station})
    rec = EventRecord("b/event/e2", "b", classes={"Bombing"}, places={station, city})
    assert linker.finest(rec) == {station}


def test_two_towns_none_lent_a_point_are_both_kept():
    a, b = E + "town-a", E + "town-b"
    linker = _linker({a: (49.99, 36.23), b: (47.84, 35.14)}, set())
    rec = EventRecord("c/event/e3", "c", classes={"AirStrike"}, places={a, b})
    assert linker.finest(rec) == {a, b}


def test_a_site_far_from_the_other_place_keeps_both():
    camp, town = E + "border-camp", E + "far-town"
    linker = _linker({camp: (3.9, 41.8), town: (-1.29, 36.82)}, {camp})
    rec = EventRecord("d/event/e4", "d", classes={"Attack"}, places={camp, town})
    assert linker.finest(rec) == {camp, town}


def test_two_sites_lent_points_are_both_kept():
    a, b = E + "airport-x", E + "station-y"
    linker = _linker({a: (50.9, 4.48), b: (50.85, 4.35)}, {a, b})
    rec = EventRecord("e/event/e5", "e", classes={"Bombing"}, places={a, b})
    assert linker.finest(rec) == {a, b}
