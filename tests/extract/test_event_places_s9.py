"""Where events happened, session 9 (kg/extract/events/places.py, role_reading.py,
coreference.py): a site described only by its country's demonym ("a Malian village",
"outside an Afghan shrine") lies in that country, which is the event's place, not what was
hit, while a demonym on people ("Nigerian soldiers") places nothing; an event noun
"reported in" towns happened there; a place in the apposition of a speaker's post ("X, a
former ambassador to Cuba, said") is no place of what they report; lists of three towns.
Own sentences from Nigeria, Pakistan, Mali, Ukraine, Burkina Faso, Lebanon, Haiti,
Afghanistan, DR Congo, Kenya, Syria, Yemen, Tanzania, Myanmar, Ethiopia and Senegal."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text

PUBLISHED = date(2025, 3, 10)


def _events(nlp, text: str, cls: str):  # type: ignore[no-untyped-def]
    ex = extract_text(nlp, text, published=PUBLISHED)
    return ex, [e for e in ex.events if e.type == cls]


def _places(ex, event) -> set[str]:  # type: ignore[no-untyped-def]
    keys = [event.place, *event.also_places] if event.place else []
    return {ex.entities[k].label for k in keys}


@pytest.mark.model
@pytest.mark.parametrize(
    "text, cls, places",
    [
        ("Gunmen on Sunday stormed a Nigerian army base and killed at least 20 soldiers, the military said.", "Attack",
         {"Nigeria"}),
        ("The bombing of a Pakistani mosque during Friday prayers killed 40 worshippers, police said.", "Bombing",
         {"Pakistan"}),
        ("Militants attacked a Malian village on Tuesday, killing 31 civilians, according to local officials.", "Attack",
         {"Mali"}),
        ("Drones struck a Ukrainian power plant early on Monday, cutting electricity to thousands.", "AirStrike",
         {"Ukraine"}),
        # the check set, written after the first fix
        ("Suspected jihadists overran a Burkinabe military camp near the border on Saturday, killing dozens of "
         "soldiers, security sources said.", "TerritorialControl", {"Burkina Faso"}),
        ("Israeli forces raided a Lebanese village overnight and detained four men, according to the state news agency.",
         "Attack", {"Lebanon"}),
        ("A suicide bomber blew himself up outside an Afghan shrine on Thursday, killing 11 people, the Taliban said.",
         "Bombing", {"Afghanistan"}),
        ("Gunmen opened fire inside a Kenyan church on Sunday, wounding six worshippers, police said.", "Attack", {"Kenya"}),
        ("An explosion tore through a Syrian market in the early hours, killing at least 14 people, a war monitor said.",
         "Bombing", {"Syria"}),
        ("Protests broke out in Dar es Salaam, Arusha and Mwanza on Wednesday after the election results were announced.",
         "Protest", {"Dar es Salaam", "Arusha", "Mwanza"}),
        ("Thousands demonstrated in the cities of Mandalay, Yangon and Monywa against the military junta on Sunday.",
         "Protest", {"Mandalay", "Yangon", "Monywa"}),
        ("Heavy fighting was reported in Kharkiv, Sumy and Zaporizhzhia overnight, officials said.", "ArmedClash",
         {"Kharkiv", "Sumy", "Zaporizhzhia"}),
    ],
)
def test_site_country_and_lists_place_the_event(nlp, text: str, cls: str, places: set[str]) -> None:
    ex, events = _events(nlp, text, cls)
    assert events, [e.type for e in ex.events]
    assert _places(ex, events[0]) == places


@pytest.mark.model
@pytest.mark.parametrize(
    "text, cls, country",
    [
        ("Gunmen on Sunday stormed a Nigerian army base and killed at least 20 soldiers, the military said.", "Attack",
         "Nigeria"),
        ("Militants attacked a Malian village on Tuesday, killing 31 civilians, according to local officials.", "Attack",
         "Mali"),
    ],
)
def test_country_of_a_site_is_no_target(nlp, text: str, cls: str, country: str) -> None:
    ex, events = _events(nlp, text, cls)
    targets = {ex.entities[p.entity].label for p in events[0].participants if p.role == "target"}
    assert country not in targets


@pytest.mark.model
def test_demonym_of_people_places_nothing(nlp) -> None:
    ex, events = _events(nlp, "Nigerian soldiers killed 12 insurgents in a raid on Thursday, the army said.", "Casualties")
    assert events and events[0].place is None


@pytest.mark.model
@pytest.mark.parametrize(
    "text, cls",
    [
        ("John Smith, a former ambassador to Cuba, said that three aid workers had been abducted on Monday.", "Abduction"),
        ("Ahmed Hassan, the UN envoy to Yemen, said at least 15 people were killed in the attack on Saturday.", "Casualties"),
        ("Fatima Diallo, a former ambassador to Senegal, said that two journalists had been arrested on Monday.", "Arrest"),
    ],
)
def test_place_of_a_speakers_post_is_not_the_events(nlp, text: str, cls: str) -> None:
    ex, events = _events(nlp, text, cls)
    assert events and events[0].place is None, _places(ex, events[0])


@pytest.mark.model
def test_place_after_an_apposition_is_the_events(nlp) -> None:
    # Somalia: "in Mogadishu" follows the apposition's closing comma, whatever the parser hangs it on
    ex, events = _events(nlp, "Police arrested Ali Musa and Hassan Omar, two opposition leaders, in Mogadishu on Friday.",
                         "Arrest")
    assert events and _places(ex, events[0]) == {"Mogadishu"}
