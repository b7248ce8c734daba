"""Session 16 (ev16a): places and actors the sentence states that the argument readers
dropped or gave to the wrong event (kg/extract/events/places.py ...).

* where a statement was made, told by the participle of speaking ("*Speaking from* Denmark,
  X said"), and not the place of what was said;
* where speakers are, told by their own phrase ("Officials *in* New Delhi say ..."): the
  statement's place, not the place of what they say will happen;
* "the army" after one country's army named twice under two names ("X's army ... soldiers
  from the Royal X Army ... The army attacked"), with another country named only as the
  other side of a border between: that army (kg/extract/events/descriptions.py);
* "accused the army of killing", the gerund parsed on "the army": a description of a
  state's forces, never the organisation named last (the accuser);
* who "initiated" or "launched a search and rescue operation" did the search
  (kg/extract/events/structure.py, ``undertaking_nouns``; "initiate" a support verb);
* a clock time with no day of its own ("died in hospital at 5:03 p.m.") is on the day told
  before (kg/extract/events/time_attach.py);
* a mention whose own sentence says the doer is not known ("it is not clear whether X or Y
  were behind the attack") takes no doer from the other mentions
  (kg/extract/events/unknown_doer.py, coreference.py).

All sentences are invented, in the style of wire news, about several crises."""
from __future__ import annotations

import pytest

from helpers import event_at, extract_text, place_of
from helpers import role_names as _actors

SPEAKING_FROM = [
    ("Speaking from Denmark, where he has been granted asylum, the rebel leader Juan Perez said the attack was just the beginning.",
     "said", "Denmark", "attack"),
    ("Speaking from Kenya, opposition leader Samuel Okello said the vote had been rigged.", "said", "Kenya", None),
    ("Speaking by telephone from Paris, the exiled general Amadou Diallo said his men would fight on.", "said", "Paris", "fight"),
    ("Speaking from the capital Kinshasa, government spokesman Patrick Muyaya told reporters the rebels had been pushed back.",
     "told", "Kinshasa", None),
    ("Speaking from exile in London, the former minister said the junta must go.", "said", "London", None),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, where, said", SPEAKING_FROM)
def test_speaking_from_a_place_places_the_statement_not_what_it_says(nlp, text, trigger, where, said):
    ex = extract_text(nlp, text)
    assert place_of(ex, event_at(ex, trigger)) == where
    if said is not None:
        assert place_of(ex, event_at(ex, said)) != where


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Speaking on behalf of refugees from Sudan, the aid official Marie Dubois said the camps were overflowing.",
    "Speaking from experience, the mediator Olusegun Adeyemi said talks would fail.",
])
def test_from_deep_in_the_phrase_or_not_a_place_gives_no_place(nlp, text):
    ex = extract_text(nlp, text)
    assert place_of(ex, event_at(ex, "said")) is None


