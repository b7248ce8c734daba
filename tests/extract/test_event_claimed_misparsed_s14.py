"""Arguments, session 14: who claims responsibility for an event did it, also where the parser
reads "X accepted responsibility" as one noun phrase (the name as a modifier or the head of
an apposition, the verb as an adjective); not who denies it. Sentences written for this test
(Somalia, Libya, Nigeria, Syria)."""
from __future__ import annotations

import pytest

from helpers import event_at, extract_text, role_names

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, trigger, agent",
    [
        ("Al-Shabaab accepted responsibility for the bombing.", "bombing", "al-shabaab"),
        ("Ansar al-Sharia accepted responsibility for the bombing.", "bombing", "ansar al-sharia"),
        ("Boko Haram accepted responsibility for the attack on the school.", "attack", "boko haram"),
    ],
)
def test_claimant_is_agent(nlp, text, trigger, agent):
    ex = extract_text(nlp, text)
    assert agent in role_names(ex, event_at(ex, trigger), "agent")


def test_denial_names_no_agent(nlp):
    ex = extract_text(nlp, "Al-Nusra denied responsibility for the bombing.")
    assert not role_names(ex, event_at(ex, "bombing"), "agent")
