"""kg's knowledge base (gazetteer): known actors and places, read from Turtle or CSV files.

>>> from kg.kb import KnowledgeBase
>>> kb = KnowledgeBase.load()   # the shipped world KB (ontology/kb/world-*.csv), then ontology/kb/*.ttl
>>> kb.lookup("Pashinian")[0].label
'Nikol Pashinyan'
>>> kb.lookup("DRC")[0].wikidata
'Q974'

Modules: :mod:`.model` (records), :mod:`.normalize` (name matching), :mod:`.readers`
(one reader per file format), :mod:`.base` (:class:`KnowledgeBase`, the world KB giving
way to regional and user files), :mod:`.cache` (built KBs and ruler patterns cached by
content), :mod:`.check` (``kg gazetteer check``), :mod:`.geo` (offline GeoNames fallback;
loads lazily). Importing the package reads no file.
"""
from __future__ import annotations

from .base import KB_NAMESPACE, KnowledgeBase, default_kb_files
from .check import check_kb_file, find_problems
from .model import SCHEMA_TYPES, KBEntity, KBPost, Problem
from .normalize import is_case_sensitive, normalize_surface

__all__ = [
    "KnowledgeBase",
    "KBEntity",
    "KBPost",
    "Problem",
    "SCHEMA_TYPES",
    "KB_NAMESPACE",
    "check_kb_file",
    "find_problems",
    "default_kb_files",
    "is_case_sensitive",
    "normalize_surface",
]
