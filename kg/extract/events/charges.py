"""Step 2, after every event's own arguments: who is charged when an arrest says on what
charges ("X was arrested on charges of trying to overthrow the government", "detained on
charges of treason"): the one arrested is the one the charges are against, and the doer
of the act they are charged with when that act names no doer of its own."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..wordlists import words
from .context import ArticleContext

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .draft import Draft

__all__ = ["share_charges"]


def share_charges(ctx: ArticleContext) -> None:
    """Give the charges an arrest is made on ("arrested *on charges of* ...", "detained *on
    suspicion of* ...") the arrest's target, and the act charged its doer."""
    grounds = words("arguments", "charge_preps")
    for d in ctx.drafts:
        n = d.noun
        if n is None or d.trigger.verb is not None or not ctx.lex.is_a(d.cls, "Trial") or "target" in d.roles:
            continue
        prep = n.head
        if n.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in grounds:
            continue
        arrest = ctx.owner.get(prep.head.i)
        if arrest is None or arrest is d or not ctx.lex.is_a(arrest.cls, "Arrest"):
            continue
        held = [k for k in arrest.roles.get("target", ()) if ctx.kind(k) in ("person", "group", "organization")]
        if not held:
            continue
        d.add("target", held)
        d.direct.add("actor")
        for act in _charged_acts(ctx, d, n):
            if "agent" not in act.roles:
                act.add("agent", held)  # "on charges of trying to overthrow the government": theirs


def _charged_acts(ctx: ArticleContext, d: "Draft", noun: "Token") -> list["Draft"]:
    """The events the "of" phrase of the charge noun ``noun`` names ("charges of *trying to
    overthrow* the government", "charges of *inciting violence*")."""
    found: list[Draft] = []
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for t in prep.subtree:
            act = ctx.owner.get(t.i)
            if act is not None and act is not d and act not in found and not ctx.lex.is_communication(act.cls):
                found.append(act)
    return found
