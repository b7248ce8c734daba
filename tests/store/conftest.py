"""Stores for the shared backend suite: embedded, memory, Oxigraph server, Virtuoso.

The servers are started once per session on free loopback ports in temporary folders.
Without the server program a test is skipped, with the reason, except under CI
(``CI=true``), where a missing server fails the test: CI must run the whole suite.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from servers import ServerUnavailable, start_oxigraph, start_virtuoso  # noqa: E402

BACKENDS = ["embedded", "memory", "oxigraph-server", "virtuoso"]


def _server(tmp_path_factory, start, name):  # type: ignore[no-untyped-def]
    try:
        server = start(tmp_path_factory.mktemp(name))
    except ServerUnavailable as exc:
        if os.environ.get("CI", "").lower() in ("true", "1"):
            pytest.fail(f"{exc} (CI=true: the CI image must install it, see .ci/install-servers.sh)")
        pytest.skip(str(exc))
    return server


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    server = _server(tmp_path_factory, start_oxigraph, "oxigraph-server")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory):
    server = _server(tmp_path_factory, start_virtuoso, "virtuoso")
    yield server
    server.stop()


def _clear(store) -> None:  # type: ignore[no-untyped-def]
    """Drop every kg graph (a shared server keeps its own graphs)."""
    for graph in store.graph_sizes():
        if graph.startswith(store.iris.base):
            store.update(f"DROP SILENT GRAPH <{graph}>")


@pytest.fixture(params=BACKENDS)
def backend(request, settings, tmp_path):
    """An empty store of each backend (its name in ``backend.kind``)."""
    from kg.rdf.iris import Iris
    from kg.store import open_store
    from kg.store.remote import SparqlStore

    kind = request.param
    if kind == "embedded":
        store = open_store(str(tmp_path / "store"), settings)
    elif kind == "memory":
        store = open_store("memory:", settings)
    else:
        server = request.getfixturevalue("oxigraph_server" if kind == "oxigraph-server" else "virtuoso_server")
        store = SparqlStore(server.config(), Iris(settings.base_iri))
        _clear(store)
    store.kind = kind
    try:
        yield store
    finally:
        store.close()
