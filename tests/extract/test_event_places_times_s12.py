"""Where and when, session 12: the town or region of "Nigeria's northern state of Borno" rather
than its possessor country; a town parsed on the parties of a clash ("clashes broke out
between the two communities in the X area"); the date of a "when" / "in which" clause's
antecedent; the place and time of a meeting a speech act addresses; the time of the dated
event a "with" clause tells. Sentences written for this test (Nigeria, Mozambique, Mexico,
Ethiopia, Pakistan, Kenya, South Sudan, Mali, Ukraine, Armenia and Azerbaijan, Haiti, Chad,
Togo, Myanmar, Cameroon, Sudan, Yemen, Rwanda, Qatar, DR Congo), with ones where the rules
must not fire."""
from __future__ import annotations

import pytest

from helpers import event_at, extract_text, place_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, trigger, place",
    [
        ("Gunmen attacked a market on Tuesday in Nigeria's northern state of Borno, killing 12 people.", "attacked", "Borno"),
        ("Insurgents attacked a village on Sunday in Mozambique's northern province of Cabo Delgado, killing 11 people.",
         "attacked", "Cabo Delgado"),
        ("Gunmen ambushed a bus on Friday in Mexico's southern state of Guerrero.", "ambushed", "Guerrero State"),
        ("Fighting erupted on Tuesday in Ethiopia's northern region of Tigray between federal troops and regional forces.",
         "Fighting", "Tigray"),
        ("A bomb exploded at a market in Pakistan's southwestern province of Balochistan on Monday, killing seven people.",
         "exploded", "Balochistan"),
        # the rule must not fire: no possessor country, no "of" place
        ("Soldiers clashed with protesters on Wednesday in the capital of Mali.", "clashed", "Mali"),
        ("Heavy fighting raged on Monday in Ukraine's east.", "Heavy fighting", "Ukraine"),
        # a town or region parsed on the parties of a clash
        ("Clashes broke out between the Kikuyu and Kalenjin communities in the Eldoret area bordering the Rift Valley.",
         "Clashes", "Eldoret"),
        ("Late on Saturday, fighting broke out between the Dinka and Nuer communities in the Pibor area bordering the Ethiopian frontier.",
         "fighting", "Pibor"),
        # not a country or a capital named by its demonym: the town the sentence names
        ("Clashes erupted between rival gangs in the Haitian capital, Port-au-Prince, on Thursday.", "Clashes", "Port-au-Prince"),
        # the parties themselves are no place
        ("Clashes between Armenia and Azerbaijan erupted on Tuesday.", "Clashes", None),
        ("Fighting broke out between soldiers from Chad and rebels on Friday.", "Fighting", None),
    ],
)
def test_region_of_a_country_and_place_on_the_parties(nlp, text, trigger, place):
    ex = extract_text(nlp, text)
    assert place_of(ex, event_at(ex, trigger)) == place


@pytest.mark.parametrize(
    "text, trigger, when",
    [
        # a "when" clause on the date a "since" bounds: that day
        ("Protests have rocked Togo since 26 April, when the president announced he would seek a fourth term.",
         "announced", "2024-04-26"),
        ("Tensions have run high in Myanmar since March 2021, when soldiers arrested the elected leader.", "arrested", "2021-03"),
        # an "in which" / "during which" clause on a noun its own phrase dates
        ("The spokesperson highlighted an incident on 15 July in which at least 13 people were killed in Cameroon.",
         "killed", "2023-07-15"),
        ("The army recalled the night of 3 May, during which rebels shelled the town of Bor.", "shelled", "2024-05-03"),
    ],
)
def test_time_of_a_relative_clause(nlp, text, trigger, when):
    from datetime import date

    ex = extract_text(nlp, text, published=date(2024, 5, 20))
    e = event_at(ex, trigger)
    assert e.time is not None and e.time.value == when, e.time


@pytest.mark.parametrize(
    "text, trigger",
    [
        # a clause in the present: what the report says now, not dated by the report's month
        ("The spokesperson cited a report published in April in which monitors are warning of famine in Darfur.", "warning"),
        # a "which" clause that is no "in which": what the report is, not what happened then
        ("Aid groups cited a survey from March which shows that famine is spreading in Yemen.", "famine"),
    ],
)
def test_no_time_from_a_relative_clause(nlp, text, trigger):
    from datetime import date

    ex = extract_text(nlp, text, published=date(2024, 5, 20))
    e = event_at(ex, trigger)
    assert e.time is None or not e.time.value.startswith(("2024-04", "2024-03")), e.time


@pytest.mark.parametrize(
    "text, trigger, place, when",
    [
        ("Briefing an emergency meeting of the Security Council in New York on Thursday, the envoy also pointed to "
         "reports of killings in Darfur.", "Briefing", "New York City", "2024-05-16"),
        ("The minister told a summit of regional leaders in Addis Ababa on Sunday that the fighting in Tigray had ended.",
         "told", "Addis Ababa", "2024-05-19"),
        ("Speaking to a meeting of donors in Brussels on Monday, the commissioner warned that famine was spreading in Yemen.",
         "warned", "Brussels", "2024-05-20"),
    ],
)
def test_said_at_a_meeting(nlp, text, trigger, place, when):
    from datetime import date

    ex = extract_text(nlp, text, published=date(2024, 5, 20))
    e = event_at(ex, trigger)
    assert place_of(ex, e) == place
    assert e.time is not None and e.time.value == when, e.time


@pytest.mark.parametrize(
    "text, trigger",
    [
        # what is said of a meeting, and a meeting in what is said: not where it was said
        ("The opposition denounced the meeting in Kigali on Friday as a sham.", "denounced"),
        ("The envoy said the talks in Doha on Tuesday had failed, as fighting raged in Gaza.", "said"),
        # "before" the summit: a time, not the audience
        ("The envoy told reporters before the summit in Doha on Monday that a deal was close.", "told"),
    ],
)
def test_not_said_at_a_meeting(nlp, text, trigger):
    ex = extract_text(nlp, text)
    assert place_of(ex, event_at(ex, trigger)) is None


@pytest.mark.parametrize(
    "text, trigger, when",
    [
        ("Officials said the fighting escalated on 3 March, with rebel forces using mortars to attack a border post "
         "and shelling the town of Rutshuru.", "shelling", "2024-03-03"),
        ("The talks ended in Doha on Monday, with both sides agreeing to meet again.", "agreeing to", "2024-05-20"),
        # not a "with" clause: no time to share
        ("The army launched an offensive with the aim of retaking the town.", "retaking", None),
    ],
)
def test_time_of_a_with_clause(nlp, text, trigger, when):
    from datetime import date

    ex = extract_text(nlp, text, published=date(2024, 5, 20))
    e = event_at(ex, trigger)
    assert (e.time.value if e.time is not None else None) == when
