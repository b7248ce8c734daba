"""Extraction: spaCy ``Doc`` → entities, mentions, roles, events (plain dataclasses).

The names below are imported on first use (PEP 562): importing a light submodule
(``kg.extract.model``, ``kg.extract.normalise``) does not import the whole extractor, so
a command that has nothing to extract (an unchanged reload) never loads it.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_HOMES = {"extract": ".pipeline", "extract_doc": ".pipeline"}


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_HOMES.get(name, ".model"), __name__), name)
    globals()[name] = value
    return value
