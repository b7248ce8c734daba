"""Analysis: the RDF graph as networkx projections, network metrics, and paths.

Pure functions over a store (any backend, read with SPARQL) or an rdflib Dataset::

    from kg.analyse import Filters, compute_metrics, connections, project
    G = project(store, "actor-actor", filters=Filters.create(since="2023-09"))
    table = compute_metrics(G)                       # degree, PageRank, Louvain, …
    paths = connections(store, "Antony Blinken", "Nikol Pashinyan")

Importing this package loads nothing heavy; networkx is imported with the modules that
use it.
"""
from __future__ import annotations

import importlib
from typing import Any

__all__ = [
    "Filters",
    "FilterError",
    "GraphData",
    "read_graph_data",
    "PROJECTIONS",
    "DEFAULT_PROJECTION",
    "project",
    "METRICS",
    "compute_metrics",
    "add_metrics",
    "ranked",
    "write_back",
    "connections",
    "Connection",
    "analyse",
]

_WHERE = {
    "Filters": "filters",
    "FilterError": "filters",
    "GraphData": "data",
    "read_graph_data": "data",
    "PROJECTIONS": "projections",
    "DEFAULT_PROJECTION": "projections",
    "project": "projections",
    "METRICS": "metrics",
    "compute_metrics": "metrics",
    "add_metrics": "metrics",
    "ranked": "metrics",
    "write_back": "metrics",
    "connections": "paths",
    "Connection": "paths",
    "analyse": "run",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'kg.analyse' has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
