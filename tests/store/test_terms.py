"""Query results keep the engine's terms; rdflib terms, text and the result formats agree
whichever kind of term a backend answers with."""
from __future__ import annotations

import json

import pytest
from rdflib import BNode, Literal, URIRef

from kg.config import Settings
from kg.query import result_text
from kg.store import open_store
from kg.store.terms import is_iri, parts, to_rdflib, value

DATA = """
INSERT DATA { GRAPH <https://example.org/graph/article/a1> {
  <https://example.org/kb/khartoum> <http://www.w3.org/2000/01/rdf-schema#label> "Khartoum"@en , "الخرطوم"@ar ;
      <https://example.org/p/population> 5274321 ;
      <https://example.org/p/note> "plain, with a\\ttab" ;
      <https://example.org/p/near> _:b .
  _:b <http://www.w3.org/2000/01/rdf-schema#label> "Omdurman" .
} }
"""
QUERY = "SELECT ?s ?p ?o ?unbound WHERE { ?s ?p ?o OPTIONAL { ?s <urn:none> ?unbound } } ORDER BY ?s ?p STR(?o)"


@pytest.fixture(params=["oxigraph-memory:", "memory:"])
def store(request):  # type: ignore[no-untyped-def]
    with open_store(request.param, Settings()) as s:
        s.update(DATA)
        yield s


def test_oxigraph_answers_with_its_own_terms_until_rdflib_is_asked_for() -> None:
    import pyoxigraph as ox

    with open_store("oxigraph-memory:", Settings()) as store:
        store.update(DATA)
        res = store.query(QUERY)
        assert all(isinstance(row[0], (ox.NamedNode, ox.BlankNode)) for row in res.terms)
        assert res._rows is None  # nothing converted yet
        assert all(isinstance(row[0], (URIRef, BNode)) for row in res.rows)
        assert len(res) == len(res.rows) == 6


def test_rows_values_and_formats_agree_across_backends() -> None:
    answers = {}
    for spec in ("oxigraph-memory:", "memory:"):
        with open_store(spec, Settings()) as store:
            store.update(DATA)
            res = store.query(QUERY)
            json_doc = json.loads(result_text(res, "json"))
            for b in json_doc["results"]["bindings"]:  # blank node labels differ by engine
                for v in b.values():
                    if v["type"] == "bnode":
                        v["value"] = "_"
            rows = [tuple("_" if isinstance(t, BNode) else t for t in row) for row in res.rows]
            values = [tuple(v if not isinstance(t, BNode) else "_" for v, t in zip(vrow, row)) for vrow, row in zip(res.values, res.rows)]
            tsv = "\n".join(sorted(line for line in result_text(res, "tsv").splitlines() if "_:" not in line))
            answers[spec] = (json_doc, rows, values, tsv)
    assert answers["oxigraph-memory:"] == answers["memory:"]
    json_doc, rows, values, tsv = answers["memory:"]
    population = next(b["o"] for b in json_doc["results"]["bindings"] if b["p"]["value"].endswith("population"))
    assert population == {"type": "literal", "value": "5274321", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}
    arabic = next(b["o"] for b in json_doc["results"]["bindings"] if b["o"].get("xml:lang") == "ar")
    assert arabic == {"type": "literal", "value": "الخرطوم", "xml:lang": "ar"}
    note = next(b["o"] for b in json_doc["results"]["bindings"] if b["p"]["value"].endswith("note"))
    assert "datatype" not in note  # a plain literal (xsd:string) is written without one
    assert ("https://example.org/kb/khartoum", "https://example.org/p/population", "5274321", None) in values
    assert '"plain, with a\\ttab"' in tsv


def test_term_functions_read_both_kinds() -> None:
    import pyoxigraph as ox

    pairs = [
        (ox.NamedNode("https://example.org/kb/goma"), URIRef("https://example.org/kb/goma")),
        (ox.Literal("Goma", language="fr"), Literal("Goma", lang="fr")),
        (ox.Literal("2024-01-27", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")),
         Literal("2024-01-27", datatype=URIRef("http://www.w3.org/2001/XMLSchema#date"))),
        (ox.Literal("M23"), Literal("M23")),
    ]
    for ox_term, rdflib_term in pairs:
        assert to_rdflib(ox_term) == rdflib_term
        assert value(ox_term) == value(rdflib_term) == str(rdflib_term)
        assert parts(ox_term) == parts(rdflib_term)
        assert is_iri(ox_term) == is_iri(rdflib_term) == isinstance(rdflib_term, URIRef)
    assert value(None) is None and not is_iri(None) and to_rdflib(None) is None
    assert parts(ox.BlankNode("b1")).kind == parts(BNode("b1")).kind == "bnode"


def test_a_graph_answer_is_built_when_read(store) -> None:  # type: ignore[no-untyped-def]
    res = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    assert res.kind == "graph" and len(res) == 6
    assert (URIRef("https://example.org/kb/khartoum"), URIRef("https://example.org/p/population"), Literal(5274321)) in res.graph


def test_a_named_dataset_is_honoured_and_the_union_is_the_default(store) -> None:  # type: ignore[no-untyped-def]
    union = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert union.values == [("6",)]
    if store.name == "oxigraph":  # FROM names the dataset (rdflib's store does not read FROM graphs)
        own = store.query("select (count(*) as ?n) from <urn:nothing> where { ?s ?p ?o }")
        assert own.values == [("0",)]
        worded = store.query('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(?o != "from here") }')
        assert worded.values == [("6",)]  # the word in a string names no dataset
