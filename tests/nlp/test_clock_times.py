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


@pytest.mark.parametrize("text, kept", [
    ("Polls closed at 8 p.m. EST. Counting began in Philadelphia.", ["EST"]),
    ("The curfew starts at 9 p.m. est, officials in Lagos said.", []),  # a zone in capitals only
    ("Shelling resumed at 4 a.m. EET and again at 6 p.m. EET in Kharkiv.", ["EET", "EET"]),
    ("EST", []),
    ("The EST office in Nairobi opened at 10 a.m. on Monday.", []),
])
def test_only_a_capitalised_zone_right_after_a_meridiem_is_kept_in_its_sentence(nlp, text, kept):
    from kg.nlp.clock_times import keep_clock_zones

    doc = keep_clock_zones(nlp.make_doc(text))
    assert [t.text for t in doc if t.is_sent_start is False] == kept
