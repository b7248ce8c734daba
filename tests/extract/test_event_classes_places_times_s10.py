"""Event classes, places and times, session 10: nominal events (imprisonment, reelection,
ousting), surrounding or cordoning off a building or town (a closure), a time phrase the
parser hangs on the preposition of an event noun, consequences that take their cause's place
and time, a speech act placed where its channel was held, no scene set by pluperfect
background, a "where" clause, arrests a state makes, and a place named as the source of a noun
that is no lone place of its sentence. Own sentences from many crises (the check set is part
"s10-evtime-check" of bench/data/events_probe.toml)."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import by_trigger as _event
from helpers import extract_text
from helpers import place_of as _place

PUBLISHED = date(2025, 3, 6)  # a Thursday


@pytest.mark.model
@pytest.mark.parametrize(
    "text, cls, trigger",
    [
        ("Protests spread across Myanmar following the ousting and imprisonment of Aung San Suu Kyi.", "Ouster", "ousting"),
        ("Protests spread across Myanmar following the ousting and imprisonment of Aung San Suu Kyi.", "Arrest", "imprisonment"),
        ("Rights groups condemned the incarceration of the opposition leader in Tunis.", "Arrest", "incarceration"),  # Tunisia
        ("The opposition rejected the reelection of President Emmerson Mnangagwa.", "Election", "reelection"),  # Zimbabwe
        ("Soldiers surrounded the presidential palace in Conakry on Sunday.", "Blockade", "surrounded"),  # Guinea
        ("Police cordoned off the court complex in Islamabad on Tuesday.", "Blockade", "cordoned off"),  # Pakistan
        ("Bahraini security forces conducted a security operation in Diraz on Tuesday.", "MilitaryOperation",
         "conducted a security operation"),  # Bahrain
    ],
)
def test_nominal_and_closure_triggers(nlp, text, cls, trigger):
    ex = extract_text(nlp, text, published=PUBLISHED)
    _event(ex, cls, trigger)


@pytest.mark.model
def test_surrounded_by_people_is_no_closure(nlp):
    # Burundi, DR Congo: a person surrounded by officers or bodyguards
    for text in ("The general was surrounded by several senior officers of the army and police.",
                 "The president was surrounded by his bodyguards when he arrived in Goma."):
        ex = extract_text(nlp, text, published=PUBLISHED)
        assert not [e for e in ex.events if e.type == "Blockade"], text


@pytest.mark.model
@pytest.mark.parametrize(
    "text, cls, trigger, time",
    [
        ("Gabon has been ruled by the Bongo family since 1967, following his death in 2009.", "Casualties", "death", "2009"),
        ("Mali has been run by a junta since the coup in August 2020.", "Coup", "coup", "2020-08"),  # Mali
        ("Chad has been ruled by the Deby family since 1990, following the coup in December 1990.", "Coup", "coup", "1990-12"),
    ],
)
def test_a_time_on_the_preposition_of_an_event_noun_dates_the_noun(nlp, text, cls, trigger, time):
    ex = extract_text(nlp, text, published=PUBLISHED)
    e = _event(ex, cls, trigger)
    assert e.time is not None and e.time.value == time


@pytest.mark.model
@pytest.mark.parametrize(
    "text, trigger, place, time",
    [
        # Kenya: a chain "stormed ..., leading to clashes ... that resulted in deaths"
        ("On 25 June protestors stormed the Parliament buildings in Nairobi, leading to clashes with police that resulted "
         "in at least five deaths and numerous injuries.", "injuries", None, "2024-06-25"),
        # Myanmar: the subject of "resulted in"
        ("The airstrike on Tuesday in Sagaing resulted in the deaths of 30 villagers.", "deaths", "Sagaing", "2025-03-04"),
        # Burkina Faso: the relative clause the parser hangs on the last noun of the event's phrase
        ("On 14 June jihadists attacked the town of Mansila, leading to clashes with the army that resulted in the deaths "
         "of over 100 soldiers.", "deaths", "Mansila", "2024-06-14"),
    ],
)
def test_a_consequence_takes_its_cause_place_and_time(nlp, text, trigger, place, time):
    ex = extract_text(nlp, text, published=PUBLISHED)
    e = _event(ex, "Casualties", trigger)
    assert e.time is not None and e.time.value == time
    if place is not None:
        assert _place(ex, e) == place


@pytest.mark.model
def test_a_consequence_dated_otherwise_is_another_occasion(nlp):
    # Gabon: the coup attempt of 2019 is not where the 2016 election was
    ex = extract_text(nlp, "Ali Bongo was re-elected in an election in Haut-Ogooue province in 2016 which prompted a "
                           "failed coup attempt in 2019.", published=PUBLISHED)
    e = _event(ex, "Coup", "coup attempt")
    assert e.time is not None and e.time.value == "2019" and e.place is None


@pytest.mark.model
@pytest.mark.parametrize(
    "text, place",
    [
        ("\"This is a huge number,\" said OHCHR spokesperson Liz Throssell at a news briefing at the United Nations in Geneva.",
         "Geneva"),  # Kazakhstan
        ("\"We urge restraint,\" he said during the regular news briefing in New York on Friday.", "New York City"),  # Kashmir
        ("In a statement issued in Addis Ababa, the government said rebels had attacked Gondar.", "Addis Ababa"),  # Ethiopia
        ("Speaking at a news conference in Kyiv, Zelenskiy said Russia had fired 40 missiles overnight.", "Kyiv"),  # Ukraine
    ],
)
def test_a_speech_act_is_placed_where_its_channel_was_held(nlp, text, place):
    ex = extract_text(nlp, text, published=PUBLISHED)
    said = [e for e in ex.events if e.type == "Statement" and e.trigger.text == "said"]
    assert len(said) == 1 and _place(ex, said[0]) == place
    # what was said is not placed where it was said
    assert all(_place(ex, e) != place for e in ex.events if e is not said[0] and e.attributed_to == said[0].id)


@pytest.mark.model
def test_pluperfect_background_sets_no_scene_and_where_clauses_place(nlp):
    # Bahrain: the sit-in "had been" held since 2016; the operation sets the scene
    ex = extract_text(nlp, "On 23 May 2017, Bahraini security forces conducted a security operation in Diraz, where "
                           "supporters of the cleric had been holding a sit-in since June 2016. At least five protesters "
                           "were killed and some 286 individuals were arrested.", published=PUBLISHED)
    sit_in = _event(ex, "Protest", "holding a sit-in")
    assert _place(ex, sit_in) == "Diraz"
    for cls, trigger in (("Casualties", "killed"), ("Arrest", "arrested")):
        e = _event(ex, cls, trigger)
        assert e.time is not None and e.time.value == "2017-05-23", trigger
    # Mali: a "where" clause
    ex = extract_text(nlp, "The rebels advanced on Kidal, where fighting erupted on Sunday.", published=PUBLISHED)
    assert _place(ex, _event(ex, "ArmedClash", "fighting")) == "Kidal"


@pytest.mark.model
@pytest.mark.parametrize(
    "text, trigger, place",
    [
        ("On 26 July 2023, soldiers from Niger's presidential guard arrested President Mohamed Bazoum.", "arrested", "Niger"),
        ("Iran detained a French citizen on espionage charges on Saturday.", "detained", "Iran"),
        ("Kenyan police arrested 20 protesters on Tuesday.", "arrested", "Kenya"),
        ("The Taliban arrested a British aid worker in Kabul.", "arrested", "Kabul"),  # stated: the town
    ],
)
def test_arrests_a_state_makes_happen_in_that_state(nlp, text, trigger, place):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert _place(ex, _event(ex, "Arrest", trigger)) == place


@pytest.mark.model
def test_a_place_a_noun_comes_from_is_no_lone_place(nlp):
    # Sierra Leone: "concerns from the United States" place no event; Timor-Leste: reports from
    # Dili tell what happened there
    ex = extract_text(nlp, "The attacks came amid tensions brought about by the reelection of President Julius Maada Bio "
                           "which raised concerns from the United States.", published=PUBLISHED)
    assert all(_place(ex, e) != "United States" for e in ex.events)
    ex = extract_text(nlp, "Reports from Dili say Jose Ramos-Horta was shot in the stomach.", published=PUBLISHED)
    assert _place(ex, _event(ex, "Attack", "shot")) == "Dili"


@pytest.mark.model
def test_a_consequence_takes_every_place_of_its_cause_but_no_time_of_a_report(nlp):
    # Iraq: both places of the attacks
    ex = extract_text(nlp, "Gunmen attacked police posts near Kirkuk and Tuz Khurmatu on Sunday. The attacks, which were "
                           "claimed by Islamic State, resulted in at least nine deaths.", published=PUBLISHED)
    e = _event(ex, "Casualties", "deaths")
    assert _place(ex, e) == "Kirkuk" and [ex.entities[k].label for k in e.also_places] == ["Tuz Khurmatu"]
    # Papua New Guinea: the attacks are dated only by the statement that reports them
    ex = extract_text(nlp, "Recent attacks on three villages in East Sepik province resulted in at least 26 deaths, "
                           "Volker Türk said in a statement on Wednesday.", published=PUBLISHED)
    e = _event(ex, "Casualties", "deaths")
    assert _place(ex, e) == "East Sepik" and e.time is None
