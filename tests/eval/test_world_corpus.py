"""The world corpus (corpus/world/PART): every gold file loads, names its article, and every article has its sidecar."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.eval import load_gold

WORLD = Path(__file__).resolve().parents[2] / "corpus" / "world"
GOLDS = sorted(WORLD.glob("*/gold/*.json"))


def test_the_dev_part_covers_at_least_twelve_crises():
    dev = sorted((WORLD / "dev" / "gold").glob("*.json"))
    assert len(dev) >= 14
    assert len({p.stem.split("-")[0] for p in dev}) >= 12


@pytest.mark.parametrize("path", GOLDS, ids=[f"{p.parts[-3]}/{p.stem}" for p in GOLDS])
def test_a_world_gold_file_loads_with_its_article_and_sidecar(path):
    gold = load_gold(path)
    assert gold.name == path.stem and gold.article.is_file()
    assert gold.article == (path.parent.parent / "articles" / f"{path.stem}.txt").resolve()
    side = json.loads(gold.article.with_suffix(".json").read_text(encoding="utf-8"))
    assert side["published"] == gold.published.isoformat()
    assert side["licence"] and side["url"] and side["language"] == "en"
    text = gold.article.read_text(encoding="utf-8")
    assert "[1]" not in text and "[edit]" not in text  # reference markers and wiki furniture are cleaned
    places = [e for e in gold.entities if e.point is not None]
    assert all(e.point_source for e in places)
    assert all(e.wikidata_source for e in gold.entities if e.wikidata)
