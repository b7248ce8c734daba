"""Step 2, how many an event counts: what its number counts ("killed", "wounded",
"displaced", from the ontology) and the number itself ("killed 30", "at least 12 dead")."""
from __future__ import annotations

from .context import ArticleContext
from .draft import Draft
from .role_reading import counted

__all__ = ["count_unit", "read_count"]


def count_unit(ctx: ArticleContext, d: Draft) -> str | None:
    """What an event's number counts ("killed", "wounded", "displaced"), from the ontology;
    ``None`` for events that count nothing."""
    units = ctx.lex.count_units.get(d.cls)
    if not units:
        return None
    return next((units[w] for t in d.trigger.tokens if (w := t.lemma_.lower()) in units), units.get(""))


def read_count(ctx: ArticleContext, d: Draft) -> int | None:
    candidates = [d.head] + [c for a in d.anchors() for c in a.children if c.dep_ in ("dobj", "nsubjpass", "nsubj", "attr")]
    if d.trigger.verb is not None and d.trigger.verb.dep_ in ("relcl", "acl"):
        candidates.append(d.trigger.verb.head)  # "137 students who were abducted"
    # "left at least 20 people dead": who the verb's complement is said of
    candidates += [g for a in d.anchors() for c in a.children if c.dep_ == "oprd" for g in c.children if g.dep_ == "nsubj"]
    # "a total of 57 migrants drowned": what the total counts
    candidates += [n for t in candidates[1:] if (n := counted(t)) is not t]
    for t in candidates[1:]:
        if t.like_num and t.pos_ == "NUM":  # "wounded 100"
            value = _number(ctx, t.text)
            if value is not None:
                return value
    for t in candidates:
        for c in t.children:
            if c.dep_ == "nummod" or (c.dep_ == "prep" and c.lemma_.lower() in ("to", "at")):
                num = c if c.dep_ == "nummod" else next((g for g in c.children if g.like_num), None)
                if num is not None:
                    value = _number(ctx, num.text)
                    if value is not None:
                        return value
    return None



def _number(ctx: ArticleContext, text: str) -> int | None:
    t = text.replace(",", "").lower()
    if t.isdigit():
        return int(t)
    return ctx.lex.number_words.get(t)
