"""kg/analyse/filters.py: time values as intervals, and what a selection keeps."""
from __future__ import annotations

from datetime import date

import pytest

from kg.analyse.filters import FilterError, Filters, time_interval


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2023-09-19", (date(2023, 9, 19), date(2023, 9, 19))),
        ("2023-02", (date(2023, 2, 1), date(2023, 2, 28))),
        ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
        ("2020", (date(2020, 1, 1), date(2020, 12, 31))),
        ("2023-09-19Z", (date(2023, 9, 19), date(2023, 9, 19))),
        ("2023-13", None),
        ("last week", None),
        (None, None),
    ],
)
def test_time_values_cover_the_days_of_their_precision(value, expected):
    assert time_interval(value) == expected


def test_window_keeps_what_overlaps_it():
    f = Filters.create(since="2023-09-10", until="2023-09-30")
    assert f.in_window("2023-09")  # September overlaps
    assert f.in_window("2023")
    assert not f.in_window("2023-08")
    assert not f.in_window("2023-10-01")
    assert f.in_window(None, fallback="2023-09-19")  # no time: the article's date decides
    assert not f.in_window(None)  # nothing to go by: outside a window
    assert Filters().in_window(None)  # no window: everything is in


def test_month_and_year_bounds_mean_their_whole_span():
    f = Filters.create(since="2023-09", until="2023")
    assert (f.since, f.until) == (date(2023, 9, 1), date(2023, 12, 31))


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"since": "yesterday"}, "not a date"),
        ({"since": "2023-10", "until": "2023-09"}, "empty"),
        ({"modalities": ["certain"]}, "unknown modality"),
    ],
)
def test_bad_values_say_what_to_do(kwargs, message):
    with pytest.raises(FilterError, match=message):
        Filters.create(**kwargs)


def test_event_types_are_compared_by_local_name():
    f = Filters.create(event_types=["https://w3id.org/kg-news/ontology#MilitaryOperation", "Statement ", ""])
    assert f.event_types == frozenset({"militaryoperation", "statement"})
    assert "events: militaryoperation, statement" in f.describe()
