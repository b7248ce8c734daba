"""Where the bytes come from: paths, folders, gzip and standard input.

:func:`iter_inputs` turns the paths a user gave into :class:`Input` objects, in a
deterministic order; an :class:`Input` reads its bytes (decompressing ``.gz``) and turns
every I/O or gzip failure into an :class:`~kg.errors.IngestError` naming the input.
"""
from __future__ import annotations

import gzip
import io
import os
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import IngestError
from .formats import format_for_path
from .sidecar import is_sidecar, sidecars_among

__all__ = ["Input", "iter_inputs", "STDIN"]

STDIN = "-"
_GZIP_MAGIC = b"\x1f\x8b"
_GZIP_ERRORS = (gzip.BadGzipFile, EOFError, zlib.error)


@dataclass(frozen=True)
class Input:
    """One input: a file (maybe gzipped) or standard input.

    ``name`` is what error messages and ``Article.source`` show; ``path`` is ``None``
    for standard input, whose (decompressed) bytes are then held in ``data``.
    """

    name: str
    path: Path | None = None
    data: bytes | None = None

    @property
    def gzipped(self) -> bool:
        return self.path is not None and self.path.suffix.lower() == ".gz"

    def read_bytes(self) -> bytes:
        """All of the (decompressed) content.

        Raises
        ------
        IngestError
            The file cannot be read, or it is not valid gzip.
        """
        if self.data is not None:
            return self.data
        with self._open() as stream:
            return self._guard(stream.read)

    def lines(self) -> Iterator[tuple[int, bytes]]:
        """The (decompressed) content line by line, numbered from 1, read lazily."""
        if self.data is not None:
            yield from enumerate(io.BytesIO(self.data), start=1)
            return
        with self._open() as stream:
            number = 0
            while True:
                raw = self._guard(stream.readline, line=number + 1)
                if not raw:
                    return
                number += 1
                yield number, raw

    def _open(self) -> BinaryIO:
        assert self.path is not None
        try:
            return gzip.open(self.path, "rb") if self.gzipped else open(self.path, "rb")  # type: ignore[return-value]
        except OSError as exc:
            raise _unreadable(self.name, exc) from None

    def _guard(self, read: Callable[[], bytes], *, line: int | None = None) -> bytes:
        try:
            return read()
        except _GZIP_ERRORS as exc:
            raise IngestError(
                f"is not a valid gzip file ({exc}): re-compress it or remove the .gz suffix",
                source=self.name,
                line=line,
            ) from None
        except OSError as exc:
            raise _unreadable(self.name, exc, line=line) from None


def iter_inputs(
    paths: Iterable[str | Path], *, on_error: Callable[[IngestError], None]
) -> Iterator[Input]:
    """The inputs named by ``paths``, folders expanded, in a deterministic order.

    ``-`` is standard input (gzip recognised by its magic bytes). A folder is walked
    recursively in sorted order of the relative paths; hidden files and folders, files
    of unknown formats and sidecar ``.json`` files are skipped. A sidecar named
    explicitly is skipped too: its text file reads it. A missing path is reported to
    ``on_error``.
    """
    for given in paths:
        if str(given) == STDIN:
            try:
                source = _stdin()
            except IngestError as error:
                on_error(error)
                continue
            yield source
            continue
        path = Path(given)
        if path.is_dir():
            yield from _walk(path, on_error=on_error)
        elif path.exists():
            if not is_sidecar(path):
                yield Input(name=str(path), path=path)
        else:
            on_error(IngestError("no such file or folder: check the path", source=str(path)))


def _walk(folder: Path, *, on_error: Callable[[IngestError], None]) -> Iterator[Input]:
    def unreadable(exc: OSError) -> None:
        on_error(_unreadable(str(exc.filename or folder), exc))

    found: list[tuple[tuple[str, ...], Path]] = []
    for root, dirs, files in os.walk(folder, onerror=unreadable):
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


def _stdin() -> Input:
    data = sys.stdin.buffer.read()
    if data.startswith(_GZIP_MAGIC):
        try:
            data = gzip.decompress(data)
        except _GZIP_ERRORS as exc:
            raise IngestError(
                f"is not valid gzip ({exc}): pipe in the uncompressed text", source=STDIN
            ) from None
    return Input(name=STDIN, data=data)


def _unreadable(name: str, exc: OSError, *, line: int | None = None) -> IngestError:
    reason = exc.strerror or str(exc)
    return IngestError(
        f"cannot be read ({reason}): check that it exists and that you may read it",
        source=name,
        line=line,
    )
