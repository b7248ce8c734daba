"""Named sites written with a lower-case site noun: "the Sheraton hotel", "the Kamal Adwan
hospital", "the Abu Shouk camp", "the Kati military camp", "the Kakuma refugee camp".

The NER leaves the noun out of the name and types what is left by its look: a person's
name ("Kamal Adwan"), a channel's ("Al-Jazeera"). A name written right before a site's noun
(``[places] heads`` of ``ontology/lexicon/names.toml``: hotel, hospital, camp, market,
prison, bridge, ...), with at most two lower-case words between ("refugee", "military",
"secondary"), names the site, a place. Not after "a"/"an" ("a JNIM base" is a base of JNIM),
not an acronym ("the SAF base"), not possessive ("X's hospital").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

#: Lower-case words a site's noun may follow the name by ("the X military hospital").
MAX_BETWEEN = 2
#: Determiners before the name that make it a kind, not a site's name ("a X base").
_INDEFINITE = ("a", "an", "another", "every", "each", "any", "one")


def site_noun_after(tokens: "SpacySpan") -> "Token | None":
    """The lower-case site noun written right after the name ``tokens`` ("the Villa Rosa
    *hotel*", "the Kati military *camp*"), or ``None``.

    The noun is singular, in ``[places] heads``; the words between it and the name are
    lower-case nouns or adjectives (at most :data:`MAX_BETWEEN`).
    """
    from .names import acronym_shaped, name_lexicon, word_key

    doc = tokens.doc
    if tokens.start > 0 and doc[tokens.start - 1].lower_ in _INDEFINITE:
        return None
    words = [t for t in tokens if not t.is_punct]
    if len(words) == 1 and acronym_shaped(words[0].text):
        return None
    heads = name_lexicon().site_heads
    for i in range(tokens.end, min(tokens.end + MAX_BETWEEN + 1, len(doc))):
        t = doc[i]
        if not t.is_alpha or not t.is_lower:
            return None
        if word_key(t.text) in heads and t.pos_ in ("NOUN", "PROPN") and t.tag_ != "NNS":
            return t
        if t.pos_ not in ("NOUN", "ADJ"):
            return None
    return None
