"""Clues in a name's sentence that only a person fits: taken up by "he" or "she", by "who",
the owner of a noun only a person has, one of a body's people. :mod:`kg.extract.typer` votes
PERSON on each (split from it along that step)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .doctext import positions_by_text
from .names import acronym_shaped, name_lexicon, word_key

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

__all__ = ["referred_to_as_a_person", "taken_up_by_who", "owns_a_persons_noun", "staff_of_a_body"]


#: Pronouns only a person is referred to by.
_PERSONAL_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})


def referred_to_as_a_person(tokens: "SpacySpan") -> bool:
    """Whether a one-word name, subject of its verb, is taken up by "he", "his", "she" or
    "her" in what its verb governs, with no person's name between ("Tshisekedi said *his*
    government would not negotiate", "Museveni said in Kampala that *he* ..."; not "Hamas
    said Haniyeh's successor ... *his*")."""
    words = [t for t in tokens if not t.is_punct]
    if len(words) != 1:
        return False
    verb = tokens.root.head
    # no such pronoun after the name within the verb's subtree's reach: nothing to walk
    by_lower, last = positions_by_text(tokens.doc, lower=True), verb.right_edge.i
    if not any(tokens.end <= i <= last for p in _PERSONAL_PRONOUNS for i in by_lower.get(p, ())):
        return False
    for t in verb.subtree:
        if t.i < tokens.end:
            continue
        if t.ent_type_ == "PERSON":
            return False  # "he" may be that person
        if t.lower_ in _PERSONAL_PRONOUNS:
            return True
    return False


_WHO = frozenset({"who", "whom"})


def taken_up_by_who(root: "Token", first: "Token") -> bool:
    """Whether the name (or the first of the names coordinated with it) heads a relative
    clause opened by "who" or "whom": "the other two were X and Y *who* were already
    imprisoned". A town is taken up by "which" or "where"; "whose" may be a body's ("Wine's
    National Unity Platform, *whose* whereabouts ...": its supporters'). The clause's verb is
    the name's ``relcl`` child and the pronoun a child of that verb before it."""
    for name in {root, first}:
        for clause in name.children:
            if clause.dep_ != "relcl" or clause.i < name.i:
                continue
            for c in clause.children:
                if c.i < clause.i and c.lower_ in _WHO:
                    return True
    return False


def owns_a_persons_noun(tokens: "SpacySpan", shared: bool) -> bool:
    """Whether the name is the possessor of a noun only a person has (``[persons]
    possessions`` of names.toml: "Marcos's *late* father"), or with ``shared`` one a person
    or a body has (``shared``: "Abiy's office", "X's spokesman"): the noun after "'s" and at
    most two modifiers."""
    doc = tokens.doc
    if tokens.end >= len(doc) or doc[tokens.end].tag_ != "POS":
        return False
    lex = name_lexicon()
    nouns = lex.person_possessions | lex.shared_possessions if shared else lex.person_possessions
    for t in doc[tokens.end + 1:tokens.end + 4]:
        if t.pos_ in ("NOUN", "PROPN"):
            return t.is_lower and word_key(t.text) in nouns
        if t.pos_ not in ("ADJ", "ADV"):
            return False
    return False


def staff_of_a_body(tokens: "SpacySpan") -> bool:
    """Whether the name is two or three capitalised words an organisation's name owns, with
    no word of a body in them ("*VOA's* Heda Bayron", "*Reuters'* Ali Musa"): a reporter or
    an official of that body; "Hamas's Qassam Brigades", "the UN's Security Council" are
    bodies by their own words."""
    words = [t for t in tokens if not t.is_punct]
    if not 2 <= len(words) <= 3 or not all(t.text[:1].isupper() and not acronym_shaped(t.text) for t in words):
        return False
    owner = next((c for c in tokens.root.children if c.dep_ == "poss" and c.i < tokens.start), None)
    if owner is None or owner.ent_type_ != "ORG":
        return False
    lex = name_lexicon()
    return not any(
        k in lex.org_words or k in lex.group_heads or k in lex.unit_heads or k.split("-")[-1] in lex.org_words
        for k in (word_key(t.text) for t in words)
    )
