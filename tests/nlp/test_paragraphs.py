"""kg_paragraph_breaks (kg/nlp/paragraphs.py): a sentence never runs across a blank line."""
from __future__ import annotations

import pytest

from kg.nlp.paragraphs import PARAGRAPH_BREAKS

pytestmark = pytest.mark.model

TEXT = (
    "In a subsequent statement, the ministry said it had established “humanitarian corridors” "
    "in order to “ensure the evacuation of the population.”\n\n"
    "Armenia and Azerbaijan fought a bloody war over Nagorno-Karabakh in 2020."
)


def test_the_component_runs_before_the_parser(nlp):
    names = nlp.pipe_names
    assert PARAGRAPH_BREAKS in names and names.index(PARAGRAPH_BREAKS) < names.index("parser")


def test_a_closing_quote_does_not_join_two_paragraphs(nlp):
    doc = nlp(TEXT)
    sents = [s.text.strip() for s in doc.sents]
    assert sents[-1] == "Armenia and Azerbaijan fought a bloody war over Nagorno-Karabakh in 2020."
    fought = next(t for t in doc if t.text == "fought")
    assert fought.dep_ == "ROOT"  # not a clause of what the ministry said
    with nlp.select_pipes(disable=[PARAGRAPH_BREAKS]):
        joined = nlp(TEXT)
    assert len(list(joined.sents)) < len(sents), "the model now splits this itself: pick another example"


def test_single_line_breaks_are_left_to_the_parser(nlp):
    doc = nlp("Russia shelled Kharkiv\non Monday, officials said.")
    assert len(list(doc.sents)) == 1


def _marked_token_by_token(doc):
    """The component as it was written first, one Token at a time: the reference."""
    import re

    blank = re.compile(r"\n[^\S\n]*\n")
    after_break = False
    for token in doc:
        if token.is_space:
            after_break = after_break or bool(blank.search(token.text))
            continue
        if after_break and token.i > 0:
            token.is_sent_start = True
        after_break = bool(blank.search(token.whitespace_))
    return doc


@pytest.mark.parametrize("text", [
    TEXT,
    "\n\nGunmen attacked a market in Maiduguri.\n \n  Troops arrived later.\n\n\n",
    "Floods hit Sylhet.\n\n  \n\nThe army evacuated villages.\nRescuers said more rain was due.",
    "Rebels took Goma. \n \t\n\"We will hold it,\" a spokesman said.\n  \nTalks in Doha stalled.",
    "No blank line here,\n only one break\n in each place.",
    "\n\n",
    "Word",
])
def test_the_same_starts_as_token_by_token(nlp, text):
    from kg.nlp.paragraphs import mark_paragraph_breaks

    ours, theirs = mark_paragraph_breaks(nlp.make_doc(text)), _marked_token_by_token(nlp.make_doc(text))
    assert [t.is_sent_start for t in ours] == [t.is_sent_start for t in theirs]
