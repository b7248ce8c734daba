"""Issue 12: reading commands open the store read-only, so they run beside a loader."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def test_query_export_and_path_run_while_another_process_writes(tmp_path, settings, seed_rdf):
    from kg.store import open_store

    path = str(tmp_path / "store")
    with open_store(path, settings) as writer:  # holds the store's write lock, as kg load does
        writer.put_article(seed_rdf)
        runs = {
            name: subprocess.run([sys.executable, "-m", "kg", *args, "--store", path],
                                 capture_output=True, text=True, env=ENV, timeout=300)
            for name, args in {
                "query": ["query", "--sparql", "ASK { GRAPH ?g { ?s ?p ?o } }"],
                "export": ["export", "--format", "nquads", "-o", str(tmp_path / "out.nq")],
                "path": ["path", "Armenia", "Azerbaijan"],
            }.items()
        }
    for name, run in runs.items():
        assert "another kg process" not in run.stderr, (name, run.stderr)
        assert run.returncode == 0, (name, run.stderr)
    assert "yes" in runs["query"].stdout.lower() or "true" in runs["query"].stdout.lower()
    assert (tmp_path / "out.nq").stat().st_size > 0
