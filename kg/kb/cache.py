"""An on-disk cache of what kg builds from KB files, keyed by their contents.

Reading the world knowledge base (thousands of entities) and generating matcher patterns
from its names cost seconds; a process that finds them cached pays milliseconds. A cache
entry's key is a SHA-256 over the KB files (names and bytes), the code that builds from
them and whatever else the caller adds (the spaCy version and model, for patterns), so a
changed file, a changed kg or another model never reuses a stale entry.

The cache lives in ``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``;
``KG_CACHE_DIR=off`` turns it off. A cache that cannot be read or written is skipped:
kg then builds as if there were none. Each kind keeps its :data:`KEEP` most recently used
entries (a read marks an entry used): entries of an older kg or of edited KB files are
removed when a new one is written, so the folder does not grow with every upgrade or edit.
"""
from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from collections.abc import Iterable
from pathlib import Path

__all__ = ["cache_dir", "digest", "load", "prune", "store"]

log = logging.getLogger(__name__)

#: Bump to invalidate every cache entry written by earlier code.
CACHE_FORMAT = 2
#: How many entries of one kind are kept (several checkouts or KB sets may share the folder).
KEEP = 16
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
    if stored_key != key:
        return None
    try:
        os.utime(path)  # used now: pruning keeps the entries in use
    except OSError:
        pass
    return value


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
        prune(kind, keep=KEEP)
    except (OSError, pickle.PicklingError) as exc:
        log.debug("could not write cache entry %s (%s)", path, exc)
        try:
            os.unlink(handle.name)  # type: ignore[possibly-undefined]
        except (OSError, NameError):
            pass


def prune(kind: str, keep: int = KEEP) -> int:
    """Remove all but the ``keep`` most recently used ``kind`` entries; how many went.

    Entries are ``<kind>-<key>.pickle``; a kind's name is matched whole, so pruning "kb"
    leaves "kb-patterns" alone. Files that cannot be removed are left (another process may
    be reading them: it holds its own handle, and the next pruning tries again).
    """
    folder = cache_dir()
    if folder is None or not folder.is_dir():
        return 0
    entries: list[tuple[float, Path]] = []
    for path in folder.glob(f"{kind}-*.pickle"):
        stem = path.name[len(kind) + 1 : -len(".pickle")]
        if len(stem) != 32 or any(c not in "0123456789abcdef" for c in stem):
            continue  # another kind whose name starts with this one ("kb-patterns-...")
        try:
            entries.append((path.stat().st_mtime, path))
        except OSError:
            continue
    entries.sort(key=lambda entry: entry[0], reverse=True)
    removed = 0
    for _, path in entries[keep:]:
        try:
            path.unlink()
            removed += 1
        except OSError:
            pass
    return removed
