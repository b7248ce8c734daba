"""Session 21 (issue 15): the plural tells a whole from its parts.

* One article telling "the attacks in the city" (a plural) and a bombing at a site of the city
  tells a whole and its part (kg/canon/link.py ``site_in_town``); one telling "the group
  attacked a convoy in the region" and then "the group attacked a convoy between two towns"
  (a singular, a region and a doer both state: ``restated``) tells one attack twice, named by
  its region and by its towns: a chain of links through another report joins them; "a
  helicopter then fired" in the country beside the air strike on a village stays its part.
* "The attacks in the city" of one report is none of two bombings another report tells at two
  sites of the city (kg/canon/apart.py ``one_of_several``, kg/canon/graph.py ``cluster``).

Records of invented reports (Kenya, Mali, Burkina Faso; Kenya, Nigeria, Pakistan) as the store
gives them (no model): towns and sites the knowledge base lacks, at the point their article
lent them (the region's, the city's)."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from kg.canon import EventRecord, Linker, cluster

KB = "https://w3id.org/kg-news/kb/"
ENT = "https://w3id.org/kg-news/entity/"


@pytest.fixture(scope="module")
def linker() -> Linker:
    from kg.canon import default_linker

    return default_linker()


def ev(iri: str, article: str, cls: str, label: str, *, places: set[str], time: str,
       agents: set[str] | None = None) -> EventRecord:
    return EventRecord(
        iri=f"https://w3id.org/kg-news/article/{article}/event/{iri}", article=f"https://w3id.org/kg-news/article/{article}",
        classes={cls}, label=label, agents=set(agents or ()), actors=set(agents or ()), places=places,
        time=time, modality="Asserted",
    )


@contextmanager
def lent(linker: Linker, where: str, *sites: str) -> Iterator[list[str]]:
    """Places the knowledge base lacks, at the point of ``where`` (a knowledge-base place) their
    article lent them."""
    if linker.kb.get(KB + where) is None or linker.point(KB + where) is None:
        pytest.skip(f"{where} not in the knowledge base")
    iris = [f"{ENT}place/{s}" for s in sites]
    try:
        for iri in iris:
            linker.points[iri] = linker.point(KB + where)  # type: ignore[assignment]
            linker.borrowed.add(iri)
        yield iris
    finally:
        for iri in iris:
            linker.points.pop(iri, None)
            linker.borrowed.discard(iri)
            linker._chains.pop(iri, None)


def _together(groups, *records: EventRecord) -> bool:  # type: ignore[no-untyped-def]
    return any({r.iri for r in records} <= {m.iri for m in g.members} for g in groups)


REGIONS = [  # (story, a region of the knowledge base, the towns its article lends the region's point, the day)
    ("garissa", "kenya_garissa_16", ("dadaab-town-s21", "hulugho-town-s21"), "2024-06-14"),
    ("mopti", "mali_mopti_04", ("bandiagara-town-s21", "bankass-town-s21"), "2023-12-03"),
    ("sahel", "burkina_faso_sahel_12", ("djibo-town-s21", "arbinda-town-s21"), "2024-08-24"),
]


@pytest.mark.parametrize(("story", "region", "towns", "day"), REGIONS)
def test_one_attack_told_by_its_region_and_by_its_towns_is_one(linker, story, region, towns, day):
    group = f"{ENT}organization/armed-group-{story}-s21"
    with lent(linker, region, *towns) as (town_a, town_b):
        # "the group early Saturday attacked a convoy carrying food in the region ... officials
        # say the group attacked a humanitarian convoy between A and B"
        in_region = ev("e1", f"{story}-a", "Attack", "attacked", places={KB + region}, time=day, agents={group})
        at_towns = ev("e2", f"{story}-a", "Attack", "attacked", places={town_a, town_b}, time=day, agents={group})
        assert not linker.site_in_town(at_towns, in_region)
        # "an attack that claimed the lives of civilians" in the region, "killing 17 people" between
        # the towns: a toll's plural names people, not several events
        lives = ev("e3", f"{story}-a", "Casualties", "lives", places={KB + region}, time=day, agents={group})
        killed = ev("e4", f"{story}-a", "Casualties", "killing", places={town_a, town_b}, time=day, agents={group})
        assert not linker.site_in_town(killed, lives)
        other = ev("e1", f"{story}-b", "Attack", "attack", places={town_a}, time=day, agents={group})
        groups, _n = cluster([in_region, at_towns, other], linker)
        assert _together(groups, in_region, at_towns, other), [[m.iri for m in g.members] for g in groups]


@pytest.mark.parametrize(("story", "region", "towns", "day"), REGIONS)
def test_the_attacks_in_the_region_and_one_at_its_towns_stay_two(linker, story, region, towns, day):
    group = f"{ENT}organization/armed-group-{story}-s21"
    with lent(linker, region, *towns) as (town_a, town_b):
        whole = ev("e1", f"{story}-a", "Attack", "attacks", places={KB + region}, time=day, agents={group})
        part = ev("e2", f"{story}-a", "Attack", "attacked", places={town_a, town_b}, time=day, agents={group})
        assert linker.site_in_town(part, whole)
        other = ev("e1", f"{story}-b", "Attack", "attack", places={town_a}, time=day, agents={group})
        groups, _n = cluster([whole, part, other], linker)
        assert not _together(groups, whole, part)


@pytest.mark.parametrize(("story", "region", "towns", "day"), REGIONS)
def test_a_singular_whole_stating_nothing_of_the_part_stays_its_whole(linker, story, region, towns, day):
    country = linker.kb.get(KB + region).country  # type: ignore[union-attr]
    with lent(linker, region, *towns) as (town_a, _town_b):
        # "the air force dropped bombs on the gathering at A ... afterwards, a helicopter fired on
        # civilians" (placed by its country only, no doer): a part of the strike, not the strike told again
        strike = ev("e1", f"{story}-a", "AirStrike", "dropped", places={town_a}, time=day, agents={f"{ENT}organization/air-force-{story}-s21"})
        fired = ev("e2", f"{story}-a", "AirStrike", "fired", places={country}, time=day)
        assert not linker.restated(strike, fired)
        assert linker.site_in_town(strike, fired)


CITIES = [  # (story, the city, its two sites, the day)
    ("nairobi", "kenya_capital_nairobi", ("terminal-s21", "mall-s21"), "2024-02-12"),
    ("abuja", "nigeria_capital_abuja", ("market-s21", "church-s21"), "2023-09-03"),
    ("islamabad", "pakistan_capital_islamabad", ("interchange-s21", "court-s21"), "2024-05-19"),
]


@pytest.mark.parametrize(("story", "city", "sites", "day"), CITIES)
def test_the_attacks_in_the_city_are_none_of_two_bombings_told_apart(linker, story, city, sites, day):
    with lent(linker, city, *sites) as (site_a, site_b):
        # an encyclopedia: "two bombs exploded at A ... one at B, an hour later"; a statement of the
        # day: "the attacks in <city> today"
        first = ev("e1", f"{story}-a", "Bombing", "exploded", places={site_a}, time=day)
        second = ev("e2", f"{story}-a", "Bombing", "bomb", places={site_b}, time=day)
        attacks = ev("e1", f"{story}-b", "Attack", "attacks", places={KB + city}, time=day)
        assert linker.one_of_several(attacks, first, [first, second, attacks]) is second
        refused: list[tuple[str, str, str]] = []
        groups, _n = cluster([first, second, attacks], linker, refused)
        assert not _together(groups, attacks, first) and not _together(groups, attacks, second)
        assert any("one of several" in why for _a, _b, why in refused)
        # another statement's "the attacks in <city>" is still the first's
        again = ev("e1", f"{story}-c", "Attack", "attacks", places={KB + city}, time=day)
        groups, _n = cluster([first, second, attacks, again], linker)
        assert _together(groups, attacks, again)


@pytest.mark.parametrize(("story", "city", "sites", "day"), CITIES)
def test_nothing_tells_several_apart(linker, story, city, sites, day):
    with lent(linker, city, *sites) as (site_a, _site_b):
        at_site = ev("e1", f"{story}-a", "Bombing", "bombing", places={site_a}, time=day)
        # one site told of: "the attacks in <city>" may be that bombing
        attacks = ev("e1", f"{story}-b", "Attack", "attacks", places={KB + city}, time=day)
        assert linker.one_of_several(attacks, at_site, [at_site, attacks]) is None
        # a singular "the attack in <city>" names no several events
        attack = ev("e1", f"{story}-c", "Attack", "attack", places={KB + city}, time=day)
        other = ev("e2", f"{story}-a", "Bombing", "bombing", places={_site_b}, time=day)
        assert linker.one_of_several(attack, at_site, [at_site, other, attack]) is None
        groups, _n = cluster([at_site, attacks], linker)
        assert _together(groups, at_site, attacks)
