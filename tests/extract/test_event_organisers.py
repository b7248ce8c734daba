"""Who calls, organises or declares an event, named by a passive of an organising verb on the
event noun ("the rally, *which was organised by* X", "a demonstration *was called by* the
opposition parties": ``organising_verbs`` of ontology/lexicon/arguments.toml, read in
kg/extract/events/nouns.py), not when the verb says what the event is ("called the protest
illegal"); the members a plural noun's "which include" clause names ("opposition parties,
which include A and B": kg/extract/events/group_words.py ``named_as``); trade unions as a
group that calls strikes (ontology/lexicon/groups.toml). Sentences written for session 21's
survey after events Wikipedia reports (Hong Kong 2019, Colombia 2021, Albania 2011,
Trinidad and Tobago 1990)."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text, one, role

PUBLISHED = date(2025, 3, 6)

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, cls, agent",
    [
        ("The rally, which was organised by the Civil Human Rights Front, drew hundreds of thousands of people.",
         "Protest", "Civil Human Rights Front"),
        ("A sit-in was called by the Socialist Party outside the parliament in Tirana.", "Protest", "Socialist Party"),
        ("The national strike, which was called by the unions, began on 28 April.", "Protest", "unions"),
    ],
)
def test_an_organiser_named_by_a_passive_is_the_agent(nlp, text, cls, agent):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert role(ex, one(ex, cls), "agent") == [agent]


def test_the_members_a_which_include_clause_names(nlp):
    """Albania: the parties that called it are those the clause lists."""
    ex = extract_text(nlp, "A demonstration was called by the opposition parties, which include the Socialist "
                           "Party and the Unity for Human Rights Party.", published=PUBLISHED)
    assert role(ex, one(ex, "Protest"), "agent") == ["Socialist Party", "Unity for Human Rights Party"]


def test_unions_that_call_a_strike_are_its_agent_but_not_who_calls_it_illegal(nlp):
    """Colombia: "the unions" named by a common noun are a group that acts; a verb that says
    what the event is ("called the protest illegal") names no organiser."""
    ex = extract_text(nlp, "The unions called a general strike for Monday.", published=PUBLISHED)
    assert role(ex, one(ex, "Protest"), "agent") == ["unions"]
    ex = extract_text(nlp, "The government called the protest illegal.", published=PUBLISHED)
    assert role(ex, one(ex, "Protest"), "agent") == []
