"""Event times, session 9 (kg/extract/time.py, kg/extract/events/timing.py): a day without a
year in a plan told in the past ("talks were scheduled for 18 June", "had promised to hold
elections on 24 February", "said ... would take effect on 1 March") is the one nearest the
publication date, not the next one after it (what lies ahead of the telling need not lie
ahead of publication); a plan told in the present or future ("are scheduled for", "will")
keeps the next one. "The same day", "that day", "later that day" count from the last
happening dated before, never from what was said, threatened or called for then. Own
sentences from Sudan, DR Congo, Mali, Burkina Faso, Gaza, Yemen, Myanmar, Ukraine, Haiti,
Afghanistan, Syria, Ethiopia, South Sudan and Somalia (the ``check`` cases were written after
the mechanism)."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text


def _times(ex, cls: str, trigger: str) -> list[str | None]:
    found = [e for e in ex.events if e.type == cls and e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in ex.events]
    return [e.time.value if e.time else None for e in found]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, published, cls, trigger, time",
    [
        # a plan told in the past: the day nearest publication
        ("The junta had promised to hold elections on 24 February, but the vote was postponed.",
         date(2024, 4, 10), "Election", "hold elections", "2024-02-24"),  # Sahel
        ("Talks were scheduled for 18 June in Jeddah but were cancelled after RSF shelling.",
         date(2024, 8, 1), "Negotiation", "Talks", "2024-06-18"),  # Sudan
        ("The government announced a curfew starting on 5 October in Port-au-Prince.",
         date(2024, 11, 2), "Restriction", "curfew", "2024-10-05"),  # Haiti
        ("In a televised speech on 9 May, the Israeli prime minister vowed to press ahead with the offensive.",
         date(2024, 5, 20), "Statement", "speech", "2024-05-09"),  # Gaza
        # ... but a plan told from the present lies ahead of publication
        ("Talks between Ethiopia and the TPLF are scheduled for 12 January in Nairobi, officials said.",
         date(2024, 11, 30), "Negotiation", "Talks", "2025-01-12"),  # Ethiopia
        ("The ceasefire, starting on 4 February, will be monitored by the African Union.",
         date(2024, 1, 20), "Ceasefire", "ceasefire", "2024-02-04"),
        # check
        ("The Afghan authorities said on Monday that a new decree would take effect on 1 March, banning women from NGO work.",
         date(2025, 3, 27), "Decree", "decree", "2025-03-01"),  # Afghanistan
        ("Talks in Doha on a Gaza truce were due to resume on 3 August but were postponed.",
         date(2025, 9, 1), "Negotiation", "Talks", "2025-08-03"),
        ("Elections in South Sudan are scheduled for 22 December, the electoral commission said on Tuesday.",
         date(2025, 9, 10), "Election", "Elections", "2025-12-22"),  # South Sudan: ahead
    ],
)
def test_day_without_year_of_plan_told_in_past(nlp, text, published, cls, trigger, time):
    assert _times(extract_text(nlp, text, published=published), cls, trigger) == [time]


@pytest.mark.model
def test_plan_told_in_past_for_a_past_day_stays_planned(nlp):
    ex = extract_text(nlp, "The junta had promised to hold elections on 24 February, but the vote was postponed.",
                      published=date(2024, 4, 10))
    held = [e for e in ex.events if e.trigger.text == "hold elections"]
    assert [e.modality for e in held] == ["planned"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, published, cls, trigger, time",
    [
        ("The Taliban banned women from medical training on 2 December, the UN said. "
         "The same day, clashes erupted on the border with Pakistan.",
         date(2025, 1, 8), "ArmedClash", "clashes", "2024-12-02"),  # Afghanistan: the noun hosted by its verb
        ("Gunmen killed twelve villagers near Djibo on Sunday. In an audio message three days earlier, the JNIM "
         "leader had called for attacks on militias. On the same day, a convoy was ambushed near Dori, killing five soldiers.",
         date(2024, 5, 14), "Attack", "ambushed", "2024-05-12"),  # Burkina Faso: not the message's day
        ("On 20 October, the Syrian army shelled villages in Idlib. The same day, Turkish drones struck Kurdish "
         "positions near Qamishli.", date(2024, 12, 1), "AirStrike", "struck", "2024-10-20"),  # Syria
        # check
        ("The Houthis attacked a Liberian-flagged ship on 7 July. In a televised speech on 5 July, the group's leader "
         "threatened more attacks. The same day, US jets bombed Hodeidah port.",
         date(2025, 7, 29), "AirStrike", "bombed", "2025-07-07"),  # Yemen: not the day of the threat
        ("Gang members burned houses in Mirebalais on 31 March. In a radio interview two days before, the prime "
         "minister had appealed for calm. On the same day, police clashed with gangs in Croix-des-Bouquets.",
         date(2025, 4, 12), "ArmedClash", "clashed", "2025-03-31"),  # Haiti
        ("Myanmar's military bombed a monastery in Sagaing on 11 July. The same day, resistance fighters seized a "
         "police station in Magway.", date(2025, 8, 5), "TerritorialControl", "seized", "2025-07-11"),  # Myanmar
        ("Ukrainian drones struck an oil depot in Bryansk on 2 September, the governor said. That day, Russian "
         "missiles hit Kyiv, killing three people.", date(2025, 9, 9), "Shelling", "hit", "2025-09-02"),  # Ukraine
    ],
)
def test_same_day_counts_from_a_happening(nlp, text, published, cls, trigger, time):
    assert _times(extract_text(nlp, text, published=published), cls, trigger) == [time]


@pytest.mark.parametrize(
    "text, published, value",
    [
        ("scheduled for 18 June", date(2024, 8, 1), "2024-06-18"),  # six weeks back, ten months ahead: back
        ("planned for 20 December", date(2024, 6, 12), "2024-12-20"),  # half a year either way: ahead
        ("on Monday", date(2024, 6, 13), "2024-06-17"),  # a weekday of a plan is the next one
        ("in March", date(2024, 5, 2), "2024-03"),
    ],
)
def test_plan_told_in_past_resolves_to_a_clearly_nearer_day_before(text, published, value):
    from kg.extract.time import find_time_expressions

    expr = find_time_expressions(text)[0]
    assert expr.resolve(published, future=True, told_past=True).value == value
    assert expr.resolve(published, future=True).value >= published.isoformat()[:len(value)]
