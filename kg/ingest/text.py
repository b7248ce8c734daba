"""Plain text articles (``.txt``, ``.text``, ``.md``, standard input): the text, boilerplate removed.

Metadata come from a sidecar file. Without a sidecar title, a first line that looks like a
headline (:func:`headline_of`: short, no final full stop, followed by a blank line or the
body) becomes the article's ``schema:headline``. The headline **stays in the text**: the
text, and so every offset, is what the file holds (after boilerplate removal), and names in
the headline are read like any others.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator

from ..errors import IngestError
from .article import Article
from .boilerplate import strip_boilerplate
from .encoding import decode_text
from .source import Input
from .metadata import Metadata

__all__ = ["read", "article_from_text", "headline_of"]

#: a headline is at most this long (characters, words)
HEADLINE_MAX_CHARS = 160
HEADLINE_MAX_WORDS = 24
#: what a first line that is a sentence, or the start of one, ends with
_NOT_HEADLINE_END = ".,;:-–—(["


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
    yield article_from_text(text, meta=meta, source=source.name, guess_title=True)


def article_from_text(
    text: str, *, meta: Metadata, source: str, line: int | None = None, guess_title: bool = False
) -> Article:
    """An Article from raw article text: boilerplate removed, never empty.

    ``guess_title``: without a title in ``meta``, take the first line when it looks like a
    headline (:func:`headline_of`); the text keeps it.

    Examples
    --------
    >>> article_from_text("Rain is expected.\\n\\nShare this:\\nTwitter", meta=Metadata(), source="x").text
    'Rain is expected.'
    """
    cleaned = strip_boilerplate(text)
    if not cleaned:
        what = "is empty" if not text.strip() else "has no article text left after removing page boilerplate"
        raise IngestError(f"{what}: give the article text, or remove this input", source=source, line=line)
    title = meta.title if meta.title is not None or not guess_title else headline_of(cleaned)
    return Article.create(
        cleaned,
        id=meta.id,
        title=title,
        url=meta.url,
        published=meta.published,
        source=source if line is None else f"{source}:{line}",
        language=meta.language,
        publisher=meta.publisher,
    )


def headline_of(text: str) -> str | None:
    """The first line of ``text`` when it looks like a headline, else None.

    A headline is the first line, short (at most :data:`HEADLINE_MAX_WORDS` words and
    :data:`HEADLINE_MAX_CHARS` characters, at least three words that are not figures, so
    that a dateline such as "Geneva, 11 April 2023" is not one), starting with a capital
    letter, a digit or a quotation mark, not ending like a sentence or a clause (full stop,
    comma, colon…), and followed by a body: a blank line or more text. A Markdown heading
    mark (``# ``) is left out of the title.

    Examples
    --------
    >>> headline_of("Floods cut off Beledweyne as Shabelle river bursts its banks\\n\\nThe river rose overnight.")
    'Floods cut off Beledweyne as Shabelle river bursts its banks'
    >>> headline_of("# Gangs seize Mirebalais\\nResidents fled on Monday.")
    'Gangs seize Mirebalais'
    >>> headline_of("The army said on Monday that it had retaken the town.\\n\\nMore follows.") is None
    True
    >>> headline_of("Rebels took Bunia") is None  # nothing follows: the text itself, not a headline
    True
    """
    first, sep, rest = text.lstrip("\n").partition("\n")
    line = first.strip()
    if not sep or not rest.strip():
        return None
    if line.startswith("#"):
        line = line.lstrip("#").strip()
    words = line.split()
    if not 2 <= len(words) <= HEADLINE_MAX_WORDS or len(line) > HEADLINE_MAX_CHARS:
        return None
    if line[-1] in _NOT_HEADLINE_END or line.endswith("..."):
        return None
    head = line[0]
    if not (head.isupper() or head.isdigit() or head in "\"'“‘«"):
        return None
    if sum(w[0].isalpha() for w in words) < 3:  # a dateline ("Geneva, 11 April 2023"), figures
        return None
    return line
