"""A list of three names whose middle item the parser hung on the first as an apposition
with no conjunct of its own, the last one being the first's conjunct ("France, *Germany*,
and the UK announced"): the middle item takes the role too, and is no place of the event;
when the last item is read as a second subject after the list's "and", it takes the role
too (kg/extract/events/group_words.py, ``list_item``/``_middle_name``, ``stray_items``).
Own sentences (Ukraine, Rwanda refugee camp, Yemen)."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text, one, place_of, role

PUBLISHED = date(2025, 3, 6)

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, cls, role_name, expected",
    [
        ("France, Germany, and the UK announced new sanctions against Russia on Monday.",
         "Sanctions", "agent", {"France", "Germany", "United Kingdom"}),
        ("Rwanda, Burundi, and Kenya condemned the attack on the refugee camp.",
         "Condemnation", "speaker", {"Rwanda", "Burundi", "Kenya"}),
        ("Saudi Arabia, Egypt, and the United Arab Emirates condemned the Houthi strikes.",
         "Condemnation", "speaker", {"Saudi Arabia", "Egypt", "United Arab Emirates"}),
    ],
)
def test_the_middle_item_of_a_three_name_list_takes_the_role(nlp, text, cls, role_name, expected):
    ex = extract_text(nlp, text, published=PUBLISHED)
    event = one(ex, cls)
    assert set(role(ex, event, role_name)) == expected
    assert place_of(ex, event) not in expected


def test_a_describing_apposition_is_no_item(nlp):
    """"the Arakan Army, a rebel group, and the KIA": the description names no third doer."""
    ex = extract_text(nlp, "The Arakan Army, a rebel group, and the Kachin Independence Army attacked the base.",
                      published=PUBLISHED)
    assert set(role(ex, one(ex, "Attack"), "agent")) == {"Arakan Army", "Kachin Independence Army"}
