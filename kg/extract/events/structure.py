"""Step 1b: triggers become drafts; light verbs ("launched a new offensive"), verb and
event-noun merges, the speech acts whose object a noun is, and speech frames (speaker,
addressee, channel, quote: :mod:`kg.extract.speech`)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .context import ArticleContext
from .draft import Draft
from .triggers import Trigger, find_triggers
from ..speech import attach_quotes, speech_frame
from ..wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["draft_events", "attach_structure", "speech_frames"]



def draft_events(ctx: ArticleContext) -> None:
    skip = {i for i, m in ctx.mention_at.items()}
    places = {i for i, m in ctx.mention_at.items() if m.entity in ctx.entities and ctx.kind(m.entity) in ("place", "state")}
    people = {i for i, m in ctx.mention_at.items() if m.entity in ctx.entities and ctx.kind(m.entity) == "person"}
    for trig in find_triggers(ctx.doc, ctx.lex, skip=skip, places=places, people=people, referents=ctx.referent_heads):
        d = Draft(trigger=trig, cls=trig.cls)
        ctx.drafts.append(d)
    ctx.index()


def attach_structure(ctx: ArticleContext) -> None:
    """Light verbs, verb + event-noun merges, speech objects, hosts."""
    lex = ctx.lex
    verb_draft = {d.head.i: d for d in ctx.drafts if d.trigger.verb is not None}
    removed: set[int] = set()
    for d in ctx.drafts:
        n = d.noun
        if n is None or d.trigger.verb is not None:
            continue
        gov = None
        at = _subject_seat(n)  # where the noun stands: itself, or "struck Rafah in *a series of* airstrikes"
        if n.dep_ in ("dobj", "nsubjpass", "attr", "oprd"):
            at, gov = n, n.head
        elif (n.dep_ in ("compound", "nmod") and n.head.pos_ == "NOUN" and n.head.dep_ == "dobj"
              and n.head.i not in ctx.owner and n.head.lemma_.lower() in words("events", "undertaking_nouns")):
            at, gov = n.head, n.head.head  # "initiated a search and rescue operation": the operation's verb
        elif at.dep_ == "pobj" and at.head.dep_ == "prep" and at.head.head.pos_ == "VERB" and at.head.lemma_.lower() in ("in", "into", "to", "from", "for"):
            gov = at.head.head
        if gov is None and n.dep_ == "conj":
            first = n
            while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
                first = first.head
            v = verb_draft.get(first.head.i) if first.dep_ in ("dobj", "nsubjpass") else None
            if v is not None and id(v) not in removed and lex.is_communication(v.cls):
                d.governor = v  # "demanding new elections and the resignation of the government": both demanded
        if gov is not None and gov.pos_ == "VERB":
            v = verb_draft.get(gov.i)
            if v is not None and id(v) not in removed:
                if lex.is_communication(v.cls):
                    if n.dep_ in ("dobj", "nsubjpass"):
                        d.governor = v
                elif at.dep_ == "pobj" and at.head.lemma_.lower() == "in" and any(c.dep_ == "dobj" for c in gov.children) and not (
                    lex.is_a(v.cls, d.cls) or lex.is_a(d.cls, v.cls)
                ):
                    pass  # "captured Daraa in an offensive", "killed 30 in an attack": an act within the other, two events
                    # (but "struck Rafah in airstrikes", "shelled the town in a bombardment": one, told twice)
                elif ctx.family(v.cls) == ctx.family(d.cls) and not lex.is_communication(d.cls):
                    v.cls = v.cls if lex.is_a(v.cls, d.cls) and v.cls != d.cls else d.cls
                    v.trigger = Trigger(v.cls, v.head, sorted({*v.trigger.tokens, *d.trigger.tokens}, key=lambda t: t.i), "phrase", noun=n, verb=v.head)
                    removed.add(id(d))
            elif at.dep_ == "pobj" and any(c.dep_ == "dobj" for c in gov.children):
                pass  # "opened a probe into the explosion": the verb's light object is the probe
            elif gov.lemma_.lower() in lex.support_verbs:
                d.support = gov
            elif gov.lemma_.lower() in lex.result_verbs:
                d.result = gov
        subject = _subject_seat(n)
        if subject.dep_ in ("nsubj", "nsubjpass") and subject.head.pos_ in ("VERB", "AUX") and subject.head.i not in verb_draft:
            d.host = subject.head
        elif subject.dep_ == "nsubj" and subject.head.i in verb_draft and _onset(subject.head) and id(verb_draft[subject.head.i]) not in removed:
            removed.add(id(verb_draft[subject.head.i]))  # "clashes broke out": they began, nobody escaped
            d.host = subject.head
        elif (r := _onset_clause(subject)) is not None and r.i in verb_draft and id(verb_draft[r.i]) not in removed:
            removed.add(id(verb_draft[r.i]))  # "clashes that broke out on Monday": they began then
            d.host = r
    for d in ctx.drafts:
        v = d.trigger.verb
        if (v is not None and v == d.head and d.host is None and v.tag_ == "VBG" and v.dep_ == "nsubj"
                and v.head.pos_ in ("VERB", "AUX") and id(d) not in removed):
            # "Fighting between the army and M23 resumed on Friday in X": a gerund subject's
            # verb carries its clause (its time and place), as a noun's does
            if v.head.i not in verb_draft:
                d.host = v.head
            elif _onset(v.head) and id(verb_draft[v.head.i]) not in removed:
                removed.add(id(verb_draft[v.head.i]))  # "fighting broke out": it began, nobody escaped
                d.host = v.head
    ctx.drafts = [d for d in ctx.drafts if id(d) not in removed]
    for d in ctx.drafts:
        if d.support is not None:
            t = d.trigger
            d.trigger = Trigger(d.cls, d.support, sorted({d.support, *t.tokens}, key=lambda x: x.i), "phrase", noun=t.noun, verb=None)
    ctx.index()


def _subject_seat(noun: "Token") -> "Token":
    """The noun that stands in the clause for an event noun: itself, or the collective noun
    it is "of" ("a *wave* of shooting broke out", "a *series* of attacks began")."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in words("events", "series_nouns"):
        return prep.head
    return noun


