"""Issue 12: a catastrophic gold regular expression stops `kg eval` with one line, in time."""
from __future__ import annotations

import json
import time
from pathlib import Path

from kg.cli import main

EVAL_DATA = Path(__file__).resolve().parents[1] / "eval" / "data"


def test_a_catastrophic_gold_regex_is_stopped(tmp_path, capsys, monkeypatch):
    import kg.eval.score

    monkeypatch.setattr(kg.eval.score, "SCORE_TIME_LIMIT", 2.0)
    gold = json.loads((EVAL_DATA / "seed.json").read_text())
    gold["article"]["path"] = str((EVAL_DATA / gold["article"]["path"]).resolve())
    gold["entities"].append({"key": "x", "label": "x", "match": "(.*.*)*Q", "type": "Country"})
    (tmp_path / "gold.json").write_text(json.dumps(gold))
    label = "a" * 40
    (tmp_path / "graph.nt").write_text(
        f'<https://w3id.org/kg-news/e/a> <http://www.w3.org/2000/01/rdf-schema#label> "{label}" .\n'
        '<https://w3id.org/kg-news/e/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Country> .\n'
    )
    started = time.monotonic()
    status = main(["eval", str(tmp_path / "gold.json"), "--rdf", str(tmp_path / "graph.nt")])
    err = capsys.readouterr().err
    assert time.monotonic() - started < 30
    assert status == 1
    assert err.startswith("kg: error: ") and "took longer than the limit of 2 s" in err and "catastrophic" in err
