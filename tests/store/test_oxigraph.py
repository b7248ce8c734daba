"""kg/store/oxigraph.py: the embedded store's own behaviour (read-only opening, parallel bulk load)."""
from __future__ import annotations

import pytest

from kg.errors import StoreError
from kg.store import oxigraph as oxmod
from kg.store.oxigraph import _line_ranges


def _nquads(path, n: int) -> None:  # type: ignore[no-untyped-def]
    with open(path, "w") as fh:
        for i in range(n):
            g = f"<https://w3id.org/kg-news/graph/article/a{i % 7}>"
            fh.write(f'<http://x/s{i}> <http://x/p> "value {i}\\nwith a newline" {g} .\n')


def test_line_ranges_cut_at_line_ends(tmp_path):
    f = tmp_path / "a.nq"
    _nquads(f, 1000)
    data = f.read_bytes()
    ranges = _line_ranges(f, 5)
    assert len(ranges) == 5 and ranges[0][0] == 0 and ranges[-1][1] == len(data)
    assert all(a < b for a, b in ranges) and all(ranges[i][1] == ranges[i + 1][0] for i in range(4))
    assert all(data[b - 1 : b] == b"\n" for _, b in ranges)


def test_parallel_bulk_load_loads_every_quad(tmp_path, settings, monkeypatch):
    from kg.store import open_store

    f = tmp_path / "a.nq"
    _nquads(f, 30_000)
    with open_store(str(tmp_path / "one"), settings) as single:
        assert single.load_file(f) == 30_000
    monkeypatch.setattr(oxmod, "PARALLEL_FROM", 1000)
    monkeypatch.setattr(oxmod, "PART_BYTES", f.stat().st_size // 4)
    with open_store(str(tmp_path / "four"), settings) as parallel:
        assert parallel.load_file(f) == 30_000
        assert parallel.graph_sizes() == single_sizes(tmp_path, settings)
    f.write_text(f.read_text() + "<http://x/a> <http://x/b> broken .\n")
    with open_store(str(tmp_path / "bad"), settings) as bad, pytest.raises(StoreError, match="not valid nquads"):
        bad.load_file(f)


def single_sizes(tmp_path, settings):  # type: ignore[no-untyped-def]
    from kg.store import open_store

    with open_store(str(tmp_path / "one"), settings, read_only=True) as s:
        return s.graph_sizes()


def test_read_only_store(tmp_path, settings):
    from kg.store import open_store

    with open_store(str(tmp_path / "s"), settings) as store:
        store.update('INSERT DATA { GRAPH <https://w3id.org/kg-news/graph/article/a> { <http://x/a> <http://x/b> "c" } }')
    with open_store(str(tmp_path / "s"), settings, read_only=True) as ro:
        assert len(ro) == 1
        with pytest.raises(StoreError):
            ro.update("DROP ALL")
    with pytest.raises(StoreError, match="no store at"):
        open_store(str(tmp_path / "missing"), settings, read_only=True)
