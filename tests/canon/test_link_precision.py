"""Precision of linking on unseen stories (issue 15): what keeps a report's mention of another
event, or a chain of links, from making one event of two. Invented reports of several crises,
written out as the store would give them (no model; the knowledge base is the shipped one)."""
from __future__ import annotations

from datetime import date

import pytest

from kg.canon import EventRecord, Linker, cluster
from kg.canon.records import story_contexts

KB = "https://w3id.org/kg-news/kb/"
PLACE = "https://w3id.org/kg-news/entity/place/"
ART = "https://w3id.org/kg-news/article/"


@pytest.fixture()
def linker() -> Linker:
    from kg.canon import default_linker

    return default_linker()


def ev(article: str, n: int, cls: str, *, places=(), agents=(), time=None, published=None,  # type: ignore[no-untyped-def]
       sentence=0, same_as=()) -> EventRecord:
    return EventRecord(
        iri=f"{ART}{article}/event/e{n}", article=f"{ART}{article}", classes={cls}, agents=set(agents),
        actors=set(agents), places=set(places), time=time, modality="Asserted", published=published,
        sentence=f"{ART}{article}#char={sentence},{sentence + 50}", same_as={f"{ART}{article}/event/e{k}" for k in same_as},
    )


def groups_of(recs: list[EventRecord], linker: Linker) -> list[set[str]]:
    return [{m.iri for m in g.members} for g in cluster(recs, linker)[0]]


def together(groups: list[set[str]], *recs: EventRecord) -> bool:
    return any({r.iri for r in recs} <= g for g in groups)


# ---------------------------------------------------------------- two villages, two days

def test_two_villages_on_two_days_are_two_events(linker):
    # Mali: gunmen raid one village on Sunday, another on Tuesday (two days: within the window)
    a = ev("ml-a", 1, "Attack", places={PLACE + "kelbourou"}, time="2022-06-12")
    b = ev("ml-b", 1, "Attack", places={PLACE + "toumandiri"}, time="2022-06-14")
    assert linker.conflict(a, b) == "local places apart on two days"
    # not: one raid on two villages of one day, one village dated a day apart, the village and a region
    assert linker.conflict(a, ev("ml-c", 1, "Attack", places={PLACE + "toumandiri"}, time="2022-06-12")) is None
    assert linker.conflict(a, ev("ml-d", 1, "Attack", places={PLACE + "kelbourou"}, time="2022-06-13")) is None
    assert linker.conflict(a, ev("ml-e", 1, "Attack", places={KB + "mali"}, time="2022-06-14")) is None
    assert linker.conflict(a, ev("ml-f", 1, "Attack", time="2022-06-14")) is None


def test_an_article_s_coreference_of_two_villages_on_two_days_is_refused(linker):
    # Mozambique: a report's coreference makes one of the raid on one village on the 3rd and
    # that on another on the 5th; a second report tells the first raid
    a1 = ev("mz-a", 1, "Attack", places={PLACE + "namuembe"}, time="2023-02-03", same_as=(2,))
    a2 = ev("mz-a", 2, "Attack", places={PLACE + "litapata"}, time="2023-02-05", same_as=(1,), sentence=200)
    b = ev("mz-b", 1, "Attack", places={PLACE + "namuembe"}, time="2023-02-03")
    groups = groups_of([a1, a2, b], linker)
    assert not together(groups, a1, a2)
    assert together(groups, a1, b)


def test_a_village_of_one_day_joins_the_raid_on_two_villages_of_that_day(linker):
    # Burundi: one report names both villages of one night's raid, another one of them
    a = ev("bi-a", 1, "Attack", places={PLACE + "gakwende", PLACE + "rubiriza"}, time="2023-09-08")
    b = ev("bi-b", 1, "Attack", places={PLACE + "rubiriza"}, time="2023-09-08")
    assert linker.conflict(a, b) is None and together(groups_of([a, b], linker), a, b)


# ---------------------------------------------------------------- a mention placed away from its story

def _stories(*recs: EventRecord) -> None:
    story_contexts({r.iri: r for r in recs})


def test_an_event_placed_away_from_its_story_is_not_made_one_by_it(linker):
    # Nigeria-like crisis, invented: a wire of the 9th reports an attack on the village of
    # Kowandi on the 8th and recalls the dead of "the raid on Zaradu" (undated); a UN statement
    # of the 9th gives the dead of the 8th in the country. The UN's dead are Kowandi's: the
    # wire's dead of Zaradu are of another story, though told in this one's report.
    w1 = ev("wire", 1, "Attack", places={PLACE + "kowandi"}, time="2024-05-08", published=date(2024, 5, 9))
    w2 = ev("wire", 2, "Casualties", places={PLACE + "kowandi"}, time="2024-05-08", published=date(2024, 5, 9), sentence=100)
    w3 = ev("wire", 3, "Casualties", places={PLACE + "zaradu"}, published=date(2024, 5, 9), sentence=200)
    u1 = ev("un", 1, "Attack", places={PLACE + "kowandi"}, time="2024-05-08", published=date(2024, 5, 9))
    u2 = ev("un", 2, "Casualties", places={KB + "nigeria"}, time="2024-05-08", published=date(2024, 5, 9), sentence=100)
    _stories(w1, w2, w3, u1, u2)
    assert not linker.of_its_story_place(w3) and linker.of_its_story_place(w2) and linker.of_its_story_place(u2)
    why, refusal = linker.decide(w3, u2)
    assert why is None and "placed away from its story's place" in refusal
    assert linker.story(w3, u2) is not None  # one story: refused for the place only
    groups = groups_of([w1, w2, w3, u1, u2], linker)
    assert not together(groups, w3, u2)


