"""Step 6, event coreference within the article ("a new offensive" = "local anti-terrorist
activities" = "the dramatic escalation"): coreferent mentions are linked
(:attr:`Event.same_as`) and share their arguments."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..wordlists import words
from .after_clauses import place_after_clauses
from .apart import noun_cue, verb_cue
from .arrivals import place_at_arrival
from .context import ArticleContext
from .draft import Draft
from .results import misplaced_result_cause
from .sentence_place import only_place_of_sentence
from .counts import count_unit
from .occasion import DURING, next_victims_participle, share_occasion, share_with_frame
from .timing import pin_periods, resolve_shifts
from .unknown_doer import doer_unknown

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..model import TimeValue

__all__ = ["resolve_coreference", "another_occasion"]

_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_CIRCUMSTANCE = frozenset({"when", "as", "while"})


def _conflict(ctx: ArticleContext, a: Draft, b: Draft) -> bool:
    """Whether two mentions cannot be one event: different agents (or targets) of one kind,
    one's agent the other's target ("US strikes on the Houthis" / "Houthi attacks"), times
    that do not overlap, or two different towns."""
    for role in ("agent", "speaker", "target"):
        x, y = set(a.roles.get(role, ())), set(b.roles.get(role, ()))
        if x and y and not x & y and not _described_again(ctx, x, y):
            if role == "agent":
                return True  # "US strikes" and "Houthi attacks": two sides, two events
            kinds_x = {ctx.kind(k) for k in x}
            kinds_y = {ctx.kind(k) for k in y}
            if kinds_x & kinds_y:
                return True
    if set(a.roles.get("agent", ())) & set(b.roles.get("target", ())) or set(b.roles.get("agent", ())) & set(a.roles.get("target", ())):
        return True
    if _ahead(a) != _ahead(b):
        return True  # "an attempt to seize control over the camps" / "the capture of the region": not yet one
    if a.period != b.period and (_times(ctx, a) if b.period else _times(ctx, b)):
        # "have attacked villages for years" is no one dated attack told elsewhere (but "have
        # stepped up their attacks in recent days. This assault ..." is that series)
        return True
    for x in _times(ctx, a):
        for y in _times(ctx, b):
            if not (x.value.startswith(y.value) or y.value.startswith(x.value)):
                return True  # another day, month or year: another event
            if (x.end is None) != (y.end is None):
                return True  # a stretch of time ("since May") and one occasion in it
    if a.place and b.place and a.place != b.place and ctx.kind(a.place) == ctx.kind(b.place) in ("place", "state"):
        return True  # two towns, or two countries ("the Peru protests" and "the Iran protests")
    if a.count is None and b.count is None:
        return False  # "those displaced ... forced to flee": without a figure the words are one
    units = {count_unit(ctx, a), count_unit(ctx, b)} - {None, "casualties"}
    return len(units) > 1  # "wounded 28 ... the death toll rose to 54": the dead are not the wounded


def _described_again(ctx: ArticleContext, x: set[str], y: set[str]) -> bool:
    """Whether two one-group roles name the same people, one with a word of description more
    ("opened fire on protesters ... the attack on *unarmed* protesters", "the *wounded*
    soldiers"): lower-case words before the other's words, no name or nationality."""
    if len(x) != 1 or len(y) != 1:
        return False
    labels = []
    for k in (*x, *y):
        e = ctx.entities.get(k)
        if e is None or ctx.kind(k) != "group":
            return False
        labels.append(e.label)
    short, long = sorted(labels, key=len)
    extra = long[: len(long) - len(short)].split()
    return long.lower().endswith(" " + short.lower()) and bool(extra) and all(w.islower() and w.isalpha() for w in extra)


def _another_subject(d: Draft) -> bool:
    """Whether the verb of ``d`` has a subject besides the noun of the event that causes it
    ("the attack on protesters, hours after *the Government* imposed a curfew", parsed with two
    subjects): its doer is no doer of that event."""
    v, cause = d.trigger.verb, d.cause
    if v is None or cause is None:
        return False
    own = cause.noun or cause.head
    if own.head != v or own.dep_ not in ("nsubj", "nsubjpass"):
        return False  # "170 people have been killed by the attacks": the victims are the subject, the attacks the doer
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i != own.i and c.tag_ not in ("WDT", "WP") for c in v.children)


def _ahead(d: Draft) -> bool:
    """A mention of what is planned, not yet told as happening; but "will continue their
    attacks" goes on with the attacks told (a continuative light verb)."""
    if d.modality != "planned":
        return False
    verbs = [v for v in (d.support, d.trigger.verb) if v is not None]
    return not any(v.lemma_.lower() in words("events", "continuative_verbs") for v in verbs)


