"""The gold-file scorer (kg/eval): reading gold files, and scores that move with the graph."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.errors import EvaluationError
from kg.eval import format_text, load_gold, score_graph
from kg.vocab import ORG, SDO, WD

DATA = Path(__file__).resolve().parent / "data"
ROOT = Path(__file__).resolve().parents[2]
KB = "https://w3id.org/kg-news/kb/"


def write(tmp_path: Path, data: object, name: str = "gold.json") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_the_seed_gold_file_reads():
    gold = load_gold(DATA / "seed.json")
    assert gold.name == "seed"
    assert gold.article == (ROOT / "examples" / "politico-2023-09-19.txt").resolve() and gold.article.is_file()
    assert gold.published.isoformat() == "2023-09-19"
    assert sum(not e.optional for e in gold.entities) == 16
    assert len(gold.roles) == 6 and len(gold.events) == 15
    ghazaryan = next(r for r in gold.roles if r.person == ("ghazaryan",))
    assert ghazaryan.org == ("artsakh", "nagorno_karabakh")


@pytest.mark.parametrize(
    "data, message",
    [
        ("{not json", r"gold.json:1: not valid JSON"),
        ({"entities": []}, r'"article" must be an object'),
        ({"article": {"path": "a.txt"}, "entities": [{"key": "x", "label": "X"}]}, r'entities\[0\].*"type"'),
        (
            {"article": {"path": "a.txt"}, "entities": [{"key": "x", "label": "X", "type": "Person"}],
             "roles": [{"person": "y", "role": "president", "in": "x"}]},
            r"roles\[0\]\.person: 'y' is not the key of any entity",
        ),
        (
            {"article": {"path": "a.txt"}, "entities": [{"key": "x", "label": "X", "type": "Person", "match": "(unclosed"}]},
            r"not a valid regular expression",
        ),
        ({"article": {"path": "a.txt", "published": "19/09/2023"}, "entities": []}, r"is not a date; use YYYY-MM-DD"),
        (
            {"article": {"path": "a.txt"}, "entities": [{"key": "x", "label": "X", "type": "Country", "wikidata": "227"}]},
            r"is not an id such as Q227",
        ),
    ],
)
def test_a_malformed_gold_file_says_where_and_what_to_do(tmp_path, data, message):
    with pytest.raises(EvaluationError, match=message):
        load_gold(write(tmp_path, data))


def test_a_missing_gold_file_is_an_evaluation_error(tmp_path):
    with pytest.raises(EvaluationError, match="no such gold file"):
        load_gold(tmp_path / "nope.json")


# ---------------------------------------------------------------------- scoring the real seed graph


@pytest.fixture()
def seed_graph(seed_rdf) -> Graph:
    g = Graph()
    for t in seed_rdf.claims:
        g.add(t)
    for t in seed_rdf.descriptions:
        g.add(t)
    return g


@pytest.fixture(scope="module")
def seed_gold():
    return load_gold(DATA / "seed.json")


@pytest.mark.model
def test_the_seed_graph_scores_full_recall_of_entities_types_links_and_roles(seed_graph, seed_gold):
    result = score_graph(seed_graph, seed_gold)
    for kind in ("entities", "types", "links", "roles"):
        c = result.counts[kind]
        assert (c.found, c.gold) == ({"entities": 16, "types": 16, "links": 6, "roles": 6}[kind],) * 2, kind
    assert result.wrong == 0
    assert result.counts["roles"].precision == 1.0
    assert 0.5 < result.counts["entities"].precision <= 1.0
    table = format_text([result])
    assert table.splitlines()[0] == "seed" and "roles" in table


@pytest.mark.model
def test_scores_fall_when_the_graph_is_wrong(seed_graph, seed_gold):
    broken = Graph()
    for t in seed_graph:
        if t[1] == ORG.holds and str(t[0]) == KB + "nikol_pashinyan":
            continue  # lose a role
        if t[0] == URIRef(KB + "stepanakert") and t[1] == RDF.type:
            continue  # lose a type
        broken.add(t)
    broken.add((URIRef(KB + "stepanakert"), RDF.type, SDO.Person))
    broken.add((URIRef(KB + "armenia"), OWL.sameAs, WD.Q227))  # a wrong link
    state = URIRef("https://w3id.org/kg-news/entity/organization/state")
    broken.add((state, RDF.type, SDO.Organization))
    broken.add((state, RDFS.label, Literal("State")))  # a gold not_entity

    result = score_graph(broken, seed_gold)
    assert result.counts["roles"].found == 5
    assert result.counts["types"].found == 15
    links = result.counts["links"]
    assert links.precision < 1.0
    assert result.wrong == 2  # "State" as Organization, Stepanakert as Person
    assert any("Stepanakert" in m and "not City" in m for m in result.misses)


def test_a_kind_the_gold_does_not_annotate_is_not_scored(tmp_path):
    gold = load_gold(write(tmp_path, {"article": {"path": "a.txt"}, "entities": [{"key": "x", "label": "Xland", "type": "Country"}]}))
    g = Graph()
    node = URIRef("https://example.org/xland")
    g.add((node, RDF.type, SDO.Country))
    g.add((node, RDFS.label, Literal("Xland")))
    result = score_graph(g, gold)
    assert (result.counts["entities"].found, result.counts["types"].found) == (1, 1)
    assert result.counts["events"].predicted == 0 and result.counts["events"].precision is None
