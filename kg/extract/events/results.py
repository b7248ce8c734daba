"""Step 1, after the triggers are found: an event noun that a verb's "-ing" clause gives as the
result of an event of its kind is one event with it ("touched off an IED, *setting off an
explosion*")."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..event_lexicon import EventLexicon
    from .triggers import Trigger

__all__ = ["without_results"]


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
