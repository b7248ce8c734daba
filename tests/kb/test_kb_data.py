"""The shipped knowledge base, ontology/kb/south-caucasus.ttl: complete, honest, well placed."""
from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF

from kg.kb import SCHEMA_TYPES, KnowledgeBase, check_kb_file, default_kb_files
from kg.kb.readers import read_turtle
from kg.resources import kb_dir
from kg.vocab import KB

GOLD = Path(__file__).resolve().parents[3] / "shared" / "gold" / "seed.json"


def test_default_files_skip_the_vocabulary() -> None:
    names = [p.name for p in default_kb_files()]
    assert "south-caucasus.ttl" in names
    assert not any("vocab" in n for n in names)


def test_shipped_file_parses_and_is_clean(shipped_ttl: Path) -> None:
    Graph().parse(shipped_ttl, format="turtle")
    assert check_kb_file(shipped_ttl) == []


def test_size(kb: KnowledgeBase, shipped_ttl: Path) -> None:
    regional = [e for e in kb if e.source == str(shipped_ttl)]
    assert 100 <= len(regional) <= 200


def test_every_entity_has_label_and_known_type(kb: KnowledgeBase) -> None:
    for entity in kb:
        assert entity.label.strip(), entity.key
        assert entity.types and all(t in SCHEMA_TYPES for t in entity.types), entity.key
        assert entity.key.startswith(str(KB)), entity.key


def test_every_kb_term_is_defined_in_the_vocabulary(shipped_ttl: Path) -> None:
    data = Graph().parse(shipped_ttl, format="turtle")
    vocab = Graph().parse(kb_dir() / "kb-vocab.ttl", format="turtle")
    defined = {p for p in vocab.subjects(RDF.type, None) if str(p).startswith(str(KB))}
    used = {p for p in data.predicates() if str(p).startswith(str(KB))}
    assert used and used <= defined, used - defined


def test_every_wikidata_id_is_well_formed_and_cited(kb: KnowledgeBase, shipped_ttl: Path) -> None:
    with_ids = [e for e in kb if e.wikidata]
    assert len(with_ids) >= 250  # the regional file's 41 and the world KB's countries and bodies
    for entity in with_ids:
        assert re.fullmatch(r"Q[1-9]\d*", entity.wikidata), entity.key
        assert entity.wikidata_source, f"{entity.label}: Wikidata id without a source"
    # Every owl:sameAs in the regional file is to Wikidata and is read (it wins over the world KB).
    graph = Graph().parse(shipped_ttl, format="turtle")
    same = {(str(s), str(o)) for s, o in graph.subject_objects(OWL.sameAs)}
    read = {(e.key, f"http://www.wikidata.org/entity/{e.wikidata}") for e in with_ids}
    assert len(same) == 41 and same <= read


@pytest.mark.skipif(not GOLD.is_file(), reason="shared/gold/seed.json is not beside the checkout")
def test_ids_agree_with_the_gold_annotation(kb: KnowledgeBase) -> None:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    for item in gold["entities"]:
        found = kb.lookup(item["label"])
        assert found, item["label"]
        if "wikidata" in item:
            assert found[0].wikidata == item["wikidata"], item["label"]


def test_places_have_coordinates_in_range(kb: KnowledgeBase) -> None:
    places = [e for e in kb if e.kind == "place"]
    assert len(places) >= 50
    for place in places:
        assert place.lat is not None and place.lon is not None, place.label
        assert -90 <= place.lat <= 90 and -180 <= place.lon <= 180, place.label


def _distance_deg(entity, lat: float, lon: float) -> float:
    return math.hypot(entity.lat - lat, entity.lon - lon)


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [
        ("Stepanakert", 39.815, 46.752),
        ("Shusha", 39.76, 46.75),
        ("Lachin Corridor", 39.6, 46.5),  # between Stepanakert and Goris, through Lachin
        ("Baku", 40.38, 49.89),
        ("Yerevan", 40.18, 44.51),
        ("Washington", 38.90, -77.04),
        ("Goris", 39.51, 46.34),
    ],
)
def test_places_are_where_they_are(kb: KnowledgeBase, name: str, lat: float, lon: float) -> None:
    (entity,) = kb.lookup(name)
    assert _distance_deg(entity, lat, lon) < 0.2, (entity.lat, entity.lon)


def test_nagorno_karabakh_places_are_in_the_region(kb: KnowledgeBase) -> None:
    region = kb.get("nagorno_karabakh")
    for name in ("Stepanakert", "Shusha", "Askeran", "Martuni"):
        (town,) = kb.lookup(name)
        assert town.part_of == region.key
        assert _distance_deg(town, region.lat, region.lon) < 0.5


def test_types_are_honest(kb: KnowledgeBase) -> None:
    def one(name: str):
        (entity,) = kb.lookup(name)
        return entity

    assert one("Nagorno-Karabakh").kind == "place"
    assert one("Republic of Artsakh").kind == "place"
    assert one("Government of the Republic of Artsakh").types == ("GovernmentOrganization",)
    assert one("Lachin Corridor").types == ("Place",)
    assert one("Azerbaijan").types == ("Country",)
    assert one("Stepanakert").types == ("City",)
    assert one("POLITICO").types == ("NewsMediaOrganization",)
    assert one("ICRC").types == ("NGO",)
    assert one("European Union").kind == "organization"
    assert one("Hikmet Hajiyev").kind == "person"
    assert one("the Kremlin").kind == "place"


def test_geonames_ids_are_read(kb: KnowledgeBase) -> None:
    assert kb.get("stepanakert").geonames == 146970
    assert kb.get("azerbaijan").geonames == 587116


def test_reader_gives_file_lines(shipped_ttl: Path) -> None:
    raws = {r.key: r for r in read_turtle(shipped_ttl)}
    line = raws[str(KB) + "stepanakert"].line
    text = shipped_ttl.read_text(encoding="utf-8").splitlines()
    assert text[line - 1].startswith("kb:stepanakert ")


def test_vocabulary_file_is_an_ontology() -> None:
    vocab = Graph().parse(kb_dir() / "kb-vocab.ttl", format="turtle")
    assert (URIRef(str(KB)), RDF.type, OWL.Ontology) in vocab
