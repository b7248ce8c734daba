"""`-p place=Goma` with several entities called Goma (issue 13: one was picked silently).

kg now says which entities match (label, types, description, Wikidata id, articles) and how
to pick one: by IRI or by Wikidata id.
"""
from __future__ import annotations

import pytest

from kg.cli import main
from kg.config import Settings
from kg.extract.model import Entity, Extraction, Mention, Span
from kg.ingest.article import Article
from kg.rdf import Iris, to_rdf
from kg.store import open_store

SETTINGS = Settings()
IRIS = Iris(SETTINGS.base_iri)


def _article(aid: str, text: str, entities: list[Entity]) -> Extraction:
    ex = Extraction(article=Article.create(text, id=aid, source="<test>"))
    for e in entities:
        ex.entities[e.key] = e
        i = text.index(e.label)
        ex.mentions.append(Mention(Span(i, i + len(e.label), e.label), e.key))
    return ex


@pytest.fixture()
def store_path(tmp_path):
    city = Entity("Q3314", "Goma", ("City", "Place"), "place", wikidata="Q3314", description="city in North Kivu, DR Congo",
                  link_source="geonames", link_confidence=0.7)
    person = Entity("person/goma", "Goma", ("Person",), "person", link_source="ner", link_confidence=0.5)
    camp = Entity("place/goma", "Goma", ("Place",), "place", link_source="ner", link_confidence=0.5)
    nyala = Entity("place/nyala", "Nyala", ("City", "Place"), "place", link_source="geonames", link_confidence=0.7)
    path = tmp_path / "store"
    with open_store(str(path), SETTINGS) as store:
        store.put_article(to_rdf(_article("drc1", "M23 entered Goma.", [city]), IRIS))
        store.put_article(to_rdf(_article("drc2", "Fighting near Goma.", [city]), IRIS))
        store.put_article(to_rdf(_article("x", "Goma said so.", [person]), IRIS))
        store.put_article(to_rdf(_article("y", "A camp called Goma, far from Nyala.", [camp, nyala]), IRIS))
    return str(path)


def test_an_ambiguous_label_lists_the_entities_and_how_to_pick_one(store_path, capsys):
    rc = main(["query", "events-at-place", "-p", "place=Goma", "--store", store_path])
    err = capsys.readouterr().err
    assert rc == 1
    assert "place=Goma matches 3 entities" in err
    assert "City, Place; city in North Kivu, DR Congo; wikidata Q3314; 2 articles" in err
    assert "(Person; 1 article)" in err
    assert f"-p place={SETTINGS.base_iri}entity/person/goma" in err
    assert "-p place=Q3314" in err
    assert "Traceback" not in err


def test_picking_by_iri_or_wikidata_id(store_path, capsys):
    assert main(["query", "events-at-place", "-p", f"place={SETTINGS.base_iri}entity/place/goma", "--store", store_path]) == 0
    assert main(["query", "events-at-place", "-p", "place=Q3314", "--store", store_path]) == 0
    assert main(["query", "entity-articles", "-p", "entity=q3314", "--store", store_path, "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert "drc1" in out and "drc2" in out and "\ny," not in out


def test_one_match_is_not_ambiguous(store_path, capsys):
    assert main(["query", "events-at-place", "-p", "place=Nyala", "--store", store_path]) == 0
