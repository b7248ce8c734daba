"""Step 1, words that look like an event and tell none: the name a naming word gives ("referred
to as the Chisinau Uprising": a label for events the text tells in its own words) and what a
right allows ("the right to protest", "the freedom to demonstrate": what people may do, not
something that happened). Used by :mod:`kg.extract.events.triggers`."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..doctext import sentence_start
from ..wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["a_right", "given_name"]


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
