"""One occasion told by conjoined verbs: "In Djibo, jihadists burned houses and abducted 20
people on Saturday", "Gangs attacked the town of Mirebalais on Monday, freed more than 500
inmates and burned the police station", "insurgents beheaded five villagers and burned a
church in Macomia district on Sunday". The verbs share their subject and tell one occasion:
what one of them says of where and when holds for the others that say nothing of it. A verb
fills only what its own clause leaves empty, so a place or a time its clause states is never
overwritten by its neighbour's."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..wordlists import lexicon, words
from .context import ArticleContext
from .draft import Draft

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["share_occasion", "share_with_frame", "next_victims_participle", "share_with_cause", "share_between_conjoined_nouns", "said_at_meeting", "verb_tense", "pluperfect", "WAY", "DURING", "event_before_time"]

#: prepositions of where something goes or comes from ("marched to parliament in Kampala"):
#: the place at the end of a way is not where a verb before it happened
WAY = frozenset({"to", "toward", "towards", "into", "onto", "from"})


def share_occasion(ctx: ArticleContext, *, places: bool = True) -> None:
    """Give each event verb with no time (and, when ``places``, no place) those of the event
    verbs conjoined with it: the first verb's go to the verbs after it ("stormed the village
    on Tuesday and killed ..."); a later verb's go back to the first only when that later
    verb has no subject of its own and its clause states them ("attacked a police station and
    freed dozens of prisoners on Tuesday"), and a place only from a phrase that says where
    something is, not where it goes ("... and marched to parliament in Kampala"). A time
    goes forward also to a verb with its own subject ("Gunmen attacked the town on Monday and
    police arrested five"), as one occasion; a place does only to a toll ("a car bomb went
    off near a checkpoint in Mogadishu; at least seven people died"). Same tense and
    modality only; what is said is no part of the occasion."""
    lex = ctx.lex
    effects = [str(c) for c in lexicon("arguments")["effect_classes"]]
    for d in ctx.drafts:
        v = _verb(d)
        if v is None or lex.is_communication(d.cls):
            continue
        # (event, its verb in the coordination, whether it comes first)
        partners: list[tuple[Draft, Token, bool]] = []
        if v.dep_ == "conj" or _listed(v):
            g = _event_of(ctx, v.head) or _object_event(ctx, v.head)
            if g is not None and (_event_of(ctx, v.head) is not None or not _own_subject(v)):
                partners.append((g, v.head, True))
            elif g is None and (w := _earlier_in_list(ctx, v)) is not None:
                # "broke into the house late Monday, blocked the gates, tear-gassed the
                # occupants and then took him away": the event verb before it in the list
                partners.append((ctx.owner[w.i], w, True))
        partners += [(g, c, False) for c in v.children if (c.dep_ == "conj" or _listed(c)) and (g := _event_of(ctx, c)) is not None]
        # "a car bomb went off near a checkpoint in Mogadishu; at least seven people died": two
        # clauses joined by a semicolon, the first parsed as the object of the second
        partners += [(g, c, True) for c in v.children if c.dep_ == "ccomp" and (g := _event_of(ctx, c)) is not None
                     and _semicolon_between(c, v)]
        for g, w, first in partners:
            later = w if not first else v  # the conjunct after "and"
            if g is d or lex.is_communication(g.cls) or g.modality != d.modality or (
                    verb_tense(w) != verb_tense(v) and not _gapped(later)):
                continue
            one_subject = not _own_subject(later)
            if d.time is None and g.time is not None and (first or one_subject and _own_time(ctx, g)):
                d.time = g.time
            toll = first and any(lex.is_a(d.cls, c) for c in effects)
            # "in Paris, shops have been ransacked and cars set alight": a place written before
            # the first clause's subject is where both clauses are
            toll = toll or first and _fronted_place(ctx, g, w)
            if (places and d.place is None and g.place is not None and (one_subject or toll) and d.modality != "hypothetical"
                    and (first or _own_place(ctx, g))):
                d.place, d.also_places = g.place, list(g.also_places)


def share_with_frame(ctx: ArticleContext) -> None:
    """Events told inside the phrase of another event are where (and some, when) it was:
    a relative clause on an event noun ("an airstrike that killed 20 people in Tabayin on
    Monday", "the offensive on 20 January, during which the rebels took control of Minova":
    place and time, both ways); the event noun of an "in"/"during" phrase on an event verb
    ("attacked a bus near Kalakitti in an ambush", "were arrested during a protest in
    Kampala": place, both ways; the verb's own time to the noun that has none, "detained 15
    people in raids ... on Monday"); the event noun that is the agent of a passive ("were
    killed by an airstrike on a market in Tabayin on Tuesday": place and time, both ways); a
    "with" phrase that tells a
    toll ("The attacks occurred in Kumba on 24 October, with eight children killed": place
    and time of the clause it hangs on). A place is shared only when the clause that gives it
    names it (not one coreference brought). Each fills only what its own clause leaves empty."""
    lex = ctx.lex
    stated = {id(x) for x in ctx.drafts if "place" in x.direct}  # places a clause names (and those shared from them)
    for d in ctx.drafts:
        v = _verb(d)
        if v is None or lex.is_communication(d.cls) or d.modality in _AHEAD:
            continue
        pairs: list[tuple[Draft, bool]] = []  # (the other event, whether time is shared too)
        if v.dep_ == "relcl" and _relative(v):
            g = ctx.owner.get(v.head.i)
            if g is not None and g.noun == v.head:
                pairs.append((g, True))
        # "killed 30 militants in air strikes in Borno": a toll's phrase the parser hung on its object
        toll = [c for o in v.children if o.dep_ == "dobj" for c in o.children] if lex.is_a(d.cls, "Casualties") else []
        for c in [*v.children, *toll]:
            if c.dep_ == "prep" and c.lower_ in ("in", "during"):
                pairs += [(g, False) for n in c.children if n.dep_ == "pobj" and (g := ctx.owner.get(n.i)) is not None
                          and g.noun == n and g.trigger.verb is None]
            elif c.dep_ == "agent":  # "were killed by an airstrike on a market in Tabayin on Tuesday": what did it
                pairs += [(g, True) for n in c.children if (g := ctx.owner.get(n.i)) is not None
                          and (n.dep_ == "pobj" and g.noun == n and g.trigger.verb is None  # "by an airstrike"
                               or n.dep_ == "pcomp" and _verb(g) == n)]  # "destroyed by shelling on Monday"
        for g, timed in pairs:
            if g is d or lex.is_communication(g.cls) or g.modality in _AHEAD:
                continue
            for x, y in ((d, g), (g, d)):
                if x.place is None and y.place is not None and id(y) in stated:
                    x.place, x.also_places = y.place, list(y.also_places)
                    stated.add(id(x))
                if timed and x.time is None and y.time is not None and not x.period:
                    x.time = y.time
            if not timed and g.time is None and not g.times and not g.period and d.time is not None and _own_time(ctx, d):
                g.time = d.time  # "detained 15 people in raids across the West Bank on Monday": the raids then
        # "occurred in Kumba ..., with eight children killed" (parsed either way)
        prep = v.head if v.dep_ == "pcomp" else v.head.head if v.dep_ == "acl" and v.head.dep_ == "pobj" else None
        if (prep is not None and prep.lower_ == "with" and prep.dep_ == "prep" and v.tag_ == "VBN"
                and not any(c.dep_ in ("aux", "auxpass") for c in v.children)):  # not "with X having conducted ..."
            h = prep.head
            g = _event_of(ctx, h) or next((ctx.owner[c.i] for c in h.children if c.dep_ == "nsubj" and c.i in ctx.owner
                                          and ctx.owner[c.i].noun == c), None)
            if g is not None and g is not d and not lex.is_communication(g.cls):
                if d.place is None and g.place is not None:
                    d.place, d.also_places = g.place, list(g.also_places)
                if d.time is None and g.time is not None and not d.period:
                    d.time = g.time


#: modalities of what has not happened (yet)
_AHEAD = frozenset({"planned", "hypothetical"})


def share_between_conjoined_nouns(ctx: ArticleContext) -> None:
    """Event nouns joined by "and"/"or" under one place or time phrase written after them
    ("killings and abductions in the Kasai region", "protests and strikes across Sri
    Lanka on Monday") share it, however the parser hung the phrase: the later noun only when
    it has no determiner of its own (not "sanctions and *the* war in Ukraine"), and each only
    for what its own phrase leaves empty."""
    from .places import place_token  # places imports this module

    for d in ctx.drafts:
        later = d.noun
        if later is None or d.trigger.verb is not None or later.dep_ != "conj" or ctx.lex.is_communication(d.cls):
            continue
        g = ctx.owner.get(later.head.i)
        if (g is None or g is d or g.noun != later.head or g.trigger.verb is not None or g.modality != d.modality
                or ctx.lex.is_communication(g.cls) or any(c.dep_ in ("det", "poss") for c in later.children)):
            continue
        end = max(t.i for t in later.subtree if t.i <= later.i or t.dep_ in ("compound", "amod"))
        for x, y in ((g, d), (d, g)):
            if y.place is None and x.place is not None and (t := place_token(ctx, x)) is not None and t.i > end:
                y.place, y.also_places = x.place, list(x.also_places)
            if (y.time is None and x.time is not None and not y.period and not x.period
                    and any(e.role == "point" and e.start > ctx.doc[end].idx for e in x.times)):
                y.time = x.time


def share_with_cause(ctx: ArticleContext) -> None:
    """A toll or a flight told as the outcome of an event noun through a verb that is no
    event ("a clash between students and soldiers near the campus in Merida *has left* two
    students injured", "fighting in Rutshuru on Tuesday *forced* thousands to flee"), or as its
    participle after a comma ("an earthquake struck near Port Vila on Tuesday, *killing* 14
    people", the verb parsed on the noun), happened where and when its cause did, for what its
    own clause does not say."""
    effects = [str(c) for c in lexicon("arguments")["effect_classes"]]
    for d in ctx.drafts:
        v = _verb(d)
        if (v is None or d.modality in _AHEAD or not any(ctx.lex.is_a(d.cls, c) for c in effects)
                or d.place is not None and d.time is not None):
            continue
        if v.dep_ == "acl" and v.tag_ == "VBG" and v.i > 0 and v.doc[v.i - 1].text == ",":
            # "A magnitude 7.3 earthquake struck near Port Vila on Tuesday, killing at least 14
            # people", parsed as the noun with both verbs on it: the participle after the comma
            # tells the noun's toll
            g = ctx.owner.get(v.head.i)
            g = g if g is not None and g is not d and g.noun == v.head else None
        elif v.dep_ in ("ccomp", "xcomp", "oprd"):
            h = v.head
            # the cause: the event noun (or gerund, "fighting") that is the verb's subject, the
            # verb being no event of its own (the clause the noun's event owns)
            g = next((o for c in h.children if c.dep_ == "nsubj" and (o := ctx.owner.get(c.i)) is not None
                      and o.head == c and _verb(o) in (None, c)), None) if h.pos_ == "VERB" else None
            if g is not None and ctx.owner.get(h.i) not in (None, g):
                g = None
        else:
            continue
        if g is None or g is d or ctx.lex.is_communication(g.cls) or g.modality in _AHEAD:
            continue
        if d.place is None and g.place is not None:
            d.place, d.also_places = g.place, list(g.also_places)
        if d.time is None and g.time is not None and not d.period and not g.period:
            d.time = g.time


def _relative(verb: "Token") -> bool:
    """Whether a relative clause is told of its antecedent as a happening: its subject is the
    relative pronoun ("an airstrike *that* killed ...") or it opens with "during / in which"."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("that", "which"):
            return True
        if c.dep_ == "prep" and c.lower_ in ("during", "in") and any(g.lower_ == "which" for g in c.children):
            return True
    return False


def _earlier_in_list(ctx: ArticleContext, verb: "Token") -> "Token | None":
    """The event verb that comes before ``verb`` in a list of what one subject did, read back
    through the verbs of the list that are no events: the conjunct or listed clause it hangs
    on, a conjunct before it on the same head ("entered the town on Saturday, arrested 12
    men and seized weapons"), a clause said by the same verb of saying after a comma
    ("said police broke into the house, blocked the gates and took him away")."""
    t = verb
    for _ in range(4):
        if _own_subject(t) or t.pos_ != "VERB":
            return None
        if t.dep_ == "conj" or _listed(t):
            before = [c for c in t.head.children if c.dep_ == "conj" and c.i < t.i and c.pos_ == "VERB"]
            h = t.head
        elif t.dep_ == "ccomp" and t.doc[t.i - 1].text == ",":
            before = []
            h = next((c for c in reversed(list(t.head.children)) if c.dep_ == "ccomp" and c.i < t.i), None)
            if h is None:
                return None
        else:
            return None
        for w in [*reversed(before), h]:
            if _event_of(ctx, w) is not None:
                return w
        t = h
    return None


def _listed(verb: "Token") -> bool:
    """Whether ``verb`` is a past-tense verb after a comma in a list of what one subject did,
    which the parser hung as a clause of circumstance on the first ("police broke into the
    house late Monday, *blocked* the gates, *fired* tear gas and then took him away"): no
    subject, auxiliary or conjunction of its own."""
    return (verb.dep_ == "advcl" and verb.tag_ == "VBD" and verb.i > verb.head.i and verb.doc[verb.i - 1].text == ","
            and verb_tense(verb.head) == "VBD"
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass", "mark") for c in verb.children))


def _semicolon_between(clause: "Token", verb: "Token") -> bool:
    """Whether a semicolon stands between the end of ``clause`` and ``verb`` after it."""
    end = max(t.i for t in clause.subtree)
    return end < verb.i and any(t.text == ";" for t in clause.doc[end:verb.i])


def _object_event(ctx: ArticleContext, verb: "Token") -> Draft | None:
    """The event noun that is the object of a verb that is no event ("Soldiers *repelled the
    assault* and killed 20 attackers"): the occasion the verb conjoined with it is part of."""
    if verb.i in ctx.owner or verb.pos_ != "VERB":
        return None
    for c in verb.children:
        g = ctx.owner.get(c.i)
        if c.dep_ == "dobj" and g is not None and g.noun == c and g.trigger.verb is None:
            return g
    return None


def _verb(d: Draft) -> "Token | None":
    return d.trigger.verb or d.support


def _event_of(ctx: ArticleContext, verb: "Token") -> Draft | None:
    """The event whose own (or light) verb ``verb`` is."""
    g = ctx.owner.get(verb.i)
    return g if g is not None and _verb(g) == verb else None


def _gapped(verb: "Token") -> bool:
    """Whether ``verb`` is a bare participle after "and" that shares the auxiliaries of the
    verb before it ("shops have been ransacked and cars *set* alight")."""
    return (verb.dep_ == "conj" and verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
            and any(c.dep_ in ("aux", "auxpass") for c in verb.head.children))


def _fronted_place(ctx: ArticleContext, g: Draft, verb: "Token") -> bool:
    """Whether the place of ``g`` is named by a phrase on its verb written before the verb's
    subject ("*In Paris*, shops were ransacked ...")."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or g.place is None:
        return False
    return any(p.dep_ == "prep" and p.i < subj.i and p.lower_ in ("in", "at", "near", "across", "around", "throughout")
               and any((m := ctx.mention_at.get(o.i)) is not None and m.entity == g.place for o in p.children if o.dep_ == "pobj")
               for p in verb.children)


def _own_subject(verb: "Token | None") -> bool:
    return verb is not None and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _own_time(ctx: ArticleContext, d: Draft) -> bool:
    """Whether the event's time is stated in its own clause (a point, not a bound), or in a
    clause of circumstance on its verb that the time dates ("... and kidnapped several women
    when they raided Kaura Namoda on Friday")."""
    if any(e.role == "point" for e in d.times):
        return True
    verb = _verb(d)
    return verb is not None and any(
        c.dep_ == "advcl" and (h := _event_of(ctx, c)) is not None and h.time == d.time and any(e.role == "point" for e in h.times)
        for c in verb.children)


def _own_place(ctx: ArticleContext, d: Draft) -> bool:
    """Whether the event's place is named in its own clause (or a clause of circumstance on
    its verb) by a phrase that says where things are: not at the end of a way ("to",
    "into", "from"), not in a clause on a participant ("abducted a man who lived in X")."""
    verb = _verb(d)
    for t in verb.subtree if verb is not None else ():
        m = ctx.mention_at.get(t.i)
        if m is None or m.entity != d.place:
            continue
        while t != verb:
            if (t.dep_ == "prep" and t.lower_ in WAY) or t.dep_ in ("relcl", "acl", "ccomp", "conj") and t.pos_ in ("VERB", "AUX"):
                break
            t = t.head
        else:
            return True
    return False


def pluperfect(verb: "Token") -> bool:
    """Whether ``verb`` is in the pluperfect ("had attacked", "had been displaced"): a step
    back from the story's time."""
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def verb_tense(verb: "Token | None") -> str:
    """A verb's tag, a bare past participle with no auxiliary read as the simple past it is
    ("dismissed the prime minister and appointed a businessman": "appointed" is often
    tagged VBN), as is a past passive ("clashed ...; five people were killed")."""
    if verb is None:
        return ""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBN" and not auxes:
        return "VBD"
    if verb.tag_ == "VBN" and auxes and all(a.tag_ == "VBD" and a.lemma_ == "be" for a in auxes):
        return "VBD"  # "were killed": the simple past, passive
    return verb.tag_


#: prepositions of what went on around an event ("fled *amid* the fighting in April"): the
#: event and what it went on amid share a time phrase the parser hangs on the preposition
DURING = frozenset({"amid", "amidst", "during"})


def event_before_time(ctx: ArticleContext, prep: "Token", came_from: "Token | None") -> Draft | None:
    """The event noun a time phrase right after it dates, when the parser hung the time phrase
    on the preposition that governs the noun rather than on the noun: "following *his death*
    in 2009", "after *the coup* in July 2023", "amid *protests* on Monday" (the time phrase is
    ``came_from``, a preposition under ``prep``). Only a noun whose phrase ends right where the
    time phrase begins."""
    if came_from is None or prep.dep_ != "prep" or came_from.dep_ != "prep" or came_from.head != prep:
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    g = ctx.owner.get(obj.i) if obj is not None else None
    if g is None or g.noun != obj or ctx.lex.is_communication(g.cls):
        return None
    return g if came_from.i == max(x.i for x in obj.subtree) + 1 else None


def said_at_meeting(ctx: ArticleContext) -> None:
    """A speech act whose verb of addressing has a meeting as its object or its "to" phrase,
    or whose verb has it in its "at" phrase ("*Briefing* an emergency meeting of the Security
    Council in New York on Thursday, X pointed to ...", "*told* a summit in Addis Ababa on
    Sunday", "*Speaking* to a meeting of donors in Brussels, X warned"), was made where and
    when the meeting was held, for what the sentence does not say of its own."""
    addressing = words("speech", "address_verbs")
    for d in ctx.drafts:
        v = d.trigger.verb
        if v is None or not ctx.lex.is_communication(d.cls) or d.place is not None and d.time is not None:
            continue
        # a verb of addressing ("briefed the meeting", "told a summit"), its participle ("*Speaking*
        # to a meeting of donors in Brussels, X warned ..."), and any speech verb's "at" phrase
        # ("said at a meeting"); not what is said of a meeting ("denounced the meeting in X")
        verbs = [w for w in [v, *(c for c in v.children if c.dep_ == "advcl" and c.tag_ == "VBG")] if w.lemma_.lower() in addressing]
        nouns = [c for w in verbs for c in w.children if c.dep_ in ("dobj", "dative")]
        nouns += [g for w in verbs for c in w.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        # an "at" phrase, on the verb or on those it addresses ("told supporters at a rally in
        # Harare"): where the speech was made, whatever the gathering ("a rally", "a funeral")
        at = [g for h in [v, *(c for c in v.children if c.dep_ in ("dobj", "dative"))] for c in h.children
              if c.dep_ == "prep" and c.lower_ == "at" for g in c.children if g.dep_ == "pobj"]
        for n in nouns + at:
            g = ctx.owner.get(n.i)
            if g is None or g is d or g.noun != n or not (ctx.lex.is_a(g.cls, "Meeting") or n in at and (
                    not ctx.lex.is_communication(g.cls) and g.modality not in _AHEAD)):
                continue
            if d.place is None and g.place is not None:
                d.place, d.also_places = g.place, list(g.also_places)
            if d.time is None and g.time is not None:
                d.time = g.time
            elif g.time is None and d.time is not None and n in at and not g.period:
                g.time = d.time  # "said at a rally in Kinshasa on Sunday": the rally then
            break


def next_victims_participle(ctx: ArticleContext, d: Draft, verb: "Token") -> "Token | None":
    """The victims' participle "and" joins right after the phrase of ``verb``, one too: "the
    members *killed* and (to) those *injured* in the attack near X": the second's "in" event
    is the first's. No verb between ("... and the officers who were injured in ...")."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD"):  # a participle the tagger read as a past
        return None
    doc = verb.doc
    cc = max(t.i for t in verb.subtree) + 1
    if cc >= len(doc) or doc[cc].lower_ not in ("and", "or"):
        return None
    for o in ctx.drafts:
        ov = o.trigger.verb
        if (o is d or ov is None or ov.dep_ != "acl" or ov.tag_ not in ("VBN", "VBD") or not ctx.lex.is_a(o.cls, "Casualties")
                or not cc < ov.i <= cc + 6):
            continue
        if any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in doc[cc + 1:ov.i]):
            continue
        return ov
    return None
