"""Helpers for tests (importable as ``helpers``: pytest puts tests/ on sys.path)."""
from __future__ import annotations

from datetime import date

SEED_PUBLISHED = date(2023, 9, 19)


def extract_text(nlp, text: str, *, published: date | None = SEED_PUBLISHED, title: str | None = None):
    """Extraction of a text snippet (for mechanism tests on sentences beyond the seed)."""
    from kg.extract import extract_doc
    from kg.ingest.article import Article

    article = Article.create(text, published=published, title=title, source="<test>")
    return extract_doc(nlp(text), article)


def events_of(ex, cls):
    """The events of type ``cls`` in an extraction."""
    return [e for e in ex.events if e.type == cls]


def one(ex, cls):
    """The one event of type ``cls``; fails the test when there are none or several."""
    found = events_of(ex, cls)
    assert len(found) == 1, f"{cls}: {[(e.type, e.trigger.text) for e in ex.events]}"
    return found[0]


def role(ex, event, name):
    """Sorted labels of the participants of ``event`` in role ``name``."""
    return sorted(ex.entities[p.entity].label for p in event.participants if p.role == name)
