"""`kg serve` over HTTP: the SPARQL 1.1 Protocol, content negotiation, and what it refuses.

The server is the real CLI in a subprocess (conftest.py); clients are urllib and SPARQLWrapper.
"""
from __future__ import annotations

import csv
import io
import json
import time
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest
from rdflib import Graph

pytestmark = [pytest.mark.model, pytest.mark.server]

LABELS = (
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> "
    "SELECT ?e ?label WHERE { ?e a sem:Place ; rdfs:label ?label } ORDER BY ?label"
)
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def http(url: str, *, data: bytes | None = None, headers: dict[str, str] | None = None, method: str | None = None):  # type: ignore[no-untyped-def]
    """(status, headers, body) of one request; HTTP errors are answers too."""
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


def get(ep, query: str, accept: str | None = None, **params: str):  # type: ignore[no-untyped-def]
    q = urllib.parse.urlencode({"query": query, **params})
    return http(f"{ep.sparql}?{q}", headers={"Accept": accept} if accept else {})


def post_form(ep, **fields: str):  # type: ignore[no-untyped-def]
    return http(ep.sparql, data=urllib.parse.urlencode(fields).encode(), headers={"Content-Type": "application/x-www-form-urlencoded"})


def quads(ep) -> int:  # type: ignore[no-untyped-def]
    status, _, body = get(ep, COUNT)
    assert status == 200
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


# ------------------------------------------------------------------------------ answers
def test_get_and_post_answer_alike(endpoint, seed_store_dir):
    s1, h1, b1 = get(endpoint, LABELS)
    s2, _, b2 = post_form(endpoint, query=LABELS)
    s3, _, b3 = http(endpoint.sparql, data=LABELS.encode(), headers={"Content-Type": "application/sparql-query"})
    assert s1 == s2 == s3 == 200
    assert h1["Content-Type"].startswith("application/sparql-results+json")
    labels = [b["label"]["value"] for b in json.loads(b1)["results"]["bindings"]]
    assert "Stepanakert" in labels and labels == sorted(labels)
    assert json.loads(b1) == json.loads(b2) == json.loads(b3)
    assert quads(endpoint) == int((seed_store_dir / ".quads").read_text())


@pytest.mark.parametrize(
    "accept,fmt",
    [
        ("application/sparql-results+json", "JSON"),
        ("application/sparql-results+xml", "XML"),
        ("text/tab-separated-values", "TSV"),
        ("text/csv;q=0.4, application/sparql-results+xml;q=0.9", "XML"),
    ],
)
def test_content_negotiation_read_back_by_oxigraph(endpoint, accept, fmt):
    status, headers, body = get(endpoint, LABELS, accept)
    assert status == 200
    parsed = ox.parse_query_results(body, getattr(ox.QueryResultsFormat, fmt))
    assert "Stepanakert" in [sol["label"].value for sol in parsed]


def test_csv_and_format_parameter(endpoint):
    status, headers, body = get(endpoint, LABELS, "text/csv")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    table = list(csv.reader(io.StringIO(body.decode())))
    assert table[0] == ["e", "label"] and ["Stepanakert"] == [r[1] for r in table[1:] if r[1] == "Stepanakert"]
    status, headers, _ = get(endpoint, LABELS, "text/csv", format="xml")
    assert headers["Content-Type"].startswith("application/sparql-results+xml")
    status, _, body = get(endpoint, LABELS, "image/png")
    assert status == 406 and b"SPARQL JSON, XML, CSV, TSV" in body


def test_construct_answers_turtle(endpoint):
    q = "CONSTRUCT { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l } WHERE { ?e a <http://semanticweb.cs.vu.nl/2009/11/sem/Place> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
    status, headers, body = get(endpoint, q)
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    g = Graph().parse(data=body.decode(), format="turtle")
    assert any(str(o) == "Stepanakert" for o in g.objects())
    status, headers, body = get(endpoint, q, "application/n-triples")
    assert headers["Content-Type"].startswith("application/n-triples") and len(Graph().parse(data=body.decode(), format="nt")) == len(g)


def test_ask(endpoint):
    status, _, body = get(endpoint, "ASK { ?s a <https://schema.org/NewsArticle> }")
    assert status == 200 and json.loads(body)["boolean"] is True


