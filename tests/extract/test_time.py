"""Time expressions (kg/extract/time.py): found, resolved against the publication date,
with a day / month / year precision; and attached to the right event in real sentences.
"""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text
from kg.extract.model import TimeValue
from kg.extract.time import find_time_expressions, resolve_text, shift

TUESDAY = date(2023, 9, 19)  # the seed's publication date, a Tuesday
THURSDAY = date(2023, 10, 12)


@pytest.mark.parametrize(
    "text, published, future, value, precision",
    [
        # weekdays: the most recent one on or before publication (the same day counts)...
        ("on Tuesday", TUESDAY, False, "2023-09-19", "day"),
        ("on Thursday", TUESDAY, False, "2023-09-14", "day"),
        ("on Sunday", THURSDAY, False, "2023-10-08", "day"),
        ("last Tuesday", TUESDAY, False, "2023-09-12", "day"),
        # ... and for a planned event the next one
        ("on Thursday", TUESDAY, True, "2023-09-21", "day"),
        ("next Tuesday", TUESDAY, False, "2023-09-26", "day"),
        # weeks have month precision: the month holding most of the week
        ("last week", TUESDAY, False, "2023-09", "month"),
        ("last week", date(2023, 10, 3), False, "2023-09", "month"),
        ("this week", date(2023, 10, 1), False, "2023-09", "month"),
        ("earlier this month", TUESDAY, False, "2023-09", "month"),
        ("last month", date(2024, 1, 10), False, "2023-12", "month"),
        # months and years
        ("in July", TUESDAY, False, "2023-07", "month"),
        ("in December", TUESDAY, False, "2022-12", "month"),
        ("in December", TUESDAY, True, "2023-12", "month"),
        ("In May", TUESDAY, False, "2023-05", "month"),
        ("mid-July", TUESDAY, False, "2023-07", "month"),
        ("September 2020", TUESDAY, False, "2020-09", "month"),
        ("in 2020", TUESDAY, False, "2020", "year"),
        ("the 2020 war", TUESDAY, False, "2020", "year"),
        ("last year", TUESDAY, False, "2022", "year"),
        # explicit dates
        ("2023-09-19", date(2024, 1, 1), False, "2023-09-19", "day"),
        ("Sept. 19, 2023", date(2024, 1, 1), False, "2023-09-19", "day"),
        ("19 September 2023", date(2024, 1, 1), False, "2023-09-19", "day"),
        ("September 27", TUESDAY, False, "2022-09-27", "day"),
        ("September 27", TUESDAY, True, "2023-09-27", "day"),
        # deictic words and spans counted back
        ("yesterday", TUESDAY, False, "2023-09-18", "day"),
        ("today", TUESDAY, False, "2023-09-19", "day"),
        ("two days ago", TUESDAY, False, "2023-09-17", "day"),
        ("three weeks ago", TUESDAY, False, "2023-08", "month"),
    ],
)
def test_expressions_resolve_against_the_publication_date(text, published, future, value, precision):
    got = resolve_text(text, published, future=future)
    assert got is not None, text
    assert (got.value, got.precision) == (value, precision)
    assert got.xsd_type == {"day": "date", "month": "gYearMonth", "year": "gYear"}[precision]


def test_expression_spans_are_exact_substrings():
    text = "Azerbaijan on Tuesday announced it; in July and in 2020, and 24 hours after the strike, last week."
    found = find_time_expressions(text)
    assert [e.text for e in found] == ["Tuesday", "July", "2020", "24 hours after", "last week"]
    for e in found:
        assert text[e.start:e.end] == e.text
        value = e.resolve(TUESDAY, anchor=TimeValue("2023-09-19", "day"))
        assert value is not None and value.span is not None and text[value.span.start:value.span.end] == e.text


def test_words_that_are_not_times_are_ignored():
    assert find_time_expressions("Russia may attack; March on, the 13-month blockade, 2,020 soldiers.") == []


