"""When, session 20: a time on a verb of consequence dates the event noun that is its subject
and the one it leads to ("On 3 May, a march led to the arrest of 40 people"); a "since" in a
relative clause on a participant bounds what the clause tells of that participant, not the
event of the main clause ("arrested X, a man who has lived in Nice since 2009"); a "since" on
a count ("the third coup since 2015", "the eighth coup to occur in the region since 2020")
bounds the count, not the event; "coup d'état" written with its accent is a coup. Sentences
written for this test (Zimbabwe, Nepal, Mali, Kenya, France, Cameroon, Burkina Faso, the
Sahel, Somalia, Myanmar, Niger), with ones where the rules must not fire."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import event_at, extract_text

pytestmark = pytest.mark.model

PUBLISHED = date(2024, 5, 20)


def _time(nlp, text, trigger, published=PUBLISHED):
    ex = extract_text(nlp, text, published=published)
    found = [e for e in ex.events if e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in ex.events]
    return found[0].time.value if found[0].time is not None else None


@pytest.mark.parametrize(
    "text, trigger, when",
    [
        # the cause, subject of the verb of consequence
        ("On Sunday, a protest outside the parliament in Kathmandu led to the deaths of two students.", "protest", "2024-05-19"),
        ("On 21 January, a protest in the capital led to the killings of three demonstrators by the presidential guard.",
         "protest", "2024-01-21"),
        # the consequence, when the parser hangs the time on the verb
        ("On 3 May, a march in Harare led to the arrest of 40 opposition supporters.", "arrest", "2024-05-03"),
        # a time of their own is kept
        ("In March 2019, an attack on a village in central Mali resulted in the deaths of 160 herders.", "attack", "2019-03"),
    ],
)
def test_time_on_a_verb_of_consequence(nlp, text, trigger, when):
    assert _time(nlp, text, trigger) == when


@pytest.mark.parametrize(
    "text, trigger",
    [
        # what a relative clause tells of a participant, since when
        ("Police arrested the suspect, a 40-year-old man who was born in Tunisia and has lived in Nice since 2009.", "arrested"),
        ("Soldiers detained the mayor of Bamenda, who has governed the town since 2015.", "detained"),
        ("Rebels attacked the base in Gao, which has hosted peacekeepers since 2013.", "attacked"),
        # a count bounded by "since": not when the event happened
        ("It was the eighth successful coup to occur in the Sahel since 2020.", "coup"),
        ("The bombing was the second attack on the market since January.", "attack"),
    ],
)
def test_no_time_from_a_bound_of_something_else(nlp, text, trigger):
    assert _time(nlp, text, trigger) is None


@pytest.mark.parametrize(
    "text, trigger, when",
    [
        # the rules must not fire: the event's own "since", the time of an event's own clause
        ("Fighting has continued in the region since 2020.", "Fighting", "2020"),
        ("The attack, which took place on Monday, killed 12 people in Borno.", "attack", "2024-05-20"),
        ("Al-Shabaab fighters, who stormed the hotel in Mogadishu on Friday, killed nine people.", "stormed", "2024-05-17"),
    ],
)
def test_own_times_kept(nlp, text, trigger, when):
    assert _time(nlp, text, trigger) == when


@pytest.mark.parametrize(
    "text, trigger, when, published",
    [
        ("On 30 September 2022, a coup d'état took place in Ouagadougou.", "coup d'état", "2022-09-30", date(2022, 10, 20)),
        ("The coup d’état in Myanmar began on 1 February 2021, when the military detained the elected leaders.", "coup d’état",
         "2021-02-01", date(2021, 2, 20)),
        ("A coup d'état in Niamey on 26 July 2023 removed the elected president.", "coup d'état", "2023-07-26", date(2023, 8, 1)),
    ],
)
def test_coup_d_etat_with_its_accent(nlp, text, trigger, when, published):
    ex = extract_text(nlp, text, published=published)
    e = event_at(ex, trigger)
    assert e.type == "Coup"
    assert e.time is not None and e.time.value == when


def test_actor_named_in_an_in_phrase_still_places(nlp):
    """"The Sudanese coup d'état was a coup that took place in Sudan on 25 October 2021, when
    the prime minister was detained": the state the demonym makes the coup's agent is still
    the place its "in" phrase names, for the event of the "when" clause too."""
    text = ("The 2021 Sudanese coup d'état was a military coup that took place in Sudan on 25 October 2021, "
            "when Prime Minister Abdalla Hamdok was detained by the army.")
    ex = extract_text(nlp, text, published=date(2021, 11, 1))
    assert event_at(ex, "coup d'état").type == "Coup"
    e = event_at(ex, "detained")
    assert ex.entities[e.place].label == "Sudan"
    assert e.time is not None and e.time.value == "2021-10-25"


@pytest.mark.parametrize(
    "text, first, second",
    [
        # "in the aftermath of", "in the wake of": another occasion than the clause's subject
        ("The coup came in the aftermath of the January 2022 coup d'état in Ouagadougou.", "coup", "coup d'état"),
        ("The riots came in the wake of the protests of 3 May in Dakar.", "riots", "protests"),
    ],
)
def test_aftermath_is_another_occasion(nlp, text, first, second):
    ex = extract_text(nlp, text, published=date(2022, 10, 15))
    a, b = event_at(ex, first), event_at(ex, second)
    assert b.id not in a.same_as
    assert a.time is None


@pytest.mark.parametrize(
    "text, trigger, when",
    [
        # "days later", "several days after": no count of days, so not the anchor's day; its
        # month when the anchor is in the first half of its month, else nothing
        ("On 21 January, police shot dead three protesters in the capital. A fourth protester died several days later in a hospital.",
         "died", None),
        ("Days after the election on 9 August, protests erupted in Minsk.", "protests", "2023-08"),
        ("Gunmen stormed a church in Kivu on 3 June. Days later, the army launched an offensive in the area.", "launched an offensive",
         "2023-06"),
    ],
)
def test_no_day_from_an_uncounted_shift(nlp, text, trigger, when):
    assert _time(nlp, text, trigger) == when


@pytest.mark.parametrize(
    "text, trigger, when",
    [
        # a counted shift, and "hours later" (the same day), are kept
        ("On 12 June, gunmen attacked the town. Two days later, soldiers arrived in the town.", "arrived", "2023-06-14"),
        ("On 12 May, gunmen attacked the town. Hours later, soldiers arrived in the town.", "arrived", "2024-05-12"),
    ],
)
def test_counted_shift_kept(nlp, text, trigger, when):
    assert _time(nlp, text, trigger) == when


@pytest.mark.parametrize(
    "text, trigger, when",
    [
        # a relative clause on an event noun that only says it began: the noun's time, and no escape
        ("Clashes that broke out on Monday in Bangui killed five people.", "Clashes", "2024-05-20"),
        ("The riots were a series of violent riots over several days that broke out on 5 July 2009 in Lhasa.", "riots",
         "2009-07-05"),
    ],
)
def test_onset_in_a_relative_clause(nlp, text, trigger, when):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert not [e for e in ex.events if e.type == "Escape"], [(e.type, e.trigger.text) for e in ex.events]
    assert any(e.trigger.text == trigger and e.time is not None and e.time.value == when for e in ex.events), [
        (e.type, e.trigger.text, e.time) for e in ex.events]


def test_escape_in_a_relative_clause_kept(nlp):
    ex = extract_text(nlp, "Prisoners who broke out of the jail on Monday were recaptured.", published=PUBLISHED)
    assert event_at(ex, "broke out").type == "Escape"
