"""The country a post is in when the text names it only by focus.

* "*the country's* police chief": the country of the place last named before the words
  (a country, or the country a named town or region lies in): "Gangs attacked
  Port-au-Prince again. The country's police chief ..." is Haiti's;
* a post only a state has, named without a country ("President X", "government
  spokesman X"), in an article whose places all lie in one country and that names no other
  country as often (:func:`located_country`): "KINSHASA, Congo — ... government spokesman
  Patrick Muyaya said" is DR Congo's. This is weaker evidence than
  :func:`kg.extract.role_context.only_country` and is used only after it.

Used by :mod:`kg.extract.roles`; a place's country comes from the knowledge base, else from
GeoNames (the town's country code).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .model import Entity, Mention

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..kb import KBEntity
    from .role_context import Context

__all__ = ["country_in_focus", "is_country_noun", "located_country", "place_country"]

#: Nouns that stand for a country in "the country's ...", "the nation's ...".
_COUNTRY_NOUNS = frozenset({"country", "nation"})


def place_country(ctx: "Context", entity: Entity) -> "KBEntity | None":
    """The KB country a place is, or lies in (the KB's ``country``, else GeoNames')."""
    if entity.kind != "place":
        return None
    kb = ctx.linker.get(entity.kb_key)
    if kb is not None:
        if "Country" in kb.types:
            return kb
        country = ctx.linker.get(kb.country)
        if country is not None and "Country" in country.types:
            return country
        return None
    if entity.geonames is None or "Country" in entity.types:
        return None
    from ..kb.geo import _country_match, candidates

    for match in candidates(entity.label):
        if match.geonames_id == entity.geonames:
            country_match = _country_match(match.country_code)
            found = ctx.linker.by_geonames(country_match.geonames_id) if country_match is not None else None
            return found if found is not None and "Country" in found.types else None
    return None


def country_in_focus(ctx: "Context", noun: "Token") -> str | None:
    """The country "the country's" (``noun``: "country", with "the") stands for: the
    country of the place named last before it, else of the first one named after it in its
    sentence ("The country's interim president ... after clashes in Conakry"); None when
    neither is."""
    if not is_country_noun(noun):
        return None
    sent = noun.sent
    for i in [*range(noun.i - 1, -1, -1), *range(noun.i + 1, sent.end)]:
        mention = ctx.mention_at.get(i)
        entity = ctx.entities.get(mention.entity) if mention is not None else None
        if entity is None:
            continue
        country = place_country(ctx, entity)
        if country is not None:
            return ctx.ensure(country)
    return None


def is_country_noun(noun: "Token") -> bool:
    """Whether ``noun`` is "the country" or "the nation" (standing for a country in focus)."""
    return noun.lemma_.lower() in _COUNTRY_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def located_country(ctx: "Context", mentions: list[Mention]) -> str | None:
    """The one country the article's places lie in, when no other country is named as
    often: each mention of a place counts for its country, each demonym for its own; the
    country must be counted at least twice and more often than any other."""
    counts: dict[str, int] = {}
    kb_of: dict[str, "KBEntity"] = {}
    located: set[str] = set()
    for m in mentions:
        entity = ctx.entities.get(m.entity)
        if entity is None or entity.kind != "place":
            continue
        country = place_country(ctx, entity)
        if country is None:
            continue
        counts[country.key] = counts.get(country.key, 0) + 1
        kb_of[country.key] = country
        if "Country" not in entity.types:  # a town or region named lies in its country
            located.add(country.key)
        elif _located(ctx, m):
            located.add(country.key)
    for t in ctx.doc:
        if t.ent_type_ == "NORP" and t.i not in ctx.mention_at:
            country = ctx.linker.by_demonym(t.text)
            if country is not None:
                counts[country.key] = counts.get(country.key, 0) + 1
                kb_of[country.key] = country
    if len(located) != 1:
        return None
    (key,) = located
    if counts[key] < 2 or any(n >= counts[key] for other, n in counts.items() if other != key):
        return None
    return ctx.ensure(kb_of[key])


def _located(ctx: "Context", mention: Mention) -> bool:
    """Whether a country's mention says where things happen: in the dateline, or after
    "in", "across" ... (``roles.toml`` ``locative_preps``)."""
    from .speech import in_dateline
    from .wordlists import words

    span = ctx.doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if span is None:
        return False
    at = span.start - 1
    while at >= 0 and ctx.doc[at].lower_ in ("the", "a", "an"):
        at -= 1
    return in_dateline(span[0]) or (at >= 0 and ctx.doc[at].lower_ in words("roles", "locative_preps"))
