"""Session 20 (issue 14 leftovers): what the canonical layer learnt of the store is read again
when the store changes under it.

1. ``kg remove`` (an update of removed articles) taking away the point a removed article lent a
   place: the events of the other articles naming the place, grouped again, are keyed again
   (their index entries had the place's grid cell; :meth:`Canonicaliser._rekey`), and the
   linker forgets the point (:meth:`Geography.unplace`).
2. ``load_points(again=True)`` reads again the countries of organisations it had read (a
   replaced article states another, or none): before, only organisations not yet read were.

Invented events of three crises (a village in Mali, a camp in South Sudan, a market in
Somalia), written out as a store holds them (no model; the knowledge base is the shipped one)."""
from __future__ import annotations

import pytest

K = "https://w3id.org/kg-news/ontology#"
S = "http://semanticweb.cs.vu.nl/2009/11/sem/"
PLACE = "https://w3id.org/kg-news/entity/place/"
ORG = "https://w3id.org/kg-news/entity/organization/"
KB = "https://w3id.org/kg-news/kb/"
GEO = "http://www.opengis.net/ont/geosparql#"
XSD = "http://www.w3.org/2001/XMLSchema#"

CASES = [  # (a place no gazetteer has, the point an article lent it (lat, lon), the day)
    ("dioura-test-village", (14.9, -5.3), "2024-02-11"),
    ("malakal-test-camp", (9.5, 31.6), "2023-06-07"),
    ("baidoa-test-market", (3.1, 43.6), "2022-10-29"),
]


def _article(store, aid: str, place: str, day: str) -> None:  # type: ignore[no-untyped-def]
    art = f"{store.iris.base}article/{aid}"
    e = f"{art}/event/e1"
    lines = [f"<{art}> a <https://schema.org/NewsArticle> .",
             f'<{art}> <https://schema.org/datePublished> "{day}"^^<{XSD}date> .',
             f"<{e}> a <{S}Event> .", f"<{e}> a <{K}Attack> .", f"<{e}> <{K}modality> <{K}Asserted> .",
             f"<{e}> <{S}hasPlace> <{PLACE}{place}> .", f'<{e}> <{S}hasTimeStamp> "{day}"^^<{XSD}date> .',
             f'<{e}> <http://www.w3.org/2000/01/rdf-schema#label> "attack" .']
    store.update(f"INSERT DATA {{ GRAPH <{store.iris.article_graph(aid)}> {{\n" + "\n".join(lines) + "\n} }")


def _keys(store, event: str) -> set[str]:  # type: ignore[no-untyped-def]
    g = store.iris.canonical_graph
    return {str(k) for (k,) in store.query(f"SELECT ?k WHERE {{ GRAPH <{g}> {{ <{event}> <{K}blockingKey> ?k }} }}").rows}


@pytest.mark.parametrize(("place", "point", "day"), CASES)
def test_a_point_taken_away_by_a_removal_rekeys_the_other_reports(settings, place, point, day):
    from kg.canon import Canonicaliser
    from kg.store import open_store

    with open_store("memory:", settings) as store:
        ents = store.iris.entities_graph
        geometry = (f"<{PLACE}{place}> <{GEO}hasGeometry> <{PLACE}{place}/geometry> . "
                    f'<{PLACE}{place}/geometry> <{GEO}asWKT> "POINT ({point[1]} {point[0]})"^^<{GEO}wktLiteral> .')
        store.update(f"INSERT DATA {{ GRAPH <{ents}> {{ {geometry} }} }}")  # lent by the first report
        _article(store, f"lender-{place}", place, day)
        _article(store, f"other-{place}", place, day)
        canon = Canonicaliser(store, settings)
        canon.update([f"lender-{place}", f"other-{place}"])
        other = f"{store.iris.base}article/other-{place}/event/e1"
        assert any("|cell:" in k for k in _keys(store, other))
        # the lender removed, and with it the point only it gave the place
        store.update(f"DROP GRAPH <{store.iris.article_graph(f'lender-{place}')}>")
        store.update(f"DELETE DATA {{ GRAPH <{ents}> {{ {geometry} }} }}")
        canon.update([f"lender-{place}"])
        assert f"{PLACE}{place}" not in canon.linker.points
        assert _keys(store, other) and not any("|cell:" in k for k in _keys(store, other))


def _record(body: str, place: str, time: str):  # type: ignore[no-untyped-def]
    from kg.canon import EventRecord

    return EventRecord(iri=f"https://w3id.org/kg-news/article/a1/event/{body[-6:]}", article="https://w3id.org/kg-news/article/a1",
                       classes={"Arrest"}, label="arrest", agents={body}, places={place}, time=time, modality="Asserted")


def test_a_country_stated_again_is_read_again(settings):
    from kg.canon import Canonicaliser
    from kg.store import open_store

    cases = [  # a state body, the country first stated, the one a replaced article states
        (ORG + "police-of-the-river-test", KB + "kenya", KB + "uganda", KB + "kenya", "2024-07-09"),
        (ORG + "guard-of-the-dunes-test", KB + "mali", KB + "niger", KB + "mali", "2023-02-01"),
        (ORG + "militia-of-the-hills-test", KB + "ukraine", None, KB + "ukraine", "2022-04-03"),
    ]
    with open_store("memory:", settings) as store:
        canon = Canonicaliser(store, settings)
        linker = canon.linker
        graph = store.iris.entities_graph
        records = [_record(body, place, time) for body, _c, _d, place, time in cases]
        lines = "\n".join(f"<{body}> <{K}country> <{first}> ." for body, first, _d, _p, _t in cases)
        store.update(f"INSERT DATA {{ GRAPH <{graph}> {{\n{lines}\n}} }}")
        canon.load_points(records)
        for (body, first, _d, _p, _t), rec in zip(cases, records):
            assert linker.countries[body] == first
            assert any(k.endswith("|actor:" + first) for k in linker.keys(rec))
        store.update(f"DELETE DATA {{ GRAPH <{graph}> {{\n{lines}\n}} }}")
        again = "\n".join(f"<{body}> <{K}country> <{then}> ." for body, _c, then, _p, _t in cases if then)
        store.update(f"INSERT DATA {{ GRAPH <{graph}> {{\n{again}\n}} }}")
        canon.load_points(records, again=True)
        for (body, first, then, _p, _t), rec in zip(cases, records):
            assert linker.countries.get(body) == then
            assert not any(k.endswith("|actor:" + first) for k in linker.keys(rec))
            if then:
                assert any(k.endswith("|actor:" + then) for k in linker.keys(rec))
