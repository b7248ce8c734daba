"""Events the text sets apart from those of their kind it told before.

"A suicide bomber blew himself up at the station ... A *second*, smaller blast hit a market
hours later": the second blast is not the first, whatever place and day they share. The
words that say so are kept on the event (:attr:`~kg.extract.model.Event.set_apart`,
``kgo:setApart``), for the canonical layer (:mod:`kg.canon`), which never makes one event of
an event so marked and one of its kind its article told before it. Read from the parse, the
words from ``ontology/lexicon/apart.toml`` (and ``events.toml``'s ``distinct_modifiers``):

* a modifier of the event noun: "*another* attack", "a *second* blast", "a *fresh* offensive",
  "*renewed* clashes", "a *further* explosion" (:func:`noun_cue`, the rule coreference uses
  too: such a mention refers back to none told before);
* of a verb's object, or subject when it has no object, or of the occasion it is told in:
  "Houthis fired *another* missile", "gunmen attacked a *second* village", "a *third* car bomb
  exploded" (not "*another* group of soldiers announced his removal": another doer), "*in a
  separate incident*, gunmen killed",
  "shelled the town *for the third time*";
* an adverb of the verb: "militants attacked the post *again*";
* a series: the events "of" "a *new wave* of strikes", "*another round* of shelling", and
  those of a series the subject ends ("the raid was *the latest in a series of* attacks":
  the attacks are others than the raid);
* the next step of a sequence: a verb conjoined to the verb of an event of its family with
  "*then*", "*later*", "*subsequently*" ("attacked a convoy, and *then* targeted the rescuers"),
  and what is told as coming after an event ("the attack was *followed by* gunmen who opened
  fire", "clashes *followed* the bombing");
* deaths counted apart whose clause tells their cause, and that cause ("three *more* civilians
  died *when* a roadside bomb hit their vehicle"; not a tally, "two more died in hospital");
* the parts of an event so marked, told in its clause ("a second blast hit the market,
  *wounding* three people"; "another strike, *which killed* five"; "targeted the rescuers with
  landmines *that killed* five"), and what an event so marked
  did as the subject of its verb ("a separate drone strike *killed* four"): the wounded are the
  second blast's, not the first's.

Nothing else of the event changes: the marker is a property of the graph, read by linking.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..doctext import sentence_start, tokens_tagged
from ..wordlists import words
from .context import ArticleContext
from .draft import Draft

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["mark_set_apart", "noun_cue", "said_to_be_it", "verb_cue"]

#: the dependencies of a noun's modifiers that may set its event apart
_MODIFIER_DEPS = ("amod", "det", "advmod")
#: the parts of speech of the words between a noun and its determiner ("a second, smaller blast")
_PREMODIFIER_POS = ("ADJ", "ADV", "NUM", "DET")
#: the dependencies of a verb's subject or object
_ARGUMENT_DEPS = ("nsubj", "nsubjpass", "dobj")


def noun_cue(noun: "Token | None", key: tuple[str, str] = ("events", "distinct_modifiers")) -> str | None:
    """The modifier of ``noun`` (of the list ``key``: file, list) that makes it another
    than those told before ("*another* airstrike", "a *second* airstrike", "*new* clashes",
    "*other* attacks"), lower-cased; None when it has none. A modifier the parser hung
    elsewhere counts when it stands in the words before the noun, back to their
    determiner ("A *second*, smaller blast hit": "second" read as an adverb of "hit")."""
    if noun is None:
        return None
    found = words(*key)
    cue = next((c.lower_ for c in noun.children if c.dep_ in _MODIFIER_DEPS and c.lower_ in found), None)
    if cue is not None:
        return cue
    doc = noun.doc
    for j in range(noun.i - 1, sentence_start(noun) - 1, -1):  # the premodifiers, right to left
        t = doc[j]
        if t.pos_ not in _PREMODIFIER_POS and t.text != ",":
            return None
        if t.lower_ in found:
            return t.lower_
        if t.pos_ == "DET":
            return None
    return None


def verb_cue(ctx: ArticleContext, verb: "Token") -> str | None:
    """A cue on ``verb``'s subject or object ("fired *another* missile"), on the occasion it
    is told in ("*in a separate incident*", "*for the second time*", "injured *in a second
    airstrike*": an event noun is an occasion) or an adverb of it ("attacked *again*")."""
    adverbs = words("apart", "repeat_adverbs")
    first, this = ctx.owner.get(verb.head.i), ctx.owner.get(verb.i)
    if verb.dep_ == "conj" and first is not None and this is not None and first is not this and _kin(ctx, first.cls, this.cls):
        sequence = words("apart", "sequence_adverbs")  # "attacked a convoy, and *then* targeted the rescuers"
        step = next((c.lower_ for c in verb.children if c.dep_ == "advmod" and c.lower_ in sequence), None)
        if step is not None:
            return step
    for c in verb.children:  # an adverb of the verb, or of its adverb ("yet again overnight": "again" hung on "overnight")
        if c.dep_ == "advmod" and any(a.lower_ in adverbs for a in (c, *(g for g in c.children if g.dep_ == "advmod"))):
            return next(a.lower_ for a in (c, *c.children) if a.lower_ in adverbs)
        # a subject only of a verb without an object: "a third car bomb exploded", not "another
        # group of soldiers announced his removal" (another doer of a first announcement)
        if c.dep_ in _ARGUMENT_DEPS and (c.dep_ != "nsubj" or not any(o.dep_ == "dobj" for o in verb.children)):
            cue = noun_cue(c, ("apart", "argument_modifiers"))
            if cue is not None:
                return cue
        if c.dep_ == "prep" and c.lower_ in words("apart", "occasion_prepositions"):
            for obj in c.children:
                occasion = obj.lemma_.lower() in words("apart", "occasion_nouns") or obj.lower_ in words("apart", "occasion_nouns")
                event = (owner := ctx.owner.get(obj.i)) is not None and owner.noun == obj
                if obj.dep_ == "pobj" and (occasion or event):
                    cue = noun_cue(obj, ("apart", "argument_modifiers"))
                    if cue is not None:
                        return f"{cue} {obj.lower_}"
    return None


def _kin(ctx: ArticleContext, a: str, b: str) -> bool:
    """Classes ``a`` and ``b`` share an ancestor below ``kgo:Event`` (an ambush and a shelling, both
    military actions; not soldiers' arrival and their attack, nor a march and a clash)."""
    ca, cb = ctx.lex.classes.get(a), ctx.lex.classes.get(b)
    return ca is not None and cb is not None and bool((ca.ancestors & cb.ancestors) - {"Event"})


def _series_cue(noun: "Token | None") -> str | None:
    """``noun`` is an event "of" a series set apart ("a *new wave* of strikes") or ended by
    the subject ("the latest in a *series* of attacks"): the cue. A gerund ("a new round of
    *shelling*") is the "of"'s complement (``pcomp``), a noun its object."""
    if noun is None or noun.dep_ not in ("pobj", "pcomp") or noun.head.lower_ != "of":
        return None
    series = noun.head.head
    if series.lemma_.lower() not in words("apart", "series_nouns"):
        return None
    cue = noun_cue(series)
    if cue is not None:
        return f"{cue} {series.lower_}"
    up = series.head  # "the latest in a series of": pobj of "in" under "latest"
    if series.dep_ == "pobj" and up.lower_ == "in" and up.head.lower_ in words("apart", "series_ends"):
        return "series"
    return None


def said_to_be_it(noun: "Token | None") -> bool:
    """Whether an event noun is what a pronoun is said to be ("It was *the third attack* on the
    city this month", "This is *the fourth coup* in 20 years"): the event just told, counted in
    its series; the count sets no other event apart. (Linking it to that event in the article's
    coreference lowered cross-article linking on a held-back canon part in session 22: not done.)"""
    if noun is None or noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in words("apart", "identity_pronouns") for c in noun.head.children)


