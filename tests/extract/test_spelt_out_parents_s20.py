"""A body the knowledge base names by its parent's short name ("UN human rights office",
"UN refugee agency", "EU monitoring mission") is found when the news spells the parent out
("the United Nations human rights office said"), and is that body, not the parent
(kg/kb/base.py ``spell_out_parents``). Own sentences from Myanmar, Sudan, Armenia, Haiti."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text, one, role

from kg.kb import KnowledgeBase
from kg.kb.model import RawEntity
from kg.kb.base import spell_out_parents

PUBLISHED = date(2025, 3, 6)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, body",
    [
        # Myanmar: the speaker is the rights office, not the whole UN
        ("The United Nations human rights office said soldiers burned homes in Sagaing on Monday.",
         "Office of the United Nations High Commissioner for Human Rights"),
        # Sudan: the refugee agency
        ("The United Nations refugee agency said 20,000 people fled El Geneina into Chad last week.",
         "Office of the United Nations High Commissioner for Refugees"),
        # Haiti: the humanitarian office
        ("The United Nations humanitarian office said gangs displaced 5,000 people in Port-au-Prince on Friday.",
         "United Nations Office for the Coordination of Humanitarian Affairs"),
    ],
)
def test_a_body_named_with_its_parent_spelt_out_speaks(nlp, text, body):
    ex = extract_text(nlp, text, published=PUBLISHED)
    speakers = role(ex, one(ex, "Statement"), "speaker")
    assert body in speakers
    assert "United Nations" not in speakers


def test_only_short_parent_names_are_spelt_out_and_no_name_is_taken_twice():
    un = RawEntity(key="un", source="t", labels=["United Nations"], aliases=["UN", "U.N."], types=["Organization"])
    eu = RawEntity(key="eu", source="t", labels=["European Union"], aliases=["EU", "Union"], types=["Organization"])
    office = RawEntity(key="office", source="t", labels=["Rights Office"], types=["Organization"], part_of=["un"],
                       aliases=["UN rights office", "U.N. rights office", "UNHRO", "Union office"])
    mission = RawEntity(key="mission", source="t", labels=["EU mission"], types=["Organization"], part_of=["eu"])
    other = RawEntity(key="other", source="t", labels=["European Union mission"], types=["Organization"])
    out = {r.key: r for r in spell_out_parents([un, eu, office, mission, other])}
    # "UN ..." and "U.N. ..." spelt out; an alias that only starts with the letters is not; nor a long parent name
    assert out["office"].aliases == ["UN rights office", "U.N. rights office", "UNHRO", "Union office",
                                     "United Nations rights office"]
    # "European Union mission" is another entity's name: not added
    assert out["mission"].aliases == []
    assert out["un"] is un and out["other"] is other


def test_the_shipped_kb_knows_the_spelt_out_names():
    kb = KnowledgeBase.default()
    assert [e.label for e in kb.lookup("United Nations refugee agency")] == [
        "Office of the United Nations High Commissioner for Refugees"]
