"""What placing keeps in kg's KB cache is what it works out: the regions' spelling skeletons."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import placing
from kg.kb import KnowledgeBase


def test_region_skeletons_read_from_the_cache_are_the_kbs_own_entities(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    kb = KnowledgeBase.default()
    placing.region_skeletons.cache_clear()
    try:
        built = placing.region_skeletons(kb)  # worked out, and stored
        assert any(tmp_path.glob("region-skeletons-*.pickle"))
        placing.region_skeletons.cache_clear()
        cached = placing.region_skeletons(kb)  # read back
    finally:
        placing.region_skeletons.cache_clear()
    assert list(cached) == list(built) and len(built) > 1000
    assert all(a is b for skeleton in built for a, b in zip(built[skeleton], cached[skeleton], strict=True))


def test_a_kb_without_files_is_not_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    regions = [e for e in KnowledgeBase.default() if "AdministrativeArea" in e.types and "Country" not in e.types][:50]
    kb = KnowledgeBase(regions)
    found = placing.region_skeletons(kb)
    assert sum(len(members) for members in found.values()) == len([e for e in regions if e.country])
    assert not any(tmp_path.glob("region-skeletons-*"))
