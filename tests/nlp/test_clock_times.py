"""kg_clock_zones (kg/nlp/clock_times.py): a time zone after "p.m." stays in its sentence."""
from __future__ import annotations

import pytest

from kg.nlp.clock_times import CLOCK_ZONES

pytestmark = pytest.mark.model


def test_the_component_runs_before_the_parser(nlp):
    names = nlp.pipe_names
    assert CLOCK_ZONES in names and names.index(CLOCK_ZONES) < names.index("parser")


@pytest.mark.parametrize("text", [
    "At a briefing held from 2:45 p.m. JST, the chief cabinet secretary said the governor was in a critical condition.",
    "The blast at the bus station in Quetta was heard at 7 a.m. PKT, police said.",
    "Polls closed at 8 p.m. EST, and the count began in Philadelphia.",
    "The curfew starts at 9 p.m. WAT, the governor of Kano announced on Monday.",
    "Shelling resumed at 4 a.m. EET, the mayor of Kharkiv said.",
])
def test_a_zone_after_the_clock_stays_in_the_sentence(nlp, text):
    assert len(list(nlp(text).sents)) == 1


def test_the_dot_of_a_clock_time_still_ends_a_sentence_before_other_words(nlp):
    doc = nlp("Protesters gathered in Lima at 9 a.m. The police arrived an hour later.")
    assert [s.text.strip() for s in doc.sents][-1] == "The police arrived an hour later."
