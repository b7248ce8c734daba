"""Step 1, words that look like an event and tell none: the name a naming word gives ("referred
to as the Chisinau Uprising": a label for events the text tells in its own words) and what a
right allows ("the right to protest", "the freedom to demonstrate": what people may do, not
something that happened), a word inside a quoted title ('"Die Republikein", a newspaper': a
name in quotation marks, every word capitalised) and the kind of a facility ("places of
detention"), the kind a record of the past has ("a long history *of rebellion*": no one
rebellion) and what a change of amount measures ("a 25 percent cut *in food assistance*": the
cut is the news, no delivery of aid). Used by :mod:`kg.extract.events.triggers`."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..doctext import sentence_start
from ..lexicon import TITLE_HEADS
from ..wordlists import words
from .senses import of_sense

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..event_lexicon import EventLexicon

__all__ = [
    "a_right", "facility_kind", "given_name", "handover", "harmed_people", "left_contest", "measured_kind", "medical_taking",
    "quoted_title", "sent_off",
]

#: The most words a quoted title runs to ("Die Republikein", "The Killing Fields").
_TITLE_WORDS = 6


def given_name(token: "Token") -> bool:
    """Whether a capitalised event noun is the name a naming verb or noun gives
    (``naming_words``: "became known as the Saffron Revolution", "was called the Freedom Convoy",
    "dubbed Operation Iron Fist", "its moniker, the Twitter Revolution"): a label for events
    the text tells in its own words, not one more event (but "the Second Congo War began":
    a name used to tell the event, and "called the shooting a terrorist attack": a kind)."""
    if not token.text[:1].isupper() or token.i == sentence_start(token):
        return False
    namer = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "as" else token.head
    if token.dep_ not in ("pobj", "oprd", "attr", "appos", "dobj") or namer.i == token.i:
        return False
    return namer.lemma_.lower() in words("events", "naming_words")


def a_right(token: "Token") -> bool:
    """Whether ``token`` is what a right or a freedom allows (``right_nouns``: "their right *to
    protest*", "the right to peaceful *protest*", "the freedom *to demonstrate*"), however the
    parser hung the infinitive: what people may do, no occurrence."""
    doc = token.doc
    if token.dep_ == "pobj" and token.head.lower_ == "to":
        to = token.head
    else:
        to = next((c for c in token.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i == 0:
        return False
    return doc[to.i - 1].lemma_.lower() in words("events", "right_nouns")


def quoted_title(token: "Token") -> bool:
    """Whether ``token`` is a word of a short quoted title, every word capitalised ('"Die
    Republikein" a newspaper in Windhoek reports', 'the film "Hotel Rwanda"'): the name of a
    paper, a film or a book, no event. Two words at least; a quoted word or a quoted sentence
    ('"Attack!" he shouted', '"we will strike back"') is speech."""
    doc = token.doc
    if not token.text[:1].isupper():
        return False
    left = token.i - 1
    while left >= 0 and not doc[left].is_quote and token.i - left <= _TITLE_WORDS:
        left -= 1
    right = token.i + 1
    while right < len(doc) and not doc[right].is_quote and right - token.i <= _TITLE_WORDS:
        right += 1
    if left < 0 or right >= len(doc) or not doc[left].is_quote or not doc[right].is_quote:
        return False
    inner = [t for t in doc[left + 1:right] if not t.is_punct]
    return len(inner) >= 2 and all(t.text[:1].isupper() or t.like_num for t in inner)


def facility_kind(noun: "Token") -> bool:
    """Whether ``noun`` names the kind of a facility ("access to *places of detention*",
    "*centres of detention*"): bare after the "of" of a noun of ``facility_nouns``, with no
    determiner, owner, count or modifier of its own ("the site of the massacre" is where one
    happened)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.lemma_.lower() not in words("events", "facility_nouns"):
        return False
    return not any(c.dep_ in ("det", "poss", "nummod", "amod", "compound", "prep") for c in noun.children)


def measured_kind(noun: "Token") -> bool:
    """Whether ``noun`` is the kind of event a record of the past or a change of amount is of:
    bare (no determiner, owner or count) after the "of", "in" or "to" of a noun of
    ``record_nouns`` ("a long-standing history *of rebellion*", "a tradition of *protest*") or
    ``reduction_nouns`` ("a 25 percent cut *in food assistance*", "cuts *to aid*"): a habit
    or an amount, no one occurrence ("the history of the 1994 genocide" names one)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("of", "in", "to"):
        return False
    holder = noun.head.head
    frame = holder.lemma_.lower()
    if not (holder.pos_ == "NOUN" or holder.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "attr", "appos")) or frame not in words("events", "record_nouns") | words("events", "reduction_nouns"):
        return False
    if frame in words("events", "record_nouns") and noun.head.lower_ != "of":
        return False
    return not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)


def left_contest(token: "Token") -> bool:
    """Whether a withdrawal verb or noun leaves a contest (``contest_nouns``, its "of" or "from"
    object: "the senator *pulled out of the race*", "her withdrawal from the election"): a
    candidate or a player withdraws, no forces."""
    preps = [c for c in token.children if c.dep_ == "prep"]
    preps += [g for c in token.children if c.dep_ in ("prt", "prep", "advmod") for g in c.children if g.dep_ == "prep"]  # "pulled out *of* the race"
    return any(c.lower_ in ("of", "from") and g.dep_ == "pobj" and g.lemma_.lower() in words("events", "contest_nouns")
               for c in preps for g in c.children)


def handover(verb: "Token", people: "frozenset[int]" = frozenset()) -> bool:
    """Whether one person takes over (``handover_particles``): "the new minister *took over* the
    ministry", "she took over the embassy in May" succeed to an office; soldiers, rebels or
    protesters who take it over occupy it. ``people``: tokens the entity step knows to be
    persons."""
    if not any(c.dep_ == "prt" and c.lower_ in words("events", "handover_particles") for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return len(subjects) == 1 and not subjects[0].conjuncts and (
        subjects[0].ent_type_ == "PERSON" or subjects[0].i in people or subjects[0].lower_ in ("he", "she")
        or (subjects[0].tag_ == "NN" and subjects[0].lemma_.lower() in TITLE_HEADS))


def medical_taking(verb: "Token") -> bool:
    """Whether a verb of taking (``medical_taking_verbs``) carries the hurt or the dead for care:
    its destination or means is a place of care ("the wounded were taken away *in ambulances*",
    "taken to *hospital* by the Red Cross", "taken to a *medical* facility": ``medical_places``,
    ``medical_place_modifiers``), or what it takes is the wounded, the injured or the dead
    ("the *injured* were led away", "four *wounded* soldiers": ``casualty_nouns``). No arrest,
    no abduction."""
    if verb.lemma_.lower() not in words("events", "medical_taking_verbs"):
        return False
    places, modifiers = words("events", "medical_places"), words("events", "medical_place_modifiers")
    preps = [c for c in verb.children if c.dep_ in ("prep", "agent")]  # "by ambulance" read as a passive's doer
    preps += [g for c in verb.children if c.dep_ in ("prt", "advmod") for g in c.children if g.dep_ == "prep"]  # "away *to* the morgue"
    ends = [g for c in preps for g in c.children if g.dep_ == "pobj"]
    ends += [c for c in verb.children if c.dep_ in ("npadvmod", "advmod") and c.lemma_.lower() in places]
    if any(e.lemma_.lower() in places or any(m.dep_ in ("amod", "compound") and m.lemma_.lower() in modifiers for m in e.children)
           for e in ends):
        return True
    if any(c.dep_ in ("ccomp", "oprd", "xcomp") for c in verb.children):
        return False  # "took the wounded soldiers *hostage*": taken as what they are made
    taken = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not taken and verb.dep_ in ("acl", "relcl"):
        taken = [verb.head]
    hurt = words("events", "casualty_nouns")
    return any(t.lower_ in hurt or t.lemma_.lower() in hurt
               or any(m.dep_ in ("amod", "compound") and m.lower_ in hurt for m in t.children) for t in taken)


def harmed_people(verb: "Token", lex: "EventLexicon", people: "frozenset[int]" = frozenset()) -> bool:
    """Whether a harm verb said of things too (``people_harm_verbs``: "hurt") tells people harmed:
    a passive or a reduced passive, no object of its own, done to people, a count or a pronoun
    ("five people were *hurt*", "dozens hurt in blast", "two officers were badly hurt"); "the
    sanctions hurt the economy", "it hurt his chances" tell no injury."""
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return False
    undergoers = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not undergoers and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        undergoers = [c for c in verb.children if c.dep_ == "nsubj"]  # "Dozens hurt in blast"
    if not undergoers and verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN":
        undergoers = [verb.head]  # "three people hurt in the crush"
    return any(u.like_num or u.pos_ == "PRON" or u.lower_ in words("events", "partitive_nouns")
               or of_sense([u], ("Prisoner",), lex, people=people) for u in undergoers)


def sent_off(verb: "Token") -> bool:
    """Whether a verb of sending (``causative_send_verbs``) makes its object do what the
    participle right after it says ("sending government troops *fleeing*", "sent the soldiers
    *running* for cover", "sent troops *scrambling*"): the object was driven off, no one was
    deployed ("sent troops to the border" deploys them)."""
    if verb.lemma_.lower() not in words("events", "causative_send_verbs"):
        return False
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if any(c.dep_ == "acl" and c.tag_ == "VBG" and c.i == obj.i + 1 for c in obj.children):
            return True  # "troops fleeing", the participle hung on the object
        after = obj.right_edge.i + 1  # "the soldiers running for cover", hung on the verb
        if after < len(verb.doc) and verb.doc[after].tag_ == "VBG" and verb.doc[after].head == verb \
                and verb.doc[after].dep_ in ("advcl", "oprd", "xcomp", "ccomp"):
            return True
    return False
