"""Step 5, time (:mod:`.timing`): how a time phrase finds the event it dates, read on the
parse: the verb it hangs on, a report with its speaker inverted, the events a verb that is no
event governs, and the tense of the clause that tells the event."""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..time import TimeExpression
from ..wordlists import words
from .context import ArticleContext
from .draft import Draft

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Span, Token


#: kinds of time expression that name a calendar date ("7 February 2023", "April", "2021", "3 to 4 May")
_CALENDAR = frozenset({"date", "iso", "mdy", "dmy", "my", "md", "dm", "month", "year", "range"})


#: modalities of what has not happened yet: its times resolve forward from publication
_AHEAD = frozenset({"planned", "hypothetical"})


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


def _time_before(clause: "Token", span: "Span") -> bool:
    """The time phrase comes before the clause ("began on 7 February when ..."): it dates the
    main clause, so the clause told as happening then."""
    return span.end <= min(t.i for t in clause.subtree)


def _when_clause_event(ctx: ArticleContext, verb: "Token", span: "Span") -> Draft | None:
    """The event of a "when" clause on ``verb`` written after the time phrase ``span`` that
    dates ``verb`` ("began on 7 February when insurgents attacked a plane"): the clause's
    verb when it is the event's, else the event noun that is its object, told with a light
    verb ("came to power in 1990 when he *led a rebellion*", "broke out in April 2023 when
    the group *launched an attack*"). Only a clause told in the past tense."""
    for c in verb.children:
        # ("when soldiers attacked and broke up a protest": the parser may hang "when" on the
        # second of the clause's verbs)
        if c.dep_ != "advcl" or not any(m.dep_ == "advmod" and m.lower_ == "when" for v in (c, *c.conjuncts) for m in v.children):
            continue
        # "The massacre occurred when soldiers attacked a protest at X on 15 November": a time
        # written after the clause, the parser hanging it on the verb before it, dates both
        if c.tag_ != "VBD" or not (_time_before(c, span) or verb.i < c.i < span.start):
            continue
        d = ctx.owner.get(c.i)
        if d is not None and d.trigger.verb == c:
            return d
        for o in c.children:
            g = ctx.owner.get(o.i)
            if o.dep_ == "dobj" and g is not None and g.noun == o and g.trigger.verb in (None, c) and g.support in (None, c):
                return g
    return None


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


def _result_of_change(ctx: ArticleContext, verb: "Token") -> Draft | None:
    """The event a verb of change turns its subject event into, which a time on that verb
    dates ("the march turned into a riot on 7 April", "a rally descended into clashes on
    Sunday"): the change happened then; the event it came from may have begun earlier."""
    d = ctx.owner.get(verb.i)
    if (d is None or d.trigger.verb is not None or d.noun is None or d.noun.head.i != verb.i or d.noun.dep_ != "nsubj"
            or verb.lemma_.lower() not in ctx.lex.result_verbs):
        return None
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ in ("into", "to"):
            for n in p.children:
                r = ctx.owner.get(n.i)
                if n.dep_ == "pobj" and r is not None and r is not d and r.noun == n:
                    return r
    return None


def _promised_on(ctx: ArticleContext, verb: "Token") -> bool:
    """Whether ``verb`` is the light verb of a plan or a threat (a cue of planned or
    hypothetical modality: "promised elections", "threatened a strike") of the event it
    carries: a time on it is when the promise was made, not when the event is to be."""
    d = ctx.owner[verb.i]
    return (d.trigger.verb is None and d.support is not None and d.support.i == verb.i
            and ctx.lex.cues.get(verb.lemma_.lower()) in ("planned", "hypothetical"))


def _sequence_object(ctx: ArticleContext, verb: "Token", span: "Span") -> Draft | None:
    """The event a verb of sequence (``sequence_verbs``: "follow", "precede") has as its
    object, which a time after that object dates ("the killings follow *the deaths of 90
    protesters in 2021*"): two occasions, one after the other; the time told with the earlier
    one is not the time of its subject event."""
    d = ctx.owner.get(verb.i)
    if d is None or d.trigger.verb is not None or verb.lemma_.lower() not in words("events", "sequence_verbs"):
        return None
    for c in verb.children:
        o = ctx.owner.get(c.i)
        if c.dep_ == "dobj" and c.i < span.start and o is not None and o is not d and o.noun == c:
            return o
    return None


