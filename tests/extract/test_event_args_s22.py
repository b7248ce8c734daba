"""Session 22 (wiki22): named participants of events, from the WikiEvents train-derived
tuning documents' misses (bench/WIKIEVENTS.md, session 22):

* the wider place a sentence names a place with is the event's further place: "in Paterson,
  New Jersey", "in Kirkuk, Iraq", "in the Waziristan region of Pakistan", "in the Kalehe
  territory of South Kivu" (kg/extract/events/wider_places.py); a list of places names no
  wider place ("in Kidal, Gao and Timbuktu", "in Afghanistan, Pakistan, Yemen and elsewhere");
* those killed or wounded in an armed clash *with* someone were harmed by that side: "were
  killed in clashes with al-Shabaab fighters", "died in a gunfight with Boko Haram militants",
  "killed in a shootout with police" (kg/extract/events/fight_harm.py); a fight *between* two
  sides names no one side;
* a statement *from* someone is that one's ("the statement from Hamas", "a statement from the
  Taliban"): the frame "fromAgent" of kgo:Statement (ontology/events.ttl);
* who arrives, comes, gathers or leaves *for* a meeting or talks takes part in them, also
  beside the side the noun's own "with" names ("X arrives for a meeting with Y":
  ``participation_verbs`` in ontology/lexicon/arguments.toml, read by
  kg/extract/events/nouns.py ``_participants_around``);
* an event with no place of its own happened where the toll a relative clause on its noun
  tells is counted: "an airstrike that caused dozens of deaths in Kunduz", "a series of drone
  strikes that resulted in nine deaths in Shabelle" (kg/extract/events/effect_places.py,
  ``consequence_verbs``);
* harm told by an "-ing" clause the parser hung on the main verb, after an action in a
  relative clause, was done by whoever did that action: "stopped a truck driven by X, who
  opened fire, injuring three soldiers" (kg/extract/events/results.py
  ``doer_of_misplaced_results``);
* the subject of a passive the parser parted from its verb by a participle phrase between
  commas is what the act was done to: "X, sought in connection with a bombing in Y, was taken
  into custody in Z" (kg/extract/events/parted_subjects.py).

WikiEvents marks the wider place (Place), the other side of a shootout (Killer, Attacker),
the source of a statement (Communicator) and who arrives for a meeting (Participant) so. All sentences are invented, in the style of
wire news, about several crises (United States, Pakistan, Iraq, DR Congo, Somalia, Nigeria,
Haiti, Gaza, Afghanistan, Mali, Ukraine, Sudan, Venezuela, Burkina Faso)."""
from __future__ import annotations

import pytest

from helpers import assert_role, event_at, extract_text, role_cases


def _places(ex, event) -> set[str]:
    keys = [event.place, *event.also_places] if event.place else []
    return {ex.entities[k].label for k in keys if k in ex.entities}


