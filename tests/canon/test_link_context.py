"""The linking rules of kg/canon/link.py for places and actors the knowledge base lacks, and
the evidence they give, on events of several crises (no model: the records are written out
as the store would give them; the knowledge base is the shipped one)."""
from __future__ import annotations

from datetime import date

import pytest

from kg.canon import EventRecord, Linker
from kg.canon.link import APART, SAME, UNKNOWN

KB = "https://w3id.org/kg-news/kb/"
PLACE = "https://w3id.org/kg-news/entity/place/"
ORG = "https://w3id.org/kg-news/entity/organization/"
PERSON = "https://w3id.org/kg-news/entity/person/"


@pytest.fixture()
def linker() -> Linker:
    from kg.canon import default_linker

    return default_linker()  # a fresh one: the tests give it points of their own


def ev(article: str, cls: str, *, places: set[str] = frozenset(), agents: set[str] = frozenset(),  # type: ignore[assignment]
       actors: set[str] = frozenset(), time: str | None = None, published: date | None = None,  # type: ignore[assignment]
       modality: str = "Asserted", n: int = 1) -> EventRecord:
    return EventRecord(
        iri=f"https://w3id.org/kg-news/article/{article}/event/e{n}", article=f"https://w3id.org/kg-news/article/{article}",
        classes={cls}, agents=set(agents), actors=set(actors) | set(agents), places=set(places), time=time,
        modality=modality, published=published,
    )


def test_a_gazetteer_town_lies_in_the_country_of_the_nearest_region(linker):
    # Sudan: a camp near El Fasher; Niger: a village of Tillaberi; Myanmar: a village of Sagaing
    linker.points.update({PLACE + "abu-shouk": (13.66, 25.33), PLACE + "tchoma-bangou": (14.39, 1.47),
                          PLACE + "pazigyi": (23.004, 95.92)})
    assert linker.chain(PLACE + "abu-shouk")[-1] == KB + "sudan"
    assert linker.chain(PLACE + "tchoma-bangou")[-1] == KB + "niger"
    assert linker.chain(PLACE + "pazigyi")[-1] == KB + "myanmar"
    assert linker.nested(PLACE + "abu-shouk", KB + "sudan") and not linker.nested(PLACE + "abu-shouk", KB + "chad")
    assert linker.country_of_point(0.0, -30.0) is None  # the middle of the Atlantic: no country


def test_how_places_relate(linker):
    linker.points.update({PLACE + "zamzam": (13.50, 25.27), PLACE + "nyala-town": (12.05, 24.88),
                          PLACE + "tchombangou": (14.39, 1.47), PLACE + "goma-town": (-1.68, 29.22)})
    assert linker.place_relation(PLACE + "zamzam", KB + "sudan") == SAME  # within
    assert linker.place_relation(PLACE + "zamzam", PLACE + "nyala-town") == APART  # two points 160 km apart
    assert linker.place_relation(PLACE + "zamzam", PLACE + "goma-town") == APART  # Sudan and DR Congo
    assert linker.place_relation(KB + "yemen", KB + "sudan") == APART  # two countries
    # a village and a region of its country: maybe within, maybe not; nothing known of a gate
    assert linker.place_relation(PLACE + "tchombangou", KB + "niger_tillaberi_09") in (SAME, UNKNOWN)
    assert linker.place_relation(PLACE + "republican-palace-gate", KB + "sudan_capital_khartoum") == UNKNOWN


def test_two_spellings_of_one_village_or_one_name_are_one(linker):
    linker.points.update({PLACE + "tchoma-bangou": (14.39, 1.47), PLACE + "tchombangou": (13.86, 1.57)})
    assert linker.spelled_alike(PLACE + "tchoma-bangou", PLACE + "tchombangou")  # Niger, 60 km between the two points
    assert linker.place_relation(PLACE + "tchoma-bangou", PLACE + "tchombangou") == SAME
    assert linker.spelled_alike(PERSON + "mohamed-bazoum", PERSON + "mohammed-bazoum")
    assert not linker.spelled_alike(PERSON + "mohamed-bazoum", PLACE + "mohamed-bazoum")  # a person is no place
    assert not linker.spelled_alike(PLACE + "beledweyne", PLACE + "beletweyne-x")
    # an article's "gunmen" and another's are nobody in particular
    assert not linker.spelled_alike("https://w3id.org/kg-news/article/a/group/gunmen", "https://w3id.org/kg-news/article/b/group/gunmen")


