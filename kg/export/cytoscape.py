"""Cytoscape.js JSON: ``elements`` (nodes and edges with their data) plus a ``style``.

Opens in Cytoscape desktop (File → Import → Network from File, "Cytoscape.js JSON") and
loads into Cytoscape.js with ``cytoscape({container, ...json})``. Node ids are the IRIs;
colours and sizes are in each node's data (``color``, ``size``) so the style maps them.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Any

from .. import __version__
from ..store.base import Store
from .files import atomic_output
from .network import build_network, colour_of, plain_value, size_of

__all__ = ["write_cytoscape", "cytoscape_data", "CYTOSCAPE_STYLE"]

#: a Cytoscape.js stylesheet mapping the data kg writes
CYTOSCAPE_STYLE: list[dict[str, Any]] = [
    {
        "selector": "node",
        "style": {
            "label": "data(label)",
            "background-color": "data(color)",
            "width": "data(size)",
            "height": "data(size)",
            "font-size": 10,
            "text-valign": "bottom",
            "text-halign": "center",
            "text-wrap": "ellipsis",
            "text-max-width": 120,
        },
    },
    {"selector": "node[kind = 'event']", "style": {"shape": "round-rectangle"}},
    {"selector": "node[kind = 'place']", "style": {"shape": "diamond"}},
    {
        "selector": "edge",
        "style": {
            "width": "mapData(weight, 1, 10, 1, 8)",
            "line-color": "#b0b0b0",
            "curve-style": "bezier",
            "opacity": 0.8,
        },
    },
    {"selector": ":selected", "style": {"border-width": 3, "border-color": "#d62728"}},
]


def _hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def cytoscape_data(G: Any, *, name: str = "kg") -> dict[str, Any]:
    """The Cytoscape.js document of a projection ``G``: a JSON-ready dict."""
    top = max((d.get("pagerank", 0.0) or 0.0 for _n, d in G.nodes(data=True)), default=0.0)
    nodes = []
    for n, d in G.nodes(data=True):
        data = {k: plain_value(v) for k, v in d.items() if v is not None}
        data = {k: v for k, v in data.items() if v is not None}
        data.update(id=str(n), label=plain_value(d.get("label", str(n))), color=_hex(colour_of(d)), size=size_of(d, top=top or None))
        nodes.append({"data": data})
    edges = []
    for i, (u, v, d) in enumerate(G.edges(data=True)):
        data = {k: plain_value(val) for k, val in d.items() if val is not None and k not in ("source", "target", "id")}
        data = {k: val for k, val in data.items() if val is not None}
        data.update(id=f"e{i}", source=str(u), target=str(v))
        edges.append({"data": data})
    graph_data = {k: plain_value(v) for k, v in G.graph.items()}
    graph_data["name"] = name
    return {
        "format_version": "1.0",
        "generated_by": f"kg {__version__}",
        "target_cytoscapejs_version": "~3",
        "data": graph_data,
        "elements": {"nodes": nodes, "edges": edges},
        "style": CYTOSCAPE_STYLE,
    }


def write_cytoscape(store: Store, path: str | Path | IO[bytes], *, format: str = "cytoscape", **options: Any) -> None:
    """Write a projection of ``store`` as Cytoscape.js JSON (options: :mod:`kg.export.network`)."""
    net = build_network(store, options)
    doc = cytoscape_data(net.graph, name=net.title)
    with atomic_output(path) as out:
        out.write(json.dumps(doc, ensure_ascii=False, indent=1, allow_nan=False).encode("utf-8"))
        out.write(b"\n")