SPEAKERS_IN = [
    ("Officials in Kinshasa say Congolese troops will arrest any rebels they encounter.", "say", "Kinshasa", "arrest"),
    ("Officials in New Delhi say Indian troops will arrest any insurgents they encounter.", "say", "New Delhi", "arrest"),
    ("Officials in Khartoum said the army had retaken the town of Wad Madani.", "said", "Khartoum", "retaken"),
    ("UN officials in Geneva said the convoy had been attacked near Kharkiv.", "said", "Geneva", "attacked"),
    ("Officials of the African Union in Addis Ababa said the talks had collapsed.", "said", "Addis Ababa", None),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, where, reported", SPEAKERS_IN)
def test_where_the_speakers_are_is_where_they_spoke(nlp, text, trigger, where, reported):
    ex = extract_text(nlp, text)
    assert place_of(ex, event_at(ex, trigger)) == where
    if reported is not None:
        assert place_of(ex, event_at(ex, reported)) != where


WITNESSES = [
    # witnesses, or news from a place: where what they tell happened
    ("Residents in Goma said M23 rebels shelled the airport overnight.", "shelled", "Goma"),
    ("Reports from Goma say 15 people have been arrested in the assault.", "arrested", "Goma"),
    ("A Goma businessman, Jean Kabila, says the attack has come as a shock.", "attack", "Goma"),
    ("The correspondent, who is in the capital, Bamako, says thousands are celebrating the apparent coup.", "coup", "Bamako"),
    ("Police officials in Lagos said gunmen had kidnapped 20 students.", "kidnapped", "Lagos"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, where", WITNESSES)
def test_where_witnesses_are_is_where_what_they_tell_happened(nlp, text, trigger, where):
    ex = extract_text(nlp, text)
    assert place_of(ex, event_at(ex, trigger)) == where


@pytest.mark.model
def test_a_country_on_the_speakers_says_whose_they_are(nlp):
    # "officials in Kenya" speak for Kenya: no town to place the statement at
    ex = extract_text(nlp, "Officials in Kenya said the police had arrested 20 protesters.")
    assert place_of(ex, event_at(ex, "said")) is None


ONE_ARMY = [
    ("Bhutan's army has launched an offensive against separatist rebels. Soldiers from the Royal Bhutanese Army are "
     "sweeping the forests along the border with India. The army Tuesday attacked several camps.", "royal bhutanese army"),
    ("Nigeria's army has launched an offensive against jihadists in Borno. Troops from the Nigerian Army are sweeping "
     "forests along the border with Cameroon. The army on Tuesday attacked several camps.", "army of nigeria"),  # "Nigerian Army" its alias (kg/extract/body_names.py)
    ("Mali's army launched an operation against jihadists near Menaka. Soldiers of the Malian Armed Forces patrolled "
     "the border with Niger. The army on Friday attacked several camps.", "malian armed forces"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, who", ONE_ARMY)
def test_the_army_is_the_one_countrys_army_named_twice(nlp, text, who):
    ex = extract_text(nlp, text)
    assert who in _actors(ex, event_at(ex, "attacked"), "agent")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Sudanese Armed Forces shelled positions in Khartoum. Fighting also flared in South Sudan, where the army clashed with rebels.",
    "Ethiopia's army and Eritrean troops advanced on Mekelle. The army attacked the town on Friday.",
])
def test_the_army_after_another_country_or_two_armies_is_none_of_them(nlp, text):
    ex = extract_text(nlp, text)
    trigger = "clashed" if "clashed" in text else "attacked"
    assert not _actors(ex, event_at(ex, trigger), "agent") & {"sudanese armed forces", "sudan", "ethiopian national defense force"}


ACCUSED_OF = [
    ("Ethiopia's army launched an offensive in Tigray. Human Rights Watch accused the army of killing civilians.",
     "killing", "ethiopian national defense force"),
    ("Sudan's army shelled Omdurman. The UN accused the army of targeting hospitals.", "targeting", "sudanese armed forces"),
    ("Human Rights Watch accused the army of Mali of killing civilians near Moura.", "killing", "malian armed forces"),
    ("Amnesty International accused the soldiers of torturing detainees in Mandalay.", "torturing", "soldiers"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, act, who", ACCUSED_OF)
def test_the_accused_army_did_the_act(nlp, text, act, who):
    ex = extract_text(nlp, text)
    assert who in _actors(ex, event_at(ex, "accused"), "target")
    assert who in _actors(ex, event_at(ex, act), "agent")


@pytest.mark.model
@pytest.mark.parametrize("text, act, accuser", [
    ("Human Rights Watch accused the army of killing civilians in Tigray.", "killing", "human rights watch"),
    ("Amnesty International accused the police of beating protesters in Nairobi.", "beating", "amnesty international"),
])
def test_an_accuser_is_never_the_army_it_accuses(nlp, text, act, accuser):
    ex = extract_text(nlp, text)
    assert accuser not in _actors(ex, event_at(ex, "accused"), "target")
    assert accuser not in _actors(ex, event_at(ex, act), "agent")


UNDERTAKINGS = [
    ("The Philippine Coast Guard (PCG) sent a vessel to the area. After the ferry had sunk, the PCG and the military "
     "initiated a massive search and rescue operation.", "coast guard of the philippines"),  # "Philippine Coast Guard" its alias
    ("The Italian coast guard launched a search and rescue operation off Lampedusa.", "coast guard of italy"),
    ("The Indian navy mounted a rescue operation after the cyclone hit Odisha.", "navy of india"),
    ("The Hellenic Navy initiated a search for the missing fishermen off Crete.", "hellenic navy"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, who", UNDERTAKINGS)
def test_who_launches_or_initiates_an_operation_does_its_kind(nlp, text, who):
    ex = extract_text(nlp, text)
    rescue = next(e for e in ex.events if e.type == "SearchAndRescue")
    assert who in _actors(ex, rescue, "agent")


@pytest.mark.model
def test_an_operation_only_described_has_no_doer_from_the_verb(nlp):
    ex = extract_text(nlp, "Amnesty International described the search and rescue operation as a failure.")
    rescues = [e for e in ex.events if e.type == "SearchAndRescue"]
    assert all("amnesty international" not in _actors(ex, e, "agent") for e in rescues)


CLOCK_TIMES = [
    ("On 3 March 2024, gunmen attacked a police post in Djibo. State media reported hours later that two officers "
     "had died in hospital at 5:03 p.m.", "died", "2024-03-03"),
    ("On 8 July 2022, rebels shelled the town of Goma. The army said it had retaken the hill at 6 p.m.", "retaken", "2022-07-08"),
    ("On 10 October 2023, militants stormed a hotel in Mogadishu. Police ended the siege at 11:45 p.m.", "siege", "2023-10-10"),
    ("On 2 May 2024, a car bomb exploded near a checkpoint in Kandahar. The governor said at 4 p.m. that nine people "
     "had been killed.", "said", "2024-05-02"),
    # the phrase that says which day comes first
    ("On 3 March 2024, gunmen attacked a police post in Djibo. Troops recaptured the town at 6 a.m. the next morning.",
     "recaptured", "2024-03-04"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, day", CLOCK_TIMES)
def test_a_clock_time_is_on_the_day_told_before(nlp, text, trigger, day):
    ex = extract_text(nlp, text)
    e = event_at(ex, trigger)
    assert e.time is not None and e.time.value == day


@pytest.mark.model
@pytest.mark.parametrize("text, trigger", [
    ("On 3 March 2024, gunmen attacked a police post in Djibo. Residents say the gunmen usually attack at 2 a.m.", "attack"),
    ("On 3 March 2024, gunmen attacked a police post in Djibo. The army said the curfew would be lifted on 7.5 percent of roads.", "curfew"),
])
def test_no_clock_time_or_a_habit_takes_no_day(nlp, text, trigger):
    ex = extract_text(nlp, text)
    found = [e for e in ex.events if e.trigger.text == trigger]
    assert all(e.time is None or e.time.value != "2024-03-03" for e in found)


UNKNOWN_DOER = [
    ("Gunmen from the delta attacked the presidential palace in Malabo on Tuesday. The minister says it is not clear "
     "whether militants from the delta or foreign mercenaries may have been behind the attack.", "attack"),
    ("ISWAP militants raided a base in Borno on Friday. Officials did not say who was behind the raid.", "raid"),
    ("Houthi forces fired missiles at a tanker on Tuesday. It remains unknown who was behind the strike.", "strike"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger", UNKNOWN_DOER)
def test_a_mention_whose_sentence_says_the_doer_is_unknown_takes_none(nlp, text, trigger):
    ex = extract_text(nlp, text)
    mention = [e for e in ex.events if e.trigger.text == trigger][-1]
    assert not _actors(ex, mention, "agent")


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, who", [
    ("M23 rebels shelled Goma on Sunday. The army says M23 was behind the shelling.", "shelling", "m23"),
    ("ISWAP militants raided a base in Borno on Friday. Officials said it was clear who was behind the raid.", "raid",
     "islamic state west africa province"),
])
def test_a_mention_whose_sentence_names_or_knows_the_doer_shares_it(nlp, text, trigger, who):
    ex = extract_text(nlp, text)
    mention = [e for e in ex.events if e.trigger.text == trigger][-1]
    assert who in _actors(ex, mention, "agent")
