"""The long form before a bracketed acronym the knowledge base knows, where the acronym does
not spell it (it stands for the name in another language) and the NER broke the long form up:
"The U.N. Integrated Office in Haiti (BINUH)" as "U.N. Integrated Office" + "Haiti", "the
United Nations' Integrated Office in Haiti (BINUH)" as three names. The KB's label (or an
alias) of the acronym's entity says what the long form is: the words before the bracket are
that entity when they end with the same words as a name of it, and any words before those
are the initials of that name's first words ("U.N." for "United Nations"). Then they are
one name, the entity's, and the names inside them give way. The acronym may follow in brackets
or after ", known as" or ", or".
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .spans import Candidate

__all__ = ["kb_long_forms", "names_alike"]


def _words(text: str) -> list[str]:
    """The words of a name, lower case, without possessive marks ("Nations'" -> "nations")."""
    out = []
    for w in re.split(r"\s+", text.strip()):
        w = re.sub(r"['’]s?$", "", w).lower()
        if w:
            out.append(w)
    return out


def names_alike(written: str, name: str) -> bool:
    """Whether ``written`` is ``name`` with its first words maybe shortened to their initials.

    >>> names_alike("U.N. Integrated Office in Haiti", "United Nations Integrated Office in Haiti")
    True
    >>> names_alike("United Nations' Integrated Office in Haiti", "United Nations Integrated Office in Haiti")
    True
    >>> names_alike("Integrated Office in Haiti", "United Nations Integrated Office in Haiti")
    False
    """
    a, b = _words(written), _words(name)
    if not a or len(a) > len(b):
        return False
    k = 0
    while k < len(a) and a[-1 - k] == b[-1 - k]:
        k += 1
    head_a, head_b = a[: len(a) - k], b[: len(b) - k]
    if k < 2:
        return False
    if not head_a and not head_b:
        return True
    letters = "".join(ch for ch in "".join(head_a) if ch.isalnum())
    return len(head_a) == 1 and len(head_b) >= 2 and letters == "".join(w[0] for w in head_b)


def _end_of_long_form(doc: "Doc", start: int, end: int) -> int | None:
    """Where the long form ends before an acronym at ``start:end``: "LONG (ACR)", "LONG,
    known as ACR", "LONG, or ACR"; None when the acronym is not so written."""
    if doc[start - 1].text == "(":
        return start - 1 if end < len(doc) and doc[end].text == ")" else None
    if doc[start - 1].lower_ == "as" and doc[start - 2].lower_ == "known":
        k = start - 3 if doc[start - 3].lower_ != "also" else start - 4
        return k if k > 0 and doc[k].text == "," else None
    if doc[start - 1].lower_ == "or" and doc[start - 2].text == ",":
        return start - 2
    return None


def kb_long_forms(doc: "Doc", cands: "list[Candidate]") -> "list[Candidate]":
    """The candidates with the long form before each bracketed acronym the KB knows made
    one name of the acronym's entity, where the KB's names of it say the words are its."""
    from spacy.tokens import Span as SpacySpan

    from .linking import linker_for
    from .names import acronym_shaped, capitalised
    from .spans import Candidate
    from .wordlists import words

    linker = None
    small = words("connectors", "kb_long_form")
    for c in list(cands):
        span = c.span
        if not (len(span) == 1 and span.kb_id_ and acronym_shaped(span.text) and span.start >= 3):
            continue
        end = _end_of_long_form(doc, span.start, span.end)
        if end is None:
            continue
        if any(o.span.end == end and o.span.kb_id_ == span.kb_id_ for o in cands):
            continue  # the NER's name already is the entity's
        linker = linker or linker_for(doc)
        record = linker.get(span.kb_id_)
        if record is None:
            continue
        names = (record.label, *record.aliases)
        start = end
        while start > 0 and end - start < 12 and (capitalised(doc[start - 1]) or doc[start - 1].lower_ in small):
            start -= 1
        for s in range(start, end - 1):
            if not capitalised(doc[s]):
                continue
            written = doc[s:end].text
            if any(names_alike(written, n) for n in names):
                kept = [o for o in cands if not (o.span.start < end and s < o.span.end)]
                kept.append(Candidate(SpacySpan(doc, s, end, label="ORG", kb_id=span.kb_id_)))
                cands = kept
                break
    return cands
