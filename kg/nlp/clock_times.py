"""A clock time's zone stays in the sentence of the clock time: "held from 2:45 p.m. JST,
Prime Minister X said" is one sentence, though the parser, seeing a capitalised word after
the dot of "p.m.", would start a new one at the zone.

The dot of "a.m." / "p.m." can end a sentence ("Protesters gathered at 9 a.m. The police
arrived an hour later."), so only a word that is a time zone (``clock_meridiems`` and
``time_zones`` of ``ontology/lexicon/time.toml``, written in capitals) is kept after it; the parser respects a
token preset as no sentence start.
"""
from __future__ import annotations

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
    """Mark a time zone right after "a.m." / "p.m." as no sentence start."""
    meridiems = words("time", "clock_meridiems")
    zones = words("time", "time_zones")
    for token in doc[1:]:
        if token.text.isupper() and token.lower_ in zones and doc[token.i - 1].lower_ in meridiems and token.is_sent_start is not True:
            token.is_sent_start = False
    return doc

