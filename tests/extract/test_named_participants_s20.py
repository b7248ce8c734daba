"""Named participants on WikiEvents-like news (session 20): mechanisms found on the WikiEvents
dev tuning documents, tested on invented sentences from several crises, each with a sentence
where it must not fire."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import event_at, extract_text, place_of, role

PUBLISHED = date(2024, 6, 12)

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, trigger, place",
    [
        # Pakistan, Kenya, Somalia: "X Rd", "X Ave", "X St" name a street, the event's place,
        # not a person (the NER makes "Jinnah Rd" a person, then the target)
        ("Gunmen opened fire on Jinnah Rd in Quetta, killing three policemen.", "opened fire on", "Jinnah Rd"),
        ("Police fired tear gas at protesters on Moi Ave in Nairobi.", "fired", "Moi Ave"),
        ("Two people were killed when a bomb went off near a cafe on Lincoln St in Mogadishu.", "went off", "Lincoln St"),
    ],
)
def test_an_abbreviated_street_is_a_place(nlp, text, trigger, place):
    ex = extract_text(nlp, text, published=PUBLISHED)
    event = event_at(ex, trigger)
    assert place_of(ex, event) == place
    assert place not in {ex.entities[p.entity].label for p in event.participants}


def test_a_saint_before_a_name_is_no_street(nlp):
    """Russia: "St" first is a saint's, the name a city's, not a street."""
    ex = extract_text(nlp, "St Petersburg police detained Ivan Petrov on Nevsky Prospekt.", published=PUBLISHED)
    assert role(ex, event_at(ex, "detained"), "target") == ["Ivan Petrov"]
    assert place_of(ex, event_at(ex, "detained")) == "Nevsky Prospekt"
