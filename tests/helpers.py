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
