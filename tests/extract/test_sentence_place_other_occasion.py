"""A sentence's one place is no place of an event of the same family told as another occasion
("... a cell that had been involved in the November 2015 Paris attacks and the attacks happened
shortly after a series of police raids": Paris is the earlier attacks', not the ones the story
tells). An event of that family on the same occasion still lends it ("a coup that took place in
Mauritania, when the president was ousted"). kg/extract/events/sentence_place.py
``only_place_of_sentence``. Found on the English Wikipedia lead on the 2016 Brussels bombings
(bench canon held-back-2 story, CC BY-SA); sentences written for this test about Somalia,
Nigeria and Pakistan.
"""
from __future__ import annotations

from datetime import date

import pytest

from helpers import extract_text, place_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, aside", [
    ("On 3 May 2024, gunmen attacked a hotel in Mogadishu. The gunmen belonged to a cell that had been involved in "
     "the October 2022 Kampala bombings and the attack happened shortly after a series of police raids.", "Kampala"),
    ("On 3 May 2024, militants attacked a school in Maiduguri. They belonged to a group that had been involved in "
     "the 2014 Chibok abductions and the attack happened days after a series of army raids.", "Chibok"),
    ("On 3 May 2024, a suicide bomber attacked a bus in Quetta. The bomber belonged to a network that had been "
     "involved in the 2023 Peshawar attacks and the attack happened a week after a series of police raids.", "Peshawar"),
])
def test_an_earlier_occasion_keeps_its_place(nlp, text, aside):
    ex = extract_text(nlp, text, published=date(2024, 5, 4))
    told = [e for e in ex.events if e.trigger.text == "attack" and e.type == "Attack"]
    assert told
    assert all(place_of(ex, e) != aside for e in told)
