"""The article's one country: the country a reader takes a story to be set in, one rule for
every reader that needs it.

* **strict** (``strict=True``): the only country the text names, by name, demonym or
  capital ("Sudanese", "Kyiv"; a dateline such as "GENEVA –" is where the story was filed,
  not where it happened), which the article has an entity for, and no place the knowledge
  base puts in another country. Events read it: an event with no place of its own happened
  there (:mod:`kg.extract.events.setting`), "the army" is its army
  (:mod:`kg.extract.events.home_bodies`). A wrong country there is a wrong fact, so only a
  story that names no other country has one.
* **lenient** (the default): the strict country when there is one; else the country the
  article names at least twice, once as where things happen ("in Sudan", "across
  Myanmar", the dateline), and at least twice as often as any other (a neighbour named in
  passing, "Nigerian troops" in a story on Niger, leaves it clear), or the one the
  headline names ("2023 Niger coup d'état"). Posts read it: a "President" named without a
  country is this country's (:mod:`kg.extract.roles`), a reading a post's holder may
  still overrule with a post of their own.

The lenient rule's counting is :func:`kg.extract.role_context.dominant_country`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .dateline import in_dateline

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Doc

    from .model import Entity, Mention

__all__ = ["article_country"]


def article_country(
    doc: "Doc", entities: "dict[str, Entity]", mentions: "list[Mention]", *, title: str = "", strict: bool = False,
    no_places: "Collection[str]" = (),
) -> str | None:
    """The key of the article's one country (see the module), or ``None``.

    ``title`` is the headline (read by the lenient rule only); ``no_places`` are keys of
    names read as places that name none ("thousands of Yazidis", "Africa experts"), which
    do not take the story abroad. A country the lenient rule knows only by a demonym is
    added to ``entities``.
    """
    only = _only_country_named(doc, entities, mentions, no_places)
    if strict or only is not None:
        return only
    from .linking import linker_for
    from .role_context import Context, dominant_country, mention_index

    ctx = Context(doc, linker_for(doc), entities, mention_index(doc, mentions), [], title=title)
    ctx.countries = {e.key: e.label for m in mentions if (e := entities.get(m.entity)) is not None and "Country" in e.types}
    return dominant_country(ctx, mentions)


def _is_state(entity: "Entity | None") -> bool:
    return entity is not None and entity.kind == "place" and "Country" in entity.types


def _only_country_named(
    doc: "Doc", entities: "dict[str, Entity]", mentions: "list[Mention]", no_places: "Collection[str]"
) -> str | None:
    """The strict rule: the only country the text names (outside its dateline), if the
    article has an entity for it and names no place the knowledge base puts elsewhere."""
    from ..kb.geo import country_by_name
    from ..kb.mentions import country_mentions
    from ..nlp.kb_ruler import kb_of
    from .doctext import doc_text

    codes: set[str] = set()
    for start, end, _kind, found in country_mentions(doc_text(doc)):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span) and in_dateline(span[0]):
            continue
        codes.update(found)
    if len(codes) != 1:
        return None
    (code,) = codes
    country = next((k for k, e in entities.items() if _is_state(e)
                    and (m := country_by_name(e.label)) is not None and m.country_code == code), None)
    if country is None:
        return None
    kb = kb_of(doc)
    home = entities[country].kb_key or None
    # the innermost mention owns a token ("Wagner" in "the Malian and Wagner forces")
    owner: dict[int, str] = {}
    for m in sorted(mentions, key=lambda m: m.span.end - m.span.start):
        span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        for t in span if span is not None else ():
            owner.setdefault(t.i, m.entity)
    places = {key for i, key in owner.items() if not in_dateline(doc[i]) and key not in no_places
              and (e := entities.get(key)) is not None and e.kind == "place" and not _is_state(e)}
    for key in places:
        kb_key = entities[key].kb_key
        record = kb.get(kb_key) if kb_key and kb is not None else None
        if record is not None and record.country and record.country != home:
            return None  # a place the knowledge base puts in another country
    return country
