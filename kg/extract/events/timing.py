"""Step 5, time: the time expressions of a clause (:mod:`kg.extract.time`) resolved against
the publication date, the time of the statement that reports an event, and relative times
("24 hours after the attack") anchored on the event they name."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..time import TimeExpression, find_time_expressions
from .context import ArticleContext
from .draft import Draft

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["assign_times", "resolve_shifts"]


def assign_times(ctx: ArticleContext) -> None:
    pub = ctx.article.published
    exprs = find_time_expressions(ctx.text)
    by_sentence: dict[int, list[TimeExpression]] = {}
    pending: list[tuple[Draft, TimeExpression, Token]] = []
    for e in exprs:
        span = ctx.doc.char_span(e.start, e.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        root = span.root
        by_sentence.setdefault(ctx.sent_of[root.i], []).append(e)
        before = ctx.doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.lower_ in ("since", "until", "till"):
            continue  # a bound of a period ("the largest since 2022"), not when it happened
        owner = None
        t = root
        dated = [c for c in root.children if c.dep_ == "appos" and c.i in ctx.owner and ctx.owner[c.i].noun == c]
        if dated:  # "its October 7, 2023 attack", parsed as the date with the event in apposition
            owner = ctx.owner[dated[0].i]
        for _ in range(0 if owner is not None else 8):
            if t.i in ctx.owner and t.i not in {x.i for x in span}:
                owner = ctx.owner[t.i]
                break
            if t.pos_ == "VERB" and t.i not in {x.i for x in span}:
                # "On 29 November, HTS entered Aleppo and captured it": the conjoined event's day
                conj = [c for c in t.children if c.dep_ == "conj" and c.i in ctx.owner and ctx.owner[c.i].trigger.verb == c]
                if conj:
                    owner = ctx.owner[conj[0].i]
                    break
            if t.head == t:
                break
            t = t.head
        if owner is None:
            continue
        owner.times.append(e)
        if e.needs_anchor:
            pending.append((owner, e, root))
    finer = {"day": 0, "month": 1, "year": 2}
    for d in ctx.drafts:  # the most precise of the expressions on the clause ("In 2020, on September 27")
        hints = [x.explicit_year for x in by_sentence.get(ctx.sent_of[d.head.i], []) if x.explicit_year]
        values = [
            v for e in d.times if not e.needs_anchor
            if (v := e.resolve(pub, future=d.modality == "planned", year_hint=hints[0] if hints else None)) is not None
        ]
        if values:
            d.time = min(values, key=lambda v: finer[v.precision])
    for d in ctx.drafts:  # a statement made in a call / its content said there and then
        if d.time is None and d.channel_event is not None and d.channel_event.time is not None:
            d.time = d.channel_event.time
    for d in ctx.drafts:
        if d.time is None and d.frame is not None and d.trigger.verb is not None and d.head.dep_ == "conj":
            head = ctx.owner.get(d.head.head.i)
            if head is not None and head.frame is not None and head.time is not None:
                d.time = head.time
    for d in ctx.drafts:  # "urged ... and emphasized ..., while also pressing ...": one occasion
        if d.time is None and d.frame is not None and d.roles.get("speaker"):
            same = [o for o in ctx.drafts if o is not d and o.frame is not None and o.time is not None
                    and ctx.sent_of[o.head.i] == ctx.sent_of[d.head.i] and o.roles.get("speaker") == d.roles["speaker"]]
            if same:
                d.time = same[0].time
    for d in ctx.drafts:
        g = d.governor or d.attributed_to
        if d.time is not None or g is None or g.time is None:
            continue
        if d.governor is not None or _same_time_as_speech(ctx, d):
            d.time = g.time
    ctx.pending_shifts = pending


def _same_time_as_speech(ctx: ArticleContext, d: Draft) -> bool:
    """Content told in the present or progressive happens when it is said ("officials
    said they were launching ...", "... are incapacitated, it said")."""
    verb = d.trigger.verb or d.support
    if verb is None:
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBG" and any(a.lemma_ == "be" for a in auxes):
        return True
    return verb.tag_ == "VBN" and any(a.tag_ in ("VBZ", "VBP") and a.lemma_ == "be" for a in auxes)


def resolve_shifts(ctx: ArticleContext) -> None:
    pub = ctx.article.published
    for d, e, root in ctx.pending_shifts:
        if d.time is not None:
            continue
        anchor = None
        after = next((t for t in ctx.doc.char_span(e.start, e.end, alignment_mode="expand") if t.lower_ in ("after", "before")), None)
        if after is not None:
            for t in after.subtree:
                o = ctx.owner.get(t.i)
                if o is not None and o is not d and o.time is not None:
                    anchor = o.time
                    break
        if anchor is None:
            earlier = [o for o in ctx.drafts if o.head.i < d.head.i and o.time is not None and o.time.precision == "day"]
            anchor = earlier[-1].time if earlier else None
        if anchor is not None:
            d.time = e.resolve(pub, anchor=anchor)
