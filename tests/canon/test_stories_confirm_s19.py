"""Session 19 (issue 15): two mentions of one story's event that share nothing they state are
one when each states what the other's story is about (kg/canon/story.py ``stories_confirm``,
kg/canon/link.py ``decide``): "al-Shabaab fighters stopped the convoy" in a report that places
the attack by its story alone, and "the attack near the town" in the next day's report, which
names no doer for it while its story's doer is al-Shabaab. Records of several crises (Somalia,
Mali, DR Congo) written out as the store gives them (no model; the shipped knowledge base);
must not link: two mentions stating nothing, a doer not the other story's, a place away from
the other story's."""
from __future__ import annotations

from datetime import date

import pytest

from kg.canon import EventRecord, Linker
from kg.canon.link import STORY_LINK
from kg.canon.records import story_contexts

KB = "https://w3id.org/kg-news/kb/"
PLACE = "https://w3id.org/kg-news/entity/place/"
ART = "https://w3id.org/kg-news/article/"


@pytest.fixture(scope="module")
def linker() -> Linker:
    from kg.canon import default_linker

    return default_linker()


def ev(article: str, n: int, cls: str, *, places=(), agents=(), actors=(), time=None, published=None,  # type: ignore[no-untyped-def]
       sentence=0) -> EventRecord:
    return EventRecord(iri=f"{ART}{article}/event/e{n}", article=f"{ART}{article}", classes={cls}, agents=set(agents),
                       actors=set(actors) | set(agents), places=set(places), time=time, modality="Asserted",
                       published=published, sentence=f"{ART}{article}#char={sentence},{sentence + 50}")


# (crisis, the doer, the town, a town far from it, the day, the first report's lead places, the second's)
CRISES = [
    ("somalia", KB + "al_shabaab", PLACE + "bulo-burde", PLACE + "garowe", date(2023, 6, 4)),
    ("mali", KB + "jnim", PLACE + "dioura", PLACE + "kayes", date(2022, 8, 7)),
    ("drc", KB + "adf", PLACE + "lubero", PLACE + "uvira", date(2024, 6, 8)),
]


def _reports(crisis: str, doer: str, town: str, day: date, *, doer_only=(), place_only=()):  # type: ignore[no-untyped-def]
    """Two reports of one attack: the first dated and placed in its lead, its doer named; the
    second of the next day naming the town and the doer in its lead. ``doer_only``: the first
    report's mention (e9) states these agents alone; ``place_only``: the second's (e9) these places alone."""
    t, nxt = day.isoformat(), day.replace(day=day.day + 1)
    a = [ev(f"{crisis}-a", 1, "Attack", places={town}, agents={doer}, time=t, published=day, sentence=0),
         ev(f"{crisis}-a", 2, "Casualties", places={town}, time=t, published=day, sentence=0),
         ev(f"{crisis}-a", 9, "Attack", agents=set(doer_only), published=day, sentence=300)]
    b = [ev(f"{crisis}-b", 1, "Attack", places={town}, agents={doer}, time=t, published=nxt, sentence=0),
         ev(f"{crisis}-b", 2, "Casualties", places={town}, agents={doer}, time=t, published=nxt, sentence=0),
         ev(f"{crisis}-b", 9, "Attack", places=set(place_only), published=nxt, sentence=400)]
    records = {r.iri: r for r in a + b}
    story_contexts(records)
    return records[f"{ART}{crisis}-a/event/e9"], records[f"{ART}{crisis}-b/event/e9"]


@pytest.mark.parametrize(("crisis", "doer", "town", "far", "day"), CRISES)
def test_a_doer_and_a_place_each_of_the_others_story_make_one_event(linker, crisis, doer, town, far, day):
    a, b = _reports(crisis, doer, town, day, doer_only={doer}, place_only={town})
    why, refusal = linker.decide(a, b)
    assert why is not None and STORY_LINK in why, refusal


@pytest.mark.parametrize(("crisis", "doer", "town", "far", "day"), CRISES)
def test_mentions_stating_nothing_are_not_made_one(linker, crisis, doer, town, far, day):
    a, b = _reports(crisis, doer, town, day)
    why, refusal = linker.decide(a, b)
    assert why is None and "sharing nothing they state" in refusal


@pytest.mark.parametrize(("crisis", "doer", "town", "far", "day"), CRISES)
def test_one_side_confirmed_only_is_not_enough(linker, crisis, doer, town, far, day):
    a, b = _reports(crisis, doer, town, day, doer_only={doer})  # the second states nothing
    assert linker.decide(a, b)[0] is None
    a, b = _reports(crisis, doer, town, day, place_only={town})  # the first states nothing
    assert linker.decide(a, b)[0] is None


@pytest.mark.parametrize(("crisis", "doer", "town", "far", "day"), CRISES)
def test_a_doer_or_place_not_the_other_storys_is_no_confirmation(linker, crisis, doer, town, far, day):
    other = KB + ("boko_haram" if doer != KB + "boko_haram" else "ttp")
    a, b = _reports(crisis, doer, town, day, doer_only={other}, place_only={town})
    assert linker.decide(a, b)[0] is None
    a, b = _reports(crisis, doer, town, day, doer_only={doer}, place_only={far})
    assert linker.decide(a, b)[0] is None
