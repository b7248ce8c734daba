"""Actors the sentence states (session 12): who makes an attempt, plan or operation does what
its infinitive says ("an attempt by Malian forces to seize the camps"); not who asks others
("a call by Amnesty to release them"); a coordinated event noun shares the "of" after it ("the
ousting and imprisonment of former president X"); the "of" of a meeting or an election takes
part in it ("a meeting of the Security Council", "the reelection of President X"), the "of" of
a defection is who defects; a noun coordinated with what a doer carried out shares the doer
("carrying out a large-scale air and ground operation"); the named leader of an event did it
("the coup's leader, Brice X"); a condemnation targets who did the act it condemns, named on
the act's noun ("condemned Eritrean military action").

Own sentences, each mechanism on sentences from several crises.
"""
from __future__ import annotations

from datetime import date

import pytest

from helpers import event_at, extract_text, role_names

pytestmark = pytest.mark.model

PUBLISHED = date(2025, 3, 6)


def _actors(ex, trigger: str) -> set[str]:
    ev = event_at(ex, trigger)
    return set().union(*(role_names(ex, ev, r) for r in ("agent", "participant", "speaker", "target")))


@pytest.mark.parametrize(
    "text, trigger, who",
    [
        ("The offensive was an attempt by Malian forces to seize control of the camps.",
         "seize control of", "malian armed forces"),  # Mali
        ("It was a failed operation by the Mexican National Guard to capture Ovidio Guzman.",
         "capture", "national guard of mexico"),  # Mexico: the country's body, its name as written an alias (kg/extract/body_names.py)
        ("Analysts described the raid as a bid by the Islamic State to free its fighters from the prison.",
         "free", "islamic state"),  # Syria
        ("The talks collapsed after a decision by Hamas to release only four hostages.",
         "release", "hamas"),  # Gaza
        ("For the second day, Israeli forces have been carrying out a large-scale air and ground operation in Jenin.",
         "ground operation", "israel defense forces"),  # West Bank
        ("Government troops launched airstrikes and raids on rebel positions in Darfur.",
         "raids", "government troops"),  # Sudan
        ("Al-Shabaab fighters carried out bombings and kidnappings across southern Somalia.",
         "kidnappings", "al-shabaab"),  # Somalia
        ("Even though the coup's leader, Brice Oligui Nguema, is related to the Bongo family, the coup ended their rule.",
         "coup", "brice oligui nguema"),  # Gabon
        ("The leader of the coup, Colonel Mamady Doumbouya, promised elections in Guinea.",
         "coup", "mamady doumbouya"),  # Guinea
        ("Police arrested Ahmed Musa, the alleged mastermind of the bombing in Abuja.",
         "bombing", "ahmed musa"),  # Nigeria
    ],
)
def test_the_doer_the_sentence_names_for_the_event(nlp, text, trigger, who):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert who in role_names(ex, event_at(ex, trigger), "agent")


@pytest.mark.parametrize(
    "text, trigger, not_who",
    [
        ("A call by Amnesty International to release the prisoners went unanswered.",
         "release", "amnesty international"),  # Myanmar-like: asking others
        ("The junta ignored an order by the ECOWAS court to release President Mohamed Bazoum.",
         "release", "ecowas"),  # Niger: an order, others are to do it
        ("The rebels rejected a request by the United Nations to free the hostages.",
         "free", "united nations"),  # Haiti-like
    ],
)
def test_who_asks_others_is_no_doer(nlp, text, trigger, not_who):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert not any(not_who in a for a in role_names(ex, event_at(ex, trigger), "agent"))


def test_an_of_before_the_second_noun_stays_with_the_first(nlp):
    ex = extract_text(nlp, "Witnesses described the killing of a journalist and the arrest of two activists in Khartoum.",
                      published=PUBLISHED)  # Sudan
    assert not any("journalist" in a for a in _actors(ex, "arrest"))


@pytest.mark.parametrize(
    "text, trigger, name, who",
    [
        ("The protests erupted following the ousting and imprisonment of former president Alberto Fujimori.",
         "imprisonment", "target", "alberto fujimori"),  # Peru
        ("Rights groups condemned the dismissal and arrest of the army chief, General Kassim Traore, in Bamako.",
         "arrest", "target", "kassim traore"),  # Mali
        ("Protesters demanded an end to the dismissal and detention of judge Ahmed Mansour in Cairo.",
         "detention", "target", "ahmed mansour"),  # Egypt
        ("Diplomats gathered for an emergency meeting of the Security Council on Friday.",
         "meeting", "participant", "united nations security council"),  # UN
        ("The unrest followed the reelection of President Alpha Conde in March 2020.",
         "reelection", "participant", "alpha conde"),  # Guinea
        ("The defection of General Ahmed Sulaiman weakened the junta in Naypyidaw.",
         "defection", "agent", "ahmed sulaiman"),  # Myanmar
    ],
)
def test_the_of_of_an_event_noun_takes_part(nlp, text, trigger, name, who):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert any(who in a for a in role_names(ex, event_at(ex, trigger), name))


def test_an_election_of_a_year_has_no_actor(nlp):
    ex = extract_text(nlp, "The elections of 2020 in Belarus were marred by fraud.", published=PUBLISHED)
    assert not _actors(ex, "elections")


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("A victim of the attack, Maria Lopez, told reporters in Bogota what she saw.", "attack"),  # Colombia
        ("The leader of the protests was not named, police in Lima said.", "protests"),  # Peru
    ],
)
def test_no_leader_named_no_doer(nlp, text, trigger):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert not role_names(ex, event_at(ex, trigger), "agent")


@pytest.mark.parametrize(
    "text, who",
    [
        ("The Council condemned Eritrean military action against Djibouti in Ras Doumeira.", "eritrea"),  # Djibouti
        ("The European Union condemned Russia's attack on Kyiv.", "russia"),  # Ukraine
        ("Jordan condemned Israeli strikes on Gaza.", "israel"),  # Gaza
    ],
)
def test_a_condemnation_targets_who_did_the_act(nlp, text, who):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert who in role_names(ex, event_at(ex, "condemned"), "target")


@pytest.mark.parametrize(
    "text",
    [
        "Qatar condemned the Gaza strikes.",  # a place on the act, no doer
        "The Council condemned the attack on peacekeepers in Mali.",  # Mali: no doer named
    ],
)
def test_a_condemnation_of_an_act_with_no_doer_targets_no_one(nlp, text):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert not role_names(ex, event_at(ex, "condemned"), "target")
