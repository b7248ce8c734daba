"""Session 17 (issue 15): one speaker's statement in his own release and in a report of the
next morning, neither dating it, is one statement (kg/canon/link.py ``said_in_reports``);
statements the reports date to two days stay two. Records of invented crises (Haiti, Sudan,
Myanmar), written out as the store gives them."""
from __future__ import annotations

from datetime import date

import pytest

from kg.canon import EventRecord, Linker
from kg.canon.records import StoryContext

KB = "https://w3id.org/kg-news/kb/"
CHIEF = KB + "antonio_guterres"


@pytest.fixture(scope="module")
def linker() -> Linker:
    from kg.canon import default_linker

    return default_linker()


def said(article: str, published: date, place: str, *, cls: str = "Condemnation", time: str | None = None,
         story_day: str | None = None) -> EventRecord:
    ctx = StoryContext(places=frozenset({KB + place}), named=frozenset({KB + place}), time=story_day or published.isoformat(),
                       speakers=frozenset({CHIEF}), mentions=frozenset({CHIEF, KB + place, KB + "un"}))
    return EventRecord(
        iri=f"https://w3id.org/kg-news/article/{article}/event/e1", article=f"https://w3id.org/kg-news/article/{article}",
        classes={cls}, label=cls.lower(), agents={CHIEF}, actors={CHIEF}, time=time, precision="day" if time else None,
        modality="Asserted", published=published, context=ctx,
    )


@pytest.mark.parametrize("place, first, second", [
    ("haiti", date(2024, 3, 4), date(2024, 3, 5)),
    ("sudan", date(2024, 2, 4), date(2024, 2, 5)),
    ("myanmar", date(2023, 4, 11), date(2023, 4, 12)),
])
def test_a_statement_undated_in_two_reports_a_day_apart_is_one(linker, place, first, second):
    release, report = said("a", first, place), said("b", second, place, story_day=first.isoformat())
    why, refusal = linker.decide(release, report)
    assert why is not None, refusal


def test_statements_the_reports_date_to_two_days_stay_two(linker):
    # each report dates the statement itself ("on Monday", "on Tuesday"): two statements
    monday = said("a", date(2024, 3, 4), "haiti", time="2024-03-04")
    tuesday = said("b", date(2024, 3, 5), "haiti", time="2024-03-05", story_day="2024-03-04")
    assert linker.compare(monday, tuesday) is None


def test_reports_further_apart_are_not_read_as_one_day(linker):
    # a condemnation in a release and one in a report three days later: not the release's
    release, later = said("a", date(2024, 3, 4), "haiti"), said("b", date(2024, 3, 7), "haiti", story_day="2024-03-04")
    assert linker.said_in_reports(release, later) == (release, later)
    assert linker.compare(release, later) is None


def test_a_government_speaking_on_two_days_is_not_read_as_one_day(linker):
    # Somalia: "the government said" in Saturday's report and in Sunday's: a state speaks every day
    state = KB + "somalia"
    saturday, sunday = said("a", date(2022, 9, 3), "somalia", cls="Statement"), said("b", date(2022, 9, 4), "somalia", cls="Statement")
    for rec in (saturday, sunday):
        rec.agents, rec.actors = set(), {state}
    assert not linker.one_person_speaking(saturday, sunday)
    assert linker.compare(saturday, sunday) is None
