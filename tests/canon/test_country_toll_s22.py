"""Session 22 (issue 15): a statement's toll placed by its country alone is the toll it told before.

"The attack resulted in the deaths of at least 21 people ... The members of the Security Council
expressed their condolences to the families of all the victims, including law enforcement
officials who perished during the course of their duties, and to the Government of the country,
and wished a speedy and full recovery to those who were injured" (a Council press statement):
the extraction places "perished" and "injured" at the country whose government the sentence
names, with no day; read so, they were neither lone mentions (they state a place) nor linked to
any other report's toll (a country is evidence of nothing: 12 missed pairs on the dev2 Dagestan
story). kg/canon/anaphora.py ``join_lone_mentions``: a toll placed by one country alone, told
in a sentence of tolls only, whose candidates (the tolls told before it) all lie in that country
as the knowledge base says, is a lone mention of them.

Must not fire: the candidates placed in another country; a toll beside an event that is no toll
("three people were killed in Kenya in a second attack" style: another event in the sentence);
an attack (not a toll) placed by its country.

Invented reports of several crises (Kenya, Nigeria, Pakistan), written out as the store would
give them (no model; the knowledge base is the shipped one)."""
from __future__ import annotations

import pytest

from kg.canon import EventRecord
from kg.canon.anaphora import join_lone_mentions
from kg.canon.records import share_within_articles

KB = "https://w3id.org/kg-news/kb/"
ART = "https://w3id.org/kg-news/article/"

# (crisis, the region the attack and its toll are told at, its country, another country)
CRISES = [
    ("ke", KB + "kenya_wajir_54", KB + "kenya", KB + "somalia"),
    ("ng", KB + "nigeria_plateau_49", KB + "nigeria", KB + "niger"),
    ("pk", KB + "pakistan_khyber_pakhtunkhwa_03", KB + "pakistan", KB + "afghanistan"),
]


def ev(article: str, n: int, cls: str, *, places=(), time=None, sentence=0, label="", modality="Asserted") -> EventRecord:  # type: ignore[no-untyped-def]
    return EventRecord(
        iri=f"{ART}{article}/event/e{n}", article=f"{ART}{article}", classes={cls}, places=set(places), time=time,
        modality=modality, sentence=f"{ART}{article}#char={sentence},{sentence + 50}", label=label or cls.lower(),
    )


def statement(name: str, region: str, country: str, *, beside: str | None = None, cls: str = "Casualties") -> list[EventRecord]:
    """A Council statement: the attack in ``region`` on a day, its dead there, then a sentence of
    condolences whose "perished" and "injured" the extraction placed at ``country``."""
    out = [
        ev(name, 1, "Attack", places={region}, time="2024-06-23", sentence=0, label="attack"),
        ev(name, 2, "Casualties", places={region}, time="2024-06-23", sentence=0, label="deaths"),
        ev(name, 3, cls, places={country}, sentence=100, label="perished" if cls == "Casualties" else "attack"),
        ev(name, 4, "Casualties", places={country}, sentence=100, label="injured"),
    ]
    if beside is not None:
        out.append(ev(name, 5, beside, places={country}, sentence=100, label=beside.lower()))
    return out


def read(recs: list[EventRecord]) -> dict[str, EventRecord]:
    by = {r.iri: r for r in recs}
    share_within_articles(by)
    join_lone_mentions(by)
    return by


@pytest.mark.parametrize(("crisis", "region", "country", "other"), CRISES)
def test_a_country_toll_of_a_statement_is_the_toll_told_before(crisis, region, country, other):
    recs = statement(f"sc-{crisis}", region, country)
    read(recs)
    deaths, perished, injured = recs[1], recs[2], recs[3]
    for r in (perished, injured):
        assert r.places == {region} and r.time == "2024-06-23", (r.label, r.places, r.time)
    assert deaths.iri in perished.same_as and deaths.iri in injured.same_as


@pytest.mark.parametrize(("crisis", "region", "country", "other"), CRISES)
def test_not_when_the_toll_told_before_lies_in_another_country(crisis, region, country, other):
    recs = statement(f"sc-{crisis}", region, other)
    read(recs)
    assert recs[2].places == {other} and not recs[2].same_as, (recs[2].places, recs[2].same_as)


@pytest.mark.parametrize(("crisis", "region", "country", "other"), CRISES)
def test_not_beside_another_event_of_its_sentence(crisis, region, country, other):
    recs = statement(f"sc-{crisis}", region, country, beside="Bombing")
    read(recs)
    assert recs[3].places == {country} and not recs[3].same_as, (recs[3].places, recs[3].same_as)


@pytest.mark.parametrize(("crisis", "region", "country", "other"), CRISES)
def test_not_an_attack_placed_by_its_country(crisis, region, country, other):
    recs = statement(f"sc-{crisis}", region, country, cls="Attack")
    read(recs)
    assert recs[2].places == {country} and not recs[2].same_as, (recs[2].places, recs[2].same_as)
