"""Extraction: spaCy ``Doc`` → entities, mentions, roles, events (plain dataclasses)."""
from __future__ import annotations

from .model import Entity, Event, Extraction, Mention, Participant, Role, Span, TimeValue
from .pipeline import extract, extract_doc

__all__ = [
    "extract",
    "extract_doc",
    "Entity",
    "Event",
    "Extraction",
    "Mention",
    "Participant",
    "Role",
    "Span",
    "TimeValue",
]
