"""`kg analyse`, `kg path` and `kg export` as a user runs them, on a store on disk."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def kg(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, env=ENV, cwd=cwd, timeout=600)


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory, settings):
    from kg.store import open_store

    from .fixture import fill

    folder = tmp_path_factory.mktemp("kg") / "store"
    with open_store(str(folder), settings) as store:
        fill(store)
    return folder


def test_analyse_prints_a_ranked_table_and_writes_csv_and_json(store_dir, tmp_path):
    run = kg("analyse", "--store", str(store_dir), "--by", "degree", "-n", "3", "--csv", str(tmp_path / "m.csv"), "--json", str(tmp_path / "m.json"))
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0].split()[:4] == ["rank", "label", "kind", "type"] and len(lines) == 4
    assert lines[1].split()[1] in ("Azerbaijan", "Armenia")
    assert "actor-actor: 9 nodes, 8 edges" in run.stderr
    rows = list(csv.DictReader(io.StringIO((tmp_path / "m.csv").read_text())))
    assert len(rows) == 9 and {"pagerank", "community", "core", "id"} <= set(rows[0])
    data = json.loads((tmp_path / "m.json").read_text())
    assert data[0]["rank"] == 1 and isinstance(data[0]["pagerank"], float)


def test_analyse_write_back_is_queryable(store_dir):
    run = kg("analyse", "--store", str(store_dir), "--projection", "co-mention", "--write-back")
    assert run.returncode == 0, run.stderr
    assert "graph/metrics/co-mention" in run.stderr
    q = kg(
        "query", "--store", str(store_dir), "--format", "json", "--sparql",
        "SELECT ?e ?pr WHERE { GRAPH <https://w3id.org/kg-news/graph/metrics/co-mention> "
        "{ ?e <https://w3id.org/kg-news/ontology#pageRank> ?pr } } ORDER BY DESC(?pr) LIMIT 1",
    )
    assert q.returncode == 0, q.stderr
    best = json.loads(q.stdout)["results"]["bindings"][0]
    assert best["e"]["value"] == "https://w3id.org/kg-news/entity/Q227"


def test_path_prints_hops_with_events_dates_articles_and_snippets(store_dir):
    run = kg("path", "Antony Blinken", "Nikol Pashinyan", "--store", str(store_dir))
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert "Antony Blinken → Azerbaijan → Nikol Pashinyan" in out
    assert "“urged” [speaker / addressee] 2023-09" in out
    assert "https://news.example.org/2023/09/19/offensive" in out
    assert "“Antony Blinken urged Azerbaijan to reopen the Lachin Corridor.”" in out
    assert "reported" in out and "built up troops" in out
    as_json = json.loads(kg("path", "Antony Blinken", "Nikol Pashinyan", "--store", str(store_dir), "--json").stdout)
    assert as_json[0]["labels"] == ["Antony Blinken", "Azerbaijan", "Nikol Pashinyan"]


def test_path_errors_are_one_line_and_helpful(store_dir):
    run = kg("path", "Antony Blinkn", "Armenia", "--store", str(store_dir))
    assert run.returncode == 1 and "did you mean 'Antony Blinken'" in run.stderr and "Traceback" not in run.stderr


def test_export_takes_a_projection_and_filters_for_networks_only(store_dir, tmp_path):
    run = kg("export", "--store", str(store_dir), "--format", "graphml", "--projection", "actor-actor", "--since", "2023-09", "-o", str(tmp_path / "a.graphml"))
    assert run.returncode == 0, run.stderr
    import networkx as nx

    G = nx.read_graphml(tmp_path / "a.graphml")
    assert G.number_of_nodes() == 8
    bad = kg("export", "--store", str(store_dir), "--format", "turtle", "--projection", "actor-actor", "-o", str(tmp_path / "a.ttl"))
    assert bad.returncode == 2 and "network formats" in bad.stderr
    csv_run = kg("export", "--store", str(store_dir), "--format", "csv", "-o", str(tmp_path / "net.csv"))
    assert csv_run.returncode == 0 and "net.nodes.csv" in csv_run.stderr and (tmp_path / "net.edges.csv").exists()
    listed = kg("export", "--list-formats").stdout
    assert "html\thtml" in listed and "geojson\tgeojson" in listed


@pytest.mark.model
def test_seed_path_from_blinken_to_pashinyan(seed_rdf, settings, tmp_path):
    from kg.store import open_store

    folder = tmp_path / "seed-store"
    with open_store(str(folder), settings) as store:
        store.put_article(seed_rdf)
    run = kg("path", "Antony Blinken", "Nikol Pashinyan", "--store", str(folder))
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("Path 1 (")
    assert "Antony Blinken" in run.stdout and "Nikol Pashinyan" in run.stdout
    assert "“" in run.stdout and "2023-09" in run.stdout  # snippets and dates on the hops
    # an event the text gives no time is shown with its article's date, said as such
    assert "(no date given; reported 2023-09-19)" in run.stdout
