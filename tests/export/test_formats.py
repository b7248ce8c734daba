"""Every network export, written from a store and read back by an independent reader.

Readers: the official GraphML XSD, networkx and python-igraph (GraphML); kg's GEXF 1.3
XSD and networkx (GEXF); Graphviz ``dot -Tsvg`` (DOT); the csv module (CSV); the geojson
package (GeoJSON); json and networkx (node-link, Cytoscape.js).
"""
from __future__ import annotations

import csv
import json
import subprocess

import networkx as nx
import pytest
from lxml import etree

from kg.export import EXPORT_FORMATS, export_store, extension, is_network_format

BASE = "https://w3id.org/kg-news/"
XSS = '"><img src=x onerror=alert(1)>'
NETWORK = ["graphml", "gexf", "cytoscape", "json", "dot", "csv", "geojson", "html"]


def test_the_registry_knows_every_format():
    for name in NETWORK:
        assert name in EXPORT_FORMATS and is_network_format(name)
    for name in ("nquads", "trig", "turtle", "jsonld"):
        assert not is_network_format(name)
    assert extension("cytoscape") == "cyjs" and extension("gv") == "dot"


def test_graphml_is_valid_typed_and_reads_back_in_networkx_and_igraph(fixture_store, tmp_path, graphml_schema):
    import igraph

    out = tmp_path / "g.graphml"
    export_store(fixture_store, "graphml", out, projection="actor-actor")
    doc = etree.parse(str(out))
    assert graphml_schema.validate(doc), graphml_schema.error_log
    keys = {(k.get("for"), k.get("attr.name")): k.get("attr.type") for k in doc.iter("{http://graphml.graphdrawing.org/xmlns}key")}
    assert keys[("node", "pagerank")] == "double" and keys[("node", "degree")] == "long"
    assert keys[("edge", "weight")] == "long" and keys[("edge", "event_types")] == "string"
    G = nx.read_graphml(out)
    by_iri = {d["iri"]: d for _n, d in G.nodes(data=True)}
    assert by_iri[f"{BASE}entity/Q227"]["label"] == "Azerbaijan"
    assert isinstance(by_iri[f"{BASE}entity/Q227"]["pagerank"], float)
    assert by_iri[f"{BASE}entity/group/xss"]["label"] == XSS
    assert by_iri[f"{BASE}entity/group/sword"]["label"] == "Sword of Justice"  # \x0b made XML-safe
    g = igraph.Graph.Read_GraphML(str(out))
    assert g.vcount() == G.number_of_nodes() and g.ecount() == G.number_of_edges()
    az = g.vs.find(iri=f"{BASE}entity/Q227")
    am = g.vs.find(iri=f"{BASE}entity/Q399")
    assert g.es[g.get_eid(az.index, am.index)]["event_types"] == "Agreement; Appeal"


def test_gexf_is_valid_1_3_with_time_intervals_and_viz(fixture_store, tmp_path, gexf_schema):
    out = tmp_path / "g.gexf"
    export_store(fixture_store, "gexf", out)
    doc = etree.parse(str(out))
    assert gexf_schema.validate(doc), gexf_schema.error_log
    ns = {"g": "http://gexf.net/1.3", "viz": "http://gexf.net/1.3/viz"}
    graph = doc.find("g:graph", ns)
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    node = doc.find(f"//g:node[@id='{BASE}article/fx-offensive/event/e5']", ns)
    assert (node.get("start"), node.get("end")) == ("2023-09-01", "2023-09-30")  # "2023-09" is all of September
    assert node.find("viz:color", ns) is not None and float(node.find("viz:size", ns).get("value")) > 0
    G = nx.read_gexf(out, version="1.3")
    assert G.nodes[f"{BASE}entity/Q227"]["label"] == "Azerbaijan"
    assert G.nodes[f"{BASE}entity/group/xss"]["label"] == XSS
    assert G.number_of_edges() == len(doc.findall("//g:edge", ns))


