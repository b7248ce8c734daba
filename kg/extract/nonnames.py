"""Words that stand where names stand and name no one: a time zone after a clock time
("at 04:30 *CAT*"), a language ("broadcast in *Hausa* and *Kanuri*", "the X language").
Asked by :func:`kg.extract.names.is_reference` and :func:`kg.extract.names.names_a_kind`
(and by the entity step for a nationality's word); the words are ``[languages]`` and
``[not_names] clock_words`` of ``ontology/lexicon/names.toml``.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .names import acronym_shaped, name_lexicon, word_key

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

__all__ = ["time_zone", "names_a_language"]


_CLOCK = re.compile(r"^\d{1,2}(?:[:.]\d{2})?(?:[ap]\.?m\.?)?$", re.I)


def time_zone(tokens: "SpacySpan") -> bool:
    """Whether the name is an acronym right after a clock time ("at 04:30 *CAT*", "10 a.m.
    *GMT*", "1400 hours *UTC*"): a time zone, no body (``[not_names] clock_words``)."""
    words = [t for t in tokens if not t.is_punct]
    if len(words) != 1 or not acronym_shaped(words[0].text) or tokens.start == 0:
        return False
    before = tokens.doc[tokens.start - 1]
    return bool(_CLOCK.match(before.text)) or before.lower_ in name_lexicon().clock_words


def names_a_language(tokens: "SpacySpan") -> bool:
    """Whether the name is used as a language's ("broadcast *in* X and Y", "the X
    *language*", "X *speakers*", "X-*speaking*": ``[languages]`` of names.toml): no
    place, person or body."""
    from .linking import first_conjunct

    lex = name_lexicon()
    doc = tokens.doc
    after = doc[tokens.end] if tokens.end < len(doc) else None
    if after is not None and after.is_lower and word_key(after.text) in lex.language_nouns:
        return True
    if after is not None and after.text in ("-", "‑") and tokens.end + 1 < len(doc) and doc[tokens.end + 1].lower_ == "speaking":
        return True
    first = first_conjunct(tokens.root)
    if first.dep_ == "pobj" and first.head.lower_ == "in":
        verb = first.head.head
        return verb.lemma_.lower() in lex.language_verbs or verb.lower_ in lex.language_verbs
    return False
