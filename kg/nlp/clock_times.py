"""A clock time's zone stays in the sentence of the clock time: "held from 2:45 p.m. JST,
Prime Minister X said" is one sentence, though the parser, seeing a capitalised word after
the dot of "p.m.", would start a new one at the zone.

The dot of "a.m." / "p.m." can end a sentence ("Protesters gathered at 9 a.m. The police
arrived an hour later."), so only a word that is a time zone (``clock_meridiems`` and
``time_zones`` of ``ontology/lexicon/time.toml``, written in capitals) is kept after it; the parser respects a
token preset as no sentence start.
"""
from __future__ import annotations

import functools
from itertools import compress
from typing import TYPE_CHECKING

from spacy.language import Language

from ..extract.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["CLOCK_ZONES"]

#: The component's name in kg's pipelines.
CLOCK_ZONES = "kg_clock_zones"


@Language.component(CLOCK_ZONES, assigns=["token.is_sent_start"])
def keep_clock_zones(doc: "Doc") -> "Doc":
    """Mark a time zone right after "a.m." / "p.m." as no sentence start.

    The words are found in spaCy's array of the tokens' lower-case forms (their hashes), so
    that a ``Token`` is made only of a zone written right after a meridiem, not of every token.
    """
    from spacy.attrs import LOWER

    if len(doc) < 2:
        return doc
    meridiems, zones = _hashes("clock_meridiems"), _hashes("time_zones")
    lower = doc.to_array(LOWER).tolist()
    for i in compress(range(1, len(lower)), map(zones.__contains__, lower[1:])):
        if lower[i - 1] in meridiems:
            token = doc[i]
            if token.text.isupper() and token.is_sent_start is not True:
                token.is_sent_start = False
    return doc


@functools.lru_cache(maxsize=None)
def _hashes(key: str) -> frozenset[int]:
    """The string hashes (spaCy's) of the words under ``key`` of ``ontology/lexicon/time.toml``."""
    from spacy.strings import get_string_id

    return frozenset(get_string_id(word) for word in words("time", key))
