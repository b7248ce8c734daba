"""bench/near_duplicates.py: the evaluation set it builds, and the targets on dev + seed."""
from __future__ import annotations

from pathlib import Path

import pytest

from .loader import bench_script

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def nd():
    yield from bench_script("near_duplicates")


def test_variants_are_what_they_say(nd):
    import random

    text = "First sentence here. Second one follows.\n\nThird sentence now. Fourth and last."
    rng = random.Random(1)
    assert nd.truncated(text, 0.5) == "First sentence here. Second one follows."
    shuffled = nd.reordered(text, rng).split("\n\n")  # two paragraphs: the sentences are shuffled
    assert sorted(shuffled) == sorted(nd._sentences(text)) and shuffled != nd._sentences(text)
    synd = nd.syndicated(text, rng)
    assert text in synd and synd != text


def test_the_targets_hold_on_dev_and_the_seed(nd, capsys):
    texts = nd.read_texts([ROOT / "corpus" / "world" / "dev" / "articles", ROOT / "examples"])
    items = nd.build(texts)
    kinds = {i.kind for i in items}
    assert {"original", "syndicated", "reordered", "edited", "truncated", "combined", "with-quote"} <= kinds
    figures = nd.evaluate(items)
    assert figures["hard_negatives"] > 100  # pairs of different articles on one crisis
    assert figures["precision"] >= 0.95 and figures["recall"] >= 0.90
    assert "precision" in capsys.readouterr().out
