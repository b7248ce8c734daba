"""Where and when along the clause chain (issue 11, session 18): a time on a verb that is no
event in a reported clause dates the event verb conjoined with it ("witnesses said the
soldiers got into vehicles late Monday and drove back to base"), never the saying's own time
("said on Monday that gunmen had killed ..."), nor a plan; a list of what one subject did
("broke into the home late Tuesday, blocked the gates, tear-gassed the occupants and then took
him away") shares the place and time of its first event verb, read back through the verbs of
the list that are no events, never across a new subject or into a plan; the town named deep
in a site's phrase ("in schools in the towns of X and Y") is where the event happened, never
the place of another event's noun ("in connection with the attacks in X"). Own sentences from
several crises (Mali, Senegal, Guinea-Bissau, DR Congo, Nigeria, Eritrea-like barracks,
Uganda, Ukraine, Niger, Sudan)."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import by_trigger, extract_text, place_of

PUBLISHED = date(2024, 5, 15)  # a Wednesday

pytestmark = pytest.mark.model


def _ex(nlp, text):
    return extract_text(nlp, text, published=PUBLISHED)


def _time(event):
    return event.time.value if event.time is not None else None


@pytest.mark.parametrize(
    "text, cls, trigger, when",
    [
        ("Witnesses said the soldiers got into armored vehicles late Monday and drove back to their barracks outside Bamako.",
         "Withdrawal", "drove back to their barracks", "2024-05-13"),
        ("The army said troops entered the town of Kidal on Saturday and arrested 12 suspected militants.",
         "Arrest", "arrested", "2024-05-11"),
        ("Residents said the gunmen reached the village of Kauru on Thursday and abducted 30 women.",
         "Abduction", "abducted", "2024-05-09"),
    ],
)
def test_a_time_in_a_reported_clause_dates_the_conjoined_event(nlp, text, cls, trigger, when):
    ex = _ex(nlp, text)
    assert _time(by_trigger(ex, cls, trigger)) == when


@pytest.mark.parametrize(
    "text, cls, trigger",
    [
        # the time of the saying is not the time of what is said
        ("The ministry said on Monday that gunmen had killed 14 farmers in Zamfara state.", "Casualties", "killed"),
        # a plan is not dated by the day the sentence tells of
        ("Police said the suspects arrived in Kampala on Friday and would attack the parliament.", "Attack", "attack"),
    ],
)
def test_a_time_in_a_reported_clause_does_not_date_the_saying_or_a_plan(nlp, text, cls, trigger):
    ex = _ex(nlp, text)
    assert _time(by_trigger(ex, cls, trigger)) is None


@pytest.mark.parametrize(
    "text, cls, trigger, where, when",
    [
        ("Opposition officials said police broke into the home of Ousmane Sonko in Dakar late Tuesday, blocked the gates "
         "and doors to prevent escape, tear-gassed the occupants and then took him away.", "Arrest", "took", "Dakar", "2024-05-14"),
        ("Witnesses said soldiers stormed the radio station in Bissau on Sunday, switched off the transmitters and "
         "arrested three journalists.", "Arrest", "arrested", "Bissau", "2024-05-12"),
        ("Residents said militiamen surrounded the village of Bunia late Friday, cut the road and burned dozens of homes.",
         "Arson", "burned", "Bunia", "2024-05-10"),
    ],
)
def test_a_list_of_what_one_subject_did_shares_place_and_time(nlp, text, cls, trigger, where, when):
    ex = _ex(nlp, text)
    event = by_trigger(ex, cls, trigger)
    assert (place_of(ex, event), _time(event)) == (where, when)


def test_a_list_does_not_reach_a_new_subject_or_a_plan(nlp):
    ex = _ex(nlp, "Gunmen attacked a church in Kajuru on Sunday and soldiers arrested three suspects in Kaduna.")
    assert place_of(ex, by_trigger(ex, "Arrest", "arrested")) == "Kaduna"  # its own place
    ex = _ex(nlp, "Soldiers stormed the radio station in Bissau on Sunday and plan to arrest the journalists.")
    arrest = by_trigger(ex, "Arrest", "arrest")
    assert (place_of(ex, arrest), _time(arrest)) == (None, None)


@pytest.mark.parametrize(
    "text, cls, trigger, where",
    [
        ("Gunmen seized dozens of worshippers in churches in the towns of Kajuru and Kachia on Sunday.",
         "Abduction", "seized", "Kajuru"),
        ("Gunmen held dozens of hostages in schools in the towns of Kankara and Jangebe for three days.",
         "Abduction", "held dozens of hostages", "Kankara"),
    ],
)
def test_the_town_deep_in_a_sites_phrase_is_the_place(nlp, text, cls, trigger, where):
    ex = _ex(nlp, text)
    assert place_of(ex, by_trigger(ex, cls, trigger)) == where


def test_the_place_of_another_events_noun_is_not_the_place(nlp):
    ex = _ex(nlp, "Police arrested a man in connection with the attacks in Kharkiv.")
    assert place_of(ex, by_trigger(ex, "Arrest", "arrested")) is None


@pytest.mark.parametrize(
    "text, cls, trigger, where, when",
    [
        ("A clash between students and soldiers near the campus in Merida has left at least two students injured.",
         "Casualties", "injured", "Merida", None),
        ("Fighting between the army and rebels in Rutshuru on Tuesday forced thousands of people to flee.",
         "Displacement", "flee", "Rutshuru", "2024-05-14"),
        ("Heavy shelling of Kharkiv on Monday forced hundreds of residents to flee.",
         "Displacement", "flee", "Kharkiv", "2024-05-13"),
    ],
)
def test_a_toll_or_flight_told_as_the_outcome_of_an_event_noun_is_where_and_when_it_was(nlp, text, cls, trigger, where, when):
    ex = _ex(nlp, text)
    event = by_trigger(ex, cls, trigger)
    assert (place_of(ex, event), _time(event)) == (where, when)


def test_an_outcome_keeps_its_own_place_and_a_hypothetical_cause_gives_none(nlp):
    ex = _ex(nlp, "The fighting in Khartoum forced thousands of people to flee to Chad.")
    assert place_of(ex, by_trigger(ex, "Displacement", "flee")) == "Chad"
    ex = _ex(nlp, "A new offensive on Rafah could force a million people to flee.")
    assert place_of(ex, by_trigger(ex, "Displacement", "flee")) is None


@pytest.mark.parametrize(
    "text, cls, trigger, where",
    [
        ("The report documents killings and abductions in the Kasai region since 2016.", "Abduction", "abductions", "Kasai"),
        ("Rights groups documented rapes and killings across Darfur in June.", "Killing", "killings", "Darfur"),
        ("Weeks of protests and riots across Sri Lanka forced the president to resign.", "Riot", "riots", "Sri Lanka"),
    ],
)
def test_event_nouns_joined_under_one_place_phrase_share_it(nlp, text, cls, trigger, where):
    ex = _ex(nlp, text)
    assert (place_of(ex, by_trigger(ex, cls, trigger)) or "").startswith(where)


def test_a_noun_with_its_own_determiner_or_before_the_place_does_not_share_it(nlp):
    ex = _ex(nlp, "The sanctions and the war in Ukraine have hurt the economy.")
    assert place_of(ex, by_trigger(ex, "Sanctions", "sanctions")) is None


@pytest.mark.parametrize(
    "text, cls, trigger, where",
    [
        ("Fighting intensified around the town of Kobani on Sunday, with jihadists shelling Kurdish positions.",
         "Shelling", "shelling", "Kobani"),
        ("Clashes erupted in Juba on Friday, with soldiers firing on civilians.", "Attack", "firing on", "Juba"),
    ],
)
def test_a_with_clause_happened_where_the_clause_it_hangs_on_did(nlp, text, cls, trigger, where):
    ex = _ex(nlp, text)
    assert place_of(ex, by_trigger(ex, cls, trigger)) == where


@pytest.mark.parametrize(
    "text, trigger, where, when",
    [
        ("“The arrests are illegal,” the party leader told supporters at a rally in Harare on Saturday.", "told", "Harare",
         "2024-05-11"),
        ("The opposition leader said at a rally in Kinshasa on Sunday that the vote had been rigged.", "said", "Kinshasa",
         "2024-05-12"),
    ],
)
def test_a_speech_at_a_gathering_was_made_where_and_when_it_was_held(nlp, text, trigger, where, when):
    ex = _ex(nlp, text)
    said = by_trigger(ex, "Statement", trigger)
    rally = by_trigger(ex, "Protest", "rally")
    assert (place_of(ex, said), _time(said), _time(rally)) == (where, when, when)


def test_a_speech_at_a_moment_of_an_event_takes_no_place(nlp):
    ex = _ex(nlp, "The envoy said at the start of the war in Sudan that talks were impossible.")
    assert place_of(ex, by_trigger(ex, "Statement", "said")) is None
