"""A self-contained interactive viewer: one HTML file that opens in any browser, offline.

The file inlines Cytoscape.js (vendored in ``kg/export/assets``, MIT licence, from npm by
``scripts/vendor-viewer-js.sh``), the viewer's script and style, and the network as JSON;
it loads nothing from anywhere (its Content-Security-Policy forbids it). The viewer has a
search box, filters by type and date, and a panel that shows, for the clicked node, its
metrics and where the articles mention it: text snippets with the mention marked, and
links to the articles.

What a first look shows: the labels of the most central nodes (by PageRank, as many as fit
without overlapping, at a readable size whatever the zoom), a colour per event class with a
legend (shapes: circles are actors, diamonds places, boxes events), and the network's main
part: fragments of fewer than :data:`FRAGMENT_SIZE` nodes apart from it are hidden until
"show small fragments" is ticked.

Every text from the graph reaches the page as data: the JSON is escaped for a ``<script>``
element and the viewer writes it with ``textContent``, so a label such as
``"><img src=x onerror=alert(1)>`` shows as text.
"""
from __future__ import annotations

import html
import json
import re
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path
from typing import IO, Any

from .. import __version__
from ..store.base import Store
from .files import atomic_output
from .network import Network, build_network, colour_of, event_colours, legend_entries, plain_value, size_of, xml_text

__all__ = ["write_html", "viewer_data", "render_html", "asset_text", "MAX_EVIDENCE"]

#: networks with more nodes than this are laid out here (networkx, seeded) rather than in the
#: browser: Cytoscape's layout took 14-40 s for 2,000 nodes in headless Chromium on 2 cores
LAYOUT_HERE_FROM = 1000
#: connected parts of the network smaller than this are hidden at first (the viewer's script reads it)
FRAGMENT_SIZE = 3
#: text snippets kept per node (the panel says how many more there are)
MAX_EVIDENCE = 25
_CONTEXT = 110  # characters of context on each side of a mention
_METRICS = ("degree", "weighted_degree", "betweenness", "pagerank", "eigenvector", "community", "core")


def asset_text(name: str) -> str:
    """The text of a file in ``kg/export/assets``."""
    return resources.files("kg.export").joinpath("assets", name).read_text(encoding="utf-8")


def _pieces(text: str, start: int, end: int) -> list[str]:
    """``[before, mention, after]`` of a sentence, one line each, context trimmed."""
    before = " ".join(text[:start].split())
    mention = " ".join(text[start:end].split())
    after = " ".join(text[end:].split())
    if text[:start][-1:].isspace() and before:
        before += " "
    if text[end:][:1].isspace() and after:
        after = " " + after
    if len(before) > _CONTEXT:
        cut = before.find(" ", len(before) - _CONTEXT)
        before = "… " + before[cut + 1 if cut >= 0 else len(before) - _CONTEXT :]
    if len(after) > _CONTEXT:
        cut = after.rfind(" ", 0, _CONTEXT)
        after = after[: cut if cut > 0 else _CONTEXT] + " …"
    return [xml_text(before), xml_text(mention), xml_text(after)]