WIDER = [
    ("Police arrested the suspect in Paterson, New Jersey, on Monday.", "arrested", "New Jersey"),
    ("A drone strike killed two militants in the Waziristan region of Pakistan on Sunday.", "killed", "Pakistan"),
    ("A car bomb exploded outside a market in Kirkuk, Iraq, killing six people.", "exploded", "Iraq"),
    ("Fighters shelled villages in the Kalehe territory of South Kivu last week.", "shelled", "South Kivu"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, wider", WIDER)
def test_the_wider_place_a_place_is_named_with_is_the_events_too(nlp, text, trigger, wider):
    ex = extract_text(nlp, text)
    assert wider in _places(ex, event_at(ex, trigger))


LISTS = [
    ("Troops killed ten rebels in Kidal, Gao and Timbuktu.", "killed", {"Kidal", "Gao", "Timbuktu"}),
    ("Drone strikes killed civilians in Afghanistan, Pakistan, Yemen and elsewhere.", "killed",
     {"Afghanistan", "Pakistan", "Yemen"}),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, places", LISTS)
def test_a_list_of_places_names_no_wider_place(nlp, text, trigger, places):
    ex = extract_text(nlp, text)
    assert _places(ex, event_at(ex, trigger)) == places


IN_A_FIGHT = [
    ("Two soldiers were killed in clashes with al-Shabaab fighters near the border.", "killed", "al-shabaab"),
    ("A police officer died in a gunfight with Boko Haram militants in Maiduguri.", "died", "boko haram"),
    ("Three gang members were killed in a shootout with police in Port-au-Prince.", "killed", "police"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, role, who, present", role_cases("fight", IN_A_FIGHT, "agent"))
def test_who_is_harmed_in_a_clash_with_someone_was_harmed_by_them(nlp, text, trigger, role, who, present):
    assert_role(extract_text(nlp, text), trigger, role, who, present)


@pytest.mark.model
def test_a_fight_between_two_sides_names_no_one_side(nlp):
    ex = extract_text(nlp, "Two soldiers were killed in fighting between the army and the rebels near Goma.")
    assert_role(ex, "killed", "agent", "rebels", present=False)


FROM = [
    ("The statement from Hamas came hours after the strike on Gaza.", "statement", "hamas"),
    ("Kenya's government rejected the statement from al-Shabaab on Friday.", "statement", "al-shabaab"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, role, who, present", role_cases("from", FROM, "speaker"))
def test_a_statement_from_someone_is_theirs(nlp, text, trigger, role, who, present):
    assert_role(extract_text(nlp, text), trigger, role, who, present)


ARRIVES_FOR = [
    ("Ukrainian Foreign Minister Dmytro Kuleba arrives for talks with NATO allies in Brussels.", "talks", "dmytro kuleba"),
    ("Sudanese army chief Abdel Fattah al-Burhan left for talks in Jeddah on Saturday.", "talks", "abdel fattah al-burhan"),
    ("Venezuelan opposition leader Juan Guaido arrives for a meeting with Colombian President Ivan Duque in Bogota.",
     "meeting", "juan guaido"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, role, who, present", role_cases("arrives_for", ARRIVES_FOR, "participant"))
def test_who_arrives_for_talks_takes_part(nlp, text, trigger, role, who, present):
    assert_role(extract_text(nlp, text), trigger, role, who, present)


@pytest.mark.model
def test_who_calls_for_talks_is_no_side_of_them(nlp):
    ex = extract_text(nlp, "The opposition called for talks with the government in Caracas.")
    assert_role(ex, "talks", "participant", "opposition", present=False)


PLACED_BY_TOLL = [
    ("Residents described an airstrike that caused dozens of deaths in Kunduz last year.", "airstrike", "Kunduz"),
    ("Aid agencies condemned the shelling, which has left thousands of people displaced in North Kivu.",
     "shelling", "North Kivu"),
    ("The report documented a series of drone strikes that resulted in nine deaths in Shabelle.", "drone strikes", "Shabelle"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, where", PLACED_BY_TOLL)
def test_an_event_happened_where_the_toll_it_caused_is_counted(nlp, text, trigger, where):
    ex = extract_text(nlp, text)
    assert where in _places(ex, event_at(ex, trigger))


RELATIVE_DOER = [
    ("Soldiers stopped a truck driven by Ali Musa, who opened fire, injuring three soldiers.", "injuring", "ali musa"),
    ("Troops chased a motorbike ridden by Moussa Diallo, who opened fire, wounding two soldiers.", "wounding", "moussa diallo"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, role, who, present", role_cases("relative_doer", RELATIVE_DOER, "agent"))
def test_harm_after_an_action_in_a_relative_clause_is_its_doers(nlp, text, trigger, role, who, present):
    assert_role(extract_text(nlp, text), trigger, role, who, present)


PARTED = [
    ("Omar Hassan, sought in connection with a bombing in Nairobi, was taken into custody in Garissa.",
     "taken into custody", "omar hassan"),
    ("Omar Hassan, wanted for a bombing in Nairobi, was arrested in Garissa.", "arrested", "omar hassan"),
    ("Ibrahim Musa, sought over the killing of a police officer in Kano, was arrested in Abuja on Friday.",
     "arrested", "ibrahim musa"),
    ("Ahmed Farah, sought in connection with the attack on the hotel in Mogadishu, was detained in Kismayo.",
     "detained", "ahmed farah"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, role, who, present", role_cases("parted", PARTED, "target"))
def test_a_passives_subject_parted_by_a_participle_phrase_is_its_target(nlp, text, trigger, role, who, present):
    assert_role(extract_text(nlp, text), trigger, role, who, present)
