"""The article graph follows the RDF contract (../shared/spec/rdf-contract.md)."""
from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import RDF, XSD

from kg.vocab import ITSRDF, NIF, SDO


def test_article_node_and_context(seed_rdf, seed_article):
    g = seed_rdf.claims
    (art,) = set(g.subjects(RDF.type, SDO.NewsArticle))
    assert (art, SDO.datePublished, Literal("2023-09-19", datatype=XSD.date)) in g
    (ctx,) = set(g.subjects(RDF.type, NIF.Context))
    assert str(g.value(ctx, NIF.isString)) == seed_article.text


def test_every_mention_offset_matches_the_text(seed_rdf, seed_article):
    g = seed_rdf.claims
    text = seed_article.text
    strings = set(g.subjects(NIF.beginIndex, None))
    assert len(strings) > 30
    for m in strings:
        b, e = int(g.value(m, NIF.beginIndex)), int(g.value(m, NIF.endIndex))
        assert text[b:e] == str(g.value(m, NIF.anchorOf)), m
        assert g.value(m, NIF.beginIndex).datatype == XSD.nonNegativeInteger
        assert str(m).endswith(f"#char={b},{e}")


def test_mentions_point_at_described_entities(seed_rdf):
    described = set(seed_rdf.descriptions.subjects(RDF.type, None))
    targets = set(seed_rdf.claims.objects(None, ITSRDF.taIdentRef))
    assert targets and targets <= described


def test_no_blank_nodes(seed_rdf):
    from rdflib import BNode

    for g in (seed_rdf.claims, seed_rdf.descriptions):
        assert not any(isinstance(t, BNode) for triple in g for t in triple)



@pytest.mark.model
def test_an_inferred_place_is_no_sem_has_place(nlp, settings):
    """kgo:inferredPlace, not sem:hasPlace nor kgo:eventPlace: the sentence did not say it."""
    from datetime import date

    from helpers import extract_text
    from kg.rdf import Iris, to_rdf
    from kg.vocab import KGO, SEM

    # "Last year": another time, so the shelling's scene (El Fasher) is not carried (events/scene.py)
    ex = extract_text(nlp, "The RSF shelled El Fasher in Sudan on Monday. Last year, dozens of people were killed.",
                      published=date(2024, 6, 12))
    g = to_rdf(ex, Iris(settings.base_iri)).claims
    inferred = list(g.subject_objects(KGO.inferredPlace))
    assert len(inferred) == 1
    event, place = inferred[0]
    assert (event, SEM.hasPlace, None) not in g and (event, KGO.eventPlace, None) not in g


@pytest.mark.model
def test_a_place_carried_from_the_scene_is_a_place_with_its_source(nlp, settings):
    """A consequence told in the next sentence takes the scene's place as its kgo:eventPlace
    (a sem:hasPlace) and its time, and kgo:scene names the event they came from."""
    from datetime import date

    from helpers import extract_text
    from kg.rdf import Iris, to_rdf
    from kg.vocab import KGO, SEM

    ex = extract_text(nlp, "The RSF shelled El Fasher in Sudan on Monday. Dozens of people were killed.", published=date(2024, 6, 12))
    g = to_rdf(ex, Iris(settings.base_iri)).claims
    carried = list(g.subject_objects(KGO.scene))
    assert len(carried) == 1
    event, source = carried[0]
    assert (event, KGO.eventPlace, None) in g and (event, SEM.hasTimeStamp, None) in g
    assert set(g.objects(event, KGO.eventPlace)) == set(g.objects(source, KGO.eventPlace))
    assert (event, KGO.inferredPlace, None) not in g