def _governed(ctx: ArticleContext, verb: "Token", span: "Span", depth: int = 0) -> list[Draft]:
    """The events a verb that is no event governs, dated by a time on that verb (``span``): an
    event noun as its object ("repelled an attack", "suspended peace talks", "signed a cessation
    of hostilities agreement"), under "under" ("placed X under house arrest") or as the agent
    of a passive ("was rocked by nationwide protests"); its participle clauses ("caused two dams to collapse,
    killing thousands"), also those of a clause it governs that is no event either; and an
    "as"/"while" clause after the time ("entered the capital on 8 December as the president
    fled"); and for a verb of consequence, the event noun that is its subject and the one it
    leads to ("On 3 May, a march in the capital led to the arrest of 40 people": both then)."""
    out: list[Draft] = []
    if depth == 0 and verb.lemma_.lower() in words("events", "consequence_verbs"):
        for c in verb.children:
            nouns = [c] if c.dep_ == "nsubj" else [g for g in c.children if g.dep_ == "pobj"] if (
                c.dep_ == "prep" and c.lower_ in ("to", "in")) else []
            for n in nouns:
                d = ctx.owner.get(n.i)
                if d is not None and d.noun == n and d.trigger.verb is None and not ctx.lex.is_communication(d.cls):
                    out.append(d)
    for c in verb.children:
        under = c.dep_ == "prep" and (c.lower_ == "under" or c.lower_ == "with" and verb.lemma_.lower() in words("events", "response_verbs"))
        # "Kenya was rocked by nationwide protests on Tuesday": the passive's "by" agent too
        under = under or c.dep_ == "agent"
        # "the march turned into a riot on 7 April": what a verb of change turns into
        under = under or c.dep_ == "prep" and c.lower_ == "into" and verb.lemma_.lower() in ctx.lex.result_verbs
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


def _cause_of_consequence(ctx: ArticleContext, owner: Draft, verb: "Token") -> Draft | None:
    """The event noun that is the subject of a verb of consequence carrying a dated event noun
    ("On 21 January, a protest in the capital led to the killings of three demonstrators",
    "On Monday, the raid sparked clashes"): the cause happened on that day as well, as its
    consequence did (a time phrase on the verb dates both)."""
    if (owner.noun is None or owner.trigger.verb is not None or verb.pos_ != "VERB"
            or verb.lemma_.lower() not in words("events", "consequence_verbs")):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
    d = ctx.owner.get(subject.i) if subject is not None else None
    if d is None or d is owner or d.noun != subject or d.trigger.verb is not None or ctx.lex.is_communication(d.cls):
        return None
    return d


def _describes_participant(ctx: ArticleContext, verb: "Token") -> bool:
    """A verb that is no event in a relative clause (or conjoined in one) on a noun that is no
    event ("X, a man who was born in Brazil and has lived in Argentina since 1993", "troops
    who have been stationed in the region since 2015"): what it tells describes that noun,
    and its time dates no event of the clause the noun is in."""
    for _ in range(4):
        if verb.dep_ != "conj" or verb.head == verb or verb.head.pos_ not in ("VERB", "AUX"):
            break
        verb = verb.head
        if verb.i in ctx.owner:
            return False
    return verb.dep_ == "relcl" and verb.head.i not in ctx.owner and verb.head.pos_ in ("NOUN", "PROPN", "PRON")


def _event_pronoun_subject(ctx: ArticleContext, verb: "Token", *, main_verb: bool = False) -> Draft | None:
    """The event "it" stands for as the subject of a verb that is no event ("It lasted
    from ... to ..."): the event the previous sentence is about (its subject); with
    ``main_verb``, when ``verb`` is its sentence's main verb, also the event of the previous
    sentence's main verb ("Gunmen attacked a church. It came two days after ...")."""
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
    # "Gunmen attacked a church in Owo. It came two days after an airstrike ...": the event of
    # the sentence's main verb
    if not main_verb or verb.dep_ != "ROOT":
        return None
    root = before.root
    d = ctx.owner.get(root.i)
    if d is not None and d.trigger.verb == root and not ctx.lex.is_communication(d.cls) and d.modality in ("asserted", "reported"):
        return d
    return None


def _says(ctx: ArticleContext, verb: "Token") -> bool:
    """Whether ``verb`` is a verb of saying (its clausal object is what was said)."""
    d = ctx.owner.get(verb.i)
    return d is not None and d.trigger.verb == verb and ctx.lex.is_communication(d.cls)


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
    h = prep.head
    if h.pos_ in ("ADJ", "ADV") or _record(h):
        return False
    if h.dep_ in ("relcl", "acl") and h.pos_ in ("VERB", "AUX") and _record(h.head):
        return False  # "the eighth coup to occur in the region since 2020": the count's bound
    # "becoming the first American military deaths since February 2020", "it was the deadliest
    # attack since 2015": the phrase bounds a record the copula states, not the event
    return not record_copula(h)


