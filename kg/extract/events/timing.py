"""Step 5, time: the time expressions of a clause (:mod:`kg.extract.time`) resolved against
the publication date, the time of the statement that reports an event, and relative times
("24 hours after the attack") anchored on the event they name. The steps: which event a time
phrase dates (:mod:`.time_attach`), times shared between events the sentence ties together
(:mod:`.time_sharing`), relative times (:mod:`.time_shifts`)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from ..model import TimeValue
from ..time import TimeExpression, find_periods, find_time_expressions
from ..wordlists import words
from .context import ArticleContext
from .draft import Draft
from .occasion import DURING, event_before_time, share_occasion
from .time_attach import (_AHEAD, _when_clause_event, _CALENDAR, _bounds_event, _event_pronoun_subject, _governed, _in_noun_phrase, _promised_on, _result_of_change, _cause_of_consequence, _describes_participant,
                          _sequence_object,
                          _in_since_phrase, _after_record_since, date_relative_clauses, _inverted_report, _names_event, _past, _reached_by, _says, _time_before,
                          _told_in_past)
from .time_sharing import (_carry_opening_time, _date_by_event_phrase, _date_conjoined_governed, _date_copula_attributes, _date_event_subjects,
                           _date_gatherings_acted_on,
                           _date_with_clauses, _same_time_as_speech, _second_time_of_said_event, _share_opening_time,
                           _split_gapped)
from .time_shifts import resolve_shifts

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["assign_times", "pin_periods", "resolve_shifts"]


def assign_times(ctx: ArticleContext) -> None:
    pub = ctx.article.published
    # dates inside names ("the 23 March Movement") are dropped by the parse; bounds of a
    # period come with their role: "since" starts the event, "until" ends it, a deadline
    # ("by May") never dates it
    exprs = find_time_expressions(ctx.text, doc=ctx.doc, bounds=True)
    # "over the past year", "for years": a stretch of time, no point; what its clause tells
    # went on over it
    periods = find_periods(ctx.text)
    _mark_periods(ctx, periods)
    exprs = [e for e in exprs if not any(s <= e.start and e.end <= t for s, t in periods)]
    by_sentence: dict[int, list[TimeExpression]] = {}
    pending: list[tuple[Draft, TimeExpression, Token]] = []
    starts: dict[int, list[TimeExpression]] = {}  # id(draft) -> "since" expressions
    ends: dict[int, list[TimeExpression]] = {}  # id(draft) -> "until" expressions
    governed: dict[int, list[TimeExpression]] = {}  # id(draft) -> times of the no-event verb governing it
    located: list[tuple[TimeExpression, Span]] = []  # the expressions and their words
    for e in exprs:
        span = ctx.doc.char_span(e.start, e.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        root = span.root
        if (span.start >= 2 and ctx.doc[span.start - 1].text == "," and (day := ctx.doc[span.start - 2]).dep_ == "pobj"
                and day.ent_type_ == "DATE" and root.head.i not in range(day.i, span.end) and e.kind == "date"):
            # "scheduled on Sunday, 12 May", the date parsed apart from the weekday written
            # before it: the phrase hangs where its preposition does
            root = day
        if e.role == "point" and (_in_since_phrase(ctx, root) or _after_record_since(root)):
            # "the most violent attacks since the beginning of the crisis in 2017": that year
            # bounds a comparison; it dates nothing and gives no other date its year (but
            # "since the incursion on 10 May" dates the incursion)
            continue
        by_sentence.setdefault(ctx.sent_of[root.i], []).append(e)
        located.append((e, span))
        if e.role == "deadline" and not _reached_by(ctx, e, root):
            continue
        if e.is_bound and not _bounds_event(root):
            continue  # "the largest since 2022": the bound of a comparison, not of an event
        if (root.dep_ in ("nmod", "compound", "amod") and root.head.pos_ in ("NOUN", "PROPN") and root.head.i not in ctx.owner
                and root.head.i >= span.end and root.head.ent_type_ not in ("DATE", "TIME")
                and (span.start == 0 or ctx.doc[span.start - 1].pos_ in ("DET", "ADJ"))):
            continue  # "fallout from a contentious October poll": the time of that noun, no event's
        owner = None
        t = root
        prev: Token | None = None  # the token the walk up came from (the time's attachment)
        dated = [c for c in root.children if c.dep_ == "appos" and c.i in ctx.owner and ctx.owner[c.i].noun == c]
        if dated:  # "its October 7, 2023 attack", parsed as the date with the event in apposition
            owner = ctx.owner[dated[0].i]
        elif (noun := _dated_noun_after(ctx, span)) is not None:
            owner = noun  # "echoed the January 6, 2021, insurrection", the date parsed on the verb
        when = [c for c in root.children if c.dep_ in ("relcl", "advcl") and c.i in ctx.owner and ctx.owner[c.i].trigger.verb == c
                and any(m.dep_ == "advmod" and m.lower_ == "when" for m in c.children)]
        # "began on 7 February 2023 when insurgents attacked a plane", the clause parsed on
        # the date: what the clause tells happened then (as well as what the date is on)
        also = None
        if owner is None and when and e.role == "point" and e.kind in _CALENDAR and _time_before(when[0], span):
            also = ctx.owner[when[0].i]
        for _ in range(0 if owner is not None else 8):
            if t.i in ctx.owner and t.i not in {x.i for x in span} and _promised_on(ctx, t):
                break  # "On January 22, the junta promised elections": the day of the promise, not of the elections
            if (prev is not None and prev.dep_ == "conj" and prev.pos_ == "VERB" and prev.i not in ctx.owner
                    and t.i in ctx.owner and _dated_apart(t, span)):
                # "cutting off the roads to Goma by January 23 and arriving in the city on
                # January 25": the day of the second verb's clause, when the first states its own
                break
            if t.i in ctx.owner and t.i not in {x.i for x in span}:
                owner = _inverted_report(ctx, t, span) or _result_of_change(ctx, t) or _sequence_object(ctx, t, span) or ctx.owner[t.i]
                if also is None and e.role == "point":
                    also = _cause_of_consequence(ctx, owner, t)
                if (also is None and e.role == "point" and e.kind in _CALENDAR and t.pos_ == "VERB"
                        and not ctx.lex.is_communication(owner.cls)):
                    # "Fighting broke out in April 2023 when the group launched an attack": both then
                    also = _when_clause_event(ctx, t, span)
                break
            if (t.pos_ == "VERB" and t.i not in ctx.owner and not _says(ctx, t) and e.role == "point"
                    and prev is not None and prev.dep_ in ("prep", "npadvmod", "tmod")):
                # "placed Machar under house arrest on Wednesday", "repelled an attack on
                # Sunday", "caused two dams to collapse ..., killing thousands": a verb that is
                # no event dates the events it governs (when they have no time of their own)
                for g in _governed(ctx, t, span):
                    governed.setdefault(id(g), []).append(e)
            if t.dep_ in ("ccomp", "xcomp") and _says(ctx, t.head):
                # "The junta said it would hold elections in December": not when it was said;
                # but "witnesses said the soldiers got into vehicles late Monday and drove
                # back to base": the event verb conjoined in the reported clause
                if t.pos_ == "VERB" and t.i not in ctx.owner and t.i not in {x.i for x in span}:
                    owner = _conjoined_event(ctx, t)
                break
            if t.pos_ in ("VERB", "AUX") and t.i not in ctx.owner and (it := _event_pronoun_subject(ctx, t)) is not None:
                owner = it  # "The offensive was ... . It lasted from January 23 to January 30"
                break
            if (t.pos_ == "VERB" and t.i not in ctx.owner and t.dep_ == "relcl" and t.head.i not in ctx.owner
                    and any(c.dep_ == "aux" and c.lower_ == "had" for c in t.children)):
                break  # "rebel groups that had signed the Algiers Agreement in 2015": the earlier time of that clause
            if e.role in ("since", "until") and t.pos_ == "VERB" and t.i not in ctx.owner and _describes_participant(ctx, t):
                # "arrested X, a man who was born in Brazil and has lived in Argentina since
                # 1993": the time of what the clause tells of a participant, no event's
                break
            if t.pos_ == "VERB" and t.i not in {x.i for x in span}:
                # "On 29 November, HTS entered Aleppo and captured it": the conjoined event's day
                if (conj := _conjoined_event(ctx, t)) is not None:
                    owner = conj
                    break
                # "In early 2023, the government moved to dissolve the forces": what it moved to do
                # "The hostage crisis began on 7 February when insurgents attacked a plane": a
                # verb that is no event is dated by its "when" clause's event
                if (t.i not in ctx.owner and not _says(ctx, t) and e.kind in _CALENDAR
                        and (clause := _when_clause_event(ctx, t, span)) is not None):
                    owner = clause
                    break
                xcomp = [c for c in t.children if c.dep_ == "xcomp" and c.i in ctx.owner and ctx.owner[c.i].trigger.verb == c]
                if xcomp and t.i not in ctx.owner and t.lemma_.lower() in words("events", "implicative_verbs") | words("events", "attempt_verbs"):
                    owner = ctx.owner[xcomp[0].i]
                    break
            if also is None and (noun_event := event_before_time(ctx, t, prev)) is not None:
                if t.lower_ not in DURING:
                    owner = noun_event  # "following his death in 2009": the death's year
                    break
                also = noun_event  # "fled amid the fighting in April 2023": both then
            if t.head == t:
                break
            prev, t = t, t.head
        if also is not None and owner is not None and owner is not also:
            also.times.append(e)
        owner = owner or also
        if owner is None:
            continue
        if e.forward and owner.modality != "planned" and t.pos_ in ("VERB", "AUX") and _past(owner):
            continue  # a time ahead of publication never dates what a past-tense verb tells happened
        if e.role == "since":
            starts.setdefault(id(owner), []).append(e)
            continue
        if e.role == "until":
            ends.setdefault(id(owner), []).append(e)
            continue
        owner.times.append(e)
        if e.needs_anchor:
            pending.append((owner, e, root))
    date_relative_clauses(ctx, located)
    _split_gapped(ctx)
    _second_time_of_said_event(ctx)
    finer = {"day": 0, "month": 1, "year": 2}
    for d in ctx.drafts:  # the most precise of the expressions on the clause ("In 2020, on September 27")
        hints = [x.explicit_year for x in by_sentence.get(ctx.sent_of[d.head.i], []) if x.explicit_year]
        # "talks were scheduled for 18 June", "had promised to hold elections on 24
        # February": ahead of the telling, not of publication
        told_past = _told_in_past(d)

        def ahead(e: TimeExpression, d: Draft = d) -> bool:
            # what is planned, proposed or called for ("the proposed ceasefire would start on
            # Friday") lies ahead: its weekday is the next one
            return d.modality in _AHEAD and not _names_event(ctx, e, d) and not _in_noun_phrase(e, d)

        # "The vote, scheduled for Monday, was held on Tuesday": what happened takes the day it
        # was held, not the day it had been set for
        told = [e for e in d.times if not e.needs_anchor]
        if d.modality not in _AHEAD and any(not e.forward for e in told):
            told = [e for e in told if not e.forward]
        values = [
            v for e in told
            if (v := e.resolve(pub, future=ahead(e), year_hint=hints[0] if hints else None, told_past=told_past)) is not None
        ]
        if not values and d.modality not in _AHEAD:  # the time of the no-event verb that governs it
            values = [v for e in governed.get(id(d), []) if (v := e.resolve(pub, year_hint=hints[0] if hints else None)) is not None]
        if not values:  # "Since November 19, the Houthis have launched ... attacks": from then on
            # until the article was written (an interval, not the day it began)
            values = [
                _up_to(v, pub) for e in starts.get(id(d), [])
                if (v := e.resolve(pub, year_hint=hints[0] if hints else None)) is not None
            ]
        if values:
            # of two days, the calendar date rather than a weekday counted from publication
            # ("during Friday prayers on 21 March")
            calendar = {e.start for e in d.times if e.kind in _CALENDAR}
            # and a day named rather than one counted from publication ("overnight on Saturday")
            deictic = {e.start for e in d.times if e.kind == "deictic"}
            d.time = min(values, key=lambda v: (finer[v.precision], not (v.span is not None and v.span.start in calendar),
                                                v.span is not None and v.span.start in deictic))
            chosen = next((e for e in d.times if d.time.span is not None and e.start == d.time.span.start), None)
            if told_past and chosen is not None and not ctx.lex.is_communication(d.cls) and (later := chosen.resolve(
                    pub, future=ahead(chosen), year_hint=hints[0] if hints else None)) is not None and later.value != d.time.value:
                ctx.plans_told_before.add(id(d))  # a plan for a day now past: still a plan (modality)
            until = [
                v for e in ends.get(id(d), [])
                if (v := e.resolve(pub, future=d.modality in _AHEAD, year_hint=hints[0] if hints else None,
                                   told_past=told_past)) is not None
                and v.precision == d.time.precision and v.value >= d.time.value
            ]
            if until and d.time.end is None:  # "from 5 May until 9 May"
                d.time = replace(d.time, end=until[0].value)
    for d in ctx.drafts:
        if d.period and d.time is not None and d.time.end is None:
            d.period = False  # "On Monday, ... for the first time in weeks": that day's event
        if d.period:
            d.own_time = d.time
    for d in ctx.drafts:  # "“yesterday's attack ...,” he said in a post on Tuesday": the speaker's yesterday
        g = d.attributed_to
        if d.time is None or g is None or g.time is None or g.time.precision != "day" or g.time.end is not None or pub is None:
            continue
        said = date.fromisoformat(g.time.value)
        deictic = [e for e in d.times if e.kind == "deictic" and e.role == "point"]
        if said < pub and deictic and (v := deictic[0].resolve(said)) is not None:
            d.time = v
        # "In a statement on Friday, the ministry said gunmen had abducted 20 students on
        # Thursday": the Thursday before that Friday, not before publication
        weekday = [e for e in d.times if e.kind == "weekday" and e.role == "point" and not e.which]
        if (said < pub and weekday and d.modality not in _AHEAD and d.time.value > said.isoformat()
                and (v := weekday[0].resolve(said)) is not None):
            d.time = v
    # "insurgents attacked a plane and took its pilot hostage": one occasion
    share_occasion(ctx, places=False)
    _date_event_subjects(ctx)
    _date_copula_attributes(ctx)
    _date_with_clauses(ctx)
    _date_by_event_phrase(ctx)
    _date_conjoined_governed(ctx)
    _date_gatherings_acted_on(ctx)
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
    _share_opening_time(ctx)
    _carry_opening_time(ctx, by_sentence)
    # sentences that state a time of their own, a date or a stretch ("since 2005"): the scene
    # of an earlier sentence is not carried into them (:mod:`.scene`); hours after it stay
    # in it ("overran the camp after seven hours of fighting"), and a day counted from the
    # story ("After four days, ...") keeps its place
    stretched = {ctx.sent_of[t.i] for s, e in periods if (span := ctx.doc.char_span(s, e, alignment_mode="expand")) for t in span[:1]}
    ctx.timed_sentences = {k for k, es in by_sentence.items() if not all(_within_the_day(e) for e in es)} | stretched
    ctx.shifted_sentences = {k for k in ctx.timed_sentences - stretched if all(e.needs_anchor for e in by_sentence[k])}
    ctx.pending_shifts = pending
    # "24 hours later, the fighting reached ...": dated now from what the text dated before
    # it, so that coreference sees its own day (what only coreference dates waits for it)
    resolve_shifts(ctx)
    pin_periods(ctx)


def _dated_apart(verb: "Token", span: "Span") -> bool:
    """Whether a date phrase other than ``span`` hangs on ``verb`` ("by January 23", "on Monday")."""
    inside = range(span.start, span.end)
    for c in verb.children:
        objs = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else [c] if c.dep_ in ("npadvmod", "tmod") else []
        if any(o.ent_type_ == "DATE" and o.i not in inside for o in objs):
            return True
    return False


def _dated_noun_after(ctx: ArticleContext, span: "Span") -> Draft | None:
    """The event noun a date written between its determiner and it modifies ("the January 6,
    2021, insurrection", "its 7 October attack"), when the parser hung the date elsewhere."""
    doc = ctx.doc
    if span.start == 0 or doc[span.start - 1].tag_ not in ("DT", "PRP$", "POS"):
        return None
    i = span.end + 1 if span.end < len(doc) and doc[span.end].text == "," else span.end
    if i >= len(doc) or i in (t.i for t in span.root.subtree):
        return None  # (the parser read the noun into the date's own phrase: the walk up finds it)
    d = ctx.owner.get(i)
    return d if d is not None and d.noun is not None and d.noun.i == i and d.trigger.verb is None else None


def _conjoined_event(ctx: ArticleContext, verb: "Token") -> Draft | None:
    """The first event verb conjoined with ``verb`` (a verb that is no event): "entered
    Aleppo on 29 November and captured it"; not a plan ("arrived on Monday and will meet
    the president")."""
    return next((ctx.owner[c.i] for c in verb.children if c.dep_ == "conj" and c.i in ctx.owner
                 and ctx.owner[c.i].trigger.verb == c and ctx.owner[c.i].modality not in _AHEAD), None)


def pin_periods(ctx: ArticleContext) -> None:
    """An event told as going on over a stretch of time ("have attacked villages for years",
    "In recent months, the attacks have spread") keeps only the time its own clause gives:
    none from the sentence before, a conjoined verb or a mention of one occasion."""
    for d in ctx.drafts:
        if d.period:
            d.time = d.own_time


def _mark_periods(ctx: ArticleContext, periods: list[tuple[int, int]]) -> None:
    """Mark the events whose clause holds a stretch of time (:func:`find_periods`): the
    event the phrase hangs on, or, on a verb that is no event ("the attacks have spread"),
    the event nouns that are its subject."""
    for s, e in periods:
        span = ctx.doc.char_span(s, e, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        inside = {x.i for x in span}
        t = span.root
        for _ in range(8):
            if t.i in ctx.owner and t.i not in inside:
                ctx.owner[t.i].period = True
                break
            if t.pos_ in ("VERB", "AUX"):
                for c in t.children:
                    if c.dep_ in ("nsubj", "nsubjpass") and c.i in ctx.owner:
                        ctx.owner[c.i].period = True
                break
            if t.head == t:
                break
            t = t.head


def _within_the_day(e: TimeExpression) -> bool:
    """Whether the time is hours after the day told before, fewer than a day's ("after seven
    hours of fighting", "less than two hours later")."""
    return e.kind == "shift" and e.unit == "hour" and (e.count or 0) < 24


def _up_to(v: TimeValue, pub: date | None) -> TimeValue:
    """The time from ``v`` (the start of "since ...") to publication, at ``v``'s precision."""
    if pub is None or v.end is not None:
        return v
    now = pub.isoformat()[:len(v.value)]
    return replace(v, end=now) if now > v.value else v
