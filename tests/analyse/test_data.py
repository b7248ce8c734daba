"""kg/analyse/data.py: what is read out of a store, on every backend."""
from __future__ import annotations

import pytest

from kg.analyse.data import read_graph_data
from kg.analyse.filters import FilterError, Filters

from .fixture import XSS, fill

BASE = "https://w3id.org/kg-news/"


def _ent(key):
    return f"{BASE}entity/{key}"


def test_events_come_with_type_participants_place_time_and_evidence(fixture_data):
    data = fixture_data
    assert len(data.articles) == 4 and len(data.events) == 12
    appeal = next(e for e in data.events if e.iri.endswith("fx-offensive/event/e5"))
    assert appeal.type == "Appeal"
    assert set(appeal.participants) == {("speaker", _ent("person/antony-blinken")), ("addressee", _ent("Q227"))}
    assert appeal.places == (_ent("place/lachin-corridor"),)
    assert appeal.time == "2023-09" and appeal.modality == "asserted"
    text = data.sentence_at(appeal.article, appeal.sentence[0]).text
    assert text == "Antony Blinken urged Azerbaijan to reopen the Lachin Corridor."
    assert text[appeal.trigger[0] - appeal.sentence[0] : appeal.trigger[1] - appeal.sentence[0]] == "urged"
    reported = next(e for e in data.events if e.type == "TroopMovement")
    assert reported.modality == "reported" and reported.attributed_to.endswith("fx-offensive/event/e3")


def test_entities_are_described_once_with_types_links_and_coordinates(fixture_data):
    e = fixture_data.entities
    assert e[_ent("place/stepanakert")].type == "City"
    assert (e[_ent("place/stepanakert")].lon, e[_ent("place/stepanakert")].lat) == (46.7528, 39.8177)
    assert e[_ent("Q227")].wikidata == "Q227" and e[_ent("Q227")].actor and e[_ent("Q227")].place
    assert e[_ent("Q7035479")].kind == "actor" and e[_ent("place/lachin-corridor")].kind == "place"
    assert e[_ent("group/xss")].label == XSS


def test_mentions_point_at_their_words(fixture_data):
    for m in fixture_data.mentions:
        sent = fixture_data.sentence_at(m.article, m.start)
        assert sent.text[m.start - sent.start : m.end - sent.start] == m.text


@pytest.mark.parametrize("spec", ["memory:", "oxigraph-memory:"])
def test_every_backend_reads_the_same(spec, settings, fixture_data):
    from kg.store import open_store

    with open_store(spec, settings) as store:
        fill(store)
        data = read_graph_data(store)
    assert data.events == fixture_data.events
    assert data.entities == fixture_data.entities
    assert sorted(data.mentions, key=repr) == sorted(fixture_data.mentions, key=repr)


def test_an_rdflib_dataset_is_read_as_a_store(settings, fixture_data):
    from rdflib import Dataset

    from .fixture import fixture_rdf

    ds = Dataset()
    for rdf in fixture_rdf(settings.base_iri):
        g = ds.graph(rdf.graph)
        for t in rdf.claims:
            g.add(t)
        shared = ds.graph(f"{settings.base_iri}graph/entities")
        for t in rdf.descriptions:
            shared.add(t)
    data = read_graph_data(ds)
    assert data.events == fixture_data.events


def test_filters_select_articles_types_modalities_and_time(fixture_store):
    only = read_graph_data(fixture_store, Filters.create(articles=["fx-july"]))
    assert set(only.articles) == {f"{BASE}article/fx-july"} and len(only.events) == 2
    statements = read_graph_data(fixture_store, Filters.create(event_types=["statement", "Appeal"]))
    assert sorted(e.type for e in statements.events) == ["Appeal", "Appeal", "Statement"]
    planned = read_graph_data(fixture_store, Filters.create(modalities=["planned"]))
    assert [e.type for e in planned.events] == ["Evacuation"]
    july = read_graph_data(fixture_store, Filters.create(until="2023-07-31"))
    assert sorted(e.type for e in july.events) == ["Appeal", "Blockade"]
    assert {m.article for m in july.mentions} == {f"{BASE}article/fx-july"}


def test_an_unknown_article_is_an_error_that_says_where_to_look(fixture_store):
    with pytest.raises(FilterError, match="kg query articles"):
        read_graph_data(fixture_store, Filters.create(articles=["no-such-article"]))
