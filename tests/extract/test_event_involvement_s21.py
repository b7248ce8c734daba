"""Session 21 (wiki21): who a predicate of involvement says took part in an event noun is
its doer (kg/extract/events/involvement.py, words ``involvement_predicates``,
``involvement_verbs`` and ``involvement_nouns`` in ontology/lexicon/arguments.toml):

* "X was involved in the bombing", "X, who was involved in the bombing of the embassy, was
  captured": the subject, or the name a "who" clause hangs on, is the bombing's agent;
* "X took part in the attacks", "X played a key role in the massacre", "X had a role in
  the bombing": a verb with an involvement noun as its object;
* not when negated or denied ("was not involved in", "denied that it was involved in");
* who a court convicts or sentences "in" an act did it ("X was convicted in the bombings",
  "convicted in the death of Y"; kg/extract/events/nouns.py ``_held_for``, ``_tried_in``),
  not who is arrested "in" a raid (the raid is the arrest);
* where an act was done, told by the place the parser hangs on the last of its objects'
  conjuncts ("killed two rebels, three civilians and other people in Gao";
  kg/extract/events/places.py).

WikiEvents (session 21's survey of its train split) marks the one "involved in" an attack
as its Attacker. All sentences are invented, in the style of wire news, about several
crises (Kenya and Tanzania 1998, Paris 2015, Rwanda 1994, Lebanon 1983, Somalia, Nigeria,
Mali)."""
from __future__ import annotations

import pytest

from helpers import assert_role, event_at, extract_text, place_of, role_cases

INVOLVED = [
    ("Khalid Omar, who was involved in the bombing of the embassy in Nairobi in 1998, was captured in 2013.",
     "bombing", "khalid omar"),
    ("The prosecutor said Salah Abdeslam took part in the attacks on the stadium and the concert hall.",
     "attacks", "salah abdeslam"),
    ("Colonel Theoneste Bagosora played a key role in the massacre of civilians in Kigali.", "massacre", "theoneste bagosora"),
    ("Investigators said Hezbollah had a role in the bombing of the barracks in Beirut.", "bombing", "hezbollah"),
    ("Al-Shabaab was involved in the ambush near Mogadishu, a military spokesman said.", "ambush", "al-shabaab"),
    ("Boko Haram, which was involved in the kidnapping of the schoolgirls in Chibok, released a video.",
     "kidnapping", "boko haram"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, role, who, present", role_cases("involved", INVOLVED, "agent"))
def test_who_took_part_in_an_event_is_its_doer(nlp, text, trigger, role, who, present):
    assert_role(extract_text(nlp, text), trigger, role, who, present)


NOT_INVOLVED = [
    ("Al-Shabaab denied that it was involved in the ambush near Mogadishu.", "ambush", "al-shabaab"),
    ("The police said Khalid Omar was not involved in the bombing of the embassy.", "bombing", "khalid omar"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, role, who, present", role_cases("not_involved", NOT_INVOLVED, "agent", present=False))
def test_denied_or_negated_involvement_gives_no_doer(nlp, text, trigger, role, who, present):
    assert_role(extract_text(nlp, text), trigger, role, who, present)


TRIED_IN = [
    ("Khalid Omar was convicted in the 1998 bombings of the embassies in Nairobi and Dar es Salaam.", "bombings", "khalid omar"),
    ("Jean Mbarushimana was also convicted in the death of a police officer in Kigali.", "death", "jean mbarushimana"),
    ("Ahmed Musa was convicted on all counts on Wednesday in the attack on the hotel by a federal jury.", "attack", "ahmed musa"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, role, who, present", role_cases("tried_in", TRIED_IN, "agent"))
def test_who_is_convicted_in_an_act_did_it(nlp, text, trigger, role, who, present):
    assert_role(extract_text(nlp, text), trigger, role, who, present)


@pytest.mark.model
def test_who_is_arrested_in_a_raid_did_not_raid(nlp):
    ex = extract_text(nlp, "Police said Ali Hassan was arrested in the raid on the camp near Garissa.")
    assert_role(ex, "raid", "agent", "ali hassan", present=False)


PLACE_ON_LAST_OBJECT = [
    ("Soldiers killed two rebels, three civilians and other people in Gao and Menaka.", "killed", "Gao"),
    ("The army has killed an estimated 300 Boko Haram, ISWAP and other jihadist fighters in Borno and Yobe.", "killed", "Borno"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, where", PLACE_ON_LAST_OBJECT)
def test_place_on_the_last_conjunct_of_the_objects_is_the_acts(nlp, text, trigger, where):
    ex = extract_text(nlp, text)
    assert place_of(ex, event_at(ex, trigger)) == where