def test_gexf_1_2draft_reads_back_too(fixture_store, tmp_path):
    from kg.export.gexf import write_gexf

    out = tmp_path / "g.gexf"
    write_gexf(fixture_store, out, gexf_version="1.2draft", projection="actor-actor")
    G = nx.read_gexf(out)
    assert G.number_of_nodes() == 9


def test_cytoscape_json_has_elements_and_a_style(fixture_store, tmp_path):
    out = tmp_path / "g.cyjs"
    export_store(fixture_store, "cytoscape", out, projection="actor-actor")
    doc = json.loads(out.read_text(encoding="utf-8"))
    nodes = {n["data"]["id"]: n["data"] for n in doc["elements"]["nodes"]}
    for e in doc["elements"]["edges"]:
        assert e["data"]["source"] in nodes and e["data"]["target"] in nodes
    assert nodes[f"{BASE}entity/Q227"]["color"].startswith("#") and nodes[f"{BASE}entity/Q227"]["size"] > 0
    assert any(s["selector"] == "node" for s in doc["style"])


def test_node_link_json_round_trips_through_networkx(fixture_store, tmp_path):
    out = tmp_path / "g.json"
    export_store(fixture_store, "json", out, projection="co-mention")
    doc = json.loads(out.read_text(encoding="utf-8"))
    G = nx.node_link_graph(doc, edges="links")
    assert G.has_edge(f"{BASE}entity/Q227", f"{BASE}entity/Q399")
    assert G.edges[f"{BASE}entity/Q227", f"{BASE}entity/Q399"]["articles"] == ["fx-ceasefire", "fx-july"]  # lists stay lists