def test_an_organisation_the_kb_lacks_belongs_to_the_one_its_name_begins_with(linker):
    assert linker.affiliation(ORG + "myanmar-air-force") == KB + "myanmar"
    assert linker.affiliation(ORG + "somali-national-army") == KB + "somalia"  # by the demonym
    assert linker.agent_relation(ORG + "myanmar-air-force", KB + "myanmar") == SAME
    assert linker.affiliation(ORG + "people-s-administration-office") is None
    assert linker.agent_relation(KB + "fardc", KB + "m23") == APART  # both known, neither the other's
    assert linker.agent_relation("https://w3id.org/kg-news/article/a/group/gunmen", KB + "is_sahel") == UNKNOWN


def test_an_unknown_agent_does_not_veto_but_two_known_ones_do(linker):
    # Niger, 2 January 2021: "gunmen" in one report, the Islamic State in the Greater Sahara in another
    linker.points.update({PLACE + "tchoma-bangou": (14.39, 1.47), PLACE + "tchombangou": (13.86, 1.57)})
    a = ev("a", "Attack", places={PLACE + "tchoma-bangou"}, agents={KB + "is_sahel"}, time="2021-01-02")
    b = ev("b", "Attack", places={PLACE + "tchombangou"}, agents={"https://w3id.org/kg-news/article/b/group/gunmen"}, time="2021-01-02")
    assert linker.compare(a, b) is not None
    c = ev("c", "Attack", places={PLACE + "tchombangou"}, agents={KB + "jnim"}, time="2021-01-02")
    assert linker.compare(a, c) is not None  # one village, one day, blamed on two: one attack, its agent disputed
    d = ev("d", "Attack", places={KB + "niger"}, agents={KB + "jnim"}, time="2021-01-02")
    assert linker.compare(a, d) is None  # ISGS and JNIM, the village and the country: two attacks
    # Sudan: a state's army and the rebels it fights are two agents, though the knowledge
    # base places both in Sudan; the army is the state's
    e = ev("e", "Attack", places={KB + "sudan_northern_darfur_55"}, agents={KB + "rsf"}, time="2024-06-09")
    f = ev("f", "Attack", places={KB + "sudan_northern_darfur_55"}, agents={KB + "saf"}, time="2024-06-09")
    g = ev("g", "Attack", places={KB + "sudan_northern_darfur_55"}, agents={KB + "sudan"}, time="2024-06-09")
    assert linker.compare(e, f) is None and linker.compare(e, g) is None and linker.compare(f, g) is not None


def test_a_village_counts_twice_a_country_once(linker):
    # Myanmar: two undated mentions of an airstrike, a week apart in publication: one village
    # is enough, one country is not
    linker.points.update({PLACE + "pazigyi": (23.004, 95.92)})
    a = ev("a", "AirStrike", places={PLACE + "pazigyi"}, published=date(2023, 4, 12))
    b = ev("b", "AirStrike", places={PLACE + "pazigyi"}, published=date(2023, 4, 13))
    why = linker.compare(a, b)
    assert why is not None and "local place pazigyi" in why
    c = ev("c", "AirStrike", places={KB + "myanmar"}, published=date(2023, 4, 12))
    d = ev("d", "AirStrike", places={KB + "myanmar"}, published=date(2023, 4, 13))
    assert linker.compare(c, d) is None


def test_an_undated_event_in_a_report_of_the_day_or_the_next_is_news_of_that_day(linker):
    # Kashmir, 22 April 2025: a statement dated that day, a story of the same day saying "the attack"
    a = ev("a", "Attack", places={KB + "india_jammu_and_kashmir_12"}, time="2025-04-22", published=date(2025, 4, 22))
    b = ev("b", "Attack", places={KB + "india_jammu_and_kashmir_12"}, published=date(2025, 4, 23))
    why = linker.compare(a, b)
    assert why is not None and "reported 2025-04-23 of 2025-04-22" in why
    late = ev("c", "Attack", places={KB + "india_jammu_and_kashmir_12"}, published=date(2025, 4, 26))
    assert linker.compare(a, late) is None  # three days later: a place alone is not enough


