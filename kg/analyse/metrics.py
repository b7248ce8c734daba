"""Network metrics on a projection: who is central, who brokers, who clusters together.

==================  ===================================================================
metric              meaning
==================  ===================================================================
``degree``          neighbours
``weighted_degree`` sum of the weights of the node's edges (shared events, sentences…)
``betweenness``     share of shortest paths through the node (brokers); sampled with
                    ``k`` nodes on large graphs, seeded
``pagerank``        PageRank on the weighted graph (scipy)
``eigenvector``     eigenvector centrality (per connected component, on the weighted graph)
``community``       Louvain community (seeded: the same input gives the same groups),
                    numbered from the largest, 0
``core``            k-core number (the largest k such that the node is in the k-core)
==================  ===================================================================

>>> import networkx as nx
>>> G = nx.Graph([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")])
>>> table = compute_metrics(G)
>>> table["c"]["degree"], table["d"]["core"], table["a"]["community"] == table["b"]["community"]
(3, 1, True)
"""
from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import networkx as nx

from ..errors import KGError

if TYPE_CHECKING:
    from ..store.base import Store

__all__ = [
    "METRICS",
    "DEFAULT_SEED",
    "compute_metrics",
    "add_metrics",
    "ranked",
    "metrics_graph_iri",
    "write_back",
]

METRICS = ("degree", "weighted_degree", "betweenness", "pagerank", "eigenvector", "community", "core")
DEFAULT_SEED = 42
#: above this many nodes betweenness is estimated from a sample of nodes
BETWEENNESS_EXACT_LIMIT = 1000
BETWEENNESS_SAMPLE = 100


class MetricsError(KGError):
    """A metric name is unknown."""


def _simple(G: nx.Graph) -> nx.Graph:
    """An undirected simple graph with numeric ``weight`` on every edge, no self-loops."""
    H = nx.Graph()
    H.add_nodes_from(G.nodes)
    for u, v, d in G.edges(data=True):
        if u == v:
            continue
        w = d.get("weight", 1)
        try:
            w = float(w)
        except (TypeError, ValueError):
            w = 1.0
        if not math.isfinite(w) or w <= 0:
            w = 1.0
        if H.has_edge(u, v):
            H[u][v]["weight"] += w
        else:
            H.add_edge(u, v, weight=w)
    return H


def _eigenvector(H: nx.Graph) -> dict[Any, float]:
    """Eigenvector centrality per connected component (unit norm within it), scaled by the
    component's share of the nodes so that values compare across components."""
    import numpy as np

    out: dict[Any, float] = {n: 0.0 for n in H}
    for comp in nx.connected_components(H):
        if len(comp) < 2:
            continue
        sub = H.subgraph(comp)
        nodes = list(sub)
        try:
            if len(nodes) <= 500:  # dense and exact; ARPACK refuses tiny matrices
                A = nx.to_numpy_array(sub, nodelist=nodes, weight="weight")
                _vals, vecs = np.linalg.eigh(A)
                vec = np.abs(vecs[:, -1])
                values = dict(zip(nodes, (vec / (np.linalg.norm(vec) or 1.0)).tolist()))
            else:
                values = nx.eigenvector_centrality_numpy(sub, weight="weight")
        except (nx.NetworkXException, ArithmeticError, ValueError, np.linalg.LinAlgError):
            values = {n: 0.0 for n in sub}
        scale = len(comp) / H.number_of_nodes()
        for n, v in values.items():
            out[n] = abs(float(v)) * scale
    return out


def compute_metrics(
    G: nx.Graph,
    *,
    seed: int = DEFAULT_SEED,
    metrics: tuple[str, ...] | list[str] = METRICS,
    betweenness_k: int | None = None,
) -> dict[Any, dict[str, float | int]]:
    """Every metric of ``metrics`` for every node of ``G``.

    Parameters
    ----------
    G
        A projection (any networkx graph; directions and parallel edges are merged,
        weights summed).
    seed
        Seeds Louvain and the betweenness sample, so runs repeat exactly.
    metrics
        Which of :data:`METRICS` to compute.
    betweenness_k
        Sample size for betweenness; by default exact up to
        ``BETWEENNESS_EXACT_LIMIT`` nodes, else ``BETWEENNESS_SAMPLE``.

    Returns
    -------
    dict
        node → {metric: value}; every value is a finite number.
    """
    unknown = [m for m in metrics if m not in METRICS]
    if unknown:
        raise MetricsError(f"unknown metric {unknown[0]!r}; use some of {', '.join(METRICS)}")
    H = _simple(G)
    n = H.number_of_nodes()
    table: dict[Any, dict[str, float | int]] = {node: {} for node in H}
    if n == 0:
        return table
    if "degree" in metrics:
        for node, d in H.degree():
            table[node]["degree"] = int(d)
    if "weighted_degree" in metrics:
        for node, d in H.degree(weight="weight"):
            table[node]["weighted_degree"] = float(d)
    if "betweenness" in metrics:
        k = betweenness_k if betweenness_k is not None else (None if n <= BETWEENNESS_EXACT_LIMIT else BETWEENNESS_SAMPLE)
        k = None if k is None or k >= n else k
        for node, v in nx.betweenness_centrality(H, k=k, normalized=True, seed=seed).items():
            table[node]["betweenness"] = float(v)
    if "pagerank" in metrics:
        try:
            pr = nx.pagerank(H, weight="weight") if H.number_of_edges() else {v: 1.0 / n for v in H}
        except nx.PowerIterationFailedConvergence:
            pr = {v: 1.0 / n for v in H}
        for node, v in pr.items():
            table[node]["pagerank"] = float(v)
    if "eigenvector" in metrics:
        for node, v in _eigenvector(H).items():
            table[node]["eigenvector"] = float(v)
    if "community" in metrics:
        comms = nx.community.louvain_communities(H, weight="weight", seed=seed) if H.number_of_edges() else [{v} for v in H]
        ordered = sorted(comms, key=lambda c: (-len(c), min(str(x) for x in c)))
        for i, comm in enumerate(ordered):
            for node in comm:
                table[node]["community"] = i
    if "core" in metrics:
        for node, v in nx.core_number(H).items():
            table[node]["core"] = int(v)
    for row in table.values():
        for key, value in row.items():
            if isinstance(value, float) and not math.isfinite(value):
                row[key] = 0.0
    return table


