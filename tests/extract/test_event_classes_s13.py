"""Classes of events read in session 13: demonstrators who clash with police or troops riot
(ontology/events-politics.ttl kgo:Riot "clash {Demonstrator}", the sense read from the
subject), with whom they clash as a participant (frame withParticipant), while armed groups
that clash stay an armed clash; charges as a noun (kgo:Trial "charge [of]", with
``plural_only_nouns`` of ontology/lexicon/events.toml) are a charge ("on charges of
treason"), "in charge of security" none; every item of a long list ("A, B, C and D",
parsed with B as an apposition) takes part. Sentences written for this test (Kenya, Ecuador,
Bangladesh, DR Congo, Sudan, Myanmar, Ethiopia, Uganda, Belarus, South Sudan, Tunisia, Nigeria,
Yemen)."""
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
        ("Protesters clashed with security forces in Quito on Friday.", "Protesters", "security forces"),  # Ecuador
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


@pytest.mark.parametrize(
    "text, cls, role, names",
    [
        # a list of four or more: the parser hangs the second item on the first as an
        # apposition and the "and" on the last item but one (group_words.list_item)
        ("Colonel Ahmed Musa, General Ibrahim Bello, Sani Abubakar and Musa Garba were all indicted on Tuesday.",
         "Trial", "target", ["ahmed musa", "ibrahim bello", "sani abubakar", "musa garba"]),  # Nigeria
        ("Police arrested Joseph Kabila, Moise Katumbi, Martin Fayulu and Felix Tshisekedi in Kinshasa.",
         "Arrest", "target", ["joseph kabila", "moise katumbi", "martin fayulu", "felix tshisekedi"]),  # DR Congo
    ],
)
def test_every_item_of_a_long_list_takes_part(nlp, text, cls, role, names):
    ex = extract_text(nlp, text)
    ev = one(ex, cls)
    got = {ex.entities[p.entity].label.lower() for p in ev.participants if p.role == role}
    assert set(names) <= got, got


def test_the_posts_of_one_person_are_no_list(nlp):
    ex = extract_text(nlp, "Mohammed Abdulsalam, the chief negotiator and spokesman of the Houthis, said the talks had failed.")
    speakers = {ex.entities[p.entity].label.lower() for e in events_of(ex, "Statement") for p in e.participants}
    assert speakers == {"mohammed abdulsalam"}, speakers


def test_a_post_and_its_units_are_no_list(nlp):
    text = ("\"We have nothing left to give,\" said Amina Yusuf, Director, Logistics and Planning Branch, "
            "World Food Programme, after visiting camps in Darfur.")  # Sudan
    ex = extract_text(nlp, text)
    speakers = {ex.entities[p.entity].label.lower() for e in events_of(ex, "Statement") for p in e.participants}
    assert speakers == {"amina yusuf"}, speakers
