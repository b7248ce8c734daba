"""Metonymy: whether a capital or seat of power is used as an actor in its sentence
("Baku declared", "talks with Moscow") or stays a place ("in Baku")."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import (
    ACTOR_PREPOSITIONS,
    ADDRESSEE_VERBS,
    AUTHORITY_NOUNS,
    PLACE_PART_NOUNS,
    PLACE_VERBS,
    STANCE_ADJECTIVES,
    TITLE_HEADS,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["actor_use", "first_conjunct"]


def first_conjunct(token: "Token") -> "Token":
    """The first of a run of coordinated tokens ("Baku and *Yerevan*" -> Baku)."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token


def actor_use(span: "Span") -> bool:
    """Whether ``span`` (a capital, a seat of power) is used as an actor in its sentence.

    Actor: subject of a verb other than one of location ("Baku declared", but not "Baku
    lies on the Caspian"), subject of "be" with a stance adjective ("Brussels was
    concerned"), subject of a passive or object of a verb of addressing or judging
    ("Baku was urged", "urged Baku"), agent ("brokered by Moscow"), partner ("talks with
    Baku"), possessor of anything but a part of the city ("Baku's decision", not "Baku's
    streets"), or modifier of an official ("Kremlin spokesman") other than the city's own
    (``[places] local_bodies`` of names.toml: "the Addis Ababa police"). Anything else is a place.
    """
    token = first_conjunct(span.root)
    dep, head = token.dep_, token.head
    if head == token:
        return False
    lemma = head.lemma_.lower()
    if dep in ("nsubj", "nsubjpass") and head.lower_ in STANCE_ADJECTIVES:
        return True  # "Brussels was concerned", parsed either way
    if dep == "nsubj":
        if lemma == "be" or head.pos_ == "AUX":
            return any(c.dep_ == "acomp" and c.lower_ in STANCE_ADJECTIVES for c in head.children)
        return lemma not in PLACE_VERBS
    if dep in ("nsubjpass", "dobj"):
        return lemma in ADDRESSEE_VERBS
    if dep == "pobj":
        prep = head.lower_
        if prep == "by":
            return head.dep_ == "agent" or head.head.tag_ == "VBN"
        if prep in ("on", "upon") and head.head.lemma_.lower() == "call":
            return True  # "called on Baku to ..."
        return prep in ACTOR_PREPOSITIONS and prep not in ("for", "on", "upon")
    if dep == "poss":
        return head.lower_ not in PLACE_PART_NOUNS and lemma not in PLACE_PART_NOUNS
    if dep in ("compound", "nmod", "amod"):
        from .names import name_lexicon

        if head.lower_ in name_lexicon().local_bodies or lemma in name_lexicon().local_bodies:
            return False  # "the Addis Ababa police", "the Juba city council": the city's own
        return lemma in AUTHORITY_NOUNS or lemma in TITLE_HEADS or head.lower_ in AUTHORITY_NOUNS
    if dep == "npadvmod":  # "a Moscow-brokered deal"; not "a Nairobi-based group"
        return head.tag_ == "VBN" and lemma not in PLACE_VERBS
    return False
