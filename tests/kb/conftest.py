"""Fixtures for the knowledge-base tests: the shipped KB, and small KB files of another conflict."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.kb import KnowledgeBase
from kg.resources import kb_dir

SUDAN_TTL = """\
@prefix kb:     <https://w3id.org/kg-news/kb/> .
@prefix schema: <https://schema.org/> .
@prefix skos:   <http://www.w3.org/2004/02/skos/core#> .
@prefix geo:    <http://www.opengis.net/ont/geosparql#> .
@prefix org:    <http://www.w3.org/ns/org#> .
@prefix rdfs:   <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl:    <http://www.w3.org/2002/07/owl#> .
@prefix wd:     <http://www.wikidata.org/entity/> .
@prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .

kb:sudan a schema:Country ;
    skos:prefLabel "Sudan"@en ;
    skos:altLabel "Republic of the Sudan"@en ;
    kb:demonym "Sudanese" ;
    owl:sameAs wd:Q1049 ;
    kb:wikidataSource <https://github.com/waldenn/conzept/blob/149bbc9633a4bc725a076517c7a379eaa7c6e6de/app/explore2/src/data/countries.js> ;
    geo:hasGeometry [ geo:asWKT "POINT(30.0 15.0)"^^geo:wktLiteral ] .

kb:khartoum a schema:City ;
    skos:prefLabel "Khartoum"@en ;
    kb:country kb:sudan ;
    schema:containedInPlace kb:sudan ;
    kb:capitalOf kb:sudan ;
    kb:standsFor kb:sudan ;
    geo:hasGeometry [ geo:asWKT "POINT(32.5342 15.5518)"^^geo:wktLiteral ] .

kb:saf a schema:GovernmentOrganization ;
    skos:prefLabel "Sudanese Armed Forces"@en ;
    skos:altLabel "SAF", "Sudanese army"@en ;
    kb:country kb:sudan .

kb:burhan a schema:Person ;
    skos:prefLabel "Abdel Fattah al-Burhan"@en ;
    skos:altLabel "Burhan"@en, "al-Burhan"@en ;
    kb:country kb:sudan ;
    org:holds [ a org:Post ; rdfs:label "Commander-in-Chief"@en ; org:postIn kb:saf ;
                kb:since "2019-04"^^xsd:gYearMonth ] .

# A user file may add names to an entity of the shipped KB.
kb:azerbaijan skos:altLabel "Land of Fire"@en .
"""

SUDAN_CSV = """\
id,label,type,aliases,wikidata,lat,lon,country,demonyms,stands_for
rsf,Rapid Support Forces,Organization,RSF|Rapid Support Force,,,,sudan,,
el_fasher,El Fasher,City,Al-Fashir|Al Fasher,,13.6279,25.3494,sudan,,
darfur,Darfur,AdministrativeArea|Place,,,13.5,24.0,sudan,Darfuri,
hemedti,Mohamed Hamdan Dagalo,Person,Hemedti|Hemeti,,,,sudan,,
"""


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


@pytest.fixture(scope="session")
def shipped_ttl() -> Path:
    return kb_dir() / "south-caucasus.ttl"


@pytest.fixture
def sudan_files(tmp_path: Path) -> tuple[Path, Path]:
    ttl = tmp_path / "sudan.ttl"
    ttl.write_text(SUDAN_TTL, encoding="utf-8")
    csv = tmp_path / "sudan-extra.csv"
    csv.write_text(SUDAN_CSV, encoding="utf-8")
    return ttl, csv