def record_copula(verb: "Token") -> bool:
    """Whether ``verb`` is a copula stating a record ("it *was* the deadliest attack", "*becoming*
    the first deaths"): a "since" phrase on it bounds the record, not an event."""
    return (verb.lemma_.lower() in words("time", "record_copulas")
            and any(c.dep_ in ("attr", "acomp") and _record(c) for c in verb.children))


def record_since(t: "Token") -> "Token | None":
    """The "since" of a record's phrase ``t`` sits in, no clause between ("the deadliest attack
    since *the Beslan school siege*", "it was the worst violence since *the 1994 genocide*"):
    the phrase names an earlier event, whose place and time are not the record's."""
    for a in t.ancestors:
        if a.dep_ == "prep" and a.lower_ == "since":
            return a if _record(a.head) or record_copula(a.head) else None
        if a.pos_ in ("VERB", "AUX"):
            return None
    return None


def _after_record_since(root: "Token") -> bool:
    """Whether a time's phrase follows a record's "since" phrase right away but hangs on the
    record ("the deadliest attack in Pakistan since the Peshawar school massacre *in 2014*",
    the parser hanging "in 2014" on the copula): the earlier event's time, not the record's."""
    prep = root.head
    if prep.dep_ != "prep" or prep.i == root.i:
        return False
    h = prep.head
    if not (_record(h) or record_copula(h)):
        return False
    # the "since" on the record or on the noun the copula states it of
    heads = [h, *(c for c in h.children if c.dep_ in ("attr", "acomp"))]
    return any(c.dep_ == "prep" and c.lower_ == "since" and c.right_edge.i + 1 == prep.i for g in heads for c in g.children)


def _record(noun: "Token") -> bool:
    """Whether ``noun`` is told as a record: a superlative or an ordinal on it ("the
    deadliest attack", "the first deaths", "the eighth coup", "the 3rd attack")."""
    return noun.tag_ == "JJS" or any(
        c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in words("time", "record_ordinals") or c.ent_type_ == "ORDINAL")
        for c in noun.children)


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


def _superseded_plan(d: Draft) -> bool:
    """Whether the plan of ``d`` is told as one made before and given up (``superseded_plan_adverbs``:
    "the election, *originally* scheduled for January 22, has been delayed", "talks *initially*
    set for 3 February"): its day lay ahead of that telling, not of publication."""
    return superseded_plan_clause(d) is not None


def superseded_plan_clause(d: Draft) -> "Token | None":
    """The participle clause that tells ``d``'s plan as given up ("*originally scheduled for
    January 22*"), or None (see :func:`_superseded_plan`)."""
    heads = [h for h in (d.noun, d.trigger.verb) if h is not None]
    return next((c for h in heads for c in h.children if c.dep_ in ("acl", "relcl") and any(
        a.dep_ == "advmod" and a.lower_ in words("time", "superseded_plan_adverbs") for a in c.children)), None)


def _told_in_past(d: Draft) -> bool:
    """Whether the clause that tells the event is in a past tense, read up from its verb (or
    from the verb its noun is the subject or object of) to the first finite verb: "talks
    *were scheduled* for 18 June", "the junta *had promised* to hold elections", "it said it
    *would* hold ..." (a future told from the past); not "*will* take place", "*is* due to"."""
    if _superseded_plan(d):
        return True
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
        if t.dep_ not in ("xcomp", "ccomp", "conj", "advcl", "acl", "relcl", "pobj", "prep", "dobj") or t.head == t:
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


_PARTS_OF_DAY = frozenset({"day", "night", "evening", "morning", "afternoon"})
#: where :func:`_part_of_day_under` keeps a ``Doc``'s words of parts of a day
_PARTS_OF_DAY_KEY = "kg_parts_of_day"


def _part_of_day_under(verb: "Token") -> bool:
    """Whether a word of ``verb``'s subtree (between its left and right edges, which hold
    every word it governs) has a part of a day (:data:`_PARTS_OF_DAY`) for its lemma in lower
    case: :func:`_day_anaphor` reads no phrase of any other. The words of a ``Doc`` found
    once, from spaCy's array of lemmas (its phrases were walked for each event without a
    time, most of them in sentences naming no part of a day)."""
    doc = verb.doc
    at = doc.user_data.get(_PARTS_OF_DAY_KEY)
    if at is None:
        from spacy.attrs import LEMMA

        strings = doc.vocab.strings
        lemmas = doc.to_array(LEMMA).tolist() if len(doc) else []
        day = {h for h in set(lemmas) if strings[h].lower() in _PARTS_OF_DAY}
        at = doc.user_data[_PARTS_OF_DAY_KEY] = [i for i, h in enumerate(lemmas) if h in day]
    if not at:
        return False
    k = bisect.bisect_left(at, verb.left_edge.i)
    return k < len(at) and at[k] <= verb.right_edge.i


