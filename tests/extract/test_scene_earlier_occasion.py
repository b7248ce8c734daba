"""The scene of a story (:mod:`kg.extract.events.scene`), session 21 (when21): an event noun
told as an earlier occasion of its kind, brought in to compare ("the country's second coup
following a *similar* revolt in 1995", "after a *previous* attack on the base in 2019") sets
no scene, so the events of the next sentences do not take its time. Sentences written for
this test after events in São Tomé and Príncipe (2003), Mali (2022) and Burkina Faso (2022)."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, published, cls",
    [
        ("It was the country's second military coup following a similar revolt in 1995. Prime Minister "
         "Maria das Neves and other ministers were detained in military barracks.", date(2003, 7, 31), "Arrest"),
        ("The attack came after a previous attack on the base in 2019. Soldiers were killed and others wounded.",
         date(2022, 8, 10), "Casualties"),
    ],
)
def test_an_earlier_occasion_sets_no_scene(nlp, text, published, cls):
    ex = extract_text(nlp, text, published=published)
    found = [e for e in ex.events if e.type == cls]
    assert found and all(e.time is None or not e.time.value.startswith(("1995", "2019")) for e in found), \
        [(e.type, e.trigger.text, e.time) for e in ex.events]


def test_an_occasion_told_as_the_story_still_sets_it(nlp):
    ex = extract_text(nlp, "Gunmen attacked an army base in Djibo on Sunday. Five soldiers were killed.",
                      published=date(2022, 8, 10))
    killed = [e for e in ex.events if e.type == "Casualties"]
    assert killed and killed[0].time is not None and killed[0].time.value == "2022-08-07"
