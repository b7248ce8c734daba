"""One story counted once (kg/analyse/canonical.py): the POLITICO seed, the lead of
Wikipedia's article on the offensive and the U.S. State Department's statement of the same
day (tests/data/canon/) report one offensive; analysis and exports count it once, keep each
report reachable, and count each report with ``each_report``."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [
    ROOT / "examples" / "politico-2023-09-19.txt",
    ROOT / "tests" / "data" / "canon" / "wikipedia-2023-azerbaijani-offensive.txt",
    ROOT / "tests" / "data" / "canon" / "state-department-2023-09-19.txt",
]
KB = "https://w3id.org/kg-news/kb/"
KGO = "https://w3id.org/kg-news/ontology#"


@pytest.fixture(scope="module")
def store(tmp_path_factory, settings):
    from kg.run import load
    from kg.store import open_store

    with open_store(str(tmp_path_factory.mktemp("story") / "store"), settings) as st:
        report = load(SOURCES, st, settings, progress=False)
        assert "canonical event" in report.summary()  # the offensive (and the humanitarian situation two tell)
        yield st


@pytest.fixture(scope="module")
def both(store):
    """GraphData read the default way (a story once) and with each report apart."""
    from kg.analyse import Filters, read_graph_data

    return read_graph_data(store), read_graph_data(store, Filters.create(each_report=True))


def _members(store) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Article event -> its canonical event, as the canonical graph says."""
    g = store.iris.canonical_graph
    rows = store.query(f"SELECT ?e ?c WHERE {{ GRAPH <{g}> {{ ?e <{KGO}canonicalEvent> ?c }} }}").rows
    return {str(e): str(c) for e, c in rows}


def _offensive(events):  # type: ignore[no-untyped-def]
    """The canonical offensive among the events read (the one MilitaryOperation reports make)."""
    (found,) = [e for e in events if e.reports and e.type == "MilitaryOperation"]
    return found


def test_the_offensive_three_articles_report_is_one_event_with_its_reports(store, both):
    merged, each = both
    every = _members(store)
    ev = _offensive(merged.events)
    members = {e: c for e, c in every.items() if c == ev.iri}
    assert ev.type == "MilitaryOperation" and ev.time == "2023-09-19"
    assert len(ev.articles) == 3 and set(ev.articles) == set(merged.articles)
    assert ("agent", f"{KB}azerbaijan") in ev.participants and f"{KB}nagorno_karabakh" in ev.places
    # every report kept, reachable, and none of them counted besides
    assert {r.iri for r in ev.reports} == set(members)
    assert not {e.iri for e in merged.events} & set(every)
    assert len(each.events) == len(merged.events) + len(every) - len(set(every.values()))
    assert all(r.sentence and r.trigger for r in ev.reports)


def test_networks_count_the_offensive_once(both):
    from kg.analyse import project

    merged, each = both
    n_reports = sum(len(e.reports) for e in merged.events)
    G, H = project(merged, "actor-actor"), project(each, "actor-actor")
    pair = (f"{KB}azerbaijan", f"{KB}az_mod")  # the ministry and its country, in 2 of the articles
    shared = [e for e in each.events if {a for _r, a in e.participants} >= set(pair)]
    in_story = [e for e in shared if any(e.iri in {r.iri for r in m.reports} for m in merged.events)]
    assert len(in_story) > 1  # several reports name both
    assert G.edges[pair]["weight"] == H.edges[pair]["weight"] - len(in_story) + 1
    assert len(G.edges[pair]["articles"]) >= len(H.edges[pair]["articles"])
    assert G.graph["events"] == len(merged.events) and G.graph["reports"] == len(each.events) == H.graph["events"]
    A, B = project(merged, "actor-event-place"), project(each, "actor-event-place")
    events_of = Counter(d["kind"] for _n, d in A.nodes(data=True))["event"]
    n_canonical = sum(1 for e in merged.events if e.reports)
    assert events_of == len(merged.events) == Counter(d["kind"] for _n, d in B.nodes(data=True))["event"] - n_reports + n_canonical
    canonical = _offensive(merged.events)
    node = A.nodes[canonical.iri]
    assert node["reports"] == len(canonical.reports) and len(node["article_ids"]) == 3
    assert set(node["report_events"]) == {r.iri for r in canonical.reports}


