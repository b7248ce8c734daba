"""``kg eval`` and ``kg gazetteer check`` (kg/cli/kb.py), run as a user runs them."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.cli import main

DATA = Path(__file__).resolve().parent / "data"
KB_DATA = Path(__file__).resolve().parents[1] / "data" / "kb"
ROOT = Path(__file__).resolve().parents[2]


def test_gazetteer_check_passes_the_shipped_and_the_test_kb_files(capsys):
    assert main(["gazetteer", "check", str(ROOT / "ontology" / "kb" / "south-caucasus.ttl")]) == 0
    assert main(["gazetteer", "check", str(KB_DATA / "sudan.ttl"), str(KB_DATA / "chad.csv")]) == 0
    assert "0 errors, 0 warnings" in capsys.readouterr().err


def test_gazetteer_check_fails_on_a_broken_file_and_says_where(tmp_path, capsys):
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        """@prefix kb: <https://w3id.org/kg-news/kb/> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix wd: <http://www.wikidata.org/entity/> .

kb:atlantis a schema:Country ;
    skos:prefLabel "Atlantis"@en ;
    owl:sameAs wd:Q123456789 .
""",
        encoding="utf-8",
    )
    assert main(["gazetteer", "check", str(bad)]) == 1
    out = capsys.readouterr().out
    assert f"{bad}:7: error:" in out and "kb:wikidataSource" in out


def test_gazetteer_check_of_a_missing_file_is_a_clean_error(tmp_path, capsys):
    assert main(["gazetteer", "check", str(tmp_path / "none.ttl")]) == 1
    assert "no such KB file" in capsys.readouterr().err


@pytest.mark.model
def test_eval_prints_precision_and_recall_per_kind(capsys):
    assert main(["eval", str(DATA / "seed.json")]) == 0
    lines = capsys.readouterr().out.splitlines()
    rows = {line.split()[0]: line.split()[1:] for line in lines[2:7]}
    assert lines[0] == "seed"
    assert rows["roles"][:2] == ["6", "6"] and rows["roles"][-1] == "1.000"
    assert rows["entities"][:2] == ["16", "16"]


@pytest.mark.model
def test_eval_json_on_an_unrelated_conflict_with_its_own_kb(capsys):
    args = ["eval", str(DATA / "sudan.json"), "--format", "json", "--kb", str(KB_DATA / "sudan.ttl"), "--kb", str(KB_DATA / "chad.csv")]
    assert main(args) == 0
    (result,) = json.loads(capsys.readouterr().out)
    assert result["name"] == "sudan" and result["wrong"] == 0
    assert result["entities"]["recall"] == 1.0 and result["types"]["recall"] == 1.0
    assert result["roles"]["found"] == 2 and result["links"]["found"] == 1
    assert result["events"]["gold"] == 0 and result["events"]["precision"] is None


@pytest.mark.model
def test_eval_without_the_kb_of_the_article_relies_on_the_world_kb(capsys):
    assert main(["eval", str(DATA / "sudan.json"), "--format", "json"]) == 0
    (result,) = json.loads(capsys.readouterr().out)
    # kg's world KB (ontology/kb/world-*.csv) knows Sudan, its capital, the SAF and the RSF:
    # Sudan's Wikidata id no longer needs the article's KB file.
    assert result["links"]["found"] == 1 and result["links"]["correct"] == 1
    assert result["entities"]["recall"] == 1.0


@pytest.mark.model
def test_eval_scores_an_extracted_file(tmp_path, capsys):
    nq = tmp_path / "seed.nq"
    assert main(["extract", str(ROOT / "examples" / "politico-2023-09-19.txt"), "--published", "2023-09-19", "-o", str(nq)]) == 0
    capsys.readouterr()
    assert main(["eval", str(DATA / "seed.json"), "--rdf", str(nq), "-v"]) == 0
    out = capsys.readouterr().out
    assert "roles          6      6" in out
    assert main(["eval", str(DATA / "seed.json"), str(DATA / "sudan.json"), "--rdf", str(nq)]) == 2


def test_eval_of_a_bad_gold_file_is_a_clean_error(tmp_path, capsys):
    bad = tmp_path / "gold.json"
    bad.write_text("[]", encoding="utf-8")
    assert main(["eval", str(bad)]) == 1
    assert "a gold file is a JSON object" in capsys.readouterr().err


@pytest.mark.model
def test_eval_of_several_files_ends_with_a_recall_line_per_file_and_a_total(capsys):
    assert main(["eval", str(DATA / "seed.json"), str(DATA / "sudan.json")]) == 0
    lines = capsys.readouterr().out.splitlines()
    head = next(i for i, line in enumerate(lines) if line.startswith("recall"))
    assert lines[head].split() == ["recall", "entities", "types", "links", "points", "roles", "events", "wrong"]
    rows = {line.split()[0]: line.split()[1:] for line in lines[head + 1:]}
    assert list(rows) == ["seed", "sudan", "TOTAL"]
    assert rows["seed"][0] == "1.000" and rows["seed"][3] == "-"  # the seed gold has no points
    assert all(len(r) == 7 for r in rows.values())
