"""The scene of a story, carried across sentences. News tells an operation with its place and
time ("Gunmen attacked a police post in the town of Djibo on Sunday.") and then, in the next
sentences, its consequences and parts with none of their own ("Five officers were killed and
three wounded. The attackers fled with weapons."). A reader gives those the place and time of
the scene; so does this step, before the article's setting (:mod:`.setting`) is inferred.

The scene is the place and time of the last event, of a class that happens at one place and
time (``scene_classes`` in ``ontology/lexicon/arguments.toml``), whose sentence states them,
told as the story (not as pluperfect background: "where supporters had been holding a sit-in
since 2016"); of its events, the one with the narrowest place (a town over its region or
country), and of two as narrow the one whose own clause states its time. It goes
to the events of those classes in the next :data:`WINDOW` sentences that state neither, told
as having happened (not planned, imagined or denied, not in the present, not in the
pluperfect of background); told as coming later ("Troops later recaptured the town") they
take its place only. It ends at a sentence that names another place (not the country the
scene is in, not where a way leads: "hundreds fled toward Tawila", not a demonym:
"Palestinian health officials said") or states a time of its
own ("since 2005", "last year", "on Monday"), at a quotation, at a sentence told as
background ("Previously, ...") or opening another story ("Separately, ..."), and where a new
scene is set. What is said is no part of a scene.

A paragraph break does not end it: UN statements and news-wire write one sentence a
paragraph, and on the dev articles the events the scene reached across a paragraph break
were right (9 of 10); a new story there opens with a place, a date or "Separately".

A carried place or time is what the text tells a reader, so it is the event's place and time
as a stated one is; the event keeps the event it was carried from (:attr:`Draft.scene`,
``kgo:scene`` in the graph) so that a user can tell it from one its own sentence states.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from ..dateline import in_dateline
from ..model import TimeValue
from ..wordlists import lexicon
from .context import ArticleContext
from .coreference import another_occasion
from .draft import Draft
from .occasion import WAY, pluperfect, verb_tense

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["carry_scene", "WINDOW"]

#: how many sentences after the one that set it a scene reaches: on the dev articles, 2 lost
#: one event read right ("Hundreds of people were also reportedly arrested", three sentences
#: on) and 5 gained none over 3
WINDOW = 3

#: modalities of what is told as having happened
_HAPPENED = frozenset({"asserted", "reported"})


@dataclass
class _Scene:
    source: Draft
    sentence: int
    place: str | None
    also_places: list[str]
    time: TimeValue | None
    near: frozenset[str]  # the place, its further places and the country they are in


def carry_scene(ctx: ArticleContext) -> None:
    """Give the events of a scene's following sentences that state no place or time of their
    own the scene's place and time (see the module)."""
    words = _lexicon()
    by_sentence: dict[int, list[Draft]] = {}
    for d in ctx.drafts:
        if ctx.lex.is_any(d.cls, words.classes) and not ctx.lex.is_any(d.cls, words.excluded):
            by_sentence.setdefault(ctx.sent_of[d.head.i], []).append(d)
    if not by_sentence:
        return
    scene: _Scene | None = None
    for k, sent in enumerate(ctx.sents):
        if scene is not None and k - scene.sentence > WINDOW:
            scene = None
        drafts = by_sentence.get(k, [])
        setter = _setter(ctx, k, drafts)
        if setter is not None:
            if setter.place is None and scene is not None and scene.place is not None and k in ctx.shifted_sentences:
                # "After four days, special forces raided the site": the story goes on at its
                # place, on the day counted from it
                for d in drafts:
                    if d.place is None and _takes_scene(ctx, d):
                        d.place, d.also_places = scene.place, list(scene.also_places)
                        d.scene = d.scene or scene.source
                setter = replace(setter, place=scene.place, also_places=list(scene.also_places), near=scene.near)
            scene = setter
            continue
        if scene is None:
            continue
        if _ends_scene(ctx, k, sent, scene):
            scene = None
            continue
        later = words.later.search(sent.text.lower()) is not None  # "Troops later recaptured the town"
        for d in drafts:
            if _takes_scene(ctx, d):
                if d.place is None and scene.place is not None:
                    d.place, d.also_places = scene.place, list(scene.also_places)
                    d.scene = scene.source
                if d.time is None and scene.time is not None and not later:
                    d.time = scene.time
                    d.scene = scene.source


def _setter(ctx: ArticleContext, k: int, drafts: list[Draft]) -> _Scene | None:
    """The scene sentence ``k`` sets: the most specific place (a town over its country) that
    an event of it, told as having happened at one time, states in this sentence, and the time
    its sentence states for it."""
    best: tuple[tuple[int, bool], int, Draft] | None = None
    timed = k in ctx.timed_sentences
    for d in drafts:
        if d.modality not in _HAPPENED or d.period or d.scene is not None or ctx.quoted(d.head):
            continue
        if _background(d):
            continue  # "where supporters had been holding a sit-in since June 2016": no scene of the story
        if d.noun is not None and any(c.dep_ == "amod" and c.lower_ in _lexicon().earlier for c in d.noun.children):
            continue  # "following a similar revolt in 1995": an earlier occasion, brought in to compare
        placed = d.place is not None and _named_in(ctx, k, d.place)
        dated = timed and d.time is not None
        if not placed and not dated:
            continue
        # of two as specific, the one whose own clause states its time ("the attack was a
        # response to a police operation Tuesday": the operation's day, not the attack's
        # told elsewhere)
        rank = ((_specific(ctx, d.place) if placed and d.place is not None else 0) * 2 + dated, dated and bool(d.times))
        if best is None or rank > best[0]:
            best = (rank, -d.head.i, d)
    if best is None:
        return None
    d = best[2]
    placed = d.place is not None and _named_in(ctx, k, d.place)
    place = d.place if placed else None
    also = list(d.also_places) if placed else []
    near = {p for p in [place, *also] if p is not None}
    near |= {c for p in list(near) if (c := ctx.country_of(p)) is not None}
    # a stretch of years ("during the 2022–2023 protests") is no occasion the next sentences happen on
    time = None if d.time is not None and d.time.end is not None and d.time.precision == "year" else d.time
    return _Scene(d, k, place, also, time, frozenset(near))