def test_shifts_count_from_an_anchor_and_need_one():
    (expr,) = find_time_expressions("24 hours after the attack")
    assert expr.needs_anchor and expr.resolve(TUESDAY) is None
    assert expr.resolve(TUESDAY, anchor=TimeValue("2023-09-19", "day")).value == "2023-09-20"
    assert shift(TimeValue("2023-09-30", "day"), 2, "day", +1).value == "2023-10-02"
    assert shift(TimeValue("2023-09", "month"), 48, "hour", +1) == TimeValue("2023-09", "month")
    assert shift(TimeValue("2020", "year"), 1, "year", -1).value == "2019"


def test_a_year_named_in_the_sentence_dates_a_day_without_one():
    text = "In 2020, on September 27, the war began."
    (year, day) = find_time_expressions(text)
    assert day.resolve(TUESDAY, year_hint=year.explicit_year).value == "2020-09-27"


# ---------------------------------------------------------------------- in real sentences

def _event(ex, cls):
    found = [e for e in ex.events if e.type == cls]
    assert found, f"no {cls} in {[(e.type, e.trigger.text) for e in ex.events]}"
    return found[0]


@pytest.mark.model
def test_each_event_gets_the_time_its_clause_gives(nlp):
    ex = extract_text(
        nlp,
        "Ukraine launched a counteroffensive near Zaporizhzhia last week. On Sunday, Russia and Ukraine held talks "
        "in Istanbul. Russia shelled Kharkiv in July.",
        published=THURSDAY,
    )
    assert _event(ex, "MilitaryOperation").time.value == "2023-10"
    talks = _event(ex, "Negotiation")
    assert (talks.time.value, talks.time.precision) == ("2023-10-08", "day")
    assert talks.time.span.text == "Sunday"
    assert _event(ex, "Shelling").time.value == "2023-07"


@pytest.mark.model
def test_a_planned_event_takes_the_next_weekday(nlp):
    ex = extract_text(nlp, "The two foreign ministers will meet in Geneva on Thursday.", published=TUESDAY)
    meeting = _event(ex, "Meeting")
    assert meeting.modality == "planned" and meeting.time.value == "2023-09-21"


@pytest.mark.model
def test_24_hours_after_counts_from_the_event_it_names(nlp):
    ex = extract_text(
        nlp,
        "Hamas launched a rocket attack on Ashkelon on Tuesday. Israeli jets bombed Gaza City 24 hours after the attack.",
        published=THURSDAY,
    )
    rockets, strike = _event(ex, "Shelling"), _event(ex, "AirStrike")
    assert rockets.time.value == "2023-10-10"
    assert strike.time.value == "2023-10-11" and strike.time.span.text == "24 hours after"
    attack = _event(ex, "Attack")  # "the attack" is the rocket attack, not the strike made after it
    assert rockets.id in attack.same_as and strike.id not in attack.same_as


@pytest.mark.model
def test_a_bound_of_a_period_is_not_the_time_of_the_event(nlp):
    ex = extract_text(nlp, "Russia launched a new offensive in Donetsk on Monday. The offensive is the largest since 2022.", published=THURSDAY)
    first, second = [e for e in ex.events if e.type == "MilitaryOperation"]
    assert first.time.value == second.time.value == "2023-10-09"
    assert first.id in second.same_as


@pytest.mark.model
def test_the_sentence_gives_the_year_and_the_most_precise_expression_wins(nlp):
    ex = extract_text(
        nlp,
        "In 2020, on September 27, Azerbaijan launched an offensive; on November 10, a ceasefire was signed.",
        published=THURSDAY,
    )
    assert _event(ex, "MilitaryOperation").time.value == "2020-09-27"
    ceasefire = _event(ex, "Ceasefire")
    assert (ceasefire.time.value, ceasefire.time.precision) == ("2020-11-10", "day")
    assert ceasefire.trigger.text == "ceasefire was signed"
