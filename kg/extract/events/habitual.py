"""Events told as a campaign that goes on, or as a kind, beside the news of one occasion: "the
group *is targeting civilians*", "gangs *continue to attack villages*", "the army *has been
shelling* rebel districts", "*the attacks* by the group in the region *are* a retaliation". No
single dated occasion is told: :mod:`.modality` marks them ``period`` (as its habitual
adverbs do), so that they take no day of the news told beside them. So are the events of a
general rule ("a state of emergency *can be* legally *proclaimed if* the life of the nation is
threatened"): what may be done, and on what condition, in any case."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["campaign", "general_rule", "kind_told"]

#: present-tense forms of "be" and "have" that carry a progressive or perfect in the present
_PRESENT = frozenset({"VBZ", "VBP"})


def _present_progressive(verb: "Token") -> bool:
    """Whether ``verb`` is a present progressive ("is targeting", "are killing") or a present
    perfect progressive ("has been shelling")."""
    if verb.tag_ != "VBG":
        return False
    aux = [c for c in verb.children if c.dep_ == "aux"]
    if any(c.lemma_ == "be" and c.tag_ in _PRESENT for c in aux):
        return True
    return any(c.lower_ == "been" for c in aux) and any(c.lemma_ == "have" and c.tag_ in _PRESENT for c in aux)


def _goes_on(verb: "Token") -> bool:
    """Whether ``verb`` is told going on in the present: a present progressive, or the verb a
    present "continue" or "keep" carries ("continues to attack", "keep shelling")."""
    if _present_progressive(verb):
        return True
    h = verb.head
    return (verb.dep_ == "xcomp" and h.tag_ in _PRESENT | {"VBG"} and h.lemma_.lower() in words("events", "continuative_verbs")
            and (h.tag_ != "VBG" or _present_progressive(h)))


def _bare_plural(noun: "Token") -> bool:
    """Whether ``noun`` is a plural with nothing that singles out whose or how many
    ("civilians", "residents of the capital"; not "the hostages", "their homes", "20 people")."""
    return noun.tag_ in ("NNS", "NNPS") and not any(c.dep_ in ("det", "poss", "nummod", "predet") for c in noun.children)


def campaign(verb: "Token", noun: "Token | None" = None) -> bool:
    """Whether ``verb`` tells a campaign going on (:func:`_goes_on`) against a kind of victims
    or targets, its object a bare plural ("is targeting civilians", "continue to attack
    villages"): again and again, no one occasion (not "is holding talks", "are fleeing Goma",
    "are advancing on the city": one thing going on; nor the event noun ``noun`` of a light
    verb, "are holding talks"). A time its own clause gives ("today") makes it that day's
    event again (:mod:`.timing`)."""
    if not _goes_on(verb):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and (noun is None or c.i != noun.i)]
    return bool(objects) and all(_bare_plural(o) for o in objects)


def _named(noun: "Token") -> bool:
    """Whether a name stands in the words compounded before ``noun`` ("the Dhaka quota
    protests"): a named stretch of events."""
    return any(t.pos_ == "PROPN" for c in noun.lefts if c.dep_ in ("compound", "nmod") for t in c.subtree)


def kind_told(noun: "Token") -> bool:
    """Whether a plural event noun is the subject of a present-tense "be" that says what such
    events are ("the attacks by the group in the region *are* a retaliation", "raids on
    villages are a tactic of the militia"): a kind, not one occasion (not with a number:
    "the two attacks are ..."; nor a named stretch of events, one known occasion: "the Lagos
    fuel protests are a wave of unrest"; nor a timetable: "talks are due to resume")."""
    h = noun.head
    if noun.dep_ != "nsubj" or noun.tag_ != "NNS" or h.lemma_ != "be" or h.tag_ not in _PRESENT:
        return False
    if any(c.dep_ == "nummod" for c in noun.children) or _named(noun):
        return False
    if any(c.dep_ == "acomp" and c.lower_ in words("events", "schedule_adjectives") and any(x.dep_ == "xcomp" for x in c.children)
           for c in h.children):
        return False  # "elections are due to be held next year": a timetable, no kind
    return any(c.dep_ in ("attr", "acomp") for c in h.children)


#: the words that open a condition on a general rule ("*if* the life of the nation is threatened")
_CONDITION_WORDS = frozenset({"if", "unless", "when"})


def _condition_clause(verb: "Token") -> bool:
    """Whether ``verb`` opens a clause of condition ("if ...", "unless ...", "when ...")."""
    return verb.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in _CONDITION_WORDS for c in verb.children)


def _rule_verb(verb: "Token") -> bool:
    """Whether ``verb`` states what may be done in general: "can" with an indefinite subject, in
    the passive or under a condition ("a state of emergency *can be* legally *proclaimed* if
    ...", "a curfew can only *be imposed* when ..."; not "an attack could happen", one
    possible occasion, nor "the army can retake the town")."""
    if not any(c.dep_ == "aux" and c.lower_ == "can" for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subj.children):
        return False
    return any(c.dep_ == "auxpass" for c in verb.children) or any(_condition_clause(c) for c in verb.children)


def general_rule(verb: "Token | None", noun: "Token | None") -> bool:
    """Whether an event (its verb, or its noun) is told in a general rule (:func:`_rule_verb`):
    the indefinite subject of the rule ("*a state of emergency* can be proclaimed"), its verb,
    or the verb of its condition ("if the life of the nation *is threatened*")."""
    if noun is not None and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i != noun.i and _rule_verb(noun.head):
        return True
    if verb is None:
        return False
    return _rule_verb(verb) or (_condition_clause(verb) and _rule_verb(verb.head))
