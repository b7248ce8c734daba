"""Queries: the library in ``queries/``, parameter binding, result formats."""
from __future__ import annotations

from .format import RESULT_FORMATS, result_text, write_result
from .library import NamedQuery, bind_parameters, list_queries, load_query, resolve_entity

__all__ = [
    "NamedQuery",
    "list_queries",
    "load_query",
    "bind_parameters",
    "resolve_entity",
    "RESULT_FORMATS",
    "write_result",
    "result_text",
]
