"""Step 5, time (:mod:`.timing`): relative times ("24 hours after the attack", "two days
later", "the next day", "later that day") anchored on the day of the event they name or of
the event told before them."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..time import shift
from .context import ArticleContext
from .draft import Draft
from .occasion import pluperfect
from .time_attach import _day_anaphor, _event_pronoun_subject
from .time_sharing import _date_event_subjects

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["resolve_shifts"]


def resolve_shifts(ctx: ArticleContext) -> None:
    pub = ctx.article.published
    for d, e, root in ctx.pending_shifts:
        after = next((t for t in ctx.doc.char_span(e.start, e.end, alignment_mode="expand") if t.lower_ in ("after", "before")), None)
        if (after is None and d.time is not None and d.time.precision == "day" and d.time.end is None and e.count
                and not any(x.role == "point" and not x.needs_anchor for x in d.times)
                and (d.time.span is None or d.time.span.start != e.start)):
            # "On 15 November, he escaped from prison, but was apprehended three days later":
            # the day the verb took from the clause it is joined to is the day counted from
            # (once: the step runs again after coreference, which sees the day counted)
            d.time = e.resolve(pub, anchor=d.time)
            continue
        if d.time is not None:
            # "withdrew the bill on Wednesday, a day after protesters stormed parliament": the
            # phrase hangs on the dated event, and its clause's event is that far the other way
            o = ctx.owner.get(after.head.i) if after is not None and after.dep_ == "mark" else None
            if (o is not None and o is not d and o.trigger.verb == after.head and o.time is None
                    and d.time.precision == "day" and d.time.end is None and e.count):
                o.time = shift(d.time, e.count, e.unit or "day", -e.direction)
            # "Two days after the election, on Tuesday, police fired ...": the event noun of the
            # phrase is that far the other way
            nouns = [g for g in after.children if g.dep_ == "pobj"] if after is not None and after.dep_ == "prep" else []
            for n in nouns:
                g = ctx.owner.get(n.i)
                if (g is not None and g is not d and g.noun == n and g.time is None and not g.times
                        and d.time.precision == "day" and d.time.end is None and e.count):
                    g.time = shift(d.time, e.count, e.unit or "day", -e.direction)
            main = ctx.owner.get(after.head.head.i) if o is d and after.head.dep_ == "advcl" else None
            if main is None and o is d and after.head.dep_ == "advcl" and after.head.head.i not in ctx.owner:
                # "Gunmen attacked a church. It came two days after an airstrike killed ten
                # people on 5 March": the event "it" stands for is that far from the dated one
                main = _event_pronoun_subject(ctx, after.head.head, main_verb=True)
            if (main is not None and main is not d and main.time is None and not ctx.lex.is_communication(main.cls)
                    and d.time.precision == "day" and d.time.end is None and e.count):
                # "Two days after the ceasefire took effect on 27 November, Israeli strikes hit
                # southern Lebanon": the phrase is on the dated event's clause, and the main
                # clause's event is that far from it
                main.time = shift(d.time, e.count, e.unit or "day", e.direction)
            continue
        anchor = None
        if after is not None and after.dep_ == "mark" and (after.head in d.verbs() or ctx.owner.get(after.head.i) is d):
            # "carried out another airstrike Wednesday, two days after an airstrike killed
            # three children", "fighting resumed on Saturday, two days after a truce collapsed":
            # the phrase dates the main clause from this event, so this event is that far the
            # other way from the main clause's day
            main = ctx.owner.get(after.head.head.i) if after.head.dep_ == "advcl" else None
            if main is not None and main is not d and main.time is not None and main.time.precision == "day" and main.time.end is None:
                d.time = shift(main.time, e.count, e.unit or "day", -e.direction)
                if d.cause is not None and d.cause.time is None:
                    d.cause.time = d.time  # "an airstrike killed": the airstrike, that day
            continue
        lasted = False  # the phrase names the event whose length it gives ("after one day of detention")
        if after is not None and after.dep_ == "mark" and after.head.pos_ in ("VERB", "AUX") and ctx.owner.get(after.head.i) is not d:
            # "the attack happened over a week after the Taliban took control": counted from the
            # event of the clause it introduces — when that one is undated, from the last day
            # an event of its kind was told ("seized Goma on 3 August ... two days after the
            # rebels seized the city"), else from no day at all (not from the last day told)
            o = ctx.owner.get(after.head.i)
            if o is not None and o.time is not None:
                anchor = o.time
            else:
                told = [x for x in ctx.drafts if x is not o and x.head.i < d.head.i and x.cls == o.cls
                        and x.time is not None and x.time.precision == "day" and not _flashback(x)] if o is not None else []
                anchor = told[-1].time if told else None
                lasted = anchor is None
        if after is not None and anchor is None and not lasted:
            for t in after.subtree:
                o = ctx.owner.get(t.i)
                lasted = lasted or (o is not None and o is not d and _length_of(t))
                if o is not None and o is not d and o.time is not None:
                    anchor = o.time
                    break
        if anchor is None and not lasted:  # (that event not dated: no day to count from)
            earlier = [o for o in ctx.drafts if o.head.i < d.head.i and o.time is not None and o.time.precision == "day"
                       and not _flashback(o)]
            anchor = earlier[-1].time if earlier else None
        if anchor is not None:
            d.time = e.resolve(pub, anchor=anchor)
    _date_event_subjects(ctx)  # "a day after the fighting killed eight civilians": the fighting too
    _same_day(ctx)  # after the shifts: "two days after an airstrike killed ...", then "later that day"


def _length_of(t: "Token") -> bool:
    """Whether the event noun ``t`` is what a stretch of hours, days or weeks is of ("after
    seven hours of fighting", "after one day of detention")."""
    return (t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in ("hour", "day", "week"))


def _flashback(d: Draft) -> bool:
    """An event told in the past perfect ("On 4 February workers *had been threatened*"): a
    step back from the story's day, never the day "on the same day", "a few hours after" or
    "the next day" count from."""
    return any(pluperfect(v) for v in d.verbs())


def _same_day(ctx: ArticleContext) -> None:
    """An event dated by reference to the day told before ("On the same day, the spokesman
    confirmed", "In the evening, insurgents ambushed a lorry", "the next day"): that day,
    from the last event before it dated to the day."""
    for d in ctx.drafts:
        if d.time is not None:
            continue
        # "the US responded with strikes on Sanaa the same day": the phrase on the verb that
        # is no event and governs the event noun
        verbs = d.verbs() or [h for h in [_noun_governor(ctx, d)] if h is not None]
        days = next((n for v in verbs if (n := _day_anaphor(v)) is not None), None)
        if days is None:
            continue
        # what someone said of it is dated by when it was said: a day that is not the event's;
        # nor is the day of what was only threatened or called for then ("In a televised
        # speech on 5 July, the leader threatened more attacks. The same day, jets bombed ...")
        comm = ctx.lex.is_communication(d.cls)
        earlier = [o for o in ctx.drafts if o.head.i < d.head.i and o.time is not None and o.time.precision == "day"
                   and o.time.end is None and not _flashback(o) and ctx.sent_of[o.head.i] >= ctx.sent_of[d.head.i] - 6
                   and (comm or (not ctx.lex.is_communication(o.cls) and o.modality in ("asserted", "reported")))]
        earlier.sort(key=lambda o: o.head.i)
        if earlier:
            d.time = shift(earlier[-1].time, days, "day", +1) if days else earlier[-1].time
            for v in d.verbs():  # "injured in a second airstrike later that day": the airstrike too
                for c in v.children:
                    if c.dep_ == "prep" and c.lower_ in ("in", "during", "amid"):
                        for pobj in c.children:
                            g = ctx.owner.get(pobj.i)
                            if g is not None and g is not d and g.time is None and (g.noun or g.head) == pobj:
                                g.time = d.time


def _noun_governor(ctx: ArticleContext, d: Draft) -> "Token | None":
    """The verb that is no event whose subject, object or prepositional object the event noun
    is ("responded *with strikes*", "reported *an attack*", "*clashes* erupted"); None for a
    verb of saying."""
    n = d.noun
    if n is None or d.trigger.verb is not None:
        return None
    # "The same day, clashes erupted on the border": the verb the event noun is the subject of
    v = n.head if n.dep_ in ("dobj", "nsubj") else n.head.head if n.dep_ == "pobj" and n.head.dep_ == "prep" else None
    if v is None or v.pos_ != "VERB" or ctx.owner.get(v.i, d) is not d:
        return None  # (the verb may host the event noun itself: "clashes erupted")
    return v
