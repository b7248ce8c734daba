"""An on-disk cache of what kg builds from KB files, keyed by their contents.

Reading the world knowledge base (thousands of entities) and generating matcher patterns
from its names cost seconds; a process that finds them cached pays milliseconds. A cache
entry's key is a SHA-256 over the KB files (names and bytes), the code that builds from
them and whatever else the caller adds (the spaCy version and model, for patterns), so a
changed file, a changed kg or another model never reuses a stale entry.

The cache lives in ``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``;
``KG_CACHE_DIR=off`` turns it off. A cache that cannot be read or written is skipped:
kg then builds as if there were none.
"""
from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from collections.abc import Iterable
from pathlib import Path

__all__ = ["cache_dir", "digest", "load", "store"]

log = logging.getLogger(__name__)

#: Bump to invalidate every cache entry written by earlier code.
CACHE_FORMAT = 2
_OFF = {"", "0", "off", "no", "false", "none"}


def cache_dir() -> Path | None:
    """Where cache entries go, or None when caching is off."""
    configured = os.environ.get("KG_CACHE_DIR")
    if configured is not None:
        return None if configured.strip().lower() in _OFF else Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kg"


def digest(files: Iterable[Path], *extra: str) -> str:
    """The cache key of what is built from ``files`` (read now) and ``extra`` strings.

    The sources of :mod:`kg.kb` are part of the key: code that reads or merges KB files
    differently gives other entries. So is each KB file's full path, which the built
    entities record (``KBEntity.source``).
    """
    h = hashlib.sha256(f"kg-kb-cache {CACHE_FORMAT}\x00".encode())
    code = sorted(Path(__file__).parent.glob("*.py"))
    for path in [*code, *files]:
        # a KB file's full path is part of the key: the built entities record where they came from
        name = path.name if path in code else str(Path(path).resolve())
        h.update(name.encode("utf-8") + b"\x00")
        try:
            h.update(Path(path).read_bytes())
        except OSError:
            h.update(b"?")
        h.update(b"\x00")
    for value in extra:
        h.update(value.encode("utf-8") + b"\x00")
    return h.hexdigest()


def _path(kind: str, key: str) -> Path | None:
    folder = cache_dir()
    return None if folder is None else folder / f"{kind}-{key[:32]}.pickle"


def load(kind: str, key: str) -> object | None:
    """The cached ``kind`` object for ``key``, or None."""
    path = _path(kind, key)
    if path is None or not path.is_file():
        return None
    try:
        with path.open("rb") as handle:
            stored_key, value = pickle.load(handle)
    except Exception as exc:  # a truncated or foreign file: rebuild
        log.debug("ignoring unreadable cache entry %s (%s)", path, exc)
        return None
    return value if stored_key == key else None


def store(kind: str, key: str, value: object) -> None:
    """Cache ``value`` as ``kind`` for ``key`` (atomically; silently skipped on failure)."""
    path = _path(kind, key)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False, suffix=".tmp") as handle:
            pickle.dump((key, value), handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)
    except (OSError, pickle.PicklingError) as exc:
        log.debug("could not write cache entry %s (%s)", path, exc)
        try:
            os.unlink(handle.name)  # type: ignore[possibly-undefined]
        except (OSError, NameError):
            pass
