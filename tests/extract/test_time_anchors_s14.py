"""Times that belong to something else: "a week after <clause>" counts from that clause's
event (or the last day an event of its kind was told; from no other day); "since X" on a record ("the first deaths
since 2020", "the deadliest attack since 2015") bounds the record, not the event."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text

PUBLISHED = date(2021, 8, 28)


def _time(ex, trigger):
    e = next(e for e in ex.events if e.trigger.text == trigger)
    return e.time.value if e.time else None


@pytest.mark.parametrize("text,trigger", [
    ("A suicide bomber attacked the crowd at the gate on Thursday. The attack happened over a week after the rebels took control of the capital.", "attack"),
    ("Militants shelled the port on Monday. The looting came a month after the army seized the province.", "looting"),
    ("Gunmen raided the village on Tuesday. The massacre took place two weeks after the militia entered the district.", "massacre"),
])
def test_a_shift_after_an_undated_clause_gives_no_day(nlp, text, trigger):
    assert _time(extract_text(nlp, text, published=PUBLISHED), trigger) is None


@pytest.mark.parametrize("text,trigger,stated", [
    ("Thirteen soldiers were killed in the ambush on Thursday, becoming the first military deaths in the country since February 2020.", "killed", "2021-08-26"),
    ("Five people died in the bombing of the bus station in Kano on Friday, the deadliest attack on the city since 2015.", "bombing", "2021-08-27"),
    ("The strike on Monday was the worst attack on the capital since 2019.", "strike", "2021-08-23"),
])
def test_since_on_a_record_is_no_time_of_the_event(nlp, text, trigger, stated):
    assert _time(extract_text(nlp, text, published=PUBLISHED), trigger) == stated


def test_since_on_an_event_still_bounds_it(nlp):
    ex = extract_text(nlp, "Fighting in Darfur has displaced 20,000 people since January.", published=PUBLISHED)
    assert _time(ex, "displaced").startswith("2021-01")
