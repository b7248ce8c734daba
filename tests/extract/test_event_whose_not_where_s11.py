"""A country named only as whose a participant is ("Norway's crown princess", "Togo's team
bus", "a Kenyan runner") is neither the place nor the target of the sentence's events; a
demonym two countries share ("Congolese") names the one the article names; figures of
speech and fixed expressions ("seize the opportunity", "de-escalation", "willing to die",
"according to reports") are no events. Sentences written for this test (Angola, Norway,
Kenya, Sudan, Republic of the Congo, DR Congo, Dominican Republic, Malaysia, Ukraine,
Somalia, Haiti, Yemen, Nigeria, Senegal)."""
from __future__ import annotations

import pytest

from helpers import events_of, extract_text, place_of, role_names

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Among the dead was the stepbrother of Norway's crown princess.", "dead"),
        ("Among the dead was the son of Kenya's finance minister.", "dead"),
        ("Senegal's national team decided to withdraw from the tournament after its bus was attacked by gunmen.", "attacked"),
    ],
)
def test_whose_country_is_no_place(nlp, text, trigger):
    ex = extract_text(nlp, text)
    e = next(e for e in ex.events if e.trigger.text == trigger)
    assert e.place is None, place_of(ex, e)


@pytest.mark.parametrize(
    "text, trigger, place",
    [
        # the rule must not fire: a place noun, a town, a part of a country
        ("Fighting erupted in the Sudanese capital on Saturday.", "Fighting", "Sudan"),
        ("Gunmen opened fire on Togo's team bus in Angola on Friday.", "opened fire on", "Angola"),
        ("A Kenyan runner was shot dead in Eldoret on Monday.", "shot dead", "Eldoret"),
        ("Heavy shelling hit Ukraine's Kharkiv region overnight.", "shelling", "Kharkiv"),
    ],
)
def test_place_nouns_still_place(nlp, text, trigger, place):
    ex = extract_text(nlp, text)
    e = next(e for e in ex.events if e.trigger.text == trigger)
    assert place.lower() in (place_of(ex, e) or "").lower()


def test_one_person_of_a_country_is_no_target(nlp):
    ex = extract_text(nlp, "A Kenyan runner was shot dead on Monday.")
    e = next(e for e in ex.events if e.trigger.text == "shot dead")
    assert "kenya" not in role_names(ex, e, "target")
    # a person a group phrase describes is kept as described
    ex = extract_text(nlp, "A Nigerian soldier was killed near Maiduguri.")
    e = next(e for e in ex.events if e.trigger.text == "killed")
    assert role_names(ex, e, "target") == {"a nigerian soldier"}


def test_possessor_of_the_event_noun_still_acts(nlp):
    ex = extract_text(nlp, "Russia's attack on the power grid left millions without electricity.")
    assert "russia" in role_names(ex, events_of(ex, "Attack")[0], "agent")


def test_shared_demonym_names_the_article_s_country(nlp):
    text = ("Fighting broke out in Brazzaville on Monday. The Congolese government accused the rebels of attacking a train. "
            "The Congolese army shelled villages in the Pool region.")
    ex = extract_text(nlp, text)
    labels = {e.label for e in ex.entities.values()}
    assert "Government of Congo-Brazzaville" in labels
    assert not any("Democratic Republic" in x or x == "DR Congo" for x in labels), labels


def test_shared_demonym_keeps_the_other_country_where_named(nlp):
    ex = extract_text(nlp, "Congolese soldiers clashed with M23 rebels near Goma in North Kivu.")
    assert "dr congo" in role_names(ex, events_of(ex, "ArmedClash")[0], "agent")


@pytest.mark.parametrize(
    "text",
    [
        "The parties must seize the opportunity for peace in Yemen.",
        "Leaders in Mogadishu should seize this chance.",
        "The team struck gold at the games in Nairobi.",
        "The Council called for de-escalation along the border between Sudan and South Sudan.",
        "Protesters in Port-au-Prince said they were willing to die for their cause.",
        "It was a stroke of luck, officials in Kano said.",
    ],
)
def test_figures_and_fixed_expressions_are_no_events(nlp, text):
    ex = extract_text(nlp, text)
    kinds = {e.type for e in ex.events} - {"Statement", "Appeal"}
    assert not kinds, [(e.type, e.trigger.text) for e in ex.events]


@pytest.mark.parametrize(
    "text, cls",
    [
        ("Rebels seized the town of Bunia on Sunday.", "TerritorialControl"),
        ("A missile hit a school in Kharkiv on Monday.", "Shelling"),
        ("Two soldiers died in the ambush near Menaka.", "Casualties"),
        ("The army warned of a dangerous escalation in Sahel.", "Escalation"),
    ],
)
def test_literal_uses_still_are_events(nlp, text, cls):
    assert events_of(extract_text(nlp, text), cls)


def test_according_to_with_no_speaker_is_no_statement_but_still_reports(nlp):
    ex = extract_text(nlp, "Some 30 villagers were killed in Jonglei, according to preliminary reports.")
    assert not [e for e in ex.events if e.trigger.text == "according"]
    assert events_of(ex, "Casualties")[0].modality == "reported"
    ex = extract_text(nlp, "Three people were killed in Lahad Datu, according to the Malaysian police.")
    assert [e for e in ex.events if e.trigger.text == "according"]