def test_row_cap(endpoint):
    status, headers, body = get(endpoint, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
    assert status == 200 and headers["X-KG-Truncated"] == "true"
    assert len(json.loads(body)["results"]["bindings"]) == 50 == int(headers["X-KG-Rows"])
    status, headers, _ = get(endpoint, LABELS)
    assert headers["X-KG-Truncated"] == "false"


def test_sparqlwrapper(endpoint):
    from SPARQLWrapper import CSV, JSON, XML, SPARQLWrapper

    sw = SPARQLWrapper(endpoint.sparql)
    sw.setQuery(LABELS)
    sw.setReturnFormat(JSON)
    labels = [b["label"]["value"] for b in sw.query().convert()["results"]["bindings"]]
    assert "Stepanakert" in labels
    sw.setReturnFormat(XML)
    doc = sw.query().convert()  # an xml.dom document
    assert "Stepanakert" in [n.firstChild.data for n in doc.getElementsByTagName("literal")]
    sw.setReturnFormat(CSV)
    assert b"Stepanakert" in sw.query().convert()
    sw.setMethod("POST")
    sw.setReturnFormat(JSON)
    assert "Stepanakert" in [b["label"]["value"] for b in sw.query().convert()["results"]["bindings"]]


def test_errors_say_what_to_do(endpoint):
    status, _, body = get(endpoint, "SELEKT * WHERE { ?s ?p ?o }")
    assert status == 400 and b"not a SPARQL query" in body
    status, _, body = get(endpoint, "SELECT * WHERE { ?s ?p }")
    assert status == 400 and b"syntax" in body.lower()
    status, _, body = http(endpoint.sparql)
    assert status == 400 and b"query=" in body
    status, _, _ = http(endpoint.url + "nothing-here")
    assert status == 404
    status, _, body = http(endpoint.sparql, data=b"x", headers={"Content-Type": "text/plain"})
    assert status == 415


def test_request_size_cap(endpoint):
    big = "SELECT * WHERE { ?s ?p ?o } # " + "x" * 30_000
    status, _, body = post_form(endpoint, query=big)
    assert status == 413 and b"limit is 20000" in body
    status, _, _ = get(endpoint, big)
    assert status == 414


# ------------------------------------------------------------------------------ read-only
@pytest.mark.parametrize(
    "how",
    ["update-form", "sparql-update", "as-query", "as-query-get"],
)
def test_drop_all_is_refused(endpoint, how):
    before = quads(endpoint)
    if how == "update-form":
        status, _, body = post_form(endpoint, update="DROP ALL")
    elif how == "sparql-update":
        status, _, body = http(endpoint.sparql, data=b"DROP ALL", headers={"Content-Type": "application/sparql-update"})
    elif how == "as-query":
        status, _, body = post_form(endpoint, query="DROP ALL")
    else:
        status, _, body = get(endpoint, "DROP ALL")
    assert status == 403 and b"read-only" in body
    status, _, body = post_form(endpoint, update="INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }")
    assert status == 403
    assert quads(endpoint) == before


# ------------------------------------------------------------------------------ no fetching
SERVICE_QUERIES = [
    "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "select * where {{ service silent <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ ?a ?b ?c . {{ SELECT ?s WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }} }}",
    "SELECT * WHERE {{ \\u0053ERVICE <{url}> {{ ?s ?p ?o }} }}",
    "PREFIX remote: <{url}#>\nSELECT * WHERE {{ SERVICE remote:x {{ ?s ?p ?o }} }}",
]


@pytest.mark.parametrize("template", SERVICE_QUERIES)
def test_service_to_a_loopback_listener_is_refused(endpoint, listener, template):
    status, _, body = post_form(endpoint, query=template.format(url=listener.url))
    assert status == 400 and b"SERVICE is not allowed" in body
    time.sleep(0.3)
    assert listener.connections == []


def test_from_and_load_fetch_nothing(endpoint, listener):
    status, _, body = get(endpoint, f"SELECT * FROM <{listener.url}> WHERE {{ ?s ?p ?o }}")
    assert status == 400 and b"does not fetch" in body
    status, _, body = get(endpoint, f"SELECT * FROM NAMED <{listener.url}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}")
    assert status == 400
    status, _, _ = get(endpoint, "SELECT * WHERE { ?s ?p ?o } LIMIT 1", **{"default-graph-uri": listener.url})
    assert status == 400
    status, _, body = post_form(endpoint, update=f"LOAD <{listener.url}>")
    assert status == 403
    status, _, body = post_form(endpoint, query=f"LOAD <{listener.url}>")
    assert status == 400 and b"LOAD is not allowed" in body
    time.sleep(0.3)
    assert listener.connections == []
    # the store's own graphs may be named
    graph = "https://w3id.org/kg-news/graph/entities"
    status, _, body = get(endpoint, f"SELECT (COUNT(*) AS ?n) FROM <{graph}> WHERE {{ ?s ?p ?o }}")
    assert status == 200 and int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) > 0


# ------------------------------------------------------------------------------ time limit
def test_a_cross_product_stops_at_the_time_limit(endpoint):
    cross = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    t0 = time.monotonic()
    status, _, body = get(endpoint, cross)
    elapsed = time.monotonic() - t0
    assert status == 503 and b"time limit is 2 s" in body
    assert 1.9 <= elapsed < 6
    # the endpoint goes on answering (a fresh worker took the killed one's place)
    status, _, _ = get(endpoint, LABELS)
    assert status == 200


def test_the_library_is_offered_to_the_page(endpoint):
    status, headers, body = http(endpoint.url + "api/queries")
    assert status == 200
    names = {q["name"] for q in json.loads(body)}
    assert {"events-at-place", "who-said-what"} <= names


def test_a_port_in_use_is_one_line_saying_what_to_do(seed_store_dir):
    import socket
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        run = subprocess.run(
            [sys.executable, "-m", "kg", "serve", "--store", str(seed_store_dir), "--port", str(port)],
            capture_output=True, text=True, cwd=root, timeout=120,
        )
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert f"kg: error: port {port}" in run.stderr and "--port" in run.stderr, run.stderr
