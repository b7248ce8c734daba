"""Exports, one module per format behind a small registry keyed by format name."""
from __future__ import annotations

import importlib
from pathlib import Path
from typing import IO, Callable

from ..errors import ExportError
from ..store.base import Store

__all__ = ["EXPORT_FORMATS", "export_store", "register_format", "extension"]

#: format name -> (module, function, file extension); the function is
#: ``f(store, path, *, format, **options)``, imported only when used.
EXPORT_FORMATS: dict[str, tuple[str, str, str]] = {
    "nquads": ("kg.export.rdf", "write_rdf", "nq"),
    "trig": ("kg.export.rdf", "write_rdf", "trig"),
    "turtle": ("kg.export.rdf", "write_rdf", "ttl"),
    "jsonld": ("kg.export.rdf", "write_rdf", "jsonld"),
    "ntriples": ("kg.export.rdf", "write_rdf", "nt"),
}
_ALIASES = {"nq": "nquads", "ttl": "turtle", "json-ld": "jsonld", "nt": "ntriples"}


def register_format(name: str, module: str, function: str, extension: str) -> None:
    EXPORT_FORMATS[name] = (module, function, extension)


def extension(fmt: str) -> str:
    """The usual file extension of an export format."""
    return EXPORT_FORMATS[_ALIASES.get(fmt.lower(), fmt.lower())][2]


def _writer(fmt: str) -> tuple[str, Callable[..., None]]:
    name = _ALIASES.get(fmt.lower(), fmt.lower())
    if name not in EXPORT_FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; use one of {', '.join(sorted(EXPORT_FORMATS))}")
    module, func, _ext = EXPORT_FORMATS[name]
    return name, getattr(importlib.import_module(module), func)


def export_store(store: Store, fmt: str, path: str | Path | IO[bytes], **options: object) -> None:
    """Write ``store`` to ``path`` in the export format ``fmt``."""
    name, writer = _writer(fmt)
    writer(store, path, format=name, **options)
