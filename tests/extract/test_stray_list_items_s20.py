"""A list of actors as the subject that the parser split: the first item hung on the verb
as a modifier or a subject of its own, or the rest read as a second subject after the first
("the European Union, *NATO and many governments* condemned"): every item takes the role
(kg/extract/events/group_words.py, ``stray_items``). Own sentences (Kenya, Turkey, Somalia)."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text, one, role

PUBLISHED = date(2025, 3, 6)

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The European Union, the African Union and several countries expressed their support for Kenya and condemned the attacks.",
         {"European Union", "African Union"}),
        ("The European Union, NATO and many governments expressed their sympathy for Turkey and condemned the bombings.",
         {"European Union", "North Atlantic Treaty Organization"}),
    ],
)
def test_every_item_of_a_split_subject_list_speaks(nlp, text, expected):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert expected <= set(role(ex, one(ex, "Condemnation"), "speaker"))


def test_a_date_before_the_subject_is_no_item(nlp):
    """Somalia: "On Tuesday, Kenya and Uganda condemned": the day is no speaker."""
    ex = extract_text(nlp, "On Tuesday, Kenya and Uganda condemned the attack in Mogadishu.", published=PUBLISHED)
    assert set(role(ex, one(ex, "Condemnation"), "speaker")) == {"Kenya", "Uganda"}
