"""Issue 12: article ids with a space, ``>``, ``"`` or ``#`` make valid IRIs: loaded,
queried, exported as Turtle and removed by id (the real commands, the real store)."""
from __future__ import annotations

import json

import pytest
from rdflib import Dataset

from kg.cli import main

from .hostile import GOOD

pytestmark = pytest.mark.model

IDS = ['feed 12', 'x>y "quoted"', "a#b%c"]


def test_hostile_article_ids_round_trip(tmp_path, capsys):
    texts = [GOOD["a-sudan.txt"], GOOD["z-haiti.txt"], GOOD["a-sudan.txt"].replace("Monday", "Tuesday")]
    (tmp_path / "feed.jsonl").write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in zip(IDS, texts)))
    store = str(tmp_path / "store")
    assert main(["load", str(tmp_path / "feed.jsonl"), "--store", store]) == 0, capsys.readouterr().err
    capsys.readouterr()
    assert main(["query", "articles", "--format", "json", "--store", store]) == 0
    out = capsys.readouterr().out
    assert all(json.dumps(i)[1:-1] in out for i in IDS), out
    assert main(["export", "--format", "turtle", "-o", str(tmp_path / "all.ttl"), "--store", store]) == 0
    Dataset().parse(tmp_path / "all.ttl", format="turtle")
    assert main(["remove", IDS[1], "--store", store]) == 0
    capsys.readouterr()
    assert main(["query", "articles", "--format", "json", "--store", store]) == 0
    out = capsys.readouterr().out
    assert json.dumps(IDS[1])[1:-1] not in out and json.dumps(IDS[0])[1:-1] in out
