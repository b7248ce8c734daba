"""The registry of input formats: a name → its reader, and which format a file has.

Readers are imported lazily, by name, the first time they are used (as rdflib's
plugin registry does), so ``import kg.ingest`` stays cheap. Every reader has the
signature of :class:`Reader`: it raises :class:`~kg.errors.IngestError` when the
whole input is unusable, and passes problems with a part of it (a JSON line) to
``on_error`` before going on.
"""
from __future__ import annotations

import codecs
import importlib
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import PurePath
from typing import TYPE_CHECKING, Protocol

from ..errors import ConfigError

if TYPE_CHECKING:
    from ..errors import IngestError
    from .article import Article
    from .source import Input
    from .metadata import Metadata

__all__ = [
    "Reader",
    "register_reader",
    "get_reader",
    "reader_names",
    "known_extensions",
    "format_for_path",
    "split_format_suffix",
    "sniff_format",
]


class Reader(Protocol):
    """What every reader is: one input in, articles out."""

    def __call__(
        self, source: Input, *, meta: Metadata, on_error: Callable[[IngestError], None]
    ) -> Iterator[Article]: ...


_TARGETS: dict[str, str | Reader] = {
    "text": "kg.ingest.text:read",
    "html": "kg.ingest.html:read",
    "jsonl": "kg.ingest.jsonl:read",
    "json": "kg.ingest.jsonl:read_json",
    "pdf": "kg.ingest.pdf:read",
    "docx": "kg.ingest.docx:read",
}
_EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".pdf": "pdf",
    ".docx": "docx",
}
_HTML_START = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|article|div|p|h1|!--)[\s>/]", re.IGNORECASE
)


def register_reader(name: str, target: str | Reader, *, extensions: Iterable[str] = ()) -> None:
    """Register a reader (a callable or ``"module:function"``) under ``name``.

    ``extensions`` (with the dot, e.g. ``".xml"``) are then read with it.
    """
    _TARGETS[name] = target
    for extension in extensions:
        _EXTENSIONS[extension.lower()] = name


def get_reader(name: str) -> Reader:
    """The reader registered under ``name``.

    Raises
    ------
    ConfigError
        No reader has that name.

    Examples
    --------
    >>> get_reader("text").__module__
    'kg.ingest.text'
    """
    try:
        target = _TARGETS[name]
    except KeyError:
        raise ConfigError(
            f"unknown input format {name!r}: use one of {', '.join(sorted(_TARGETS))}"
        ) from None
    if isinstance(target, str):
        module, _, function = target.partition(":")
        target = getattr(importlib.import_module(module), function)
        _TARGETS[name] = target
    return target


def reader_names() -> list[str]:
    """The registered format names, sorted."""
    return sorted(_TARGETS)


def known_extensions() -> list[str]:
    """The file suffixes a reader is registered for (``.txt``, ``.pdf``…), sorted."""
    return sorted(_EXTENSIONS)


def split_format_suffix(path: str | PurePath) -> tuple[str, str] | None:
    """``(stem, format)`` of a file name with a known suffix, ``.gz`` allowed after it.

    Examples
    --------
    >>> split_format_suffix("a/story.HTML.gz")
    ('story', 'html')
    >>> split_format_suffix("notes.odt") is None
    True
    """
    name = PurePath(path).name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    stem, dot, extension = name.rpartition(".")
    fmt = _EXTENSIONS.get(dot + extension.lower()) if dot else None
    return (stem, fmt) if fmt and stem else None


def format_for_path(path: str | PurePath) -> str | None:
    """The format of a file from its name, or ``None`` when the suffix is unknown.

    Examples
    --------
    >>> format_for_path("feed.ndjson.gz"), format_for_path("x.htm"), format_for_path("README")
    ('jsonl', 'html', None)
    """
    found = split_format_suffix(path)
    return found[1] if found else None


def sniff_format(data: bytes) -> str:
    """Guess the format of content with no telling name (standard input).

    PDF and Word (.docx) by their signatures, JSON lines if the first non-space character
    is ``{``, HTML if it starts like HTML (or has an ``<html`` tag near the top), else
    plain text.

    Examples
    --------
    >>> sniff_format(b'  {"text": "x"}'), sniff_format(b"<!DOCTYPE html><p>x"), sniff_format(b"Hello")
    ('jsonl', 'html', 'text')
    >>> sniff_format(b"%PDF-1.7 ...")
    'pdf'
    """
    head = data[:4096]
    if head.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if head.startswith(b"PK\x03\x04") and b"word/" in data[:65536]:
        return "docx"
    encoding = "utf-8"
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            head, encoding = head[len(bom):], name
    start = head.decode(encoding, errors="ignore").lstrip("\ufeff \t\r\n")
    if start.startswith("{"):
        return "jsonl"
    if _HTML_START.match(start) or "<html" in start[:1024].lower():
        return "html"
    return "text"
