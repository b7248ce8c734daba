"""Time expressions (kg/extract/time.py): found, resolved against the publication date,
with a day / month / year precision; and attached to the right event in real sentences.
"""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text
from kg.extract.model import TimeValue
from kg.extract.time import find_time_expressions, resolve_text, shift

TUESDAY = date(2023, 9, 19)  # the seed's publication date, a Tuesday
THURSDAY = date(2023, 10, 12)


@pytest.mark.parametrize(
    "text, published, future, value, precision",
    [
        # weekdays: the most recent one on or before publication (the same day counts)...
        ("on Tuesday", TUESDAY, False, "2023-09-19", "day"),
        ("on Thursday", TUESDAY, False, "2023-09-14", "day"),
        ("on Sunday", THURSDAY, False, "2023-10-08", "day"),
        ("last Tuesday", TUESDAY, False, "2023-09-12", "day"),
        # ... and for a planned event the next one
        ("on Thursday", TUESDAY, True, "2023-09-21", "day"),
        ("next Tuesday", TUESDAY, False, "2023-09-26", "day"),
        # weeks have month precision: the month holding most of the week
        ("last week", TUESDAY, False, "2023-09", "month"),
        ("last week", date(2023, 10, 3), False, "2023-09", "month"),
        ("this week", date(2023, 10, 1), False, "2023-09", "month"),
        ("earlier this month", TUESDAY, False, "2023-09", "month"),
        ("last month", date(2024, 1, 10), False, "2023-12", "month"),
        # months and years
        ("in July", TUESDAY, False, "2023-07", "month"),
        ("in December", TUESDAY, False, "2022-12", "month"),
        ("in December", TUESDAY, True, "2023-12", "month"),
        ("In May", TUESDAY, False, "2023-05", "month"),
        ("mid-July", TUESDAY, False, "2023-07", "month"),
        ("September 2020", TUESDAY, False, "2020-09", "month"),
        ("in 2020", TUESDAY, False, "2020", "year"),
        ("the 2020 war", TUESDAY, False, "2020", "year"),
        ("last year", TUESDAY, False, "2022", "year"),
        # explicit dates
        ("2023-09-19", date(2024, 1, 1), False, "2023-09-19", "day"),
        ("Sept. 19, 2023", date(2024, 1, 1), False, "2023-09-19", "day"),
        ("19 September 2023", date(2024, 1, 1), False, "2023-09-19", "day"),
        ("September 27", TUESDAY, False, "2022-09-27", "day"),
        ("September 27", TUESDAY, True, "2023-09-27", "day"),
        # deictic words and spans counted back
        ("yesterday", TUESDAY, False, "2023-09-18", "day"),
        ("today", TUESDAY, False, "2023-09-19", "day"),
        ("two days ago", TUESDAY, False, "2023-09-17", "day"),
        ("three weeks ago", TUESDAY, False, "2023-08", "month"),
    ],
)
def test_expressions_resolve_against_the_publication_date(text, published, future, value, precision):
    got = resolve_text(text, published, future=future)
    assert got is not None, text
    assert (got.value, got.precision) == (value, precision)
    assert got.xsd_type == {"day": "date", "month": "gYearMonth", "year": "gYear"}[precision]


def test_expression_spans_are_exact_substrings():
    text = "Azerbaijan on Tuesday announced it; in July and in 2020, and 24 hours after the strike, last week."
    found = find_time_expressions(text)
    assert [e.text for e in found] == ["Tuesday", "July", "2020", "24 hours after", "last week"]
    for e in found:
        assert text[e.start:e.end] == e.text
        value = e.resolve(TUESDAY, anchor=TimeValue("2023-09-19", "day"))
        assert value is not None and value.span is not None and text[value.span.start:value.span.end] == e.text


def test_words_that_are_not_times_are_ignored():
    assert find_time_expressions("Russia may attack; March on, the 13-month blockade, 2,020 soldiers.") == []


def test_shifts_count_from_an_anchor_and_need_one():
    (expr,) = find_time_expressions("24 hours after the attack")
    assert expr.needs_anchor and expr.resolve(TUESDAY) is None
    assert expr.resolve(TUESDAY, anchor=TimeValue("2023-09-19", "day")).value == "2023-09-20"
    assert shift(TimeValue("2023-09-30", "day"), 2, "day", +1).value == "2023-10-02"
    assert shift(TimeValue("2023-09", "month"), 48, "hour", +1) == TimeValue("2023-09", "month")
    assert shift(TimeValue("2020", "year"), 1, "year", -1).value == "2019"


