"""English spelling settles which of the rule lemmatizer's candidate verb lemmas is right.

spaCy's rule lemmatizer puts the candidate of its last matching suffix rule first, so when
both are verbs it knows, "staged" reads as "stag" (not "stage"), "waged" as "wag", "fined"
as "fin", "hoped" as "hop", "stages" as "stag". English spelling tells them apart:
a one-vowel stem that ends in one consonant doubles it before "-ed" and "-ing" ("hop" makes
"hopped", "stag" "stagged"), so "hoped" is "hope" + "d"; and "-es" follows only a sibilant or
"o" ("watches", "goes"), so "stages" is "stage" + "s".
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["spelled_verb_lemmas"]

_VOWELS = frozenset("aeiou")
_ES_AFTER = ("s", "x", "z", "ch", "sh", "o")


def _short_closed(stem: str) -> bool:
    """Whether ``stem`` ends in one vowel and one consonant that would double ("stag", "hop")."""
    return (len(stem) >= 2 and stem[-1] not in _VOWELS and stem[-1] not in "wxy" and stem[-1].isalpha()
            and stem[-2] in _VOWELS and (len(stem) == 2 or stem[-3] not in _VOWELS))


def spelled_verb_lemmas(token: "Token", forms: list[str]) -> list[str]:
    """``forms`` (the lemmatizer's candidates for ``token``, best first) with the "-e" lemma
    first when spelling says the word is built on it; else ``forms`` as they are."""
    if token.pos_ not in ("VERB", "AUX") or len(forms) < 2:
        return forms
    word = token.lower_
    stem = None
    if word.endswith("ed"):
        stem = word[:-2] if _short_closed(word[:-2]) else None
    elif word.endswith("ing"):
        stem = word[:-3] if _short_closed(word[:-3]) else None
    elif word.endswith("es") and not word[:-2].endswith(_ES_AFTER):
        stem = word[:-2]
    if stem is None or stem not in forms or stem + "e" not in forms:
        return forms
    return [stem + "e", *(f for f in forms if f != stem + "e")]
