"""kg/canon: an organisation's country (``kgo:country``) the store states only after the linker
first read the organisation (an article of a later round of ``kg load`` states it) is read at
the next :meth:`Canonicaliser.load_points`: its chain, and the blocking keys of its events, are
made again (before, the chain made without it was kept)."""
from __future__ import annotations

KB = "https://w3id.org/kg-news/kb/"
ORG = "https://w3id.org/kg-news/entity/organization/"
KGO = "https://w3id.org/kg-news/ontology#"


def _record(body: str, place: str, time: str):  # type: ignore[no-untyped-def]
    from kg.canon import EventRecord

    return EventRecord(iri=f"https://w3id.org/kg-news/article/a1/event/{body[-6:]}", article="https://w3id.org/kg-news/article/a1",
                       classes={"Arrest"}, label="arrest", agents={body}, places={place}, time=time, modality="Asserted")


def test_a_country_stated_later_is_read(settings):
    from kg.canon import Canonicaliser
    from kg.store import open_store

    cases = [  # state bodies of three countries, named by no beginning the knowledge base knows
        (ORG + "police-of-the-coast-test", KB + "kenya", KB + "kenya", "2024-07-09"),
        (ORG + "gendarmerie-of-the-north-test", KB + "mali", KB + "mali", "2023-02-01"),
        (ORG + "border-guard-of-the-east-test", KB + "ukraine", KB + "ukraine", "2022-04-03"),
    ]
    with open_store("memory:", settings) as store:
        canon = Canonicaliser(store, settings)
        linker = canon.linker
        records = [_record(body, place, time) for body, _country, place, time in cases]
        canon.load_points(records)  # the store states no country for them yet
        for (body, _country, _place, _time), rec in zip(cases, records):
            assert linker.root(body) == body
            assert not any(k.endswith("|actor:" + _country) for k in linker.keys(rec))
        graph = store.iris.entities_graph
        lines = "\n".join(f"<{body}> <{KGO}country> <{country}> ." for body, country, _p, _t in cases)
        store.update(f"INSERT DATA {{ GRAPH <{graph}> {{\n{lines}\n}} }}")
        canon.load_points(records)
        for (body, country, _place, _time), rec in zip(cases, records):
            assert linker.countries[body] == country
            assert linker.root(body) == country
            assert any(k.endswith("|actor:" + country) for k in linker.keys(rec))
