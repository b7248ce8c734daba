"""Issue 12: every error a user can cause ends as ``kg: error:`` lines, never a traceback.

A sweep of the commands with bad input, in this process (an uncaught exception would fail
the test), each checked for an exit status, ``kg:`` messages and no traceback.
"""
from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from kg.cli import main

EVAL_DATA = Path(__file__).resolve().parents[1] / "eval" / "data"


@pytest.fixture()
def bad(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "bad.gz").write_bytes(b"\x1f\x8b not gzip at all")
    (tmp_path / "bad.nq").write_text("<a> <b> .\n")
    (tmp_path / "bad.ttl").write_text("@prefix : <x> .\n:a :b ")
    (tmp_path / "bad.jsonld").write_text('{"@context": {"@vocab": 5}, "@id": 7')
    (tmp_path / "ctx.jsonld").write_text('{"@context": "http://127.0.0.1:9/c", "@id": "http://x/a"}')
    (tmp_path / "gold.json").write_text('{"name": 1}')
    (tmp_path / "empty").mkdir()
    with gzip.open(tmp_path / "bomb.txt.gz", "wb") as out:
        out.write(b"a" * 3_000_000)
    return {k: str(v) for k, v in {
        "tmp": tmp_path, "binary": tmp_path / "binary.txt", "badgz": tmp_path / "bad.gz", "nq": tmp_path / "bad.nq",
        "ttl": tmp_path / "bad.ttl", "jsonld": tmp_path / "bad.jsonld", "ctx": tmp_path / "ctx.jsonld",
        "gold": tmp_path / "gold.json", "empty": tmp_path / "empty", "bomb": tmp_path / "bomb.txt.gz",
        "nostore": tmp_path / "no-such-store",
    }.items()}


CASES = [
    ["query", "--sparql", "SELEC * WHERE {", "--store", "{nostore}"],
    ["query", "--sparql", "SELECT * WHERE { ?s ?p ?o }", "--store", "{nostore}"],
    ["query", "--sparql", "SELEC * WHERE {", "--store", "memory:"],
    ["query", "--sparql", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", "--store", "memory:"],
    ["query", "--sparql", "DROP ALL", "--store", "memory:"],
    ["query", "no-such-query", "--store", "memory:"],
    ["export", "--format", "nquads", "-o", "-", "--store", "{nostore}"],
    ["export", "--format", "nquads", "-o", "/dev/full", "--store", "{empty}"],
    ["remove", "x", "--store", "{nostore}"],
    ["bulk-load", "{nq}", "--store", "memory:"],
    ["bulk-load", "{ttl}", "--store", "memory:"],
    ["eval", "{gold}"],
    ["eval", str(EVAL_DATA / "seed.json"), "--rdf", "{ttl}"],
    ["eval", str(EVAL_DATA / "seed.json"), "--rdf", "{jsonld}"],
    ["eval", str(EVAL_DATA / "seed.json"), "--rdf", "{ctx}"],
    ["load", "{tmp}/missing.txt", "--store", "memory:", "--max-bytes", "100"],
    ["load", "{binary}", "{badgz}", "{bomb}", "--store", "memory:", "--max-bytes", "1000000"],
    ["path", "A", "B", "--store", "{nostore}"],
    ["analyse", "--store", "{nostore}"],
    ["stats", "--store", "{nostore}"],
]


@pytest.mark.parametrize("argv", CASES, ids=[" ".join(c[:2]) + f"#{i}" for i, c in enumerate(CASES)])
def test_bad_input_ends_in_kg_error_lines(argv, bad, capsys):
    argv = [bad[a[1:-1]] if a.startswith("{") and a[1:-1] in bad else
            a.replace("{tmp}", bad["tmp"]) for a in argv]
    status = main(argv)
    captured = capsys.readouterr()
    assert status in (1, 2), (argv, status, captured.err)
    assert "Traceback" not in captured.err + captured.out
    lines = [line for line in captured.err.splitlines() if line.strip()]
    assert lines, argv
    assert all(line.startswith(("kg: ", "Error: ", "Usage: ", "Try ")) for line in lines), captured.err
