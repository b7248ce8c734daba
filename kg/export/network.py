"""What every network export shares: options → projection + metrics, and safe values.

Network writers take the same options, as keywords of ``f(store, path, *, format, **options)``:

==================  ================================================================
option              meaning
==================  ================================================================
``projection``      a name of :data:`kg.analyse.projections.PROJECTIONS`
                    (default ``actor-event-place``)
``filters``         a :class:`kg.analyse.filters.Filters`, or the fields below
``since``/``until`` time window (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``)
``event_types``     event classes to keep (local names or IRIs)
``articles``        article ids or IRIs to keep
``modalities``      event modalities to keep
``each_report``     draw each article's report of an event apart (default False: the
                    reports of one canonical event are one event, drawn and counted once)
``metrics``         add degree, PageRank, communities… to the nodes (default True)
``seed``            seed of the randomised metrics (default 42)
==================  ================================================================

Values are made safe for files whose readers are strict (networkx#3663): None is left
out, lists and sets become ``"a; b"`` strings (or stay lists in JSON), dicts JSON text,
NaN and infinities are left out, dates become ISO strings, rdflib terms their text, and
characters XML 1.0 forbids are removed from strings.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from ..errors import ExportError

if TYPE_CHECKING:
    import networkx as nx

    from ..analyse.data import GraphData
    from ..analyse.filters import Filters
    from ..store.base import Store

__all__ = [
    "Network",
    "build_network",
    "network_options",
    "NETWORK_OPTIONS",
    "xml_text",
    "plain_value",
    "flat_value",
    "flat_attributes",
    "TYPE_COLOURS",
    "colour_of",
    "event_colours",
    "legend_entries",
    "EVENT_PALETTE",
    "size_of",
]

NETWORK_OPTIONS = ("projection", "filters", "since", "until", "event_types", "articles", "modalities", "each_report", "metrics", "seed")

# XML 1.0 allows #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
_XML_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value: str) -> str:
    """``value`` with the characters XML 1.0 cannot carry replaced: control characters by
    a space, lone surrogates and U+FFFE/U+FFFF by U+FFFD.

    >>> xml_text("Sword\\x0bof Justice")
    'Sword of Justice'
    """
    return _XML_ILLEGAL.sub(lambda m: " " if m.group() < "\x20" else "\ufffd", value)


def plain_value(value: Any) -> Any:
    """A JSON-safe value: None stays None, NaN/inf become None, dates ISO strings,
    sets/tuples lists, rdflib terms and other objects their text, strings XML-safe."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, str):
        return xml_text(value)
    if isinstance(value, Mapping):
        return {xml_text(str(k)): plain_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [plain_value(v) for v in value]
        items = [v for v in items if v is not None]
        return sorted(items, key=str) if isinstance(value, (set, frozenset)) else items
    try:  # numpy scalars
        import numbers

        if isinstance(value, numbers.Integral):
            return int(value)
        if isinstance(value, numbers.Real):
            f = float(value)
            return f if math.isfinite(f) else None
    except (TypeError, ValueError):
        pass
    return xml_text(str(value))


def flat_value(value: Any) -> str | int | float | bool | None:
    """A scalar for formats whose attributes are typed scalars (GraphML, GEXF, CSV, DOT):
    lists become ``"a; b"``, dicts JSON text; None (and NaN/inf) → None."""
    v = plain_value(value)
    if isinstance(v, list):
        return "; ".join(str(x) for x in v) if v else None
    if isinstance(v, dict):
        return json.dumps(v, ensure_ascii=False, sort_keys=True)
    return v


def flat_attributes(attrs: Mapping[str, Any], skip: Iterable[str] = ()) -> dict[str, str | int | float | bool]:
    """Attributes with flat values and safe names; None values are left out."""
    out: dict[str, str | int | float | bool] = {}
    skip = set(skip)
    for k, v in attrs.items():
        if k in skip:
            continue
        fv = flat_value(v)
        if fv is None or fv == "":
            continue
        out[re.sub(r"[^A-Za-z0-9_.-]", "_", xml_text(str(k))) or "_"] = fv
    return out


#: colours (RGB) of node types, for viewers: actors warm, places green, events blue
TYPE_COLOURS: dict[str, tuple[int, int, int]] = {
    "Person": (230, 85, 13),
    "Organization": (253, 141, 60),
    "GovernmentOrganization": (253, 174, 107),
    "Country": (158, 154, 200),
    "City": (49, 163, 84),
    "AdministrativeArea": (116, 196, 118),
    "Place": (161, 217, 155),
    "event": (49, 130, 189),
    "Thing": (150, 150, 150),
}


#: colours of event classes, clear of the actors' oranges and the places' greens; a network's
#: most frequent classes get them in this order (see :func:`event_colours`), the rest share
#: :data:`OTHER_EVENTS`
EVENT_PALETTE: tuple[tuple[int, int, int], ...] = (
    (31, 119, 180), (214, 39, 40), (148, 103, 189), (23, 190, 207), (140, 86, 75), (227, 119, 194),
    (188, 189, 34), (57, 59, 121), (107, 110, 207), (132, 60, 57), (99, 121, 57), (165, 81, 148),
    (23, 120, 130), (173, 73, 74), (82, 84, 163), (206, 109, 189),
)


OTHER_EVENTS = (120, 140, 170)


def event_colours(G: "nx.Graph") -> dict[str, tuple[int, int, int]]:
    """A colour per event class of ``G``: the most frequent classes first, from :data:`EVENT_PALETTE`."""
    counts: dict[str, int] = {}
    for _n, d in G.nodes(data=True):
        if d.get("kind") == "event":
            t = str(d.get("type") or "Event")
            counts[t] = counts.get(t, 0) + 1
    ranked = sorted(counts, key=lambda t: (-counts[t], t))
    return {t: EVENT_PALETTE[i] for i, t in enumerate(ranked[: len(EVENT_PALETTE)])}


def legend_entries(G: "nx.Graph", events: Mapping[str, tuple[int, int, int]] | None = None) -> list[dict[str, Any]]:
    """What a legend shows: one entry per node type of ``G`` (label, kind, colour, count), most frequent first.

    Event classes beyond the palette are one entry, "other events".
    """
    events = event_colours(G) if events is None else events
    entries: dict[str, dict[str, Any]] = {}
    for _n, d in G.nodes(data=True):
        kind = str(d.get("kind") or "")
        t = str(d.get("type") or "Thing")
        key = t if kind != "event" or t in events else "other events"
        if key not in entries:
            label = str(d.get("type_label") or _type_words(t)) if key != "other events" else key
            entries[key] = {"type": key, "label": label, "kind": kind, "rgb": colour_of(d, events), "count": 0}
        entries[key]["count"] += 1
    return sorted(entries.values(), key=lambda e: (e["kind"] != "event", -e["count"], e["label"]))


def _type_words(name: str) -> str:
    """``GovernmentOrganization`` → ``Government organization``."""
    words = re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+", name) or [name]
    return " ".join([words[0]] + [w.lower() if not w.isupper() else w for w in words[1:]])


def colour_of(attrs: Mapping[str, Any], events: Mapping[str, tuple[int, int, int]] | None = None) -> tuple[int, int, int]:
    """The colour of a node from its ``kind`` and ``type``; ``events``: the colours of event classes
    (:func:`event_colours`), else every event is ``TYPE_COLOURS["event"]``."""
    if attrs.get("kind") == "event":
        if events is None:
            return TYPE_COLOURS["event"]
        return events.get(str(attrs.get("type") or "Event"), OTHER_EVENTS)
    t = attrs.get("type") or "Thing"
    if t in TYPE_COLOURS:
        return TYPE_COLOURS[t]
    if "Organization" in str(t):
        return TYPE_COLOURS["Organization"]
    return TYPE_COLOURS["Place"] if attrs.get("kind") == "place" else TYPE_COLOURS["Thing"]


def size_of(attrs: Mapping[str, Any], *, smallest: float = 8.0, largest: float = 40.0, top: float | None = None) -> float:
    """A node size from its PageRank (relative to ``top``, the largest), else its degree."""
    pr = attrs.get("pagerank")
    if isinstance(pr, (int, float)) and top and math.isfinite(pr):
        return round(smallest + (largest - smallest) * math.sqrt(max(pr, 0.0) / top), 2)
    deg = attrs.get("degree") or 0
    return round(min(largest, smallest + 3.0 * math.sqrt(float(deg))), 2)


@dataclass
class Network:
    """A projection ready to write: the graph (with metrics) and the data it came from."""

    graph: "nx.Graph"
    data: "GraphData"
    projection: str
    filters: "Filters"

    @property
    def title(self) -> str:
        f = self.filters.describe()
        return f"kg {self.projection}" + (f" ({f})" if f else "")


def network_options(options: Mapping[str, Any]) -> dict[str, Any]:
    """Check the options of a network export; raises :class:`ExportError` on unknown ones."""
    unknown = sorted(set(options) - set(NETWORK_OPTIONS))
    if unknown:
        raise ExportError(f"unknown export option {unknown[0]!r}; network exports take {', '.join(NETWORK_OPTIONS)}")
    return dict(options)


def _filters(options: Mapping[str, Any]) -> "Filters":
    from ..analyse.filters import Filters

    given = options.get("filters")
    if given is not None:
        if not isinstance(given, Filters):
            raise ExportError("the filters option must be a kg.analyse.Filters")
        return given
    return Filters.create(
        since=options.get("since"),
        until=options.get("until"),
        event_types=options.get("event_types"),
        articles=options.get("articles"),
        modalities=options.get("modalities"),
        each_report=bool(options.get("each_report", False)),
    )


def build_network(store: "Store", options: Mapping[str, Any], *, projection: str | None = None) -> Network:
    """Read ``store`` with the options' filters and build the projection with its metrics."""
    from ..analyse.data import read_graph_data
    from ..analyse.metrics import DEFAULT_SEED, add_metrics
    from ..analyse.projections import DEFAULT_PROJECTION, PROJECTIONS, project

    options = network_options(options)
    name = projection or options.get("projection") or DEFAULT_PROJECTION
    if name not in PROJECTIONS:
        raise ExportError(f"unknown projection {name!r}; use one of {', '.join(PROJECTIONS)}")
    filters = _filters(options)
    data = read_graph_data(store, filters)
    G = project(data, name)
    if options.get("metrics", True):
        add_metrics(G, seed=int(options.get("seed", DEFAULT_SEED)))
    return Network(G, data, name, filters)


def consistent_attributes(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Make each attribute one type across ``items`` (already flat): int+float → float,
    anything mixed with text → text, bool stays bool only when every value is one."""
    kinds: dict[str, set[type]] = {}
    for attrs in items:
        for k, v in attrs.items():
            kinds.setdefault(k, set()).add(bool if isinstance(v, bool) else type(v))
    target: dict[str, type] = {}
    for k, ts in kinds.items():
        if ts <= {bool}:
            target[k] = bool
        elif ts <= {int}:
            target[k] = int
        elif ts <= {int, float}:
            target[k] = float
        else:
            target[k] = str
    out = []
    for attrs in items:
        fixed: dict[str, Any] = {}
        for k, v in attrs.items():
            t = target[k]
            if t is str and not isinstance(v, str):
                v = ("true" if v else "false") if isinstance(v, bool) else str(v)
            elif t is float and not isinstance(v, float):
                v = float(v)
            fixed[k] = v
        out.append(fixed)
    return out


def attribute_types(items: list[dict[str, Any]]) -> dict[str, type]:
    """The Python type of each attribute over ``items`` (after :func:`consistent_attributes`)."""
    types: dict[str, type] = {}
    for attrs in items:
        for k, v in attrs.items():
            types.setdefault(k, bool if isinstance(v, bool) else type(v))
    return types


def flat_graph(G: "nx.Graph", *, id_prefix: str | None = "n") -> "nx.Graph":
    """A copy of ``G`` with flat, consistently typed, XML-safe attributes.

    With ``id_prefix`` nodes are renamed ``n0, n1, …`` (their IRI kept as ``iri``), as
    formats whose ids are XML name tokens (GraphML) need; edges get an ``id`` too.
    """
    import networkx as nx

    H = nx.Graph() if not G.is_directed() else nx.DiGraph()
    H.graph.update({k: v for k, v in flat_attributes(G.graph).items()})
    nodes = list(G.nodes)
    node_attrs = consistent_attributes([{**flat_attributes(G.nodes[n]), "iri": xml_text(str(n))} for n in nodes])
    names = {n: (f"{id_prefix}{i}" if id_prefix else xml_text(str(n))) for i, n in enumerate(nodes)}
    for n, attrs in zip(nodes, node_attrs):
        if not id_prefix:
            attrs.pop("iri", None)
        H.add_node(names[n], **attrs)
    edges = list(G.edges(data=True))
    edge_attrs = consistent_attributes([flat_attributes(d, skip=("source", "target", "id")) for _u, _v, d in edges])
    for i, ((u, v, _d), attrs) in enumerate(zip(edges, edge_attrs)):
        H.add_edge(names[u], names[v], **attrs)
    return H
