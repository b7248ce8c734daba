"""Where the bytes come from: paths, folders, gzip and standard input.

:func:`iter_inputs` turns the paths a user gave into :class:`Input` objects, in a
deterministic order; an :class:`Input` reads its bytes (decompressing ``.gz``) and turns
every I/O or gzip failure into an :class:`~kg.errors.IngestError` naming the input.

Two caps keep one hostile input from exhausting memory: ``max_bytes`` bounds the
content of one input *after* gzip decompression (a gzip bomb stops there), and
``max_line_bytes`` one line of a line-based input; a longer line is reported by
:meth:`Input.lines` and skipped without being held in memory. ``0`` or ``None``: no cap.
"""
from __future__ import annotations

import gzip
import io
import os
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
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
    max_bytes: int | None = None
    max_line_bytes: int | None = None

    @property
    def gzipped(self) -> bool:
        return self.path is not None and self.path.suffix.lower() == ".gz"

    def read_bytes(self) -> bytes:
        """All of the (decompressed) content.

        Raises
        ------
        IngestError
            The file cannot be read, it is not valid gzip, or it holds more than
            ``max_bytes`` (decompressed).
        """
        if self.data is not None:
            return self.data
        cap = self.max_bytes
        if cap and not self.gzipped and self.path is not None:
            try:
                size = self.path.stat().st_size
            except OSError as exc:
                raise _unreadable(self.name, exc) from None
            if size > cap:
                raise self._too_big(f"is {size:,} bytes")
        with self._open() as stream:
            data = self._guard(lambda: stream.read(cap + 1) if cap else stream.read())
        if cap and len(data) > cap:
            raise self._too_big("expands to more" if self.gzipped else "holds more")
        return data

    def lines(self) -> Iterator[tuple[int, bytes | None]]:
        """The (decompressed) content line by line, numbered from 1, read lazily.

        A line longer than ``max_line_bytes`` comes as ``(number, None)``: the reader
        reports it (see :meth:`long_line`); its bytes are skipped, never held.
        """
        cap = self.max_line_bytes
        with (io.BytesIO(self.data) if self.data is not None else self._open()) as stream:
            number = 0
            while True:
                raw = self._guard(lambda: stream.readline(cap + 1) if cap else stream.readline(), line=number + 1)
                if not raw:
                    return
                number += 1
                if cap and len(raw) > cap and not raw.endswith(b"\n"):
                    while raw and not raw.endswith(b"\n"):  # skip the rest of the line
                        raw = self._guard(lambda: stream.readline(1 << 20), line=number)
                    yield number, None
                    continue
                yield number, raw

    def long_line(self, number: int) -> IngestError:
        """The error for line ``number``, longer than ``max_line_bytes``."""
        return IngestError(
            f"is longer than the limit of {self.max_line_bytes:,} bytes per line: split the article, "
            "or raise the limit (--max-line-bytes, KG_MAX_LINE_BYTES)",
            source=self.name,
            line=number,
        )

    def _too_big(self, how: str) -> IngestError:
        if how.startswith(("expands", "holds")):
            how = f"{how} than the limit of {self.max_bytes:,} bytes per input" + (" once decompressed" if self.gzipped else "")
        else:
            how = f"{how}, over the limit of {self.max_bytes:,} bytes per input"
        return IngestError(f"{how}: split it, or raise the limit (--max-bytes, KG_MAX_BYTES)", source=self.name)

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


def _stdin(max_bytes: int | None = None) -> Input:
    data = sys.stdin.buffer.read(max_bytes + 1) if max_bytes else sys.stdin.buffer.read()
    gzipped = data.startswith(_GZIP_MAGIC)
    if gzipped:
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
                data = stream.read(max_bytes + 1) if max_bytes else stream.read()
        except _GZIP_ERRORS as exc:
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


def _unreadable(name: str, exc: OSError, *, line: int | None = None) -> IngestError:
    reason = exc.strerror or str(exc)
    return IngestError(
        f"cannot be read ({reason}): check that it exists and that you may read it",
        source=name,
        line=line,
    )
