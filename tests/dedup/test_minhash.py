"""kg/dedup/minhash.py: shingles and signatures of real texts from several crises."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.dedup.minhash import PERMUTATIONS, SCHEME, Signature, shingles, signature

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "corpus" / "world" / "dev" / "articles"


def _text(name: str) -> str:
    return (DEV / f"{name}.txt").read_text(encoding="utf-8")


def test_shingles_are_case_folded_word_runs():
    assert shingles("Rebels SEIZED the town, officials said.", 4) == {
        "rebels seized the town", "seized the town officials", "the town officials said"
    }
    assert shingles("", 4) == set() and shingles("...", 4) == set()


def test_signature_is_stable_and_round_trips():
    text = _text("yemen-us-uk-strikes-houthis-2024-01")
    a, b = signature(text), signature(text)
    assert a == b and len(a.values) == PERMUTATIONS and a.size == len(shingles(text))
    encoded = a.encode()
    assert encoded.startswith(SCHEME + ":") and Signature.decode(encoded) == a


@pytest.mark.parametrize("bad", ["", "mh0-w4-p128-s1:10:AAAA", f"{SCHEME}:x:AAAA", f"{SCHEME}:10:!!", f"{SCHEME}:10:AAAA"])
def test_a_signature_of_another_scheme_or_damaged_is_refused(bad):
    assert Signature.decode(bad) is None


@pytest.mark.parametrize(
    "name", ["sudan-zamzam-abu-shouk-attacks-2025-04", "myanmar-sagaing-pazigyi-airstrike-2023-04", "haiti-security-council-press-statement-2024-03"]
)
def test_estimates_follow_the_exact_set_similarities(name):
    text = _text(name)
    half = text[: len(text) // 2]
    exact_a, exact_b = shingles(text), shingles(half)
    jaccard = len(exact_a & exact_b) / len(exact_a | exact_b)
    est_a, est_b = signature(text), signature(half)
    assert abs(est_a.jaccard(est_b) - jaccard) < 0.15
    assert est_a.containment(est_b) > 0.8  # the first half is inside the whole


def test_articles_on_the_same_crisis_are_far_apart():
    # two reports on the April 2025 attacks on the Zamzam and Abu Shouk camps, by two outlets
    a = signature(_text("sudan-zamzam-abu-shouk-attacks-2025-04"))
    b = signature(_text("sudan-north-darfur-displacement-2025-04"))
    assert a.jaccard(b) < 0.1 and a.containment(b) < 0.2


def test_an_empty_text_is_like_nothing():
    empty = signature("")
    assert empty.size == 0 and empty.jaccard(signature("Troops crossed the border.")) == 0.0