def _times(ctx: ArticleContext, d: Draft) -> list["TimeValue"]:
    """The time of ``d``, or, when its clause gives none, the time of what it is the cause
    of ("Israeli strikes killed 30 people on Monday": the strikes were on Monday)."""
    if d.time is not None:
        return [d.time]
    caused = [o.time for o in ctx.drafts if o.cause is d and o.time is not None]
    if caused:
        return caused[:1]
    # "killed 40 soldiers in an ambush in 2019": the ambush is when the killing it names was
    n = d.noun
    if n is not None and d.trigger.verb is None and n.dep_ == "pobj" and n.head.lower_ in _AMID:
        around = ctx.owner.get(n.head.head.i)
        if around is not None and around is not d and around.time is not None and around.trigger.verb == n.head.head:
            return [around.time]
    return []


def _classified(n: "Token") -> bool:
    """A noun a participle or an adverb classifies ("ethnically motivated attacks",
    "coordinated attacks"): a kind of event, not a repetition of one already told."""
    return any(
        (c.dep_ == "amod" and (c.tag_ in ("VBN", "VBG") or any(g.dep_ == "advmod" for g in c.children))) or c.dep_ == "advmod"
        for c in n.children
    )


def _contains(ctx: ArticleContext, a: Draft, b: Draft) -> bool:
    """Whether ``b`` is mentioned inside ``a``'s own clause (so cannot be ``a``)."""
    inner = b.noun or b.head
    return any(anc == a.head or (a.support is not None and anc == a.support) for anc in inner.ancestors)


def _definite(ctx: ArticleContext, n: "Token") -> bool:
    return any(
        (c.dep_ == "det" and c.lower_ in _DEFINITE) or (c.dep_ == "poss")
        for c in n.children
    )


def _namer(n: "Token") -> "Token | None":
    """The naming verb (``naming_words``) whose second object ``n`` is ("terms the attack *an
    atrocity*", "called the shooting *a terrorist attack*", "described the killings *as a
    massacre*"), or None."""
    if n.dep_ == "oprd":
        verb = n.head
    elif n.dep_ == "pobj" and n.head.lower_ == "as" and n.head.dep_ == "prep":
        verb = n.head.head
    else:
        return None
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in words("events", "naming_words") else None


def _named_by_verb(d: Draft) -> bool:
    """Whether the mention is what a naming verb calls another ("called the attacks *an
    assault* against the heart of Europe")."""
    return d.noun is not None and _namer(d.noun) is not None


def _named_noun(d: Draft) -> "Token | None":
    """The event noun of a mention: its own, or the noun a verb's trigger takes in as its
    subject or object ("*the state of emergency* was declared", "declared *a state of
    emergency*"), by which a later "the state of emergency" refers back to it."""
    if d.noun is not None:
        return d.noun
    v = d.trigger.verb
    return next((t for t in d.trigger.tokens if v is not None and t is not v and t.head == v
                 and t.dep_ in ("nsubj", "nsubjpass", "dobj") and t.pos_ == "NOUN"), None)


def _end_dated(d: Draft) -> bool:
    """Whether ``d``'s time is the day it ended, not the day it happened: its noun is the
    subject or object of a verb of ending (``cessative_verbs``: "the coup *ended* a week later
    on 22 July", "the shooting ended on 10 May", "the curfew was lifted on Monday", "troops
    halted the offensive on Friday"). That time is no time of the event its other mentions
    tell ("a coup d'état on 16 July", "the raid on 9 May"), and is not shared with them."""
    n = d.noun
    if n is None or d.trigger.verb is not None or d.time is None:
        return False
    return n.dep_ in ("nsubj", "nsubjpass", "dobj") and n.head.lemma_.lower() in words("events", "cessative_verbs")


def _disputed(ctx: ArticleContext, d: Draft) -> bool:
    """Whether ``d`` is told only inside a claim that is denied or said not to hold ("the army
    denies information reporting *new attacks* in the region"): the event the narrator goes
    on to tell ("132 people were killed in *the attack* on the village") is no mention of it."""
    seen, hops = d.attributed_to, 0
    while seen is not None and hops < 8:
        if seen.modality == "negated" or ctx.lex.is_a(seen.cls, "Denial"):
            return True
        seen, hops = seen.attributed_to, hops + 1
    return False


