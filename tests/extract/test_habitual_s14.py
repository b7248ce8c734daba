"""Session 14 (issues 11 and 15): events told as a campaign going on or as a kind, and the states
of an event that do not deny it.

- A present progressive, or a present "continue to", of an event verb whose object is a bare
  plural ("is targeting civilians", "continue to attack villages"), and a plural event noun that
  a present "be" says what it is ("the attacks by the group in the region are a retaliation"),
  are habitual (``kgo:habitual``, kg/extract/events/habitual.py): not one dated occasion. Not
  "is holding talks today", "are fleeing Goma after the attack", a headline present, a
  progressive on one thing ("are advancing on the city", "are holding 20 hostages").
- A denied lasting or end ("the ceasefire is not holding", "the truce did not last", "the war is
  not over") leaves its event told (``endurance_verbs``, ``ended_words``); "the vote was not held"
  is still negated.
- A verb in its own tense conjoined to a bare verb is outside that verb's "did not" ("did not
  believe the warnings and shelled the village").
- A raid on the offices of a newspaper is an event ("office" figurative only after "for":
  ``contest_targets``).
Sentences written for these tests (Somalia, Haiti, Mali, Sudan, DR Congo, Burkina Faso, Nigeria,
Myanmar, Ethiopia, Bangladesh, Zimbabwe, Peru, Kenya)."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import event_in, extract_text

PUBLISHED = date(2024, 3, 12)

pytestmark = pytest.mark.model


def _event(nlp, text: str, trigger: str):
    return event_in(nlp, text, trigger, published=PUBLISHED)


HABITUAL = [
    ('"The militants are targeting civilians because they want the locals to surrender," the governor said.', "targeting", True),
    ("Gangs are killing residents of the capital, the UN envoy in Port-au-Prince said.", "killing", True),
    ("The militia continues to attack villages in the province of Mopti, residents say.", "attack", True),
    ("Jihadists have been abducting farmers across northern Burkina Faso, aid groups said.", "abducting", True),
    ("The analyst said the attacks by the group in the central region are a retaliation against locals.", "attacks", True),
    ("Raids on villages are a common tactic of the armed groups in Zamfara.", "Raids", True),
    # must not fire
    ("The minister is holding talks with the rebels today in Doha.", "holding talks", False),
    ("Thousands are fleeing Goma after the attack on the camp.", "fleeing", False),
    ("Rebels seize town in eastern Congo.", "seize", False),
    ("Troops are advancing on the city of Wad Madani, witnesses said on Sunday.", "advancing on", False),
    ("Gunmen are holding 20 hostages in the school in Kaduna, police said.", "holding 20 hostages", False),
    ("The two attacks on the convoy near Mandalay are the deadliest this year.", "attacks", False),
    ("Militants attacked villages in the region of Amhara on Monday, residents said.", "attacked", False),
    ("Soldiers are attacking villages in the area today, residents said.", "attacking", False),
    ("The Lagos fuel subsidy protests are a wave of unrest against the government of Nigeria.", "protests", False),
    ("The Dhaka quota protests are a series of demonstrations led by students in Bangladesh.", "protests", False),
    ("The Lima pension protests are the largest since 2020, organisers said.", "protests", False),
]


@pytest.mark.parametrize(("text", "trigger", "habitual"), HABITUAL)
def test_a_campaign_going_on_or_a_kind_is_habitual(nlp, text, trigger, habitual):
    assert _event(nlp, text, trigger).habitual is habitual


STATES = [
    ("The war in Sudan is not over, the general said.", "war", "reported"),
    ("The war is not yet over in eastern Congo.", "war", "asserted"),
    ("The ceasefire in Tigray is not holding, residents said.", "ceasefire", "reported"),
    ("The truce between the army and the rebels in Myanmar did not last.", "truce", "asserted"),
    ("The vote in Kenya was not held on time.", "held", "negated"),
    ("Soldiers in Myanmar did not believe the warnings and shelled the village on Monday.", "shelled", "asserted"),
    ("The army did not attack the camp in Beni and withdrew from the area.", "attack", "negated"),
    ("The army did not attack the camp in Beni and withdrew from the area.", "withdrew", "asserted"),
    ("The militia did not retreat and kill the hostages.", "kill", "negated"),
    ("The rebels will attack the town of Bunia and seize the airport.", "seize", "planned"),
]


@pytest.mark.parametrize(("text", "trigger", "modality"), STATES)
def test_a_denied_state_of_an_event_does_not_deny_it(nlp, text, trigger, modality):
    assert _event(nlp, text, trigger).modality == modality


@pytest.mark.parametrize("text", [
    "Police raided the offices of an opposition party in Dhaka on Monday.",
    "Security forces raided the office of a rights group in Harare.",
    "Soldiers raided the offices of the newspaper in Lima on Friday.",
])
def test_a_raid_on_offices_is_real(nlp, text):
    assert _event(nlp, text, "raided").modality == "asserted"


def test_a_battle_for_office_is_no_violence(nlp):
    ex = extract_text(nlp, "The battle for the presidency in Peru turned ugly.", published=PUBLISHED)
    assert not [e for e in ex.events if e.trigger.text == "battle"]


@pytest.mark.parametrize(("text", "trigger", "modality"), [
    ("Officials in Nairobi do not have details on the attack, but they can confirm that the blast killed four people.", "confirm", "asserted"),
    ("At least two reporters in Khartoum were reportedly killed, and scores of others injured.", "injured", "reported"),
])
def test_a_conjoined_clause_with_its_own_subject_and_auxiliary_is_outside_the_negation(nlp, text, trigger, modality):
    assert _event(nlp, text, trigger).modality == modality
