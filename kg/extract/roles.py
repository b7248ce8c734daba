"""Roles: the posts people hold, read from title compounds, appositions and possessives."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .model import Entity, Mention, Role

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["extract_roles"]


def extract_roles(doc: "Doc", entities: dict[str, Entity], mentions: list[Mention]) -> list[Role]:
    """Posts held by the people mentioned in ``doc``."""
    return []
