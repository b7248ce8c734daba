"""A town's name written in capitals (a dateline: "GOMA, Congo (AP) —", "EL FASHER, Sudan —")
as the name of the town: the gazetteer's spelling when it is the same name, else the words
title-cased, their small words in lower case between hyphens (``town_hyphen`` of
``ontology/lexicon/connectors.toml``) ("PORT-AU-PRINCE": "Port-au-Prince").

Used by :meth:`kg.extract.linking.Linker.town_entity`, so that the dateline's town has the
label the rest of the article gives it, not the dateline's capitals.
"""
from __future__ import annotations

import re
import unicodedata

__all__ = ["town_label"]


def _folded(text: str) -> str:
    """Lower case, accents and punctuation dropped (``"Port-au-Prince"`` -> ``"portauprince"``)."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isalnum()).lower()


def _title_word(word: str, first: bool) -> str:
    """One word of a name in capitals, title-cased; a particle after a hyphen stays low."""
    from .wordlists import words

    if not first and word.lower() in words("connectors", "town_hyphen"):
        return word.lower()
    return word[:1].upper() + word[1:].lower()


def town_label(written: str, gazetteer_name: str | None = None) -> str:
    """The label of a town whose name is ``written`` (as the text writes it): itself unless
    it is all capitals; then ``gazetteer_name`` when it spells the same name, else the
    words title-cased.

    >>> town_label("GOMA", "Goma"), town_label("PORT-AU-PRINCE", "Port-au-Prince")
    ('Goma', 'Port-au-Prince')
    >>> town_label("EL FASHER", "Al Fashir"), town_label("PORT-AU-PRINCE")
    ('El Fasher', 'Port-au-Prince')
    >>> town_label("Goma", "Goma"), town_label("GAO", "Gao")
    ('Goma', 'Gao')
    """
    if not written.isupper() or not any(c.isalpha() for c in written):
        return written
    if gazetteer_name and _folded(gazetteer_name) == _folded(written):
        return gazetteer_name
    words = re.split(r"(\s+|-)", written)
    out = []
    after_hyphen = False
    for i, w in enumerate(words):
        if not w or w.isspace() or w == "-":
            out.append(w)
            after_hyphen = w == "-"
            continue
        out.append(_title_word(w, first=i == 0 or not after_hyphen))
        after_hyphen = False
    return "".join(out)
