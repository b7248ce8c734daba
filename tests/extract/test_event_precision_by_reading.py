"""Events read for precision (session 21): one event told twice is one event.

- "said the Mission in a statement": the statement is the channel of the saying (kg/extract/
  speech.py reads the "in" phrase the parser hangs on a subject after the verb), no second
  Statement;
- "opened fire on protesters ... the attack on *unarmed* protesters", "fired tear gas at
  demonstrators ... the crackdown on *peaceful* demonstrators": the same people, described
  once more, do not keep the mentions apart (kg/extract/events/coreference.py); and a verb
  the parser gives the attack's noun for a second subject ("the attack ..., hours after the
  state government imposed a curfew") takes no doer from the attack.

- and what did not happen is not told as happening (kg/extract/events/modality.py): "the rebels
  still able to make attacks" tells what they can do (but "were able to retake" happened), and
  "to help the thousands uprooted by the violence" no plan to uproot them.

Sentences written for these tests in the style of wire news about Libya, Nigeria, Kenya,
Burkina Faso, Mozambique, Sudan, Myanmar and India.
"""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text, role

PUBLISHED = date(2022, 5, 17)

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    '"The mobilization of forces increases the risk of clashes," said the Mission in a statement.',
    '"We will not accept any violence against civilians," said the interior ministry in a statement on Sunday.',
])
def test_a_statement_after_an_inverted_subject_is_the_channel_of_the_saying(nlp, text):
    ex = extract_text(nlp, text, published=PUBLISHED)
    said = [e for e in ex.events if e.type == "Statement"]
    assert [e.trigger.text for e in said] == ["said"], [(e.type, e.trigger.text) for e in ex.events]
    assert said[0].channel == "in a statement"


@pytest.mark.parametrize("text, first, again", [
    ("Soldiers opened fire on protesters at the toll gate in Lagos on Tuesday night. The attack on unarmed protesters "
     "left at least seven people dead, witnesses said.", "opened fire on", "attack"),
    ("Police fired tear gas at demonstrators in Nairobi on Friday. The crackdown on peaceful demonstrators drew "
     "condemnation from rights groups.", "fired", "crackdown"),
])
def test_the_same_people_described_once_more_do_not_keep_one_event_apart(nlp, text, first, again):
    ex = extract_text(nlp, text, published=PUBLISHED)
    (a,) = [e for e in ex.events if e.trigger.text == first]
    (b,) = [e for e in ex.events if e.trigger.text == again]
    assert b.id in a.same_as
    assert role(ex, b, "agent") == role(ex, a, "agent")


def test_a_second_subject_of_the_verb_takes_no_doer_from_the_attack(nlp):
    ex = extract_text(nlp, "Soldiers opened fire on protesters at the toll gate in Lagos on Tuesday night. The attack on "
                           "unarmed protesters, hours after the state government imposed a curfew in the city, left at least "
                           "seven people dead, witnesses said.", published=date(2020, 10, 21))
    (curfew,) = [e for e in ex.events if e.type == "Restriction"]
    assert "soldiers" not in role(ex, curfew, "agent")


@pytest.mark.parametrize("text, post_state", [
    ("Police fired on protesters in Lagos on Tuesday. The shooting drew condemnation, with former U.S. presidential "
     "candidate, Hillary Clinton, urging the president to stop the killing of protesters.", "United States"),
    ("The shooting drew condemnation, with a former Kenyan presidential candidate, Raila Odinga, urging police to stop "
     "the killing of protesters.", "Kenya"),
])
def test_the_state_of_a_post_beside_a_name_is_not_where_the_sentence_happens(nlp, text, post_state):
    """Nigeria, Kenya: "former U.S. presidential candidate, Hillary Clinton": whose post, not where."""
    ex = extract_text(nlp, text, published=date(2020, 10, 21))
    killing = next(e for e in ex.events if e.trigger.text == "killing")
    assert killing.place is None or ex.entities[killing.place].label != post_state


def test_a_toll_told_in_a_relative_clause_keeps_the_attacks_place_and_time(nlp):
    """Burkina Faso: "an attack ... that left more than 100 people dead": the relative pronoun is no second subject."""
    ex = extract_text(nlp, "According to reports, the gunmen returned to the village of Solhan, which was hit by an attack "
                           "on the night of June 4-5 that left more than 100 people dead.", published=date(2021, 6, 7))
    toll = next(e for e in ex.events if e.type == "Casualties")
    assert toll.place is not None and ex.entities[toll.place].label == "Solhan"
    assert toll.time is not None and toll.time.value.startswith("2021-06-04")


@pytest.mark.parametrize("text, trigger, modality", [
    ("Palma does not appear to be completely secure, the rebels still able to make hit and run attacks.", "make", "hypothetical"),
    ("Aid agencies are now able to deliver food to the camp.", "deliver food", "hypothetical"),
    ("Government forces were able to retake the town on Sunday.", "retake", "asserted"),
    ("Rebels have been able to capture three towns since March.", "capture", "asserted"),
])
def test_able_tells_an_occasion_only_in_a_past_or_perfect_tense(nlp, text, trigger, modality):
    """Mozambique, Sudan, Myanmar: "still able to make attacks" is what they can do; "were able to retake" happened."""
    ex = extract_text(nlp, text, published=date(2021, 4, 20))
    event = next(e for e in ex.events if e.trigger.text == trigger)
    assert event.modality == modality


@pytest.mark.parametrize("text, trigger", [
    ("Mozambican police and relief agencies are working to help the thousands uprooted by the violence.", "uprooted"),
    ("The United Nations is working to help the families uprooted by the clashes in Manipur.", "uprooted"),
])
def test_a_participle_on_those_helped_tells_what_was_done(nlp, text, trigger):
    """Mozambique, India: "to help the thousands uprooted by the violence": they were uprooted, no plan."""
    ex = extract_text(nlp, text, published=date(2021, 4, 20))
    event = next(e for e in ex.events if e.trigger.text == trigger)
    assert event.modality == "asserted"


@pytest.mark.parametrize("text, triggers", [
    ("Rishmawi said a state of emergency can be legally proclaimed if the life of the nation is threatened.",
     ("state", "proclaimed", "threatened")),
    ("Under the constitution, a curfew can only be imposed when public order is threatened, the court ruled.",
     ("curfew can only be imposed", "threatened")),
])
def test_the_events_of_a_general_rule_are_no_occasion(nlp, text, triggers):
    """The Maldives, Thailand: what may be done, and on what condition, is no event that happened (kgo:habitual)."""
    ex = extract_text(nlp, text, published=date(2018, 2, 7))
    for trigger in triggers:
        event = next(e for e in ex.events if e.trigger.text == trigger)
        assert event.habitual, trigger


@pytest.mark.parametrize("text, trigger", [
    ("The army can retake the town within days, a commander said.", "retake"),
    ("An attack could happen at any time, officials warned.", "attack"),
    ("A state of emergency was proclaimed on Monday.", "proclaimed"),
])
def test_one_possible_or_told_occasion_is_no_general_rule(nlp, text, trigger):
    ex = extract_text(nlp, text, published=date(2018, 2, 7))
    event = next(e for e in ex.events if e.trigger.text == trigger)
    assert not event.habitual
