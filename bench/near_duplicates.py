#!/usr/bin/env python3
"""Precision and recall of kg's near-duplicate detection (kg.dedup) on real texts.

The evaluation set is built from redistributable texts only: the world corpus's articles
(``corpus/world/dev/articles`` by default) and the seed article (``examples/``). Each text
is one *story*; programmatic variants of it are its near-duplicates:

* ``syndicated``: a wire dateline in front, a credit line, a notice or a copyright line after;
* ``reordered``: the paragraphs (or, in a one-paragraph text, the sentences) shuffled;
* ``edited``: about one word in twenty replaced or deleted, one sentence dropped;
* ``truncated``: the first 70% of the sentences (a copy cut for length);
* ``combined``: syndicated, cut to 80% and lightly edited at once;
* ``with-quote``: the text with the first two sentences of *another story on the same crisis*
  appended (a near-duplicate of its own story, a hard negative of the other).

Every pair of items is scored: same story = a true pair, different stories = a false one,
among them the hard negatives (two articles on one crisis: the same name prefix, e.g. the
two Sudan texts). The items are added to one :class:`kg.dedup.DuplicateIndex` in order,
each looked up against those before it, exactly as ``kg load`` does.

    python bench/near_duplicates.py                        # dev + seed
    python bench/near_duplicates.py --corpus corpus/world/heldout/articles   # measured, never tuned
    python bench/near_duplicates.py --misses               # + every missed or wrong pair
    python bench/near_duplicates.py --scale 100 1000 10000 # cost per article as the index grows
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATELINES = ["{PLACE} (Reuters) - ", "{PLACE}, {MONTH} (AFP) — ", "{PLACE} (AP) — "]
CREDITS = [
    "Reporting by staff correspondents; Editing by the world desk.",
    "This story is being updated.",
    "Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
    "Read more: our coverage of the crisis, updated daily.",
]
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


@dataclass(frozen=True)
class Item:
    name: str
    story: str
    kind: str
    text: str


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def _sentences(text: str) -> list[str]:
    return [s for p in _paragraphs(text) for s in _SENTENCE.split(p) if s]


def syndicated(text: str, rng: random.Random) -> str:
    words = re.findall(r"[A-Z][a-z]+", text)
    place = (rng.choice(words) if words else "LONDON").upper()
    head = rng.choice(DATELINES).format(PLACE=place, MONTH="May 3")
    tail = rng.sample(CREDITS, 2)
    return head + text + "\n\n" + "\n\n".join(tail)


def reordered(text: str, rng: random.Random) -> str:
    parts = _paragraphs(text)
    if len(parts) < 3:
        parts = _sentences(text)
    shuffled = parts[:]
    while len(parts) > 1 and shuffled == parts:
        rng.shuffle(shuffled)
    return "\n\n".join(shuffled)


def edited(text: str, rng: random.Random, rate: float = 0.05) -> str:
    sentences = _sentences(text)
    if len(sentences) > 3:
        del sentences[rng.randrange(1, len(sentences))]
    words = " ".join(sentences).split(" ")
    out = []
    for w in words:
        r = rng.random()
        if r < rate / 2:
            continue  # a word deleted
        if r < rate:
            out.append(rng.choice(words))  # a word replaced
            continue
        out.append(w)
    return " ".join(out)


def truncated(text: str, share: float = 0.7) -> str:
    sentences = _sentences(text)
    keep = max(1, round(len(sentences) * share))
    return " ".join(sentences[:keep])


def crisis(name: str) -> str:
    """The crisis a corpus name is about: its first word (``sudan-zamzam-…`` → ``sudan``)."""
    return name.split("-", 1)[0]


def build(texts: dict[str, str], seed: int = 15) -> list[Item]:
    """The evaluation items: each text, its variants, and the with-quote hard negatives."""
    items: list[Item] = []
    for name, text in sorted(texts.items()):
        rng = random.Random(f"{seed}:{name}")
        items.append(Item(f"{name}", name, "original", text))
        items.append(Item(f"{name}~syndicated", name, "syndicated", syndicated(text, rng)))
        items.append(Item(f"{name}~reordered", name, "reordered", reordered(text, rng)))
        items.append(Item(f"{name}~edited", name, "edited", edited(text, rng)))
        items.append(Item(f"{name}~truncated", name, "truncated", truncated(text)))
        combo = syndicated(edited(truncated(text, 0.8), rng, 0.03), rng)
        items.append(Item(f"{name}~combined", name, "combined", combo))
        for other, other_text in sorted(texts.items()):
            if other != name and crisis(other) == crisis(name):
                quote = " ".join(_sentences(other_text)[:2])
                items.append(Item(f"{name}~with-quote-of-{other}", name, "with-quote", text + "\n\n" + quote))
    return items


def evaluate(items: list[Item], misses: bool = False) -> dict[str, float]:
    """Add the items to one index in order; score every pair; print and return the figures."""
    from kg.dedup import DuplicateIndex, signature

    index = DuplicateIndex()
    found: set[frozenset[str]] = set()
    sims: dict[frozenset[str], float] = {}
    for item in items:
        sig = signature(item.text)
        for m in index.matches(sig):
            found.add(frozenset((item.name, m.article_id)))
            sims[frozenset((item.name, m.article_id))] = m.similarity
        index.add(item.name, sig)
    by_name = {i.name: i for i in items}
    tp = fp = fn = 0
    hard = hard_fp = 0
    per_kind: dict[str, list[int]] = {}
    for a, b in combinations(items, 2):
        pair = frozenset((a.name, b.name))
        truth = a.story == b.story
        predicted = pair in found
        if truth:
            kind = b.kind if a.kind == "original" else a.kind if b.kind == "original" else "variant-variant"
            hits = per_kind.setdefault(kind, [0, 0])
            hits[1] += 1
            if predicted:
                tp += 1
                hits[0] += 1
            else:
                fn += 1
                if misses:
                    print(f"  missed: {a.name} ~ {b.name}")
        else:
            is_hard = crisis(a.story) == crisis(b.story)
            hard += is_hard
            if predicted:
                fp += 1
                hard_fp += is_hard
                if misses:
                    print(f"  wrong: {a.name} ~ {b.name} ({sims[pair]:.2f})")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    stories = len({i.story for i in items})
    print(f"{stories} stories, {len(items)} items, {tp + fn} true pairs, "
          f"{len(items) * (len(items) - 1) // 2 - tp - fn} false pairs ({hard} on the same crisis)")
    print(f"precision {precision:.1%} ({tp}/{tp + fp}), recall {recall:.1%} ({tp}/{tp + fn}), "
          f"wrong pairs on the same crisis: {hard_fp}")
    for kind, (hit, total) in sorted(per_kind.items()):
        print(f"  recall {kind:16} {hit / total:6.1%} ({hit}/{total})")
    del by_name
    return {"precision": precision, "recall": recall, "hard_negatives": hard, "hard_false": hard_fp}


def scale(texts: dict[str, str], sizes: list[int], seed: int = 15) -> None:
    """Cost per article of signing and looking up, with an index of ``n`` synthetic reports
    (each 8 to 14 sentences drawn from the texts, so reports share sentences as real ones do)."""
    import time
    import tracemalloc

    from kg.dedup import DuplicateIndex, signature

    pool = [s for t in texts.values() for s in _sentences(t)]
    for n in sizes:
        rng = random.Random(f"{seed}:{n}")
        reports = [" ".join(rng.sample(pool, rng.randint(8, 14))) for _ in range(n)]
        tracemalloc.start()
        index = DuplicateIndex()
        candidates = pairs = 0
        start = time.perf_counter()
        for i, text in enumerate(reports):
            sig = signature(text)
            candidates += len(index.candidates(sig))
            pairs += len(index.matches(sig))
            index.add(str(i), sig)
        elapsed = time.perf_counter() - start
        memory = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        print(f"{n:>7,} reports: {elapsed / n * 1e3:6.2f} ms per report (sign + look up + add), "
              f"{candidates / n:6.1f} candidates per look-up, {pairs} pairs, index {memory / n / 1024:5.1f} KiB per report")


def read_texts(folders: list[Path]) -> dict[str, str]:
    texts = {}
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            texts[path.stem] = path.read_text(encoding="utf-8")
    return texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", action="append", type=Path, help="a folder of .txt articles (repeatable)")
    parser.add_argument("--misses", action="store_true", help="print every missed and every wrong pair")
    parser.add_argument("--scale", type=int, nargs="+", metavar="N", help="time the index with N synthetic reports instead")
    args = parser.parse_args(argv)
    folders = args.corpus or [ROOT / "corpus" / "world" / "dev" / "articles", ROOT / "examples"]
    if args.scale:
        scale(read_texts(folders), args.scale)
        return 0
    evaluate(build(read_texts(folders)), misses=args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
