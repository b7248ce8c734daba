"""One name mention while :mod:`kg.extract.entities` resolves it: its span, the NER's
label, its entity once linked or typed, and what the text said of it."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .model import Entity, Span
from .normalise import normalise_label

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

__all__ = ["Found"]


@dataclass
class Found:
    """One mention being resolved."""

    span: Span
    tokens: "SpacySpan"
    ner_label: str
    entity: Entity | None  # None until typed (names only the NER found)
    how: str  # a key of CONFIDENCE
    name: str | None = None  # the name, when not the span's text ("A “Nick” B" -> "A B")
    aliases: tuple[str, ...] = ()  # other names the text gives it (a quoted nickname)
    titled: bool = False  # a title or rank stood before it
    nickname: bool = False
    defined: bool = False  # the long form of a definition ("... (SAF)")
    town_only: bool = False  # an entity only if the gazetteer places it as a town ("near *Dori*", NER PRODUCT)

    @property
    def label(self) -> str:
        return normalise_label(self.name or self.span.text)

    @property
    def one_word(self) -> bool:
        return len(self.span.text.split()) == 1
