"""``kg analyse`` as a library function: project, compute metrics, rank, optionally store.

>>> from kg.config import Settings
>>> from kg.store import open_store
>>> with open_store("memory:", Settings()) as store:
...     result = analyse(store, projection="co-mention")
>>> result.rows
[]
"""
from __future__ import annotations

import csv
import json
import math
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any

import networkx as nx

from .filters import Filters
from .metrics import DEFAULT_SEED, METRICS, compute_metrics, ranked, write_back
from .projections import DEFAULT_PROJECTION, project

if TYPE_CHECKING:
    from ..store.base import Store

__all__ = ["AnalysisResult", "analyse", "write_rows", "ROW_FORMATS", "COLUMNS"]

COLUMNS = ("rank", "label", "kind", "type", *METRICS, "id")
ROW_FORMATS = ("table", "csv", "json")


@dataclass
class AnalysisResult:
    projection: str
    graph: nx.Graph
    table: dict[Any, dict[str, float | int]]
    rows: list[dict[str, Any]]
    filters: Filters = field(default_factory=Filters)
    metrics_graph: str | None = None  # IRI, when written back

    def summary(self) -> str:
        G = self.graph
        parts = [f"{self.projection}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges"]
        events, reports = G.graph.get("events"), G.graph.get("reports")
        if events is not None and reports is not None and reports != events:
            parts.append(f"{events} events from {reports} reports (one story counted once; --each-report counts each)")
        if G.number_of_nodes():
            comms = {row.get("community") for row in self.table.values()}
            parts.append(f"{nx.number_connected_components(nx.Graph(G))} components, {len(comms)} communities")
        if self.filters.describe():
            parts.append(self.filters.describe())
        return "; ".join(parts)


def analyse(
    store: "Store",
    *,
    projection: str = DEFAULT_PROJECTION,
    filters: Filters | None = None,
    seed: int = DEFAULT_SEED,
    by: str = "pagerank",
    kinds: tuple[str, ...] | None = None,
    limit: int | None = None,
    store_metrics: bool = False,
) -> AnalysisResult:
    """Project ``store``, compute every metric, rank the nodes by ``by``.

    With ``store_metrics`` the metrics of every node (not just the ranked ones) are
    written to the named graph ``{base}graph/metrics/{projection}`` of ``store``.
    """
    filters = filters or Filters()
    G = project(store, projection, filters=filters)
    table = compute_metrics(G, seed=seed)
    rows = ranked(G, table, by=by, kinds=kinds, limit=limit)
    iri = None
    if store_metrics:
        iri = write_back(store, table, projection=projection, description=filters.describe(), seed=seed)
    return AnalysisResult(projection, G, table, rows, filters, iri)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if not math.isfinite(value):
            return ""
        return f"{value:.4f}" if abs(value) < 1000 else f"{value:.1f}"
    return str(value)


def write_rows(rows: list[dict[str, Any]], fmt: str, out: IO[str], *, columns: tuple[str, ...] = COLUMNS) -> None:
    """Write ranked rows as an aligned ``table``, ``csv`` or ``json`` (a list of objects)."""
    if fmt == "json":
        clean = [{c: (None if isinstance(r.get(c), float) and not math.isfinite(r[c]) else r.get(c)) for c in columns} for r in rows]
        json.dump(clean, out, ensure_ascii=False, indent=1)
        out.write("\n")
        return
    if fmt == "csv":
        w = csv.writer(out, lineterminator="\n")
        w.writerow(columns)
        for r in rows:
            w.writerow([_cell(r.get(c)) if c != "label" else " ".join(str(r.get(c, "")).split()) for c in columns])
        return
    shown = [c for c in columns if c != "id"]
    cells = [[_cell(r.get(c)) if c != "label" else _label(r.get(c)) for c in shown] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(shown)]
    out.write("  ".join(c.ljust(w) for c, w in zip(shown, widths)).rstrip() + "\n")
    for row in cells:
        out.write("  ".join((v.rjust(w) if _numeric(v) else v.ljust(w)) for v, w in zip(row, widths)).rstrip() + "\n")


def _label(value: Any, width: int = 40) -> str:
    text = "".join(ch if ch.isprintable() else " " for ch in str(value or ""))
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _numeric(v: str) -> bool:
    try:
        float(v)
    except ValueError:
        return False
    return True
