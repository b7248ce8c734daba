"""Writing files safely: atomic replacement, and a path-or-open-file in one place."""
from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import IO, Iterator

from ..errors import ExportError

__all__ = ["atomic_output"]


@contextlib.contextmanager
def atomic_output(path: str | Path | IO[bytes], *, mode: str = "wb") -> Iterator[IO]:
    """Open ``path`` for writing through a temporary file renamed into place on success.

    ``-`` means standard output; an open file object is used as it is. A failed write
    leaves any existing file untouched. A symbolic link is followed (the file it points
    to is replaced, the link stays), and what is not a regular file — a device such as
    ``/dev/null``, a named pipe — is written through, never replaced.
    """
    if not isinstance(path, (str, Path)):
        yield path
        return
    if str(path) == "-":
        yield sys.stdout.buffer if "b" in mode else sys.stdout
        return
    target = Path(os.path.realpath(path))
    try:
        mode_bits = target.stat().st_mode
    except FileNotFoundError:
        mode_bits = None
    if mode_bits is not None and stat.S_ISDIR(mode_bits):
        raise ExportError(f"cannot write {path}: it is a folder; give a file name")
    if mode_bits is not None and not stat.S_ISREG(mode_bits):
        with open(target, mode, **({} if "b" in mode else {"encoding": "utf-8", "newline": ""})) as fh:
            yield fh
        return
    if not target.parent.exists():
        raise ExportError(f"cannot write {path}: folder {target.parent} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; a written file gets the usual mode
        with os.fdopen(fd, mode, **({} if "b" in mode else {"encoding": "utf-8", "newline": ""})) as fh:
            yield fh
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
