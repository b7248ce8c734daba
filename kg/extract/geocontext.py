"""The article's context for geocoding: which countries and regions it speaks of.

:func:`article_context` reads a parsed article into a :class:`~kg.kb.geocode.GeoContext`
that :class:`~kg.extract.linking.Linker` geocodes names with:

- **countries**: every mention of a country in the text — its name, demonym
  ("Sudanese") or capital (:func:`kg.kb.geocode.country_mentions`), whether the KB knows
  the country or not, unless the NER reads it as a person's name ("Chad") — and the
  countries of the KB entities named (half a mention each, which never vouches for the
  name itself: the KB's Tripoli does not make a story about Libya);
  a name several countries share ("Congo") goes to the one the rest of the article names
  ("Democratic Republic of the Congo", "DRC");
- **dateline**: "DOHA, Qatar —", "KHARTOUM, Sudan (AP) —", "GOMA, Congo —"; a dateline
  without a country ("KYIV (Reuters) —") gives the country of its town when GeoNames
  finds that town unambiguous;
- **regions named near a name**: a first-level region right after it ("El Fasher, North
  Darfur"; weight 1) or in its sentence ("in Sagaing Region's Kalay"; weight 0.5);
- **points** of the KB places named, to which nearer candidates are preferred.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

    from ..kb.geocode import GeoContext
    from .linking import Linker
    from .model import Entity

__all__ = ["article_context"]


def article_context(
    doc: "Doc", found: Iterable[tuple["SpacySpan", "Entity | None"]], linker: "Linker"
) -> "GeoContext":
    """What ``doc`` says about where it happens.

    Parameters
    ----------
    doc : Doc
        The parsed article.
    found : iterable of (Span, Entity or None)
        The name spans found so far, with their entity when already linked (KB entities).
    linker : Linker
        Gives the KB entities' countries.
    """
    from ..kb.geo import _index_key, country_by_name, country_codes, find_place
    from ..kb.geocode import GeoContext, country_mentions, parse_dateline

    context = GeoContext()
    for start, end, kind, codes in country_mentions(doc.text):
        words = doc.char_span(start, end, alignment_mode="expand")
        if words is not None and words.root.ent_type_ == "PERSON":
            continue  # "Chad", "Jordan" as a name
        if kind == "capital":
            context.add_place(codes[0], _index_key(doc.text[start:end]) or "")
        else:
            context.add_country(codes)

    dateline = parse_dateline(doc.text)
    if dateline is not None:
        town, where = dateline
        context.dateline_town = _index_key(town)
        start = doc.text.index(town)
        context.dateline_span = (start, start + len(town))
        codes = country_codes(where) if where else ()
        if not codes and where:
            from ..kb.geocode import regions_named

            codes = tuple(dict.fromkeys(c for r in regions_named(where) for c in r.country_codes))
        if len(codes) > 1:  # "GOMA, Congo": the Congo that has a Goma
            from ..kb.geo import candidates

            having = {c.country_code for c in candidates(town)}
            codes = tuple(c for c in codes if c in having) or codes
        if not codes:
            match = find_place(town.title(), feature="city")
            codes = (match.country_code,) if match is not None else ()
        context.dateline = codes

    spans = list(found)
    for tokens, entity in spans:
        if entity is None:
            continue
        kb_entity = linker.get(entity.kb_key)
        if kb_entity is None:
            continue
        if "Country" not in entity.types:
            country = linker.get(kb_entity.country)
            match = country_by_name(country.label) if country is not None else None
            if match is not None:  # a KB place, person or body of the country: half a mention
                context.add_place(match.country_code, _index_key(tokens.text) or "")
        if entity.kind == "place" and "Country" not in entity.types:
            context.add_point(entity.lat, entity.lon)

    _regions_near(doc, spans, linker, context)
    context.settle()
    return context


def _regions_near(
    doc: "Doc", found: list[tuple["SpacySpan", "Entity | None"]], linker: "Linker", context: "GeoContext"
) -> None:
    """Record the first-level regions named next to, or in the sentence of, each name:
    the KB's regions (with their point) and those ISO 3166-2 and GeoNames know by name."""
    from ..kb.geo import _index_key, country_by_name, country_codes
    from ..kb.geocode import Region, regions_named

    spans = [tokens for tokens, _ in found]
    regions = []
    for span, entity in found:
        if span.root.ent_type_ == "PERSON" or (entity is not None and entity.kind != "place"):
            continue  # "Victoria" the person is not the Australian state
        named = regions_named(span.text)
        kb_entity = linker.get(entity.kb_key) if entity is not None else None
        if kb_entity is not None and "AdministrativeArea" in entity.types[:1] and entity.lat is not None:
            country = linker.get(kb_entity.country)
            match = country_by_name(country.label) if country is not None else None
            if match is not None:
                named = [Region(entity.label, (match.country_code,), None, entity.lat, entity.lon)]
        if named:
            regions.append((span, named))
    if not regions:
        return
    for span in spans:
        key = _index_key(span.text)
        if not key:
            continue
        sentence = span.sent if doc.has_annotation("SENT_START") else doc[:]
        for region_span, named in regions:
            if region_span.start == span.start or region_span.sent.start != sentence.start:
                continue
            between = doc[span.end:region_span.start]
            weight = 1.0 if region_span.start >= span.end and [t.text for t in between] == [","] else 0.5
            for region in named:
                context.near.setdefault(key, []).append((region, weight))
                if weight == 1.0 and region.country_codes and not country_codes(region_span.text):
                    context.add_country(region.country_codes, 0.5)
