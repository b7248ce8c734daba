"""The ingest stage: files, folders and standard input → :class:`Article` objects.

Layout (the data flow)::

    source.py       Input: one file (gzip too) or standard input's bytes, with the caps
    files.py        paths, folders, standard input → Inputs (sidecars, unknown formats left out)
    formats.py      the registry: format name → reader; a file's format; sniffing
    encoding.py     bytes → text (UTF-8, BOMs, confident detection), binary refused
    sidecar.py      NAME.json metadata next to NAME.txt / NAME.html
    metadata.py     the metadata keys, checked; dates
    text.py         plain text reader         } each reader: Input → Articles,
    html.py         HTML reader (trafilatura) } cleaned by boilerplate.py
    jsonl.py        JSON lines / JSON reader  }
    boilerplate.py  page chrome removed from the start, the end, and ads between
    fetch.py        polite HTTP GET (only when the user gives a URL)
    feeds.py        RSS/Atom feeds and URL lists → Articles, with what was seen remembered
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

from ..errors import IngestError
from .article import Article
from .files import iter_inputs
from .source import Input
from .formats import format_for_path, get_reader, register_reader, sniff_format
from .metadata import Metadata
from .sidecar import read_sidecar

__all__ = [
    "Article",
    "read_articles",
    "get_reader",
    "register_reader",
    "format_for_path",
    "sniff_format",
]

ErrorHandler = Callable[[IngestError], None]


def read_articles(
    paths: Iterable[str | Path],
    *,
    published: date | None = None,
    on_error: ErrorHandler | None = None,
    max_bytes: int | None = None,
    max_line_bytes: int | None = None,
) -> Iterator[Article]:
    """The articles in files, folders (recursively) and standard input (``-``).

    Parameters
    ----------
    paths : iterable of str or Path
        Files (``.txt .text .md .html .htm .xhtml .jsonl .ndjson .json``, each maybe
        ``.gz``; other names are sniffed), folders (read recursively in sorted order,
        hidden entries, unknown suffixes and sidecars skipped), or ``-``.
    published : date, optional
        The publication date of every article, overriding the inputs' own dates.
    on_error : callable, optional
        Called with the :class:`~kg.errors.IngestError` of each unusable input (or JSON
        line); reading then goes on. Without it the first error is raised.
    max_bytes, max_line_bytes : int, optional
        Caps on one input (after decompression) and on one JSON line, in bytes; see
        :mod:`kg.ingest.files`. Over them, the input (or line) is reported and skipped.

    Yields
    ------
    Article
        One per text or HTML file, one per JSON line.

    Raises
    ------
    IngestError
        Only when ``on_error`` is not given.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Floods closed the main road on Sunday.\\n\\nRead more")
    >>> _ = (folder / "a.json").write_text('{"published": "2024-01-07", "title": "Floods"}')
    >>> [(a.title, a.published.isoformat(), a.text) for a in read_articles([folder])]
    [('Floods', '2024-01-07', 'Floods closed the main road on Sunday.')]
    """
    report = _Reporter(on_error)
    for source in iter_inputs(paths, on_error=report, max_bytes=max_bytes, max_line_bytes=max_line_bytes):
        try:
            for article in _read_one(source, report):
                yield article.with_published(published)
        except IngestError as error:
            if error is report.last:  # raised by on_error itself: let it through
                raise
            report(error)


def _read_one(source: Input, report: ErrorHandler) -> Iterator[Article]:
    if source.path is None:
        fmt, meta = sniff_format(source.read_bytes()), Metadata()
    else:
        fmt = format_for_path(source.path) or sniff_format(source.read_bytes())
        meta = read_sidecar(source.path)
    return get_reader(fmt)(source, meta=meta, on_error=report)


class _Reporter:
    """Passes errors to the caller's handler (or raises them), remembering the last one."""

    def __init__(self, handler: ErrorHandler | None) -> None:
        self.handler = handler
        self.last: IngestError | None = None

    def __call__(self, error: IngestError) -> None:
        self.last = error
        if self.handler is None:
            raise error
        self.handler(error)
