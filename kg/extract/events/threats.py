"""A threat and the act it threatens share their sides: "the army chief threatened a coup
against the prime minister" threatens the prime minister; "Hamas threatened Israel with more
rocket attacks" threatens attacks by Hamas on Israel. The threatened act is the threat's
object (or its "with" phrase); who threatens would do it, and whom it would hit is who is
threatened. Each fills only what its own reading left empty; a town or a region the act would
hit ("threatened strikes on Kyiv") is where, not whom, so it is not threatened as a party."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .context import ArticleContext
from .draft import Draft

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["share_threatened"]

#: kinds of entities that can be threatened
_PARTIES = frozenset({"person", "organization", "state", "group"})


def share_threatened(ctx: ArticleContext) -> None:
    """Give a threat the parties of the act it threatens, and that act the threat's sides."""
    for t in ctx.drafts:
        v = t.trigger.verb
        if v is None or not ctx.lex.is_a(t.cls, "Threat"):
            continue
        for c in v.children:
            if c.dep_ == "dobj":
                g = _event_noun(ctx, t, c)
            elif c.dep_ == "prep" and c.lower_ == "with":
                g = next((x for p in c.children if p.dep_ == "pobj" and (x := _event_noun(ctx, t, p)) is not None), None)
            else:
                continue
            if g is None:
                continue
            speakers = t.roles.get("speaker", [])
            if "agent" not in g.roles and speakers:
                g.add("agent", speakers)  # "Hamas threatened ... attacks": Hamas's
            hit = [k for k in g.roles.get("target", ()) if ctx.kind(k) in _PARTIES]
            if "target" not in t.roles and hit:
                t.add("target", hit)  # "threatened a coup against Qarase": Qarase is threatened
            elif "target" not in g.roles and t.roles.get("target"):
                g.add("target", t.roles["target"])  # "threatened Israel with attacks": on Israel


def _event_noun(ctx: ArticleContext, t: Draft, token: "Token") -> Draft | None:
    """The event whose noun ``token`` is, other than the threat itself."""
    g = ctx.owner.get(token.i)
    return g if g is not None and g is not t and g.noun == token and not ctx.lex.is_communication(g.cls) else None
