"""Graphviz DOT: ``dot -Tsvg graph.dot > graph.svg`` (or ``-Tpng``) draws the network.

Undirected projections use the ``neato`` layout (set in the file, so ``dot -T…`` honours
it) with overlap removal; nodes are coloured by type (a colour per event class) and sized
by PageRank, events are boxes and places diamonds; edges are as thick as their weight. The
graph's label holds a legend: each colour with its type and count, and the shapes. Every
id and label is quoted and escaped, so any label is safe.
"""
from __future__ import annotations

import math
from pathlib import Path
from typing import IO, Any

from ..store.base import Store
from .files import atomic_output
from .network import build_network, colour_of, event_colours, flat_attributes, legend_entries, xml_text

__all__ = ["write_dot", "generate_dot", "dot_quote", "legend_label"]

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


def _html(text: str) -> str:
    return " ".join(xml_text(str(text)).split()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def legend_label(G: Any, title: str, events: dict | None = None, *, per_row: int = 4) -> str:
    """The graph's label: the title over a legend (colour, type, count; the shapes), as a DOT HTML label."""
    entries = legend_entries(G, events)
    rows = []
    for i in range(0, len(entries), per_row):
        cells = []
        for e in entries[i : i + per_row]:
            colour = "#{:02x}{:02x}{:02x}".format(*e["rgb"])
            cells.append(f'<td bgcolor="{colour}" width="14" height="10" fixedsize="true"></td>'
                         f'<td align="left">{_html(_label(e["label"], 24))} ({e["count"]})</td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    shapes = f'<tr><td colspan="{2 * per_row}" align="left"><font point-size="11">shapes: ellipse = actor, diamond = place, box = event</font></td></tr>'
    head = f'<tr><td colspan="{2 * per_row}"><font point-size="18">{_html(title)}</font></td></tr>'
    return f'<<table border="0" cellspacing="3" cellpadding="1">{head}{"".join(rows) + shapes if entries else ""}</table>>'


def generate_dot(G: Any, *, title: str = "") -> str:
    """The DOT text of a projection ``G``, its legend in the graph's label."""
    directed = G.is_directed()
    top = max((d.get("pagerank", 0.0) or 0.0 for _n, d in G.nodes(data=True)), default=0.0)
    events = event_colours(G)
    out = [f"{'digraph' if directed else 'graph'} kg {{"]
    out.append(f"  graph [label={legend_label(G, title or G.graph.get('name', 'kg'), events)}, labelloc=t, fontsize=12, fontname=\"Helvetica\",")
    out.append('         layout=neato, overlap=false, splines=true, sep="+8", outputorder=edgesfirst, bgcolor=white];')
    out.append('  node [style=filled, fontname="Helvetica", fontsize=11, penwidth=0.6, color="#555555"];')
    out.append('  edge [color="#9a9a9a"];')
    ids = {n: f"n{i}" for i, n in enumerate(G.nodes)}
    for n, d in G.nodes(data=True):
        r, g, b = colour_of(d, events)
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
