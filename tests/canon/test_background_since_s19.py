"""Session 19 (issue 15): a sentence's place and time are those of the events it tells of
(kg/canon/records.py ``share_within_articles``, step 2), but not those of an event of the past
it compares its story with: "it was the deadliest attack in the province since the bombing of a
mosque in another town in 2018" does not place the attack in that town in 2018 (``_background``:
an event whose time ends more than ``BACKGROUND_DAYS`` before the day its article names most).
Invented reports of several crises (Pakistan, Nigeria, Kenya), extracted with the real model
and read as the store gives them; must not fire: a sentence's events of the story's own day
(Mali), an article about an event years before its publication (Burkina Faso)."""
from __future__ import annotations

import pytest

from kg.canon import EventRecord
from kg.canon.records import article_events

from helpers import extract_reports

pytestmark = pytest.mark.model

# (story, published, text, the trigger of the event lent nothing by the past one (or that lent
#  its sentence's place), the past event's place (None: must not fire, the place it is lent))
STORIES = [
    ("quetta", "2024-11-10", "A suicide bomber killed 26 people at a railway station in Quetta on 9 November 2024. "
                             "It was the deadliest attack in the province since the bombing of a mosque in Mastung in 2018.",
     "attack", "mastung"),
    ("maiduguri", "2020-11-29", "Jihadists killed 40 farmers near Maiduguri on 28 November 2020. The attack was the "
                                "deadliest on civilians this year and the worst in the state since the massacre in Baga in 2015.",
     "attack", "baga"),
    ("nairobi", "2019-01-16", "Gunmen killed 21 people at a hotel in Nairobi on 15 January 2019. It was the worst attack "
                              "in the capital since the siege of a shopping mall in Mombasa in 2013.",
     "attack", "mombasa"),
]
# must not fire: (story, published, text, trigger, the place it takes from its sentence)
CURRENT = [
    ("kidal", "2024-03-04", "Soldiers raided the camp near Kidal on 3 March 2024, when 40 fighters were killed in the hills.",
     "killed", "kidal"),
    ("koro", "2021-01-02", "Gunmen killed 30 villagers in Koro on 2 January 2019, when attackers burned the market in the village.",
     "burned", "koro"),
]


@pytest.fixture(scope="module")
def reports(settings, tmp_path_factory):  # type: ignore[no-untyped-def]
    # story -> (graph, article, triples)
    return extract_reports(settings, tmp_path_factory.mktemp("background"), [(s, p, t) for s, p, t, *_ in STORIES + CURRENT])


def _at(records: dict[str, EventRecord], trigger: str) -> EventRecord:
    found = [r for r in records.values() if r.label == trigger]
    assert found, sorted(r.label for r in records.values())
    return found[-1]


def _places(rec: EventRecord) -> set[str]:
    return {p.rsplit("/", 1)[-1] for p in rec.places}


@pytest.mark.parametrize(("story", "trigger", "past"), [(s, t, p) for s, _, _, t, p in STORIES])
def test_an_event_of_the_past_lends_its_sentence_no_place_or_time(reports, story, trigger, past):
    rec = _at(article_events(*reports[story]), trigger)
    assert past not in _places(rec), (rec.places, rec.time)
    assert rec.time is None or rec.time[:4] >= "2020", rec.time  # (not the past event's year)


@pytest.mark.parametrize(("story", "trigger", "past"), [(s, t, p) for s, _, _, t, p in STORIES])
def test_without_the_rule_the_past_event_places_the_record(reports, story, trigger, past, monkeypatch):
    from kg.canon import limits

    monkeypatch.setattr(limits, "BACKGROUND_DAYS", 100_000)
    rec = _at(article_events(*reports[story]), trigger)
    assert past in _places(rec), rec.places


@pytest.mark.parametrize(("story", "trigger", "place"), [(s, t, p) for s, _, _, t, p in CURRENT])
def test_an_event_of_the_story_still_lends_its_sentence_its_place(reports, story, trigger, place):
    rec = _at(article_events(*reports[story]), trigger)
    assert place in _places(rec), rec.places
    assert rec.time is not None
