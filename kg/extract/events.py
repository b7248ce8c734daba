"""Events: who did what to whom, where and when."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..ingest.article import Article
from .model import Entity, Event, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["extract_events"]


def extract_events(doc: "Doc", article: Article, entities: dict[str, Entity], mentions: list[Mention]) -> list[Event]:
    """Events told in ``doc``, with their participants, place, time and modality."""
    return []
