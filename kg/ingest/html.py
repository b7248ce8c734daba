"""HTML articles: main text and metadata through trafilatura, then the boilerplate rules.

trafilatura finds the main text, the title, the canonical URL, the date (from meta
tags, ``<time>`` elements and the URL only: no guessing from the body text), and the
site name; the language comes from ``<html lang>`` or ``content-language``. Nothing is
fetched: the extraction works on the given document only. The page is parsed however
deeply it nests (libxml2's default stops at 256 levels and drops the rest silently). Paragraphs become blocks
separated by a blank line; a first heading that repeats the title is dropped.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

from ..errors import ConfigError, IngestError, TimeLimitError
from ..timelimit import time_limit
from .article import Article
from .encoding import decode_text
from .source import Input
from .metadata import Metadata, parse_date
from .text import article_from_text

__all__ = ["read", "extract_html"]

_DECLARED_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_DOCUMENT = re.compile(r"<(?:html|body)[\s>]", re.IGNORECASE)
_LANGUAGE = re.compile(r"[a-z]{2,3}(?=$|[-_])", re.IGNORECASE)
_DATE_PARAMS = {"original_date": True, "extensive_search": False}
#: libxml2 reads at most this many levels of nesting even with ``huge_tree`` (2,048), a
#: few levels of margin taken off
MAX_DEPTH = 2_000
#: seconds trafilatura may take over one page (see kg.timelimit)
HTML_TIME_LIMIT = 60.0


def read(
    source: Input, *, meta: Metadata, on_error: Callable[[IngestError], None]
) -> Iterator[Article]:
    """The one article in an HTML input; sidecar metadata (``meta``) wins over the page's.

    Raises
    ------
    IngestError
        The input is unreadable, not decodable, or has no article text.
    """
    data = source.read_bytes()
    declared = _DECLARED_CHARSET.search(data[:4096])
    html = decode_text(data, source=source.name, declared=declared[1].decode("ascii") if declared else None)
    text, found = extract_html(html, source=source.name)
    yield article_from_text(text, meta=meta.over(found), source=source.name)


def extract_html(html: str, *, source: str, line: int | None = None) -> tuple[str, Metadata]:
    """The main text of an HTML document (a whole page or a fragment) and its metadata.

    Raises
    ------
    IngestError
        trafilatura finds no main text.
    ConfigError
        trafilatura cannot be imported (a broken installation).

    Examples
    --------
    >>> text, meta = extract_html(
    ...     '<html lang="en-GB"><head><title>Rates held</title></head><body><article>'
    ...     '<h1>Rates held</h1><p>The central bank kept its main interest rate at 5.25 per cent on '
    ...     'Thursday, citing slowing inflation and a weakening labour market.</p>'
    ...     '<p>Economists had expected the decision.</p></article></body></html>', source="x")
    >>> print(text)
    The central bank kept its main interest rate at 5.25 per cent on Thursday, citing slowing inflation and a weakening labour market.
    <BLANKLINE>
    Economists had expected the decision.
    >>> meta.title, meta.language
    ('Rates held', 'en')
    """
    trafilatura, xmltotxt = _trafilatura()
    if not _DOCUMENT.search(html[:4096]):
        html = f"<html><body>{html}</body></html>"
    tree = _load_html(html, source=source, line=line)
    if tree is None:
        tree = trafilatura.load_html(html)
    document = None
    if tree is not None:
        try:
            with time_limit(HTML_TIME_LIMIT, "finding the article text in the HTML"):
                document = _quietly(
                    trafilatura.bare_extraction,
                    tree,
                    with_metadata=True,
                    include_comments=False,
                    date_extraction_params=_DATE_PARAMS,
                )
        except TimeLimitError as exc:
            raise IngestError(f"{exc}: pass the article's text instead", source=source, line=line) from None
        except RecursionError:
            raise IngestError(
                "the HTML is nested too deeply to read (thousands of levels): pass the article's text instead",
                source=source,
                line=line,
            ) from None
    if document is None or document.body is None:
        raise IngestError(
            "no article text found in the HTML: pass the article page itself, or its text",
            source=source,
            line=line,
        )
    blocks = [xmltotxt(element, False).strip() for element in document.body]
    blocks = [block for block in blocks if block]
    title = _clean(document.title)
    if blocks and title and _same(blocks[0], title):
        blocks.pop(0)
    found = Metadata(
        title=title,
        url=_clean(document.url),
        published=_date(document.date),
        publisher=_clean(document.sitename),
        language=_language(tree),
    )
    return "\n\n".join(blocks), found


def _load_html(html: str, *, source: str, line: int | None) -> Any:
    """The lxml tree of ``html``, however deeply nested (``huge_tree``): libxml2's default
    parser silently drops everything below 256 levels, and the article with it. The input
    is already bounded in size (``max_bytes``).

    Raises
    ------
    IngestError
        The page nests deeper than even ``huge_tree`` reads (:data:`MAX_DEPTH` levels):
        what lies deeper would be lost, so the page is refused, never read in part.
    """
    import lxml.html
    from lxml import etree

    try:
        parser = lxml.html.HTMLParser(huge_tree=True, remove_comments=True)
        tree = lxml.html.fromstring(html, parser=parser)
    except (etree.ParserError, ValueError):
        return None
    stack = [(tree, 1)]
    while stack:
        element, depth = stack.pop()
        if depth >= MAX_DEPTH:
            raise IngestError(
                f"the HTML nests {MAX_DEPTH:,} or more levels deep, and the HTML parser drops what lies deeper: "
                "pass the article's text instead",
                source=source,
                line=line,
            )
        stack.extend((child, depth + 1) for child in element)
    return tree


def _trafilatura() -> tuple[Any, Callable[..., str]]:
    """trafilatura, imported on first use (it is slow to import)."""
    try:
        import trafilatura
        from trafilatura.xml import xmltotxt
    except ImportError as exc:
        raise ConfigError(
            f"reading HTML needs trafilatura, which cannot be imported ({' '.join(str(exc).split())}): "
            "reinstall kg's dependencies (pip install 'trafilatura' 'lxml[html_clean]')"
        ) from exc
    return trafilatura, xmltotxt


def _quietly(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Run a trafilatura function without its warnings about discarded documents."""
    logger = logging.getLogger("trafilatura")
    level = logger.level
    logger.setLevel(logging.ERROR + 10)
    try:
        return function(*args, **kwargs)
    finally:
        logger.setLevel(level)


def _language(tree: Any) -> str | None:
    candidates = [tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang")]
    candidates += tree.xpath(
        "//meta[translate(@http-equiv,'CONTENT-LANGUAGE','content-language')='content-language']/@content"
        " | //meta[@property='og:locale']/@content"
    )
    for value in candidates:
        match = _LANGUAGE.match((value or "").strip())
        if match:
            return match[0].lower()
    return None


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return parse_date(value, source="html")
    except IngestError:
        return None  # a date the extractor got wrong is no reason to refuse the article


def _clean(value: str | None) -> str | None:
    return " ".join(value.split()) if value and value.strip() else None


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()