def _own_cue(ctx: ArticleContext, d: Draft) -> str | None:
    if said_to_be_it(d.noun):
        return None  # "It was the third attack on the city": this attack, the third of them
    cue = noun_cue(d.noun) or _series_cue(d.noun or d.head)
    if cue is not None:
        return cue
    for verb in (d.trigger.verb, d.support):
        if verb is not None and verb.pos_ in ("VERB", "AUX"):
            cue = verb_cue(ctx, verb)
            if cue is not None:
                return cue
    return None


def _part_of(ctx: ArticleContext, d: Draft) -> Draft | None:
    """The event ``d`` is told as a part of in its clause: ``d``'s head is a participle clause
    with no conjunction of its own ("..., *wounding* three"), a relative or other clause of
    the other's trigger ("another strike, *which killed* five")."""
    head = d.head
    if head.dep_ not in words("apart", "part_dependencies"):
        return None
    if head.dep_ == "advcl" and (head.tag_ not in ("VBG", "VBN") or any(c.dep_ == "mark" for c in head.children)):
        return None
    whole = ctx.owner.get(head.head.i)
    if whole is None and head.dep_ == "relcl":  # of what the event acts on or with ("targeted the
        up = head.head  # rescuers with landmines *that killed* five"): the event whose argument it is
        for _ in range(4):
            if up.dep_ not in ("pobj", "prep", "dobj") or up.head == up:
                break
            up = up.head
            whole = ctx.owner.get(up.i)
            if whole is not None:  # a verb's argument only: "a renewed conflict between the junta
                whole = whole if up.pos_ == "VERB" else None  # *that took power* ..." is no part of the conflict
                break
    return whole if whole is not None and whole is not d else None


