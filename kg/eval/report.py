"""How ``kg eval`` prints its results: a table per gold file, or JSON."""
from __future__ import annotations

from typing import Any

from .score import KINDS, Result

__all__ = ["format_text", "summary", "as_dict"]


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
    >>> print(format_text([r]).splitlines()[6])
    roles          2      1          0        0          -    0.500

    With several results (the last one their total), a summary follows: a line per
    gold file and a TOTAL line with the recall of each kind and the wrong entities.
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
    if len(results) > 1:
        lines.append("")
        lines.extend(summary(results))
    return "\n".join(lines)


def summary(results: list[Result]) -> list[str]:
    """A line per result with the recall of each kind and the wrong-entity count.

    The result named ``"total"`` (what :func:`kg.eval.evaluate` adds after several) is
    printed as ``TOTAL``.

    Examples
    --------
    >>> from kg.eval.score import Result
    >>> a = Result("a"); a.counts["points"].gold = 4; a.counts["points"].found = 3; a.wrong = 1
    >>> for line in summary([a]): print(line)
    recall  entities   types   links  points   roles  events   wrong
    a              -       -       -   0.750       -       -       1
    """
    width = max([len("recall"), *(len(r.name) for r in results)]) + 2
    out = [f"{'recall':<{width}}" + "".join(f"{k:>8}" for k in KINDS) + f"{'wrong':>8}"]
    for r in results:
        name = "TOTAL" if r.name == "total" else r.name
        out.append(f"{name:<{width}}" + "".join(f"{_ratio(r.counts[k].recall):>8}" for k in KINDS) + f"{r.wrong:>8}")
    return out


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