def _unknown_owner(ctx: ArticleContext, d: Draft, n: "Token") -> bool:
    """Whether ``n`` is owned by a pronoun that named no one ("their attacks", "its
    offensive", whose owner kg could not resolve): the mention has a doer, unknown, and
    cannot be matched to another by what it leaves out."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in n.children) and not (
        d.roles.get("agent") or d.roles.get("speaker") or d.roles.get("participant"))


def _told_in_which(ctx: ArticleContext, d: Draft) -> Draft | None:
    """The event whose "in which" clause tells ``d`` ("Tuesday's attack in which a group of
    gunmen fired on tourists", "an ambush in which 12 soldiers were killed"): what the clause
    tells is that event, or part of it. ("during which" tells something within it: not this.)"""
    v = d.trigger.verb
    if v is None or v.dep_ != "relcl":
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "which" for g in c.children) for c in v.children):
        return None
    whole = ctx.owner.get(v.head.i)
    return whole if whole is not None and whole is not d and (whole.noun or whole.head) == v.head else None


def _distinct(d: Draft) -> bool:
    """A mention said to be of another event ("other attacks", "another airstrike", "a second
    airstrike", "new clashes"): it refers back to none told before."""
    return noun_cue(d.noun) is not None


def _avenged(d: Draft) -> bool:
    """A mention of what an act avenged (``revenge_words``: "carried out to avenge *the death*
    of their founder", "in revenge for *the killing* of a commander"), naming whose it was (an
    "of" phrase): an earlier killing."""
    n = d.noun
    if n is None or not any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" for o in c.children) for c in n.children):
        return False
    revenge = words("events", "revenge_words")
    h = n.head
    return (n.dep_ == "dobj" and h.lemma_.lower() in revenge) or (
        n.dep_ == "pobj" and h.lower_ == "for" and h.head.lemma_.lower() in revenge)


def _counted_kind(n: "Token") -> bool:
    """Events counted as a kind ("an increase in the number of attacks on education", "a rise
    in abductions"), not one event told before."""
    up = n.head.head if n.dep_ == "pobj" else None
    return up is not None and up.lemma_.lower() in words("events", "trend_nouns")


def _generic(ctx: ArticleContext, d: Draft) -> bool:
    """A mention of a kind of event rather than of one event: a bare plural noun ("attacks on
    civilians", "a series of brutal attacks on displaced people") with no determiner,
    possessor, number, name of a doer or time of its own. Such a mention is no antecedent
    for "these attacks" or "the attack"."""
    n = d.noun
    if n is None or d.trigger.verb is not None or d.support is not None or n.tag_ not in ("NNS", "NNPS"):
        return False
    if d.time is not None or d.roles.get("agent"):
        return False
    return not any(
        c.dep_ in ("det", "poss", "nummod") or (c.dep_ in ("compound", "amod", "nmod") and c.i in ctx.mention_at)
        for c in n.children
    )


def _several(ctx: ArticleContext, d: Draft) -> int:
    """How many occasions a mention counts ("two coordinated attacks": 2), 1 for one: of a
    day's "two attacks", one that "detonated a bomb on a train" is a part, not the two."""
    n = d.noun
    if n is None:
        return 1
    for c in n.children:
        if c.dep_ == "nummod":
            t = c.text.replace(",", "").lower()
            value = int(t) if t.isdigit() else ctx.lex.number_words.get(t)
            if value is not None and value > 1:
                return value
    return 1


def _sequenced(a: Draft, b: Draft) -> bool:
    """Whether ``b``'s noun is the object of a preposition of sequence ("after", "before":
    ``sequence_prepositions``; "in the aftermath of": ``sequence_nouns``) on the clause whose subject is ``a``'s noun ("the raids came two
    days after the bombing of a market", "the strike followed ..."): told as another occasion."""
    n, m = b.noun, a.noun
    if n is None or m is None:
        return False
    sequence = words("events", "sequence_prepositions")
    if n.dep_ == "pobj" and n.head.lower_ in sequence:
        v = n.head.head
    elif (n.dep_ == "pobj" and n.head.lower_ in ("of", "to") and (s := n.head.head).lower_ in words("events", "sequence_nouns")
          and s.dep_ == "pobj" and s.head.dep_ == "prep"):
        v = s.head.head  # "the coup came in the aftermath of the January coup"
    elif n.dep_ in ("nsubj", "nsubjpass") and n.head.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in sequence for c in n.head.children):
        v = n.head.head  # "came two days after the bombing of a market killed nine"
    else:
        return False
    if v.pos_ == "NOUN" and v.dep_ == "npadvmod":  # "two days after"
        v = v.head
    return m.head == v and m.dep_ in ("nsubj", "nsubjpass")


def _plural(d: Draft) -> bool:
    """A mention by a plural noun ("the strikes", "two attacks")."""
    return d.noun is not None and d.noun.tag_ in ("NNS", "NNPS")


def _dated_aside(ctx: ArticleContext, d: Draft) -> bool:
    """A mention naming its occasion by a month or a year of its own phrase ("the November 2015
    Paris attacks", "the 2005 bombings") in passing, the object of a preposition ("a cell
    involved in ...", "the deadliest since ..."): another, earlier occasion the text sets the
    story beside, not the one a later bare "the attacks" goes on telling when the text has told
    one before it. A day ("no one has claimed Wednesday's attack") is the story's own."""
    n = d.noun
    if n is None or d.trigger.verb is not None or d.time is None or d.time.span is None or n.dep_ != "pobj" \
            or d.time.precision == "day":
        return False
    first = ctx.doc[n.left_edge.i].idx
    return first <= d.time.span.start and d.time.span.end <= n.idx


def _one_person(ctx: ArticleContext, d: Draft) -> str | None:
    """The one person ``d`` is done to, when its target is one person and no one else."""
    targets = d.roles.get("target", [])
    return targets[0] if len(targets) == 1 and ctx.kind(targets[0]) == "person" else None


def _told_again(ctx: ArticleContext, a: Draft, b: Draft) -> bool:
    """Whether ``b``, a verb, tells again ``a``, said before it: an act of the same class and
    the same verb done to the same one person ("Abe was fatally shot ... was shot twice from
    behind ... right after he was shot", "the journalist was arrested on Monday ... she was
    arrested at her home"), with no word setting ``b`` apart ("arrested *again*"). A
    person is rarely shot, arrested or abducted twice in one story without the text saying so;
    another day or another doer is a conflict (checked by the caller)."""
    v = b.trigger.verb
    person = _one_person(ctx, b)
    if v is None or b.noun is not None or person is None or a.cls != b.cls or _one_person(ctx, a) != person:
        return False
    if (a.trigger.verb or a.head).lemma_.lower() != v.lemma_.lower():
        return False  # "critically wounded ... had died", "sentenced ... had been charged": two steps, not one told twice
    return verb_cue(ctx, v) is None and not _contains(ctx, a, b) and not _contains(ctx, b, a)


def another_occasion(ctx: ArticleContext, d: Draft) -> bool:
    """Whether a mention is of no occasion told before: said to be another ("another drone
    strike", "other attacks"), counted as a kind ("the number of attacks") or a kind of event
    ("attacks on civilians"). The scene of a story (:mod:`.scene`) is not carried to it."""
    return _distinct(d) or (d.noun is not None and (_counted_kind(d.noun) or _generic(ctx, d)))


def resolve_coreference(ctx: ArticleContext) -> None:
    lex = ctx.lex
    parent = list(range(len(ctx.drafts)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    members: dict[int, list[Draft]] = {i: [d] for i, d in enumerate(ctx.drafts)}

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
            members[min(ri, rj)] += members.pop(max(ri, rj))

    def conflict(i: int, j: int) -> bool:  # every mention of one against every mention of the other
        return any(_conflict(ctx, x, y) for x in members[find(i)] for y in members[find(j)])

    order = sorted(range(len(ctx.drafts)), key=lambda i: ctx.drafts[i].head.i)
    realis = {i: ctx.drafts[i].modality not in ("hypothetical", "negated") for i in order}
    index_of = {id(d): i for i, d in enumerate(ctx.drafts)}
    told = [i for i in order if realis[i] and not lex.is_communication(ctx.drafts[i].cls)]  # events, not speech
    rank = {i: k for k, i in enumerate(told)}
    for k, j in enumerate(order):
        b = ctx.drafts[j]
        if lex.is_communication(b.cls) or not realis[j] or _distinct(b):
            continue
        earlier = told[:rank[j]]
        n = b.noun
        whole = _told_in_which(ctx, b)
        if whole is not None and lex.compatible(whole.cls, b.cls) and realis.get(index_of[id(whole)]) and not conflict(index_of[id(whole)], j):
            union(index_of[id(whole)], j)  # "Tuesday's attack in which gunmen fired on tourists": one attack
            continue
        # apposition: "a new offensive ..., a major escalation"
        if n is not None:
            other, stated = None, False
            if n.dep_ == "appos" and n.head.ent_type_ not in ("DATE", "TIME"):  # to the event, or to a name inside its clause
                other = next((ctx.owner[a.i] for a in n.ancestors if a.i in ctx.owner and ctx.owner[a.i] is not b), None)
            elif n.dep_ == "attr" and n.head.lemma_ == "be" and (
                subj := next((c for c in n.head.children if c.dep_ == "nsubj" and c.i in ctx.owner), None)
            ) is not None and ctx.owner[subj.i].noun == subj:
                other = ctx.owner[subj.i]  # "The 2025 Goma offensive was a military operation launched by M23"
                # the copula says they are one: "the invasion of Anjouan was an amphibious
                # assault led by the Comoros", of one family though neither class subsumes the other
                stated = ctx.family(other.cls) == ctx.family(b.cls)
            elif (namer := _namer(n)) is not None:
                # "terms the attack an inhumane atrocity", "described the killings as a
                # massacre": what the naming verb calls its object is that event, in other words
                obj = next((c for c in namer.children if c.dep_ == "dobj" and c.i < n.i and c.i in ctx.owner), None)
                if obj is not None and (ctx.owner[obj.i].noun or ctx.owner[obj.i].head) == obj:
                    other, stated = ctx.owner[obj.i], True
            elif n.dep_ in ("dobj", "attr"):
                sib = [c for c in n.head.children if c.dep_ == n.dep_ and c.i < n.i]
                if sib and any(t.text == "," for t in ctx.doc[sib[-1].i:n.i]) and not any(t.dep_ == "cc" for t in ctx.doc[sib[-1].i:n.i]):
                    other = ctx.owner.get(sib[-1].i)
            if (other is not None and other is not b and (stated or lex.compatible(other.cls, b.cls))
                    and not conflict(index_of[id(other)], j)):
                union(index_of[id(other)], j)
                continue
        # a definite mention refers back: "the dramatic escalation", "the 2020 war", "the
        # state of emergency was declared"
        dn = _named_noun(b)
        if dn is not None and _definite(ctx, dn):
            if _unknown_owner(ctx, b, dn):
                continue  # "if they do not end their attacks", "they" unresolved: whose, kg cannot tell
            owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in dn.children)
            # the same word first, among the last few sentences ("conducted strikes ... the
            # Houthis' attacks ... Today's strikes": the strikes), then the nearest of any word
            here = ctx.sent_of[b.head.i]
            same = [i for i in earlier if (_named_noun(ctx.drafts[i]) or ctx.drafts[i].head).lemma_.lower() == dn.lemma_.lower()
                    and here - ctx.sent_of[ctx.drafts[i].head.i] <= 3]
            ranked = [*reversed(same), *(i for i in reversed(earlier) if i not in same)]
            # an occasion named in passing by its own date ("a cell involved in the November
            # 2015 attacks in another city") is what "the attacks" refers to last
            # and "the attacks" (plural) a plural mention before one occasion a verb tells ("one
            # detonated a bomb on a train" after "two coordinated attacks"); "the two airport
            # bombings", counted, may be some of them (what two verbs told)
            plural = dn.tag_ in ("NNS", "NNPS") and _several(ctx, b) == 1
            ranked.sort(key=lambda i: (_dated_aside(ctx, ctx.drafts[i]), plural and not _plural(ctx.drafts[i])))
            for i in ranked:
                a = ctx.drafts[i]
                if _contains(ctx, a, b) or any(_sequenced(x, b) or _sequenced(b, x) for x in members[find(i)]):
                    continue  # "bombed Gaza City 24 hours after the attack", "the raids came two days after the bombing": another
                if _generic(ctx, a):
                    continue  # "I condemn these attacks" refers to no "attacks on civilians" in general
                if _disputed(ctx, a) and not _disputed(ctx, b):
                    continue  # "denies information reporting new attacks ... killed in the attack on the village"
                if owned and not set(a.roles.get("agent", ())) & set(b.roles.get("agent", ())):
                    continue  # "their attacks" (the Houthis'): an attack of theirs, not "today's raids" on them
                if _avenged(b) and not set(b.roles.get("target", ())) & set(a.roles.get("target", ())):
                    continue  # "killing 84 people ... to avenge the death of their founder": his death came before
                if lex.compatible(a.cls, b.cls) and not conflict(i, j):
                    union(i, j)
                    break
            continue
        # the same kind of event on the same day, by compatible actors
        for i in reversed(earlier):
            a = ctx.drafts[i]
            if a.time and b.time and a.time.precision == "day" and a.time.value == b.time.value and lex.compatible(a.cls, b.cls) \
                    and not conflict(i, j) and not _contains(ctx, a, b) and not _several(ctx, a) > _several(ctx, b):
                union(i, j)
                break
        else:
            again = next((i for i in reversed(earlier) if _told_again(ctx, ctx.drafts[i], b) and not conflict(i, j)), None)
            if again is not None:
                union(again, j)  # "Abe was fatally shot ... was shot twice from behind": one shooting
                continue
            # a bare repetition of a word ("months of negotiations ... months of negotiations")
            if n is not None and n.tag_ in ("NNS", "NNPS") and not b.roles and b.place is None and not _classified(n) and not _counted_kind(n):
                for i in earlier:
                    a = ctx.drafts[i]
                    if a.noun is not None and a.noun.lemma_ == n.lemma_ and a.cls == b.cls and not conflict(i, j):
                        union(i, j)
                        break
    # bare mentions before a fuller one of the same word ("fruitless negotiations ...
    # negotiations brokered by the EU")
    for k, j in enumerate(order):
        b = ctx.drafts[j]
        if b.noun is None or b.noun.tag_ not in ("NNS", "NNPS") or b.roles or b.place or not realis[j] or lex.is_communication(b.cls) or find(j) != j or _classified(b.noun):
            continue
        if _distinct(b) or _counted_kind(b.noun):
            continue
        if any(find(x) == j for x in order if x != j):
            continue
        for i in order[k + 1:]:
            a = ctx.drafts[i]
            if a.noun is not None and a.noun.lemma_ == b.noun.lemma_ and a.cls == b.cls and realis[i] and not _distinct(a) and not conflict(i, j):
                union(i, j)
                break
    # an event noun as the subject of a verb of its kind: "Israeli airstrikes ... hit Rafah"
    for j, b in enumerate(ctx.drafts):
        a = b.cause
        if a is not None and a is not b and lex.compatible(a.cls, b.cls) and realis[j] and not conflict(index_of[id(a)], j):
            union(index_of[id(a)], j)
    # statements: the same speaker again in the next sentence ("... ,” he said.")
    comm = [i for i in order if lex.is_communication(ctx.drafts[i].cls)]
    for x, j in enumerate(comm):
        b = ctx.drafts[j]
        if b.frame is None or b.frame.channel or b.times or not b.roles.get("speaker"):
            continue
        for i in reversed(comm[:x]):
            a = ctx.drafts[i]
            if a.cls != b.cls and not lex.compatible(a.cls, b.cls):
                continue
            gap = ctx.sent_of[b.head.i] - ctx.sent_of[a.head.i]
            if gap > 1:
                break
            if gap == 1 and set(a.roles.get("speaker", ())) == set(b.roles["speaker"]):
                union(i, j)
                break
    clusters: dict[int, list[int]] = {}
    for i in order:
        clusters.setdefault(find(i), []).append(i)
    for root, members in clusters.items():
        for i in members:
            ctx.drafts[i].cluster = root
        if len(members) > 1:
            _share(ctx, [ctx.drafts[i] for i in members])
    for d in ctx.drafts:  # "The offensive killed 27 civilians": the offensive's agents and place
        if d.cause is not None and not _another_subject(d):
            if "agent" not in d.roles:
                d.add("agent", d.cause.roles.get("agent", []))
            if d.place is None:
                d.place = d.cause.place
            if d.time is None:
                d.time = d.cause.time
    for d in ctx.drafts:  # the circumstance of an event is its place and time (same clause)
        v = d.trigger.verb
        if v is None or lex.is_communication(d.cls):
            continue
        around: list[Draft] = []
        p = v  # "hit apartment buildings in Kyiv, setting fires and injuring nine people": the participle's conjunct
        while p.dep_ == "conj" and p.tag_ == "VBG" and p.head.tag_ == "VBG" and p.head.i not in ctx.owner:
            p = p.head
        cause = misplaced_result_cause(ctx, p) if lex.is_a(d.cls, "Casualties") else None
        if cause is not None and cause is not d:
            around.append(cause)  # "hunting a man whose bomb exploded on Monday, killing five", hung on "hunting"
        elif p.dep_ == "advcl" and p.tag_ == "VBG" and ctx.owner.get(p.head.i) not in (None, d):
            around.append(ctx.owner[p.head.i])  # "launched airstrikes on villages in Sagaing, killing 30 people"
        clauses: list[Draft] = []
        for c in v.children:  # "20 people were killed when paramilitary forces shelled a market in El Fasher"
            if c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in _CIRCUMSTANCE for m in c.children):
                g = ctx.owner.get(c.i)
                if g is not None and g is not d and not lex.is_communication(g.cls):
                    around.append(g)
                    clauses.append(g)
        amid = _amid_events(ctx, d, v) if lex.is_a(d.cls, "Casualties") else []
        if not amid and lex.is_a(d.cls, "Casualties") and (other := next_victims_participle(ctx, d, v)) is not None:
            amid = _amid_events(ctx, d, other)  # "the soldiers killed and those injured in the attack near X"
        # "nine people were injured in a second airstrike in Mekelle": where and when the
        # attack they were hurt in was
        for g in around + amid:
            if d.place is None and (g in around or "place" in g.direct):  # what its own clause says
                d.place = g.place
            if d.time is None:
                d.time = g.time
        if d.place is None and not around:
            d.place = _circumstance_place(ctx, v)
        for g in amid + clauses:  # "killed in an ambush on December 21": the ambush then and there;
            # "were killed on Sunday when gunmen opened fire on a wedding party": the shooting that day
            if g.place is None:
                g.place = d.place
            if g.time is None:
                g.time = d.time
        if p.dep_ == "advcl" and p.tag_ == "VBG" and around and around[0].place is None and not lex.is_communication(around[0].cls):
            # "a device exploded on Friday, wounding 13 people on a street in Kandahar": the
            # cause happened where its consequence did
            around[0].place = d.place
    _circumstance_actors(ctx)
    for d in ctx.drafts:  # "launched attacks on the camps ..., triggering intense clashes": a consequence is there and then
        n = d.noun
        if n is None or d.trigger.verb is not None or d.support is not None:
            continue
        while n.dep_ == "conj" and n.head.i != n.i:
            n = n.head  # "resulted in five deaths and numerous *injuries*"
        v = n.head if n.dep_ == "dobj" else n.head.head if n.dep_ == "pobj" else None
        if v is None or v.pos_ != "VERB" or v.lemma_.lower() not in words("events", "consequence_verbs"):
            continue
        # "clashes with police *that resulted in* five deaths": the relative clause's noun;
        # "the airstrike *resulted in* the deaths of 30 villagers": the verb's subject
        subject = next((c for c in v.children if c.dep_ in ("nsubj", "csubj")), None)
        by_subject = ctx.owner.get(subject.i) if subject is not None else None
        if by_subject is not None and (by_subject.noun or by_subject.head) == subject:
            cause = by_subject
        elif v.i in ctx.owner:
            continue
        else:
            cause = ctx.owner.get(v.head.i) if v.dep_ in ("advcl", "conj", "relcl") else None
            if cause is None and v.dep_ == "relcl" and v.head.dep_ == "pobj" and v.head.head.dep_ == "prep":
                # "clashes with the army that resulted in ... deaths": the parser hangs the
                # clause on the last noun of the event's phrase
                cause = ctx.owner.get(v.head.head.head.i)
        if cause is None or cause is d or lex.is_communication(cause.cls):
            continue
        if d.time is not None and cause.time is not None and d.time.value != cause.time.value:
            continue  # "an election in 2016 which prompted a coup attempt in 2019": another occasion
        if d.place is None and cause.place is not None:
            d.place, d.also_places = cause.place, list(cause.also_places)
            d.cause = cause  # its further places, once spread (places.spread_places)
        said = cause.attributed_to
        if d.time is None and (cause.times or said is None or said.time != cause.time):
            # not a time the cause only took from the statement that reports it ("Recent attacks
            # ... resulted in 26 deaths, he said in a statement" on 24 July)
            d.time = cause.time
            d.cause = cause
    for d in ctx.drafts:  # "were killed and dozens wounded (when ...)": conjoined events share them
        v = d.trigger.verb
        if v is not None and v.dep_ == "conj" and not lex.is_communication(d.cls):
            g = ctx.owner.get(v.head.i)
            if g is not None and g is not d and lex.compatible(g.cls, d.cls):
                for x, y in ((d, g), (g, d)):
                    if x.place is None:
                        x.place = y.place
                    if x.time is None:
                        x.time = y.time
    place_after_clauses(ctx)  # "declared in Kingston after gunmen besieged police stations"
    place_at_arrival(ctx)  # "marched to parliament and clashed with police"
    share_with_frame(ctx)  # "an airstrike that killed 20 people in Tabayin on Monday"
    share_occasion(ctx)  # "In Djibo, jihadists burned houses and abducted 20 people on Saturday"
    for d in ctx.drafts:
        if d.place is None and d.sentence_place is not None:
            d.place = d.sentence_place
    only_place_of_sentence(ctx)
    resolve_shifts(ctx)
    for root, members in clusters.items():
        if len(members) > 1:
            dated = [ctx.drafts[i].time for i in members if ctx.drafts[i].time is not None and not _end_dated(ctx.drafts[i])]
            for i in members:
                if ctx.drafts[i].time is None and dated:
                    ctx.drafts[i].time = dated[0]
    pin_periods(ctx)


#: "in" and the prepositions of what went on around an event (:data:`.occasion.DURING`)
_AMID = DURING | {"in"}


def _circumstance_actors(ctx: ArticleContext) -> None:
    """Who did what its circumstance says, for an event whose clause names no doer: the
    killed or wounded "in attacks by Islamic State in the Greater Sahara", "when paramilitary
    forces shelled a market" were killed by them; a firefight or clash that "erupted when
    Hapilon's forces opened fire on the army" was between those two."""
    lex = ctx.lex
    for d in ctx.drafts:
        victims = lex.has_frame(d.cls, "victim") and lex.is_a(d.cls, "Casualties")
        symmetric = lex.has_frame(d.cls, "symmetric")
        # "the Rakhine offensive began on 13 November, when the Arakan Army attacked junta
        # outposts": whose attack opened it
        operation = lex.is_a(d.cls, "MilitaryOperation") and d.host is not None
        if lex.is_communication(d.cls) or not (victims or symmetric or operation):
            continue
        if "agent" in d.roles or (symmetric and "participant" in d.roles):
            continue
        around: list[Draft] = []
        for v in (d.trigger.verb, d.host):
            if v is None:
                continue
            for c in v.children:
                g = None
                if c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in _CIRCUMSTANCE for m in c.children):
                    g = ctx.owner.get(c.i)  # "killed when forces shelled a market"
                elif victims and c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "after" for m in c.children):
                    # "five civilians died after Russian forces shelled a market", "children
                    # were killed after gunmen stormed a school": by those who attacked
                    g = ctx.owner.get(c.i)
                    g = g if g is not None and lex.is_a(g.cls, "MilitaryAction") else None
                elif c.dep_ == "prep" and c.lower_ in _AMID:
                    # "killed in attacks by X", "wounded in shelling by X" (a gerund)
                    pobj = next((p for p in c.children if p.dep_ in ("pobj", "pcomp")), None)
                    g = ctx.owner.get(pobj.i) if pobj is not None else None
                    g = g if g is not None and pobj is not None and (g.noun or g.head) == pobj else None
                if g is None and c.dep_ == "prep":
                    # "began on 13 November, when the Arakan Army attacked": the "when" clause
                    # parsed as a relative clause on the date
                    g = next((ctx.owner.get(r.i) for p in c.children if p.dep_ == "pobj" for r in p.children
                              if r.dep_ == "relcl" and any(m.dep_ == "advmod" and m.lower_ == "when" for m in r.children)), None)
                if g is not None and g is not d and not lex.is_communication(g.cls) and g.modality not in ("negated",):
                    around.append(g)
        for g in around[:1]:
            if operation and not lex.is_a(g.cls, "MilitaryAction"):
                continue
            if victims or operation:
                d.add("agent", g.roles.get("agent", []))
            else:
                d.add("participant", [k for r in ("agent", "participant", "target") for k in g.roles.get(r, [])])
    for d in ctx.drafts:  # "105 people were killed and 75 injured in attacks by X": both by X
        v = d.trigger.verb
        if v is None or "agent" in d.roles or not lex.is_a(d.cls, "Casualties"):
            continue
        for w in [v.head] * (v.dep_ == "conj") + [c for c in v.children if c.dep_ == "conj"]:
            g = ctx.owner.get(w.i)
            if g is not None and g is not d and lex.is_a(g.cls, "Casualties") and g.roles.get("agent"):
                d.add("agent", g.roles["agent"])
                break


