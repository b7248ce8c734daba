"""People named by their nationality who march protest ("Thousands of Algerians marched in the
capital", "Sudanese marched through Khartoum"), and so do citizens ("Citizens marched to
parliament"): kgo:Demonstrator reads NORP subjects, also behind a count ("thousands of X"), and
"citizen" (ontology/events-crises.ttl; kg/extract/events/senses.py ``of_sense``). Troops still
move ("Russian troops marched into the town": kgo:TroopMovement). Sentences written for this test
after protests in Algeria (2019), Sudan (2019), Armenia's diaspora in Lebanon and Serbia.
"""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Thousands of Algerians marched in the capital on Friday against the president's bid for a fifth term.",
    "Sudanese marched through Khartoum on Sunday demanding civilian rule.",
    "Hundreds of Armenians marched to the Turkish embassy in Beirut on Wednesday.",
    "Citizens marched to parliament in Belgrade on Monday to demand the minister's resignation.",
])
def test_a_nationality_that_marches_protests(nlp, text):
    ex = extract_text(nlp, text, published=date(2024, 5, 6))
    assert any(e.type == "Protest" for e in ex.events)


def test_troops_that_march_still_move(nlp):
    ex = extract_text(nlp, "Russian troops marched into the town on Monday.", published=date(2024, 5, 6))
    assert [e.type for e in ex.events] == ["TroopMovement"]