def test_a_year_named_in_the_sentence_dates_a_day_without_one():
    text = "In 2020, on September 27, the war began."
    (year, day) = find_time_expressions(text)
    assert day.resolve(TUESDAY, year_hint=year.explicit_year).value == "2020-09-27"


# ---------------------------------------------------------------------- in real sentences

def _event(ex, cls):
    found = [e for e in ex.events if e.type == cls]
    assert found, f"no {cls} in {[(e.type, e.trigger.text) for e in ex.events]}"
    return found[0]


@pytest.mark.model
def test_each_event_gets_the_time_its_clause_gives(nlp):
    ex = extract_text(
        nlp,
        "Ukraine launched a counteroffensive near Zaporizhzhia last week. On Sunday, Russia and Ukraine held talks "
        "in Istanbul. Russia shelled Kharkiv in July.",
        published=THURSDAY,
    )
    assert _event(ex, "MilitaryOperation").time.value == "2023-10"
    talks = _event(ex, "Negotiation")
    assert (talks.time.value, talks.time.precision) == ("2023-10-08", "day")
    assert talks.time.span.text == "Sunday"
    assert _event(ex, "Shelling").time.value == "2023-07"


@pytest.mark.model
def test_a_planned_event_takes_the_next_weekday(nlp):
    ex = extract_text(nlp, "The two foreign ministers will meet in Geneva on Thursday.", published=TUESDAY)
    meeting = _event(ex, "Meeting")
    assert meeting.modality == "planned" and meeting.time.value == "2023-09-21"


@pytest.mark.model
def test_24_hours_after_counts_from_the_event_it_names(nlp):
    ex = extract_text(
        nlp,
        "Hamas launched a rocket attack on Ashkelon on Tuesday. Israeli jets bombed Gaza City 24 hours after the attack.",
        published=THURSDAY,
    )
    rockets, strike = _event(ex, "Shelling"), _event(ex, "AirStrike")
    assert rockets.time.value == "2023-10-10"
    assert strike.time.value == "2023-10-11" and strike.time.span.text == "24 hours after"
    attack = _event(ex, "Attack")  # "the attack" is the rocket attack, not the strike made after it
    assert rockets.id in attack.same_as and strike.id not in attack.same_as


@pytest.mark.model
def test_a_bound_of_a_period_is_not_the_time_of_the_event(nlp):
    ex = extract_text(nlp, "Russia launched a new offensive in Donetsk on Monday. The offensive is the largest since 2022.", published=THURSDAY)
    first, second = [e for e in ex.events if e.type == "MilitaryOperation"]
    assert first.time.value == second.time.value == "2023-10-09"
    assert first.id in second.same_as


@pytest.mark.model
def test_the_sentence_gives_the_year_and_the_most_precise_expression_wins(nlp):
    ex = extract_text(
        nlp,
        "In 2020, on September 27, Azerbaijan launched an offensive; on November 10, a ceasefire was signed.",
        published=THURSDAY,
    )
    assert _event(ex, "MilitaryOperation").time.value == "2020-09-27"
    ceasefire = _event(ex, "Ceasefire")
    assert (ceasefire.time.value, ceasefire.time.precision) == ("2020-11-10", "day")
    assert ceasefire.trigger.text == "ceasefire was signed"


# ---------------------------------------------------------------------- reading like a person
# Sentences from other crises than the seed's: DR Congo, Sudan, Gaza, Ukraine, Myanmar, Mali,
# Haiti, Yemen / Red Sea, Afghanistan, Somalia, Libya.

MARCH_THURSDAY = date(2024, 3, 21)  # a Thursday


def _texts(text: str, **kw) -> list[str]:
    return [e.text for e in find_time_expressions(text, **kw)]


@pytest.mark.parametrize(
    "text",
    [
        "The M23 rebels, also known as the 23 March Movement, seized Rubaya.",  # DR Congo
        "Fighters of the March 23 Movement shelled Goma.",  # DR Congo
        "Activists of the 6 April Youth Movement were arrested.",  # Egypt
        "The 17 February Martyrs Brigade withdrew from Benghazi.",  # Libya
        "A shell hit a clinic on 26 July Street in Omdurman.",  # Sudan (a street)
    ],
)
def test_a_date_inside_a_name_is_no_time(text):
    assert _texts(text) == []


