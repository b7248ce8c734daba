"""Stretches of time, series of events and appeals (issue 11): "for years", "over the past
decade", "in recent months" date no event; "since X" is an interval up to publication;
coreference keeps a series apart from a dated occasion and an occasion apart from one of
another year; what an appeal or a condition names is not told as having happened.

Sentences written for these tests, from several crises (Sudan, DR Congo, Burkina Faso, Red
Sea, Somalia, Ethiopia, Haiti, Gaza, Myanmar, Afghanistan, Mali, Ukraine)."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import events_of, extract_text, one
from kg.extract.time import find_periods

pytestmark = pytest.mark.model

PUBLISHED = date(2024, 5, 15)  # a Wednesday


def _extract(nlp, text):
    return extract_text(nlp, text, published=PUBLISHED)


@pytest.mark.parametrize(
    "text, period",
    [
        ("Gangs have attacked Cite Soleil for years.", "for years"),
        ("Over the past decade, jihadists have killed thousands.", "Over the past decade"),
        ("In recent months, the raids have spread.", "In recent months"),
        ("Al-Shabaab has bombed Mogadishu for more than a decade.", "for more than a decade"),
        ("The siege has lasted for the past two years.", "for the past two years"),
    ],
)
def test_stretches_of_time_are_found(text, period):
    assert [text[s:e] for s, e in find_periods(text)] == [period]


@pytest.mark.parametrize("text", ["The vote will take place in two weeks.", "Throughout 2023, the army shelled towns.",
                                  "The worst fighting in years broke out.", "Fighting in Khartoum was the heaviest in months.",
                                  "It was the first time in a year that aid arrived."])
def test_points_are_no_stretches(text):
    assert find_periods(text) == []


@pytest.mark.parametrize(
    "text, cls",
    [
        ("Armed groups have attacked villages in North Kivu for years.", "Attack"),  # DR Congo
        ("Over the past decade, jihadists have killed thousands of civilians in Burkina Faso.", "Casualties"),
        ("In recent months, Houthi rebels have attacked dozens of ships in the Red Sea.", "Attack"),
        ("Al-Shabaab has carried out attacks in Mogadishu for more than a decade.", "Attack"),  # Somalia
        ("Over the past year, gangs have kidnapped hundreds of people in Port-au-Prince.", "Abduction"),  # Haiti
    ],
)
def test_an_event_over_a_stretch_of_time_has_no_point_time(nlp, text, cls):
    assert one(_extract(nlp, text), cls).time is None


@pytest.mark.parametrize(
    "text, cls",
    [
        # the sentence before opens with a time: it does not date what went on for years
        ("In January, M23 rebels attacked Sake. For years, armed groups have attacked villages in North Kivu.", "Attack"),
        ("In 2021, the army captured Lalibela. The army has fought Fano militias for months.", "ArmedClash"),
    ],
)
def test_a_stretch_of_time_takes_no_time_from_the_sentence_before(nlp, text, cls):
    found = events_of(_extract(nlp, text), cls)
    assert found and found[-1].time is None


@pytest.mark.parametrize(
    "text, cls, start, end",
    [
        ("The RSF has besieged El Fasher since 2020.", "Blockade", "2020", "2024"),  # Sudan
        ("Since November 19, the Houthis have launched attacks on ships in the Red Sea.", "Attack", "2023-11-19", "2024-05-15"),
        ("Since March, Russian strikes have hit power plants across Ukraine.", "Attack", "2024-03", "2024-05"),
    ],
)
def test_since_is_an_interval_up_to_publication(nlp, text, cls, start, end):
    e = one(_extract(nlp, text), cls)
    assert (e.time.value, e.time.end) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "In early 2023, jihadists attacked Djibo. In recent months, the attacks have spread to the east.",  # Burkina Faso
        "The Houthis attacked a tanker on Monday. Over the past year, the attacks have disrupted shipping in the Red Sea.",
    ],
)
def test_a_series_over_a_stretch_is_not_an_occasion_told_before(nlp, text):
    first, series = events_of(_extract(nlp, text), "Attack")
    assert first.time is not None
    assert series.time is None and first.id not in series.same_as


def test_a_series_is_still_referred_to_by_this_assault(nlp):
    # Somalia: "this assault" is the stepped-up series, not another event
    ex = _extract(nlp, "Al-Shabaab fighters have stepped up their attacks on army bases in recent weeks. "
                       "This assault has forced thousands to flee.")
    attack = events_of(ex, "Attack")[0]
    assert attack.same_as and attack.time is None


@pytest.mark.parametrize(
    "text, cls",
    [
        # Gaza: the first strikes were on Monday (the day of the deaths they caused), not in 2014
        ("Israeli strikes killed 30 people in Gaza on Monday. The strikes in 2014 killed more than 2,000 people.", "Attack"),
        # Mali: killings of 2019 are not the killings of Sunday
        ("Gunmen killed 20 villagers in Mopti in 2019. The killings on Sunday were claimed by JNIM.", "Killing"),
        # Niger: the ambush of 2019 (the time of the killing it names) is not Tuesday's
        ("Militants killed 40 soldiers in an ambush in 2019. The army said Tuesday's ambush killed 12.", "Attack"),
        # Ukraine: last year's raid is not Tuesday's
        ("Last year, Russian troops raided Vovchansk. The raid on Tuesday killed five civilians.", "Attack"),
    ],
)
def test_mentions_dated_in_different_years_are_different_events(nlp, text, cls):
    ex = _extract(nlp, text)
    dated = {e.time.value[:4] for e in ex.events if e.time is not None}
    assert len(dated) == 2
    for e in ex.events:
        others = [o for o in ex.events if o.id in e.same_as]
        assert all(o.time is None or e.time is None or o.time.value == e.time.value for o in others)


@pytest.mark.parametrize(
    "text, cls",
    [
        ("Mediators pressed for the release of the Galaxy Leader crew.", "Release"),  # Red Sea
        ("Rights groups pressed for the release of detained journalists in Myanmar.", "Release"),
        ("The Security Council called for the immediate release of all hostages held by Hamas.", "Release"),  # Gaza
        ("The government asked the rebels to free the abducted students in Kaduna.", "Release"),  # Nigeria
        ("Guterres urged an immediate ceasefire in Sudan.", "Ceasefire"),
        ("The protesters demanded the resignation of the prime minister of Haiti.", "Resignation"),
        ("The African Union demanded that M23 withdraw from Goma.", "Withdrawal"),  # DR Congo
    ],
)
def test_what_is_urged_or_demanded_has_not_happened(nlp, text, cls):
    assert one(_extract(nlp, text), cls).modality == "hypothetical"


@pytest.mark.parametrize(
    "text, cls",
    [
        ("The Security Council called on the RSF to lift the siege of El Fasher.", "Blockade"),  # Sudan
        ("The Arab League demanded an immediate halt to the Israeli offensive in Rafah.", "MilitaryOperation"),
        ("The UN urged the army to stop shelling villages in Rakhine State.", "Shelling"),  # Myanmar
    ],
)
def test_what_an_appeal_asks_to_end_is_going_on(nlp, text, cls):
    assert one(_extract(nlp, text), cls).modality in ("asserted", "reported")


@pytest.mark.parametrize(
    "text, cls",
    [
        ("The Taliban warned that they would attack Pakistani posts if the airstrikes continued.", "AirStrike"),
        ("Sudan's army said it would retake Khartoum if the RSF attacks on civilians persisted.", "Attack"),
        ("If the fighting in Tigray continues, famine will spread.", "ArmedClash"),  # Ethiopia
    ],
)
def test_a_condition_that_an_event_goes_on_leaves_it_happening(nlp, text, cls):
    assert one(_extract(nlp, text), cls).modality in ("asserted", "reported")


@pytest.mark.parametrize(
    "text, cls",
    [
        ("If the RSF attacks El Fasher, the army will retaliate.", "Attack"),
        ("If the Houthis seize another ship, the US will strike Yemen.", "Seizure"),
        ("Unless Hamas releases the hostages, Israel will expand its offensive.", "Release"),
        ("If gangs attack the airport again, the Kenyan police will respond.", "Attack"),  # Haiti
    ],
)
def test_a_conditional_event_is_hypothetical(nlp, text, cls):
    assert one(_extract(nlp, text), cls).modality == "hypothetical"


def test_talks_that_will_resume_are_planned(nlp):
    e = one(_extract(nlp, "Talks between Armenia and Azerbaijan will resume on Monday."), "Negotiation")
    assert e.modality == "planned" and e.time.value == "2024-05-20"


@pytest.mark.parametrize(
    "text, cls",
    [
        ("Islamist militants occupied Timbuktu until January 2013.", "TerritorialControl"),  # Mali
        ("The Houthis blockaded Taiz until 2022.", "Blockade"),  # Yemen
    ],
)
def test_until_is_the_end_of_a_state_not_its_date(nlp, text, cls):
    assert one(_extract(nlp, text), cls).time is None


@pytest.mark.parametrize(
    "text, cls, value",
    [
        ("The proposed ceasefire in Ukraine would start on Friday.", "Ceasefire", "2024-05-17"),
        ("If the RSF attacks El Fasher on Saturday, the army will retaliate.", "Attack", "2024-05-18"),  # Sudan
    ],
)
def test_what_has_not_happened_yet_is_dated_ahead(nlp, text, cls, value):
    e = one(_extract(nlp, text), cls)
    assert e.modality in ("planned", "hypothetical") and e.time.value == value


@pytest.mark.parametrize(
    "text",
    [
        # Red Sea: strikes told, attacks said to go on ahead: two events
        "The US struck Houthi radar sites on Thursday. The Houthis said the attacks on ships would continue.",
        # Afghanistan: a plan to attack is not the attack of last week
        "The Taliban attacked a checkpoint in Kunduz last week. The group said it would launch a new attack on the city.",
    ],
)
def test_a_planned_mention_is_not_an_event_told_as_past(nlp, text):
    ex = _extract(nlp, text)
    past = [e for e in events_of(ex, "Attack") if e.modality == "asserted"]
    ahead = [e for e in events_of(ex, "Attack") if e.modality == "planned"]
    assert past and ahead
    assert not set(past[0].same_as) & {e.id for e in ahead}
    assert ahead[0].time is None or ahead[0].time != past[0].time


@pytest.mark.parametrize(
    "text",
    [
        # DR Congo: "for the first time in years" compares; the day's shelling is one event
        "On Monday, M23 shelled Goma for the first time in years. The shelling on Monday killed five civilians.",
        # Sudan: a stretch with a day of its own is that day's event
        "On Sunday, the RSF shelled Omdurman for the first time in recent weeks. The shelling on Sunday killed ten people.",
    ],
)
def test_a_comparison_or_a_day_of_its_own_makes_no_series(nlp, text):
    first, second = events_of(_extract(nlp, text), "Shelling")
    assert second.id in first.same_as
