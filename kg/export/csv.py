"""Two CSV files, nodes and edges, as Gephi's spreadsheet import, Kumu and Flourish read them.

``-o graph.csv`` writes ``graph.nodes.csv`` (``Id``, ``Label``, then every attribute) and
``graph.edges.csv`` (``Source``, ``Target``, ``Type``, ``Weight``, ``Label``, then every
attribute). Lists are joined with ``"; "``; UTF-8, comma-separated, RFC 4180 quoting.

Text that a spreadsheet would run as a formula (a cell starting with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return, as a web page's title may) gets a leading ``'`` (the
OWASP rule for CSV injection); numbers are left alone.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import IO, Any

from ..errors import ExportError
from ..store.base import Store
from .files import atomic_output
from .network import build_network, flat_attributes

__all__ = ["write_csv", "csv_paths", "csv_tables", "spreadsheet_safe"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    """``text`` as a cell no spreadsheet runs: a leading ``'`` before a formula character.

    Examples
    --------
    >>> print(spreadsheet_safe('=HYPERLINK("http://evil.example","x")'), spreadsheet_safe("-3.5"), spreadsheet_safe("Khartoum"))
    '=HYPERLINK("http://evil.example","x") -3.5 Khartoum
    """
    if not text.startswith(_FORMULA_START):
        return text
    try:
        float(text)
        return text  # a number, such as -3.5
    except ValueError:
        return "'" + text


def csv_paths(path: str | Path) -> tuple[Path, Path]:
    """The nodes and edges files for ``path``: ``x.csv`` → ``x.nodes.csv``, ``x.edges.csv``;
    a folder gets ``nodes.csv`` and ``edges.csv``."""
    p = Path(path)
    if p.is_dir() or str(path).endswith(("/", "\\")):
        return p / "nodes.csv", p / "edges.csv"
    stem = p.name[: -len(".csv")] if p.name.lower().endswith(".csv") else p.name
    return p.with_name(f"{stem}.nodes.csv"), p.with_name(f"{stem}.edges.csv")


def csv_tables(G: Any) -> tuple[str, str]:
    """The nodes and edges CSV texts of a projection ``G``."""
    node_rows = [(str(n), flat_attributes(d)) for n, d in G.nodes(data=True)]
    node_cols = sorted({k for _n, d in node_rows for k in d} - {"label"})
    nodes = io.StringIO()
    w = csv.writer(nodes, lineterminator="\n")
    w.writerow(["Id", "Label", *node_cols])
    for n, d in node_rows:
        w.writerow([spreadsheet_safe(n), spreadsheet_safe(" ".join(str(d.get("label", n)).split())), *(_cell(d.get(c)) for c in node_cols)])
    edge_rows = [(str(u), str(v), flat_attributes(d, skip=("source", "target", "id"))) for u, v, d in G.edges(data=True)]
    edge_cols = sorted({k for _u, _v, d in edge_rows for k in d} - {"weight", "kind"})
    edges = io.StringIO()
    w = csv.writer(edges, lineterminator="\n")
    w.writerow(["Source", "Target", "Type", "Weight", "Label", *edge_cols])
    kind = "Directed" if G.is_directed() else "Undirected"
    for u, v, d in edge_rows:
        w.writerow([spreadsheet_safe(u), spreadsheet_safe(v), kind, _cell(d.get("weight", 1)), _cell(d.get("kind")), *(_cell(d.get(c)) for c in edge_cols)])
    return nodes.getvalue(), edges.getvalue()


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return spreadsheet_safe(" ".join(v.split()) if "\n" in v or "\r" in v else v)
    return str(v)


def write_csv(store: Store, path: str | Path | IO[bytes], *, format: str = "csv", **options: Any) -> list[Path]:
    """Write a projection of ``store`` as nodes and edges CSV files; returns their paths.

    Raises
    ------
    ExportError
        When ``path`` is standard output or an open file: CSV export writes two files.
    """
    if not isinstance(path, (str, Path)) or str(path) == "-":
        raise ExportError("the csv export writes two files (nodes and edges): give -o FILE.csv or a folder")
    net = build_network(store, options)
    nodes_text, edges_text = csv_tables(net.graph)
    nodes_path, edges_path = csv_paths(path)
    with atomic_output(nodes_path) as out:
        out.write(nodes_text.encode("utf-8"))
    with atomic_output(edges_path) as out:
        out.write(edges_text.encode("utf-8"))
    return [nodes_path, edges_path]
