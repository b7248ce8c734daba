"""`kg serve --allow-update --token`: updates need the token; LOAD and SERVICE stay refused.

It is also a SPARQL 1.1 server kg's remote backend can load into with a bearer token
(KG_STORE_TOKEN), which tests that backend's token authentication end to end.
"""
from __future__ import annotations

import json
import shutil
import time
import urllib.parse

import pytest
from conftest import start_serve, stop
from test_endpoint import http, quads

pytestmark = [pytest.mark.model, pytest.mark.server]

TOKEN = "s3cret-token-for-tests"
INSERT = "INSERT DATA { GRAPH <https://w3id.org/kg-news/graph/test> { <http://x/a> <http://x/b> \"c\" } }"


@pytest.fixture(scope="module")
def writable(seed_store_dir, tmp_path_factory):
    copy = tmp_path_factory.mktemp("writable") / "store"
    shutil.copytree(seed_store_dir, copy)
    ep = start_serve(copy, "--allow-update", "--quiet", "--time-limit", "10", "--max-request", "5000000", env={"KG_SERVE_TOKEN": TOKEN})
    yield ep
    stop(ep)


def update(ep, text: str, token: str | None = None):  # type: ignore[no-untyped-def]
    headers = {"Content-Type": "application/sparql-update"}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return http(ep.sparql, data=text.encode(), headers=headers)


def test_updates_need_the_token(writable):
    before = quads(writable)
    status, headers, body = update(writable, INSERT)
    assert status == 401 and headers["WWW-Authenticate"].startswith("Bearer")
    status, _, _ = update(writable, INSERT, token="wrong")
    assert status == 401
    assert quads(writable) == before
    status, _, _ = update(writable, INSERT, token=TOKEN)
    assert status == 204
    assert quads(writable) == before + 1
    status, _, _ = update(writable, "DROP SILENT GRAPH <https://w3id.org/kg-news/graph/test>", token=TOKEN)
    assert status == 204 and quads(writable) == before


def test_load_and_service_stay_refused_with_the_token(writable, listener):
    status, _, body = update(writable, f"LOAD <{listener.url}>", token=TOKEN)
    assert status == 400 and b"LOAD is not allowed" in body
    status, _, body = update(
        writable, f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}", token=TOKEN
    )
    assert status == 400 and b"SERVICE" in body
    time.sleep(0.3)
    assert listener.connections == []


def test_the_remote_backend_loads_through_kg_serve_with_a_bearer_token(writable, seed_rdf, settings):
    from kg.errors import StoreError
    from kg.rdf import Iris
    from kg.store.remote import SparqlStore, remote_config

    iris = Iris(settings.base_iri)
    denied = SparqlStore(remote_config(writable.sparql, env={}), iris)
    with pytest.raises(StoreError, match="KG_STORE_TOKEN"):
        denied.update(INSERT)
    store = SparqlStore(remote_config(writable.sparql, env={"KG_STORE_TOKEN": TOKEN}), iris)
    assert store.put_article(seed_rdf) == "unchanged"  # the served store already holds it
    assert store.remove_article(seed_rdf.article_id) is True
    assert store.article_ids() == []
    assert store.put_article(seed_rdf) == "added"
    assert len(store) == len(seed_rdf.claims) + len(seed_rdf.descriptions)
    q = urllib.parse.urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://schema.org/NewsArticle> }"})
    status, _, body = http(f"{writable.sparql}?{q}")
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "1"
