"""Named participants a sentence gives its event (session 17): the name a description in
apposition or after a copula stands for ("Boko Haram, a jihadist group that ..."), the
passive subject that does an adverbial gerund's act ("X was shot while delivering a
speech"), who is charged, convicted or arrested for an act ("charged with the murder of",
"on suspicion of"), and members named at the end of the object's phrase ("arrested 150
people, considered ... as activists of the movement, including X"). Invented sentences
from many crises (Nigeria, Ethiopia, Colombia, Pakistan, Kenya, Japan, Sri Lanka, Egypt,
Uganda, Belarus, Mali), with sentences where each must not fire."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import by_trigger, extract_text, role

PUBLISHED = date(2024, 6, 12)

pytestmark = pytest.mark.model


def _event(nlp, text, trigger):
    ex = extract_text(nlp, text, published=PUBLISHED)
    found = [e for e in ex.events if e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in ex.events]
    return ex, found[0]


@pytest.mark.parametrize(
    "text, trigger, name",
    [
        ("Boko Haram, a jihadist group that has carried out dozens of attacks in the northeast, denied the report.",
         "attacks", "Boko Haram"),
        ("The Oromo Liberation Army is a rebel group that launched an offensive in the west in March.",
         "launched an offensive", "Oromo Liberation Army"),
        ("The Free Lebanon Movement is a popular movement that organised mass protests in the south in 2019.",
         "organised mass protests", "Free Lebanon Movement"),
    ],
)
def test_the_name_a_described_doer_stands_for(nlp, text, trigger, name):
    ex, event = _event(nlp, text, trigger)
    assert role(ex, event, "agent") == [name]


def test_a_described_victim_is_the_one_named(nlp):
    """Honduras: "Gunmen killed Maria Lopez, a teacher who had criticised the cartel"."""
    ex, said = _event(nlp, "Gunmen killed Maria Lopez, a teacher who had criticised the cartel.", "criticised")
    assert role(ex, said, "speaker") == ["Maria Lopez"]


def test_a_description_of_no_name_is_left_as_it_was(nlp):
    """Mali: "The rebels, a loose coalition that seized the north": no name to stand for."""
    ex, attack = _event(nlp, "The rebels, a loose coalition that seized the north, attacked the town.", "attacked")
    assert role(ex, attack, "agent") == ["rebels"]


@pytest.mark.parametrize(
    "text, trigger, name",
    [
        ("Shinzo Abe was shot while delivering a campaign speech in Nara.", "speech", "Shinzo Abe"),
        ("Senator Miguel Uribe was shot while giving a speech in Bogota.", "giving a speech", "Miguel Uribe"),
    ],
)
def test_the_passive_subject_does_the_adverbial_gerund(nlp, text, trigger, name):
    ex, speech = _event(nlp, text, trigger)
    assert role(ex, speech, "speaker") == [name]


def test_a_gerund_that_is_no_doing_of_the_noun_gives_no_doer(nlp):
    """Belarus: "detained while covering a demonstration": who covers it did not demonstrate."""
    ex, demo = _event(nlp, "The journalist Roman Protasevich was detained while covering a demonstration in Minsk.", "demonstration")
    assert role(ex, demo, "agent") == []


@pytest.mark.parametrize(
    "text, trigger, name",
    [
        ("John Kamau was charged with the murder of a police officer.", "murder", "John Kamau"),
        ("Tetsuya Yamagami was arrested on suspicion of attempted murder.", "murder", "Tetsuya Yamagami"),
        ("Police arrested Ali Hassan on suspicion of involvement in the bombing.", "bombing", "Ali Hassan"),
        ("The court convicted Omar Sharif of the 2019 bombing of a church in Colombo.", "bombing", "Omar Sharif"),
        ("Ahmed Musa was sentenced to death for the killing of a journalist.", "killing", "Ahmed Musa"),
    ],
)
def test_who_is_held_for_an_act_did_it(nlp, text, trigger, name):
    ex, act = _event(nlp, text, trigger)
    assert role(ex, act, "agent") == [name]


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Police arrested survivors of the massacre in Bucha.", "massacre"),
        ("Soldiers arrested two men with grenades after the attack in Goma.", "attack"),
        ("Police are investigating the murder of Ali Hassan.", "murder"),
    ],
)
def test_no_doer_from_an_arrest_that_is_not_for_the_act(nlp, text, trigger):
    ex, act = _event(nlp, text, trigger)
    assert role(ex, act, "agent") == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("The authorities arrested more than 150 Egyptians, considered by the regime as key players or media activists "
         "affiliated with the movement, including Alaa Abdel Fattah, the movement's leader.", "Alaa Abdel Fattah"),
        ("Security forces detained dozens of students, described by the government as members of the banned movement, "
         "including Ahmed Salah and Omar Farouk.", "Omar Farouk"),
    ],
)
def test_members_named_at_the_end_of_the_objects_phrase(nlp, text, name):
    ex = extract_text(nlp, text, published=PUBLISHED)
    arrest = next(e for e in ex.events if e.type == "Arrest")
    assert name in role(ex, arrest, "target")


def test_members_of_another_events_object_are_not_the_arrested(nlp):
    """Belarus: the activists whose release protesters demanded were not arrested."""
    ex = extract_text(nlp, "Police arrested 12 protesters demanding the release of jailed activists, including Maria Kolesnikova.",
                      published=PUBLISHED)
    assert "Maria Kolesnikova" not in role(ex, by_trigger(ex, "Arrest", "arrested"), "target")


@pytest.mark.parametrize(
    "text, person, country",
    [
        ("Opposition leader Bobi Wine addressed supporters on Sunday. Uganda's opposition leader has been arrested "
         "for the second time in a month, his party said.", "Bobi Wine", "Uganda"),
        ("President Kais Saied addressed the nation on Sunday. Tunisia's president was attacked by a crowd in Sfax "
         "on Monday, officials said.", "Kais Saied", "Tunisia"),
    ],
)
def test_the_person_a_title_stands_for_not_the_country_it_is_of(nlp, text, person, country):
    ex = extract_text(nlp, text, published=PUBLISHED)
    event = next(e for e in ex.events if e.type in ("Arrest", "Attack"))
    assert role(ex, event, "target") == [person]


def test_who_died_in_a_relative_clause_on_a_description_is_the_victim(nlp):
    """Iran: "the death of Mahsa Amini, a 22-year-old woman who died in custody"."""
    ex = extract_text(nlp, "Protests broke out after the death of Mahsa Amini, a 22-year-old woman who died in custody in Tehran.",
                      published=PUBLISHED)
    died = by_trigger(ex, "Casualties", "died")
    assert role(ex, died, "target") == ["Mahsa Amini"]
    assert role(ex, died, "agent") == []


@pytest.mark.parametrize(
    "text, trigger, role_name, names",
    [
        ("Groups involved in the insurgency include the ULFA, the NDFB and the Kamtapur Liberation Organization.",
         "insurgency", "agent", ["Kamtapur Liberation Organization", "NDFB", "ULFA"]),
        ("The militias involved in the fighting, the M23 and the FDLR, refused to withdraw.",
         "fighting", "participant", ["Democratic Forces for the Liberation of Rwanda", "M23"]),
    ],
)
def test_the_names_a_noun_involved_in_the_event_is_said_to_be(nlp, text, trigger, role_name, names):
    ex, event = _event(nlp, text, trigger)
    assert role(ex, event, role_name) == names


def test_a_noun_involved_in_the_event_with_no_names_given(nlp):
    """Kenya: "Thousands of people involved in the protests were arrested": no names."""
    ex, protest = _event(nlp, "Thousands of people involved in the protests were arrested.", "protests")
    assert role(ex, protest, "agent") == []


@pytest.mark.parametrize(
    "text, trigger, names",
    [
        ("William Ruto hosted Felix Tshisekedi and Paul Kagame for talks in Nairobi.", "talks",
         ["Felix Tshisekedi", "Paul Kagame", "William Ruto"]),
        ("Joe Biden hosted Volodymyr Zelensky for talks at the White House.", "talks", ["Joe Biden", "Volodymyr Zelensky"]),
        # who invites brings the sides together; only they take part
        ("Qatar invited Hamas and Israeli officials to Doha for negotiations on a truce.", "negotiations", ["Hamas", "Israel"]),
    ],
)
def test_who_a_verb_has_for_talks_takes_part(nlp, text, trigger, names):
    ex, talks = _event(nlp, text, trigger)
    assert role(ex, talks, "participant") == names


def test_a_meeting_in_a_for_phrase_of_no_verb_with_an_object(nlp):
    """Mali: "surrounded the village for hours before the meeting": the soldiers are not in it."""
    ex = extract_text(nlp, "Soldiers surrounded the village for hours before the meeting.", published=PUBLISHED)
    meeting = next(e for e in ex.events if e.trigger.text == "meeting")
    assert role(ex, meeting, "participant") == []


@pytest.mark.parametrize(
    "text, victim, killer",
    [
        ("Maria Lopez was beaten to death by police in Tegucigalpa.", ["Maria Lopez"], ["police"]),
        ("Militiamen hacked Jean Mukendi to death near Beni on Sunday.", ["Jean Mukendi"], ["Militiamen"]),
        ("The movement was triggered by the death of Karim Benali, a fishmonger who was crushed to death in a garbage truck.",
         ["Karim Benali"], []),
    ],
)
def test_who_was_done_to_death_died(nlp, text, victim, killer):
    ex = extract_text(nlp, text, published=PUBLISHED)
    death = [e for e in ex.events if e.type == "Casualties" and e.trigger.text == "death"][-1]
    assert role(ex, death, "target") == victim
    assert role(ex, death, "agent") == killer


def test_sentenced_to_death_is_no_death(nlp):
    """Nigeria: "sentenced to death" is a trial, not a death of the sentenced."""
    ex = extract_text(nlp, "Ahmed Musa was sentenced to death for the killing of a journalist.", published=PUBLISHED)
    assert not [e for e in ex.events if e.type == "Casualties" and role(ex, e, "target") == ["Ahmed Musa"]]
