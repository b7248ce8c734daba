"""Step 1, the kind of an event read from who does it (``agent_classes`` in
ontology/lexicon/events.toml): protesters who "occupied the main square" or drive "a convoy"
protest, they take no territory and move no troops; police who "raided the offices" carry out
a police operation, no attack."""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..event_lexicon import EventLexicon
from ..wordlists import lexicon, words
from .senses import of_sense
from .triggers import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["by_agent", "by_discourse", "by_governor"]


def _doers(t: Trigger, lex: EventLexicon) -> list["Token"]:
    """Who does the event: a verb's subject or passive "by" agent; an event noun's possessor,
    compound modifier, "of" or "by" phrase ("the protesters' occupation", "a convoy of
    truckers", "the occupation of the square by students")."""
    if t.verb is not None:
        out = [c for c in t.verb.children if c.dep_ == "nsubj"]
        out += [g for c in t.verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if not out and t.verb.dep_ == "conj":  # "police surrounded and raided the house"
            out = [c for c in t.verb.head.children if c.dep_ == "nsubj"]
        return out
    n = t.noun
    if n is None:
        return []
    out = [c for c in n.children if c.dep_ in ("poss", "compound") and c not in t.tokens]
    objects = [g for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    # "the occupation of the square by students", the "by" phrase also parsed on the "of" object
    out += [a for h in (n, *objects) for c in h.children if c.dep_ == "prep" and c.lower_ == "by" for a in c.children if a.dep_ == "pobj"]
    if lex.has_frame(t.cls, "ofAgent"):
        out += objects  # "a convoy of truckers" (but "the capture of students" has them for its target)
    return out


def by_agent(t: Trigger, lex: EventLexicon, places: frozenset[int] = frozenset()) -> Trigger:
    """``t`` with the class its doer makes it of, when a row of ``agent_classes`` says so."""
    rows = lexicon("events")["agent_classes"]
    doers: list["Token"] | None = None
    senses: dict[str, str] | None = None
    for row in rows:
        sense, found, instead, *lemmas = (str(x) for x in row)
        if not lex.is_a(t.cls, found) or (lemmas and t.head.lemma_.lower() not in lemmas):
            continue
        if doers is None:  # only for a trigger some row is about (most are none)
            doers = _doers(t, lex)
            senses = {name.lower(): name for name in lex.senses}
        assert senses is not None
        if doers and sense.lower() in senses and of_sense(doers, (senses[sense.lower()],), lex, places):
            t.cls = instead
            return t
    return t


@lru_cache(maxsize=1)
def _governor_rows() -> tuple[tuple[str, str, str, frozenset[str]], ...]:
    """The rows of ``governor_classes`` (verb, class found, class instead, the nouns), read once."""
    rows = (tuple(str(x) for x in row) for row in lexicon("events")["governor_classes"])
    return tuple((verb, found, instead, frozenset(lemmas)) for verb, found, instead, *lemmas in rows)


def by_governor(t: Trigger, lex: EventLexicon) -> Trigger:
    """``t`` with the class the verb that has its noun for object makes it of, when a row of
    ``governor_classes`` says so ("teachers *called* a strike": a protest, no attack)."""
    n = t.noun
    if n is None or t.verb is not None or n.dep_ != "dobj":
        return t
    for verb, found, instead, lemmas in _governor_rows():
        if t.cls == found and n.head.lemma_.lower() == verb and n.lemma_.lower() in lemmas:
            t.cls = instead
            return t
    return t


def by_discourse(t: Trigger, lex: EventLexicon) -> Trigger:
    """``t``, a moving noun (``moving_nouns``: "convoy") read as a troop movement, as a protest
    when the text calls such convoys a protest ("the trucker *convoy protest*", "a *protest
    convoy*"): one sense in one story, whoever drives this one."""
    n = t.noun
    if n is None or not lex.is_a(t.cls, "TroopMovement") or n.lemma_.lower() not in words("events", "moving_nouns"):
        return t
    lemma = n.lemma_.lower()

    def protest(word: "Token") -> bool:
        return any(lex.is_a(p.cls, "Protest") for p in lex.nouns_for(word.lemma_))

    for tok in n.doc:
        if tok.lemma_.lower() != lemma:
            continue
        if (tok.dep_ == "compound" and protest(tok.head)) or any(c.dep_ == "compound" and protest(c) for c in tok.children):
            t.cls = "Protest"
            return t
    return t
