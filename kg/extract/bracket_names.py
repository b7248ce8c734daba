"""Names the NER ran into a bracket: "the Intergovernmental Authority on Development (IGAD"
as one span, the acronym's opening bracket and the acronym inside the name and the closing
bracket outside it. A name never holds a bracket it does not close: it stops before it, and
the acronym after it is read as the definition it is (:func:`kg.extract.acronyms.definitions`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .spans import Candidate

__all__ = ["cut_open_brackets"]


def cut_open_brackets(doc: "Doc", cands: "list[Candidate]") -> "list[Candidate]":
    """The candidates with every span that opens a bracket it does not close cut before
    the bracket ("... Stabilization Mission in Mali (MINUSMA" -> "... Mission in Mali"), and
    the acronym the bracket holds a name of its own; a span with nothing before its bracket
    is dropped."""
    from spacy.tokens import Span as SpacySpan

    from .names import acronym_shaped
    from .spans import Candidate

    out = []
    for c in cands:
        span = c.span
        depth = 0
        cut = None
        for t in span:
            if t.text == "(":
                if depth == 0:
                    cut = t.i
                depth += 1
            elif t.text == ")" and depth:
                depth -= 1
                if depth == 0:
                    cut = None
        if cut is None or c.name is not None or c.long_form is not None:
            out.append(c)
            continue
        end = cut
        while end > span.start and doc[end - 1].is_space:
            end -= 1
        if end > span.start:
            c.span = SpacySpan(doc, span.start, end, label=span.label_, kb_id=span.kb_id_)
            out.append(c)
        inside = [t for t in doc[cut + 1:span.end] if not t.is_space]
        if len(inside) == 1 and acronym_shaped(inside[0].text) and span.end < len(doc) and doc[span.end].text == ")":
            # the acronym the bracket holds names the body too, defined or not
            out.append(Candidate(SpacySpan(doc, inside[0].i, inside[0].i + 1, label="ORG")))
    return out
