"""Session 20 (issues 10/11): venues and streets are places, and an event at one keeps its town.

* a capitalised name right before a venue's noun (``[places] venue_nouns`` of names.toml:
  hotel, cafe, nightclub, bakery, restaurant, market, mosque, concert hall...) is a site
  (schema:Place), also when the NER labelled the name a body's or a person's ("the
  Cappuccino cafe": ORG, "the Serena hotel": PERSON; kg/extract/site_nouns.py), and never a
  town of the gazetteer's so named;
* the event at the venue keeps the venue as its place and the town the text names it in as a
  further place (``also_places``: kg/extract/events/venues.py), also when the parser hangs the
  town on the verb, when the town was given in an earlier sentence, and when the sentence
  names only a street and its town ("marched down X Ave in Nairobi before police fired").

Must not fire: "the Hilton family" (a family), "market prices" (no name), a person arrested at
an unnamed hotel, a person whose surname is a venue's noun, a town before a venue's noun that
modifies an event's ("the X school massacre").

Sentences written for these tests, about Burkina Faso, Mali, Bangladesh, Somalia, Indonesia,
Afghanistan, Pakistan, Russia, Kenya, Burundi and Nigeria."""
from __future__ import annotations

import pytest

from helpers import by_trigger, extract_text

pytestmark = pytest.mark.model


def _places(ex, event) -> set[str]:
    """The labels of every place of ``event`` (its place and its further places)."""
    return {ex.entities[k].label for k in ([event.place, *event.also_places] if event.place else [])}


def _types(ex, label: str) -> tuple[str, ...]:
    return next(tuple(e.types) for e in ex.entities.values() if e.label == label)


@pytest.mark.parametrize(
    ("text", "cls", "trigger", "venue", "town"),
    [
        ("Gunmen stormed the Splendid hotel and the Cappuccino cafe in Ouagadougou on Friday, killing 30 people.",
         "Attack", "stormed", "Cappuccino", "Ouagadougou"),
        ("Militants attacked the Radisson Blu hotel in Bamako, taking 170 hostages.", "Attack", "attacked", "Radisson Blu", "Bamako"),
        ("Gunmen opened fire at the Holey Artisan bakery in Dhaka on Friday night.", "Attack", "opened fire", "Holey Artisan", "Dhaka"),
        ("A suicide bomber blew himself up at the Bakara market in Mogadishu, killing 12 people.", "Casualties", "killing", "Bakara", "Mogadishu"),
        ("A bomb exploded at the Sari nightclub in Bali, killing more than 200 people.", "Bombing", "exploded", "Sari", "Bali"),
        ("Al-Shabaab fighters stormed the Westgate mall in Nairobi, killing 67 people.", "Attack", "stormed", "Westgate", "Nairobi"),
        ("A bomb exploded in the Lion restaurant in Kabul, wounding six people.", "Bombing", "exploded", "Lion", "Kabul"),
        ("Militants attacked the Serena hotel in Kabul on Thursday.", "Attack", "attacked", "Serena", "Kabul"),
        ("Two suicide bombers struck the Ahmadiyya mosque in Lahore, killing 80 worshippers.", "Casualties", "killing", "Ahmadiyya", "Lahore"),
        ("Gunmen attacked the Crocus concert hall near Moscow, killing 145 people.", "Attack", "attacked", "Crocus", "Moscow"),
    ],
)
def test_an_event_at_a_venue_keeps_the_venue_and_its_town(nlp, text: str, cls: str, trigger: str, venue: str, town: str) -> None:
    ex = extract_text(nlp, text)
    assert _types(ex, venue) == ("Place",)  # a site: no body, person or town
    assert _places(ex, by_trigger(ex, cls, trigger)) == {venue, town}


def test_an_event_at_a_street_keeps_the_street_and_its_town(nlp) -> None:
    ex = extract_text(nlp, "Protesters marched down Kenyatta Ave in Nairobi before police fired tear gas.")
    assert _places(ex, by_trigger(ex, "Crackdown", "fired")) == {"Kenyatta Ave", "Nairobi"}


def test_the_venue_keeps_the_town_an_earlier_sentence_gave(nlp) -> None:
    ex = extract_text(nlp, "Gunmen stormed the Radisson Blu hotel in Bamako on Friday. "
                           "Hours later, soldiers stormed the Radisson Blu hotel and freed 80 hostages.")
    freed = by_trigger(ex, "Release", "freed")
    assert _places(ex, freed) == {"Radisson Blu", "Bamako"}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The Hilton family donated money to the hospital.", "Hilton", "person"),
        ("Police arrested Ahmed Ali at the hotel in Mogadishu on Monday.", "Ahmed Ali", "person"),
        ("Detectives interviewed Stuart Hall at the station in Leeds.", "Stuart Hall", "person"),
    ],
)
def test_no_venue_where_none_is_named(nlp, text: str, name: str, kind: str) -> None:
    ex = extract_text(nlp, text)
    assert {e.label: e.kind for e in ex.entities.values()}.get(name) == kind
    assert not any(tuple(e.types) == ("Place",) for e in ex.entities.values())


def test_market_prices_name_no_venue(nlp) -> None:
    ex = extract_text(nlp, "Market prices rose sharply in Lagos after the attack.")
    assert {e.label for e in ex.entities.values() if e.kind == "place"} == {"Lagos"}
    assert _places(ex, by_trigger(ex, "Attack", "attack")) == {"Lagos"}


def test_a_person_arrested_at_an_unnamed_hotel_is_placed_in_the_town(nlp) -> None:
    ex = extract_text(nlp, "Police arrested Ahmed Ali at the hotel in Mogadishu on Monday.")
    assert _places(ex, by_trigger(ex, "Arrest", "arrested")) == {"Mogadishu"}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("The Garissa university attack left 148 people dead.", "Garissa"),
        ("The Peshawar school massacre shocked Pakistan.", "Peshawar"),
    ],
)
def test_a_town_before_a_venue_noun_that_modifies_an_event_stays_the_town(nlp, text: str, town: str) -> None:
    ex = extract_text(nlp, text)
    assert "City" in _types(ex, town)
