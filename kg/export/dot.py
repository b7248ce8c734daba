"""Graphviz DOT: ``dot -Tsvg graph.dot > graph.svg`` (or ``-Tpng``) draws the network.

Undirected projections use the ``neato`` layout (set in the file, so ``dot -T…`` honours
it) with overlap removal; nodes are coloured by type and sized by PageRank, events are
boxes and places diamonds; edges are as thick as their weight. Every id and label is
quoted and escaped, so any label is safe.
"""
from __future__ import annotations

import math
from pathlib import Path
from typing import IO, Any

from ..store.base import Store
from .files import atomic_output
from .network import build_network, colour_of, flat_attributes, xml_text

__all__ = ["write_dot", "generate_dot", "dot_quote"]

_SHAPES = {"event": "box", "place": "diamond", "actor": "ellipse"}
#: attributes copied into the DOT file (readers such as Gephi's DOT import keep them)
_KEEP = ("kind", "type", "wikidata", "pagerank", "community", "first", "last", "date")


def dot_quote(text: str) -> str:
    """``text`` as a DOT double-quoted string: one line, backslashes and quotes escaped.

    >>> print(dot_quote('say "hi"'))
    "say \\"hi\\""
    """
    clean = " ".join(xml_text(str(text)).split())
    return '"' + clean.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _label(text: str, width: int = 28) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def generate_dot(G: Any, *, title: str = "") -> str:
    """The DOT text of a projection ``G``."""
    directed = G.is_directed()
    top = max((d.get("pagerank", 0.0) or 0.0 for _n, d in G.nodes(data=True)), default=0.0)
    out = [f"{'digraph' if directed else 'graph'} kg {{"]
    out.append(f"  graph [label={dot_quote(title or G.graph.get('name', 'kg'))}, labelloc=t, fontsize=18, fontname=\"Helvetica\",")
    out.append('         layout=neato, overlap=false, splines=true, sep="+8", outputorder=edgesfirst, bgcolor=white];')
    out.append('  node [style=filled, fontname="Helvetica", fontsize=11, penwidth=0.6, color="#555555"];')
    out.append('  edge [color="#9a9a9a"];')
    ids = {n: f"n{i}" for i, n in enumerate(G.nodes)}
    for n, d in G.nodes(data=True):
        r, g, b = colour_of(d)
        pr = d.get("pagerank")
        scale = math.sqrt(pr / top) if isinstance(pr, (int, float)) and top else 0.3
        attrs = {
            "label": dot_quote(_label(d.get("label", n))),
            "tooltip": dot_quote(str(d.get("label", n))),
            "iri": dot_quote(str(n)),
            "shape": _SHAPES.get(str(d.get("kind")), "ellipse"),
            "fillcolor": f'"#{r:02x}{g:02x}{b:02x}"',
            "fontsize": f"{9 + 9 * scale:.1f}",
        }
        for k, v in flat_attributes({k: d.get(k) for k in _KEEP}).items():
            attrs[k] = dot_quote(str(v)) if not isinstance(v, (int, float)) or isinstance(v, bool) else repr(v)
        out.append(f"  {ids[n]} [" + ", ".join(f"{k}={v}" for k, v in attrs.items()) + "];")
    arrow = "->" if directed else "--"
    for u, v, d in G.edges(data=True):
        w = d.get("weight", 1)
        w = float(w) if isinstance(w, (int, float)) and math.isfinite(w) else 1.0
        attrs = {"penwidth": f"{min(8.0, 0.8 + math.log2(max(w, 1.0)) * 1.5):.2f}", "weight": repr(w)}
        label = d.get("role") or ""
        if label:
            attrs["label"] = dot_quote(label)
            attrs["fontsize"] = "8"
            attrs["fontcolor"] = '"#777777"'
        out.append(f"  {ids[u]} {arrow} {ids[v]} [" + ", ".join(f"{k}={val}" for k, val in attrs.items()) + "];")
    out.append("}")
    return "\n".join(out) + "\n"


def write_dot(store: Store, path: str | Path | IO[bytes], *, format: str = "dot", **options: Any) -> None:
    """Write a projection of ``store`` as Graphviz DOT (options: :mod:`kg.export.network`)."""
    net = build_network(store, options)
    text = generate_dot(net.graph, title=net.title)
    with atomic_output(path) as out:
        out.write(text.encode("utf-8"))
