"""Step 5b, a hedge carried to the words that take its event up: "90 people have *allegedly*
died in custody ... the UN called for investigations into *these deaths*". The demonstrative
noun names the deaths just told as alleged, so it is as reported as they are; told plainly
("the deaths") by itself it would read as asserted. Run after :func:`.modality.assign_modalities`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..wordlists import words

if TYPE_CHECKING:
    from .context import ArticleContext
    from .draft import Draft

__all__ = ["carry_hedges"]


def carry_hedges(ctx: "ArticleContext") -> None:
    """Give an asserted event noun with a demonstrative (``anaphoric_determiners``: "these
    deaths", "such attacks") the reported modality of the nearest event of its class told
    before it in its sentence or the one before."""
    told: list["Draft"] = []
    for d in sorted(ctx.drafts, key=lambda x: x.head.i):
        if d.modality == "asserted" and _demonstrative(d):
            before = next((p for p in reversed(told) if p.cls == d.cls), None)
            if before is not None and before.modality == "reported" and _near(before, d):
                d.modality = "reported"
        told.append(d)


def _demonstrative(d: "Draft") -> bool:
    return d.noun is not None and d.trigger.verb is None and any(
        c.dep_ == "det" and c.lower_ in words("events", "anaphoric_determiners") for c in d.noun.children
    )


def _near(before: "Draft", d: "Draft") -> bool:
    """Whether ``before`` is told in the sentence of ``d`` or the one before it."""
    sent = d.head.sent
    if before.head.i >= sent.start:
        return True
    return sent.start > 0 and before.head.i >= d.head.doc[sent.start - 1].sent.start
