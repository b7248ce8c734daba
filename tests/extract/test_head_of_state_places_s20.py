"""Where, session 20 (events20c): an event of a class a state holds within itself (an election,
a coup, a political decision such as a curfew, a state of emergency or a decree) with no place
of its own, done by a person the article gives a post of a state ("Armenian Prime Minister
Nikol Pashinyan declared martial law", "Sri Lankan President Gotabaya Rajapaksa declared a
state of emergency"), happened in that state, as when the state itself or its
body is the agent. Not over a place the clause names ("a ban on the group in Mali"), not
when the agents hold posts of two states. Sentences written for this test (Armenia,
Nigeria, Sri Lanka, Ecuador, Mali, Rwanda and DR Congo)."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import places_of_class

pytestmark = pytest.mark.model

PUBLISHED = date(2024, 5, 20)


def _places(nlp, text, cls):
    return places_of_class(nlp, text, cls, published=PUBLISHED)


@pytest.mark.parametrize(
    "text, cls, place",
    [
        ("Armenian Prime Minister Nikol Pashinyan declared martial law on Tuesday.", "Restriction", "Armenia"),
        ("Nigerian President Bola Tinubu declared a state of emergency on Tuesday.", "Restriction", "Nigeria"),
        ("Sri Lankan President Gotabaya Rajapaksa declared a state of emergency on Friday.", "Restriction", "Sri Lanka"),
        ("Ecuador's President Daniel Noboa decreed a curfew on Tuesday.", "Restriction", "Ecuador"),
    ],
)
def test_national_decision_of_a_state_post_holder_there(nlp, text, cls, place):
    assert _places(nlp, text, cls) == [place]


@pytest.mark.parametrize(
    "text, cls, place",
    [
        # the place its own clause names
        ("Belgian Prime Minister Alexander De Croo announced a ban on the group in Mali.", "Restriction", "Mali"),
        # heads of two states: which one's, the text does not say
        ("Rwandan President Paul Kagame and Congolese President Felix Tshisekedi imposed a curfew on Tuesday.", "Restriction", None),
    ],
)
def test_national_decision_of_a_post_holder_not_placed_by_post(nlp, text, cls, place):
    assert _places(nlp, text, cls) == [place]
