"""GEXF for Gephi: typed attributes, time intervals for the timeline, colours and sizes.

GEXF 1.3 by default (``gexf_version="1.2draft"`` for older tools). The graph is
``mode="dynamic"`` with ``timeformat="date"``: a node or edge with dates exists from the
first day of its first date to the last day of its last (``2023-09`` counts as all of
September), so Gephi's timeline plays the story. Nodes carry ``viz:color`` by type and
``viz:size`` by PageRank; edges ``viz:thickness`` by weight. Node ids are the IRIs.
"""
from __future__ import annotations

import math
from datetime import date
from pathlib import Path
from typing import IO, Any

from .. import __version__
from ..analyse.filters import time_interval
from ..store.base import Store
from .files import atomic_output
from .network import attribute_types, build_network, colour_of, consistent_attributes, flat_attributes, size_of, xml_text

__all__ = ["write_gexf", "generate_gexf", "GEXF_VERSIONS"]

GEXF_VERSIONS: dict[str, dict[str, str]] = {
    "1.3": {"ns": "http://gexf.net/1.3", "viz": "http://gexf.net/1.3/viz", "version": "1.3"},
    "1.2draft": {"ns": "http://www.gexf.net/1.2draft", "viz": "http://www.gexf.net/1.2draft/viz", "version": "1.2"},
}
_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}
#: attributes written on the element itself, not as attvalues
_NODE_OWN = ("label",)
_EDGE_OWN = ("weight", "label")


def _interval(first: Any, last: Any) -> tuple[str | None, str | None]:
    a, b = time_interval(first if isinstance(first, str) else None), time_interval(last if isinstance(last, str) else None)
    start = a[0] if a else (b[0] if b else None)
    end = b[1] if b else (a[1] if a else None)
    return (start.isoformat() if isinstance(start, date) else None, end.isoformat() if isinstance(end, date) else None)


def _value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return repr(v)
    return str(v)


def generate_gexf(G: Any, *, version: str = "1.3", title: str = "") -> bytes:
    """The GEXF document of a projection ``G`` as UTF-8 bytes.

    Parameters
    ----------
    G
        A networkx graph whose nodes are IRIs (any hashable; written as text).
    version
        ``1.3`` or ``1.2draft``.
    title
        Written as the document's description.
    """
    from lxml import etree

    spec = GEXF_VERSIONS.get(version)
    if spec is None:
        from ..errors import ExportError

        raise ExportError(f"unknown GEXF version {version!r}; use {' or '.join(GEXF_VERSIONS)}")
    ns, viz = spec["ns"], spec["viz"]

    root = etree.Element(f"{{{ns}}}gexf", nsmap={None: ns, "viz": viz, "xsi": _XSI}, version=spec["version"])
    root.set(f"{{{_XSI}}}schemaLocation", f"{ns} {ns}/gexf.xsd")
    meta = etree.SubElement(root, f"{{{ns}}}meta", lastmodifieddate=date.today().isoformat())
    etree.SubElement(meta, f"{{{ns}}}creator").text = f"kg {__version__}"
    etree.SubElement(meta, f"{{{ns}}}description").text = xml_text(title or str(G.graph.get("name", "kg network")))

    graph_attrs = {
        "defaultedgetype": "directed" if G.is_directed() else "undirected",
        "mode": "dynamic",
        "timeformat": "date",
    }
    if version == "1.3":
        graph_attrs["timerepresentation"] = "interval"
    graph = etree.SubElement(root, f"{{{ns}}}graph", graph_attrs)

    nodes = list(G.nodes)
    node_attrs = consistent_attributes([flat_attributes(G.nodes[n]) for n in nodes])
    edges = list(G.edges(data=True))
    edge_attrs = consistent_attributes([flat_attributes(d, skip=("source", "target", "id")) for _u, _v, d in edges])
    top_pr = max((a.get("pagerank", 0.0) for a in node_attrs if isinstance(a.get("pagerank"), (int, float))), default=0.0)

    def declare(cls: str, items: list[dict[str, Any]], own: tuple[str, ...]) -> dict[str, str]:
        types = {k: t for k, t in attribute_types(items).items() if k not in own}
        block = etree.SubElement(graph, f"{{{ns}}}attributes", {"class": cls, "mode": "static"})
        ids = {}
        for i, (name, t) in enumerate(sorted(types.items())):
            ids[name] = f"{cls[0]}{i}"
            etree.SubElement(block, f"{{{ns}}}attribute", id=ids[name], title=name, type=_TYPES[t])
        return ids

    node_ids = declare("node", node_attrs, _NODE_OWN)
    edge_ids = declare("edge", edge_attrs, _EDGE_OWN)

    def attvalues(parent: Any, attrs: dict[str, Any], ids: dict[str, str]) -> None:
        values = [(ids[k], _value(v)) for k, v in sorted(attrs.items()) if k in ids]
        if values:
            block = etree.SubElement(parent, f"{{{ns}}}attvalues")
            for key, v in values:
                etree.SubElement(block, f"{{{ns}}}attvalue", {"for": key, "value": v})

    nodes_el = etree.SubElement(graph, f"{{{ns}}}nodes", count=str(len(nodes)))
    for n, attrs in zip(nodes, node_attrs):
        start, end = _interval(attrs.get("first"), attrs.get("last"))
        el = etree.SubElement(
            nodes_el,
            f"{{{ns}}}node",
            {k: v for k, v in {"id": xml_text(str(n)), "label": str(attrs.get("label", n)), "start": start, "end": end}.items() if v},
        )
        attvalues(el, attrs, node_ids)
        r, g, b = colour_of(attrs)
        etree.SubElement(el, f"{{{viz}}}color", r=str(r), g=str(g), b=str(b), a="1.0")
        etree.SubElement(el, f"{{{viz}}}size", value=repr(float(size_of(attrs, top=top_pr or None))))

    edges_el = etree.SubElement(graph, f"{{{ns}}}edges", count=str(len(edges)))
    for i, ((u, v, _d), attrs) in enumerate(zip(edges, edge_attrs)):
        start, end = _interval(attrs.get("first"), attrs.get("last"))
        weight = attrs.get("weight", 1)
        w = float(weight) if isinstance(weight, (int, float)) and not isinstance(weight, bool) and math.isfinite(weight) else 1.0
        el = etree.SubElement(
            edges_el,
            f"{{{ns}}}edge",
            {
                k: val
                for k, val in {
                    "id": str(i),
                    "source": xml_text(str(u)),
                    "target": xml_text(str(v)),
                    "weight": repr(w),
                    "label": str(attrs["kind"]) if "kind" in attrs else None,
                    "start": start,
                    "end": end,
                }.items()
                if val
            },
        )
        attvalues(el, attrs, edge_ids)
        etree.SubElement(el, f"{{{viz}}}thickness", value=repr(min(10.0, 1.0 + math.log2(max(w, 1.0)))))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def write_gexf(
    store: Store,
    path: str | Path | IO[bytes],
    *,
    format: str = "gexf",
    gexf_version: str = "1.3",
    **options: Any,
) -> None:
    """Write a projection of ``store`` as GEXF (see :mod:`kg.export.network` for the options)."""
    net = build_network(store, options)
    data = generate_gexf(net.graph, version=gexf_version, title=net.title)
    with atomic_output(path) as out:
        out.write(data)
