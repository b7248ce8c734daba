"""JSON lines articles (``.jsonl``, ``.ndjson``), and single-article ``.json`` files.

One JSON object per line, with ``text`` or ``html`` (HTML goes through
:func:`~kg.ingest.html.extract_html`; the record's keys win over the page's metadata)
and the metadata keys of :func:`~kg.ingest.metadata.metadata_from_json`. Blank lines
are skipped. Each article's ``source`` is ``path:line``. A bad line is reported with
its 1-based number and reading goes on with the next one.
"""
from __future__ import annotations

import codecs
import json
from collections.abc import Callable, Iterator
from typing import Any

from ..errors import IngestError
from .article import Article
from .encoding import decode_text, normalise_newlines
from .source import Input
from .metadata import Metadata, metadata_from_json
from .text import article_from_text

__all__ = ["read", "read_json", "article_from_record"]


def read(
    source: Input, *, meta: Metadata, on_error: Callable[[IngestError], None]
) -> Iterator[Article]:
    """The articles of a JSON lines input, one per non-blank line.

    Raises
    ------
    IngestError
        The whole input is unusable (unreadable, binary, UTF-16, bad gzip). Problems
        with one line go to ``on_error`` instead.
    """
    first = True
    for number, raw in source.lines():
        if raw is None:
            on_error(source.long_line(number))
            first = False
            continue
        if first:
            _check_start(raw, source=source.name)
            raw = raw.removeprefix(codecs.BOM_UTF8)
            first = False
        if not raw.strip():
            continue
        try:
            record = _parse(raw, source=source.name, line=number)
            article = article_from_record(record, source=source.name, line=number, meta=meta)
        except IngestError as error:
            on_error(error)
            continue
        yield article


def read_json(
    source: Input, *, meta: Metadata, on_error: Callable[[IngestError], None]
) -> Iterator[Article]:
    """The article of a ``.json`` file holding one JSON object (or JSON lines).

    Raises
    ------
    IngestError
        The file is not a JSON object with ``text`` or ``html``.
    """
    text = decode_text(source.read_bytes(), source=source.name)
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # several objects: JSON lines under a .json name
            yield from read(source, meta=meta, on_error=on_error)
            return
        raise IngestError(
            f"is not valid JSON ({exc.msg}, line {exc.lineno} column {exc.colno}): fix it",
            source=source.name,
        ) from None
    if not isinstance(record, dict):
        raise IngestError(
            f"holds a JSON {type(record).__name__}, not an object: write one article object "
            "per file, or one per line in a .jsonl file",
            source=source.name,
        )
    yield article_from_record(record, source=source.name, meta=meta)


def article_from_record(
    record: dict[str, Any], *, source: str, line: int | None = None, meta: Metadata = Metadata()
) -> Article:
    """An Article from one JSON object (``meta`` fills what the record leaves unknown).

    Raises
    ------
    IngestError
        No ``text`` or ``html``, a value of the wrong type, or a bad date.

    Examples
    --------
    >>> a = article_from_record({"text": "Voters went to the polls.", "published": "2024-07-04",
    ...                          "source": "BBC"}, source="feed.jsonl", line=3)
    >>> a.source, a.published.isoformat(), a.publisher
    ('feed.jsonl:3', '2024-07-04', 'BBC')
    """
    own = metadata_from_json(record, source=source, line=line).over(meta)
    text, html = record.get("text"), record.get("html")
    for key, value in (("text", text), ("html", html)):
        if value is not None and not isinstance(value, str):
            raise IngestError(
                f'"{key}" must be a string, not {type(value).__name__}', source=source, line=line
            )
    if text is not None and text.strip():
        return article_from_text(normalise_newlines(text), meta=own, source=source, line=line)
    if html is not None and html.strip():
        from .html import extract_html

        body, found = extract_html(normalise_newlines(html), source=source, line=line)
        return article_from_text(body, meta=own.over(found), source=source, line=line)
    if text is not None or html is not None:
        raise IngestError(
            'has an empty "text": give the article text, or remove this line', source=source, line=line
        )
    raise IngestError(
        'has neither "text" nor "html": give the article text in one of them', source=source, line=line
    )


def _parse(raw: bytes, *, source: str, line: int) -> dict[str, Any]:
    try:
        record = json.loads(raw.decode("utf-8").strip())
    except UnicodeDecodeError as exc:
        raise IngestError(
            f"is not valid UTF-8 (bad byte 0x{raw[exc.start]:02x} at column {exc.start + 1}): "
            "JSON lines must be UTF-8; re-save the file as UTF-8",
            source=source,
            line=line,
        ) from None
    except json.JSONDecodeError as exc:
        raise IngestError(
            f"is not valid JSON ({exc.msg}, column {exc.colno}): fix or remove this line; "
            "each line must be one JSON object",
            source=source,
            line=line,
        ) from None
    if not isinstance(record, dict):
        raise IngestError(
            f"is a JSON {type(record).__name__}, not an object: write one article object per line",
            source=source,
            line=line,
        )
    return record


def _check_start(raw: bytes, *, source: str) -> None:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise IngestError("is UTF-16: JSON lines must be UTF-8; re-save the file as UTF-8", source=source)
    if b"\x00" in raw:
        raise IngestError(
            "looks like a binary file, not JSON lines (it contains NUL bytes): "
            "pass text, HTML or JSON lines files only",
            source=source,
        )
