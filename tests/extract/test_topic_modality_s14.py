"""An event that is the topic ("about X") of an offer or a plan is not planned: "had no detail to
offer about the attack", "will speak about the bombing" (lexicon topic_prepositions)."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text

PUBLISHED = date(2024, 5, 14)


def _with_word(ex, word):
    """The first event whose trigger has ``word`` ("hold an election" for "election")."""
    return next(e for e in ex.events if word in e.trigger.text.split())


@pytest.mark.parametrize("text,trigger", [
    ("The police spokesman had no further detail to offer about the attack on the checkpoint in Quetta.", "attack"),
    ("The governor will speak to reporters about the bombing of the bus station in Maiduguri.", "bombing"),
    ("The ministry plans to publish a report regarding the massacre in the village near Bunia.", "massacre"),
    ("Officials promised more information concerning the explosion at the fuel depot in Conakry.", "explosion"),
])
def test_an_event_talked_about_is_not_planned(nlp, text, trigger):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert _with_word(ex, trigger).modality != "planned"


@pytest.mark.parametrize("text,trigger", [
    ("The rebels plan to attack the garrison in Goma next week.", "attack"),
    ("The army offered a ceasefire to the militia in Kidal.", "ceasefire"),
    ("The junta will hold an election in Niamey next year.", "election"),
])
def test_a_planned_event_stays_planned(nlp, text, trigger):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert _with_word(ex, trigger).modality == "planned"
