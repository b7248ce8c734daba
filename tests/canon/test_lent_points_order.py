"""kg/canon: the canonical layer does not depend on the order articles are written and indexed
when articles lend one unplaced place different points.

A village no gazetteer has is lent a point by the place each article sets it among (some 60
km west of a town in one report, the territory it lies in in another): the entity graph then
holds both points. ``kg load`` indexes its articles a batch at a time as they are written,
and how many are written before a batch is indexed depends on how fast workers extract
(``--jobs``): the index entries (blocking keys by grid cell and country) of the place's events
must be those of the points the store holds once every article is written, not of the first
point read. Texts written for this test, of two crises (eastern Congo, southern Yemen:
tests/data/canon/lent/). ``tests/test_jobs.py`` loads them with one and two workers.
"""
from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.model

LENT = Path(__file__).resolve().parents[1] / "data" / "canon" / "lent"
ORDERS = [
    ["kivu-west", "kivu-masisi", "yemen-lahij", "yemen-abyan"],
    ["kivu-masisi", "kivu-west", "yemen-abyan", "yemen-lahij"],
]


@pytest.fixture(scope="module")
def rdfs(settings):
    from kg.ingest import read_articles
    from kg.run import Report, extract_rdf

    return {name: next(iter(extract_rdf(read_articles([LENT / f"{name}.txt"]), settings, Report())))
            for name in ORDERS[0]}


def _points(store, place: str) -> set[str]:
    rows = store.query(
        f"SELECT ?w WHERE {{ GRAPH <{store.iris.entities_graph}> {{ <{place}> "
        f"<http://www.opengis.net/ont/geosparql#hasGeometry>/<http://www.opengis.net/ont/geosparql#asWKT> ?w }} }}"
    ).rows
    return {str(r[0]) for r in rows}


def _layer(settings, rdfs, order: list[str], *, ahead: bool) -> set[tuple[str, ...]]:
    """The canonical layer after the articles of ``order`` are written; ``ahead``: each
    indexed as soon as it is written (a load with one article a batch), else all at the end."""
    from kg.canon import Canonicaliser
    from kg.store import open_store

    with open_store("memory:", settings) as store:
        canon = Canonicaliser(store, settings)
        indexed = None
        for name in order:
            store.put_article(rdfs[name])
            if ahead:
                indexed = canon.index([rdfs[name].article_id], indexed)
        assert len(_points(store, "https://w3id.org/kg-news/entity/place/tembuvaro")) == 2  # lent two points
        assert len(_points(store, "https://w3id.org/kg-news/entity/place/qarwaba")) == 2
        canon.update([rdfs[n].article_id for n in order], indexed=indexed)
        g = store.iris.canonical_graph
        return {tuple(map(str, row)) for row in store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}").rows}


def test_the_layer_is_the_same_whatever_order_the_articles_are_indexed_in(settings, rdfs):
    at_once = _layer(settings, rdfs, ORDERS[0], ahead=False)
    assert sum(p.endswith("#blockingKey") and "cell:" in o for _s, p, o in at_once) > 4  # the lent places' cells
    for order in ORDERS:
        assert _layer(settings, rdfs, order, ahead=True) == at_once, order
        assert _layer(settings, rdfs, order, ahead=False) == at_once, order


def test_a_later_load_lending_another_point_rewrites_the_earlier_entries(settings, rdfs):
    """Articles loaded in two loads, the second lending the places another point: the
    earlier articles' entries are those of the point chosen among all, as one load writes."""
    from kg.canon import Canonicaliser
    from kg.store import open_store

    at_once = _layer(settings, rdfs, ORDERS[1], ahead=False)
    for first, second in ((ORDERS[1][0::2], ORDERS[1][1::2]), (ORDERS[1][1::2], ORDERS[1][0::2])):
        with open_store("memory:", settings) as store:
            for part in (first, second):
                canon = Canonicaliser(store, settings)  # (a load of its own: nothing read before)
                for name in part:
                    store.put_article(rdfs[name])
                canon.update([rdfs[n].article_id for n in part])
            g = store.iris.canonical_graph
            layer = {tuple(map(str, row)) for row in store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}").rows}
        assert layer == at_once, (first, sorted(layer ^ at_once)[:4])
