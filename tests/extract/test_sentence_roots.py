"""A sentence whose root is itself a name ("Chad.", a caption "Colombo, Sri Lanka", a timeline
line "Explosion at a hotel in Colombo") ends every climb up the parse at its root.

spaCy makes a new Python object for each token it hands out, so ``token.head is token`` is
never true, not even at the root: a loop that climbed "while the head is not the token and the
head is still inside the mention" never ended when the mention held the sentence's root, and the
article was skipped by the time limit (kg/extract/events/home_bodies.py, scene of a bare "the
army"; kg/extract/events/group_words.py, clause_subject). Tokens compare by ``==`` (same doc,
same index). Sentences written for this test in the style of wire news about Sudan and Chad,
Sri Lanka and Somalia.
"""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text
from kg.timelimit import time_limit

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Fighting spread from Sudan into Chad and the Central African Republic on Monday.\nChad.\n"
    "The army said it had repelled an attack near the border.",
    "Bombs exploded in churches in Sri Lanka and India on Sunday.\nColombo, Sri Lanka.\n"
    "The police said 13 people had been arrested.",
    "Al-Shabaab fighters crossed from Somalia into Kenya and Ethiopia.\nMogadishu.\n"
    "The government said its troops had retaken the town.",
])
def test_a_sentence_that_is_one_name_ends_the_climb(nlp, text):
    with time_limit(60, "reading three short sentences"):  # before the fix: never returned
        ex = extract_text(nlp, text, published=date(2024, 4, 22))
    assert ex.events, "the article's events are read"
