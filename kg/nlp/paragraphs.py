"""A sentence never runs across a blank line: paragraph breaks are sentence boundaries.

spaCy's parser sometimes joins the last sentence of a paragraph to the first of the next
when a closing quotation mark sits between them (``…area.”\\n\\nArmenia and Azerbaijan
fought…`` became one sentence, the war a clause of the ministry's statement). This
component runs before the parser and marks the first token after a blank line as a
sentence start; the parser respects preset boundaries.
"""
from __future__ import annotations

import re
from itertools import compress
from typing import TYPE_CHECKING

from spacy.language import Language

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["PARAGRAPH_BREAKS", "add_before_parser", "add_paragraph_breaks", "mark_paragraph_breaks"]

#: The component's name in kg's pipelines.
PARAGRAPH_BREAKS = "kg_paragraph_breaks"

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


@Language.component(PARAGRAPH_BREAKS, assigns=["token.is_sent_start"])
def mark_paragraph_breaks(doc: "Doc") -> "Doc":
    """Mark every first token after a blank line as the start of a sentence.

    A blank line is written in a whitespace token (a token's own trailing whitespace is one
    space at most); the token marked is the first non-space token after it. The whitespace
    tokens are found in spaCy's array of the tokens' ``IS_SPACE`` flags, so that a ``Token``
    is made only of them and of the tokens marked, not of every token.
    """
    from spacy.attrs import IS_SPACE, ORTH

    n = len(doc)
    if n < 2:
        return doc
    array = doc.to_array([IS_SPACE, ORTH])
    spaces = array[:, 0].tolist()
    if not any(spaces):
        return doc
    strings = doc.vocab.strings
    orths = array[:, 1].tolist()
    after_break = False
    for i in compress(range(n), spaces):
        if i and not spaces[i - 1]:
            after_break = False  # a word came between this whitespace and the last
        after_break = after_break or bool(_BLANK_LINE.search(strings[orths[i]]))
        if after_break and i + 1 < n and not spaces[i + 1]:
            doc[i + 1].is_sent_start = True
    return doc


def add_paragraph_breaks(nlp: Language) -> Language:
    """Put the component before the parser (or first), once."""
    return add_before_parser(nlp, PARAGRAPH_BREAKS)


def add_before_parser(nlp: Language, name: str) -> Language:
    """Put the component ``name`` (one that presets sentence starts) before the parser, or
    first in a pipeline without one; once."""
    if not nlp.has_pipe(name):
        if nlp.has_pipe("parser"):
            nlp.add_pipe(name, before="parser")
        else:
            nlp.add_pipe(name, first=True)
    return nlp
