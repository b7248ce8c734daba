"""Arguments, session 14: what a passive verb of harm or damage says was struck "by" an event
noun is that event's target ("the Grand Continental Building was shattered by an explosion", "the
embassy was damaged by a car bomb"), but not what is only woken or condemned by it, nor the
subject of a verb outside the ``struck_verbs`` list. Sentences written for this test (Zimbabwe,
Somalia, DR Congo, Central African Republic, Iraq, Pakistan)."""
from __future__ import annotations

import pytest

from helpers import event_at, extract_text, role_names

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, trigger, target",
    [
        ("The Grand Continental Building in Harare was shattered by an explosion on Monday.", "explosion",
         "grand continental building"),
        ("The headquarters of the Somali National Army in Mogadishu was damaged by a bombing on Friday.", "bombing",
         "somali national army"),
        ("A convoy of the Red Cross was hit by a roadside bombing near Goma on Sunday.", "bombing",
         "international committee of the red cross"),
        ("The offices of the Electoral Commission were destroyed by an attack in Bangui.", "attack", "electoral commission"),
    ],
)
def test_struck_by_event_is_its_target(nlp, text, trigger, target):
    ex = extract_text(nlp, text)
    assert target in role_names(ex, event_at(ex, trigger), "target")


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("The residents of Mosul were woken by an explosion before dawn.", "explosion"),
        ("The Quetta police chief was briefed by officers on the bombing.", "bombing"),
    ],
)
def test_other_passives_name_no_target(nlp, text, trigger):
    ex = extract_text(nlp, text)
    assert not role_names(ex, event_at(ex, trigger), "target")
