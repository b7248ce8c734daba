"""PDF reports (``.pdf``): the text layer through pypdf, laid back into paragraphs.

Situation reports, UN and NGO updates and statements come as PDFs. The text is read page
by page (pypdf's layout-free extraction), running heads and page numbers are dropped and
wrapped lines joined (:mod:`kg.ingest.layout`); the title comes from the document's
metadata when the sidecar gives none. The creation date of a PDF is not its publication
date, so ``published`` comes only from a sidecar (or ``--published``). A PDF without a
text layer (a scan) or with a password is refused with a message saying what to do.
"""
from __future__ import annotations

import io
import logging
from collections.abc import Callable, Iterator

from ..errors import IngestError
from .article import Article
from .source import Input
from .layout import paragraphs_from_pages
from .metadata import Metadata
from .text import article_from_text

__all__ = ["read", "pdf_text"]

#: Pages read at most from one PDF (a 1,000-page annex is not an article).
MAX_PAGES = 300


def pdf_text(data: bytes, *, source: str) -> tuple[str, Metadata]:
    """The paragraphs of a PDF and what its metadata says (the title).

    Raises
    ------
    IngestError
        Not a PDF, damaged, encrypted, or no text layer.
    """
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # warnings on sloppy files are not the user's business
    if not data.lstrip()[:5].startswith(b"%PDF-"):
        raise IngestError("is not a PDF file (it does not start with %PDF-)", source=source)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise IngestError("is a password-protected PDF; save an unprotected copy and load that", source=source)
        pages = [page.extract_text() or "" for page in reader.pages[:MAX_PAGES]]
        title = (reader.metadata.title if reader.metadata else None) or None
    except IngestError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise IngestError(f"cannot read this PDF ({exc}); is the file complete?", source=source) from exc
    except Exception as exc:  # pypdf raises many kinds on damaged files
        if "crypt" in str(exc).lower():
            raise IngestError("is an encrypted PDF kg cannot open; save an unprotected copy", source=source) from exc
        raise IngestError(f"cannot read this PDF ({type(exc).__name__}: {exc})", source=source) from exc
    text = paragraphs_from_pages(pages)
    if not text.strip():
        raise IngestError("has no text layer (a scanned PDF?); run OCR on it first (e.g. ocrmypdf)", source=source)
    clean_title = " ".join(str(title).split()) if title else None
    return text, Metadata(title=clean_title or None)


def read(source: Input, *, meta: Metadata, on_error: Callable[[IngestError], None]) -> Iterator[Article]:
    """The one article in a PDF input; sidecar metadata wins over the PDF's own."""
    text, found = pdf_text(source.read_bytes(), source=source.name)
    yield article_from_text(text, meta=meta.over(found), source=source.name)
