"""Whether an event's own sentence says its doer is not known ("it is not clear whether
militants or mercenaries were behind *the attack*", "it is unclear who carried out *the
bombing*", "officials did not say who was behind *the raid*"): a mention told so takes no
doer from the other mentions of the event (:mod:`.coreference`), whatever they say."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..wordlists import words
from .draft import Draft

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["doer_unknown"]


def doer_unknown(d: Draft) -> bool:
    """Whether ``d``'s noun is what a question of who did it is about, asked under a word
    that says nobody knows: "behind" or the object of a clause opened by "whether" or
    "who", the complement of "unclear", "not clear", "unknown", "did not say"."""
    n = d.noun
    if n is None or d.trigger.verb is not None:
        return False
    if n.dep_ == "pobj" and n.head.dep_ == "prep" and n.head.lower_ == "behind":
        clause = n.head.head
    elif n.dep_ in ("dobj", "nsubjpass"):
        clause = n.head
    else:
        return False
    if clause.pos_ not in ("VERB", "AUX") or clause.dep_ not in ("ccomp", "csubj", "xcomp"):
        return False
    asked = any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children) or any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in clause.children)
    return asked and _nobody_knows(clause.head)


def _nobody_knows(head: "Token") -> bool:
    """Whether the clause ``head`` governs says that what it asks is not known: "is
    unclear", "is not clear", "remains unknown", "did not say", "nobody knows"."""
    unknown = words("arguments", "unknown_words")
    negated = any(c.dep_ == "neg" for c in head.children) or any(
        c.dep_ == "nsubj" and c.lower_ in ("nobody", "no one") for c in head.children)
    for c in head.children:
        if c.dep_ == "acomp" and c.lemma_.lower() in unknown:
            return True
        if c.dep_ == "acomp" and c.lemma_.lower() == "clear" and negated:
            return True
    return negated and head.lemma_.lower() in words("arguments", "knowing_verbs")
