"""How ``kg eval`` prints its results: a table per gold file, or JSON."""
from __future__ import annotations

from typing import Any

from .score import KINDS, Result

__all__ = ["format_text", "as_dict"]


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def format_text(results: list[Result], *, verbose: bool = False) -> str:
    """One table per result, a row per kind.

    ``gold``: gold items; ``found``: gold items the graph has (recall = found / gold);
    ``predicted``: what the graph says; ``correct``: predictions some gold item matches
    (precision = correct / predicted).

    Examples
    --------
    >>> from kg.eval.score import Result
    >>> r = Result("demo"); r.counts["roles"].gold = 2; r.counts["roles"].found = 1
    >>> print(format_text([r]).splitlines()[5])
    roles          2      1          0        0          -    0.500
    """
    lines: list[str] = []
    for result in results:
        if lines:
            lines.append("")
        lines.append(f"{result.name}")
        lines.append(f"{'':10}{'gold':>6}{'found':>7}{'predicted':>11}{'correct':>9}{'precision':>11}{'recall':>9}")
        for kind in KINDS:
            c = result.counts[kind]
            lines.append(
                f"{kind:10}{c.gold:>6}{c.found:>7}{c.predicted:>11}{c.correct:>9}"
                f"{_ratio(c.precision):>11}{_ratio(c.recall):>9}"
            )
        lines.append(f"wrong entities (gold not_entities found): {result.wrong}")
        if verbose and result.misses:
            lines.extend(f"  {m}" for m in result.misses)
    return "\n".join(lines)


def as_dict(results: list[Result]) -> list[dict[str, Any]]:
    """The results as JSON-ready dictionaries."""
    out = []
    for result in results:
        out.append(
            {
                "name": result.name,
                "wrong": result.wrong,
                "misses": list(result.misses),
                **{
                    kind: {
                        "gold": c.gold,
                        "predicted": c.predicted,
                        "found": c.found,
                        "correct": c.correct,
                        "precision": c.precision,
                        "recall": c.recall,
                    }
                    for kind, c in result.counts.items()
                },
            }
        )
    return out
