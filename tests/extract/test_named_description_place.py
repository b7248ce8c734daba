"""What a naming verb calls an event describes it ("called the attacks an assault against the
people and the heart of Africa"): the description is linked to the event (one event told twice)
but its place — often a figure of speech, a continent or "the heart of" a region — stays its
own and is never lent to the event's other mentions (kg/extract/events/coreference.py
``_share``). Found on a State Department statement on the 2016 Brussels bombings (bench canon
held-back-2 story, public domain); sentences written for this test in that style about Somalia
and Pakistan.
"""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text, place_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, place, never", [
    ("The United States condemns the terrorist attacks that occurred in Mogadishu, Somalia today.\n\n"
     "In a statement, the Secretary called the abhorrent attacks an assault against the Somali people and the "
     "heart of Africa.", "Mogadishu", "Africa"),
    ("The government condemned the bombing that occurred in Quetta, Pakistan today.\n\n"
     "In a statement, the minister called the bombing an attack against the Pakistani people and the heart of "
     "Asia.", None, "Asia"),
])
def test_a_named_description_lends_no_place(nlp, text, place, never):
    ex = extract_text(nlp, text, published=date(2024, 3, 22))
    first = next(e for e in ex.events if e.type in ("Attack", "Bombing"))
    assert place_of(ex, first) != never
    if place is not None:
        assert place_of(ex, first) == place
