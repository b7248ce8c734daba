"""The dead of an attack take its doer when the sentence's subject is the victims ("At least 40
people were killed by the attack"): a passive's subject is not a second subject beside the
cause (kg/extract/events/coreference.py ``_another_subject``, which keeps the doer away only
when the parser made the cause noun and another noun both subjects of one verb). Found on the
Simple English Wikipedia report of the 2021 Kabul airport bombing (bench canon released story,
CC BY-SA); sentences written for this test about Nigeria, Somalia and Pakistan.
"""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text, role_names

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, doer", [
    ("Boko Haram fighters attacked the market in Maiduguri on Monday. At least 40 people were killed by the attack.",
     "Boko Haram"),
    ("Al-Shabaab militants attacked a hotel in Mogadishu on Friday. At least 21 people have been killed by the attack.",
     "Al-Shabaab"),
    ("Fighters of the Islamic State attacked a police station in Peshawar on Sunday. Twelve officers were killed by "
     "the attack.", "Islamic State"),
])
def test_the_dead_of_a_cause_take_its_doer(nlp, text, doer):
    ex = extract_text(nlp, text, published=date(2024, 5, 6))
    dead = [e for e in ex.events if e.type == "Casualties"]
    assert dead
    assert any(doer.lower() in name for e in dead for name in role_names(ex, e, "agent"))