def test_a_massacre_and_an_attack_are_one_only_in_one_village_on_one_day(linker):
    linker.points.update({PLACE + "solhan-x": (13.42, 0.90)})
    massacre = ev("a", "MassViolence", places={PLACE + "solhan-x"}, time="2021-06-05")
    attack = ev("b", "Attack", places={PLACE + "solhan-x"}, time="2021-06-05")
    assert linker.compare(massacre, attack) is not None
    # Sudan: an offensive and an air strike by the RSF the same day in the country: two events
    offensive = ev("c", "MilitaryOperation", places={KB + "sudan"}, agents={KB + "rsf"}, time="2025-04-11")
    strike = ev("d", "AirStrike", places={KB + "sudan"}, agents={KB + "rsf"}, time="2025-04-11")
    assert linker.compare(offensive, strike) is None
    # a massacre and an arrest are no family
    arrest = ev("e", "Arrest", places={PLACE + "solhan-x"}, time="2021-06-05")
    assert linker.compare(massacre, arrest) is None


def test_casualty_counts_of_one_attack_are_one_event(linker):
    # DR Congo: "killed at least 30" and "killing 34" on one day by one group: one event (so
    # that a story counts its dead once; the figures are set side by side as claims)
    a = ev("a", "Casualties", places={KB + "dr_congo"}, agents={KB + "m23"}, time="2025-01-23")
    b = ev("b", "Killing", places={KB + "dr_congo"}, agents={KB + "m23"}, time="2025-01-23")
    assert linker.linkable(a) and linker.linkable(b) and linker.compare(a, b) is not None
    # ... but not the dead of another month
    c = ev("c", "Casualties", places={KB + "dr_congo"}, agents={KB + "m23"}, time="2025-03-02")
    assert linker.compare(a, c) is None


def _groups(linker, records):  # type: ignore[no-untyped-def]
    from kg.canon.graph import cluster

    groups, _pairs = cluster(records, linker)
    return sorted(sorted(m.iri.split("/article/")[1] for m in g.members) for g in groups)


def test_a_chain_of_links_never_makes_one_event_of_two_an_article_tells_apart(linker):
    day = "2025-04-12"
    # Sudan: one article quotes the army and the government the same day; another quotes
    # "Sudan": its statement may be either one's, never both (two things said are two statements)
    said = [ev("a", "Statement", agents={KB + "sudan"}, time=day, n=1),
            ev("a", "Statement", agents={KB + "saf"}, time=day, n=2),
            ev("b", "Statement", agents={KB + "sudan"}, time=day)]
    assert linker.compare(said[0], said[2]) and linker.compare(said[1], said[2])  # each alone links
    groups = _groups(linker, said)
    assert not any({"a/event/e1", "a/event/e2"} <= set(g) for g in groups), groups
    assert ["a/event/e1", "b/event/e1"] in groups  # the strongest (then first) link is kept
    # Ukraine: an article tells an attack by Russia and one by Ukraine in one region on one
    # day; a report naming no attacker links to either, not to both
    hits = [ev("c", "Attack", agents={KB + "russia"}, places={KB + "ukraine"}, time=day, n=1),
            ev("c", "Attack", agents={KB + "ukraine"}, places={KB + "ukraine"}, time=day, n=2),
            ev("d", "Attack", places={KB + "ukraine"}, time=day)]
    assert not any({"c/event/e1", "c/event/e2"} <= set(g) for g in _groups(linker, hits))
    # DR Congo: "the offensive" twice in one article (not marked one by the article), both
    # M23's: a third report joins them all, as the article's agents agree
    offensive = [ev("e", "MilitaryOperation", agents={KB + "m23"}, places={KB + "dr_congo"}, time=day, n=1),
                 ev("e", "MilitaryOperation", agents={KB + "m23"}, places={KB + "dr_congo"}, time=day, n=2),
                 ev("f", "MilitaryOperation", agents={KB + "m23"}, places={KB + "dr_congo"}, time=day)]
    assert _groups(linker, offensive) == [["e/event/e1", "e/event/e2", "f/event/e1"]]


