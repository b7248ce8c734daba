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

__all__ = ["by_agent", "by_discourse", "by_governor", "by_story"]


def _doers(t: Trigger, lex: EventLexicon) -> list["Token"]:
    """Who does the event: a verb's subject or passive "by" agent; an event noun's possessor,
    compound modifier, "of" or "by" phrase ("the protesters' occupation", "a convoy of
    truckers", "the occupation of the square by students")."""
    if t.verb is not None:
        out = [c for c in t.verb.children if c.dep_ == "nsubj"]
        out += [g for c in t.verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if not out and t.verb.dep_ == "conj":  # "police surrounded and raided the house"
            out = [c for c in t.verb.head.children if c.dep_ == "nsubj"]
        if not out and t.verb.dep_ == "acl" and t.verb.tag_ == "VBG":  # "sending government troops *fleeing*"
            out = [t.verb.head]
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
    return out + _support_doers(n, lex)


def _support_doers(n: "Token", lex: EventLexicon) -> list["Token"]:
    """Who does what an event noun names through a verb of doing (kgo:agentVerb: "launched",
    "carried out", "conducted") that has the noun for its object: the verb's subject ("police
    *launched raids*"), or its "by" agent when it is passive ("raids were *carried out by*
    police")."""
    verb = n.head
    if verb is n or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in lex.agent_verbs:
        return []
    if n.dep_ == "dobj":
        out = [c for c in verb.children if c.dep_ == "nsubj"]
        if not out and verb.dep_ == "conj":  # "police surrounded the area and launched raids"
            out = [c for c in verb.head.children if c.dep_ == "nsubj"]
        return out
    if n.dep_ == "nsubjpass":
        return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return []


def _doers_and_partners(doers: list["Token"]) -> list["Token"]:
    """The doers and those coordinated with them ("soldiers and police"), also where the parser
    hangs the first of "Police and counter-terror officers" on the last as a modifier."""
    more = [c for d in doers for c in d.children
            if c.dep_ == "conj" or (c.dep_ == "nmod" and c.i < d.i and any(g.dep_ == "cc" for g in c.children))]
    return doers + more


def by_agent(t: Trigger, lex: EventLexicon, places: frozenset[int] = frozenset()) -> Trigger:
    """``t`` with the class its doer makes it of, when a row of ``agent_classes`` says so."""
    rows, classes = _agent_rows()
    if not lex.is_any(t.cls, classes):
        return t  # no row is about its class (most triggers)
    doers: list["Token"] | None = None
    senses: dict[str, str] | None = None
    for sense, found, instead, lemmas in rows:
        if not lex.is_a(t.cls, found) or (lemmas and t.head.lemma_.lower() not in lemmas):
            continue
        if doers is None:  # only for a trigger some row is about (most are none)
            doers = _doers_and_partners(_doers(t, lex))
            senses = {name.lower(): name for name in lex.senses}
        assert senses is not None
        if doers and sense.lower() in senses and of_sense(doers, (senses[sense.lower()],), lex, places):
            t.by_doer, t.cls = t.cls, instead
            return t
    return t


@lru_cache(maxsize=1)
def _agent_rows() -> tuple[tuple[tuple[str, str, str, tuple[str, ...]], ...], frozenset[str]]:
    """The rows of ``agent_classes`` (sense, class found, class instead, the lemmas), read
    once, and the classes they are about."""
    rows = (tuple(str(x) for x in row) for row in lexicon("events")["agent_classes"])
    parsed = tuple((sense, found, instead, tuple(lemmas)) for sense, found, instead, *lemmas in rows)
    return parsed, frozenset(row[1] for row in parsed)


@lru_cache(maxsize=1)
def _governor_rows() -> tuple[tuple[str, str, str, frozenset[str]], ...]:
    """The rows of ``governor_classes`` (verb, class found, class instead, the nouns), read once."""
    rows = (tuple(str(x) for x in row) for row in lexicon("events")["governor_classes"])
    return tuple((verb, found, instead, frozenset(lemmas)) for verb, found, instead, *lemmas in rows)


def by_story(found: list[Trigger], lex: EventLexicon) -> list[Trigger]:
    """The triggers, an event noun whose text names no doer of the kind its doer made another
    mention of that word in the story (``by_agent``) taking that kind: "police launched raids
    in east London ... residents heard gunshots during *the raids*" (a police operation again),
    one sense in one story; a mention that names its doer or has modifiers of its own keeps
    its kind ("rebel raids", "last week's raids")."""
    made = {(t.head.lemma_.lower(), t.by_doer): t.cls for t in found if t.by_doer is not None}
    if not made:
        return found
    for t in found:
        n = t.noun
        if n is None or t.verb is not None or t.by_doer is not None:
            continue
        instead = made.get((n.lemma_.lower(), t.cls))
        if instead is None or _doers_and_partners(_doers(t, lex)):
            continue
        if any(c.dep_ in ("poss", "compound", "amod", "nmod") and c not in t.tokens for c in n.children):
            continue  # "rebel raids", "Monday's raids": a mention of its own telling
        t.cls = instead
    return found


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
    convoy*"): one sense in one story, whoever drives this one. And a rescue
    (``rescue_verbs``) as a release when the story told people taken captive before it
    (``captivity_classes``: "Bandits abducted 30 worshippers ... 10 of them were later
    *rescued*"), not when it told a shipwreck ("104 men were rescued")."""
    if t.verb is not None and t.verb.lemma_.lower() in words("events", "rescue_verbs") and not lex.is_a(t.cls, "Release"):
        if _captivity_before(t.verb, lex):
            t.cls = "Release"
        return t
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


def _captivity_before(verb: "Token", lex: EventLexicon) -> bool:
    """Whether a word before ``verb`` in the text is a trigger of ``captivity_classes`` with
    no sense to read ("abducted", "kidnapped", "taken hostage", "the kidnapping")."""
    classes = lexicon("events")["captivity_classes"]

    def captive(cls: str) -> bool:
        return any(lex.is_a(cls, c) for c in classes)

    for tok in verb.doc[:verb.i]:
        if tok.pos_ == "VERB":
            deps = {c.lemma_.lower() for c in tok.children}
            if any(captive(p.cls) and not p.senses and set(p.dependents) <= deps for p in lex.verbs_for(tok.lemma_)):
                return True
        elif tok.pos_ == "NOUN" and any(captive(p.cls) and not p.senses for p in lex.nouns_for(tok.lemma_)):
            return True
    return False