def _day_anaphor(verb: "Token") -> int | None:
    """How many days after the day told before a phrase on ``verb`` puts its event: 0 for
    "on the same day", "that night", "later that day", "in the evening"; 1 for "the next
    day", "the following morning"; -1 for "the previous night", "the day before"; None for
    no such phrase."""
    # "later that day": the phrase hangs on the adverb
    later = [g for c in verb.children if c.dep_ == "advmod" and c.lower_ in ("later", "earlier") for g in c.children]
    # "stormed a school in Kumba, Meme division, on that day": the parser may hang the
    # phrase on a noun of the verb's object (not of a clause of its own)
    # (read last, and only when nothing before told the day: walking the object is the cost)
    # (none at all where no word the verb governs, however far down, names a part of a day)
    phrases = itertools.chain(verb.children, later, _object_phrases_on(verb)) if _part_of_day_under(verb) else ()
    for c in phrases:
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
        if mods & {"previous", "preceding"}:
            return -1
        if "same" in mods or "that" in mods:
            return 0
        if c.dep_ == "prep" and c.lower_ in ("in", "during") and mods == {"the"} and noun.lemma_.lower() != "day":
            return 0  # "In the evening, insurgents ambushed a lorry", "During the afternoon, police clashed with ..."
    # "died in hospital at 5:03 p.m.", "retook the hill at around 6 a.m.": a clock time with
    # no day of its own is on the day told before (read after the phrases that say which)
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("at", "from", "around", "about"):
            if any(_clock(g) for g in c.children if g.dep_ == "pobj"):
                return 0
    return None


_CLOCK = re.compile(r"\d{1,2}:\d{2}(?:[ap]\.?m\.?)?|\d{1,2}(?::\d{2})?[ap]\.?m\.?")


def _clock(noun: "Token") -> bool:
    """Whether the phrase headed by ``noun`` is a time of day on the clock ("5:03 p.m.",
    "5:03pm JST", "6 a.m.", "10:15"), not a part of the day or a date."""
    for t in noun.subtree:
        if _CLOCK.fullmatch(t.lower_):
            return True
        if t.lower_ in words("time", "clock_meridiems") and t.i > 0 and t.doc[t.i - 1].like_num:
            return True
    return False


def _object_phrases_on(verb: "Token") -> "Iterator[Token]":
    """The "on" phrases of the nouns of ``verb``'s object (:func:`_object_nouns`), the object
    walked only when they are asked for."""
    for n in _object_nouns(verb):
        for c in n.children:
            if c.dep_ == "prep" and c.lower_ == "on":
                yield c


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


#: prepositions of a relative clause told as happening at its antecedent ("an incident on 15
#: July *in which* 13 people were killed", "the night of 3 May, *during which* ...")
_AT_WHICH = frozenset({"in", "during", "on"})


def date_relative_clauses(ctx: ArticleContext, dated: list[tuple[TimeExpression, "Span"]]) -> None:
    """An event told in a "when" or "in which" clause on a date, or on a noun its own phrase
    dates, happened then: "since April 26, when the president announced he would run" (the
    announcement on April 26, the start of what "since" bounds), "an incident on 15 July in
    which 13 people were killed". Only an event with no time phrase of its own, told in the
    past tense as having happened."""
    at = {t.i: e for e, span in dated for t in span}
    for d in ctx.drafts:
        v = d.trigger.verb
        if d.times or v is None or v.dep_ not in ("relcl", "advcl") or d.modality in _AHEAD or d.period:
            continue
        if v.tag_ != "VBD" and not any(a.dep_ in ("aux", "auxpass") and a.tag_ == "VBD" for a in v.children):
            continue  # told in the past ("were killed", "announced"), not "in which monitors are warning"
        when = any(c.dep_ == "advmod" and c.lower_ == "when" for c in v.children)
        which = any(c.dep_ == "prep" and c.lower_ in _AT_WHICH and any(g.lower_ == "which" for g in c.children)
                    for c in v.children)
        if not (when or which):
            continue
        h = v.head
        e = at.get(h.i)
        if e is None and h.pos_ in ("NOUN", "PROPN") and which:
            # "an incident on 15 July in which": the date of the noun's own phrase
            e = next((at[g.i] for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "in", "of")
                      for g in c.children if g.dep_ == "pobj" and g.i in at), None)
        if e is None or e.kind not in _CALENDAR or e.role not in ("point", "since"):
            continue
        d.times.append(replace(e, role="point") if e.role == "since" else e)
