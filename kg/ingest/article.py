"""The Article: one news item with its cleaned text and metadata."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from datetime import date

__all__ = ["Article", "article_id_for"]

_SLUG = re.compile(r"[^a-z0-9]+")


def article_id_for(*, url: str | None, text: str) -> str:
    """A stable identifier: from the URL when known, else from the text's content hash.

    Examples
    --------
    >>> article_id_for(url="https://example.org/a", text="x") == article_id_for(url="http://www.example.org/a/", text="y")
    True
    >>> article_id_for(url=None, text="Hello").startswith("h-")
    True
    """
    if url:
        norm = url.strip()
        norm = re.sub(r"#.*$", "", norm)
        norm = re.sub(r"^https?://(www\.)?", "", norm, flags=re.I).rstrip("/").lower()
        return "u-" + hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]
    return "h-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Article:
    """A news article ready for extraction.

    ``text`` is the cleaned text: every character offset in the graph refers to it.
    ``source`` names where it came from (a file path, ``path:line`` for JSONL, ``-``).
    """

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: date | None = None
    source: str | None = None
    language: str = "en"
    publisher: str | None = None
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @classmethod
    def create(
        cls,
        text: str,
        *,
        id: str | None = None,
        title: str | None = None,
        url: str | None = None,
        published: date | None = None,
        source: str | None = None,
        language: str | None = None,
        publisher: str | None = None,
    ) -> "Article":
        """Build an Article, deriving its id from the url or the text when none is given."""
        return cls(
            id=id or article_id_for(url=url, text=text),
            text=text,
            title=title,
            url=url,
            published=published,
            source=source,
            language=language or "en",
            publisher=publisher,
        )

    def with_published(self, published: date | None) -> "Article":
        return replace(self, published=published) if published else self
