"""Values strict formats refuse (networkx#3663): None, lists, dicts, NaN/inf, dates,
rdflib terms, XML-illegal characters; every writer must still produce a readable file."""
from __future__ import annotations

import datetime as dt
import json
import math

import networkx as nx
from lxml import etree
from rdflib import Literal, URIRef

from kg.export.cytoscape import cytoscape_data
from kg.export.csv import csv_tables
from kg.export.dot import generate_dot
from kg.export.gexf import generate_gexf
from kg.export.graphml import generate_graphml
from kg.export.json import node_link
from kg.export.network import flat_value, plain_value, xml_text


def awkward_graph() -> nx.Graph:
    G = nx.Graph(name="awkward\x01graph")
    G.add_node(
        URIRef("https://example.org/a"),
        label="A\x00B\x1f",
        none=None,
        items=["x", "y"],
        mapping={"k": 1, "n": None},
        nan=float("nan"),
        inf=float("inf"),
        day=dt.date(2023, 9, 19),
        term=Literal("lit"),
        flag=True,
        mixed=1,
        pagerank=0.5,
    )
    G.add_node("b", label='"><script>alert(1)</script>', mixed="text", flag=False, pagerank=float("nan"))
    G.add_edge(URIRef("https://example.org/a"), "b", weight=float("inf"), when=dt.datetime(2023, 9, 19, 12, 0), tags={"t2", "t1"})
    return G


def test_value_rules():
    assert plain_value(float("nan")) is None and plain_value(dt.date(2020, 1, 2)) == "2020-01-02"
    assert plain_value({"b", "a"}) == ["a", "b"] and plain_value(("x", None)) == ["x"]
    assert flat_value(["a", "b"]) == "a; b" and flat_value({"k": [1]}) == '{"k": [1]}' and flat_value([]) is None
    assert xml_text("a\x0cb\ud800") == "a b\ufffd"


def test_xml_writers_produce_well_formed_files(gexf_schema, graphml_schema):
    G = awkward_graph()
    graphml = etree.fromstring(generate_graphml(G))
    assert graphml_schema.validate(graphml), graphml_schema.error_log
    gexf = etree.fromstring(generate_gexf(G))
    assert gexf_schema.validate(gexf), gexf_schema.error_log
    back = nx.read_graphml(__import__("io").BytesIO(generate_graphml(G)))
    a = next(d for _n, d in back.nodes(data=True) if d["iri"] == "https://example.org/a")
    assert a["label"] == "A B " and a["items"] == "x; y" and a["day"] == "2023-09-19" and a["term"] == "lit"
    assert "nan" not in a and "none" not in a and a["mixed"] == "1"  # one type per attribute: text


def test_json_writers_produce_strict_json():
    G = awkward_graph()
    for doc in (node_link(G), cytoscape_data(G)):
        text = json.dumps(doc, allow_nan=False)
        assert "NaN" not in text and "Infinity" not in text
    nodes = {n["id"]: n for n in node_link(G)["nodes"]}
    assert nodes["https://example.org/a"]["items"] == ["x", "y"] and nodes["https://example.org/a"]["nan"] is None


def test_dot_and_csv_survive(dot_program):
    import subprocess

    G = awkward_graph()
    run = subprocess.run([dot_program, "-Tsvg"], input=generate_dot(G), capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    nodes, edges = csv_tables(G)
    assert "x; y" in nodes and not math.isnan(float(nodes.count(",")))
    assert edges.splitlines()[0].startswith("Source,Target,Type,Weight,Label")
