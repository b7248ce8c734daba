"""kg/serve/guard.py: what the endpoint refuses, read the way a SPARQL parser reads it."""
from __future__ import annotations

import pytest

from kg.serve.app import negotiate
from kg.serve.guard import Refused, check_dataset_params, check_query, check_update

P = "https://w3id.org/kg-news/graph/"


def refused(text: str) -> Refused:
    with pytest.raises(Refused) as info:
        check_query(text, graph_prefix=P)
    return info.value


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
        "SELECT * WHERE { SeRvIcE SILENT ?endpoint { ?s ?p ?o } }",
        r"SELECT * WHERE { \u0053ERVICE <http://x/> { ?s ?p ?o } }",
        r"SELECT * WHERE { \U00000053ERVICE <http://x/> { ?s ?p ?o } }",
        'SELECT * WHERE { ?s ?p "a\\u0022 . SERVICE <http://x/> { ?s ?p ?o } #" }',  # the escape closes the string
        "SELECT * WHERE {#\nSERVICE <http://x/> { ?s ?p ?o } }",
    ],
)
def test_service_is_found_wherever_it_hides(text):
    err = refused(text)
    assert err.status == 400 and "SERVICE" in err.message


@pytest.mark.parametrize(
    "text",
    [
        'SELECT * WHERE { ?s ?p "SERVICE <http://x/>" }',  # in a string
        "SELECT * WHERE { ?s <http://x/SERVICE> ?o }  # SERVICE in a comment",
        "PREFIX ex: <http://ex/> SELECT * WHERE { ?s ex:service ?o ; ex:LOAD ?l ; ex:FROM ?f }",  # prefixed names
        "SELECT ?service ?load ?from WHERE { ?service ?load ?from }",  # variables
        'SELECT * WHERE { ?s ?p "x"@service }',  # a language tag
        f"SELECT * FROM <{P}entities> FROM NAMED <{P}article/a> WHERE {{ ?s ?p ?o }}",  # the store's graphs
        f"PREFIX g: <{P}> SELECT * FROM g:entities WHERE {{ ?s ?p ?o }}",
    ],
)
def test_harmless_words_pass(text):
    assert check_query(text, graph_prefix=P) == "select"


@pytest.mark.parametrize(
    "text,status,words",
    [
        ("SELECT * FROM <http://evil.example/data.ttl> WHERE { ?s ?p ?o }", 400, "does not fetch"),
        ("SELECT * FROM NAMED <file:///etc/passwd> WHERE { GRAPH ?g { ?s ?p ?o } }", 400, "does not fetch"),
        ("PREFIX e: <http://evil/> SELECT * FROM e:x WHERE { ?s ?p ?o }", 400, "does not fetch"),
        ("SELECT * FROM <graph/entities> WHERE { ?s ?p ?o }", 400, "does not fetch"),  # relative: BASE could point anywhere
        ("DEFINE get:soft \"replace\" SELECT * FROM <http://x/> WHERE { ?s ?p ?o }", 400, "DEFINE"),
        ("LOAD <http://x/>", 400, "LOAD"),
        ("DROP ALL", 403, "read-only"),
        ("CLEAR DEFAULT", 403, "read-only"),
        ("INSERT DATA { <http://a> <http://b> <http://c> }", 403, "read-only"),
        ("SELECT * WHERE { ?s ?p ?o } ; DROP ALL", 403, "read-only"),
        ("WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", 403, "read-only"),
        ("# just a comment", 400, "not a SPARQL query"),
    ],
)
def test_refusals(text, status, words):
    err = refused(text)
    assert err.status == status and words in err.message


def test_updates():
    with pytest.raises(Refused) as info:
        check_update("DROP ALL", graph_prefix=P, allowed=False)
    assert info.value.status == 403
    check_update(f"DROP GRAPH <{P}article/a>", graph_prefix=P, allowed=True)
    for text in ("LOAD <http://x/> INTO GRAPH <http://g>", "INSERT { ?s ?p ?o } WHERE { SERVICE <http://x/> { ?s ?p ?o } }",
                 "INSERT { ?s ?p ?o } USING <http://evil/> WHERE { ?s ?p ?o }"):
        with pytest.raises(Refused) as info:
            check_update(text, graph_prefix=P, allowed=True)
        assert info.value.status == 400


def test_dataset_parameters():
    check_dataset_params({"query": ["x"]}, graph_prefix=P)
    for name in ("default-graph-uri", "named-graph-uri", "using-graph-uri"):
        with pytest.raises(Refused):
            check_dataset_params({name: ["http://evil/"]}, graph_prefix=P)


def test_query_forms():
    assert check_query("ASK { }", graph_prefix=P) == "ask"
    assert check_query("PREFIX x: <http://x/#SELECT> CONSTRUCT WHERE { ?s ?p ?o }", graph_prefix=P) == "construct"
    assert check_query("DESCRIBE <http://x>", graph_prefix=P) == "describe"


def test_negotiation():
    assert negotiate("application/sparql-results+json", "select", None) == "json"
    assert negotiate("text/csv, */*;q=0.1", "select", None) == "csv"
    assert negotiate("application/sparql-results+json;q=0, text/tab-separated-values", "select", None) == "tsv"
    assert negotiate("application/rdf+xml", "construct", None) == "rdfxml"
    assert negotiate("text/csv", "construct", None) is None
    assert negotiate("", "select", "tsv") == "tsv" and negotiate("", "select", "turtle") is None
