"""Who killed or wounded those harmed in a fight with someone: "was killed in a shootout with
police", "two soldiers were killed in clashes with al-Shabaab fighters", "died in a gunfight
with Boko Haram militants".

A death or an injury told as happening *in* (or *during*) an armed clash (an event noun of
kg's class ``ArmedClash`` or below: a clash, a shootout, a gunfight) *with* someone was
caused by that other side: the "with" phrase of the clash's noun (or, as the parser often
hangs it, of the harm's verb right after the clash's noun) names the casualties' agent.
Only when the casualties have no agent of their own, and never one of their victims nor a
place ("died in the fighting, with Tigray among the worst affected"); a fight "between" two
sides names no one side.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .context import ArticleContext
from .role_reading import read_later, read_role

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .draft import Draft

__all__ = ["harm_in_fight"]

#: prepositions that put a harm inside a fight ("killed *in* a shootout", "*during* clashes")
_INSIDE = frozenset({"in", "during"})


def _with_side(verb: "Token", fight: "Token") -> "Token | None":
    """The object of the "with" phrase of the fight's noun, or of the "with" phrase the parser
    hung on the harm's verb after the fight's noun ("died in a gunfight with X")."""
    heads = [c for c in fight.children if c.dep_ == "prep" and c.lower_ == "with"]
    heads += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" and c.i > fight.i]
    return next((g for w in heads for g in w.children if g.dep_ == "pobj"), None)


def _fight_of(ctx: ArticleContext, d: "Draft", verb: "Token") -> "Token | None":
    """The noun of the armed clash the harm's verb says it happened in."""
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in _INSIDE:
            continue
        for n in c.children:
            g = ctx.owner.get(n.i) if n.dep_ == "pobj" else None
            if g is not None and g is not d and g.noun == n and ctx.lex.is_a(g.cls, "ArmedClash"):
                return n
    return None


def harm_in_fight(ctx: ArticleContext) -> None:
    """Give casualties told as happening in a clash with someone that someone as agent."""
    for d in ctx.drafts:
        verb = d.trigger.verb
        if verb is None or not ctx.lex.is_a(d.cls, "Casualties") or d.roles.get("agent"):
            continue
        fight = _fight_of(ctx, d, verb)
        if fight is None:
            continue
        side = _with_side(verb, fight)
        if side is None:
            continue
        victims = set(d.roles.get("target", []))
        # "with police": the group a common noun names too
        found = read_later(ctx, d, lambda: ctx.actor_roles(read_role(ctx, d, "agent", side)))
        # a place is no side ("died in the fighting, with Tigray among the worst affected")
        d.add("agent", [k for k in [*found, *d.roles.pop("agent", [])] if k not in victims and ctx.kind(k) != "place"])
