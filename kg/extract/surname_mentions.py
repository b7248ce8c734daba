"""One-word surnames the NER missed or read as a nationality: "*Trump* posted on social
media", "President *Mulino* spoke", "*Mulino* told lawmakers" (spaCy's small and medium
models often tag a lone surname as nothing at all, or as NORP).

A capitalised proper noun outside every name is a person's surname when a title stands
right before it ("President", "Gen.", "Prime Minister"), or when the article names a
person of two words or more who ends with it; then its other uses in the article are that
person too, where it speaks or acts (the subject of a verb: "Trump posted", "Ruto told
reporters") or owns something ("Kagame's government"). A word the knowledge base knows as
anything but a person ("Hamas", "Congo") is never taken, nor one inside a longer run of
capitalised words ("Trump Tower").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .doctext import tokens_tagged
from .names import acronym_shaped, titled, word_key
from .posts import OFFICE_HEADS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .spans import Candidate

__all__ = ["missed_surnames"]

_ACTS = frozenset({"nsubj", "nsubjpass", "poss"})


def _lone_name_word(doc: "Doc", token: "Token") -> bool:
    """A capitalised proper noun standing alone: no capitalised proper noun next to it."""
    if token.pos_ != "PROPN" or not token.is_title:
        return False
    if acronym_shaped(token.text) or len(token.text) < 3:
        return False
    if word_key(token.text) in OFFICE_HEADS:
        return False  # "the General *Staff* said": an office after a rank's word, no surname
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    before = doc[token.i - 1] if token.i > 0 else None
    return not (after is not None and after.pos_ == "PROPN" and after.text[:1].isupper()) and not (
        before is not None and before.pos_ == "PROPN" and before.text[:1].isupper() and before.text != "."
        and not _after_title(doc, token)
    )


def _after_title(doc: "Doc", token: "Token") -> bool:
    return titled(doc, token.i)


def missed_surnames(doc: "Doc", cands: "list[Candidate]") -> "list[Candidate]":
    """The candidates with a PERSON candidate added for each one-word surname the NER
    missed (or read as a nationality) that a title stands before, or that ends the name of
    a person the article names in full, where it is titled, speaks, acts or owns."""
    from spacy.tokens import Span as SpacySpan

    from .linking import linker_for
    from .spans import Candidate

    loose = {c.span.start: c for c in cands if c.span.label_ == "NORP" and len(c.span) == 1 and not c.span.kb_id_}
    taken = {i for c in cands if c.span.start not in loose for i in range(c.span.start, c.span.end)}
    surnames = {
        c.span[-1].text for c in cands
        if c.span.label_ == "PERSON" and len(c.span) >= 2 and c.span[-1].is_title and c.span[-1].pos_ == "PROPN"
    }
    # (only a proper noun is a lone name word: no Token made of the other words)
    free = [t for t in (doc[i] for i in tokens_tagged(doc, "PROPN") if i not in taken) if _lone_name_word(doc, t)]
    surnames |= {t.text for t in free if _after_title(doc, t)}
    if not surnames:
        return cands
    linker = linker_for(doc)
    known: dict[str, bool] = {}

    def other_kind(text: str) -> bool:
        if text not in known:
            kb = linker.lookup(text)
            known[text] = kb is not None and kb.kind != "person"
        return known[text]

    added = []
    for t in free:
        if t.text in surnames and (t.dep_ in _ACTS or _after_title(doc, t)) and not other_kind(t.text):
            added.append(Candidate(SpacySpan(doc, t.i, t.i + 1, label="PERSON")))
    if not added:
        return cands
    starts = {c.span.start for c in added}
    return [c for c in cands if c.span.start not in starts] + added
