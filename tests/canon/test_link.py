"""kg/canon/link.py and the clustering of kg/canon/graph.py, on events of several crises
(no model: the records are written out as the store would give them)."""
from __future__ import annotations

import random
from datetime import date

import pytest

from kg.canon import EventRecord, Linker, cluster

KB = "https://w3id.org/kg-news/kb/"


@pytest.fixture(scope="module")
def linker() -> Linker:
    from kg.canon import default_linker

    return default_linker()


def ev(iri: str, article: str, cls: str, *, place: str = "", agent: str = "", time: str | None = None,
       modality: str = "Asserted", published: date | None = None) -> EventRecord:
    return EventRecord(
        iri=f"https://w3id.org/kg-news/article/{article}/event/{iri}", article=f"https://w3id.org/kg-news/article/{article}",
        classes={cls}, label=cls.lower(), agents={KB + agent} if agent else set(), actors={KB + agent} if agent else set(),
        places={KB + place} if place else set(), time=time, modality=modality, published=published,
    )


def test_a_strike_on_kyiv_and_a_strike_in_ukraine_by_russia_are_one_on_one_day(linker):
    a = ev("e1", "a", "AirStrike", place="ukraine_capital_kyiv", agent="russia", time="2024-05-10")
    b = ev("e4", "b", "Attack", place="ukraine", agent="russia", time="2024-05-10")
    why = linker.compare(a, b)
    assert why is not None and "AirStrike ~ Attack" in why and "agent russia" in why
    # a day apart, the country alone does not say it is the strike on Kyiv: an agent at war acts
    # every day (two days within the window count only beside a place both name)
    c = ev("e5", "c", "Attack", place="ukraine", agent="russia", time="2024-05-11")
    why, refusal = linker.decide(a, c)
    assert why is None and refusal == "evidence agent russia"
    d = ev("e6", "d", "Attack", place="ukraine_capital_kyiv", agent="russia", time="2024-05-11")
    assert linker.compare(a, d) is not None  # Kyiv a day later: one (a day misread)


def test_conflicting_agents_are_two_events(linker):
    # DR Congo: the army's attack and the M23's attack, same day, same province
    a = ev("e1", "a", "Attack", place="dr_congo", agent="fardc", time="2025-01-23")
    b = ev("e2", "b", "Attack", place="dr_congo", agent="m23", time="2025-01-23")
    assert linker.compare(a, b) is None


def test_places_in_different_countries_are_two_events(linker):
    a = ev("e1", "a", "Attack", place="yemen", agent="houthis", time="2024-01-12")
    b = ev("e1", "b", "Attack", place="sudan", agent="houthis", time="2024-01-12")
    assert linker.compare(a, b) is None


def test_sibling_classes_are_two_events(linker):
    # Sudan: an offensive and an air strike by the RSF the same day are not one event
    a = ev("e1", "a", "MilitaryOperation", place="sudan", agent="rsf", time="2025-04-11")
    b = ev("e1", "b", "AirStrike", place="sudan", agent="rsf", time="2025-04-11")
    assert linker.compare(a, b) is None
    c = ev("e2", "b", "Escalation", place="sudan", agent="rsf", time="2025-04-11")  # a subclass of MilitaryOperation
    assert linker.compare(a, c) is not None


def test_times_too_far_apart_are_two_events(linker):
    a = ev("e1", "a", "Attack", place="ukraine_capital_kyiv", agent="russia", time="2024-05-10")
    b = ev("e1", "b", "Attack", place="ukraine_capital_kyiv", agent="russia", time="2024-05-14")
    assert linker.compare(a, b) is None
    month = ev("e2", "b", "Attack", place="ukraine_capital_kyiv", agent="russia", time="2024-05")
    assert linker.compare(a, month) is not None  # "in May" may be the 10th: place and agent agree


def test_one_piece_of_evidence_is_not_enough(linker):
    # Myanmar: the same class and month, the same country, but no shared place below it nor actor
    a = ev("e1", "a", "Attack", agent="arakan_army", time="2024-02")
    b = ev("e1", "b", "Attack", place="myanmar", time="2024-02")
    assert linker.compare(a, b) is None


