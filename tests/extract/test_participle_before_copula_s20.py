"""A harm participle describing the sentence's subject that the parser read as the main verb,
with the sentence's own "were" as its conjunct ("The soldiers *killed* in the ambush *were*
from the 5th battalion"): the subject is what it was done to, never the doer
(kg/extract/events/arguments.py, ``_copula_after``); and such a participle the tagger read as
a past tense, hung on its noun ("The soldiers *killed* (VBD) in the attack were buried"): that
noun is its victim, as for a participle. Own sentences (Mali, Syria, Kenya); and a real
clause keeps its subject as the doer."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text, one, role

PUBLISHED = date(2025, 3, 6)

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, victim",
    [
        ("The soldiers killed in the ambush in Mali were from the 5th battalion.", "Malian Armed Forces"),
        ("The civilians killed in the airstrike in Idlib were mostly women and children.", "civilians"),
    ],
)
def test_the_described_subject_is_the_victim(nlp, text, victim):
    ex = extract_text(nlp, text, published=PUBLISHED)
    killing = one(ex, "Casualties")
    assert victim in role(ex, killing, "target")
    assert victim not in role(ex, killing, "agent")


def test_an_active_clause_keeps_its_doer(nlp):
    ex = extract_text(nlp, "The rebels killed five soldiers in the ambush in Mali.", published=PUBLISHED)
    assert role(ex, one(ex, "Casualties"), "agent") == ["rebels"]


@pytest.mark.parametrize(
    "text, victim",
    [
        ("The soldiers killed in the attack were buried on Tuesday.", "soldiers"),
        ("Gunmen attacked a checkpoint in Kenya's Mandera county on Monday. The police officers killed in the "
         "attack were buried on Tuesday.", "Police of Kenya"),
    ],
)
def test_a_participle_tagged_past_tense_on_its_noun(nlp, text, victim):
    ex = extract_text(nlp, text, published=PUBLISHED)
    killing = one(ex, "Casualties")
    assert victim in role(ex, killing, "target")
    assert victim not in role(ex, killing, "agent")
