"""An article's N-Quads for a store, made once (in a worker process) and kept when pickled."""
from __future__ import annotations

import pickle

from rdflib import Literal, URIRef

from kg.rdf import ArticleRDF, Iris, Triples

IRIS = Iris("https://example.org/kg/")
P = URIRef("https://example.org/kg/ontology#p")


def _article() -> ArticleRDF:
    graph = IRIS.article_graph("a1")
    claims = Triples([(URIRef("https://example.org/kg/article/a1"), P, Literal("Fighting near El Fasher", lang="en"))])
    descriptions = Triples([(URIRef("https://example.org/kg/id/goma"), P, Literal("Goma"))])
    return ArticleRDF("a1", graph, claims, descriptions, "h")


def _quads(art: ArticleRDF) -> list[str]:
    return sorted([*art.claim_triples.lines(art.graph), *art.description_triples.lines(IRIS.entities_graph)])


def test_nquads_are_the_claims_in_the_article_graph_and_the_descriptions_in_the_entities_graph():
    art = _article()
    data = art.nquads(IRIS.entities_graph)
    assert sorted(data.decode("utf-8").splitlines()) == _quads(art)
    assert f"<{IRIS.entities_graph}>" in data.decode("utf-8")
    assert art.nquads(IRIS.entities_graph) is data  # made once


def test_kept_through_pickling_and_triples_added_later_are_appended():
    art = _article()
    art.nquads(IRIS.entities_graph)
    received = pickle.loads(pickle.dumps(art))
    assert received._nquads is not None  # made in the worker, not again here
    signature = (URIRef("https://example.org/kg/article/a1"), URIRef("https://example.org/kg/ontology#sig"), Literal("mh1"))
    received.claim_triples.add(signature)
    text = received.nquads(IRIS.entities_graph).decode("utf-8")
    assert sorted(text.splitlines()) == _quads(received)
    assert '"mh1"' in text and len(text.splitlines()) == 3


def test_another_entities_graph_makes_them_again():
    art = _article()
    art.nquads(IRIS.entities_graph)
    other = URIRef("https://example.org/other/graph/entities")
    assert f"<{other}>" in art.nquads(other).decode("utf-8")
