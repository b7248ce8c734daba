"""Figures of speech that use event words without an event ("an assault on democracy", "fight
inflation", "seize the opportunity", "the use of arbitrary detention"), read for the trigger finder
(``triggers``): the lexicon lists are in ``ontology/lexicon/events.toml``."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..event_lexicon import EventLexicon
from ..wordlists import lexicon, words

if TYPE_CHECKING:
    from spacy.tokens import Token


def is_date_phrase(token: "Token") -> bool:
    """A preposition whose object is a date ("on Monday"): never part of a trigger."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in token.children)


def figurative_object(verb: "Token") -> bool:
    """Whether ``verb`` and its direct object make a fixed expression of
    ``figurative_verb_objects`` ("seize the opportunity", "struck gold", "hit a record")."""
    lemma = verb.lemma_.lower()
    return any(c.dep_ == "dobj" and f"{lemma} {c.lemma_.lower()}" in words("events", "figurative_verb_objects") for c in verb.children)


def of_figurative_class(cls: str, lex: EventLexicon) -> bool:
    """Whether events of ``cls`` are said in figures of speech of ideals ("an assault on
    democracy", "a war of words"): the classes of ``figurative_classes``."""
    return lex.is_any(cls, _figurative_classes())


@lru_cache(maxsize=1)
def _figurative_classes() -> tuple[str, ...]:
    return tuple(str(c) for c in lexicon("events")["figurative_classes"])


def ideal(noun: "Token") -> bool:
    """Whether ``noun`` names an ideal, an institution of law or words (``figurative_ideals``:
    "democracy", "the rule of law", "words"), not people or places one attacks."""
    lemma = noun.lemma_.lower()
    names = {lemma, noun.lower_}
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            names |= {f"{lemma} of {g.lemma_.lower()}" for g in c.children if g.dep_ == "pobj"}
        if c.dep_ in ("amod", "compound") and c.i == noun.i - 1:
            names.add(f"{c.lower_} {lemma}")  # "press freedom", "constitutional order"
    return bool(names & words("events", "figurative_ideals"))


def figure_begins(verb: "Token") -> bool:
    """Whether ``verb`` only says that a figure of speech began or went on (``onset_verbs``
    with a subject such as "a war of words"), so is no event of its own either."""
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    phrase = f"{verb.lemma_.lower()} {prt}" if prt else verb.lemma_.lower()
    if phrase not in words("events", "onset_verbs"):
        return False
    return any(
        c.dep_ == "nsubj" and any(p.dep_ == "prep" and p.lower_ in ("on", "against", "of", "to") and ideal(g)
                                  for p in c.children for g in p.children if g.dep_ == "pobj")
        for c in verb.children
    )


def practice(noun: "Token") -> bool:
    """Whether ``noun`` names a practice in general ("the use of *arbitrary detention*",
    "condemned *enforced disappearance*"): a bare singular noun qualified by an adjective of
    ``practice_modifiers``, with no determiner, owner, count or "of" saying whose it was
    ("the arbitrary detention of two journalists" is an event)."""
    if noun.tag_ != "NN" or not any(c.dep_ == "amod" and c.lower_ in words("events", "practice_modifiers") for c in noun.children):
        return False
    return not any(
        c.dep_ in ("det", "poss", "nummod") or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children
    )


def figurative_target(noun: "Token") -> bool:
    """Whether ``noun`` is a thing of ``figurative_targets`` ("inflation", "the virus"); what one
    battles *for* ("the battle for office") is ``contest_targets``, read only after "for"."""
    return noun.lemma_.lower() in words("events", "figurative_targets")


def figurative(verb: "Token") -> bool:
    """Whether what ``verb`` attacks or fights is a thing of ``figurative_targets`` ("attack
    the virus", "a disease to battle", "fight corruption and poverty"), or what it fights
    against ("fighting a battle against inflation", "fought against corruption")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects and verb.dep_ in ("relcl", "acl") and verb.head.pos_ == "NOUN":
        objects = [verb.head]  # "there may not be any disease to battle"
    against = [g for h in (verb, *objects) for p in h.children
               if p.dep_ == "prep" and p.lower_ in ("against", "on") and not is_date_phrase(p)
               for g in p.children if g.dep_ == "pobj"]
    if against:
        objects = against
    objects += [g for o in objects for g in o.children if g.dep_ == "conj"]
    return bool(objects) and all(figurative_target(o) or ideal(o) for o in objects)
