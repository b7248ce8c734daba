"""Institutions that are a body and a building at once: a school, a college, a hospital,
a hotel. schema.org types them so (a ``School`` is an ``EducationalOrganization`` and a
``CivicStructure``; a ``Hotel`` a ``LocalBusiness``, an ``Organization`` and a
``Place``), and news uses them both ways: "students of the X College were abducted", "gunmen
stormed the X Academy", "ministers set up office in the Trinidad Hilton". A name the
knowledge base does not know whose head word is one of ``[institutions]`` of
``ontology/lexicon/bodies.toml`` keeps the kind its sentence gave it and gets both types
(:func:`institution_entity`).
"""
from __future__ import annotations

import functools
from dataclasses import replace

from .model import Entity
from .names import word_key

__all__ = ["institution_kind", "institution_entity"]

#: schema.org types of each kind of institution, most specific first
_TYPES: dict[str, tuple[str, ...]] = {
    "education": ("EducationalOrganization", "CivicStructure", "Organization", "Place"),
    "health": ("Hospital", "MedicalOrganization", "CivicStructure", "Organization", "Place"),
    "lodging": ("Hotel", "LocalBusiness", "Organization", "Place"),
}


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, str]:
    from .wordlists import lexicon

    table = lexicon("bodies").get("institutions", {})
    out: dict[str, str] = {}
    for kind, key in (("education", "education"), ("health", "health"), ("lodging", "lodging"), ("lodging", "lodging_brands")):
        for w in table.get(key, []):
            out[word_key(str(w))] = kind
    return out


def institution_kind(label: str) -> str | None:
    """The kind of institution a name of two words or more names by its head word: its
    last word, else the word before its first "of" ("education", "health", "lodging"), or None.

    >>> institution_kind("Progressive Comprehensive College of Bamenda"), institution_kind("Trinidad Hilton")
    ('education', 'lodging')
    >>> institution_kind("Ministry of Education") is None, institution_kind("Hilton") is None
    (True, True)
    """
    words = label.split()
    if len(words) < 2:
        return None
    keys = [word_key(w) for w in words]
    table = _words()
    if keys[-1] in table:
        return table[keys[-1]]  # "the Port of Spain Hilton"
    return table.get(keys[keys.index("of") - 1]) if "of" in keys[1:] else None


def institution_entity(entity: Entity) -> Entity:
    """``entity`` (a name only the NER found) with an institution's types when its name
    says it is one, its kind (a body or a place, as its sentences read it) kept: "in the
    Trinidad Hilton" need not be where an event of the sentence happened. Other entities
    come back as they are."""
    if entity.link_source not in (None, "ner") or entity.kind not in ("organization", "place"):
        return entity
    kind = institution_kind(entity.label)
    if kind is None:
        return entity
    return replace(entity, types=_TYPES[kind])