def _onset_clause(seat: "Token") -> "Token | None":
    """The verb of a relative clause on an event noun that only says it began ("clashes *that
    broke out* on Monday", "a series of riots over several days *that broke out* on 5 July",
    the parser hanging the clause on the copula whose attribute the noun is), its subject the
    relative pronoun."""
    holders = [seat, seat.head] if seat.dep_ == "attr" and seat.head.lemma_ == "be" else [seat]
    for h in holders:
        for c in h.children:
            if c.dep_ == "relcl" and c.pos_ == "VERB" and _onset(c) and any(g.dep_ == "nsubj" and g.tag_ == "WDT" for g in c.children):
                return c
    return None


def _onset(verb: "Token") -> bool:
    """Whether ``verb`` (with its particle) only says that its subject began or went on."""
    lemma = verb.lemma_.lower()
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    onset = words("events", "onset_verbs")
    return (f"{lemma} {prt}" if prt else lemma) in onset


def _second_speech_acts(ctx: ArticleContext) -> None:
    """A speech act conjoined to what another says of an event ("the demonstrators *claimed*
    that the elections were fraudulent, and *demanded* a new election", "said the blast was an
    accident and called for calm"): an event cannot demand or call, so the second verb, with no
    subject of its own, is the speaker's second act, told by the article, not part of the claim
    (the parser hangs it on the claimed clause)."""
    nouns = {d.noun.i for d in ctx.drafts if d.noun is not None and d.trigger.verb is None}
    anchors = {(d.trigger.verb or d.support or d.head).i: d for d in ctx.drafts if d.frame is not None}
    for d in ctx.drafts:
        v = d.trigger.verb
        if d.frame is None or v is None or v.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            continue
        if not any(ctx.lex.is_a(d.cls, c) for c in ("Appeal", "Accusation", "Denial")):
            continue  # "the assault has seized territory and threatens Kharkiv": an event can threaten, not demand
        chain = [v.head]
        while chain[-1].dep_ == "conj" and chain[-1].head.i != chain[-1].i:
            chain.append(chain[-1].head)  # "claimed that the elections ... were fraudulent, and demanded"
        clause = chain[-1]
        outer = anchors.get(clause.head.i) if clause.dep_ == "ccomp" else None
        if outer is None or outer is d or outer.frame is None:
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i in nouns for c in clause.children):
            continue  # "said the rebels attacked the town and demanded a ransom": the rebels did
        outer.frame.drop_content({t.i for t in v.subtree})
        if d.frame.speaker is None or d.frame.speaker.i in nouns or d.frame.speaker.i in outer.frame.content:
            d.frame.speaker = outer.frame.speaker  # who claims, demands (not the claimed event)


