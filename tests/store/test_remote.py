"""kg/store/remote.py: configuration, authentication, both write paths, errors — on real servers."""
from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from kg.errors import QueryError, StoreError
from kg.rdf import Iris, serialize_dataset, to_dataset
from kg.store.remote import SparqlStore, remote_config
from servers import free_port

ROOT = Path(__file__).resolve().parents[2]


def test_config_from_url_and_environment():
    c = remote_config("https://ann:p%40ss@db.example.org:8890/sparql?x=1", env={"KG_STORE_TIMEOUT": "12"})
    assert (c.query_url, c.update_url, c.gsp_url) == ("https://db.example.org:8890/sparql?x=1",) * 2 + (None,)
    assert (c.user, c.password, c.timeout, c.auth) == ("ann", "p@ss", 12.0, "basic")
    assert "p@ss" not in repr(c)
    c = remote_config(
        "http://h/q",
        env={"KG_STORE_UPDATE": "http://h/u", "KG_STORE_GSP": "http://h/g", "KG_STORE_USER": "bob",
             "KG_STORE_PASSWORD": "pw", "KG_STORE_AUTH": "DIGEST", "KG_STORE_TOKEN": "t"},
    )
    assert (c.update_url, c.gsp_url, c.user, c.auth, c.token) == ("http://h/u", "http://h/g", "bob", "digest", "t")
    with pytest.raises(StoreError, match="http"):
        remote_config("ftp://h/q", env={})
    with pytest.raises(StoreError, match="basic or digest"):
        remote_config("http://h/q", env={"KG_STORE_AUTH": "kerberos"})
    with pytest.raises(StoreError, match="KG_STORE_TIMEOUT"):
        remote_config("http://h/q", env={"KG_STORE_TIMEOUT": "soon"})


def test_registry_opens_http_stores(settings):
    from kg.store import open_store

    store = open_store("http://127.0.0.1:9/sparql", settings)
    assert isinstance(store, SparqlStore) and store.config.query_url == "http://127.0.0.1:9/sparql"


def test_an_unreachable_server_says_so(settings):
    store = SparqlStore(remote_config(f"http://127.0.0.1:{free_port()}/sparql", env={}), Iris(settings.base_iri))
    with pytest.raises(StoreError, match="is it running"):
        store.query("ASK {}")


def test_not_a_query(settings):
    store = SparqlStore(remote_config("http://127.0.0.1:9/sparql", env={}), Iris(settings.base_iri))
    with pytest.raises(QueryError, match="not a SPARQL query"):
        store.query("DROP ALL")


@pytest.mark.server
def test_a_missing_update_endpoint_is_explained(oxigraph_server, settings):
    # Oxigraph's /query does not take updates: the message says where to point kg
    store = SparqlStore(remote_config(oxigraph_server.url, env={}), Iris(settings.base_iri))
    with pytest.raises((StoreError, QueryError), match="KG_STORE_UPDATE") as info:
        store.update("INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }")
    assert oxigraph_server.url in str(info.value)
    with pytest.raises(QueryError, match="could not run the SPARQL"):
        store.query("SELECT * WHERE { ?s ?p }")


@pytest.mark.server
def test_read_only_remote_store(oxigraph_server, settings):
    store = SparqlStore(oxigraph_server.config(), Iris(settings.base_iri), read_only=True)
    with pytest.raises(StoreError, match="read-only"):
        store.update("DROP ALL")


@pytest.mark.server
@pytest.mark.model
@pytest.mark.parametrize("server_name", ["oxigraph_server", "virtuoso_server"])
def test_without_a_graph_store_endpoint_sparql_update_does_it_all(request, server_name, seed_rdf, settings, tmp_path):
    """The same behaviour through SPARQL Update alone (DROP GRAPH + INSERT DATA; bulk INSERT DATA)."""
    from kg.store.bulk import load_nquads

    server = request.getfixturevalue(server_name)
    store = SparqlStore(replace(server.config(), gsp_url=None), Iris(settings.base_iri))
    for g in store.graph_sizes():
        store.update(f"DROP SILENT GRAPH <{g}>")
    assert store.put_article(seed_rdf) == "added"
    n = len(store)
    assert n == len(seed_rdf.claims) + len(seed_rdf.descriptions)
    assert store.put_article(seed_rdf) == "unchanged" and len(store) == n
    assert store.remove_article(seed_rdf.article_id) and len(store) == 0
    nq = tmp_path / "seed.nq"
    with open(nq, "wb") as fh:
        serialize_dataset(to_dataset([seed_rdf], store.iris), "nquads", fh)
    assert load_nquads(store, nq).quads_after == n
    assert load_nquads(store, nq).replaced == 1 and len(store) == n
    store.remove_article(seed_rdf.article_id)


@pytest.mark.server
def test_virtuoso_digest_authentication(virtuoso_server, settings):
    iris = Iris(settings.base_iri)
    url = virtuoso_server.extra["auth_url"]  # /sparql-auth: digest, the dba account
    good = SparqlStore(remote_config(url, env={"KG_STORE_USER": "dba", "KG_STORE_PASSWORD": "dba", "KG_STORE_AUTH": "digest"}), iris)
    graph = f"{settings.base_iri}graph/auth-test"
    good.update(f'INSERT DATA {{ GRAPH <{graph}> {{ <http://x/a> <http://x/b> "c" }} }}')
    assert good.graph_size(graph) == 1
    good.update(f"DROP SILENT GRAPH <{graph}>")
    bad = SparqlStore(remote_config(url, env={"KG_STORE_USER": "dba", "KG_STORE_PASSWORD": "wrong", "KG_STORE_AUTH": "digest"}), iris)
    with pytest.raises(StoreError, match="KG_STORE_USER"):
        bad.query("ASK {}")
    anonymous = SparqlStore(remote_config(url, env={}), iris)
    with pytest.raises(StoreError, match="HTTP 401"):
        anonymous.query("ASK {}")


@pytest.mark.server
@pytest.mark.model
def test_the_cli_loads_and_queries_a_server(oxigraph_server, seed_rdf, tmp_path):
    nq = tmp_path / "seed.nq"
    with open(nq, "wb") as fh:
        serialize_dataset(to_dataset([seed_rdf], Iris("https://w3id.org/kg-news/")), "nquads", fh)
    env = {**os.environ, "PYTHONPATH": str(ROOT), **oxigraph_server.env}
    kg = [sys.executable, "-m", "kg"]
    run = subprocess.run([*kg, "bulk-load", str(nq), "--store", oxigraph_server.url], env=env, capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    run = subprocess.run([*kg, "query", "articles", "--store", oxigraph_server.url, "--format", "csv"], env=env,
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    assert seed_rdf.article_id in run.stdout
    run = subprocess.run([*kg, "remove", seed_rdf.article_id, "--store", oxigraph_server.url], env=env, capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
