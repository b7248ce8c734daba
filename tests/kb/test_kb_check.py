"""kg gazetteer check: planted problems are found, with file and line (kg/kb/check.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import KnowledgeBaseError
from kg.kb import check_kb_file, find_problems

HEADER = """\
@prefix kb:     <https://w3id.org/kg-news/kb/> .
@prefix schema: <https://schema.org/> .
@prefix skos:   <http://www.w3.org/2004/02/skos/core#> .
@prefix geo:    <http://www.opengis.net/ont/geosparql#> .
@prefix owl:    <http://www.w3.org/2002/07/owl#> .
@prefix wd:     <http://www.wikidata.org/entity/> .
"""

PLANTED = HEADER + """\
kb:tigray a schema:AdministrativeArea ;
    skos:prefLabel "Tigray"@en ;
    geo:hasGeometry [ geo:asWKT "POINT(13.5 39.5)"^^geo:wktLiteral ] .
kb:mekelle a schema:City ;
    skos:prefLabel "Mekelle"@en ;
    owl:sameAs wd:Q1234 .
kb:tplf a schema:Organization ;
    skos:prefLabel "Tigray People's Liberation Front"@en ;
    skos:altLabel "TPLF" ;
    kb:country kb:ethiopa ;
    owl:sameAs wd:X99 .
kb:unlabelled a schema:Person .
kb:tdf a schema:Organization, schema:MilitaryUnit ;
    skos:prefLabel "Tigray Defense Forces"@en ;
    skos:altLabel "TPLF" ;
    kb:colour "red" .
kb:goris_copy a schema:City ;
    skos:prefLabel "Goris"@en ;
    geo:hasGeometry [ geo:asWKT "POINT(46.34 39.51)"^^geo:wktLiteral ] .
"""


@pytest.fixture
def planted(tmp_path: Path) -> Path:
    path = tmp_path / "ethiopia.ttl"
    path.write_text(PLANTED, encoding="utf-8")
    return path


def _has(problems: list[str], *fragments: str) -> bool:
    return any(all(f in p for f in fragments) for p in problems)


def test_planted_problems_are_found(planted: Path) -> None:
    problems = check_kb_file(planted)
    name = str(planted)
    # tigray (line 7): latitude 39.5 is fine, but POINT(13.5 39.5) puts it in Chad, and
    # the check cannot know; what it can know follows.
    assert _has(problems, f"{name}:10: error:", "Mekelle", "Q1234", "no cited source")
    assert _has(problems, f"{name}:10: warning:", "Mekelle is a place without coordinates")
    assert _has(problems, f"{name}:13: error:", "'X99' is not of the form Q123")
    assert _has(problems, f"{name}:13: error:", "kb:country refers to kb:ethiopa", "no loaded KB file defines")
    assert _has(problems, f"{name}:18: error:", "has no label")
    assert _has(problems, f"{name}:19: error:", "unknown schema.org type 'MilitaryUnit'")
    assert _has(problems, f"{name}:19: warning:", "kb:colour", "does not define")
    # "TPLF" names two organisations; "Goris" a town of the shipped KB and a copy.
    assert _has(problems, "warning:", "'TPLF'", "kb:tdf", "kb:tplf")
    assert _has(problems, f"{name}:23: warning:", "'Goris'", "kb:goris", "kb:goris_copy", "places")
    # Errors come first.
    severities = [p.split(": ")[1] for p in problems]
    assert severities == sorted(severities)


def test_out_of_range_coordinates(tmp_path: Path) -> None:
    path = tmp_path / "swapped.ttl"
    path.write_text(
        HEADER
        + 'kb:x a schema:City ; skos:prefLabel "X"@en ;\n'
        + '    geo:hasGeometry [ geo:asWKT "POINT(39.8 146.7)"^^geo:wktLiteral ] .\n'
        + 'kb:y a schema:City ; skos:prefLabel "Y"@en ;\n'
        + '    geo:hasGeometry [ geo:asWKT "POINT(lon lat)"^^geo:wktLiteral ] .\n',
        encoding="utf-8",
    )
    problems = check_kb_file(path)
    assert _has(problems, ":7: error:", "latitude 146.7 is out of range")
    assert _has(problems, ":9: error:", "is not a WKT POINT")


def test_unparseable_file_gives_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.ttl"
    path.write_text(HEADER + 'kb:x a schema:City ;\n    skos:prefLabel "X ;\n', encoding="utf-8")
    (problem,) = find_problems(path)
    assert problem.severity == "error" and problem.line == 8
    assert str(problem).startswith(f"{path}:8: error: not valid Turtle")


def test_csv_problems(tmp_path: Path) -> None:
    path = tmp_path / "user.csv"
    path.write_text(
        "id,label,type,aliases,wikidata,lat,lon,country,demonyms,stands_for\n"
        "addis_ababa,Addis Ababa,City,Addis|Finfinne,Q3624,9.03,38.74,ethiopia,,\n"
        "ethiopia,Ethiopia,Country,,,9.1,40.5,,Ethiopian,\n"
        "bad place,Nowhere,Planet,,,,,,,\n"
        ",No id,City,,,1,1,,,\n"
        "mekelle,Mekelle,City,,,13.49,39.47,ethiopia,,tigray\n",
        encoding="utf-8",
    )
    problems = check_kb_file(path)
    assert _has(problems, ":2: error:", "Q3624 has no cited source")
    assert _has(problems, ":4: error:", "contains spaces")
    assert _has(problems, ":4: error:", "unknown schema.org type 'Planet'")
    assert _has(problems, ":5: error:", "id column is empty")
    assert _has(problems, ":6: error:", "kb:standsFor refers to kb:tigray")
    assert not _has(problems, ":3:")


def test_clean_user_files(sudan_files: tuple[Path, Path]) -> None:
    ttl, csv = sudan_files
    assert check_kb_file(ttl) == []
    # The CSV refers to kb:sudan, defined in the Turtle file (and in the world KB shipped
    # with kg): without either, the reference dangles.
    assert _has(check_kb_file(csv, include_default=False), "kb:country refers to kb:sudan")
    assert not _has(check_kb_file(csv), "kb:country refers to kb:sudan")
    problems = check_kb_file(csv, others=[ttl])
    assert problems == [
        f"{csv}:2: warning: Rapid Support Forces is a place without coordinates"
    ] or all("warning" in p for p in problems)
    assert not any(": error: " in p for p in problems)


def test_missing_or_foreign_file(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError, match="no such KB file"):
        check_kb_file(tmp_path / "none.ttl")
    json_file = tmp_path / "kb.json"
    json_file.write_text("{}", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="unknown KB file format"):
        check_kb_file(json_file)