def speech_frames(ctx: ArticleContext) -> None:
    """Speech frames for every speech act; statements merged with their channel noun."""
    lex = ctx.lex
    comm = [d for d in ctx.drafts if lex.is_communication(d.cls)]
    by_head = {d.head.i: d for d in comm}
    merged_away: set[int] = set()
    for d in comm:  # "said ... and added that ...": one statement
        v = d.head
        if d.trigger.verb is None or v.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            continue
        head = by_head.get(v.head.i)
        if head is not None and head.cls == d.cls and id(head) not in merged_away:
            head.merged.append(v)
            merged_away.add(id(d))
    by_support = {d.support.i: d for d in comm if d.support is not None}
    for d in comm:  # "issued a statement, stating ...": the statement is what it states
        v = d.head
        head = by_support.get(v.head.i) if d.trigger.verb is not None and v.dep_ == "advcl" and v.tag_ == "VBG" else None
        if head is not None and head is not d and id(head) not in merged_away and id(d) not in merged_away:
            head.merged.append(v)
            merged_away.add(id(d))
    ctx.drafts = [d for d in ctx.drafts if id(d) not in merged_away]
    frames = []
    for d in ctx.drafts:
        if not lex.is_communication(d.cls):
            continue
        objects_are_addressees = not (
            lex.has_frame(d.cls, "contentObject") and d.head.lemma_.lower() not in words("speech", "addressee_verbs")
        )
        anchor = d.trigger.verb or d.support or d.head
        d.frame = speech_frame(anchor, channel_nouns=lex.channel_nouns, is_actor=ctx.is_actor, merged=d.merged, addressee_objects=objects_are_addressees)
        if d.trigger.verb is None and d.noun is not None and d.support is None:
            d.frame.content |= {t.i for c in d.noun.children if c.dep_ == "prep" and c.lemma_.lower() in ("of", "about", "on") for t in c.subtree}
        frames.append(d.frame)
    _second_speech_acts(ctx)
    channel_drafts: set[int] = set()
    for d in ctx.drafts:
        if d.frame is None or d.frame.channel_noun is None:
            continue
        other = ctx.owner.get(d.frame.channel_noun.i)
        if other is None or other is d:
            continue
        if lex.is_communication(other.cls):
            channel_drafts.add(id(other))  # "in a statement ..., officials said": one statement
            d.frame.excluded |= {t.i for t in other.trigger.tokens}
        else:
            d.channel_event = other  # "In a call with Aliyev, Blinken urged": a call, and the urging in it
    ctx.drafts = [d for d in ctx.drafts if id(d) not in channel_drafts]
    attach_quotes(frames, ctx.quotes, ctx.doc)
    ctx.index()
    for d in ctx.drafts:  # channel nouns belong to the statement (their time, issuer)
        if d.frame is not None and d.frame.channel_noun is not None and d.channel_event is None:
            for t in d.frame.channel_noun.subtree:
                ctx.owner.setdefault(t.i, d)
