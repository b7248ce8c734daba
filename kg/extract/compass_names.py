"""A compass adjective before a country's name: "Northern Somalia", "Eastern Congo",
"South-Eastern Sudan", "Central Mali". The news points at a part of the country; the NER
makes it one place's name, which no gazetteer knows and which then counts as an entity of
its own. The name is the country's, and the adjective says where in it.

Only where gazetteer data tells a pointer from a named region: the whole name must be
unknown to GeoNames and ISO 3166 (as a country, a first-level region or a town), to the
territories and macro-regions tables ("Northern Cyprus", "Eastern Europe") and to the
knowledge base ("Northern State", "Western Bahr el Ghazal"), and the rest must be a
country's name. Only adjectives (``compass_adjectives`` of names.toml): "North Kosovo",
"South Sudan", "West Bank" are names and stay whole.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..kb.geo import candidates, country_by_name, country_codes
from ..kb.geocode import regions_named
from ..kb.geomacro import macro_region, territory
from .names import name_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .spans import Candidate

__all__ = ["compass_pointer", "cut_compass_pointers"]


def compass_pointer(text: str) -> int | None:
    """The character offset where the country's name begins in ``text`` when ``text`` is a
    compass adjective and a country's name no gazetteer knows whole; else None.

    >>> compass_pointer("Northern Somalia"), compass_pointer("South-Eastern Sudan")
    (9, 14)
    >>> compass_pointer("Northern Cyprus"), compass_pointer("North Kosovo"), compass_pointer("Northern Ireland")
    (None, None, None)
    """
    match = re.match(r"([^\W\d_]+(?:-[^\W\d_]+)?)\s+", text)
    if match is None or match.group(1).lower() not in name_lexicon().compass_adjectives:
        return None
    rest = text[match.end():]
    if not rest[:1].isupper() or not (country_by_name(rest) is not None or country_codes(rest)):
        return None
    if country_by_name(text) is not None or territory(text) is not None or macro_region(text) is not None:
        return None
    if regions_named(text) or candidates(text):
        return None
    return match.end()


def cut_compass_pointers(doc: "Doc", cands: "list[Candidate]") -> "list[Candidate]":
    """Place names that are a compass adjective and a country's name (:func:`compass_pointer`)
    become the country's name; names the KB links are left alone."""
    from spacy.tokens import Span as SpacySpan

    from .linking import linker_for

    for c in cands:
        span = c.span
        if span.kb_id_ or c.name is not None or span.label_ not in ("GPE", "LOC", "NORP", "ORG", "PERSON") or len(span) < 2:
            continue
        at = compass_pointer(span.text)
        if at is None or linker_for(doc).lookup(span.text) is not None:
            continue
        start = next((t.i for t in span if t.idx - span.start_char >= at), None)
        if start is not None and start < span.end:
            c.span = SpacySpan(doc, start, span.end, label="GPE")
    return cands
