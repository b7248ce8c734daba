"""Entities and their mentions, from the spaCy ``Doc``.

Each named-entity span is trimmed (determiners, quotes, possessives), typed with a
schema.org class and given a canonical key, so that every mention of one real-world
entity in the article lands on one :class:`~kg.extract.model.Entity`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .model import Entity, Mention, Span
from .normalise import normalise_label, slugify, trim_span

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["extract_entities", "NER_TYPES", "entity_key"]

#: spaCy NER label -> (kind, schema.org types, most specific first).
NER_TYPES: dict[str, tuple[str, tuple[str, ...]]] = {
    "PERSON": ("person", ("Person",)),
    "ORG": ("organization", ("Organization",)),
    "GPE": ("place", ("AdministrativeArea", "Place")),
    "LOC": ("place", ("Place",)),
    "FAC": ("place", ("Place",)),
}


def entity_key(kind: str, label: str, wikidata: str | None = None) -> str:
    """Canonical key: the Wikidata id when linked, else ``kind/slug``.

    >>> entity_key("person", "Hikmet Hajiyev")
    'person/hikmet-hajiyev'
    >>> entity_key("place", "Azerbaijan", "Q227")
    'Q227'
    """
    return wikidata if wikidata else f"{kind}/{slugify(label)}"


def extract_entities(doc: "Doc") -> tuple[dict[str, Entity], list[Mention]]:
    """Entities and mentions from ``doc.ents``; partial person names join the full name."""
    text = doc.text
    entities: dict[str, Entity] = {}
    mentions: list[Mention] = []
    surnames: dict[str, str] = {}  # "aliyev" -> key of "Ilham Aliyev"
    pending: list[tuple[Span, str, str]] = []
    for ent in doc.ents:
        if ent.label_ not in NER_TYPES:
            continue
        start, end = trim_span(text, ent.start_char, ent.end_char)
        if end <= start:
            continue
        surface = text[start:end]
        kind, types = NER_TYPES[ent.label_]
        span = Span(start, end, surface)
        label = normalise_label(surface)
        if kind == "person" and " " not in label:
            pending.append((span, label, ent.label_))
            continue
        key = entity_key(kind, label)
        entity = entities.setdefault(key, Entity(key=key, label=label, types=types, kind=kind, link_source="ner"))
        entity.aliases.add(surface)
        if kind == "person":
            surnames.setdefault(label.split()[-1].lower(), key)
        mentions.append(Mention(span=span, entity=key, ner_label=ent.label_))
    for span, label, ner in pending:  # "Aliyev" after "Ilham Aliyev"
        key = surnames.get(label.lower()) or entity_key("person", label)
        entity = entities.setdefault(key, Entity(key=key, label=label, types=("Person",), kind="person", link_source="ner"))
        entity.aliases.add(span.text)
        mentions.append(Mention(span=span, entity=key, ner_label=ner))
    mentions.sort(key=lambda m: (m.span.start, m.span.end))
    return entities, mentions
