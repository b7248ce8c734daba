"""Step 1, after the triggers are found: an event noun that a verb's "-ing" clause gives as the
result of an event of its kind is one event with it ("touched off an IED, *setting off an
explosion*"). And, when the arguments are read: the attack whose result an "-ing" clause of
harm tells, when the parser hung the clause on the sentence's main verb instead
(:func:`misplaced_result_cause`), and who did that harm (:func:`doer_of_misplaced_results`)."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..event_lexicon import EventLexicon
    from .context import ArticleContext
    from .draft import Draft
    from .triggers import Trigger

__all__ = ["doer_of_misplaced_results", "misplaced_result_cause", "without_results"]


def without_results(found: list["Trigger"], lex: "EventLexicon") -> list["Trigger"]:
    """Drop an event noun that a verb's "-ing" clause gives as the result of an event of its
    kind told by that verb: "a vehicle *touched off* an IED, *setting off an explosion*" (the
    IED going off is the explosion), "the bomb *went off*, *causing a blast* ...": one event,
    whose words are both (what the noun's clauses say is said of it)."""
    by_head = {t.head.i: t for t in found}
    out = []
    for trig in found:
        n = trig.noun
        if trig.verb is None and n is not None and n.dep_ == "dobj":
            v = n.head
            main = by_head.get(v.head.i) if v.dep_ == "advcl" and v.tag_ == "VBG" and v.head.i != v.i else None
            if main is not None and main is not trig and (lex.is_a(trig.cls, main.cls) or lex.is_a(main.cls, trig.cls)):
                # the more specific class; the noun's clauses are the event's
                main.take_in(trig, trig.cls if lex.is_a(trig.cls, main.cls) else main.cls)
                continue
        out.append(trig)
    return out


def misplaced_result_cause(ctx: "ArticleContext", verb: "Token") -> "Draft | None":
    """The military action whose result the "-ing" clause of ``verb`` tells when the parser
    hung that clause, after a comma, on the sentence's main verb rather than on the action
    told last before the comma, in a relative clause below that verb: "Police are hunting a
    man who planted a bomb *that exploded* on Monday, *killing* five people in Kano" (the
    bomb killed them, not the police; the bombing was where they died). None when the main
    verb is itself a military action ("troops shelled the town, killing ...") or the clause
    has a subject of its own."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return None
    head, lex = verb.head, ctx.lex
    own = ctx.owner.get(head.i)
    if own is not None and lex.is_a(own.cls, "MilitaryAction"):
        return None
    comma = verb.i - 1
    best = None
    for d in ctx.drafts:
        v = d.trigger.verb
        if (v is None or not head.i < v.i < comma or not lex.is_a(d.cls, "MilitaryAction")
                or max(t.i for t in v.subtree) != comma - 1 or head not in v.ancestors):
            continue
        if v.dep_ == "relcl" or any(a.dep_ == "relcl" for a in v.ancestors if head in a.ancestors):
            best = d if best is None or v.i > best.trigger.verb.i else best  # type: ignore[union-attr]
    return best


def doer_of_misplaced_results(ctx: "ArticleContext") -> None:
    """Harm told by an "-ing" clause the parser hung on the sentence's main verb, whose cause
    is an action in a relative clause below it (:func:`misplaced_result_cause`), was done by
    whoever did that action: "Officers recognised the man as X, *who opened fire*, *wounding*
    two policemen" (X wounded them). Only when the harm has no doer yet, and never one of
    its victims. Run when every event's arguments are read."""
    for d in ctx.drafts:
        verb = d.trigger.verb
        if verb is None or d.roles.get("agent") or not ctx.lex.is_a(d.cls, "Casualties"):
            continue
        cause = misplaced_result_cause(ctx, verb)
        if cause is None or cause is d:
            continue
        victims = set(d.roles.get("target", []))
        d.add("agent", [k for k in cause.roles.get("agent", []) if k not in victims])
