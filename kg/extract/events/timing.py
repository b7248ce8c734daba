"""Step 5, time: the time expressions of a clause (:mod:`kg.extract.time`) resolved against
the publication date, the time of the statement that reports an event, and relative times
("24 hours after the attack") anchored on the event they name."""
from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from ..model import TimeValue
from ..time import TimeExpression, find_periods, find_time_expressions, shift
from ..wordlists import words
from .context import ArticleContext
from .draft import Draft
from .occasion import DURING, event_before_time, pluperfect, share_occasion, verb_tense

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
    for e in exprs:
        span = ctx.doc.char_span(e.start, e.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        root = span.root
        if e.role == "point" and _in_since_phrase(ctx, root):
            # "the most violent attacks since the beginning of the crisis in 2017": that year
            # bounds a comparison; it dates nothing and gives no other date its year (but
            # "since the incursion on 10 May" dates the incursion)
            continue
        by_sentence.setdefault(ctx.sent_of[root.i], []).append(e)
        if e.role == "deadline" and not _reached_by(ctx, e, root):
            continue
        if e.is_bound and not _bounds_event(root):
            continue  # "the largest since 2022": the bound of a comparison, not of an event
        owner = None
        t = root
        prev: Token | None = None  # the token the walk up came from (the time's attachment)
        dated = [c for c in root.children if c.dep_ == "appos" and c.i in ctx.owner and ctx.owner[c.i].noun == c]
        if dated:  # "its October 7, 2023 attack", parsed as the date with the event in apposition
            owner = ctx.owner[dated[0].i]
        when = [c for c in root.children if c.dep_ in ("relcl", "advcl") and c.i in ctx.owner and ctx.owner[c.i].trigger.verb == c
                and any(m.dep_ == "advmod" and m.lower_ == "when" for m in c.children)]
        # "began on 7 February 2023 when insurgents attacked a plane", the clause parsed on
        # the date: what the clause tells happened then (as well as what the date is on)
        also = None
        if owner is None and when and e.role == "point" and e.kind in _CALENDAR and _time_before(when[0], span):
            also = ctx.owner[when[0].i]
        for _ in range(0 if owner is not None else 8):
            if t.i in ctx.owner and t.i not in {x.i for x in span}:
                owner = _inverted_report(ctx, t, span) or ctx.owner[t.i]
                break
            if (t.pos_ == "VERB" and t.i not in ctx.owner and not _says(ctx, t) and e.role == "point"
                    and prev is not None and prev.dep_ in ("prep", "npadvmod", "tmod")):
                # "placed Machar under house arrest on Wednesday", "repelled an attack on
                # Sunday", "caused two dams to collapse ..., killing thousands": a verb that is
                # no event dates the events it governs (when they have no time of their own)
                for g in _governed(ctx, t, span):
                    governed.setdefault(id(g), []).append(e)
            if t.dep_ in ("ccomp", "xcomp") and _says(ctx, t.head):
                break  # "The junta said it would hold elections in December": not when it was said
            if t.pos_ in ("VERB", "AUX") and t.i not in ctx.owner and (it := _event_pronoun_subject(ctx, t)) is not None:
                owner = it  # "The offensive was ... . It lasted from January 23 to January 30"
                break
            if (t.pos_ == "VERB" and t.i not in ctx.owner and t.dep_ == "relcl" and t.head.i not in ctx.owner
                    and any(c.dep_ == "aux" and c.lower_ == "had" for c in t.children)):
                break  # "rebel groups that had signed the Algiers Agreement in 2015": the earlier time of that clause
            if t.pos_ == "VERB" and t.i not in {x.i for x in span}:
                # "On 29 November, HTS entered Aleppo and captured it": the conjoined event's day
                conj = [c for c in t.children if c.dep_ == "conj" and c.i in ctx.owner and ctx.owner[c.i].trigger.verb == c]
                if conj:
                    owner = ctx.owner[conj[0].i]
                    break
                # "In early 2023, the government moved to dissolve the forces": what it moved to do
                # "The hostage crisis began on 7 February when insurgents attacked a plane": a
                # verb that is no event is dated by its "when" clause's event
                when = [c for c in t.children if c.dep_ == "advcl" and c.i in ctx.owner and ctx.owner[c.i].trigger.verb == c
                        and any(m.dep_ == "advmod" and m.lower_ == "when" for m in c.children)]
                if when and t.i not in ctx.owner and not _says(ctx, t) and e.kind in _CALENDAR and _time_before(when[0], span):
                    owner = ctx.owner[when[0].i]
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

        values = [
            v for e in d.times if not e.needs_anchor
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
    _date_by_event_phrase(ctx)
    _date_conjoined_governed(ctx)
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
    # of an earlier sentence is not carried into them (:mod:`.scene`)
    ctx.timed_sentences = set(by_sentence) | {ctx.sent_of[t.i] for s, e in periods
                                              if (span := ctx.doc.char_span(s, e, alignment_mode="expand")) for t in span[:1]}
    ctx.pending_shifts = pending
    # "24 hours later, the fighting reached ...": dated now from what the text dated before
    # it, so that coreference sees its own day (what only coreference dates waits for it)
    resolve_shifts(ctx)
    pin_periods(ctx)


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


def _up_to(v: TimeValue, pub: date | None) -> TimeValue:
    """The time from ``v`` (the start of "since ...") to publication, at ``v``'s precision."""
    if pub is None or v.end is not None:
        return v
    now = pub.isoformat()[:len(v.value)]
    return replace(v, end=now) if now > v.value else v


#: modalities of what has not happened yet: its times resolve forward from publication
_AHEAD = frozenset({"planned", "hypothetical"})

_PARTS_OF_DAY = frozenset({"day", "night", "evening", "morning", "afternoon"})


def _day_anaphor(verb: "Token") -> int | None:
    """How many days after the day told before a phrase on ``verb`` puts its event: 0 for
    "on the same day", "that night", "later that day", "in the evening"; 1 for "the next
    day", "the following morning"; None for no such phrase."""
    # "later that day": the phrase hangs on the adverb
    later = [g for c in verb.children if c.dep_ == "advmod" and c.lower_ in ("later", "earlier") for g in c.children]
    # "stormed a school in Kumba, Meme division, on that day": the parser may hang the
    # phrase on a noun of the verb's object (not of a clause of its own)
    # (read last, and only when nothing before told the day: walking the object is the cost)
    inner = (c for n in _object_nouns(verb) for c in n.children if c.dep_ == "prep" and c.lower_ == "on")
    for c in itertools.chain(verb.children, later, inner):
        if c.dep_ in ("npadvmod", "tmod"):
            noun = c
        elif c.dep_ == "prep" and c.lower_ in ("on", "in", "during", "by"):
            noun = next((g for g in c.children if g.dep_ == "pobj"), None)
        else:
            continue
        if noun is None or noun.lemma_.lower() not in _PARTS_OF_DAY or any(g.dep_ == "prep" for g in noun.children):
            continue
        mods = {g.lower_ for g in noun.children if g.dep_ in ("det", "amod")}
        if mods & {"next", "following"}:
            return 1
        if "same" in mods or "that" in mods:
            return 0
        if c.dep_ == "prep" and c.lower_ == "in" and mods == {"the"} and noun.lemma_.lower() != "day":
            return 0  # "In the evening, insurgents ambushed a lorry"
    return None


def _object_nouns(verb: "Token") -> list["Token"]:
    """The nouns of a verb's object and place phrases, down through prepositions and
    appositions but into no clause ("a school in Kumba, Meme division")."""
    out: list[Token] = []
    layer = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    layer += [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    while layer and len(out) < 12:
        t = layer.pop()
        if t.pos_ not in ("NOUN", "PROPN") or t in out:
            continue
        out.append(t)
        layer += [c for c in t.children if c.dep_ in ("appos", "conj")]
        layer += [g for c in t.children if c.dep_ == "prep" and c.lower_ != "on" for g in c.children if g.dep_ == "pobj"]
    return out


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


def _share_opening_time(ctx: ArticleContext) -> None:
    """A time that opens a sentence ("On 26 July 2023, soldiers arrested the president, while
    another group announced his removal and declared ...") dates the past-tense verbs
    conjoined with, or hanging as "while"/"as" clauses on, the verb it dates."""
    for d in ctx.drafts:
        v = d.trigger.verb
        if d.time is not None or v is None or v.tag_ != "VBD" or d.frame is not None and d.attributed_to is not None:
            continue
        t = v
        for _ in range(3):
            if t.dep_ not in ("conj", "advcl") or t.head.i == t.i:
                break
            if t.dep_ == "advcl" and not any(c.dep_ == "mark" and c.lower_ in ("while", "as", "and") for c in t.children):
                break
            t = t.head
            g = ctx.owner.get(t.i)
            if g is None or g is d or g.time is None or g.trigger.verb is None or g.trigger.verb.i != t.i:
                continue
            if not g.times:
                continue  # dated itself by the verb it hangs on ("..., while others announced X, closed ..."): on up
            start = t.sent.start_char
            if any(e.start - start <= 12 for e in g.times):  # the time opens the sentence
                d.time = g.time
            elif (v.dep_ == "advcl" and v.head.i == t.i and any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in v.children)
                  and g.time.precision == "day" and g.time.end is None
                  and any(e.end <= min(x.idx for x in v.subtree) for e in g.times)):
                # "took control of Kabul on 15 August 2021 as President Ghani fled": the day
                # of the main clause, written before the "as" clause, is the day of that clause
                d.time = g.time
            break


def _reached_by(ctx: ArticleContext, e: TimeExpression, root: "Token") -> bool:
    """A past "by" time on a clause in the past tells when what it says was reached ("By
    mid-2021 the siege had cut off fuel": mid-2021; "By 6 December, the SDF captured
    Deir ez-Zor"), not a deadline ("must leave by September", "will withdraw by May")."""
    if not ctx.text[max(0, e.start - 3):e.start].lower().startswith("by"):
        return False
    pub = ctx.article.published
    value = e.resolve(pub) if pub is not None else None
    if value is None or (pub is not None and value.value > pub.isoformat()[:len(value.value)]):
        return False
    verb = root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "aux" and c.lower_ in words("events", "deontic_auxiliaries") | {"will", "would", "could", "might", "may"} for c in verb.children):
        return False
    return verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _carry_opening_time(ctx: ArticleContext, by_sentence: dict[int, list[TimeExpression]]) -> None:
    """A sentence that opens with a time ("In early 2023, the government ...") sets the time
    of the next one when that names none: its past-tense events without a time of their own
    happened then ("Some regional forces joined Fano militants who began fighting")."""
    pub = ctx.article.published
    for d in ctx.drafts:
        if d.time is not None or ctx.lex.is_communication(d.cls) or d.modality != "asserted" or not _past(d):
            continue
        k = ctx.sent_of[d.head.i]
        if k == 0 or by_sentence.get(k):
            continue
        prev = ctx.sents[k - 1]
        opening = [e for e in by_sentence.get(k - 1, []) if e.role == "point" and not e.needs_anchor
                   and (sp := ctx.doc.char_span(e.start, e.end, alignment_mode="expand")) is not None
                   and sp.start - prev.start <= 3 and sp.root.head.dep_ in ("prep", "npadvmod") or False]
        if len(opening) == 1:
            d.time = opening[0].resolve(pub)


#: kinds of time expression that name a calendar date ("7 February 2023", "April", "2021", "3 to 4 May")
_CALENDAR = frozenset({"date", "iso", "mdy", "dmy", "my", "md", "dm", "month", "year", "range"})


def _time_before(clause: "Token", span: "Span") -> bool:
    """The time phrase comes before the clause ("began on 7 February when ..."): it dates the
    main clause, so the clause told as happening then."""
    return span.end <= min(t.i for t in clause.subtree)


def _second_time_of_said_event(ctx: ArticleContext) -> None:
    """A clause of saying with two times, one before and one after the event noun it speaks
    of ("The Houthis claimed responsibility on Tuesday for a missile attack on Tel Aviv on
    Monday night"): the first dates the saying, the one after the noun dates the event."""
    by_sentence: dict[int, list[Draft]] = {}
    for d in ctx.drafts:
        by_sentence.setdefault(ctx.sent_of[d.head.i], []).append(d)
    for s in ctx.drafts:
        v = s.trigger.verb
        points = [e for e in s.times if e.role == "point"]
        if v is None or len(points) < 2 or not ctx.lex.is_communication(s.cls):
            continue
        for g in by_sentence[ctx.sent_of[v.i]]:
            n = g.noun
            if (g is s or n is None or g.trigger.verb is not None or g.times or ctx.lex.is_communication(g.cls)
                    or not v.is_ancestor(n) or n.i < v.i):
                continue
            before = [e for e in points if e.end <= n.idx]
            after = [e for e in points if e.start > n.idx]
            if before and after:
                s.times.remove(after[0])
                g.times.append(after[0])
                break


def _split_gapped(ctx: ArticleContext) -> None:
    """"captured Kidal on November 14, and Aguelhok on December 20": a place and a time
    after "and" with the verb left out are a second event of the same kind, there and then."""
    for d in list(ctx.drafts):
        v = d.trigger.verb
        if v is None or len(d.times) < 2 or ctx.lex.is_communication(d.cls):
            continue
        spans = [(e, ctx.doc.char_span(e.start, e.end, alignment_mode="expand")) for e in d.times]
        in_time = {t.i: e for e, sp in spans if sp is not None for t in sp}
        for g in ctx.sents[ctx.sent_of[v.i]]:
            m = ctx.mention_at.get(g.i)
            if g.dep_ != "conj" or g.i < v.i or m is None or ctx.kind(m.entity) != "place" or m.entity == d.place:
                continue
            if not (g.head == v or g.head.i in in_time):
                continue
            later = [(e, sp) for e, sp in spans if sp is not None and sp.start > g.i and e in d.times]
            earlier = [e for e, sp in spans if sp is not None and sp.end <= g.i]
            if not later or not earlier:
                continue
            e = later[0][0]
            d.times.remove(e)
            ctx.drafts.append(replace(d, times=[e], place=m.entity, roles={k: list(x) for k, x in d.roles.items()},
                                      direct=set(d.direct), merged=list(d.merged)))


def _date_conjoined_governed(ctx: ArticleContext) -> None:
    """"Hezbollah fired rockets on Sunday, and Israel responded with strikes": a verb that is
    no event, joined by "and" to a dated event verb in the same tense, dates the events it
    governs (:func:`_governed`) that have no time of their own, but for its object."""
    for o in ctx.drafts:
        h = o.trigger.verb
        if (h is None or o.time is None or o.time.precision != "day" or o.time.end is not None or o.period
                or ctx.lex.is_communication(o.cls)):
            continue
        for c in h.children:
            if c.dep_ != "conj" or c.pos_ != "VERB" or c.i in ctx.owner or verb_tense(c) != verb_tense(h):
                continue
            for g in _governed(ctx, c, ctx.doc[h.i:h.i + 1]):
                # not its object ("... on Monday and welcomed the truce"): the truce may be older
                if g.noun is not None and g.noun.dep_ == "dobj":
                    continue
                if g.time is None and not g.period and g.modality == o.modality:
                    g.time = o.time


def _inverted_report(ctx: ArticleContext, verb: "Token", span: "Span") -> Draft | None:
    """The reported event a time parsed on a verb of saying dates when the time stands between
    the report and its inverted speaker ("Gunmen abducted 280 pupils from a school, on
    Thursday, residents said"): the report's event, not the saying."""
    if not _says(ctx, verb) or span.end > verb.i:
        return None
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    report = [c for c in verb.children if c.dep_ == "ccomp" and c.i < span.start]
    if not subj or not report or any(s.i < span.end for s in subj) or max(x.i for x in report[0].subtree) >= span.start:
        return None
    d = ctx.owner.get(report[0].i)
    return d if d is not None and d.trigger.verb == report[0] else None


def _date_event_subjects(ctx: ArticleContext) -> None:
    """An event noun that is the subject of a dated event verb ("An air strike on a monastery
    killed 23 people on Friday", "the fighting killed eight civilians") happened that day."""
    for d in ctx.drafts:
        n = d.noun
        if d.time is not None or d.period or n is None or d.trigger.verb is not None or n.dep_ not in ("nsubj", "nsubjpass"):
            continue
        o = ctx.owner.get(n.head.i)
        if (o is None or o is d or o.trigger.verb != n.head or o.time is None or o.time.precision != "day"
                or o.time.end is not None and not _told_range(o) or o.period or ctx.lex.is_communication(o.cls) or not _past(o)):
            continue
        d.time = o.time


def _date_by_event_phrase(ctx: ArticleContext) -> None:
    """An event verb with no time of its own whose "in" / "during" phrase is an event noun
    dated there ("the military seized power in a coup in October 2021", "thousands fled
    during the fighting on 3 May") happened then; and a dated verb dates the event noun of
    its own kind it happened in ("seized power in a coup in Niger on 26 July 2023")."""
    for d in ctx.drafts:
        v = d.trigger.verb
        if d.period or v is None or ctx.lex.is_communication(d.cls):
            continue
        for c in v.children:
            if c.dep_ != "prep" or c.lower_ not in ("in", "during"):
                continue
            for n in c.children:
                g = ctx.owner.get(n.i)
                if g is None or g is d or g.noun != n or g.trigger.verb is not None or g.period or ctx.lex.is_communication(g.cls):
                    continue
                if d.time is None and g.time is not None:
                    lo, hi = min(t.idx for t in n.subtree), max(t.idx + len(t) for t in n.subtree)
                    if any(e.role == "point" and lo <= e.start and e.end <= hi for e in g.times):  # the noun's own phrase dates it
                        d.time = g.time
                elif d.time is not None and g.time is None and ctx.lex.compatible(d.cls, g.cls) and g.modality == d.modality:
                    g.time = d.time


def _told_range(d: Draft) -> bool:
    """Whether the event's time is a range its clause states ("on Saturday and Sunday",
    "between 25 and 27 July"), not the stretch from a "since" to publication."""
    return any(e.kind == "range" or e.end_weekday is not None for e in d.times if e.role == "point")


def _governed(ctx: ArticleContext, verb: "Token", span: "Span", depth: int = 0) -> list[Draft]:
    """The events a verb that is no event governs, dated by a time on that verb (``span``): an
    event noun as its object ("repelled an attack", "suspended peace talks", "signed a cessation
    of hostilities agreement"), under "under" ("placed X under house arrest") or as the agent
    of a passive ("was rocked by nationwide protests"); its participle clauses ("caused two dams to collapse,
    killing thousands"), also those of a clause it governs that is no event either; and an
    "as"/"while" clause after the time ("entered the capital on 8 December as the president
    fled")."""
    out: list[Draft] = []
    for c in verb.children:
        under = c.dep_ == "prep" and (c.lower_ == "under" or c.lower_ == "with" and verb.lemma_.lower() in words("events", "response_verbs"))
        # "Kenya was rocked by nationwide protests on Tuesday": the passive's "by" agent too
        under = under or c.dep_ == "agent"
        nouns = [c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"] if under else []
        if c.dep_ == "dobj" and c.i not in ctx.owner:
            # "signed a cessation of hostilities agreement in Pretoria on 2 November 2022",
            # "claimed responsibility for a missile attack on Tel Aviv on Monday night": the
            # event noun in the "of" / "for" phrase of an object that is no event
            nouns += [g for p in c.children if p.dep_ == "prep" and p.lower_ in ("of", "for") for g in p.children if g.dep_ == "pobj"]
        for n in nouns:
            d = ctx.owner.get(n.i)
            if d is not None and d.noun == n and d.trigger.verb is None and d.support in (None, verb):
                out.append(d)
        if c.dep_ != "advcl" and not (c.dep_ in ("ccomp", "xcomp") and depth == 0):
            continue
        d = ctx.owner.get(c.i)
        if d is not None and d.trigger.verb != c:
            d = None
        marks = {g.lower_ for g in c.children if g.dep_ == "mark"}
        if c.dep_ in ("ccomp", "xcomp"):
            if d is None and c.pos_ == "VERB" and not _says(ctx, c):
                out.extend(x for x in _governed(ctx, c, span, 1) if x.trigger.verb is not None)
            elif d is not None and c.dep_ == "xcomp" and c.tag_ == "VB" and d.modality not in _AHEAD:
                out.append(d)  # "forced thousands of people to flee": the flight, when they were forced
        elif d is None:
            continue
        elif c.tag_ == "VBG" and not marks and not any(g.dep_ == "nsubj" for g in c.children):
            out.append(d)
        elif c.tag_ == "VBD" and marks & {"as", "while"} and _time_before(c, span):
            out.append(d)
    return out


def _event_pronoun_subject(ctx: ArticleContext, verb: "Token") -> Draft | None:
    """The event "it" stands for as the subject of a verb that is no event ("It lasted
    from ... to ..."): the event the previous sentence is about (its subject)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ != "it":
        return None
    k = ctx.sent_of[verb.i]
    if k == 0:
        return None
    before = ctx.sents[k - 1]
    for d in ctx.drafts:
        n = d.noun
        if n is not None and before.start <= n.i < before.end and n.dep_ == "nsubj" and not ctx.lex.is_communication(d.cls):
            return d
    return None


def _says(ctx: ArticleContext, verb: "Token") -> bool:
    """Whether ``verb`` is a verb of saying (its clausal object is what was said)."""
    d = ctx.owner.get(verb.i)
    return d is not None and d.trigger.verb == verb and ctx.lex.is_communication(d.cls)


def _past(d: Draft) -> bool:
    """Whether the event's own verb is in a past tense ("attacked", "had attacked")."""
    verb = d.trigger.verb or d.support
    if verb is None:
        return False
    if verb.tag_ == "VBD":
        return True
    if verb.dep_ == "xcomp" and verb.head.tag_ == "VBD":
        return True  # "began fighting", "moved to dissolve"
    return verb.tag_ == "VBN" and any(a.dep_ == "aux" and a.tag_ == "VBD" for a in verb.children)


def _told_in_past(d: Draft) -> bool:
    """Whether the clause that tells the event is in a past tense, read up from its verb (or
    from the verb its noun is the subject or object of) to the first finite verb: "talks
    *were scheduled* for 18 June", "the junta *had promised* to hold elections", "it said it
    *would* hold ..." (a future told from the past); not "*will* take place", "*is* due to"."""
    t = d.trigger.verb or d.support
    if t is None and d.noun is not None and d.noun.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
        t = d.noun.head.head if d.noun.dep_ == "pobj" else d.noun.head
    for _ in range(6):
        if t is None:
            return False
        auxes = [c for c in t.children if c.dep_ in ("aux", "auxpass") and c.tag_ != "TO"]
        if any(a.lower_ in ("will", "shall", "'ll", "’ll") for a in auxes):
            return False
        if any(a.tag_ == "VBD" or a.lower_ == "would" for a in auxes):
            return True
        if auxes or t.tag_ in ("VBZ", "VBP"):
            return t.tag_ == "VBD"
        if t.tag_ == "VBD":
            return True
        if t.dep_ not in ("xcomp", "ccomp", "conj", "advcl", "acl", "relcl", "pobj", "prep", "dobj") or t.head is t:
            return False
        t = t.head
    return False


def _names_event(ctx: ArticleContext, e: TimeExpression, d: Draft) -> bool:
    """Whether the date is written just before the event noun ("the 7 October attack"): it
    names a past event even when the event is planned ("planned the 7 October attack")."""
    noun = d.trigger.noun
    if noun is None:
        return False
    span = ctx.doc.char_span(e.start, e.end, alignment_mode="expand")
    if span is None:
        return False
    between = ctx.doc[span.end:noun.i]
    return span.end <= noun.i and all(t.pos_ in ("ADJ", "NOUN", "PROPN", "PUNCT") for t in between) and len(between) <= 2


def _in_noun_phrase(e: TimeExpression, d: Draft) -> bool:
    """Whether the time stands in the event noun's own phrase before it ("Monday's airstrikes
    could push the region into war"): it names the event, told as past."""
    n = d.noun
    if n is None or d.trigger.verb is not None or d.support is not None:
        return False
    lo = min(t.idx for t in n.subtree if t.i <= n.i)
    return lo <= e.start and e.end <= n.idx


def _in_since_phrase(ctx: ArticleContext, root: "Token") -> bool:
    """Whether a time sits in a "since ..." phrase with no event between it and "since"."""
    for a in root.ancestors:
        if a.lower_ == "since" and a.dep_ == "prep":
            return True
        if a.i in ctx.owner or a.pos_ in ("VERB", "AUX"):
            return False
    return False


def _bounds_event(root: "Token") -> bool:
    """Whether the "since" / "until" phrase of a time expression (given by its head) bounds
    a clause or a noun rather than an adjective ("the largest since 2022")."""
    prep = root.head if root.head.dep_ == "prep" or root.head.pos_ in ("ADP", "SCONJ") else None
    if prep is None or prep is root:
        return True
    return prep.head.pos_ not in ("ADJ", "ADV")


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
        after = next((t for t in ctx.doc.char_span(e.start, e.end, alignment_mode="expand") if t.lower_ in ("after", "before")), None)
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
        if after is not None:
            for t in after.subtree:
                o = ctx.owner.get(t.i)
                if o is not None and o is not d and o.time is not None:
                    anchor = o.time
                    break
        if anchor is None:
            earlier = [o for o in ctx.drafts if o.head.i < d.head.i and o.time is not None and o.time.precision == "day"
                       and not _flashback(o)]
            anchor = earlier[-1].time if earlier else None
        if anchor is not None:
            d.time = e.resolve(pub, anchor=anchor)
    _date_event_subjects(ctx)  # "a day after the fighting killed eight civilians": the fighting too
    _same_day(ctx)  # after the shifts: "two days after an airstrike killed ...", then "later that day"