def add_metrics(G: nx.Graph, table: dict[Any, dict[str, float | int]] | None = None, **options: Any) -> nx.Graph:
    """Store the metrics as node attributes of ``G`` (computed when ``table`` is None)."""
    table = table if table is not None else compute_metrics(G, **options)
    for node, row in table.items():
        if node in G:
            G.nodes[node].update(row)
    return G


def ranked(
    G: nx.Graph,
    table: dict[Any, dict[str, float | int]],
    *,
    by: str = "pagerank",
    kinds: tuple[str, ...] | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Rows (rank, id, label, kind, type and the metrics), best first by ``by``.

    ``kinds`` keeps only nodes of those kinds (``actor``, ``place``, ``event``).
    """
    if by not in METRICS:
        raise MetricsError(f"cannot rank by {by!r}; use one of {', '.join(METRICS)}")
    rows = []
    for node, metrics in table.items():
        attrs = G.nodes[node] if node in G else {}
        if kinds and attrs.get("kind") not in kinds:
            continue
        row: dict[str, Any] = {
            "id": str(node),
            "label": attrs.get("label", str(node)),
            "kind": attrs.get("kind"),
            "type": attrs.get("type"),
        }
        row.update({m: metrics.get(m) for m in METRICS if m in metrics})
        rows.append(row)
    reverse = by != "community"
    rows.sort(key=lambda r: ((-(r.get(by) or 0)) if reverse else (r.get(by) or 0), str(r["label"]).lower(), r["id"]))
    if limit is not None:
        rows = rows[:limit]
    for i, row in enumerate(rows, 1):
        row["rank"] = i
    return rows


def metrics_graph_iri(store: "Store", projection: str) -> str:
    """The named graph ``{base}graph/metrics/{projection}`` metrics are written to."""
    return f"{store.iris.base}graph/metrics/{projection}"


_PROPERTY = {
    "degree": ("degree", "integer"),
    "weighted_degree": ("weightedDegree", "double"),
    "betweenness": ("betweenness", "double"),
    "pagerank": ("pageRank", "double"),
    "eigenvector": ("eigenvectorCentrality", "double"),
    "community": ("community", "integer"),
    "core": ("coreNumber", "integer"),
}


def write_back(
    store: "Store",
    table: dict[Any, dict[str, float | int]],
    *,
    projection: str,
    description: str = "",
    seed: int = DEFAULT_SEED,
) -> str:
    """Replace the metrics graph of ``projection`` in ``store`` with ``table``.

    Each node gets ``kgo:degree``, ``kgo:pageRank``… in the named graph
    ``{base}graph/metrics/{projection}``, which describes itself (``prov:generatedAtTime``,
    ``kgo:projection``, the filters in ``dct:description``). Article graphs and the
    entities graph are not touched; run it again to refresh, or ``DROP GRAPH`` to remove.

    Returns
    -------
    str
        The IRI of the metrics graph.
    """
    from datetime import datetime, timezone

    from rdflib import Literal, URIRef

    from ..vocab import DCTERMS, KGO, PROV, RDF, XSD

    graph = metrics_graph_iri(store, projection)
    g = URIRef(graph)
    lines = [
        f"{g.n3()} {RDF.type.n3()} {PROV.Entity.n3()} .",
        f"{g.n3()} {PROV.generatedAtTime.n3()} {Literal(datetime.now(timezone.utc).replace(microsecond=0).isoformat(), datatype=XSD.dateTime).n3()} .",
        f"{g.n3()} {KGO.projection.n3()} {Literal(projection).n3()} .",
        f"{g.n3()} {KGO.randomSeed.n3()} {Literal(seed, datatype=XSD.integer).n3()} .",
    ]
    if description:
        lines.append(f"{g.n3()} {DCTERMS.description.n3()} {Literal(description).n3()} .")
    for node, row in sorted(table.items(), key=lambda kv: str(kv[0])):
        subject = URIRef(str(node))
        for metric, value in sorted(row.items()):
            if metric not in _PROPERTY:
                continue
            local, xsd = _PROPERTY[metric]
            lit = Literal(int(value), datatype=XSD.integer) if xsd == "integer" else Literal(float(value), datatype=XSD.double)
            lines.append(f"{subject.n3()} {KGO[local].n3()} {lit.n3()} .")
    body = "\n".join(lines)
    store.update(f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n{body}\n}} }}")
    return graph
