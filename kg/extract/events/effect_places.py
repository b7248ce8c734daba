"""An event placed by the toll a relative clause on its noun tells: "a series of *strikes*
that resulted in civilian deaths in Afghanistan, Pakistan and Yemen", "an *airstrike* that
caused dozens of deaths in Kabul", "*fighting* which has left thousands displaced in Kasai".

The toll (an event of ``effect_classes``: casualties, displacement) is counted where its
cause happened, so the cause with no place of its own takes the toll's place and further
places. The relative clause's verb is one of ``consequence_verbs``
(``ontology/lexicon/arguments.toml``) and its subject the relative pronoun: "strikes *that*
resulted in", not "strikes the report says resulted in"; on the noun of a series of such events too ("a
*series* of strikes that resulted in"). The other way round (a toll with no
place takes its cause's) is :func:`.occasion.share_with_cause`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..wordlists import lexicon, words
from .context import ArticleContext

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .draft import Draft

__all__ = ["place_by_effect"]


def _consequence_clauses(n: "Token") -> list["Token"]:
    """The relative clauses on ``n`` whose subject is the relative pronoun and whose verb
    tells a consequence ("that resulted in", "which caused")."""
    verbs = words("arguments", "consequence_verbs")
    return [rel for rel in n.children
            if rel.dep_ == "relcl" and rel.lemma_.lower() in verbs
            and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in rel.children)]


def _toll_in(ctx: ArticleContext, d: "Draft", rel: "Token") -> "Draft | None":
    """The placed toll event the clause ``rel`` tells."""
    effects = [str(c) for c in lexicon("arguments")["effect_classes"]]
    for e in ctx.drafts:
        if (e is not d and e.place is not None and e.head in rel.subtree
                and any(ctx.lex.is_a(e.cls, c) for c in effects)):
            return e
    return None


def place_by_effect(ctx: ArticleContext) -> None:
    """Give an unplaced event the place of the toll a relative clause on its noun tells."""
    for d in ctx.drafts:
        n = d.noun
        if n is None or d.place is not None or ctx.lex.is_communication(d.cls):
            continue
        heads = [n]
        if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ == "NOUN" and n.head.head.i not in ctx.owner:
            heads.append(n.head.head)  # "a series of strikes that resulted in ...", the clause on "series"
        for rel in (r for h in heads for r in _consequence_clauses(h)):
            toll = _toll_in(ctx, d, rel)
            if toll is not None and toll.place not in d.actors():
                d.place, d.also_places = toll.place, [k for k in toll.also_places if k not in d.actors()]
                break
