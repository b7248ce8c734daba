"""Where something was said, session 21 (when21): a participle of speaking on the speech verb
says where it was said through its own phrase ("*Speaking* at a news conference in Kyiv") and
through the audience it speaks to, on which the parser hangs the place ("*Briefing reporters in
Geneva*, the spokesperson said", "*Speaking to Reuters in Nairobi*", "*Addressing* reporters in
Kyiv"), also when the tagger reads the opening participle as a noun ("Briefing"); an audience's
"from" is theirs ("speaking to refugees from Sudan"). Sentences written for this test after UN
briefings in Geneva (2024-25) and press conferences in Kyiv and Nairobi."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text

pytestmark = pytest.mark.model

PUBLISHED = date(2025, 7, 18)


def _statement_place(nlp, text):
    ex = extract_text(nlp, text, published=PUBLISHED)
    said = [e for e in ex.events if e.type == "Statement"]
    assert said, [(e.type, e.trigger.text) for e in ex.events]
    return ex.entities[said[0].place].label if said[0].place else None


@pytest.mark.parametrize(
    "text, place",
    [
        ("Briefing reporters in Geneva, WHO spokesperson Tarik Jasarevic said the hospital had been hit twice.", "Geneva"),
        ("Addressing reporters in Kyiv, the foreign minister said talks would resume next week.", "Kyiv"),
        ("Speaking to Reuters in Nairobi, the minister said the talks would resume.", "Nairobi"),
    ],
)
def test_the_place_of_the_audience_spoken_to(nlp, text, place):
    assert _statement_place(nlp, text) == place


def test_an_audience_from_somewhere_is_not_where_it_was_said(nlp):
    assert _statement_place(nlp, "Speaking to refugees from Sudan, the envoy said aid would come.") is None
