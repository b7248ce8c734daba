"""Step 5, time (:mod:`.timing`): an event with no time of its own takes the day of another
that the sentence ties it to (the verb whose subject it is, the "in"/"during" phrase it
happened in, a conjoined verb, a time that opens the sentence or the one before), and a
saying with two times gives the second to the event it speaks of."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..time import TimeExpression, shift
from .context import ArticleContext
from .draft import Draft
from .occasion import verb_tense
from .time_attach import _day_anaphor, _governed, _past

if TYPE_CHECKING:
    from spacy.tokens import Token


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


def _date_with_clauses(ctx: ArticleContext) -> None:
    """An event told in a "with" clause on a dated event's verb ("the fighting escalated on
    3 March, *with* rebels using mortars to attack a border post and *shelling* the town",
    "the violence intensified on Friday, with militiamen *burning* homes") happened then,
    and where the clause it hangs on says it happened ("fighting intensified around the
    town of Kobani, with jihadists shelling Kurdish positions"): the clause tells how the
    event went. The time and place are those of the verb's event, or of the event noun that
    is its subject ("the fighting escalated")."""
    for d in ctx.drafts:
        t = d.trigger.verb
        if d.time is not None and d.place is not None or t is None or ctx.lex.is_communication(d.cls):
            continue
        for _ in range(4):  # up the clause's conjuncts and complements ("using ... to attack ... and shelling")
            if t.dep_ not in ("conj", "xcomp") or t.head == t:
                break
            t = t.head
        if t.dep_ != "pcomp" or t.head.lower_ != "with" or t.head.dep_ != "prep":
            continue
        verb = t.head.head
        g = ctx.owner.get(verb.i)
        if g is None or g.trigger.verb != verb:
            g = next((o for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and (o := ctx.owner.get(c.i)) is not None
                      and o.noun == c), None)
        if (g is None or g is d or g.modality != d.modality
                or ctx.lex.is_communication(g.cls)):
            continue
        if d.time is None and g.time is not None and not g.period and not d.period:
            d.time = g.time
        if d.place is None and g.place is not None and "place" in g.direct:
            d.place, d.also_places = g.place, list(g.also_places)


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
        # "On 12 June, police retook the port. The previous night, gangs torched ...": that
        # many days from the day the sentence before opens with
        days = next((n for v in d.verbs() if (n := _day_anaphor(v)) is not None), 0)
        prev = ctx.sents[k - 1]
        opening = [e for e in by_sentence.get(k - 1, []) if e.role == "point" and not e.needs_anchor
                   and (sp := ctx.doc.char_span(e.start, e.end, alignment_mode="expand")) is not None
                   and sp.start - prev.start <= 3 and sp.root.head.dep_ in ("prep", "npadvmod") or False]
        if len(opening) == 1 and (v := opening[0].resolve(pub)) is not None:
            if not days:
                d.time = v
            elif v.precision == "day" and v.end is None:
                d.time = shift(v, days, "day", +1)


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


def share_with_participles(ctx: ArticleContext) -> None:
    """An event told by an "-ing" clause on an event verb ("ambushed an army lorry and
    incinerated it, killing about 70 soldiers", "took 700 students hostage, freeing Muslims
    and killing those who ...", "fired rubber bullets at people storming the parliament")
    happened when and where that verb's event did: run after the scene (:mod:`.scene`) and
    the day told before gave the verb's event the time and place its clause does not state,
    which the step of circumstances (:mod:`.coreference`) could not yet pass on."""
    for d in ctx.drafts:
        v = d.trigger.verb
        if v is None or v.tag_ != "VBG" or d.period or ctx.lex.is_communication(d.cls) or (d.time is not None and d.place is not None):
            continue
        g = _participle_host(ctx, v)
        if g is None or g is d or g.modality != d.modality or g.period or ctx.lex.is_communication(g.cls):
            continue
        if d.time is None and g.time is not None:
            d.time = g.time
        if d.place is None and g.place is not None:
            d.place, d.also_places = g.place, list(g.also_places)


def _participle_host(ctx: ArticleContext, verb: "Token") -> Draft | None:
    """The event of the verb an "-ing" clause with no subject of its own hangs on: as a clause
    of circumstance (``advcl``), as a conjunct after a comma ("..., killing"), or on the
    object of that verb ("fired at people storming ..."); through a verb that is no event
    joined to the event verb ("ambushed a lorry and incinerated it, killing ...")."""
    p = verb
    while p.dep_ == "conj" and p.head.tag_ == "VBG" and p.head.i not in ctx.owner:
        p = p.head  # "freeing Muslims and killing those ...": the first of the participles
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in p.children):
        return None
    if p.dep_ == "advcl" or p.dep_ == "conj" and (p.i > 0 and p.doc[p.i - 1].text == "," or p.head.tag_ == "VBG"):
        h = p.head  # (or the event participle before it: "freeing some of them and killing others")
    elif p.dep_ == "acl" and p.head.dep_ == "dobj":
        h = p.head.head
    elif p.dep_ == "acl" and p.head.dep_ == "pobj" and p.head.head.dep_ == "prep":
        h = p.head.head.head
    else:
        return None
    for _ in range(3):
        g = ctx.owner.get(h.i)
        if g is not None and g.trigger.verb == h:
            return g
        if h.dep_ != "conj" or h.pos_ != "VERB" or h.i in ctx.owner:
            return None
        h = h.head
    return None


def _date_copula_attributes(ctx: ArticleContext) -> None:
    """The event nouns a dated event is said to be ("The uprising was a series of
    demonstrations and riots in Burkina Faso in October 2014", "The attack was a bombing")
    happened when it did: the attribute of the copula whose subject it is, or the nouns of
    that attribute's "of" phrase."""
    for d in ctx.drafts:
        n = d.noun
        if d.time is not None or d.period or n is None or d.trigger.verb is not None or ctx.lex.is_communication(d.cls):
            continue
        while n.dep_ == "conj" and n.head.i != n.i:
            n = n.head  # "demonstrations and *riots*"
        attr = n.head.head if n.dep_ == "pobj" and n.head.lower_ == "of" else n
        if attr.dep_ != "attr" or attr.head.lemma_ != "be":
            continue
        g = next((ctx.owner[c.i] for c in attr.head.children if c.dep_ == "nsubj" and c.i in ctx.owner), None)
        if (g is None or g is d or g.noun is None or g.noun.dep_ != "nsubj" or g.noun.head != attr.head or g.time is None
                or g.period or ctx.lex.is_communication(g.cls)):
            continue
        d.time = g.time


def _date_gatherings_acted_on(ctx: ArticleContext) -> None:
    """A protest that security forces break up, disperse or attack at a time ("police and
    soldiers broke up a protest ... on 15 November", "troops fired on a march on Sunday",
    "police dispersed a rally in Kampala on Monday") was going on then, where they acted: the
    gathering, object of the dated verb, with no time or place of its own, takes them."""
    for d in ctx.drafts:
        n = d.noun
        if n is None or d.trigger.verb is not None or d.period or not ctx.lex.is_a(d.cls, "Protest"):
            continue
        if n.dep_ == "dobj":
            v = n.head
        elif n.dep_ == "pobj" and n.head.lower_ in ("on", "at", "against") and n.head.dep_ == "prep":
            v = n.head.head
        else:
            continue
        g = ctx.owner.get(v.i)
        if (g is None or g is d or g.trigger.verb != v or g.modality != d.modality or g.period
                or not (ctx.lex.is_a(g.cls, "Crackdown") or ctx.lex.is_a(g.cls, "Attack"))):
            continue
        if d.time is None and g.time is not None:
            d.time = g.time
        if d.place is None and g.place is not None and d.modality != "hypothetical":
            d.place, d.also_places = g.place, list(g.also_places)
