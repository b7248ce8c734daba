"""Events at a venue, and the venue's town: "gunmen stormed the X hotel and the Y cafe *in*
Ouagadougou", "a bomb exploded at the X nightclub *in* Bali", "protesters marched down X Ave
*in* Nairobi before police fired tear gas".

A venue or a street (a site: an entity typed ``Place`` and nothing more specific) is named
with the town or region it lies in by an "in", "near" or "outside" phrase on its noun ("the X
*hotel* in Y"), or on the last of the sites listed with it ("the X hotel and the Y cafe in
Z"). The event placed at the site keeps the site as its place and takes that town as a
further place (``also_places``, ``kgo:eventPlace`` and ``sem:hasPlace`` both), wherever in
the article the site's town was given; and a sentence that names only a site and its town
names one place for the events its clauses leave unplaced (the site, then its town).

The graph has no relation of a site to its town (an entity's point is borrowed from the
town it is named with: :func:`kg.extract.borrow.borrow_points`), so the event carries both.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .context import ArticleContext

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["site_towns", "place_at_venues"]

#: prepositions that put a site in its town ("the X hotel *in* Y", "*near* Y", "*outside* Y")
_IN = frozenset({"in", "near", "outside"})
#: types of the places a site lies in
_TOWN_TYPES = frozenset({"City", "AdministrativeArea"})


def is_site(ctx: ArticleContext, key: str) -> bool:
    """Whether the entity ``key`` is a site (a venue, a street, a building): a place typed
    ``Place`` and nothing more specific."""
    e = ctx.entities.get(key)
    return e is not None and e.kind == "place" and tuple(e.types) == ("Place",)


def _is_town(ctx: ArticleContext, key: str) -> bool:
    e = ctx.entities.get(key)
    return e is not None and e.kind == "place" and bool(_TOWN_TYPES & set(e.types))


def _noun_of(ctx: ArticleContext, t: "Token") -> "Token":
    """The noun a site's name is written before ("Splendid" -> "hotel"), else the name's
    own head."""
    m = ctx.mention_at.get(t.i)
    while t.head.i != t.i and (ctx.mention_at.get(t.head.i) is m or (t.dep_ in ("compound", "amod", "nmod") and 0 < t.head.i - t.i <= 3)):
        t = t.head
    return t


def _town_on(ctx: ArticleContext, noun: "Token") -> str | None:
    """The town or region an "in"/"near"/"outside" phrase on ``noun`` or on a conjunct of it
    names ("the X hotel and the Y cafe in Z")."""
    for n in [noun, *noun.conjuncts]:
        for c in n.children:
            if c.dep_ != "prep" or c.lower_ not in _IN:
                continue
            for g in c.children:
                place = ctx.place_in(g) if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") else None
                if place is not None and _is_town(ctx, place):
                    return place
    return None


def site_towns(ctx: ArticleContext) -> dict[str, str]:
    """Each site of the article -> the town or region the text first names it in."""
    out: dict[str, str] = {}
    for i, m in sorted(ctx.mention_at.items()):
        if m.entity in out or not is_site(ctx, m.entity) or ctx.mention_at.get(i - 1) is m:
            continue
        town = _town_on(ctx, _noun_of(ctx, ctx.doc[i]))
        if town is not None and town != m.entity:
            out[m.entity] = town
    return out


def place_at_venues(ctx: ArticleContext) -> None:
    """Give each event placed at a site the town the article names the site in, as a further
    place ("stormed the X hotel in Y": the hotel, and Y)."""
    towns = site_towns(ctx)
    at_sites = [d for d in ctx.drafts if d.place is not None and not ctx.lex.is_communication(d.cls)
                and any(is_site(ctx, p) for p in [d.place, *d.also_places])]
    for d in at_sites:
        if d.place not in towns and is_site(ctx, d.place):
            # "struck the X mosque in Lahore", the parser hanging the town on the verb: the
            # town the event's own clause names is the site's
            town = next((t for a in d.anchors() if (t := _town_on(ctx, a)) is not None), None)
            if town is not None and town != d.place and town not in d.actors():
                towns[d.place] = town
    for d in at_sites:
        for site in [d.place, *d.also_places]:
            town = towns.get(site)
            if town is not None and town != d.place and town not in d.also_places and town not in d.actors():
                d.also_places.append(town)
