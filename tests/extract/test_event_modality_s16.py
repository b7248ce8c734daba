"""Modality read in session 16: an election ahead ("upcoming", "forthcoming", a candidate
"running for re-election") is planned, one held is not; "made no attempt to flee" denies the
flight; what an appeal asks "not" to happen ("to ensure people are not arrested") is called
for, hypothetical, not denied; a kind noun passes a report on ("reports of other forms of
ill-treatment"); a demonstrative noun ("these deaths") is as hedged as the events it takes up;
a definite event a denied part is "in" took place ("denied it was involved in the raid").
Sentences written for this test (Bangladesh, the Philippines, Nigeria, Peru, Kenya, Norway,
Venezuela, Myanmar, Syria, Haiti, Egypt, DR Congo, Israel, Mali, Ghana)."""
from __future__ import annotations

import pytest

from helpers import extract_text

pytestmark = pytest.mark.model


def _modality(ex, trigger):
    found = [e.modality for e in ex.events if e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in ex.events]
    return found[0]


@pytest.mark.parametrize("text, trigger, modality", [
    ("He was speaking at a rally for a senator running for re-election in Manila.", "election", "planned"),  # Philippines
    ("The governor, who is running for re-election in Lagos, was shot on Friday.", "election", "planned"),  # Nigeria
    ("Voters in Lima will cast ballots in the forthcoming presidential election.", "presidential election", "planned"),  # Peru
    ("Police were deployed across Accra before the upcoming election.", "election", "planned"),  # Ghana
    ("The president won the election held in March in Dhaka.", "election", "asserted"),  # Bangladesh: held
    ("The senator ran for re-election in 2019 and lost in Davao.", "election", "asserted"),  # Philippines: past
])
def test_an_election_ahead_is_planned(nlp, text, trigger, modality):
    assert _modality(extract_text(nlp, text), trigger) == modality


@pytest.mark.parametrize("text, trigger, modality", [
    ("The suspect was calm and made no attempt to flee, police in Nairobi said.", "flee", "negated"),  # Kenya
    ("The gunman made no attempt to escape and was arrested at the scene in Oslo.", "escape", "negated"),  # Norway
    ("The rebels made an attempt to flee across the border into Uganda.", "flee", "planned"),  # DR Congo: tried
])
def test_no_attempt_denies_what_is_attempted(nlp, text, trigger, modality):
    assert _modality(extract_text(nlp, text), trigger) == modality


@pytest.mark.parametrize("text, trigger", [
    ("The UN called on the authorities to ensure that people are not arrested without a warrant in Caracas.", "arrested"),  # Venezuela
    ("We call on the authorities in Peru to ensure protesters are not detained without a warrant.", "detained"),  # Peru
    ("Rights groups urged the junta to make sure journalists are not detained for their work in Yangon.", "detained"),  # Myanmar
])
def test_what_an_appeal_asks_not_to_happen_is_called_for(nlp, text, trigger):
    assert _modality(extract_text(nlp, text), trigger) == "hypothetical"


@pytest.mark.parametrize("text, trigger, modality", [
    ("There have also been reports of other forms of torture in prisons across Syria.", "torture", "reported"),  # Syria
    ("There were reports of several cases of looting in Port-au-Prince overnight.", "looting", "reported"),  # Haiti
    ("About 90 prisoners have allegedly died in custody, and the UN called for investigations into these deaths.", "deaths", "reported"),  # Egypt
    ("Soldiers killed 12 villagers near Mopti, and the UN condemned these killings.", "killings", "asserted"),  # Mali: told plainly
])
def test_a_hedge_reaches_what_takes_its_event_up(nlp, text, trigger, modality):
    assert _modality(extract_text(nlp, text), trigger) == modality


@pytest.mark.parametrize("text, trigger, modality", [
    ("The rebel group dismissed the charge that it was involved in the raid on the barracks in Goma.", "raid", "asserted"),  # DR Congo
    ("Hamas denied any role in the killings at the festival near Re'im.", "killings", "asserted"),  # Israel
    ("The army denied reports of a massacre in the village near Gao.", "massacre", "negated"),  # Mali: denied
])
def test_a_denied_part_in_an_event_leaves_the_event(nlp, text, trigger, modality):
    assert _modality(extract_text(nlp, text), trigger) == modality
