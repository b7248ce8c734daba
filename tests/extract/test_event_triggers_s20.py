"""Events untuned world news reports that kg missed or misclassed (issue 11, session 20): a
crowd's march wherever it goes (``march {Demonstrator}``), people marching down or along a
street (kgo:Marcher), relief goods sent, supplied or distributed (kgo:Relief, with the "of"
object of a load: ``measure_nouns``), and a hazard that strikes or hits (an earthquake is no
attack: ``aiming_subject_classes``). Sentences written for this test, after events reported
from Belarus, Sudan, Georgia, Hong Kong, Colombia, Pakistan, Nepal and China."""
from __future__ import annotations

import pytest

from helpers import events_of, extract_text

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Demonstrators marched in the capital on Sunday to demand new elections.",
        "Hundreds of women marched in the city on Thursday.",
        "Opposition supporters marched in Kutaisi against the new law.",
        "Tens of thousands of people marched down the main avenue of Cali on Saturday.",
        "Thousands of people marched along the seafront in Valparaiso.",
    ],
)
def test_a_crowd_that_marches_protests(nlp, text):
    assert events_of(extract_text(nlp, text), "Protest")


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of troops marched down the avenue during the parade.",
        "In March, the army marched through the valley.",
        "The rebels marched in the city after the government fell.",
        "People marched in the rain to the polling stations.",
        "The vote was held in March in the capital.",
    ],
)
def test_soldiers_the_month_and_voters_do_not_protest(nlp, text):
    assert not events_of(extract_text(nlp, text), "Protest")


@pytest.mark.parametrize(
    "text",
    [
        "The World Health Organization sent two truckloads of medicines to the affected districts.",
        "The agency is supplying 11,000 tents to survivors of the flood in Sindh.",
        "UNICEF has sent 5,000 hygiene kits to the camps.",
        "The World Food Programme distributed food rations to 20,000 survivors in Kathmandu.",
    ],
)
def test_relief_goods_sent_or_distributed_are_aid(nlp, text):
    assert events_of(extract_text(nlp, text), "HumanitarianAid")


@pytest.mark.parametrize(
    "text",
    [
        "The minister sent a letter to the council.",
        "The ministry sent a communication to the embassy.",
        "The company supplies electricity to the capital.",
        "The government sent troops to the region.",
    ],
)
def test_letters_power_and_troops_are_no_aid(nlp, text):
    assert not events_of(extract_text(nlp, text), "HumanitarianAid")


@pytest.mark.parametrize(
    "text",
    [
        "A 7.8 magnitude earthquake struck the province on Monday, killing more than 2,000 people.",
        "A powerful cyclone hit the coast overnight.",
        "Floods hit the district last week.",
        "The earthquake that struck the region destroyed thousands of houses.",
    ],
)
def test_a_hazard_that_strikes_is_no_attack(nlp, text):
    ex = extract_text(nlp, text)
    assert events_of(ex, "NaturalDisaster") and not events_of(ex, "Attack")


@pytest.mark.parametrize(
    "text, cls",
    [
        ("Militants struck a police station in the north.", "Attack"),
        ("Fighter jets struck the airport on Monday.", "AirStrike"),
    ],
)
def test_armed_men_who_strike_still_attack(nlp, text, cls):
    assert events_of(extract_text(nlp, text), cls)