def _background(d: Draft) -> bool:
    """Whether the event is told in the pluperfect, a step back from the story ("had been
    holding a sit-in"): the verb of its trigger or support, else the verb its noun hangs on."""
    verb = d.trigger.verb or d.support or next((a for a in d.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and pluperfect(verb)


def _specific(ctx: ArticleContext, key: str) -> int:
    """How narrow a place is: 1 a country, 2 a region, 3 a town, a site or anything else
    named ("in Gorgi, a village in Borno State": Gorgi)."""
    e = ctx.entities.get(key)
    types = set(e.types) if e is not None else set()
    if ctx.kind(key) == "state":
        return 1
    return 2 if "AdministrativeArea" in types and "City" not in types else 3


def _named_in(ctx: ArticleContext, k: int, key: str) -> bool:
    """Whether sentence ``k`` names the entity ``key`` as where something is (outside a
    dateline, not as the end of a way: "hundreds fled toward Tawila" sets no scene)."""
    sent = ctx.sents[k]
    return any((m := ctx.mention_at.get(i)) is not None and m.entity == key and not in_dateline(ctx.doc[i])
               and not _way_end(ctx.doc[i]) for i in range(sent.start, sent.end))


def _ends_scene(ctx: ArticleContext, k: int, sent: "Span", scene: _Scene) -> bool:
    """Whether sentence ``k`` leaves the scene: it states a time, names a place other than the
    scene's (or the country it is in), quotes someone, or tells background."""
    if k in ctx.timed_sentences or any(ctx.quoted(t) for t in sent[:1]) or ctx.quoted(sent[-1]):
        return True
    if _lexicon().change.match(sent.text.strip().lower()):
        return True  # "Separately, ...", "Elsewhere, ...": another story
    for i in range(sent.start, sent.end):
        m = ctx.mention_at.get(i)
        if (m is not None and ctx.mention_at.get(i - 1) is not m  # the mention's first word
                and ctx.kind(m.entity) in ("place", "state") and m.entity not in scene.near
                and not _way_end(ctx.doc[i]) and not _demonym(ctx.doc[i])):
            return True
    if _lexicon().background.search(sent.text.lower()):
        return True
    return any(pluperfect(t) for t in sent if t.dep_ == "ROOT" or t.dep_ == "conj" and t.head.dep_ == "ROOT")


def _way_end(t: "Token") -> bool:
    """Whether the place named at ``t`` is where a way leads or starts ("hundreds fled toward
    Tawila"), which leaves the scene where it was."""
    while t.dep_ in ("compound", "amod", "conj", "appos") and t.head.i != t.i:
        t = t.head
    return t.dep_ == "pobj" and t.head.lower_ in WAY


def _demonym(t: "Token") -> bool:
    """Whether the mention at ``t`` is a demonym ("*Palestinian* health officials said",
    "*Ukrainian* officials"), which tells whose people speak or act, not where."""
    return t.tag_ == "JJ" or t.ent_type_ == "NORP"


def _takes_scene(ctx: ArticleContext, d: Draft) -> bool:
    """Whether the event is told as having happened at the scene: not planned, imagined or
    denied, not over a stretch of time, not in a quotation, not in the present or the
    pluperfect; not a mention of another occasion or of a kind of event ("other attacks against
    schools", "attacks on civilians")."""
    if d.modality not in _HAPPENED or d.period or (d.place is not None and d.time is not None) or ctx.quoted(d.head):
        return False
    if another_occasion(ctx, d):
        return False  # "accused each other of other attacks", "Another drone strike hit the port"
    verb = d.trigger.verb or d.support
    own = verb is not None
    if verb is None:  # an event noun: the tense of the verb it hangs on
        verb = next((a for a in d.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or pluperfect(verb):
        return False
    tense = verb_tense(verb)
    if tense == "VBD":
        return True
    # the present perfect of the event's own verb ("at least five people have been killed"),
    # not of a verb an event noun hangs on ("Houthi attacks have endangered seafarers": a habit)
    return own and tense == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have") for c in verb.children)


class _SceneWords(NamedTuple):
    """The scene's words (``ontology/lexicon/arguments.toml``)."""

    classes: tuple[str, ...]  # classes whose events set and take a scene
    excluded: tuple[str, ...]  # their subclasses that do neither
    background: "re.Pattern[str]"  # "previously", "in the past": a sentence of background ends it
    later: "re.Pattern[str]"  # "later": the place is carried, not the time
    change: "re.Pattern[str]"  # "separately", "elsewhere": another story opens
    earlier: frozenset[str]  # "a *similar* revolt", "a *previous* attack": an earlier occasion sets no scene


@cache
def _lexicon() -> _SceneWords:
    lex = lexicon("arguments")
    return _SceneWords(tuple(str(c) for c in lex["scene_classes"]), tuple(str(c) for c in lex["scene_excluded_classes"]),
                       _words(lex["scene_background"]), _words(lex["scene_later"]), _words(lex["scene_change"]),
                       frozenset(str(w).lower() for w in lex["scene_background_modifiers"]))


def _words(words: list[str]) -> "re.Pattern[str]":
    ordered = sorted((str(w).lower() for w in words), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in ordered) + r")\b")