def _counted_apart(ctx: ArticleContext, d: Draft) -> tuple[str, Draft] | None:
    """``d``'s dead or wounded are counted apart from those told before ("three *more*
    civilians died", "five *other* passengers were killed") and its clause tells another event
    as their cause ("... *when* a roadside bomb hit their vehicle"): the cue and that event.
    None otherwise ("two more people died in hospital" is a tally of the first event)."""
    for verb in d.verbs():
        counted = next((cue for c in verb.children if c.dep_ in _ARGUMENT_DEPS and (cue := noun_cue(c, ("apart", "count_modifiers"))) is not None
                        and not any(t.lower_ == "than" for t in c.subtree)), None)  # ("more than a dozen": a bound)
        if counted is None:
            continue
        marks = words("apart", "cause_marks")
        for clause in verb.children:
            if clause.dep_ != "advcl" or not any(m.dep_ in ("mark", "advmod") and m.lower_ in marks for m in clause.children):
                continue
            cause = next((o for o in ctx.drafts if o is not d and (clause in o.anchors() or o.head.head == clause
                                                                   and o.head.dep_ in _ARGUMENT_DEPS)), None)
            if cause is not None:
                return counted, cause
    return None


def _followed(ctx: ArticleContext) -> dict[int, str]:
    """The tokens told as coming after an event (:data:`sequence_verbs` of apart.toml): those of
    the "by" phrase of "X was *followed* by Y" and the subject of "Y *followed* X", X an event's
    trigger; by token index, the cue."""
    out: dict[int, str] = {}
    verbs = words("apart", "sequence_verbs")
    doc = ctx.doc
    for verb in (doc[i] for i in tokens_tagged(doc, "VERB")):  # (no Token made of the other words)
        if verb.lemma_.lower() not in verbs:
            continue
        kids = list(verb.children)
        passive = next((c for c in kids if c.dep_ == "nsubjpass"), None)
        first = passive if passive is not None else next((c for c in kids if c.dep_ == "dobj"), None)
        if first is None or ctx.owner.get(first.i) is None:
            continue
        later = [c for c in kids if c.dep_ == "agent"] if passive is not None else [c for c in kids if c.dep_ == "nsubj"]
        for c in later:
            out.update((t.i, f"{verb.lower_} by" if passive is not None else verb.lower_) for t in c.subtree)
    return out


def mark_set_apart(ctx: ArticleContext) -> None:
    """Set :attr:`Draft.set_apart` on the drafts the text sets apart (see the module)."""
    followed = _followed(ctx)
    for d in ctx.drafts:
        d.set_apart = _own_cue(ctx, d) or followed.get(d.head.i)
    for d in ctx.drafts:  # deaths counted apart and the event their clause tells as their cause
        if d.set_apart is None and (found := _counted_apart(ctx, d)) is not None:
            d.set_apart = found[0]
            if found[1].set_apart is None:
                found[1].set_apart = found[0]
    for d in ctx.drafts:  # the parts of a marked event, told in its clause, and what it did ("a
        if d.set_apart is None:  # separate drone strike killed four": the event is the subject)
            whole = d.cause if d.cause is not None and d.cause.set_apart is not None else _part_of(ctx, d)
            if whole is not None and whole.set_apart is not None:
                d.set_apart = whole.set_apart