def test_a_story_placed_by_its_region_lends_itself_to_any_of_its_places(linker):
    # Sudan, invented villages: a report placed by the country only; its undated dead of one
    # village are still read in its story
    s1 = ev("sd-a", 1, "Attack", places={KB + "sudan"}, time="2024-07-01", published=date(2024, 7, 2))
    s2 = ev("sd-a", 2, "Casualties", places={PLACE + "um-kuraydim"}, published=date(2024, 7, 2), sentence=100)
    s3 = ev("sd-a", 3, "Attack", places={KB + "sudan"}, time="2024-07-01", published=date(2024, 7, 2), sentence=200)
    _stories(s1, s2, s3)
    assert linker.of_its_story_place(s2)


# ---------------------------------------------------------------- a mention stating nothing

def test_a_mention_stating_nothing_joins_one_group_and_never_bridges_two(linker):
    # Haiti-like, invented: two reports of one day tell of gang attacks on two neighbourhoods
    # not known to be one; a third report of the day, on the toll of the day's violence in the
    # capital, tells of "the attack" (no place, no doer, no day). Its story could lend "the attack"
    # to either: it joins one, and the two attacks stay two.
    day, capital = date(2024, 4, 2), {KB + "haiti", KB + "haiti_capital_port_au_prince"}
    linker.points[PLACE + "bel-oranger"] = (18.40, -72.20)  # their gazetteer points, 33 km apart
    linker.points[PLACE + "morne-rouge"] = (18.70, -72.20)
    a = ev("ht-a", 1, "Attack", places={PLACE + "bel-oranger"}, time="2024-04-02", published=day)
    b = ev("ht-b", 1, "Attack", places={PLACE + "morne-rouge"}, time="2024-04-02", published=day)
    c = ev("ht-c", 1, "Attack", published=day)
    c2 = ev("ht-c", 2, "Condemnation", agents={KB + "haiti"}, time="2024-04-02", published=day, sentence=100)
    c3 = ev("ht-c", 3, "Casualties", places={KB + "haiti"}, time="2024-04-02", published=day, sentence=200)
    recs = [a, b, c, c2, c3]
    story_contexts({r.iri: r for r in recs}, {r.article: set(capital) for r in recs})
    assert linker.compare(a, b) is None  # two neighbourhoods: not one on what they state, nor in one story
    assert linker.compare(a, c) and linker.compare(b, c)  # "the attack" may be either
    groups = groups_of(recs, linker)
    assert not together(groups, a, b)
    assert together(groups, a, c) or together(groups, b, c)


# ---------------------------------------------------------------- classes of one group

@pytest.mark.parametrize(("first", "second", "town", "day"), [
    ("AirStrike", "Bombing", "somalia_capital_mogadishu", "2023-01-15"),  # a strike and a car bomb in one city on one day
    ("Shelling", "AirStrike", "haiti_capital_port_au_prince", "2024-02-03"),  # shelling and an air raid on one city
])
def test_a_chain_through_the_attack_never_joins_two_sibling_classes(linker, first, second, town, day):
    # report A tells of the first, report B of the second, report C of "an attack" in the city
    # that day: C may be either, and joins one; the first and the second stay two
    a = ev("x-a", 1, first, places={KB + town}, time=day)
    b = ev("x-b", 1, second, places={KB + town}, time=day)
    c = ev("x-c", 1, "Attack", places={KB + town}, time=day)
    assert linker.compare(a, b) is None and linker.compare(a, c) and linker.compare(b, c)
    assert linker.classes_apart(a, b) and not linker.classes_apart(a, c)
    groups = groups_of([a, b, c], linker)
    assert not together(groups, a, b)
    assert together(groups, a, c) or together(groups, b, c)


def test_one_village_on_one_day_joins_an_air_strike_and_a_shelling(linker):
    # Myanmar-like, invented: one report says the village was bombed from the air, another that
    # it was shelled, on one day: one event (the test of two sibling classes), whatever the chain
    a = ev("mm-a", 1, "AirStrike", places={PLACE + "hpa-yar-gyi"}, time="2023-08-20")
    b = ev("mm-b", 1, "Shelling", places={PLACE + "hpa-yar-gyi"}, time="2023-08-20")
    assert not linker.classes_apart(a, b)