def test_dot_renders_with_graphviz_and_labels_stay_text(fixture_store, tmp_path, dot_program):
    out = tmp_path / "g.dot"
    export_store(fixture_store, "dot", out)
    run = subprocess.run([dot_program, "-Tsvg", str(out)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    svg = etree.fromstring(run.stdout.encode("utf-8"))
    texts = [t.text for t in svg.iter("{http://www.w3.org/2000/svg}text")]
    assert "Azerbaijan" in texts and any(t and t.startswith('"><img') for t in texts)
    assert not list(svg.iter("{http://www.w3.org/2000/svg}image"))


def test_csv_writes_nodes_and_edges_for_spreadsheet_import(fixture_store, tmp_path):
    written = export_store(fixture_store, "csv", tmp_path / "net.csv", projection="actor-actor")
    assert [p.name for p in written] == ["net.nodes.csv", "net.edges.csv"]
    with open(written[0], newline="", encoding="utf-8") as fh:
        nodes = list(csv.DictReader(fh))
    with open(written[1], newline="", encoding="utf-8") as fh:
        edges = list(csv.DictReader(fh))
    assert {"Id", "Label", "pagerank", "type"} <= set(nodes[0])
    assert {"Source", "Target", "Type", "Weight"} <= set(edges[0])
    ids = {n["Id"] for n in nodes}
    assert all(e["Source"] in ids and e["Target"] in ids for e in edges)
    az_am = next(e for e in edges if {e["Source"], e["Target"]} == {f"{BASE}entity/Q227", f"{BASE}entity/Q399"})
    assert az_am["Weight"] == "2" and az_am["event_types"] == "Agreement; Appeal"


def test_geojson_is_valid_with_longitude_first(fixture_store, tmp_path):
    import geojson

    out = tmp_path / "g.geojson"
    export_store(fixture_store, "geojson", out)
    doc = geojson.loads(out.read_text(encoding="utf-8"))
    assert doc.is_valid, doc.errors()
    places = {f["properties"]["name"]: f for f in doc["features"] if f["properties"]["feature"] == "place"}
    assert places["Stepanakert"]["geometry"]["coordinates"] == [46.7528, 39.8177]  # lon, lat
    assert places["Lachin Corridor"]["geometry"]["coordinates"] == [46.55, 39.64]
    assert places["Stepanakert"]["properties"]["events"] == 3  # sirens, capture, planned evacuation
    events = [f for f in doc["features"] if f["properties"]["feature"] == "event"]
    offensive = next(f for f in events if f["properties"]["label"] == "military offensive")
    assert offensive["properties"]["place"] == "Nagorno-Karabakh" and offensive["properties"]["start"] == "2023-09-19"
    assert offensive["properties"]["actors"] == ["Azerbaijan"]
    assert all(-180 <= f["geometry"]["coordinates"][0] <= 180 and -90 <= f["geometry"]["coordinates"][1] <= 90 for f in doc["features"])
    assert "crs" not in doc  # RFC 7946: WGS 84 only


def test_filters_reach_the_files(fixture_store, tmp_path):
    out = tmp_path / "july.json"
    export_store(fixture_store, "json", out, projection="actor-actor", until="2023-07")
    G = nx.node_link_graph(json.loads(out.read_text()), edges="links")
    assert G.number_of_edges() == 3  # the three pairs of Borrell's appeal, nothing of September
    assert all(d["last"] <= "2023-07" for _u, _v, d in G.edges(data=True))


def test_a_failed_export_leaves_the_old_file(fixture_store, tmp_path):
    from kg.errors import ExportError

    out = tmp_path / "keep.graphml"
    out.write_text("old")
    with pytest.raises(ExportError, match="unknown projection"):
        export_store(fixture_store, "graphml", out, projection="nope")
    with pytest.raises(ExportError, match="unknown export option"):
        export_store(fixture_store, "graphml", out, colour="red")
    assert out.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.graphml"]  # no temporary files left


@pytest.mark.model
@pytest.mark.parametrize("fmt", NETWORK)
def test_every_format_from_the_seed_reads_back(fmt, seed_oxigraph, tmp_path, request):
    """The seed article's store, in every format, read back by an independent reader."""
    projection = None if fmt == "geojson" else "co-mention"
    out = tmp_path / f"seed.{extension(fmt)}"
    written = export_store(seed_oxigraph, fmt, out, **({"projection": projection} if projection else {}))
    if fmt == "graphml":
        schema = request.getfixturevalue("graphml_schema")
        assert schema.validate(etree.parse(str(out))), schema.error_log
        labels = {d["label"] for _n, d in nx.read_graphml(out).nodes(data=True)}
    elif fmt == "gexf":
        schema = request.getfixturevalue("gexf_schema")
        assert schema.validate(etree.parse(str(out))), schema.error_log
        labels = {d["label"] for _n, d in nx.read_gexf(out, version="1.3").nodes(data=True)}
    elif fmt == "cytoscape":
        labels = {n["data"]["label"] for n in json.loads(out.read_text())["elements"]["nodes"]}
    elif fmt == "json":
        labels = {d["label"] for _n, d in nx.node_link_graph(json.loads(out.read_text()), edges="links").nodes(data=True)}
    elif fmt == "dot":
        dot = request.getfixturevalue("dot_program")
        run = subprocess.run([dot, "-Tsvg", str(out)], capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, run.stderr
        labels = {t.text for t in etree.fromstring(run.stdout.encode()).iter("{http://www.w3.org/2000/svg}text")}
    elif fmt == "csv":
        with open(written[0], newline="", encoding="utf-8") as fh:
            labels = {row["Label"] for row in csv.DictReader(fh)}
    elif fmt == "geojson":
        import geojson

        doc = geojson.loads(out.read_text())
        assert doc.is_valid, doc.errors()
        labels = {f["properties"]["name"] for f in doc["features"]}
    else:
        page = out.read_text(encoding="utf-8")
        payload = page.split('<script type="application/json" id="kg-data">', 1)[1].split("</script>", 1)[0]
        labels = {n["label"] for n in json.loads(payload)["nodes"]}
    assert "Azerbaijan" in labels
    if fmt != "geojson":
        assert {"Antony Blinken", "Nikol Pashinyan"} <= labels
    else:
        assert {"Stepanakert", "Lachin Corridor"} <= labels
