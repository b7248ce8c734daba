"""Senses of the words an event acts on: whether a token is a noun or a name of one of the
lexicon's senses ("Territory", "Vessel", ...), read by the trigger step and by the classes
an event's doer makes (:mod:`.agent_kinds`)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..event_lexicon import EventLexicon, fold
from ..wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["keys", "of_sense"]


def keys(token: "Token") -> set[str]:
    """The forms a token matches a lexicon word by: lemma, word, and with its compound."""
    out = {token.lemma_.lower(), token.lower_}
    mods = [c for c in token.lefts if c.dep_ == "compound"]
    if mods:
        out.add(fold("".join(m.lemma_ for m in mods) + token.lemma_))
    return out


def of_sense(
    objects: list["Token"], senses: tuple[str, ...], lex: EventLexicon, places: frozenset[int] = frozenset(),
    people: frozenset[int] = frozenset(),
) -> bool:
    """Whether one of the objects is a noun or a name of one of the senses (``places``, ``people``:
    tokens of names the entity step knows to be places or persons, whatever NER called them:
    "took Hichilema away" with the name read as an organisation)."""
    for t in objects:
        forms = keys(t)
        mods = [m for m in t.lefts if m.dep_ in ("compound", "amod")]
        if mods:  # "tear gas" parsed with "tear" an adjective
            forms.add(fold("".join(m.lemma_ for m in mods) + t.lemma_))
        if t.pos_ == "PROPN":  # a name says what it is by its first words: "Radio France Internationale"
            forms |= {m.lemma_.lower() for m in mods if m.dep_ == "compound"}
        if t.like_num or t.lower_ in words("events", "partitive_nouns") | words("events", "measure_nouns"):
            # "seized 30 of them", "most of the city", "sent two truckloads of medicines"
            for prep in t.children:
                if prep.dep_ == "prep":
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            forms |= keys(pobj)
        for name in senses:
            if name.lower() in words("events", "captive_senses") and _described_as_held(t):
                return True
            sense = lex.senses[name]
            named = t.ent_type_ and t.ent_type_ in sense.entity_types and (t.i not in places or "GPE" in sense.entity_types)
            named = named or (t.i in people and "PERSON" in sense.entity_types)
            if forms & sense.nouns or named or (t.i in places and "GPE" in sense.entity_types):  # a place is never a person
                return True
    return False


def _described_as_held(token: "Token") -> bool:
    """Whether a participle or a relative clause of ``captivity_verbs`` describes ``token``
    ("12 missionaries *who were abducted*", "the *kidnapped* engineers", "hostages *held* by"),
    or who is what such a verb acts on (the words a pronoun stands for: "abducted 30 worshippers
    ... 10 of *them* were later rescued")."""
    verbs = words("events", "captivity_verbs")
    if token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in verbs:
        return True  # who "were abducted", named again: "Police said 10 of *them* were later rescued"
    return any(c.dep_ in ("relcl", "acl", "amod") and c.lemma_.lower() in verbs for c in token.children)
