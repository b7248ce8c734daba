"""Plain text articles (``.txt``, ``.text``, ``.md``): the text, boilerplate removed.

The title and other metadata come only from a sidecar file; a plain text file has none.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator

from ..errors import IngestError
from .article import Article
from .boilerplate import strip_boilerplate
from .encoding import decode_text
from .files import Input
from .metadata import Metadata

__all__ = ["read", "article_from_text"]


def read(
    source: Input, *, meta: Metadata, on_error: Callable[[IngestError], None]
) -> Iterator[Article]:
    """The one article in a plain text input.

    Raises
    ------
    IngestError
        The input is unreadable, binary, not decodable, or empty after cleaning.
    """
    text = decode_text(source.read_bytes(), source=source.name)
    yield article_from_text(text, meta=meta, source=source.name)


def article_from_text(
    text: str, *, meta: Metadata, source: str, line: int | None = None
) -> Article:
    """An Article from raw article text: boilerplate removed, never empty.

    Examples
    --------
    >>> article_from_text("Rain is expected.\\n\\nShare this:\\nTwitter", meta=Metadata(), source="x").text
    'Rain is expected.'
    """
    cleaned = strip_boilerplate(text)
    if not cleaned:
        what = "is empty" if not text.strip() else "has no article text left after removing page boilerplate"
        raise IngestError(f"{what}: give the article text, or remove this input", source=source, line=line)
    return Article.create(
        cleaned,
        id=meta.id,
        title=meta.title,
        url=meta.url,
        published=meta.published,
        source=source if line is None else f"{source}:{line}",
        language=meta.language,
        publisher=meta.publisher,
    )
