"""Where and when, session 6 (kg/extract/events/places.py, timing.py, kg/extract/time.py):
an event keeps every place its clause states (coordinated places, both ends of "from X to Y",
the towns a military action hit) and each becomes a kgo:eventPlace; two days joined by
"and" / "to" are a range ("on 3 and 4 May", "on Monday and Tuesday"); a weekday followed by
its date is that date; a weekday in what was said counts from the day it was said; "on that
day" hung on the object phrase; an event verb takes the time of the event noun it happened
in. Own sentences from Ukraine, DR Congo, Sudan, Myanmar, Gaza, Colombia, Ethiopia, Red
Sea/Yemen, Syria, Mali, Somalia, Haiti, Nigeria, Kenya, Niger and Libya."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text, one

PUBLISHED = date(2025, 3, 6)  # a Thursday


def _places(ex, event) -> set[str]:
    keys = [event.place, *event.also_places] if event.place else []
    return {ex.entities[k].label for k in keys}


@pytest.mark.model
@pytest.mark.parametrize(
    "text, cls, places",
    [
        ("Russian missiles struck Kharkiv and Zaporizhzhia overnight, killing at least six people.", "Shelling",
         {"Kharkiv", "Zaporizhzhia"}),  # Ukraine
        ("Clashes between M23 rebels and Congolese troops erupted in Goma and Sake on 23 January.", "ArmedClash",
         {"Goma", "Sake"}),  # DR Congo
        ("Fighting spread from Khartoum to Omdurman in April 2023.", "ArmedClash", {"Khartoum", "Omdurman"}),  # Sudan
        ("The army carried out airstrikes on villages in Sagaing and Magway regions on 14 July.", "AirStrike",
         {"Sagaing Region", "Magway Region"}),  # Myanmar
        ("Israeli strikes hit Khan Younis and Rafah early on Sunday, the Gaza health ministry said.", "Attack",
         {"Khan Younis", "Rafah"}),  # Gaza
        ("Protesters rallied in Bogota, Medellin and Cali on Wednesday against the reform.", "Protest",
         {"Bogotá", "Medellin", "Cali"}),  # Colombia
        ("Ethiopian troops clashed with Fano militia in Gondar, Bahir Dar and Lalibela.", "ArmedClash",
         {"Gondar", "Bahir Dar", "Lalibela"}),  # Ethiopia
        ("The Houthis attacked two merchant ships in the Red Sea and the Gulf of Aden on Monday.", "Attack",
         {"Red Sea", "Gulf of Aden"}),  # Red Sea / Yemen
        ("Turkish drones struck Kobani and Qamishli in northeast Syria on Friday, the SDF said.", "AirStrike",
         {"Kobani", "Qamishli"}),  # Syria
        ("Jihadists attacked army posts in Boulkessi and Mondoro on Monday and Tuesday.", "Attack",
         {"Boulkessi", "Mondoro"}),  # Mali
        ("Somali forces killed 30 al-Shabaab fighters in the regions of Hiran and Galgaduud on Monday.", "Casualties",
         {"Hiiraan", "Galguduud"}),  # Somalia
        ("M23 rebels attacked Sake and Minova on Tuesday.", "Attack", {"Sake", "Minova"}),  # DR Congo: the towns hit
    ],
)
def test_an_event_keeps_every_place_its_clause_states(nlp, text, cls, places):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert _places(ex, one(ex, cls)) == places


@pytest.mark.model
def test_what_is_said_gets_no_places_of_what_it_is_about(nlp):
    ex = extract_text(nlp, "The UN condemned the Israeli strikes on Khan Younis and Rafah.", published=PUBLISHED)  # Gaza
    assert _places(ex, one(ex, "Condemnation")) == set()


@pytest.mark.model
def test_where_a_noun_subject_of_an_arrival_verb_came(nlp):
    ex = extract_text(nlp, "Clashes erupted in Tripoli on 14 August, and the fighting spread to Zawiya.", published=PUBLISHED)  # Libya
    assert {frozenset(_places(ex, e)) for e in ex.events} == {frozenset({"Tripoli"}), frozenset({"Zawiya"})}


@pytest.mark.model
def test_each_place_is_an_event_place_in_the_graph(nlp, settings):
    from rdflib import URIRef

    from kg.rdf import Iris, to_rdf
    from kg.vocab import KGO, SEM

    ex = extract_text(nlp, "Ethiopian troops clashed with Fano militia in Gondar and Bahir Dar.", published=PUBLISHED)  # Ethiopia
    g = to_rdf(ex, Iris(settings.base_iri)).claims
    clash = one(ex, "ArmedClash")
    node = URIRef(Iris(settings.base_iri).event(ex.article.id, clash.id))
    iris = Iris(settings.base_iri)
    wanted = {iris.entity(k) for k in [clash.place, *clash.also_places]}
    assert len(wanted) == 2
    assert set(g.objects(node, KGO.eventPlace)) == wanted
    assert set(g.objects(node, SEM.hasPlace)) == wanted


@pytest.mark.model
@pytest.mark.parametrize(
    "text, cls, value, end",
    [
        ("Jihadists attacked army posts in Boulkessi on Monday and Tuesday.", "Attack", "2025-03-03", "2025-03-04"),  # Mali
        ("Israeli strikes killed 20 people in Gaza City on Saturday and Sunday, the health ministry said.", "Attack",
         "2025-03-01", "2025-03-02"),  # Gaza: the strikes, subject of the dated verb
        ("Clashes broke out in Juba on the night of 7 to 8 July.", "ArmedClash", "2024-07-07", "2024-07-08"),  # South Sudan
        ("Talks were held in Doha on 3 and 4 March.", "Negotiation", "2025-03-03", "2025-03-04"),  # Sudan
        ("Houthi forces attacked ships in the Red Sea between 19 and 21 November.", "Attack", "2024-11-19", "2024-11-21"),  # Yemen
    ],
)
def test_two_days_are_a_range(nlp, text, cls, value, end):
    ev = one(extract_text(nlp, text, published=PUBLISHED), cls)
    assert (ev.time.value, ev.time.end) == (value, end)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, cls, value",
    [
        ("Protests erupted in Nairobi and Mombasa on Tuesday, 25 June, as parliament passed the finance bill.", "Protest",
         "2024-06-25"),  # Kenya: the date says which Tuesday
        ("In a statement on Friday, the ministry said gunmen had abducted 20 students in Kaduna on Thursday.", "Abduction",
         "2025-02-27"),  # Nigeria: the Thursday before the Friday it was said
        ("The army seized power in a coup in Niger on 26 July 2023.", "Coup", "2023-07-26"),  # Niger: the coup too
        ("The military seized power in a coup in October 2021.", "Coup", "2021-10"),  # Sudan: both mentions
    ],
)
def test_the_day_the_sentence_states(nlp, text, cls, value):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert {e.time.value for e in ex.events if e.type == cls} == {value}


@pytest.mark.model
def test_on_that_day_on_the_object_phrase(nlp):
    text = ("Gangs burned homes in Mirebalais on 31 March. At least 10 people were killed after gunmen stormed a "
            "church in Port-au-Prince, Ouest department, on that day.")  # Haiti
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert one(ex, "Attack").time.value == "2024-03-31"


@pytest.mark.model
@pytest.mark.parametrize(
    "text, cls, places",
    [
        # the parser makes the general a conjunct of the town: he is the next verb's subject
        ("On 26 July 2023, members of the presidential guard detained President Mohamed Bazoum in Niamey and "
         "General Abdourahamane Tchiani declared himself head of state.", "Arrest", {"Niamey"}),  # Niger
        ("Soldiers detained President Roch Kabore in Ouagadougou and Lieutenant Colonel Paul-Henri Damiba "
         "declared himself leader.", "Arrest", {"Ouagadougou"}),  # Burkina Faso
    ],
)
def test_a_conjunct_that_is_a_person_is_no_place(nlp, text, cls, places):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert _places(ex, one(ex, cls)) == places


@pytest.mark.model
def test_an_event_noun_in_the_of_phrase_of_a_signed_object(nlp):
    text = ("The Ethiopian government and the Tigray People's Liberation Front signed a cessation of hostilities "
            "agreement in Pretoria on 2 November 2022.")  # Ethiopia
    assert one(extract_text(nlp, text, published=PUBLISHED), "Agreement").time.value == "2022-11-02"


@pytest.mark.model
def test_an_event_n_days_before_the_dated_clause(nlp):
    ex = extract_text(nlp, "Fighting resumed on Saturday morning in Sake, two days after a truce collapsed.",
                      published=PUBLISHED)  # DR Congo
    assert one(ex, "Ceasefire").time.value == "2025-02-27"


@pytest.mark.model
def test_a_calendar_date_rather_than_a_weekday_of_the_same_clause(nlp):
    text = "Gunmen attacked a mosque in the Tillaberi region during Friday prayers on 21 March, killing 44 worshippers."  # Niger
    assert one(extract_text(nlp, text, published=PUBLISHED), "Attack").time.value == "2024-03-21"


@pytest.mark.model
@pytest.mark.parametrize(
    "text, said, event",
    [
        ("The government denounced the massacre in Solhan.", "Condemnation", "MassViolence"),  # Burkina Faso
        ("The Security Council condemned the attack on a UN convoy near Bunia.", "Condemnation", "Attack"),  # DR Congo
    ],
)
def test_the_place_after_an_event_object_is_the_events_not_the_sayings(nlp, text, said, event):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert _places(ex, one(ex, said)) == set()
    assert len(_places(ex, one(ex, event))) == 1


@pytest.mark.model
def test_the_phrase_after_an_event_object_hung_on_the_saying(nlp):
    text = "Ukraine's foreign ministry called on the United Nations to condemn the Russian strike on Kyiv's children's hospital."
    ex = extract_text(nlp, text, published=PUBLISHED)  # Ukraine ("Kyiv's" is read as the state today)
    assert len(_places(ex, one(ex, "Attack")) & {"Ukraine", "Kyiv"}) == 1


@pytest.mark.model
@pytest.mark.parametrize(
    "text, cls",
    [
        ("Sudanese army drones struck RSF positions near the border with Chad on Monday.", "AirStrike"),  # Sudan
        ("Fighting erupted near the border with Rwanda, the Congolese army said.", "ArmedClash"),  # DR Congo
        ("Houthi forces seized a ship owned by a company based in Israel.", "Seizure"),  # Red Sea
        ("Taliban fighters detained a former soldier who had returned from Iran.", "Arrest"),  # Afghanistan
    ],
)
def test_a_place_said_of_something_else_is_not_where(nlp, text, cls):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert _places(ex, one(ex, cls)) == set()


@pytest.mark.model
def test_the_only_place_of_the_sentence_stays_when_it_is_the_events(nlp):
    ex = extract_text(nlp, "Israeli troops raided a hospital run by the Palestinian Red Crescent in Khan Younis.",
                      published=PUBLISHED)  # Gaza
    assert _places(ex, one(ex, "Attack")) == {"Khan Younis"}


@pytest.mark.model
def test_a_place_talked_about_is_not_where_the_meeting_was(nlp):
    ex = extract_text(nlp, "The Security Council met today to discuss the situation in Haiti.", published=PUBLISHED)  # Haiti
    assert _places(ex, one(ex, "Meeting")) == set()


@pytest.mark.model
@pytest.mark.parametrize(
    "text, cls, value",
    [
        ("Thousands of people are fleeing Goma as M23 rebels advance on the city.", "Displacement", "2025-03-06"),  # DR Congo
        ("Fighting continues in El Fasher, where the RSF is shelling the last army positions.", "ArmedClash",
         "2025-03-06"),  # Sudan
        ("Fighting continues in El Fasher, where the RSF is shelling the last army positions.", "Shelling",
         "2025-03-06"),  # Sudan
        ("The Taliban have banned girls from secondary schools for years.", "Restriction", None),  # Afghanistan: a stretch
        ('"Al-Shabab is targeting civilians," the commissioner said.', "Attack", None),  # Somalia: a quotation
    ],
)
def test_what_the_article_tells_as_going_on_is_dated_the_day_it_is_published(nlp, text, cls, value):
    ev = one(extract_text(nlp, text, published=PUBLISHED), cls)
    assert (ev.time.value if ev.time else None) == value


@pytest.mark.model
@pytest.mark.parametrize(
    "text, cls, value",
    [
        ("Two days after the ceasefire took effect on 27 November, Israeli strikes hit southern Lebanon.", "Attack",
         "2024-11-29"),  # Lebanon
        ("A day before the truce took effect on 10 May, rebels shelled Kalehe.", "Shelling", "2024-05-09"),  # DR Congo
    ],
)
def test_n_days_from_the_dated_clause_of_the_phrase(nlp, text, cls, value):
    assert one(extract_text(nlp, text, published=PUBLISHED), cls).time.value == value
