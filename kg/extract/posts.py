"""Posts' titles written before a name, in capitals: where the title ends and its holder's
name begins ("UN High Commissioner for Human Rights | Volker Türk", "Minister of Foreign
Affairs and International Cooperation | Thérèse Kayikwamba Wagner", "Head of the UN Mission
in South Sudan | Nicholas Haysom"), and a post that owns a body ("the Prosecutor General's
Office"). Used by the name spans (:mod:`kg.extract.spans`), the typer (:mod:`kg.extract.typer`)
and the entity step (:mod:`kg.extract.entities`); the words are the titles of
:mod:`kg.extract.lexicon` and the portfolios of ``ontology/lexicon/names.toml``.
"""
from __future__ import annotations

import functools

from typing import TYPE_CHECKING

from .lexicon import TITLE_HEADS, TITLE_MODIFIERS
from .names import is_title, name_lexicon, word_key

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from .spans import Candidate

__all__ = ["post_phrase_before", "post_word", "post_owns_body", "names_a_department", "offices_named_by_rank"]


@functools.lru_cache(maxsize=1)
def _post_connectors() -> frozenset[str]:
    """The small words inside a post's title ("Minister *of* Foreign Affairs *and*
    International Cooperation", "Head *of the* UN Mission *in* South Sudan"): ``post`` of
    ``ontology/lexicon/connectors.toml``."""
    from .wordlists import words

    return words("connectors", "post")


def _title_word(token: "Token") -> bool:
    """A capitalised word that heads a post ("Minister", "Commissioner", "Secretary-General")."""
    return token.text[:1].isupper() and any(part.lower() in TITLE_HEADS for part in token.text.split("-"))


def post_phrase_before(doc: "Doc", i: int) -> bool:
    """Whether a post's title in capitals runs right up to token ``i``: "UN High
    *Commissioner* for Human Rights | X", "*Minister* of Foreign Affairs and International
    Cooperation | X", "*Head* of the UN Mission in South Sudan | X". The words just before
    ``i`` are capitalised (not a small word: "the Minister of Defence in | Khartoum" is where
    he is), and going back over capitalised words and the small words of titles
    (``post`` of ``ontology/lexicon/connectors.toml``), at most fourteen, one of them heads a post."""
    j = i - 1
    if j < 0 or not (doc[j].text[:1].isupper() or doc[j].is_upper) or doc[j].is_punct:
        return False
    while j >= 0 and i - j <= 14:
        t = doc[j]
        if _title_word(t):
            return True
        if t.is_sent_start and not t.text[:1].isupper():
            return False
        if not (t.text[:1].isupper() or t.lower_ in _post_connectors()) or (t.is_punct and t.text not in ("-", "–")):
            return False
        j -= 1
    return False


def post_word(token: "Token") -> bool:
    """Whether ``token`` is a word of a post's title rather than of its holder's name: a
    title or a word qualifying one ("High", "Special", "Deputy"), a portfolio's word
    ("Foreign", "Affairs", "Cooperation", ``[portfolios]`` of names.toml) or a small word of
    titles."""

    key = word_key(token.text)
    return (
        key in name_lexicon().portfolios or key in TITLE_MODIFIERS or key in TITLE_HEADS or is_title(token)
        or token.lower_ in _post_connectors() or any(part in TITLE_HEADS for part in key.split("-"))
    )


def post_owns_body(token: "Token", root: "Token") -> bool:
    """Whether the title ``token``, inside a body's name headed by ``root``, is the post
    that owns the body ("the *Prosecutor* General's Office", "the *Attorney* General's
    Office", "the President's Office"): a possessive ends the title's words before the
    body's head. The title is then part of the body's name, not a title to cut off. So too
    with no possessive when the body's head is an office's noun right after the capitalised
    title ("the *Procurator* Fiscal Service", "the *Prosecutor* General Office": ``OFFICE_HEADS``)."""
    doc = token.doc
    for t in doc[token.i:root.i]:
        if t.tag_ == "POS" or t.lower_ in ("'s", "’s"):
            return True
        if not (t.text[:1].isupper() or t.lower_ in _post_connectors()):
            return False
    return root.lower_ in OFFICE_HEADS and root.text[:1].isupper() and root.i > token.i


#: Heads of the name of the office a post runs ("the Prosecutor General Office", "the
#: Procurator Fiscal Service"): after the capitalised title, a body's name, not a person's; and the
#: heads of an army's own offices after a rank's word ("the General Staff", "the General Command of the
#: Army", "General Headquarters"), where "General" is no rank cut off a person.
OFFICE_HEADS = frozenset({
    "office", "service", "department", "bureau", "directorate", "secretariat", "inspectorate",
    "staff", "command", "headquarters",
})


def names_a_department(tokens: "SpacySpan") -> bool:
    """Whether the capitalised words ``tokens``, right after "of" or "for" that follow a
    post's title, are all words of a department or portfolio (``[portfolios]`` of
    names.toml, and "and"): "Director of *Operations and Advocacy*", "Head of *Programmes*"
    name a department of the body the post is in, not a body of their own."""
    doc = tokens.doc
    words = [t for t in tokens if not t.is_punct and t.lower_ not in ("and", "&")]
    if not words or tokens.start < 2 or doc[tokens.start - 1].lower_ not in ("of", "for"):
        return False
    departments = name_lexicon().departments
    return all(t.text[:1].isupper() and word_key(t.text) in departments for t in words) and post_phrase_before(doc, tokens.start - 1)


def offices_named_by_rank(doc: "Doc", cands: list["Candidate"]) -> list["Candidate"]:
    """``cands`` with the offices the NER read as people because a rank's word begins them
    ("the *General Staff* said", "the *General Command* announced"): a span of capitalised
    words that begins with a title and ends in an office's head (:data:`OFFICE_HEADS`) is a
    body's name, labelled ``ORG`` (its rank's word then stays in its name)."""
    from spacy.tokens import Span as SpacySpan

    for c in cands:
        span = c.span
        if span.label_ != "PERSON" or span.kb_id_ or c.name is not None or len(span) < 2:
            continue
        last = span[-1]
        if last.text[:1].isupper() and word_key(last.text) in OFFICE_HEADS and _title_word(span[0]) and all(t.text[:1].isupper() for t in span):
            c.span = SpacySpan(doc, span.start, span.end, label="ORG")
    return cands
