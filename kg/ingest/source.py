"""One input and its bytes: a file (maybe gzipped) or standard input's content.

An :class:`Input` reads its bytes (decompressing ``.gz``) and turns every I/O or gzip
failure into an :class:`~kg.errors.IngestError` naming the input. It sits below the
modules that find inputs (:mod:`kg.ingest.files`), name their formats
(:mod:`kg.ingest.formats`) and read them (the readers), which all import it.

Two caps keep one hostile input from exhausting memory: ``max_bytes`` bounds the
content of one input *after* gzip decompression (a gzip bomb stops there), and
``max_line_bytes`` one line of a line-based input; a longer line is reported by
:meth:`Input.lines` and skipped without being held in memory. ``0`` or ``None``: no cap.
"""
from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import IngestError

__all__ = ["Input", "GZIP_ERRORS", "unreadable"]

#: what reading a broken gzip stream raises
GZIP_ERRORS = (gzip.BadGzipFile, EOFError, zlib.error)


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
                raise unreadable(self.name, exc) from None
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
            raise unreadable(self.name, exc) from None

    def _guard(self, read: Callable[[], bytes], *, line: int | None = None) -> bytes:
        try:
            return read()
        except GZIP_ERRORS as exc:
            raise IngestError(
                f"is not a valid gzip file ({exc}): re-compress it or remove the .gz suffix",
                source=self.name,
                line=line,
            ) from None
        except OSError as exc:
            raise unreadable(self.name, exc, line=line) from None


def unreadable(name: str, exc: OSError, *, line: int | None = None) -> IngestError:
    """The error for an input (or a line of it) that the system cannot read."""
    reason = exc.strerror or str(exc)
    return IngestError(
        f"cannot be read ({reason}): check that it exists and that you may read it",
        source=name,
        line=line,
    )
