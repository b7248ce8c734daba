"""Sidecar metadata: ``NAME.json`` next to ``NAME.txt`` / ``.html`` / ``.pdf`` / ``.docx`` (``.gz`` too).

A sidecar holds the metadata keys of :func:`~kg.ingest.metadata.metadata_from_json`
(unknown keys such as ``note`` are ignored). Its values win over what a reader finds
in the document itself.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

from ..errors import IngestError
from .formats import split_format_suffix
from .metadata import Metadata, metadata_from_json

__all__ = ["sidecar_path", "sidecars_among", "is_sidecar", "read_sidecar"]

_DOCUMENT_FORMATS = frozenset({"text", "html", "pdf", "docx"})


def sidecar_path(path: Path) -> Path | None:
    """Where the sidecar of a text or HTML file would be (whether or not it exists).

    Examples
    --------
    >>> sidecar_path(Path("in/story.txt.gz"))
    PosixPath('in/story.json')
    >>> sidecar_path(Path("in/feed.jsonl")) is None
    True
    """
    found = split_format_suffix(path)
    if found is None or found[1] not in _DOCUMENT_FORMATS:
        return None
    return path.with_name(found[0] + ".json")


def sidecars_among(names: Iterable[str]) -> set[str]:
    """The names of the sidecars that the files ``names`` (of one folder) would have.

    Examples
    --------
    >>> sorted(sidecars_among(["a.txt", "a.json", "b.html.gz", "c.jsonl"]))
    ['a.json', 'b.json']
    """
    found = set()
    for name in names:
        sidecar = sidecar_path(Path(name))
        if sidecar is not None:
            found.add(sidecar.name)
    return found


def is_sidecar(path: Path) -> bool:
    """True for ``NAME.json`` when a ``NAME.<text or html suffix>[.gz]`` sits next to it."""
    if path.suffix.lower() != ".json":
        return False
    try:
        return path.name in sidecars_among(os.listdir(path.parent))
    except OSError:
        return False


def read_sidecar(path: Path) -> Metadata:
    """The metadata in the sidecar of ``path``; empty when it has none.

    Raises
    ------
    IngestError
        The sidecar exists but cannot be read, is not a JSON object, or has a bad value;
        the error names the sidecar file.
    """
    sidecar = sidecar_path(path)
    if sidecar is None or not sidecar.is_file():
        return Metadata()
    name = str(sidecar)
    try:
        record = json.loads(sidecar.read_bytes().decode("utf-8-sig"))
    except OSError as exc:
        raise IngestError(
            f"sidecar cannot be read ({exc.strerror or exc}): check its permissions", source=name
        ) from None
    except UnicodeDecodeError:
        raise IngestError("sidecar is not UTF-8: re-save it as UTF-8", source=name) from None
    except json.JSONDecodeError as exc:
        raise IngestError(
            f"sidecar is not valid JSON ({exc.msg}, line {exc.lineno} column {exc.colno}): "
            "fix it or delete it",
            source=name,
        ) from None
    if not isinstance(record, dict):
        raise IngestError(
            f"sidecar must hold a JSON object of metadata, not a {type(record).__name__}: "
            'write e.g. {"published": "2023-09-19", "title": "..."}',
            source=name,
        )
    return metadata_from_json(record, source=name)
