"""kg/analyse/metrics.py: values against known graphs, reproducibility, write-back."""
from __future__ import annotations

import math

import networkx as nx
import pytest

from kg.analyse.metrics import METRICS, MetricsError, compute_metrics, ranked, write_back
from kg.analyse.projections import project


def test_star_centre_brokers_everything():
    G = nx.star_graph(4)  # 0 in the centre
    t = compute_metrics(G)
    assert t[0]["degree"] == 4 and t[1]["degree"] == 1
    assert t[0]["betweenness"] == pytest.approx(1.0) and t[1]["betweenness"] == 0.0
    assert t[0]["pagerank"] > t[1]["pagerank"]
    assert sum(r["pagerank"] for r in t.values()) == pytest.approx(1.0)
    assert t[0]["eigenvector"] > t[1]["eigenvector"]
    assert {r["core"] for r in t.values()} == {1}


def test_weights_count_and_k_core_finds_the_dense_part():
    G = nx.complete_graph(4)
    G.add_edge(3, "tail", weight=5)
    t = compute_metrics(G)
    assert t["tail"]["weighted_degree"] == 5.0 and t[3]["weighted_degree"] == 8.0
    assert t[0]["core"] == 3 and t["tail"]["core"] == 1


def test_louvain_is_seeded_and_finds_the_two_cliques():
    G = nx.barbell_graph(6, 0)
    a, b = compute_metrics(G, seed=7), compute_metrics(G, seed=7)
    assert a == b
    left = {a[n]["community"] for n in range(6)}
    right = {a[n]["community"] for n in range(6, 12)}
    assert len(left) == 1 and len(right) == 1 and left != right


def test_every_value_is_finite_even_on_awkward_graphs():
    G = nx.Graph()
    G.add_nodes_from(["alone", "also alone"])
    G.add_edge("a", "b", weight=float("nan"))
    G.add_edge("b", "b")  # self-loop
    G.add_edge("c", "d", weight="heavy")
    t = compute_metrics(G)
    for row in t.values():
        assert set(row) == set(METRICS)
        assert all(math.isfinite(v) for v in row.values())
    assert compute_metrics(nx.Graph()) == {}


def test_ranking_orders_and_filters(fixture_data):
    G = project(fixture_data, "actor-actor")
    t = compute_metrics(G)
    rows = ranked(G, t, by="degree")
    assert rows[0]["label"] in ("Azerbaijan", "Armenia") and rows[0]["rank"] == 1
    assert [r["degree"] for r in rows] == sorted((r["degree"] for r in rows), reverse=True)
    with pytest.raises(MetricsError):
        ranked(G, t, by="fame")


def test_write_back_stores_metrics_in_their_own_graph(fixture_store):
    G = project(fixture_store, "actor-actor")
    t = compute_metrics(G)
    before = fixture_store.graph_sizes()
    graph = write_back(fixture_store, t, projection="actor-actor", description="test")
    graph_again = write_back(fixture_store, t, projection="actor-actor")  # replaces, does not add
    assert graph == graph_again == "https://w3id.org/kg-news/graph/metrics/actor-actor"
    after = fixture_store.graph_sizes()
    assert {g: n for g, n in after.items() if g != graph} == before
    rows = fixture_store.query(
        "PREFIX kgo: <https://w3id.org/kg-news/ontology#> SELECT ?e ?pr ?c WHERE { GRAPH <%s> { ?e kgo:pageRank ?pr ; kgo:community ?c } }" % graph
    ).rows
    assert len(rows) == G.number_of_nodes()
    values = {str(e): float(pr) for e, pr, _c in rows}
    az = "https://w3id.org/kg-news/entity/Q227"
    assert values[az] == pytest.approx(t[az]["pagerank"])
