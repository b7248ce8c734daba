"""What is done on arriving somewhere is done there: "the truck was driven to Oklahoma City and
detonated", "protesters marched to parliament and clashed with police", "a convoy drove into
Goma and came under attack". A verb of going (``motion_verbs`` and ``arrival_motion_verbs`` in
``ontology/lexicon/events.toml``) names where it went; the event verbs conjoined after it
(and the event noun of the phrase of one: "came under attack") that state no place of their
own happened at that end of the way, rather than where another clause or the way's start is.
Not what is said, planned or supposed, and not a verb before the going ("clashed with police
and marched to parliament": where the clash was is not said)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..wordlists import words
from .context import ArticleContext

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["place_at_arrival"]

#: prepositions of the end of a way
_TO = frozenset({"to", "into", "toward", "towards", "onto"})
#: modalities of what has not happened (yet)
_AHEAD = frozenset({"planned", "hypothetical"})


def place_at_arrival(ctx: ArticleContext) -> None:
    """Give the event verbs conjoined after a verb of going the place it went to."""
    lex = ctx.lex
    going = set(words("events", "motion_verbs")) | set(words("events", "arrival_motion_verbs"))
    for d in ctx.drafts:
        v = d.trigger.verb or d.support
        n = d.noun
        if v is None and n is not None and n.dep_ == "pobj" and n.head.dep_ == "prep" and n.head.head.pos_ == "VERB":
            v = n.head.head  # "came under attack": the verb whose phrase the event noun is
        if (v is None or d.place is not None and "place" in d.direct or lex.is_communication(d.cls)
                or d.modality in _AHEAD):
            continue  # (a place only shared from another clause gives way)
        h = v
        while h.dep_ == "conj" and h.head.i < h.i:
            h = h.head
            if h.pos_ != "VERB":
                break
            if h.lemma_.lower() in going:
                end = _end_of_way(ctx, h)
                if end is not None and end not in d.actors():
                    d.place, d.also_places = end, []
                    d.direct.add("place")
                break


def _end_of_way(ctx: ArticleContext, verb: "Token") -> str | None:
    """The town or region (or state) a "to" / "into" phrase on ``verb`` names."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in _TO:
            for pobj in c.children:
                place = ctx.place_in(pobj) if pobj.dep_ == "pobj" else None
                if place is not None and ctx.kind(place) in ("place", "state"):
                    return place
    return None
