"""Citizens who march protest ("Citizens marched to parliament"): "citizen" is a noun of
kgo:Demonstrator, not of kgo:Marcher (people at large, a protest only along a street;
ontology/events-crises.ttl). People named by their nationality ("Thousands of Algerians
marched") are not read yet: a NORP subject would make "Jihadists seized Timbuktu" a protest too
(the sense is shared by "seize"), so it needs the demonyms of the knowledge base, not the NER's
NORP. Troops still move. Sentences written for this test after protests in Serbia, Kenya and
Georgia, and the 2012 fall of Timbuktu.
"""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Citizens marched to parliament in Belgrade on Monday to demand the minister's resignation.",
    "Angry citizens marched to the State House in Nairobi on Tuesday.",
    "Citizens marched through Tbilisi on Sunday against the foreign agents law.",
])
def test_citizens_who_march_protest(nlp, text):
    ex = extract_text(nlp, text, published=date(2024, 5, 6))
    assert any(e.type == "Protest" for e in ex.events)


@pytest.mark.parametrize("text, cls", [
    ("Russian troops marched into the town on Monday.", "TroopMovement"),
    ("Jihadists seized Timbuktu in 2012.", "TerritorialControl"),
])
def test_others_who_march_or_seize_do_not_protest(nlp, text, cls):
    ex = extract_text(nlp, text, published=date(2024, 5, 6))
    assert [e.type for e in ex.events] == [cls]
