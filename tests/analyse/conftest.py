from __future__ import annotations

import pytest


@pytest.fixture()
def fixture_store(settings):
    """A fresh in-memory (Oxigraph) store holding the four fixture articles (see fixture.py)."""
    from kg.store import open_store

    from .fixture import fill

    with open_store("oxigraph-memory:", settings) as store:
        fill(store)
        yield store


@pytest.fixture(scope="session")
def fixture_data(settings):
    """GraphData read from the fixture articles, unfiltered (shared: do not modify)."""
    from kg.analyse.data import read_graph_data
    from kg.store import open_store

    from .fixture import fill

    with open_store("oxigraph-memory:", settings) as store:
        fill(store)
        return read_graph_data(store)


@pytest.fixture(scope="session")
def seed_oxigraph(seed_rdf, settings):
    """The seed article in an Oxigraph memory store, shared by the session (read only)."""
    from kg.store import open_store

    store = open_store("oxigraph-memory:", settings)
    store.put_article(seed_rdf)
    yield store
    store.close()
