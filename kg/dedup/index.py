"""An LSH index of MinHash signatures: which stored articles are near-duplicates of a text.

Locality-sensitive hashing by banding (Leskovec, Rajaraman & Ullman, *Mining of Massive
Datasets*, ch. 3.4): the signature is cut into :data:`BANDS` bands of :data:`ROWS` values;
two articles become candidates when one band agrees whole, which happens with probability
``1 - (1 - J**ROWS)**BANDS`` (J the Jaccard similarity): 0.9998 at J = 0.4, 0.997 at 0.3,
0.47 at 0.1, 0.025 at 0.02 (unrelated articles share almost no shingles). Each candidate is
then judged on its whole signature (:func:`is_near_duplicate`). The index holds BANDS keys
per article, a few kilobytes: some 60 MB for 10,000 articles.
The index lives in memory; it is rebuilt from the signatures the store keeps
(:mod:`kg.dedup.graph`), so it is never out of step with the articles held.
"""
from __future__ import annotations

from dataclasses import dataclass

from .minhash import PERMUTATIONS, Signature

__all__ = ["BANDS", "ROWS", "Match", "DuplicateIndex", "is_near_duplicate", "similarity"]

ROWS = 2
BANDS = PERMUTATIONS // ROWS

#: Jaccard similarity from which two texts are near-duplicates (rewrites, edited copies)
MIN_JACCARD = 0.4
#: share of the shorter text the longer must hold (a truncated copy, a copy with additions)…
MIN_CONTAINMENT = 0.7
#: …counted only when the shorter text has at least this many shingles (a one-line item
#: is not a copy of every article that quotes it)
MIN_CONTAINED_SHINGLES = 40
#: Jaccard similarity two texts need when the shorter has fewer than MIN_CONTAINED_SHINGLES
#: shingles (two sentences or so): only nearly verbatim copies, as one changed word is a
#: large share of a one-line item (the items of a templated series, "Report 12: …",
#: "Report 13: …", are not copies of each other)
MIN_JACCARD_SHORT = 0.75
#: at most this many links from one new article (the most similar): a run of templated
#: one-line items would otherwise link every item to every other (their groups stay whole
#: through the links kept)
MAX_MATCHES = 25


@dataclass(frozen=True)
class Match:
    """A stored article found a near-duplicate of a new one, with the estimates that made it one."""

    article_id: str
    jaccard: float
    containment: float

    @property
    def similarity(self) -> float:
        """The figure the decision rests on: the Jaccard estimate, or the containment when
        the shorter text is long enough for it to count."""
        return max(self.jaccard, self.containment)


def similarity(a: Signature, b: Signature) -> tuple[float, float]:
    """Estimated (Jaccard, containment) of two signatures' texts; containment is 0 when the
    shorter text is too short for it to count (:data:`MIN_CONTAINED_SHINGLES`)."""
    j = a.jaccard(b)
    c = a.containment(b, j) if min(a.size, b.size) >= MIN_CONTAINED_SHINGLES else 0.0
    return j, c


def is_near_duplicate(jaccard: float, containment: float, *, short: bool = False) -> bool:
    """The decision: similar enough as a whole, or one text nearly all inside the other;
    ``short``: the shorter text has fewer than MIN_CONTAINED_SHINGLES shingles (then only a
    Jaccard similarity of MIN_JACCARD_SHORT counts).

    >>> is_near_duplicate(0.45, 0.6), is_near_duplicate(0.3, 0.9), is_near_duplicate(0.2, 0.5)
    (True, True, False)
    >>> is_near_duplicate(0.6, 0.0, short=True), is_near_duplicate(0.8, 0.0, short=True)
    (False, True)
    """
    if short:
        return jaccard >= MIN_JACCARD_SHORT
    return jaccard >= MIN_JACCARD or containment >= MIN_CONTAINMENT


class DuplicateIndex:
    """Signatures by article id, with LSH buckets to find the candidates of a new one.

    >>> from kg.dedup.minhash import signature
    >>> text = " ".join(f"Paragraph {i}: the shelling of the district went on through the night." for i in range(6))
    >>> index = DuplicateIndex()
    >>> index.add("a", signature(text))
    >>> [m.article_id for m in index.matches(signature("LONDON (AP) - " + text))]
    ['a']
    >>> index.remove("a"); index.matches(signature(text))
    []
    """

    def __init__(self) -> None:
        self._signatures: dict[str, Signature] = {}
        self._buckets: dict[int, list[str]] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._signatures

    def signatures(self) -> dict[str, Signature]:
        """The indexed signatures by article id (a copy)."""
        return dict(self._signatures)

    @staticmethod
    def _keys(sig: Signature) -> list[int]:
        raw = sig.values.tobytes()
        width = ROWS * sig.values.itemsize
        return [hash((band, raw[band * width : (band + 1) * width])) for band in range(BANDS)]

    def add(self, article_id: str, sig: Signature) -> None:
        """Index ``sig`` under ``article_id`` (replacing what that id had); an empty text is not indexed."""
        self.remove(article_id)
        if sig.size == 0:
            return
        self._signatures[article_id] = sig
        for key in self._keys(sig):
            self._buckets.setdefault(key, []).append(article_id)

    def remove(self, article_id: str) -> None:
        """Forget ``article_id`` (nothing happens when it is not indexed)."""
        sig = self._signatures.pop(article_id, None)
        if sig is None:
            return
        for key in self._keys(sig):
            ids = self._buckets.get(key)
            if ids is not None:
                ids.remove(article_id)
                if not ids:
                    del self._buckets[key]

    def candidates(self, sig: Signature) -> set[str]:
        """The indexed ids sharing at least one band with ``sig``."""
        found: set[str] = set()
        if sig.size == 0:
            return found
        for key in self._keys(sig):
            found.update(self._buckets.get(key, ()))
        return found

    def matches(self, sig: Signature, *, exclude: str | None = None) -> list[Match]:
        """The indexed articles that are near-duplicates of ``sig``'s text, most similar first
        (at most :data:`MAX_MATCHES`)."""
        found = []
        for other in self.candidates(sig):
            if other == exclude:
                continue
            stored = self._signatures[other]
            j, c = similarity(sig, stored)
            if is_near_duplicate(j, c, short=min(sig.size, stored.size) < MIN_CONTAINED_SHINGLES):
                found.append(Match(other, round(j, 4), round(c, 4)))
        return sorted(found, key=lambda m: (-m.similarity, m.article_id))[:MAX_MATCHES]
