"""Demonstrators who clash with police or troops riot (ontology/events-politics.ttl: kgo:Riot
"clash {Demonstrator}", the sense read from the subject), with whom they clash as a
participant; armed groups that clash stay an armed clash. Sentences written for this test
(Kenya, Venezuela, Bangladesh, DR Congo, Sudan, Myanmar)."""
from __future__ import annotations

import pytest

from helpers import extract_text, one

pytestmark = pytest.mark.model


def _types(ex):
    return [(e.type, e.trigger.text) for e in ex.events]


@pytest.mark.parametrize(
    "text, agent, other",
    [
        ("Demonstrators clashed with police in Nairobi on Tuesday.", "Demonstrators", "police"),  # Kenya
        ("Protesters clash with security forces in Caracas.", "Protesters", "security forces"),  # Venezuela
        ("Students clashed with riot police outside the university in Dhaka.", "Students", "riot police"),  # Bangladesh
    ],
)
def test_demonstrators_who_clash_riot(nlp, text, agent, other):
    ex = extract_text(nlp, text)
    riot = one(ex, "Riot")
    assert not [e for e in ex.events if e.type == "ArmedClash"], _types(ex)
    roles = {(p.role, ex.entities[p.entity].label.lower()) for p in riot.participants}
    assert ("agent", agent.lower()) in roles and ("participant", other.lower()) in roles, roles


@pytest.mark.parametrize(
    "text",
    [
        "Rebels clashed with government troops near Goma.",  # DR Congo
        "RSF fighters clashed with the army in El Fasher on Sunday.",  # Sudan
        "Resistance forces clashed with junta soldiers in Sagaing.",  # Myanmar
    ],
)
def test_armed_groups_that_clash_do_not_riot(nlp, text):
    ex = extract_text(nlp, text)
    assert one(ex, "ArmedClash") and not [e for e in ex.events if e.type == "Riot"], _types(ex)