@pytest.mark.parametrize(
    "text, found",
    [
        ("Since the October 7 attack, Israel has bombed Gaza.", "October 7"),  # Gaza
        ("the 1 February coup ended Myanmar's democracy", "1 February"),  # Myanmar
        ("the 15 April war between the army and the RSF", "15 April"),  # Sudan
        ("the 7 October Hamas attack on Israel", "7 October"),  # a name between the date and its noun
    ],
)
def test_a_date_before_an_event_noun_is_its_time(text, found):
    assert _texts(text) == [found]


@pytest.mark.parametrize(
    "text, role, value",
    [
        ("Myanmar's junta must hand over power by September.", "deadline", "2023-09"),  # Myanmar
        ("Gangs must disarm by 5 May, the council said.", "deadline", "2023-05-05"),  # Haiti
        ("The junta promised elections no later than March 2024.", "deadline", "2024-03"),  # Mali
        ("Aid must reach Darfur before the end of 2024.", "deadline", "2024"),  # Sudan
        ("The truce should hold until 15 June.", "until", "2023-06-15"),  # Yemen
        ("Schools stay shut till Friday.", "until", "2024-03-15"),  # Afghanistan
        ("The army has fought the RSF since April 2023.", "since", "2023-04"),  # Sudan
        ("Al-Shabab has held the town since 2021.", "since", "2021"),  # Somalia
        ("The UN asked for a vote no later than 30 June.", "deadline", "2023-06-30"),  # Afghanistan
        ("Troops must leave before 1 May, the junta said.", "deadline", "2023-05-01"),  # Niger / Sahel
        ("Kyiv wants the jets ahead of September.", "deadline", "2023-09"),  # Ukraine
        ("Martial law was extended until August.", "until", "2023-08"),  # Ukraine
        ("The blockade lasted till early March.", "until", "2024-03"),  # Red Sea
        ("Fighting has raged ever since May.", "since", "2023-05"),  # DR Congo
    ],
)
def test_bounds_are_typed_and_kept_out_of_event_dates(text, role, value):
    assert find_time_expressions(text) == []  # not a time an event happened at
    (expr,) = find_time_expressions(text, bounds=True)
    assert expr.role == role and expr.is_bound
    assert expr.resolve(MARCH_THURSDAY).value == value


def test_a_bound_cue_needs_the_bound_words_not_any_noun_phrase():
    # "before the 2020 war" dates the war; "before the end of 2020" is a deadline
    (war,) = find_time_expressions("before the 2020 war")
    assert war.role == "point"
    (end,) = find_time_expressions("before the end of 2020", bounds=True)
    assert end.role == "deadline"


@pytest.mark.parametrize(
    "text, value",
    [
        ("A ceasefire starting on Sunday was agreed.", "2024-03-24"),  # Gaza
        ("Curfew starting from Monday in Port-au-Prince.", "2024-03-25"),  # Haiti
        ("A truce effective from Saturday was announced.", "2024-03-23"),  # Yemen
        ("The ban applies as of Friday.", "2024-03-22"),  # Afghanistan
        ("Talks will resume in Jeddah on Sunday.", "2024-03-24"),  # Sudan
        ("The junta will hold elections in December.", "2024-12"),  # Myanmar
        ("Parliament is due to vote on 5 May.", "2024-05-05"),  # Somalia
        ("Kyiv is set to receive the jets in June.", "2024-06"),  # Ukraine
        ("A curfew applies as of Monday across Mogadishu.", "2024-03-25"),  # Somalia
        ("Aid convoys are due to reach Gaza on Saturday.", "2024-03-23"),  # Gaza
        ("The new council will be sworn in on Tuesday.", "2024-03-26"),  # Haiti
        ("A truce effective from 1 April was announced in Mali.", "2024-04-01"),  # Mali
    ],
)
def test_a_time_the_text_puts_ahead_resolves_forward(text, value):
    (expr,) = find_time_expressions(text)
    assert expr.forward
    assert expr.resolve(MARCH_THURSDAY).value == value


@pytest.mark.parametrize(
    "text, value",
    [
        ("The army shelled Omdurman on Sunday.", "2024-03-17"),
        ("Russia, which will pay for it, struck Odesa on Sunday.", "2024-03-17"),  # the cue is in another clause
        ("The talks will resume, as they did last Sunday.", "2024-03-17"),  # "last" is behind
        ("Gangs will be tried for the attack of 5 May 2023.", "2023-05-05"),  # the year is given
    ],
)
def test_a_time_without_a_forward_cue_stays_behind(text, value):
    expr = find_time_expressions(text)[-1]
    assert not expr.forward or expr.year is not None
    assert expr.resolve(MARCH_THURSDAY).value == value