def test_a_map_counts_the_offensive_once_at_its_place(both):
    from kg.export.geojson import geojson_data

    merged, each = both
    nk = f"{KB}nagorno_karabakh"
    at = {}
    for name, data in (("merged", merged), ("each", each)):
        doc = geojson_data(data)
        (place,) = [f for f in doc["features"] if f["id"] == nk]
        at[name] = (place["properties"]["events"], [f for f in doc["features"] if f["properties"]["feature"] == "event"])
    canonical = _offensive(merged.events)
    stories = [e for e in merged.events if e.reports and nk in e.places]
    here = [r for e in stories for r in e.reports if nk in r.places]
    assert at["merged"][0] == at["each"][0] - len(here) + len(stories)
    (feature,) = [f for f in at["merged"][1] if f["id"] == canonical.iri]
    assert feature["properties"]["reports"] == len(canonical.reports) and len(feature["properties"]["article_ids"]) == 3


def test_the_viewer_shows_each_report_of_the_one_event(store, both):
    from kg.export.html import viewer_data
    from kg.export.network import build_network

    net = build_network(store, {})
    data = viewer_data(net)
    canonical = _offensive(both[0].events)
    evidence = data["evidence"][canonical.iri]
    assert len({e["article"] for e in evidence}) == 3  # a sentence from each article


def test_the_cli_counts_once_unless_asked(store, tmp_path):
    from kg.cli import _register, cli
    from click.testing import CliRunner

    _register()
    spec = str(store.path)  # the embedded store's folder, opened read-only by the command
    once = CliRunner().invoke(cli, ["analyse", "--store", spec, "--json", str(tmp_path / "once.json")])
    each = CliRunner().invoke(cli, ["analyse", "--store", spec, "--each-report", "--json", str(tmp_path / "each.json")])
    assert once.exit_code == 0 and each.exit_code == 0, (once.output, each.output)
    assert "events from" in once.output and "events from" not in each.output
    weight = {}
    for name in ("once", "each"):
        rows = json.loads((tmp_path / f"{name}.json").read_text())
        weight[name] = {r["id"]: r["weighted_degree"] for r in rows}
    assert weight["once"][f"{KB}azerbaijan"] < weight["each"][f"{KB}azerbaijan"]


def test_graphml_keeps_each_attribute_one_type(store, tmp_path):
    """An event node's reports and article ids next to the entities' article counts: GraphML
    and GEXF readers need one type an attribute (networkx#3663)."""
    import networkx as nx

    from kg.export import export_store

    export_store(store, "graphml", tmp_path / "story.graphml")
    G = nx.read_graphml(tmp_path / "story.graphml")
    events = [d for _n, d in G.nodes(data=True) if d.get("kind") == "event"]
    entities = [d for _n, d in G.nodes(data=True) if d.get("kind") != "event"]
    assert all(isinstance(d["articles"], int) for d in entities)
    (story,) = [d for d in events if d["reports"] > 1 and d["type"] == "MilitaryOperation"]
    assert len(story["article_ids"].split("; ")) == 3
    assert all(d["reports"] == 1 or len(d["article_ids"].split("; ")) > 1 for d in events if d is not story)


def test_another_crisis_three_reports_of_one_attack_count_once(tmp_path, settings):
    """Three short reports of one attack on a camp in Sudan (tests/data/canon/disagree/):
    one attack and one casualty event, not three and two, whatever they disagree on."""
    from kg.analyse import Filters, project, read_graph_data
    from kg.run import load
    from kg.store import open_store

    folder = ROOT / "tests" / "data" / "canon" / "disagree"
    with open_store(str(tmp_path / "store"), settings) as st:
        load(sorted(folder.glob("*.txt")), st, settings, progress=False)
        merged, each = read_graph_data(st), read_graph_data(st, Filters.create(each_report=True))
    count = {name: Counter(e.type for e in d.events) for name, d in (("merged", merged), ("each", each))}
    assert count["each"]["Attack"] == 3 and count["merged"]["Attack"] == 1
    assert count["each"]["Casualties"] == 2 and count["merged"]["Casualties"] == 1
    (attack,) = [e for e in merged.events if e.type == "Attack"]
    assert len(attack.articles) == 3 and {f"{KB}rsf", f"{KB}saf"} <= {a for _r, a in attack.participants}
    G, H = project(merged, "actor-event-place"), project(each, "actor-event-place")
    assert G.nodes[attack.iri]["reports"] == 3
    zamzam = next(p for p in attack.places if "zamzam" in p)
    assert G.degree(zamzam) == H.degree(zamzam) - 3  # 5 reports at the camp, 2 events
