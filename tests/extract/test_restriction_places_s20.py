"""Where, session 20 (events20c): a measure in force over what it is laid on (kgo:Restriction:
a curfew, a state of emergency) whose target is a state and which names no place of its own
holds in that state ("Gabon was placed under a nationwide curfew": in Gabon), as an election
or a coup with no place happens in the state that holds it; not when another state has a part
in it. Sentences written for this test (Gabon, Kenya, Sri Lanka, Algeria–Morocco)."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import places_of_class

pytestmark = pytest.mark.model

PUBLISHED = date(2024, 5, 20)


def _places(nlp, text, cls):
    return places_of_class(nlp, text, cls, published=PUBLISHED)


@pytest.mark.parametrize(
    "text, place",
    [
        ("Gabon was placed under a nationwide curfew after the soldiers seized power.", "Gabon"),
        ("Kenya was placed under a dusk-to-dawn curfew during the pandemic.", "Kenya"),
        ("Sri Lanka was placed under a state of emergency on Wednesday.", "Sri Lanka"),
    ],
)
def test_restriction_laid_on_a_state_holds_there(nlp, text, place):
    assert _places(nlp, text, "Restriction") == [place]


def test_restriction_on_a_state_by_another_state_not_placed_there(nlp):
    places = _places(nlp, "Algeria closed its airspace to all Moroccan aircraft in 2021.", "Restriction")
    assert "Morocco" not in places