@pytest.mark.parametrize(
    "text, value, end, precision",
    [
        ("Fighting between 25 and 27 July killed 40 people in Gao.", "2023-07-25", "2023-07-27", "day"),  # Mali
        ("Gangs attacked police stations from 3 to 5 May.", "2023-05-03", "2023-05-05", "day"),  # Haiti
        ("Russia shelled Kharkiv on 3-5 March 2024.", "2024-03-03", "2024-03-05", "day"),  # Ukraine
        ("Houthi attacks on July 25-27 hit three ships.", "2023-07-25", "2023-07-27", "day"),  # Red Sea
        ("Raids between 30 December and 2 January killed 60.", "2023-12-30", "2024-01-02", "day"),  # Gaza
        ("Floods from 2021 to 2023 displaced thousands.", "2021", "2023", "year"),  # Somalia
        ("Between July and September the RSF took Wad Madani.", "2023-07", "2023-09", "month"),  # Sudan
        ("Talks between 25 July and 2 August 2023 failed.", "2023-07-25", "2023-08-02", "day"),  # Afghanistan
    ],
)
def test_a_range_keeps_both_ends(text, value, end, precision):
    (expr,) = find_time_expressions(text)
    got = expr.resolve(MARCH_THURSDAY)
    assert (got.value, got.end, got.precision) == (value, end, precision)
    assert text[got.span.start:got.span.end] == expr.text


def test_time_doctests():
    import doctest

    import kg.extract.time

    result = doctest.testmod(kg.extract.time)
    assert result.failed == 0 and result.attempted > 0


# ---------------------------------------------------------------------- ... through events and RDF


@pytest.mark.model
@pytest.mark.parametrize(
    "text, cls, value",
    [
        ("The M23 rebels, also known as the 23 March Movement, seized Rubaya on Tuesday.", "TerritorialControl", "2024-03-19"),
        ("Fighters of the March 23 Movement shelled Goma on Monday.", "Shelling", "2024-03-18"),
        ("A ceasefire starting on Sunday was agreed in Doha.", "Ceasefire", "2024-03-24"),
        ("Israel and Hamas agreed a truce effective from Saturday.", "Ceasefire", "2024-03-23"),
    ],
)
def test_events_take_times_read_like_a_person(nlp, text, cls, value):
    ex = extract_text(nlp, text, published=MARCH_THURSDAY)
    assert _event(ex, cls).time.value == value


@pytest.mark.model
def test_a_deadline_dates_no_event(nlp):
    ex = extract_text(nlp, "Myanmar's junta must hand over power by September, the rebels said.", published=MARCH_THURSDAY)
    assert not [e for e in ex.events if e.time is not None]


@pytest.mark.model
def test_an_event_over_a_range_keeps_both_ends_in_rdf(nlp, settings):
    from rdflib import Literal, Namespace
    from rdflib.namespace import XSD

    from kg.rdf import Iris, to_rdf

    ex = extract_text(nlp, "Fighting between 25 and 27 July killed 40 people in Gao.", published=MARCH_THURSDAY)
    fighting = _event(ex, "ArmedClash")
    assert (fighting.time.value, fighting.time.end) == ("2023-07-25", "2023-07-27")
    sem = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
    g = to_rdf(ex, Iris(settings.base_iri)).claims
    begins = set(g.objects(None, sem.hasBeginTimeStamp))
    ends = set(g.objects(None, sem.hasEndTimeStamp))
    assert Literal("2023-07-25", datatype=XSD.date) in begins and Literal("2023-07-27", datatype=XSD.date) in ends


@pytest.mark.model
@pytest.mark.parametrize(
    "text, found",
    [
        ("Signatories of the 17 July Charter met in Khartoum.", []),  # Sudan: a name the word list does not know
        ("Members of the 9 April Society protested in Baghdad.", []),  # Iraq
        ("The 25 January Revolution toppled Mubarak.", ["25 January"]),  # an event named by its date is dated by it
        ("On 7 October Hamas attacked Israel.", ["7 October"]),  # a name after the date is a name of its own
        ("On 12 May Russian forces entered Vovchansk.", ["12 May"]),  # Ukraine
    ],
)
def test_with_the_parse_a_capitalised_common_word_after_a_date_makes_a_name(nlp, text, found):
    assert _texts(text, doc=nlp(text)) == found
    if not found:
        assert _texts(text) != []  # the words alone do not tell: the parse does


