"""Stores holding the hand-built fixture graph (fixture.py), on the embedded and the rdflib engine."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(scope="module", params=["oxigraph-memory:", "memory:"], ids=["oxigraph", "rdflib"])
def fixture_store(request, settings):
    from fixture import fixture_rdfs

    from kg.store import open_store

    with open_store(request.param, settings) as store:
        for rdf in fixture_rdfs(settings.base_iri):
            store.put_article(rdf)
        yield store
