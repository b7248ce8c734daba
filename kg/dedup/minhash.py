"""Word shingles and their MinHash signature: a fixed-size summary of an article's text.

Two texts' signatures agree in about the share of positions that their shingle sets share
(the Jaccard similarity), whatever the texts' lengths, so near-duplicates are found by
comparing 128 numbers instead of the texts (Broder, *On the resemblance and containment
of documents*, 1997). The shingles are runs of :data:`SHINGLE_WORDS` words of the
case-folded text, so a changed headline, a dateline or a credit line touches only the few
shingles it overlaps.

A signature is stored as a short string (:meth:`Signature.encode`) naming its scheme: a
signature of another scheme (other shingle length, number of hashes, seed) is never
compared with one of this scheme. NumPy is imported when a signature is first computed or
decoded, not with this module: a load that finds every article unchanged needs neither.
"""
from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

__all__ = ["SCHEME", "SHINGLE_WORDS", "PERMUTATIONS", "Signature", "is_current", "shingles", "signature"]

#: words per shingle
SHINGLE_WORDS = 4
#: hash functions (positions) per signature
PERMUTATIONS = 128
_SEED = 1
#: the name of the scheme, written in front of every stored signature
SCHEME = f"mh1-w{SHINGLE_WORDS}-p{PERMUTATIONS}-s{_SEED}"

_WORD = re.compile(r"\w+")
_PRIME = (1 << 61) - 1
_MASK = 0xFFFFFFFF


@lru_cache(maxsize=1)
def _permutations() -> tuple["np.ndarray", "np.ndarray"]:
    """The ``a·h + b mod p`` hash family: fixed by the seed, so signatures of every run agree."""
    import numpy as np

    rng = np.random.default_rng(_SEED)
    a = rng.integers(1, 1 << 32, size=PERMUTATIONS, dtype=np.uint64)
    b = rng.integers(0, 1 << 32, size=PERMUTATIONS, dtype=np.uint64)
    return a, b


def shingles(text: str, words: int = SHINGLE_WORDS) -> set[str]:
    """The runs of ``words`` consecutive words of ``text``, case-folded (a shorter text: itself).

    >>> sorted(shingles("The army took the town.", 4))
    ['army took the town', 'the army took the']
    >>> shingles("Two words", 4)
    {'two words'}
    """
    tokens = _WORD.findall(text.casefold())
    if not tokens:
        return set()
    if len(tokens) <= words:
        return {" ".join(tokens)}
    return {" ".join(tokens[i : i + words]) for i in range(len(tokens) - words + 1)}


@dataclass(frozen=True)
class Signature:
    """The MinHash of a text: ``values`` (one minimum per hash function) and ``size``, the
    number of distinct shingles (to estimate how much of one text another contains)."""

    values: np.ndarray
    size: int

    def jaccard(self, other: "Signature") -> float:
        """Estimated Jaccard similarity of the two shingle sets (0 for an empty text)."""
        import numpy as np

        if self.size == 0 or other.size == 0:
            return 0.0
        return float(np.count_nonzero(self.values == other.values)) / len(self.values)

    def containment(self, other: "Signature", jaccard: float | None = None) -> float:
        """Estimated share of the smaller text's shingles that the other text holds.

        From the Jaccard estimate J and the set sizes: ``|A∩B| = J·(|A|+|B|)/(1+J)``.
        """
        j = self.jaccard(other) if jaccard is None else jaccard
        smaller = min(self.size, other.size)
        if smaller == 0:
            return 0.0
        return min(1.0, j * (self.size + other.size) / (1.0 + j) / smaller)

    def encode(self) -> str:
        """``SCHEME:size:base64`` — the form kept in the graph.

        >>> s = signature("Rebels seized the border town on Tuesday, officials said.")
        >>> Signature.decode(s.encode()) == s
        True
        """
        packed = base64.b64encode(self.values.astype("<u4").tobytes()).decode("ascii")
        return f"{SCHEME}:{self.size}:{packed}"

    @classmethod
    def decode(cls, text: str) -> "Signature | None":
        """The signature ``text`` holds, or None when it is of another scheme or damaged."""
        found = _parts(text)
        if found is None:
            return None
        import numpy as np

        size, raw = found
        return cls(np.frombuffer(raw, dtype="<u4").astype(np.uint32), size)

    def __eq__(self, other: object) -> bool:
        import numpy as np

        return isinstance(other, Signature) and self.size == other.size and bool(np.array_equal(self.values, other.values))

    def __hash__(self) -> int:
        return hash((self.size, self.values.tobytes()))


def _parts(text: str) -> tuple[int, bytes] | None:
    """(size, the packed values) of an encoded signature of this scheme, None if it is not one."""
    scheme, _, rest = text.partition(":")
    size_text, _, packed = rest.partition(":")
    if scheme != SCHEME or not size_text.isdigit():
        return None
    try:
        raw = base64.b64decode(packed, validate=True)
    except ValueError:
        return None
    return (int(size_text), raw) if len(raw) == 4 * PERMUTATIONS else None


def is_current(text: str) -> bool:
    """Whether ``text`` is a signature of this scheme that :meth:`Signature.decode` reads (checked
    without decoding it into numbers).

    >>> is_current(signature("Troops entered the town at dawn.").encode()), is_current("mh0-w4-p128-s1:5:AAAA")
    (True, False)
    """
    return _parts(text) is not None


def signature(text: str) -> Signature:
    """The MinHash signature of ``text``'s shingles.

    >>> a = signature("Fighters attacked the camp at dawn and thousands fled toward the town, aid workers said.")
    >>> b = signature("KHARTOUM (Reuters) - Fighters attacked the camp at dawn and thousands fled toward the town, aid workers said.")
    >>> a.jaccard(b) > 0.6, a.containment(b) > 0.8
    (True, True)
    """
    import numpy as np

    found = shingles(text)
    if not found:
        return Signature(np.full(PERMUTATIONS, 0xFFFFFFFF, dtype=np.uint32), 0)
    hashes = np.fromiter(
        (int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=4).digest(), "little") for s in found),
        dtype=np.uint64,
        count=len(found),
    )
    a, b = _permutations()
    # a, h < 2**32: a·h + b < 2**64 never wraps
    mixed = (np.outer(a, hashes) + b[:, None]) % np.uint64(_PRIME) & np.uint64(_MASK)
    return Signature(mixed.min(axis=1).astype(np.uint32), len(found))