def test_events_not_said_to_have_happened_are_not_linked(linker):
    a = ev("e1", "a", "Attack", place="ukraine_capital_kyiv", agent="russia", time="2024-05-10")
    for modality in ("Negated", "Hypothetical", "Planned"):
        b = ev("e1", "b", "Attack", place="ukraine_capital_kyiv", agent="russia", time="2024-05-10", modality=modality)
        assert not linker.linkable(b) and linker.compare(a, b) is None and linker.keys(b) == set()


def test_an_undated_event_reads_as_the_week_before_publication(linker):
    a = ev("e1", "a", "Attack", place="ukraine_capital_kyiv", agent="russia", time="2024-05-10")
    recent = ev("e1", "b", "Attack", place="ukraine_capital_kyiv", agent="russia", published=date(2024, 5, 12))
    old = ev("e2", "b", "Attack", place="ukraine_capital_kyiv", agent="russia", published=date(2024, 6, 12))
    assert linker.compare(a, recent) is not None
    assert linker.compare(a, old) is None


def test_groups_do_not_depend_on_the_order_of_the_records(linker):
    records = [
        ev("e1", "a", "AirStrike", place="ukraine_capital_kyiv", agent="russia", time="2024-05-10"),
        ev("e2", "b", "Attack", place="ukraine", agent="russia", time="2024-05-10"),
        ev("e3", "c", "Attack", place="ukraine_capital_kyiv", agent="russia", time="2024-05-09"),
        ev("e1", "d", "Attack", place="dr_congo", agent="m23", time="2025-01-23"),
        ev("e2", "e", "MilitaryOperation", place="dr_congo", agent="m23", time="2025-01-24"),
        ev("e3", "e", "Attack", place="yemen", agent="houthis", time="2024-01-12"),
    ]
    expected, compared = cluster(records, linker)
    shape = sorted(sorted(m.iri for m in g.members) for g in expected)
    assert [len(s) for s in shape].count(3) == 1 and len(shape) == 4
    rng = random.Random(7)
    for _ in range(5):
        rng.shuffle(records)
        groups, n = cluster(records, linker)
        assert sorted(sorted(m.iri for m in g.members) for g in groups) == shape
        assert sorted(g.links for g in groups) == sorted(g.links for g in expected) and n == compared


def test_only_events_sharing_a_blocking_key_are_compared(linker):
    kyiv = [ev(f"e{i}", f"k{i}", "Attack", place="ukraine_capital_kyiv", agent="russia", time="2024-05-10") for i in range(3)]
    far = [ev(f"e{i}", f"y{i}", "Attack", place="yemen", agent="houthis", time=f"2023-0{1 + i}-15") for i in range(3)]
    _groups, compared = cluster(kyiv + far, linker)
    assert compared == 3  # the three Kyiv pairs; the Yemen events share no key with anything


def test_two_spellings_of_one_town_are_one_place_by_their_points(linker):
    # Sudan: "El Fasher" and "Al Fasher", two gazetteer places at one point, unknown to the KB
    el, al = "https://w3id.org/kg-news/entity/place/el-fasher", "https://w3id.org/kg-news/entity/place/al-fasher"
    far = "https://w3id.org/kg-news/entity/place/nyala"
    linker.points.update({el: (13.62793, 25.34936), al: (13.62793, 25.34936), far: (12.05, 24.88)})
    a = ev("e1", "a", "Attack", agent="rsf", time="2025-04-11")
    a.places = {el}
    b = ev("e1", "b", "Attack", agent="rsf", time="2025-04-12")
    b.places = {al}
    c = ev("e2", "b", "Attack", agent="rsf", time="2025-04-11")
    c.places = {far}
    assert linker.keys(a) & linker.keys(b)
    why = linker.compare(a, b)
    assert why is not None and "place el-fasher ~ al-fasher" in why
    assert linker.compare(a, c) is None  # 180 km away: another town, another attack
