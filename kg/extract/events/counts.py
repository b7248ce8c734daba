"""Step 2, how many an event counts: what its number counts ("killed", "wounded",
"displaced", from the ontology) and the number itself ("killed 30", "at least 12 dead")."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .context import ArticleContext
from .draft import Draft
from .role_reading import counted

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["count_unit", "read_count"]


def count_unit(ctx: ArticleContext, d: Draft) -> str | None:
    """What an event's number counts ("killed", "wounded", "displaced"), from the ontology;
    ``None`` for events that count nothing."""
    units = ctx.lex.count_units.get(d.cls)
    if not units:
        return None
    return next((units[w] for t in d.trigger.tokens if (w := t.lemma_.lower()) in units), units.get(""))


def read_count(ctx: ArticleContext, d: Draft) -> int | None:
    candidates = [d.head] + [c for a in d.anchors() for c in a.children if c.dep_ in ("dobj", "nsubjpass", "nsubj", "attr")]
    if d.trigger.verb is not None and d.trigger.verb.dep_ in ("relcl", "acl"):
        candidates.append(d.trigger.verb.head)  # "137 students who were abducted"
    # "left at least 20 people dead": who the verb's complement is said of
    candidates += [g for a in d.anchors() for c in a.children if c.dep_ == "oprd" for g in c.children if g.dep_ == "nsubj"]
    # "a total of 57 migrants drowned": what the total counts
    candidates += [n for t in candidates[1:] if (n := counted(t)) != t]
    # "the siege in 2015 in which 148 students were killed": a year the clause hangs on counts nothing
    candidates = [candidates[0]] + [t for t in candidates[1:] if not _date(t)]
    for t in candidates[1:]:
        if t.like_num and t.pos_ == "NUM":  # "wounded 100"
            value = _number_at(ctx, t)
            if value is not None:
                return value
    for t in candidates:
        for c in t.children:
            if c.dep_ == "nummod" or (c.dep_ == "prep" and c.lemma_.lower() in ("to", "at")):
                num = c if c.dep_ == "nummod" else next((g for g in c.children if g.like_num), None)
                if num is not None:
                    value = _number_at(ctx, num)
                    if value is not None:
                        return value if c.dep_ != "nummod" else value + _conjoined(ctx, t)
    return _toll(ctx, d)


def _date(t: "Token") -> bool:
    """Whether ``t`` is a date or a year ("in *1988*", "since *2015*"), not a number of people."""
    if t.ent_type_ in ("DATE", "TIME"):
        return True
    return t.dep_ == "pobj" and t.text.isdigit() and len(t.text) == 4 and 1900 <= int(t.text) <= 2100


def _conjoined(ctx: ArticleContext, noun: "Token") -> int:
    """What the other counted nouns joined to ``noun`` add: "*Five soldiers and two
    civilians* were killed" is 7 killed (each item its own number, "a civilian" one; 0 when an item has none,
    or when the list is of places or times, not of people)."""
    extra = 0
    for c in noun.children:
        if c.dep_ != "conj" or c.pos_ not in ("NOUN", "PROPN") or c.ent_type_:
            continue
        num = next((g for g in c.children if g.dep_ == "nummod"), None)
        value = _number(ctx, num.text) if num is not None else None
        if num is None and c.tag_ == "NN" and any(g.dep_ == "det" and g.lower_ in ("a", "an") for g in c.children):
            value = 1  # "two Hezbollah fighters and a civilian"
        if value is None:
            return 0  # "five soldiers and civilians": how many in all, the text does not say
        extra += value + _conjoined(ctx, c)
    return extra


def _toll(ctx: ArticleContext, d: Draft) -> int | None:
    """The number a toll noun's verb gives it: "the death toll *rose to 54*", "the toll
    stands at 30", "the number of dead reached 120"."""
    n = d.noun
    if n is None or n.dep_ not in ("nsubj", "nsubjpass") or n.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = n.head
    for c in verb.children:
        if c.dep_ == "prep" and c.lemma_.lower() in ("to", "at"):
            num = next((g for g in c.children if g.like_num and g.pos_ == "NUM"), None)
        elif c.dep_ in ("dobj", "attr") and c.like_num and c.pos_ == "NUM" and c.i > verb.i:
            num = c
        else:
            continue
        value = _number(ctx, num.text) if num is not None else None
        if value is not None:
            return value
    return None



def _number(ctx: ArticleContext, text: str) -> int | None:
    t = text.replace(",", "").lower()
    if t.isdigit():
        return int(t)
    return ctx.lex.number_words.get(t)


#: Number words that multiply what comes before them ("two *hundred* and fifty").
_SCALES = frozenset({100, 1000, 1000000, 1000000000})


def _number_at(ctx: ArticleContext, num: "Token") -> int | None:
    """The number written at ``num`` with the words the parser hangs on it: "One hundred and
    four" is 104, "two thousand five hundred" 2,500 (not the 100 of its head word)."""
    run = [num]
    for step in (-1, 1):  # the number words next to it, in its own phrase
        i = num.i + step
        while 0 <= i < len(num.doc) and (w := num.doc[i]) in num.subtree and (
                (w.like_num and w.pos_ == "NUM") or (w.lower_ == "and" and 0 <= i + step < len(num.doc) and num.doc[i + step].like_num)):
            run.append(w)
            i += step
    run.sort(key=lambda w: w.i)
    if len(run) == 1:
        return _number(ctx, num.text)
    total: float = 0
    current: float = 0
    for w in run:
        if w.lower_ == "and":
            continue
        digits = w.text.replace(",", "")
        value: float | None = float(digits) if re.fullmatch(r"\d+\.\d+", digits) else _number(ctx, w.text)  # "12.4 million"
        if value is None:
            return None
        if value in _SCALES and not digits.isdigit():
            if value == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * value
                current = 0
        else:
            current += value
    return round(total + current)
