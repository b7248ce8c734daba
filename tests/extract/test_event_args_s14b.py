"""Session 14 (args14b): arguments of events whose clause the parser builds around another word.

All sentences are invented, in the style of wire news, about several crises."""
from __future__ import annotations

import pytest

from helpers import assert_classes, class_rows, event_at, extract_text, place_of

# A gerund event that "broke out" began there and then: the onset verb carries its time and place,
# and is no escape. A prisoner who "broke out" of a jail did escape.
ONSET_GERUNDS = [
    ("Fighting between the Sudanese army and the Rapid Support Forces broke out on 15 April 2023 in Khartoum.", "Fighting", "Khartoum", "2023-04-15"),
    ("Heavy fighting between Azerbaijani and Armenian troops broke out on Sunday along the border near Tovuz.", "Heavy fighting", "Tovuz", "2023-09-17"),
    ("Shooting broke out on Friday near the presidential palace in Bamako.", "Shooting", "Bamako", "2023-09-15"),
    ("Looting broke out in the northern city of Kano on Monday.", "Looting", "Kano", "2023-09-18"),
    ("Fighting broke out in Goma on Thursday as rebels advanced on the city.", "Fighting", "Goma", "2023-09-14"),
]


@pytest.mark.parametrize("text, trigger, place, day", ONSET_GERUNDS)
def test_a_gerund_that_broke_out_takes_the_onset_verbs_time_and_place(nlp, text, trigger, place, day):
    ex = extract_text(nlp, text)
    event = event_at(ex, trigger)
    assert place_of(ex, event) == place
    assert event.time is not None and event.time.value == day
    assert_classes(ex, (), ("Escape",))


ESCAPES = class_rows("a_prisoner_who_broke_out_escaped", [
    ("Three prisoners broke out of a jail in Port Harcourt on Tuesday.", "Escape"),
    ("Dozens of inmates broke out of the central prison in Kinshasa overnight.", "Escape"),
], present=True)


@pytest.mark.parametrize("text, makes, makes_no", ESCAPES)
def test_a_prisoner_who_broke_out_still_escaped(nlp, text, makes, makes_no):
    assert_classes(extract_text(nlp, text), makes, makes_no)


# A passive participle on a demonstrative ("those killed by X") names its doer with its own "by";
# without one, the subject of the clause it hangs in did not do it.
BY_ON_THOSE = [
    ("The families of those killed by Hamas demanded justice on Monday.", "killed", "hamas", True),
    ("Relatives of the hostages, including those abducted by Boko Haram, marched in Abuja.", "abducted", "boko haram", True),
    ("Those arrested by police on Monday included a journalist.", "arrested", "police", True),
    ("Those displaced by the Houthis in Marib were moved to camps near Aden.", "displaced", "houthis", True),
    ("Most of those kidnapped by Al-Shabaab in Lamu were freed on Friday.", "kidnapped", "al-shabaab", True),
    ("The families of those killed demanded an inquiry, the army said.", "killed", "families", False),
]


@pytest.mark.parametrize("text, trigger, who, present", BY_ON_THOSE)
def test_a_participle_on_those_takes_its_own_by_agent(nlp, text, trigger, who, present):
    from helpers import role_names

    ex = extract_text(nlp, text)
    assert (who in role_names(ex, event_at(ex, trigger), "agent")) == present


# A second verb conjoined to a condemnation is the condemner's own act, not something the
# condemned is accused of ("accused X of shelling and looting": X's).
CONJOINED_TO_CONDEMNATION = [
    ("The Movement for Democratic Change denounced the result and has boycotted parliament since.", "boycotted", "movement for democratic change", True),
    ("Hamas condemned the raid and fired rockets at Ashkelon on Tuesday.", "fired rockets", "hamas", True),
    ("Fatah denounced the decree and has boycotted the cabinet since January.", "boycotted", "fatah", True),
    ("Hezbollah condemned the strike and launched drones at Haifa on Sunday.", "launched drones", "hezbollah", True),
    ("Al-Shabaab denounced the deal and attacked a base in Baidoa on Friday.", "attacked", "al-shabaab", True),
    ("Ukraine accused Russia of shelling and looting the town of Kupiansk.", "looting", "russia", True),
    ("Ukraine accused Russia of shelling and looting the town of Kupiansk.", "looting", "ukraine", False),
]


@pytest.mark.parametrize("text, trigger, who, present", CONJOINED_TO_CONDEMNATION)
def test_a_verb_conjoined_to_a_condemnation_is_the_condemners(nlp, text, trigger, who, present):
    from helpers import role_names

    ex = extract_text(nlp, text)
    assert (who in role_names(ex, event_at(ex, trigger), "agent")) == present


# English spelling picks the verb lemma: "staged" is "stage" (a one-vowel "stag" would make
# "stagged"), "stages" is "stage" + "s"; a doubled consonant keeps the short stem.
LEMMAS = [
    ("Kenyan police staged a crackdown in Kisumu.", "staged", "stage"),
    ("The junta has waged a war on dissent since 2021.", "waged", "wage"),
    ("A court in Ankara fined the newspaper on Monday.", "fined", "fine"),
    ("Opposition groups are staging protests in Dhaka.", "staging", "stage"),
    ("The army stages raids near Gao every week.", "stages", "stage"),
    ("Police stopped the convoy near Goma.", "stopped", "stop"),
    ("Rebels planned an attack on Kidal.", "planned", "plan"),
    ("The minister visited Mogadishu on Friday.", "visited", "visit"),
    ("Rescuers searched the rubble in Antakya.", "searched", "search"),
]


@pytest.mark.parametrize("text, word, lemma", LEMMAS)
def test_spelling_picks_the_verb_lemma(nlp, text, word, lemma):
    token = next(t for t in nlp(text) if t.text == word)
    assert token.lemma_ == lemma


STAGED = [
    ("Kenyan police staged a brutal crackdown on demonstrators in Kisumu.", "kenya"),
    ("Zimbabwean soldiers staged a raid on a market in Harare.", "zimbabwe"),
    ("Ethiopian troops staged an offensive near Mekelle on Monday.", "ethiopia"),
    ("Sudan's army has waged a war against the RSF since April.", "sudan"),
    ("Congolese soldiers staged an assault on M23 positions near Goma.", "dr congo"),
]


@pytest.mark.parametrize("text, who", STAGED)
def test_a_staged_or_waged_event_has_the_subject_as_agent(nlp, text, who):
    from helpers import role_names

    ex = extract_text(nlp, text)
    violent = [e for e in ex.events if e.type not in ("Statement",)]
    assert any(who in role_names(ex, e, "agent") for e in violent), [(e.type, e.trigger.text, role_names(ex, e, "agent")) for e in ex.events]
