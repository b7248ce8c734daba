"""A participle of harm the parser hung on a noun of kin right after its "of" phrase
("*Relatives* of the soldiers killed in the ambush"): the people of the phrase are what it
was done to, never their kin (kg/extract/events/arguments.py, ``_of_kin``; ``kin_nouns``
of ontology/lexicon/arguments.toml). And a participle read as a noun with "those" its
determiner, subject of the sentence ("Those abducted were released"): the group of those
words is its target (arguments.py). Own sentences (Mali, Nigeria, DR Congo)."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text, one, role

PUBLISHED = date(2025, 3, 6)

pytestmark = pytest.mark.model


def test_the_kin_are_not_the_victims(nlp):
    ex = extract_text(nlp, "Relatives of the soldiers killed in the ambush protested in Bamako.", published=PUBLISHED)
    assert role(ex, one(ex, "Casualties"), "target") == ["soldiers"]


def test_a_participle_hung_on_the_people_keeps_them(nlp):
    """Nigeria: the parser hung "kidnapped" on the students themselves; they stay its target."""
    ex = extract_text(nlp, "The parents of the students kidnapped from the school in Kaduna met the governor.",
                      published=PUBLISHED)
    assert role(ex, one(ex, "Abduction"), "target") == ["students"]


@pytest.mark.parametrize(
    "text, cls",
    [
        ("Those abducted were released on Friday.", "Abduction"),
        ("Those detained were taken to a military camp near Goma.", "Arrest"),
    ],
)
def test_those_done_as_subject_are_the_target(nlp, text, cls):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert role(ex, one(ex, cls), "target") == [text.split()[0].lower() + " " + text.split()[1]]


def test_a_demonstrative_with_its_own_noun_is_no_group(nlp):
    """"Those villages attacked": the villages, not a group "those attacked"."""
    ex = extract_text(nlp, "Those villages attacked by the militia were abandoned.", published=PUBLISHED)
    assert not any("those" in label for label in role(ex, one(ex, "Attack"), "target"))
