"""The names of the people posts are held by, as the title phrase shows them.

A post's title ties a name to a person more firmly than the NER's guess does, so the name
spans of :mod:`kg.extract.spans` are corrected by it before entities are typed:

* a **name a title is apposed to or written before** is one person's name, whole: the NER
  may cut it and call its pieces places or bodies ("*Antonio* (GPE) *García* (GPE), the top
  commander of the ELN"; "Thura *San Lwin* (GPE), the chief minister of Rakhine state");
  the capitalised words the parser chains to the name's head become one PERSON span,
  when no piece is a name the knowledge base knows;
* a **name whose last word a title makes a person** elsewhere in the article is a person's
  name: "*Volodymyr Zelenskiy* (ORG) met Donald Trump ... Ukrainian President *Zelenskiy*
  said" (so that the surname, and the post it is given, reach the full name).

Called once by :func:`kg.extract.spans.name_candidates`; the posts themselves are read by
:mod:`kg.extract.roles`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import TITLE_HEADS, TITLE_MODIFIERS
from .names import acronym_shaped, is_title, name_lexicon, titled, word_key

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .spans import Candidate

__all__ = ["post_holder_names"]

#: NER labels a piece of a person's name may wrongly carry ("Vitel'Homme Innocent" as a PRODUCT).
_PIECE_LABELS = frozenset({"PERSON", "GPE", "ORG", "NORP", "LOC", "PRODUCT", "WORK_OF_ART"})
#: The most words a person's name runs to ("Rimtalba Jean Emmanuel Ouedraogo").
_LONGEST = 5


def post_holder_names(doc: "Doc", cands: "list[Candidate]") -> "list[Candidate]":
    """``cands`` with the names of post holders made whole and typed as people."""
    cands = _whole_titled_names(doc, cands)
    return _surnames_titled_elsewhere(doc, cands)


def _name_word(token: "Token") -> bool:
    """A capitalised proper noun that can be a word of a person's name (no title, no word of a
    body's name, no acronym)."""
    lex = name_lexicon()
    key = word_key(token.text)
    return (
        token.pos_ == "PROPN" and token.text[:1].isupper() and _letters(token.text) and not token.is_upper
        and not is_title(token) and token.lower_ not in TITLE_HEADS and token.lower_ not in TITLE_MODIFIERS
        and key not in lex.org_words and key not in lex.group_heads and key not in lex.unit_heads
        and not acronym_shaped(token.text)
    )


def _letters(word: str) -> bool:
    """Letters, with apostrophes or hyphens inside: "García", "Vitel'Homme"."""
    inner = word.replace("'", "").replace("’", "").replace("-", "")
    return inner.isalpha() and word[-1:].isalpha()


def _title_noun(token: "Token") -> bool:
    return token.lower_ in TITLE_HEADS and token.pos_ in ("NOUN", "PROPN") and not (token.is_upper and len(token) > 1)


def _tied_to_title(doc: "Doc", start: int, root: "Token") -> bool:
    """Whether the name ending in ``root`` (from token ``start``) has a post's title apposed
    ("X, the top commander of ...", "The governor of Borno, X") or written just before it
    ("Fano commander X")."""
    if any(c.dep_ == "appos" and c.i > root.i and _title_noun(c) for c in root.children):
        return True
    if root.dep_ == "appos" and root.head.i < start and _title_noun(root.head):
        return True
    return start > 0 and doc[start - 1].lower_ in TITLE_HEADS and doc[start - 1].pos_ in ("NOUN", "PROPN") and titled(doc, start)


def _whole_titled_names(doc: "Doc", cands: "list[Candidate]") -> "list[Candidate]":
    """Runs of name words a title is tied to, replacing the NER's pieces of them."""
    from spacy.tokens import Span as SpacySpan

    from .spans import Candidate

    owner = {t.i: c for c in cands for t in c.span}
    out = list(cands)
    for root in doc:
        if not _name_word(root) or root.dep_ in ("compound", "flat"):
            continue
        start = root.i
        while (
            start > 0 and root.i - start < _LONGEST - 1 and _name_word(doc[start - 1])
            and doc[start - 1].dep_ in ("compound", "flat") and start <= doc[start - 1].head.i <= root.i
        ):
            start -= 1
        end = root.i + 1
        if end - start < 2 or not _tied_to_title(doc, start, root):
            continue
        pieces = {id(c): c for i in range(start, end) if (c := owner.get(i)) is not None}.values()
        if any(
            c.span.kb_id_ or c.name is not None or c.long_form is not None or c.span.label_ not in _PIECE_LABELS
            or c.span.start < start or c.span.end > end
            for c in pieces
        ):
            continue  # a name the KB knows, a defined one, or one reaching past the run
        if pieces and all(c.span.label_ == "PERSON" for c in pieces) and sum(len(c.span) for c in pieces) == end - start:
            continue  # the NER's people, joined (or not) by the rules for split people
        gone = {id(c) for c in pieces}
        out = [c for c in out if id(c) not in gone]
        whole = Candidate(SpacySpan(doc, start, end, label="PERSON"))
        out.append(whole)
        for i in range(start, end):
            owner[i] = whole
    out.sort(key=lambda c: (c.span.start, c.span.end))
    return out


def _surnames_titled_elsewhere(doc: "Doc", cands: "list[Candidate]") -> "list[Candidate]":
    """Names of two or more name words the NER called a body or a place whose last word is,
    elsewhere in the article, a one-word person's name after a title ("President
    *Zelenskiy*"): PERSON spans."""
    from spacy.tokens import Span as SpacySpan

    from .spans import Candidate

    titled_surnames = {
        c.span.text for c in cands
        if c.span.label_ == "PERSON" and len(c.span) == 1 and not c.span.kb_id_ and _name_word(c.span[0])
        and c.span.start > 0 and doc[c.span.start - 1].lower_ in TITLE_HEADS
    }
    if not titled_surnames:
        return cands
    out: list[Candidate] = []
    for c in cands:
        span = c.span
        if (
            span.label_ in ("ORG", "GPE", "NORP") and not span.kb_id_ and c.name is None and c.long_form is None
            and 2 <= len(span) <= _LONGEST and span[-1].text in titled_surnames and all(_name_word(t) for t in span)
        ):
            out.append(Candidate(SpacySpan(doc, span.start, span.end, label="PERSON")))
        else:
            out.append(c)
    return out
