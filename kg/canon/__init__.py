"""The canonical event layer: one real-world event across the articles that report it.

``records`` reads the article events linking needs (and each article's story context),
``link`` decides which events are one (blocking keys, then a pairwise test over class, time,
place and actors, and, for events lacking some, over them as read in their stories), ``graph`` keeps
the canonical events and their explanation in ``{base}graph/canonical`` and updates only
the groups an added, changed or removed article touches, ``claims`` says what their
reports disagree on (figures, date, place, agent, a denial), stated with them. :func:`kg.run.load` and
:func:`kg.run.remove` call :class:`Canonicaliser` after each run.
"""
from __future__ import annotations

from .graph import CanonReport, Canonicaliser, cluster, default_linker
from .link import Linker
from .records import EventRecord, StoryContext, read_article_events, read_events

__all__ = ["CanonReport", "Canonicaliser", "EventRecord", "Linker", "StoryContext", "cluster", "default_linker",
           "read_article_events", "read_events"]
