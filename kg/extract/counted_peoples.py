"""Peoples counted as nouns: "hundreds of *Masalit* were killed", "tens of thousands of
*Nuer* fled", "200 *Zaghawa*". The NER reads such a one-word name as a town (the gazetteer
may have a village so named) or a body; it names people, a group of the article like
"Tigrayans" (an affiliation of its members), never a place or an organisation.

A name is counted when it is the object of "of" after a word that counts people (``counts``
of ``[peoples]`` in ``ontology/lexicon/nonnames.toml``: "hundreds", "dozens", "scores",
"tens of thousands") or when a number counts it ("at least 200 Zaghawa"); and it must be a
people's or a language's name (``[peoples] names``, ISO 639-3) or one the NER read as a
nationality, and no word the article names a person with ("Omar Nuer"). Towns are not counted
("hundreds of Goma residents" counts the residents).
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from .names import acronym_shaped

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

__all__ = ["counted_people_name", "relabel_counted_peoples"]


@functools.lru_cache(maxsize=1)
def _counts() -> frozenset[str]:
    """Words that count people (``counts`` of ``[peoples]`` in nonnames.toml), lower case."""
    from .wordlists import lexicon

    return frozenset(str(w).lower() for w in lexicon("nonnames").get("peoples", {}).get("counts", []))


def _counting(token: "Token") -> bool:
    """Whether ``token`` counts what follows it: a number ("200", "five") or a word of
    ``counts`` ("hundreds", "dozens")."""
    return token.like_num or token.lower_ in _counts() or token.lemma_.lower() in _counts()


def _counted(token: "Token") -> bool:
    """Whether the word is counted: "hundreds *of* X", "tens of thousands of X", "200 X"."""
    if any(c.dep_ == "nummod" and _counting(c) for c in token.children):
        return True
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "of" and head.head.i < head.i and _counting(head.head)


def _a_people(token: "Token") -> bool:
    """Whether the word names a people or a tongue (nonnames.toml, ISO 639-3) or the NER
    read it as a nationality."""
    from .nonnames import language_names, nonname_lexicon, thing_key

    if token.ent_type_ == "NORP":
        return True
    key = thing_key(token.text)
    peoples = nonname_lexicon().peoples
    return key in peoples or (key.endswith("s") and key[:-1] in peoples) or key in language_names()


def _person_named_with(tokens: "SpacySpan", word: str) -> bool:
    """Whether the article names a person of two words or more with ``word``."""
    return any(
        ent.label_ == "PERSON" and len(ent) > 1 and any(t.text == word for t in ent)
        and not (ent.start < tokens.end and tokens.start < ent.end)
        for ent in tokens.doc.ents
    )


def counted_people_name(tokens: "SpacySpan") -> bool:
    """Whether the one-word name is a people counted as a noun ("hundreds of Masalit"); the
    events' group book asks only whether a token is counted (``events.groups.counted_people``).

    The name must be one capitalised word, no acronym, no word of a person the article
    names; counted (:func:`_counted`); and a people's or a tongue's name (:func:`_a_people`).
    """
    words = [t for t in tokens if not t.is_punct]
    if len(words) != 1:
        return False
    token = words[0]
    if not token.text[:1].isupper() or acronym_shaped(token.text):
        return False
    return _counted(token) and _a_people(token) and not _person_named_with(tokens, token.text)


def relabel_counted_peoples(doc: "Doc") -> None:
    """Give the NER's one-word names that are peoples counted (:func:`counted_people_name`) the
    label of a nationality, NORP, in ``doc.ents``: then they make a group of the article as
    "Tigrayans" does (the victims of "hundreds of Masalit were killed"), never a town or
    a body. Names the knowledge-base ruler put there (with a KB id) stay."""
    from spacy.tokens import Span as SpacySpan

    ents = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        if ent.label_ in ("GPE", "ORG", "PERSON", "LOC", "FAC") and not ent.kb_id_ and counted_people_name(ent):
            ents[k] = SpacySpan(doc, ent.start, ent.end, label="NORP")
            changed = True
    if changed:
        doc.ents = ents