def test_the_coarser_the_place_the_closer_the_time(linker):
    # Pakistan: the dead of a bombing in Balochistan on the 9th, of a raid "in Pakistan" on
    # the 10th: a country and a province in it agree only on one day
    linker.points.update({PLACE + "quetta": (30.19, 67.01)})
    province = KB + "pakistan_balochistan_02"
    bombing = ev("a", "Casualties", places={province}, time="2024-11-09")
    assert linker.compare(bombing, ev("b", "Casualties", places={KB + "pakistan"}, time="2024-11-10")) is None
    why = linker.compare(bombing, ev("c", "Casualties", places={KB + "pakistan"}, time="2024-11-09"))
    assert why is not None and "place pakistan_balochistan_02 ~ pakistan" in why
    # one town (or one province) both name: within the days' window, as before
    assert linker.compare(bombing, ev("d", "Casualties", places={province}, time="2024-11-10")) is not None
    town = ev("e", "Casualties", places={PLACE + "quetta"}, time="2024-11-09")
    assert linker.compare(town, ev("f", "Casualties", places={PLACE + "quetta"}, time="2024-11-10")) is not None
    # Yemen: one country both name and nothing finer is no evidence, even on one day
    strikes = ev("g", "Attack", places={KB + "yemen"}, time="2024-01-12")
    assert linker.compare(strikes, ev("h", "Attack", places={KB + "yemen"}, time="2024-01-12")) is None


def test_a_place_read_as_an_agent_is_none_and_a_region_named_group_is_not_the_state(linker):
    # Kharkiv: "the strike on Kharkiv, which killed ..." read with the city as the agent
    linker.points.update({PLACE + "kharkiv": (49.99, 36.23)})
    a = ev("a", "Casualties", agents={PLACE + "kharkiv"}, time="2024-05-25")
    b = ev("b", "Casualties", agents={KB + "ukraine"}, time="2024-05-25")
    assert linker.compare(a, b) is None  # no agent evidence, no veto: a day alone
    # Pakistan: the Balochistan Liberation Army is of Balochistan, not of the Pakistani state
    bla = ORG + "balochistan-liberation-army"
    assert linker.agent_relation(bla, KB + "pakistan") != SAME
    assert KB + "pakistan" not in linker.chain(bla)


def test_statements_of_two_days_and_sibling_classes_of_two_days_are_two(linker):
    # "US officials said" in a report of the 12th and "the US military said" in one of the 13th
    a = ev("a", "Statement", agents={KB + "usa"}, places={KB + "yemen"}, time="2024-01-12")
    b = ev("b", "Statement", agents={KB + "usa"}, places={KB + "yemen"}, time="2024-01-13")
    assert linker.compare(a, b) is None
    assert linker.compare(a, ev("c", "Statement", agents={KB + "usa"}, time="2024-01-12")) is not None
    # Sudan: an air strike on El Fasher on the 10th and shelling of its hospital on the 9th
    linker.points.update({PLACE + "el-fasher": (13.63, 25.35), PLACE + "saudi-hospital": (13.63, 25.35)})
    strike = ev("d", "AirStrike", places={PLACE + "el-fasher"}, time="2024-06-10")
    shelling = ev("e", "Shelling", places={PLACE + "saudi-hospital"}, time="2024-06-09")
    assert linker.compare(strike, shelling) is None
    # Niger: massacres and an attack in one village on one day are one
    linker.points.update({PLACE + "tchoma-bangou": (14.39, 1.47), PLACE + "tchombangou": (14.39, 1.47)})
    assert linker.compare(ev("f", "MassViolence", places={PLACE + "tchoma-bangou"}, time="2021-01-02"),
                          ev("g", "Attack", places={PLACE + "tchombangou"}, time="2021-01-02")) is not None
