"""When and where a toll happened, session 21 (when21): a participle after a comma that tells
the toll of an event noun ("A magnitude 7.3 earthquake struck near Port Vila on Tuesday,
*killing* at least 14 people"), which the parser hangs on the noun with the verb before it,
or a caption's noun phrase with its participle ("Heavy flooding in Maiduguri on Tuesday,
*displacing* ..."), happened where and when the noun's event did. Sentences written for this
test after events in Vanuatu (2024) and Nigeria (2024)."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text

pytestmark = pytest.mark.model

PUBLISHED = date(2025, 3, 6)


@pytest.mark.parametrize(
    "text, place, day",
    [
        ("A magnitude 7.3 earthquake struck near Port Vila on Tuesday, killing at least 14 people.", "Port-Vila", "2025-03-04"),
        # a caption's noun phrase with its participle
        ("A suicide bombing at a market in Maiduguri on Saturday, killing 18 people.", "Maiduguri", "2025-03-01"),
        ("Heavy flooding in Maiduguri on Tuesday, displacing more than 400,000 people.", "Maiduguri", "2025-03-04"),
    ],
)
def test_a_toll_participle_of_an_event_noun_shares_its_place_and_day(nlp, text, place, day):
    ex = extract_text(nlp, text, published=PUBLISHED)
    killed = [e for e in ex.events if e.type in ("Casualties", "Displacement")]
    assert killed, [(e.type, e.trigger.text) for e in ex.events]
    e = killed[0]
    assert (ex.entities[e.place].label if e.place else None, e.time.value if e.time else None) == (place, day)
