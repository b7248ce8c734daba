"""Node-link JSON for D3 (``{"nodes": [...], "links": [...]}``), as networkx's
``node_link_data`` writes it; values are JSON-safe (NaN and infinities become null).

Read it back with ``networkx.node_link_graph(json.load(f), edges="links")``.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Any

from ..store.base import Store
from .files import atomic_output
from .network import build_network, plain_value

__all__ = ["write_json", "node_link"]


def node_link(G: Any) -> dict[str, Any]:
    """The node-link document of a projection ``G``: ``directed``, ``multigraph``,
    ``graph``, ``nodes`` (each with ``id``) and ``links`` (``source``, ``target``)."""
    import networkx as nx

    doc = nx.node_link_data(G, edges="links")
    return plain_value(doc)  # type: ignore[no-any-return]


def write_json(store: Store, path: str | Path | IO[bytes], *, format: str = "json", **options: Any) -> None:
    """Write a projection of ``store`` as node-link JSON (options: :mod:`kg.export.network`)."""
    net = build_network(store, options)
    net.graph.graph["title"] = net.title
    doc = node_link(net.graph)
    with atomic_output(path) as out:
        out.write(json.dumps(doc, ensure_ascii=False, indent=1, allow_nan=False).encode("utf-8"))
        out.write(b"\n")