def _amid_events(ctx: ArticleContext, d: Draft, verb: "Token") -> list[Draft]:
    """The events named by "in"/"during"/"amid" phrases on ``verb`` ("killed in an airstrike",
    "wounded during the clashes"), other than ``d`` and what is said."""
    out: list[Draft] = []
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in _AMID:
            for pobj in c.children:
                g = ctx.owner.get(pobj.i) if pobj.dep_ in ("pobj", "pcomp") else None
                if g is not None and g is not d and (g.noun or g.head) == pobj and not ctx.lex.is_communication(g.cls):
                    out.append(g)
    return out


def _circumstance_place(ctx: ArticleContext, verb: "Token") -> str | None:
    """The place named in a "when" / "while" clause of the event's verb that is no event
    itself ("was shot dead when he opened his door in Kidal", "were killed while delivering
    food in Rutshuru"): where the event happened."""
    preps = ctx.lex.place_prepositions
    for c in verb.children:
        if c.dep_ != "advcl" or c.i in ctx.owner:
            continue
        if not any(m.dep_ in ("mark", "advmod") and m.lower_ in _CIRCUMSTANCE for m in c.children):
            continue
        clause, layer = [], [c]
        while layer:  # the clause itself, not the clauses conjoined to or nested in it
            clause += layer
            layer = [g for t in layer for g in t.children if g.dep_ not in ("conj", "advcl", "ccomp", "relcl", "acl", "xcomp")]
        for t in sorted(clause, key=lambda t: t.i):  # in text order
            if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lemma_.lower() in preps and t.ent_type_ not in ("DATE", "TIME"):
                place = ctx.place_in(t)
                if place is not None and ctx.kind(place) == "place":
                    return place
    return None


def _share(ctx: ArticleContext, members: list[Draft]) -> None:
    """Coreferent mentions of one event share its actors, place and time."""
    roles: dict[str, list[str]] = {}
    for m in members:
        for role, keys in m.roles.items():
            bucket = roles.setdefault(role, [])
            bucket += [k for k in keys if k not in bucket]
    # what a naming verb calls an event ("called the attacks an assault against ... the heart
    # of Europe") describes it: its place stays its own, never the event's other mentions'
    place = next((m.place for m in members if m.place and not _named_by_verb(m)), None)
    time = next((m.time for m in members if m.time is not None and not _end_dated(m)), None)
    # "24 hours later, the fighting reached ...": a mention dated from another keeps its own
    # time, resolved after coreference (timing.resolve_shifts), not the first mention's
    shifted = {id(d) for d, _, _ in ctx.pending_shifts}
    for m in members:
        for role, keys in roles.items():
            if role == "agent" and doer_unknown(m):
                continue  # "it is not clear whether X or Y were behind the attack": no doer here
            if role not in m.roles:
                m.add(role, keys)
        if m.place is None:
            m.place = place
        if m.time is None and id(m) not in shifted:
            m.time = time
