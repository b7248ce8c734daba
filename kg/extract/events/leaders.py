"""Step 2, after every event's own arguments: the people a phrase such as "the coup leaders"
or "the plotters of the attack" stands for, when the article named who did that event
before ("A faction of the army led by Major X overthrew the government ... The coup leaders
declared a junta": X), rather than a group of the phrase's own."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..event_lexicon import fold
from ..wordlists import words
from .context import ArticleContext
from .group_words import coordinated

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .draft import Draft

__all__ = ["name_event_leaders"]


def name_event_leaders(ctx: ArticleContext) -> None:
    """Replace, in every role, the group "the coup leaders" names by the people who did the
    nearest earlier event of that kind (its person agents), when there are any."""
    nouns = words("arguments", "event_leader_nouns")
    for d in ctx.drafts:
        for role, token in list(d.slots):
            for item in coordinated(token):
                if item.lemma_.lower() not in nouns or item.i in ctx.mention_at:
                    continue
                event = _event_word(ctx, item)
                if event is None:
                    continue
                people = _doers_before(ctx, d, event, item.i)
                if not people:
                    continue
                own = [k for k in ctx.groups.resolve(item, mint=False, speaker=role == "speaker")]
                kept = [k for k in d.roles.get(role, []) if k not in own]
                d.roles[role] = list(dict.fromkeys(kept + people))


def _event_word(ctx: ArticleContext, item: "Token") -> "Token | None":
    """The event noun a leader noun is of: its compound ("the *coup* leaders") or the object
    of its "of" ("the leaders *of the coup*")."""
    for c in item.children:
        if c.dep_ == "compound" and c.i < item.i and fold(c.lemma_) in ctx.lex.nouns:
            return c
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj" and fold(g.lemma_) in ctx.lex.nouns:
                    return g
    return None


def _doers_before(ctx: ArticleContext, d: "Draft", event: "Token", before: int) -> list[str]:
    """The people who did the nearest event before ``before`` of a class the noun ``event``
    names (the event itself when it is one)."""
    classes = {p.cls for p in ctx.lex.nouns.get(fold(event.lemma_), [])}
    owner = ctx.owner.get(event.i)
    if owner is not None:
        classes.add(owner.cls)
    for e in sorted((e for e in ctx.drafts if e is not d and e.head.i < before), key=lambda e: -e.head.i):
        if not any(ctx.lex.compatible(e.cls, c) for c in classes):
            continue
        people = [k for k in e.roles.get("agent", ()) if ctx.kind(k) == "person"]
        if people:
            return people
    return []
