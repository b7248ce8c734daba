"""A group named by a participle of naming on its noun ("a group *known as* X", "a
little-known group *called* the Y Brigade") or that names itself ("an armed group
*identifying itself as* X", "gunmen from a group *calling itself* Z") stands for the name
(kg/extract/events/group_words.py ``named_as``; ``naming_participles`` and
``reflexive_pronouns`` of ontology/lexicon/arguments.toml). Sentences written for session
21's survey after events Wikipedia reports (North Macedonia 2015, Algeria 2013, Uzbekistan
1999, Pakistan)."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text, one, role

PUBLISHED = date(2025, 3, 6)

pytestmark = pytest.mark.model


def test_a_group_identifying_itself_as_a_name_takes_part(nlp):
    ex = extract_text(nlp, "A shootout erupted on Saturday between Macedonian police and an armed group "
                           "identifying itself as the National Liberation Army.", published=PUBLISHED)
    assert "National Liberation Army" in role(ex, one(ex, "ArmedClash"), "participant")


def test_gunmen_from_a_group_calling_itself_a_name(nlp):
    ex = extract_text(nlp, "Gunmen from a group calling itself the Islamic Movement of Uzbekistan attacked the airport.",
                      published=PUBLISHED)
    assert role(ex, one(ex, "Attack"), "agent") == ["Islamic Movement of Uzbekistan"]


@pytest.mark.parametrize(
    "text, cls, agent",
    [
        ("A little-known group called the Ansar Brigade claimed the bombing.", "Bombing", "Ansar Brigade"),
        ("A group known as the Masked Brigade attacked the gas plant.", "Attack", "Masked Brigade"),
    ],
)
def test_a_group_named_by_a_participle(nlp, text, cls, agent):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert role(ex, one(ex, cls), "agent") == [agent]
