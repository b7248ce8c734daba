"""kg/cli/store.py: `kg stats`, `kg validate`, `kg bulk-load`, and `kg load --validate`, run as a user would."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef

from kg.rdf import Iris, serialize_dataset, to_dataset

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "politico-2023-09-19.txt"
URI_SAMEAS = URIRef("http://www.w3.org/2002/07/owl#sameAs")


def kg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=600,
    )


@pytest.fixture(scope="module")
def seed_nq(seed_rdf, tmp_path_factory):
    path = tmp_path_factory.mktemp("nq") / "seed.nq"
    with open(path, "wb") as fh:
        serialize_dataset(to_dataset([seed_rdf], Iris("https://w3id.org/kg-news/")), "nquads", fh)
    return path


def test_bulk_load_then_stats(seed_nq, seed_rdf, tmp_path):
    store = tmp_path / "store"
    run = kg("bulk-load", str(seed_nq), "--store", str(store))
    assert run.returncode == 0, run.stderr
    assert "quads/s" in run.stderr and "0 article graphs replaced" in run.stderr
    assert "optimized for reading" in run.stderr
    again = kg("bulk-load", str(seed_nq), "--store", str(store), "--no-optimize")
    assert again.returncode == 0 and "1 article graph replaced" in again.stderr
    assert "optimized" not in again.stderr

    run = kg("stats", "--store", str(store), "--json")
    assert run.returncode == 0, run.stderr
    stats = json.loads(run.stdout)
    described = {str(s) for s in seed_rdf.descriptions.subjects()}
    assert stats["articles"] == 1
    # + the text signature bulk-load's relinking gave the article (kgo:textSignature, kg.dedup)
    # + the index entries of its events in the canonical layer bulk-load rebuilt (kg.canon;
    # one article: no canonical event)
    canonical = stats["graphs"].get("https://w3id.org/kg-news/graph/canonical", 0)
    assert canonical > 0 and "canonical events rebuilt: 0" in again.stderr
    assert stats["quads"] == len(seed_rdf.claims) + len(seed_rdf.descriptions) + 1 + canonical
    assert stats["graphs"][str(seed_rdf.graph)] == len(seed_rdf.claims) + 1
    assert 0 < stats["entities"]["total"] <= len(described)
    assert stats["entities"]["linked"] == len({str(s) for s, _, _ in seed_rdf.descriptions.triples((None, URI_SAMEAS, None))})
    events = {str(s) for s in seed_rdf.claims.subjects(URIRef("https://w3id.org/kg-news/ontology#modality"), None)}
    assert stats["events"]["total"] == sum(stats["events"]["by_type"].values()) == len(events) > 0
    text = kg("stats", "--store", str(store)).stdout
    assert "articles  1" in text and "linked to Wikidata" in text and str(seed_rdf.graph) in text


def test_validate_passes_then_reports_a_broken_graph(seed_nq, seed_rdf, tmp_path):
    store = tmp_path / "store"
    assert kg("bulk-load", str(seed_nq), "--store", str(store)).returncode == 0
    run = kg("validate", "--store", str(store))
    assert run.returncode == 0, run.stdout + run.stderr
    assert "1 article graph checked, 0 with violations" in run.stderr

    # break it: a mention whose anchor is not the text at its offsets, an event without modality
    g = Dataset(default_union=True)
    g.parse(seed_nq, format="nquads")
    mention = next(str(s) for s in g.subjects(URIRef("http://www.w3.org/2005/11/its/rdf#taIdentRef"), None))
    event = next(str(s) for s in g.subjects(URIRef("https://w3id.org/kg-news/ontology#modality"), None))
    update = (
        f"DELETE WHERE {{ GRAPH ?g {{ <{mention}> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> ?a }} }} ;"
        f"INSERT {{ GRAPH <{seed_rdf.graph}> {{ <{mention}> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> \"Atlantis\" }} }} WHERE {{}} ;"
        f"DELETE WHERE {{ GRAPH ?g {{ <{event}> <https://w3id.org/kg-news/ontology#modality> ?m }} }}"
    )
    from kg.config import Settings
    from kg.store import open_store

    with open_store(str(store), Settings()) as s:
        s.update(update)
    run = kg("validate", seed_rdf.article_id, "--store", str(store))
    assert run.returncode == 1
    assert f"article {seed_rdf.article_id}: 2 violations" in run.stdout
    lines = run.stdout.splitlines()
    assert f"  {event}" in lines  # grouped by focus node
    assert any("kgo:modality" in line and "violation" in line for line in lines)
    assert any("Atlantis" in line and mention in line for line in lines)
    assert kg("validate", "no-such-article", "--store", str(store)).returncode == 1


def test_load_validate_accepts_the_seed(tmp_path):
    run = kg("load", str(SEED), "--validate", "--store", str(tmp_path / "store"), "--no-progress")
    assert run.returncode == 0, run.stderr
    assert "1 added" in run.stderr


def test_load_refuses_an_article_that_violates_the_shapes(settings, tmp_path):
    """The load hook with shapes the seed does not meet (it has no URL): refused, nothing written."""
    from kg.rdf.validate import validate_article
    from kg.run import load
    from kg.store import open_store

    strict = Graph().parse(
        data="""@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix schema: <https://schema.org/> .
        <urn:x:UrlShape> a sh:NodeShape ; sh:targetClass schema:NewsArticle ;
            sh:property [ sh:path schema:url ; sh:minCount 1 ; sh:message "an article needs its URL" ] .""",
        format="turtle",
    )

    def check(rdf):  # type: ignore[no-untyped-def]
        return [str(v) for v in validate_article(rdf, shapes=strict) if v.is_violation]

    with open_store("oxigraph-memory:", settings) as store:
        report = load([SEED], store, settings, progress=False, validate=check)
        assert len(store) == 0
    assert report.skipped and "violates the shapes" in report.skipped[0] and "needs its URL" in report.skipped[0]


def test_a_mistyped_store_is_an_error_not_a_new_empty_store(tmp_path):
    for args in (["query", "articles"], ["export", "--format", "nquads"], ["analyse"], ["stats"], ["remove", "x"]):
        run = kg(*args, "--store", str(tmp_path / "kg-stor"))
        assert run.returncode == 1, (args, run.stderr)
        assert f"no store at {tmp_path / 'kg-stor'}" in run.stderr, run.stderr
    assert not (tmp_path / "kg-stor").exists()


def test_a_folder_of_articles_is_not_turned_into_a_store(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text("Sudan and Chad held talks on Sunday.", encoding="utf-8")
    run = kg("load", str(articles), "--store", str(articles))
    assert run.returncode == 1 and "is not a kg store but a folder of other files (a.txt)" in run.stderr
    assert [p.name for p in articles.iterdir()] == ["a.txt"]


def test_the_store_folder_does_not_collect_old_logs(tmp_path):
    store = tmp_path / "store"
    for _ in range(3):
        assert kg("load", str(SEED), "--store", str(store)).returncode == 0
        assert kg("stats", "--store", str(store)).returncode == 0
    assert not list(store.glob("LOG.old*"))
