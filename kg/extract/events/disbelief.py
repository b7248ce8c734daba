"""Events told under a denied belief, knowledge or witness: "we do not believe that there was a
second explosion", "there is no evidence that there was an attack", "he did not see any
airstrike". The speaker says the event did not happen (as far as they know): it is negated,
not asserted or reported (:func:`disbelieved`, used by :mod:`.modality`)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..wordlists import words
from .draft import Draft

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["disbelieved"]

#: words that deny the verb they depend on
_NEG = frozenset({"not", "n't", "never"})
#: determiners that deny their noun ("*no* evidence"); "any" only under a denied verb
_NO = frozenset({"no"})
#: clause openers asking of the event, not telling it ("do not know *who* carried out the attack")
_WH = frozenset({"WDT", "WP", "WP$", "WRB"})


def _denied(verb: "Token") -> bool:
    """Whether ``verb`` is denied by its own words ("did *not* see", "*never* heard")."""
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in _NEG) for c in verb.children)


def _no_evidence(noun: "Token") -> bool:
    """Whether ``noun`` is a noun of evidence said to be absent ("*no* evidence", "did not find
    any sign", "there is not any proof")."""
    if noun.lemma_.lower() not in words("events", "evidence_nouns"):
        return False
    if any(c.dep_ == "det" and c.lower_ in _NO for c in noun.children):
        return True
    return noun.dep_ in ("dobj", "attr", "nsubj") and noun.head.pos_ in ("VERB", "AUX") and _denied(noun.head)


def _asks(clause: "Token") -> bool:
    """Whether ``clause`` opens with a question word (an indirect question, not a statement)."""
    first = min(clause.subtree, key=lambda t: t.i)
    return first.tag_ in _WH or any(c.tag_ in _WH and c.i < clause.i for c in clause.children)


def _clause_denied(clause: "Token") -> bool:
    """Whether the clause headed by ``clause`` is the content of a denied belief or the object of
    absent evidence ("do not believe *that there was ...*", "no evidence *that ...*")."""
    if clause.dep_ not in ("ccomp", "acl") or _asks(clause):
        return False
    h = clause.head
    if h.pos_ in ("VERB", "AUX"):
        return h.lemma_.lower() in words("events", "disbelief_verbs") and _denied(h)
    return _no_evidence(h)


def disbelieved(d: Draft) -> bool:
    """Whether ``d`` is told under a denied belief or absent evidence, so as not to have happened.

    Its clause is the one its verb heads, or, for an event noun, the existential "there was"
    it is the subject of; a noun is also denied as the object of a denied verb of witness ("did
    not see any airstrike") or of absent evidence ("no evidence of an attack"). Not a question
    ("do not know who carried out the attack": it happened) nor a belief held ("we believe that
    there was a second explosion")."""
    verb = d.trigger.verb or d.support
    if verb is not None:
        return _clause_denied(verb)
    n = d.noun
    if n is None:
        return False
    h = n.head
    if n.dep_ in ("attr", "nsubj") and h.lemma_ == "be" and any(c.dep_ == "expl" for c in h.children):
        return _clause_denied(h)  # "that there was a second explosion"
    if n.dep_ == "dobj" and h.pos_ == "VERB" and h.lemma_.lower() in words("events", "disbelief_verbs") and _denied(h):
        return True  # "did not see any airstrike"
    if n.dep_ == "pobj" and h.lower_ in ("of", "for") and h.head.pos_ == "NOUN":
        return _no_evidence(h.head)  # "no evidence of an attack"
    return False
