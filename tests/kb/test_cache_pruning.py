"""The on-disk KB cache keeps a bounded number of entries of each kind (kg/kb/cache.py ``prune``).

Every kg upgrade and every edit of a KB file gives new cache keys; without pruning the folder
grew by megabytes at each (2.3 GB on the project's own machine after a few days of work).
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from kg.kb import cache


def _key(i: int) -> str:
    return hashlib.sha256(f"entry {i}".encode()).hexdigest()


@pytest.fixture
def folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    return tmp_path


def _age(path: Path, seconds_ago: float) -> None:
    stamp = path.stat().st_mtime - seconds_ago
    os.utime(path, (stamp, stamp))


def test_a_kind_keeps_its_most_recent_entries(folder: Path) -> None:
    for i in range(cache.KEEP + 3):
        cache.store("kb", _key(i), {"i": i})
        _age(next(folder.glob(f"kb-{_key(i)[:32]}.pickle")), 1000 - i)  # older first
    kept = sorted(folder.glob("kb-*.pickle"))
    assert len(kept) == cache.KEEP
    assert cache.load("kb", _key(cache.KEEP + 2)) == {"i": cache.KEEP + 2}  # the newest survives
    assert cache.load("kb", _key(0)) is None  # the oldest went


def test_a_read_marks_an_entry_used(folder: Path) -> None:
    for i in range(cache.KEEP):
        cache.store("kb", _key(i), i)
        _age(folder / f"kb-{_key(i)[:32]}.pickle", 1000 - i)
    assert cache.load("kb", _key(0)) == 0  # the oldest is read: it is in use
    cache.store("kb", _key(99), 99)  # one too many: the least recently used goes
    assert cache.load("kb", _key(0)) == 0
    assert cache.load("kb", _key(1)) is None


def test_other_kinds_and_longer_names_are_left_alone(folder: Path) -> None:
    cache.store("kb-patterns", _key(1), "patterns")
    cache.store("linker-names", _key(2), "names")
    (folder / "notes.txt").write_text("mine")
    for i in range(cache.KEEP + 2):
        cache.store("kb", _key(10 + i), i)
    assert cache.load("kb-patterns", _key(1)) == "patterns"
    assert cache.load("linker-names", _key(2)) == "names"
    assert (folder / "notes.txt").read_text() == "mine"
    assert len(list(folder.glob("kb-*.pickle"))) == cache.KEEP + 1  # eight kb, one kb-patterns


def test_pruning_with_the_cache_off_does_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", "off")
    assert cache.prune("kb") == 0
