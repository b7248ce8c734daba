"""kg/rdf/validate.py: the SHACL shapes accept kg's graphs and catch broken ones."""
from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "query"))

from fixture import extraction_a, extraction_b  # noqa: E402

from kg.extract.model import Span  # noqa: E402
from kg.rdf import Iris, to_rdf  # noqa: E402
from kg.rdf.validate import by_focus, validate_article, validate_graph, validate_store  # noqa: E402
from kg.vocab import GEO, KGO, NIF, OWL  # noqa: E402

BASE = "https://w3id.org/kg-news/"


@pytest.fixture(scope="module")
def iris():
    return Iris(BASE)


def test_fixture_articles_conform(iris):
    for ex in (extraction_a(), extraction_b()):
        assert validate_article(to_rdf(ex, iris)) == []


@pytest.mark.model
def test_the_seed_conforms(seed_rdf):
    assert [str(v) for v in validate_article(seed_rdf) if v.is_violation] == []


def _graph(rdf):  # type: ignore[no-untyped-def]
    g = rdf.claims
    for t in rdf.descriptions:
        g.add(t)
    return g


def test_a_wrong_anchor_is_caught(iris):
    ex = extraction_a()
    m = ex.mentions[0]
    ex.mentions[0] = replace(m, span=Span(m.span.start, m.span.end, "Azerbaidjan"))  # not the text at those offsets
    results = validate_article(to_rdf(ex, iris))
    (v,) = [r for r in results if "anchorOf" in r.message]
    assert v.is_violation and v.value.endswith(f"#char={m.span.start},{m.span.end}") and "Azerbaidjan" in v.message
    assert v.focus == str(iris.context("fx-a", len(ex.article.text)))  # grouped under the article's text


def test_broken_graphs_are_caught(iris):
    rdf = to_rdf(extraction_a(), iris)
    g = _graph(rdf)
    event = iris.event("fx-a", "a1")
    g.remove((event, KGO.modality, None))  # an event without modality
    g.add((iris.entity("https://w3id.org/kg-news/kb/azerbaijan"), OWL.sameAs, URIRef("http://dbpedia.org/resource/Azerbaijan")))
    mention = next(s for s in g.subjects(NIF.beginIndex, None))
    g.set((mention, NIF.endIndex, Literal(0)))  # end before begin
    geom = URIRef("https://w3id.org/kg-news/entity/place/stepanakert#geometry")
    g.set((geom, GEO.asWKT, Literal("POINT(146.7 95.2)", datatype=GEO.wktLiteral)))  # latitude out of range
    results = [r for r in validate_graph(g) if r.is_violation]
    paths = {(r.focus, r.path) for r in results}
    assert (str(event), "kgo:modality") in paths
    assert ("https://w3id.org/kg-news/kb/azerbaijan", "owl:sameAs") in paths
    assert (str(mention), "nif:beginIndex") in paths
    assert any(r.path == "geo:hasGeometry" or r.focus == str(geom) for r in results)
    groups = by_focus(results)
    assert str(event) in groups and all(isinstance(v, list) for v in groups.values())


def test_a_store_reads_back_valid(iris, settings, tmp_path):
    """Through the embedded store (which rewrites xsd:nonNegativeInteger as xsd:integer)."""
    from kg.store import open_store

    with open_store(str(tmp_path / "s"), settings) as store:
        for ex in (extraction_a(), extraction_b()):
            store.put_article(to_rdf(ex, iris))
        results = dict(validate_store(store))
    assert results == {"fx-a": [], "fx-b": []}
