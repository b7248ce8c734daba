"""Event coreference read for precision (session 21, kg/extract/events/coreference.py and
sentence_place.py; the frame of kgo:Coup in ontology/events.ttl): what the other mentions of an
event share, and which mentions are one event.

- the day an event *ended* ("the coup ended on 23 July", "the curfew was lifted on Friday") is
  no time of the event its other mentions tell;
- an event told only inside a denied report ("denied reports saying militants attacked") is no antecedent
  of the event the narrator goes on telling ("killed in the attack on the village");
- what a naming verb calls an event ("terms the attack an atrocity", "described the killings as
  a massacre") is that event, in other words;
- "the state of emergency was declared" refers back to "declared a state of emergency";
- a state named on a coup ("the Guinean coup", "Niger's coup") is where it happened, not who
  staged it; and the coup's place does not keep its sentence's ouster from that place.

Sentences written for these tests in the style of wire news about coups, curfews, massacres and
states of emergency in several countries (Sao Tome, Guinea, Niger, Burkina Faso, North Korea,
Lesotho, the Maldives, Macedonia, Mauritania); and ones that must keep the old reading.
"""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text, role

PUBLISHED = date(2024, 6, 12)

pytestmark = pytest.mark.model


def mentions(ex, word):
    return [e for e in ex.events if e.trigger.text == word]


@pytest.mark.parametrize("text, word, end", [
    ("Rebel officers staged a coup in the capital while the president was abroad. Foreign governments condemned the coup. "
     "The coup ended a week later on 23 July 2003.", "staged a coup", "2003-07-23"),
    ("Police raided a house in the town of Kumanovo on 9 May 2015. Gunmen opened fire on the officers during the raid. "
     "The shooting ended on 10 May 2015.", "opened fire on", "2015-05-10"),
    ("Authorities imposed a curfew in the capital after the riots. Shops stayed closed under the curfew. "
     "The curfew was lifted on 3 May 2024.", "imposed a curfew", "2024-05-03"),
])
def test_the_day_an_event_ended_is_not_shared_with_its_other_mentions(nlp, text, word, end):
    ex = extract_text(nlp, text, published=PUBLISHED)
    told = mentions(ex, word)
    assert told, [(e.type, e.trigger.text) for e in ex.events]
    assert all(e.time is None or e.time.value != end for e in told), [(e.trigger.text, e.time) for e in told]


def test_the_ended_mention_keeps_its_own_day(nlp):
    ex = extract_text(nlp, "Rebel officers staged a coup in the capital. The coup ended on 23 July 2003.", published=PUBLISHED)
    ended = mentions(ex, "coup")[-1]
    assert ended.time is not None and ended.time.value == "2003-07-23"


def test_an_attack_told_inside_a_denied_report_is_not_the_attack_told_after(nlp):
    """Burkina Faso: the army denies reports of new attacks; the attack on the village is the first one."""
    ex = extract_text(nlp, "Gunmen attacked the village of Solhan on the night of 4 June. They burned the market and the houses. "
                           "The army denied media reports saying that militants had attacked more villages in the Sahel region on "
                           "Sunday. Officially, 132 people were killed in the attack on the village.", published=date(2021, 6, 7))
    first, reported = mentions(ex, "attacked")
    later = mentions(ex, "attack")[-1]
    assert later.id in first.same_as and later.id not in reported.same_as
    assert role(ex, later, "agent") == ["gunmen"]


@pytest.mark.parametrize("text, event, name", [
    ("Army General Lee terms the attack an inhumane atrocity.", "attack", "atrocity"),
    ("The interior minister called the shooting a terrorist attack.", "shooting", "attack"),
    ("Rights groups described the killings as a massacre.", "killings", "massacre"),
])
def test_what_a_naming_verb_calls_an_event_is_that_event(nlp, text, event, name):
    ex = extract_text(nlp, text, published=PUBLISHED)
    (told,), (called,) = mentions(ex, event), mentions(ex, name)
    assert called.id in told.same_as


def test_a_state_of_emergency_declared_again_is_the_one_declared(nlp):
    """The Maldives: "the state of emergency was declared" is the president's."""
    ex = extract_text(nlp, "The president declared a state of emergency on 5 February. Soon after the state of emergency "
                           "was declared, the former president was arrested.", published=date(2018, 2, 7))
    first, again = [e for e in ex.events if e.type == "Restriction"]
    assert again.id in first.same_as


@pytest.mark.parametrize("text, country", [
    ("The Guinean coup was led by special forces commander Mamady Doumbouya.", "Guinea"),
    ("Niger's coup was condemned by the regional bloc.", "Niger"),
])
def test_a_state_named_on_a_coup_is_where_it_happened_not_who_staged_it(nlp, text, country):
    ex = extract_text(nlp, text, published=PUBLISHED)
    (coup,) = [e for e in ex.events if e.type == "Coup"]
    assert country not in role(ex, coup, "agent")
    assert ex.entities[coup.place].label == country


def test_the_ouster_a_coup_tells_keeps_the_place_of_its_sentence(nlp):
    """Mauritania: the coup took place in Mauritania, when the president was ousted by the army."""
    ex = extract_text(nlp, "The Mauritanian coup was a military coup that took place in Mauritania on 6 August 2008, when "
                           "President Sidi Ould Cheikh Abdallahi was ousted from power by the army.", published=date(2008, 12, 31))
    (ouster,) = [e for e in ex.events if e.type == "Ouster"]
    assert ouster.place is not None and ex.entities[ouster.place].label == "Mauritania"
