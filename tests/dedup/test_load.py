"""kg load and kg remove keep near-duplicate links: the seed and a syndicated copy of it."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "politico-2023-09-19.txt"
OTHER = ROOT / "corpus" / "world" / "dev" / "articles" / "syria-opposition-offensives-2024-12.txt"


def _rows(store, name: str) -> list[dict[str, str]]:
    from kg.query import load_query

    res = store.query(load_query(name).text)
    return [{v: str(x) for v, x in zip(res.variables, row) if x is not None} for row in res.rows]


def test_a_syndicated_copy_of_the_seed_is_its_near_duplicate(tmp_path, settings):
    from kg.run import load, remove
    from kg.store import open_store

    seed_dir, copy_dir = tmp_path / "seed", tmp_path / "copy"
    seed_dir.mkdir()
    copy_dir.mkdir()
    shutil.copy(SEED, seed_dir)
    shutil.copy(SEED.with_suffix(".json"), seed_dir)
    # the copy another site runs: its own headline, url and publisher, a dateline, a credit line
    text = SEED.read_text(encoding="utf-8")
    (copy_dir / "copy.txt").write_text("BAKU (Wire) — " + text + "\n\nThis story is being updated.\n", encoding="utf-8")
    (copy_dir / "copy.json").write_text(json.dumps({
        "published": "2023-09-20", "title": "Azerbaijan launches offensive in Karabakh",
        "url": "https://wire.example.org/2023/09/azerbaijan-karabakh", "publisher": "Wire Service",
    }), encoding="utf-8")
    spec = str(tmp_path / "store")
    with open_store(spec, settings) as store:
        first = load([seed_dir], store, settings, progress=False)
    assert first.near_duplicates == []
    with open_store(spec, settings) as store:  # a later run finds the article of the earlier one
        second = load([copy_dir], store, settings, progress=False)
        assert "1 near-duplicate pair found" in second.summary()
        ((copy_id, seed_id, similarity),) = second.near_duplicates
        assert similarity > 0.9
        (row,) = _rows(store, "near-duplicates")
        assert {row["id"], row["duplicate"]} == {copy_id, seed_id}
        assert row["group"] == min(copy_id, seed_id) and float(row["similarity"]) > 0.9
        # the copy's page now carries another story: the link goes
        (copy_dir / "copy.txt").write_text(OTHER.read_text(encoding="utf-8"), encoding="utf-8")
        third = load([copy_dir], store, settings, progress=False)
        assert third.outcomes["replaced"] == 1 and third.near_duplicates == []
        assert _rows(store, "near-duplicates") == []
        # back to the copy, then the seed removed: no link left to a missing article
        (copy_dir / "copy.txt").write_text("BAKU (Wire) — " + text, encoding="utf-8")
        assert len(load([copy_dir], store, settings, progress=False).near_duplicates) == 1
        assert remove([seed_id, "no-such-article"], store) == ["no-such-article"]
        assert _rows(store, "near-duplicates") == []
        assert store.graph_size(store.iris.duplicates_graph) == 0


def test_bulk_load_relinks_the_store(tmp_path, capsys):
    from kg.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    text = SEED.read_text(encoding="utf-8")
    (folder / "seed.txt").write_text(text, encoding="utf-8")
    (folder / "copy.txt").write_text("BAKU (Wire) — " + text + "\n\nThis story is being updated.\n", encoding="utf-8")
    (folder / "other.txt").write_text(OTHER.read_text(encoding="utf-8"), encoding="utf-8")
    nq = tmp_path / "corpus.nq"
    assert main(["extract", str(folder), "--published", "2023-09-19", "-o", str(nq)]) == 0
    store = str(tmp_path / "store")
    assert main(["bulk-load", str(nq), "--store", store, "--no-optimize"]) == 0
    assert "near-duplicates relinked: 1 pair" in capsys.readouterr().err
    assert main(["query", "near-duplicates", "--format", "csv", "--store", store]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) == 2
