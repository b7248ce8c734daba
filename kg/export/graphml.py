"""GraphML for yEd, Gephi, Cytoscape, igraph and networkx: typed attributes, valid XML.

Node ids are ``n0, n1, …`` (GraphML ids are XML name tokens, IRIs are not); each node's
IRI is its ``iri`` attribute and its name ``label``. Every attribute has one declared type
(``string``, ``long``, ``double`` or ``boolean``); values GraphML cannot hold are made safe
(see :mod:`kg.export.network`).
"""
from __future__ import annotations

from pathlib import Path
from typing import IO, Any

from ..store.base import Store
from .files import atomic_output
from .network import build_network, flat_graph

__all__ = ["write_graphml", "generate_graphml"]


def generate_graphml(G: Any) -> bytes:
    """The GraphML document of a projection ``G`` (a networkx graph), as UTF-8 bytes."""
    import io

    import networkx as nx

    buf = io.BytesIO()
    nx.write_graphml_xml(flat_graph(G), buf, encoding="utf-8", prettyprint=True, infer_numeric_types=True)
    return buf.getvalue()


def write_graphml(store: Store, path: str | Path | IO[bytes], *, format: str = "graphml", **options: Any) -> None:
    """Write a projection of ``store`` (see :mod:`kg.export.network` for the options)."""
    net = build_network(store, options)
    net.graph.graph["title"] = net.title
    data = generate_graphml(net.graph)
    with atomic_output(path) as out:
        out.write(data)