def viewer_data(net: Network) -> dict[str, Any]:
    """The JSON the viewer reads: nodes, edges, types, articles and text evidence."""
    G, data = net.graph, net.data
    articles = sorted(data.articles.values(), key=lambda a: (a.published or "", a.id))
    index = {a.iri: i for i, a in enumerate(articles)}
    top = max((d.get("pagerank", 0.0) or 0.0 for _n, d in G.nodes(data=True)), default=0.0)
    events = event_colours(G)
    nodes, type_count, type_colour, type_label, type_kind = [], Counter(), {}, {}, {}
    for n, d in G.nodes(data=True):
        rgb = colour_of(d, events)
        colour = "#{:02x}{:02x}{:02x}".format(*rgb)
        t = str(d.get("type") or "Thing")
        type_count[t] += 1
        type_colour.setdefault(t, colour)
        type_label.setdefault(t, str(d.get("type_label") or _words(t)))
        type_kind.setdefault(t, str(d.get("kind") or ""))
        nodes.append(
            {
                "id": str(n),
                "label": plain_value(d.get("label", str(n))),
                "kind": d.get("kind"),
                "type": t,
                "typeLabel": plain_value(d.get("type_label") or _words(t)),
                "color": colour,
                "size": size_of(d, smallest=14, largest=60, top=top or None),
                "first": d.get("first"),
                "last": d.get("last"),
                "wikidata": d.get("wikidata"),
                "mentions": d.get("mentions"),
                "metrics": {m: plain_value(d[m]) for m in _METRICS if d.get(m) is not None},
            }
        )
    if G.number_of_nodes() > LAYOUT_HERE_FROM:
        for node, (x, y) in zip(nodes, _positions(G)):
            node["x"], node["y"] = x, y
    edges = []
    for i, (u, v, d) in enumerate(G.edges(data=True)):
        edges.append(
            plain_value(
                {
                    "id": f"e{i}",
                    "source": str(u),
                    "target": str(v),
                    "weight": d.get("weight", 1),
                    "kind": d.get("kind"),
                    "role": d.get("role"),
                    "types": d.get("event_types") or [],
                    "articles": d.get("articles") or [],
                    "first": d.get("first"),
                    "last": d.get("last"),
                }
            )
        )
    evidence: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in data.mentions:
        if m.entity not in G or len(evidence[m.entity]) >= MAX_EVIDENCE:
            continue
        sent = data.sentence_at(m.article, m.start)
        if sent is None:
            continue
        evidence[m.entity].append(
            {"article": index.get(m.article, -1), "text": _pieces(sent.text, m.start - sent.start, m.end - sent.start)}
        )
    for ev in data.events:
        if ev.iri not in G:
            continue
        for report in ev.reports or (ev,):  # a canonical event: the sentence of each report
            if not report.sentence or len(evidence[ev.iri]) >= MAX_EVIDENCE:
                continue
            sent = data.sentence_at(report.article, report.sentence[0])
            if sent is None:
                continue
            b, e = report.trigger or (sent.start, sent.start)
            evidence[ev.iri].append(
                {"article": index.get(report.article, -1), "text": _pieces(sent.text, b - sent.start, e - sent.start)}
            )
    dates = sorted(x for d in nodes for x in (d["first"], d["last"]) if x)
    from ..analyse.filters import time_interval

    spans = [time_interval(x) for x in dates]
    spans = [s for s in spans if s]
    return {
        "title": xml_text(net.title),
        "projection": net.projection,
        "filters": net.filters.describe(),
        "generator": f"kg {__version__}",
        "fragmentSize": FRAGMENT_SIZE,
        "dates": [min(s[0] for s in spans).isoformat(), max(s[1] for s in spans).isoformat()] if spans else None,
        "types": [
            {"type": t, "label": xml_text(type_label[t]), "color": type_colour[t], "count": c, "kind": type_kind.get(t)}
            for t, c in sorted(type_count.items(), key=lambda tc: (type_kind.get(tc[0]) == "event", -tc[1], tc[0]))
        ],
        "legend": [
            {"label": xml_text(e["label"]), "kind": e["kind"], "color": "#{:02x}{:02x}{:02x}".format(*e["rgb"]), "count": e["count"]}
            for e in legend_entries(G, events)
        ],
        "articles": [
            plain_value({"id": a.id, "title": a.title, "url": a.url, "iri": a.iri, "date": a.published, "publisher": a.publisher})
            for a in articles
        ],
        "nodes": nodes,
        "edges": edges,
        "evidence": dict(evidence),
    }


def _positions(G: Any) -> list[tuple[float, float]]:
    """Node positions (in ``G.nodes`` order) of a force-directed layout, in screen-like units."""
    import math

    import networkx as nx

    pos = nx.spring_layout(G.to_undirected() if G.is_directed() else G, seed=42, iterations=50)
    scale = 30.0 * math.sqrt(G.number_of_nodes())
    return [(round(float(pos[n][0]) * scale, 1), round(float(pos[n][1]) * scale, 1)) for n in G.nodes]


def _words(name: str) -> str:
    """``GovernmentOrganization`` → ``Government organization``."""
    words = re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+", name) or [name]
    return " ".join([words[0]] + [w.lower() if not w.isupper() else w for w in words[1:]])


def _script_json(value: Any) -> str:
    """JSON that is safe inside ``<script type="application/json">``."""
    text = json.dumps(plain_value(value), ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _script_text(js: str) -> str:
    """JavaScript that cannot close its ``<script>`` element early."""
    return re.sub(r"</(script)", r"<\\/\1", js, flags=re.I).replace("<!--", "<\\!--")


def render_html(payload: dict[str, Any]) -> str:
    """The viewer page for ``payload`` (see :func:`viewer_data`)."""
    template = asset_text("viewer.html")
    parts = {
        "TITLE": html.escape(payload.get("title", "kg"), quote=True),
        "GENERATOR": html.escape(payload.get("generator", "kg"), quote=True),
        "CSS": asset_text("viewer.css").replace("</", "<\\/"),
        "DATA": _script_json(payload),
        "CYTOSCAPE": _script_text(asset_text("cytoscape.min.js")),
        "VIEWER": _script_text(asset_text("viewer.js")),
    }
    return re.sub(r"\{\{([A-Z]+)\}\}", lambda m: parts[m.group(1)], template)


def write_html(store: Store, path: str | Path | IO[bytes], *, format: str = "html", **options: Any) -> None:
    """Write the interactive viewer of a projection of ``store`` (options: :mod:`kg.export.network`)."""
    net = build_network(store, options)
    page = render_html(viewer_data(net))
    with atomic_output(path) as out:
        out.write(page.encode("utf-8"))
