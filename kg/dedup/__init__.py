"""Near-duplicate articles: syndicated copies, lightly edited rewrites, truncated versions.

``minhash`` turns a text into a signature, ``index`` finds the stored articles a new
signature is close to, ``graph`` keeps signatures and links in the store and rebuilds the
index from them. :func:`kg.run.load` calls them for every article it writes.
"""
from __future__ import annotations

from .index import DuplicateIndex, Match, is_near_duplicate
from .minhash import Signature, signature

__all__ = ["DuplicateIndex", "Match", "Signature", "is_near_duplicate", "signature"]
