"""Session 14 (issue 15): an event told under a denied belief, knowledge or witness ("we do not
believe that there was a second explosion", "there is no evidence that ...", "did not see any
airstrike") is negated, not asserted nor reported (kg/extract/events/disbelief.py, lexicon
``disbelief_verbs`` and ``evidence_nouns``). Not an indirect question ("do not know who attacked
the convoy": it happened), not a belief held, not what a denied statement leaves untold.
Sentences written for these tests (Ukraine, Nigeria, Peru, Sudan, Pakistan, Syria, Mali, Haiti,
Myanmar, Somalia)."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text

PUBLISHED = date(2024, 3, 12)

pytestmark = pytest.mark.model

CASES = [
    # a denied belief: the event of its clause is said not to have happened
    ('"We do not believe that there was a second explosion at the hotel," the spokesman said.', "explosion", "negated"),
    ("Officials in Kyiv do not believe the militants attacked the village on Friday.", "attacked", "negated"),
    ("Commanders in Bamako do not think that there was an ambush near Gao.", "ambush", "negated"),
    # absent evidence
    ("Police said there is no evidence that there was a second blast near the station.", "blast", "negated"),
    ("Investigators in Lima have found no evidence that the plane was shot down.", "shot down", "negated"),
    ("The police chief said there was no sign of a bombing at the mosque in Peshawar.", "bombing", "negated"),
    # a denied witness
    ("The governor said he did not see any airstrike on the market in Idlib.", "airstrike", "negated"),
    ("Residents of Port-au-Prince said they never heard gunfire near the school.", "gunfire", "negated"),
    # must not fire: a belief held, a question, a statement told, an event beside the denial
    ("We believe that there was a second explosion near the gate in Mogadishu.", "explosion", "asserted"),
    ('"We do not know who attacked the convoy," the governor of Borno said.', "attacked", "reported"),
    ("There was a second explosion near the hotel in Kabul, witnesses said.", "explosion", "reported"),
    ("The ministry did not say when the airstrike on Idlib took place.", "airstrike", "asserted"),
    ("Soldiers in Myanmar did not believe the warnings and shelled the village on Monday.", "shelled", "asserted"),
]


@pytest.mark.parametrize(("text", "trigger", "modality"), CASES)
def test_denied_belief_negates_its_event(nlp, text, trigger, modality):
    ex = extract_text(nlp, text, published=PUBLISHED)
    found = [e for e in ex.events if e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in ex.events]
    assert found[0].modality == modality
