"""Classes of events read in session 13: demonstrators who clash with police or troops riot
(ontology/events-politics.ttl kgo:Riot "clash {Demonstrator}", the sense read from the
subject), with whom they clash as a participant (frame withParticipant), while armed groups
that clash stay an armed clash; charges as a noun (kgo:Trial "charge [of]", with
``plural_only_nouns`` of ontology/lexicon/events.toml) are a charge ("on charges of
treason"), "in charge of security" none. Sentences written for this test (Kenya, Venezuela,
Bangladesh, DR Congo, Sudan, Myanmar, Ethiopia, Uganda, Belarus, South Sudan, Tunisia)."""
from __future__ import annotations

import pytest

from helpers import events_of, extract_text, one

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


@pytest.mark.parametrize(
    "text",
    [
        "The journalist pleaded not guilty to charges of spreading false news in Addis Ababa.",  # Ethiopia
        "Police arrested three opposition leaders in Kampala on charges of treason.",  # Uganda
        "The blogger was detained in Minsk on charges of inciting riots.",  # Belarus
    ],
)
def test_charges_of_a_crime_are_a_charge(nlp, text):
    ex = extract_text(nlp, text)
    assert [e for e in events_of(ex, "Trial") if e.trigger.text == "charges"], _types(ex)


@pytest.mark.parametrize(
    "text",
    [
        "The general in charge of security in Upper Nile resigned on Monday.",  # South Sudan
        "The colonel took charge of the brigade in Juba.",  # South Sudan
        "The minister in charge of the interior met protesters in Tunis.",  # Tunisia
        "Soldiers placed charges of TNT under the bridge in Sagaing.",  # Myanmar
    ],
)
def test_being_in_charge_is_no_charge(nlp, text):
    assert not events_of(extract_text(nlp, text), "Trial")
