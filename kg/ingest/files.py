"""Where the bytes come from: paths, folders, gzip and standard input.

:func:`iter_inputs` turns the paths a user gave into :class:`~kg.ingest.source.Input`
objects (see there for reading them and for the caps ``max_bytes`` and
``max_line_bytes``), in a deterministic order, skipping sidecars and unknown formats.
"""
from __future__ import annotations

import gzip
import io
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from ..errors import IngestError
from .formats import format_for_path
from .sidecar import is_sidecar, sidecars_among
from .source import GZIP_ERRORS, Input, unreadable

__all__ = ["Input", "iter_inputs", "STDIN"]

STDIN = "-"
_GZIP_MAGIC = b"\x1f\x8b"


def iter_inputs(
    paths: Iterable[str | Path],
    *,
    on_error: Callable[[IngestError], None],
    max_bytes: int | None = None,
    max_line_bytes: int | None = None,
) -> Iterator[Input]:
    """The inputs named by ``paths``, folders expanded, in a deterministic order.

    ``-`` is standard input (gzip recognised by its magic bytes). A folder is walked
    recursively in sorted order of the relative paths; hidden files and folders, files
    of unknown formats and sidecar ``.json`` files are skipped. A sidecar named
    explicitly is skipped too: its text file reads it. A missing path is reported to
    ``on_error``. ``max_bytes`` and ``max_line_bytes`` cap each input (see the module).
    """
    caps = {"max_bytes": max_bytes, "max_line_bytes": max_line_bytes}
    for given in paths:
        if str(given) == STDIN:
            try:
                source = _stdin(max_bytes)
            except IngestError as error:
                on_error(error)
                continue
            yield replace(source, max_line_bytes=max_line_bytes)
            continue
        path = Path(given)
        if path.is_dir():
            for source in _walk(path, on_error=on_error):
                yield replace(source, **caps)
        elif path.exists():
            if not is_sidecar(path):
                yield Input(name=str(path), path=path, **caps)
        else:
            on_error(IngestError("no such file or folder: check the path", source=str(path)))


def _walk(folder: Path, *, on_error: Callable[[IngestError], None]) -> Iterator[Input]:
    def walk_error(exc: OSError) -> None:
        on_error(unreadable(str(exc.filename or folder), exc))

    found: list[tuple[tuple[str, ...], Path]] = []
    for root, dirs, files in os.walk(folder, onerror=walk_error):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        base = Path(root)
        sidecars = sidecars_among(files)
        for name in files:
            if name.startswith(".") or name in sidecars or format_for_path(name) is None:
                continue
            path = base / name
            found.append((path.relative_to(folder).parts, path))
    for _, path in sorted(found):
        yield Input(name=str(path), path=path)


def _stdin(max_bytes: int | None = None) -> Input:
    data = sys.stdin.buffer.read(max_bytes + 1) if max_bytes else sys.stdin.buffer.read()
    gzipped = data.startswith(_GZIP_MAGIC)
    if gzipped:
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
                data = stream.read(max_bytes + 1) if max_bytes else stream.read()
        except GZIP_ERRORS as exc:
            raise IngestError(
                f"is not valid gzip ({exc}): pipe in the uncompressed text", source=STDIN
            ) from None
    if max_bytes and len(data) > max_bytes:
        raise IngestError(
            f"{'expands to' if gzipped else 'holds'} more than {max_bytes:,} bytes, over the limit per input: "
            "split it, or raise the limit (--max-bytes, KG_MAX_BYTES)",
            source=STDIN,
        )
    return Input(name=STDIN, data=data, max_bytes=max_bytes)
