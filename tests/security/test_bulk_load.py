"""Issue 12: `kg bulk-load` with a bad line anywhere leaves the store as it was and names
the real file and line; invalid IRIs are refused unless --lenient (real command, real store)."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.cli import main

G = "https://w3id.org/kg-news/graph/article/"


def _nquads(path: Path, n: int, *, last: str | None = None) -> Path:
    with open(path, "w") as out:
        for i in range(n):
            out.write(f'<https://w3id.org/kg-news/e/{i}> <http://schema.org/name> "name {i}"@en <{G}{i % 500}> .\n')
        if last is not None:
            out.write(last + "\n")
    return path


def _count(capsys, store: Path) -> int:
    assert main(["query", "--sparql", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
                 "--format", "csv", "--store", str(store)]) == 0
    return int(capsys.readouterr().out.split()[1])


@pytest.mark.parametrize("bad", [
    '<https://w3id.org/kg-news/e/x> <http://schema.org/name> "unterminated <' + G + 'x> .',
    '<https://w3id.org/kg-news/e/x y> <http://schema.org/name> "space in an IRI" <' + G + 'x> .',
])
def test_a_bad_last_line_leaves_the_store_as_it_was_and_names_the_line(tmp_path, capsys, bad):
    store = tmp_path / "store"
    assert main(["bulk-load", str(_nquads(tmp_path / "first.nq", 1000)), "--store", str(store), "--no-optimize"]) == 0
    capsys.readouterr()
    before = _count(capsys, store)
    # over PARALLEL_FROM (32 MB) the embedded store loads the file in parallel parts
    big = _nquads(tmp_path / "big.nq", 400_000, last=bad)
    assert big.stat().st_size > 32 << 20
    status = main(["bulk-load", str(big), "--store", str(store), "--no-optimize"])
    err = capsys.readouterr().err
    assert status == 1
    assert f"kg: error: {big}:400001: not valid N-Quads" in err
    assert "nothing was loaded" in err and "Traceback" not in err
    assert _count(capsys, store) == before


def test_lenient_lets_invalid_iris_in_only_when_asked(tmp_path, capsys):
    nq = _nquads(tmp_path / "a.nq", 10, last='<https://w3id.org/kg-news/e/x y> <http://schema.org/name> "x" <' + G + 'x> .')
    store = tmp_path / "store"
    assert main(["bulk-load", str(nq), "--store", str(store), "--no-optimize"]) == 1
    assert main(["bulk-load", str(nq), "--store", str(store), "--no-optimize", "--lenient"]) == 0


def test_a_folder_of_shards_loads_as_one_and_a_bad_line_in_any_shard_loads_none(tmp_path, capsys):
    shards = tmp_path / "shards"
    shards.mkdir()
    _nquads(shards / "part-000000.nq", 100)
    bad = '<https://w3id.org/kg-news/e/x> <http://schema.org/name> "unterminated <' + G + 'x> .'
    _nquads(shards / "part-000001.nq", 50, last=bad)
    (shards / "notes.txt").write_text("not a shard")
    store = tmp_path / "store"
    assert main(["bulk-load", str(shards), "--store", str(store), "--no-optimize"]) == 1
    err = capsys.readouterr().err
    assert f"{shards / 'part-000001.nq'}:51: not valid N-Quads" in err and "nothing was loaded" in err
    assert _count(capsys, store) == 0  # the good first shard was not loaded either

    with open(shards / "part-000001.nq", "w") as out:  # another partition: other articles
        out.writelines(f'<https://w3id.org/kg-news/e/b{i}> <http://schema.org/name> "b {i}"@en <{G}b{i}> .\n' for i in range(50))
    assert main(["bulk-load", str(shards), "--store", str(store), "--no-optimize"]) == 0
    assert f"{shards}: 2 files: +150 quads" in capsys.readouterr().err
    assert _count(capsys, store) == 150
    assert main(["bulk-load", str(tmp_path / "store"), "--store", str(tmp_path / "other")]) == 1
    assert "no N-Quads file (*.nq) in the folder" in capsys.readouterr().err
