"""A sentence never runs across a blank line: paragraph breaks are sentence boundaries.

spaCy's parser sometimes joins the last sentence of a paragraph to the first of the next
when a closing quotation mark sits between them (``…area.”\\n\\nArmenia and Azerbaijan
fought…`` became one sentence, the war a clause of the ministry's statement). This
component runs before the parser and marks the first token after a blank line as a
sentence start; the parser respects preset boundaries.
"""
from __future__ import annotations

import re
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
    """Mark every first token after a blank line as the start of a sentence."""
    after_break = False
    for token in doc:
        if token.is_space:
            after_break = after_break or bool(_BLANK_LINE.search(token.text))
            continue
        if after_break and token.i > 0:
            token.is_sent_start = True
        after_break = bool(_BLANK_LINE.search(token.whitespace_))
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
