"""Word documents (``.docx``): paragraphs and tables through python-docx.

Paragraphs keep their breaks; table cells are read row by row (one paragraph a row).
The title comes from the document properties when the sidecar gives none; like a PDF's,
a Word file's creation date is not a publication date, so ``published`` comes only from a
sidecar or ``--published``.
"""
from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterator

from ..errors import IngestError
from .article import Article
from .source import Input
from .metadata import Metadata
from .text import article_from_text

__all__ = ["read", "docx_text"]


def docx_text(data: bytes, *, source: str) -> tuple[str, Metadata]:
    """The paragraphs of a .docx file and its title.

    Raises
    ------
    IngestError
        Not a Word (OOXML) document, or damaged.
    """
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if not data.startswith(b"PK"):
        raise IngestError("is not a .docx file (not a ZIP package; an old .doc? save it as .docx)", source=source)
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise IngestError(f"cannot read this Word document ({exc}); is the file complete?", source=source) from exc
    blocks: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = "".join(node.text or "" for node in child.iter() if node.tag.endswith("}t"))
            if text.strip():
                blocks.append(" ".join(text.split()))
        elif tag == "tbl":
            for row in child.iter():
                if row.tag.endswith("}tr"):
                    cells = []
                    for cell in row.iterchildren():
                        if cell.tag.endswith("}tc"):
                            words = " ".join("".join(n.text or "" for n in cell.iter() if n.tag.endswith("}t")).split())
                            if words:
                                cells.append(words)
                    if cells:
                        blocks.append(" | ".join(cells))
    title = document.core_properties.title or None
    return "\n\n".join(blocks), Metadata(title=" ".join(title.split()) if title else None)


def read(source: Input, *, meta: Metadata, on_error: Callable[[IngestError], None]) -> Iterator[Article]:
    """The one article in a .docx input; sidecar metadata wins over the document's own."""
    text, found = docx_text(source.read_bytes(), source=source.name)
    yield article_from_text(text, meta=meta.over(found), source=source.name)
