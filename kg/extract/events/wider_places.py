"""The wider place a text names a place with: "in Linden, New Jersey", "at Fort Hood, Texas",
"in the Waziristan region of Pakistan", "in the Chelsea neighborhood of Manhattan".

An event placed at a town, a site or a region whose mention the sentence writes with the
region or country it lies in (after a comma, or as the "of" phrase of the noun of places the
name is written before) happened there too: the event keeps its place and takes the wider
one as a further place (``also_places``, ``kgo:eventPlace`` and ``sem:hasPlace`` both), as
an event at a venue takes the venue's town (:mod:`.venues`). A list of places ("in
Afghanistan, Pakistan, Yemen and elsewhere", "in Aleppo, Idlib and Hama") names no wider
place: the words after a comma are a wider place only when they are a region or a country
that neither begins nor continues a list, and not of the same kind as the first.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..names import name_lexicon, word_key
from .context import ArticleContext

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..model import Mention

__all__ = ["wider_places", "place_with_its_wider"]

#: kinds of the places another place lies in ("Linden, *New Jersey*", "Fort Hood, *Texas*")
_WIDER = ("AdministrativeArea", "Country")


def _types(ctx: ArticleContext, key: str) -> tuple[str, ...]:
    e = ctx.entities.get(key)
    return tuple(e.types) if e is not None and e.kind == "place" else ()


def _after_comma(ctx: ArticleContext, m: "Mention", start: int, end: int) -> str | None:
    """The region or country written after a comma right after a place's mention that spans
    tokens ``start`` to ``end`` (exclusive: the comma's) ("Linden, New Jersey"), not an item of a list."""
    doc = ctx.doc
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    wide = ctx.mention_at.get(end + 1)
    if wide is None or wide is m or wide.entity == m.entity:
        return None
    # a list before it ("in A, B, C and D"): the first place is itself after a comma or "and"
    if start > 0 and doc[start - 1].lower_ in (",", "and", "or"):
        return None
    after = end + 1
    while after < len(doc) and ctx.mention_at.get(after) is wide:
        after += 1
    if after < len(doc) and (doc[after].lower_ in ("and", "or") or
                             (doc[after].text == "," and after + 1 < len(doc)
                              and (doc[after + 1].lower_ in ("and", "or") or
                                   (ctx.mention_at.get(after + 1) is not None and
                                    ctx.kind(ctx.mention_at[after + 1].entity) == "place")))):
        return None
    narrow, broad = _types(ctx, m.entity), _types(ctx, wide.entity)
    if not broad or not narrow or broad[0] not in _WIDER or narrow[0] == broad[0] or "Country" in narrow:
        return None
    return wide.entity


def _of_phrase(ctx: ArticleContext, t: "Token", m: "Mention") -> str | None:
    """The place the "of" phrase of the noun of places a name is written before names ("the
    Waziristan *region* of Pakistan", "the Chelsea *neighborhood* of Manhattan")."""
    noun = t.head
    if t.dep_ != "compound" or noun.i == t.i or ctx.mention_at.get(noun.i) is not None:
        return None
    if word_key(noun.text) not in name_lexicon().place_nouns and noun.lemma_.lower() not in name_lexicon().place_nouns:
        return None
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                wide = ctx.mention_at.get(g.i) if g.dep_ == "pobj" else None
                if wide is not None and wide.entity != m.entity and _types(ctx, wide.entity):
                    return wide.entity
    return None


def place_with_its_wider(ctx: ArticleContext, key: str, sent_start: int, sent_end: int) -> str | None:
    """The wider place the sentence (tokens ``sent_start`` to ``sent_end``) names the place
    ``key`` with, if any."""
    for i in range(sent_start, sent_end):
        m = ctx.mention_at.get(i)
        if m is None or m.entity != key or ctx.mention_at.get(i - 1) is m:
            continue
        end = i
        while end + 1 < sent_end and ctx.mention_at.get(end + 1) is m:
            end += 1
        # the name's last word ("Waziristan"), whose head is the noun of places
        wide = _after_comma(ctx, m, i, end + 1) or _of_phrase(ctx, ctx.doc[end], m)
        if wide is not None:
            return wide
    return None


def wider_places(ctx: ArticleContext) -> None:
    """Give each event placed at a place its sentence names with a wider one ("in Linden, New
    Jersey"; "in the Waziristan region of Pakistan") that wider place as a further place."""
    for d in ctx.drafts:
        if d.place is None or ctx.lex.is_communication(d.cls):
            continue
        sent = ctx.sents[ctx.sent_of[d.head.i]]
        for place in [d.place, *d.also_places]:
            wide = place_with_its_wider(ctx, place, sent.start, sent.end)
            if wide is not None and wide != d.place and wide not in d.also_places and wide not in d.actors():
                d.also_places.append(wide)

