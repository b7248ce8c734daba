"""The drafts as :class:`~kg.extract.model.Event` records, in text order."""
from __future__ import annotations

from ..model import Event, Participant, Span
from ..speech import best_quote
from ..wordlists import words
from .context import ArticleContext
from .draft import Draft

__all__ = ["emit_events"]


def _confidence(ctx: ArticleContext, d: Draft) -> float:
    base = {"verb": 0.7, "noun": 0.6, "phrase": 0.75}[d.trigger.kind]
    if d.support is not None or d.trigger.verb is not None and d.noun is not None:
        base = 0.8
    base += 0.1 * ("actor" in d.direct) + 0.05 * ("place" in d.direct) + 0.05 * bool(d.times)
    return round(min(base, 0.95), 2)


def _said_by_no_one(d: Draft) -> bool:
    """Whether ``d`` is an "according to" with no one saying ("according to reports",
    "according to the information received", "according to a statement", the statement its
    own event): a source that frames what it carries (reported), but no speech act of its own."""
    return d.trigger.verb is not None and d.trigger.verb.lemma_.lower() in words("speech", "source_verbs") and not d.roles.get("speaker")


def emit_events(ctx: ArticleContext) -> list[Event]:
    drafts = sorted(ctx.drafts, key=lambda d: (d.trigger.start, d.trigger.end))
    for d in drafts:
        d.id = ""
    drafts = [d for d in drafts if not _said_by_no_one(d)]
    for k, d in enumerate(drafts, 1):
        d.id = f"e{k}"
    by_cluster: dict[int, list[Draft]] = {}
    for d in drafts:
        by_cluster.setdefault(d.cluster, []).append(d)
    events: list[Event] = []
    for d in drafts:
        start, end = d.trigger.start, d.trigger.end
        sent = ctx.sents[ctx.sent_of[d.head.i]]  # a Span; its offsets only
        participants = [Participant(role, key) for role, keys in d.roles.items() for key in keys if key in ctx.entities]
        quote = None
        if d.frame is not None:
            q = best_quote(d.frame, ctx.text)
            if q is not None:
                quote = Span(q[0], q[1], ctx.text[q[0]:q[1]])
        same = [o.id for o in by_cluster.get(d.cluster, []) if o is not d] if d.cluster >= 0 else []
        events.append(Event(
            id=d.id,
            type=d.cls,
            trigger=Span(start, end, ctx.text[start:end]),
            sentence=Span(sent.start_char, sent.end_char, ctx.text[sent.start_char:sent.end_char]),
            participants=participants,
            place=d.place if d.place in ctx.entities else None,
            inferred_place=d.inferred_place if d.place is None and d.inferred_place in ctx.entities else None,
            also_places=[p for p in d.also_places if p in ctx.entities] if d.place in ctx.entities else [],
            time=d.time,
            modality=d.modality,
            confidence=_confidence(ctx, d),
            quote=quote,
            channel=d.frame.channel if d.frame is not None else None,
            attributed_to=d.attributed_to.id if d.attributed_to is not None and d.attributed_to.id else None,
            count=d.count,
            count_unit=d.count_unit,
            outcome=d.outcome,
            set_apart=d.set_apart,
            habitual=d.habitual and d.period,  # (a day of its own clause makes it that day's: timing)
            same_as=same,
            scene=d.scene.id if d.scene is not None and d.scene.id else None,
        ))
    return events
