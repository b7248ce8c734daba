"""Evaluation: score kg on gold annotations (``kg eval GOLD.json``).

>>> from kg.config import Settings
>>> from kg.eval import evaluate, load_gold, format_text
>>> results = evaluate([load_gold("gold/seed.json")], Settings())   # doctest: +SKIP
>>> print(format_text(results))                                     # doctest: +SKIP

The gold format is documented in ``docs/gold-format.md``; :mod:`.gold` reads it,
:mod:`.score` scores an article's graph against it, :mod:`.report` prints the scores.
"""
from __future__ import annotations

from .gold import Gold, load_gold
from .report import as_dict, format_text
from .score import KINDS, Count, Result, evaluate, score_graph

__all__ = ["Gold", "load_gold", "evaluate", "score_graph", "Result", "Count", "KINDS", "format_text", "as_dict"]
