"""A record's "since" phrase names an earlier event (session 18): "it was the deadliest attack in
Russia since the Beslan school siege in 2004" — that siege keeps its own place and year, and
neither reaches the record (nor, through it, the event the record is told of). Sentences written
for this test (Russia, Pakistan, Kenya, Sri Lanka, Egypt, Mali, Rwanda, Somalia), with ones where
the rule must not fire (a "since" that bounds no record, a record bounded by a bare year). And who
"suffered" or "sustained" casualties is their victim (``undergoing_verbs``; Mali, Sudan, Yemen), who
"inflicted" them is not (Somalia)."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import event_at, extract_text, place_of, role_names

pytestmark = pytest.mark.model

PUBLISHED = date(2024, 3, 23)


def _when(e) -> str | None:
    return e.time.value if e.time is not None else None


@pytest.mark.parametrize(
    "text, records, earlier, place, year",
    [
        ("Gunmen opened fire on concertgoers near Moscow on Friday. It was the deadliest attack on Russian soil since the "
         "Beslan school siege in 2004.", ["opened fire on", "attack"], "siege", "Beslan", "2004"),
        ("A suicide bomber struck a mosque in the city on Monday. The bombing was the deadliest attack in Pakistan since the "
         "Peshawar school massacre in 2014.", ["struck", "bombing", "attack"], "massacre", "Peshawar", None),
        ("Gunmen stormed a shopping centre on Monday. The assault was the worst attack in Kenya since the Garissa university "
         "massacre in 2015.", ["stormed", "assault", "attack"], "massacre", "Garissa", "2015"),
        ("Suicide bombers struck three churches on Sunday. It was the deadliest violence since the Easter bombings in "
         "Colombo in 2019.", ["struck"], "bombings", "Colombo", "2019"),
        ("Tens of thousands of people marched through the streets on Sunday. It was the largest protest since the 2011 "
         "uprising in Cairo.", ["marched through the streets", "protest"], "uprising", "Cairo", "2011"),
        ("Jihadists attacked an army post on Saturday, killing 40 soldiers. It was the deadliest attack since the massacre "
         "in Moura in 2022.", ["attacked", "killing", "attack"], "massacre", "Moura", None),
        ("Militias clashed in the capital on Tuesday. It was the worst violence since the 1994 genocide in Rwanda.",
         ["clashed"], "genocide", "Rwanda", "1994"),
        ("A truck bomb exploded at a busy junction on Saturday. It was the deadliest bombing in Somalia since the 2017 "
         "attack in Mogadishu.", ["exploded", "bombing"], "attack", "Mogadishu", "2017"),
    ],
)
def test_record_since_phrase_keeps_its_place_and_year(nlp, text, records, earlier, place, year):
    ex = extract_text(nlp, text, published=PUBLISHED)
    before = event_at(ex, earlier)
    assert place_of(ex, before) == place
    if year is not None:
        assert _when(before) == year
    for trigger in records:
        e = event_at(ex, trigger)
        assert place_of(ex, e) != place, (trigger, place_of(ex, e))
        assert not (_when(e) or "").startswith(("2004", "2014", "2015", "2019", "2011", "2022", "1994", "2017")), (trigger, _when(e))


@pytest.mark.parametrize(
    "text, trigger, place, year",
    [
        # a "since" that bounds no record: the event in it happened where and when it says
        ("Fighting has continued since the rebels attacked Goma in 2022.", "attacked", "Goma", "2022"),
        ("Thousands have fled since the army launched an offensive in Rakhine in 2023.", "launched an offensive", "Rakhine", "2023"),
        # a record bounded by a bare year: the event keeps its own place and year
        ("Troops clashed with protesters in Nairobi in 2021, the first such clashes since 2017.", "clashed", "Nairobi", "2021"),
    ],
)
def test_since_without_an_earlier_event_of_a_record(nlp, text, trigger, place, year):
    e_ex = extract_text(nlp, text, published=PUBLISHED)
    e = event_at(e_ex, trigger)
    assert place_of(e_ex, e) == place
    assert _when(e) == year


@pytest.mark.parametrize(
    "text, victims",
    [
        # the subject of "suffer" / "sustain" with a Casualties object is who was killed or wounded
        ("The Malian army suffered heavy casualties in an ambush near Gao on Sunday.", {"malian armed forces", "mali"}),
        ("Sudan's army sustained heavy casualties in clashes near El Fasher.", {"sudanese armed forces", "sudan"}),
        ("Houthi fighters suffered casualties in Saudi air strikes on Saada.", {"houthis"}),
        ("Rebels suffered heavy casualties as the army retook the town.", {"rebels"}),
    ],
)
def test_who_suffers_casualties_is_their_victim(nlp, text, victims):
    ex = extract_text(nlp, text, published=PUBLISHED)
    e = event_at(ex, "casualties")
    assert role_names(ex, e, "target") == victims
    assert not role_names(ex, e, "agent")


def test_who_inflicts_casualties_is_no_victim(nlp):
    ex = extract_text(nlp, "Somali forces inflicted heavy casualties on al-Shabaab fighters near Mogadishu.", published=PUBLISHED)
    e = event_at(ex, "inflicted heavy casualties")
    assert "somalia" not in role_names(ex, e, "target")
    assert role_names(ex, e, "target") == {"al-shabaab"}
