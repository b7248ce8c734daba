"""Parsing RDF nobody vetted, without touching the network or the file system.

rdflib, left to itself, fetches what a document asks for: a JSON-LD ``@context`` or
``@import`` given as a URL (``http:``, ``https:``, ``file:`` and relative paths alike),
and RDF/XML runs through an XML parser that expands entities (a billion-laughs document
of 1.5 KB pins a CPU for minutes). :func:`parse_untrusted` reads the bytes itself and
refuses both before rdflib sees them:

- JSON-LD: every ``@context`` must be inline (an object, or a list of objects); a string
  context or any ``@import`` is refused, so nothing is ever fetched or opened.
- RDF/XML: a document type declaration (``<!DOCTYPE``: entities, external DTDs) is
  refused; RDF/XML never needs one.
- Turtle, TriG, N-Triples, N-Quads: these formats cannot ask for anything; parsed as is.

The format is always the caller's choice (a file suffix, or the format kg asked a server
for), never what the content or a server claims.
"""
from __future__ import annotations

import codecs
import json
import re
from typing import Any

from ..errors import KGError

__all__ = ["parse_untrusted", "UnsafeRDFError", "SAFE_FORMATS"]

#: rdflib format names parse_untrusted reads
SAFE_FORMATS = ("nquads", "nt", "turtle", "trig", "json-ld", "xml")
_DOCTYPE = re.compile(r"<!DOCTYPE|<!ENTITY", re.IGNORECASE)


class UnsafeRDFError(KGError):
    """An RDF document asks for something kg never does (a fetch, a file, entity expansion)."""


def parse_untrusted(data: bytes | str, format: str, *, source: str):  # type: ignore[no-untyped-def]
    """An rdflib ``Dataset`` (default graph the union) of ``data`` read as ``format``.

    Raises
    ------
    UnsafeRDFError
        JSON-LD with a remote, file or relative ``@context`` or an ``@import``; RDF/XML
        with a ``<!DOCTYPE`` or entity declarations. Nothing was fetched or opened.
    KGError
        The data is not valid ``format`` (one line, naming ``source``).

    Examples
    --------
    >>> parse_untrusted('{"@context": "http://example.org/ctx", "@id": "x"}', "json-ld", source="a.jsonld")
    Traceback (most recent call last):
    kg.rdf.safe.UnsafeRDFError: a.jsonld: its JSON-LD @context is "http://example.org/ctx", which would be fetched or opened; kg reads only inline contexts: put the context's content in the document
    """
    from rdflib import Dataset

    if format not in SAFE_FORMATS:
        raise KGError(f"{source}: cannot read RDF format {format!r} safely; use one of {', '.join(SAFE_FORMATS)}")
    text = _text(data, source=source)
    if format == "json-ld":
        _check_jsonld(text, source=source)
    elif format == "xml":
        if _DOCTYPE.search(text):
            raise UnsafeRDFError(
                f"{source}: the RDF/XML has a <!DOCTYPE> or <!ENTITY> declaration; kg does not expand XML entities "
                "or read DTDs: remove the declaration (RDF/XML never needs one)"
            )
    ds = Dataset(default_union=True)
    try:
        ds.parse(data=text, format=format, publicID="urn:kg:untrusted:")
    except UnsafeRDFError:
        raise
    except Exception as exc:  # rdflib raises many kinds of parser errors
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
        raise KGError(f"{source}: not valid {format} ({first})") from None
    return ds


def _text(data: bytes | str, *, source: str) -> str:
    if isinstance(data, str):
        return data
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            break
    else:
        encoding = "utf-8"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise KGError(f"{source}: not valid {encoding.upper()} text (bad byte at offset {exc.start})") from None


def _check_jsonld(text: str, *, source: str) -> None:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise KGError(f"{source}: not valid JSON ({exc.msg}, line {exc.lineno} column {exc.colno})") from None
    stack: list[Any] = [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            for key, value in node.items():
                if key == "@import":
                    raise UnsafeRDFError(
                        f"{source}: the JSON-LD has an @import of {json.dumps(value)[:100]}, which would be fetched "
                        "or opened; kg reads only inline contexts"
                    )
                if key == "@context":
                    for context in value if isinstance(value, list) else [value]:
                        if isinstance(context, str):
                            raise UnsafeRDFError(
                                f"{source}: its JSON-LD @context is {json.dumps(context)[:100]}, which would be fetched "
                                "or opened; kg reads only inline contexts: put the context's content in the document"
                            )
                stack.append(value)