@pytest.mark.parametrize(
    "text, found",
    [
        ("The ceasefire, starting on Sunday, will last for three weeks.", ["Sunday"]),  # Gaza
        ("The siege of El Fasher has lasted for five months.", []),  # Sudan
        ("Talks in Jeddah went on for two days.", []),  # Sudan
    ],
)
def test_a_duration_is_no_time(text, found):
    assert _texts(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Between 25 July and 2 August 2024, RSF shelling of El Fasher killed 40 people; three days later, on Monday, the UN said so.",  # Sudan
        "FROM 3 TO 5 MAY, M23 fighters advanced on Sake; two weeks ago Goma was calm, officials said on 2024-05-06.",  # DR Congo
        "Houthi forces fired missiles on Jan. 12, 2024 and again late last night; US strikes followed 24 hours after.",  # Red Sea / Yemen
        "The junta bombed Pazigyi on 11 April 2023, this morning's report said; an airstrike a week earlier hit Kanbalu.",  # Myanmar
        "Gangs attacked Port-au-Prince between March and May, since 2021 the 6 April Youth Movement has campaigned; ſix hours after.",  # Haiti
        "Russian forces entered Vovchansk in May 2024; Kharkiv was shelled overnight, TODAY and Yesterday, and earlier this week.",  # Ukraine
        "From 2020 to 2023 attacks in the Sahel rose; on Sept 3 and 4-6 March, and July 25-27, the army said; 1999—2001.",  # Sahel
    ],
)
def test_patterns_are_tried_only_where_a_match_can_begin(text):
    """The patterns, tried only at the word starts their matches can begin at, find what a
    scan of the whole text finds (the same matches, the same groups) in every case."""
    from kg.extract.time import _PATTERNS, _matches, _starts_of

    assert all(_starts_of(pattern) is not None for _, pattern in _PATTERNS)  # no pattern scanned whole
    starts: dict[str, list[int]] = {}
    for variant in (text, text.upper(), text.lower(), text.title()):
        for _, pattern in _PATTERNS:
            fast = [(m.span(), m.groupdict()) for m in _matches(pattern, variant, starts if variant is text else {})]
            assert fast == [(m.span(), m.groupdict()) for m in pattern.finditer(variant)]
    assert any(pattern.search(text) for _, pattern in _PATTERNS)


@pytest.mark.parametrize(
    "text, value, end",
    [
        ("Fighting raged on the night of 3 to 4 May in Bentiu.", "2024-05-03", "2024-05-04"),  # South Sudan
        ("Delegates met on 3 and 4 March in Addis Ababa.", "2025-03-03", "2025-03-04"),  # Ethiopia
        ("Voting took place on March 3 and 4 in Kinshasa.", "2025-03-03", "2025-03-04"),  # DR Congo
        ("Jihadists attacked posts on Monday and Tuesday.", "2025-03-03", "2025-03-04"),  # Mali
        ("Strikes hit Kharkiv from Monday to Wednesday.", "2025-03-03", "2025-03-05"),  # Ukraine
        ("Gangs attacked the prison last Friday to Sunday.", "2025-02-28", "2025-03-02"),  # Haiti
    ],
)
def test_two_days_without_an_opener_are_a_range(text, value, end):
    (e,) = find_time_expressions(text)
    v = e.resolve(date(2025, 3, 6))
    assert (v.value, v.end) == (value, end)


def test_planned_weekdays_lie_ahead():
    (e,) = find_time_expressions("Talks will resume on Monday and Tuesday.")  # Sudan
    v = e.resolve(date(2025, 3, 6))
    assert (v.value, v.end) == ("2025-03-10", "2025-03-11")


def test_two_numbers_are_no_range_without_a_lead():
    # "killed 3 and wounded 4 May ..." is no range (a lead such as "on" is needed)
    assert [e.text for e in find_time_expressions("They killed 3 and wounded 4 May residents.")] == ["4 May"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Protests erupted on Tuesday, 25 June, in Nairobi.", "2024-06-25"),  # Kenya
        ("Attacks near Kirkuk on Sunday 18 December 2022 killed nine policemen.", "2022-12-18"),  # Iraq
    ],
)
def test_a_weekday_before_its_date_is_that_date(text, value):
    (e,) = find_time_expressions(text)
    assert e.resolve(date(2025, 3, 6)).value == value
