"""The events conjoined in what a speech act or an appeal governs share it: "demanding new
elections and the resignation of the government" demands both; "condemned the killings and the
abductions" condemns both (kg/extract/events/structure.py: a conjunct's governor)."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text

PUBLISHED = date(2022, 3, 31)


def _modality(ex, word):
    return next(e for e in ex.events if word in e.trigger.text.split()).modality


@pytest.mark.parametrize("text,word", [
    ("Thousands of protesters gathered in Yerevan on Monday, demanding new elections and the resignation of the government.", "resignation"),
    ("The opposition in Lomé demanded a recount and the release of its detained leaders.", "release"),
    ("Students in Dhaka demanded an inquiry and the resignation of the interior minister.", "resignation"),
])
def test_a_second_thing_demanded_has_not_happened(nlp, text, word):
    assert _modality(extract_text(nlp, text, published=PUBLISHED), word) == "hypothetical"


def test_a_second_thing_condemned_took_place(nlp):
    ex = extract_text(nlp, "The UN condemned the killings and the abductions of aid workers in Darfur last week.", published=PUBLISHED)
    assert _modality(ex, "abductions") in ("asserted", "reported")
