"""The state where an event of a class a state holds within itself happened, when its own
sentence names no place: the state that holds it, read from its actors ("Gabon held a
presidential election"), from the state whose body acts ("*Cambodia's* Supreme Court
dissolved the opposition party", "the Supreme Court *of Panama* ruled"), from the post its
agent holds ("Sri Lankan President Rajapaksa declared a state of emergency") or from its own
noun ("Ghana's presidential election").

This is the event's place (``sem:hasPlace``), not an inference from the article
(``kgo:inferredPlace``, :mod:`.setting`): an election, a law, a decree, a court's ruling, the
dissolution of a party or a chamber, a state of emergency are acts of a state's own
institutions, which hold only inside that state, so the state is as stated as the body that
acts. Not so for what a state's forces do (an army fights abroad, "Rwandan troops crossed into
Congo"): those classes are not ``national_classes``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..wordlists import lexicon
from .context import ArticleContext
from .draft import Draft

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["place_national_events"]


def place_national_events(ctx: ArticleContext, *, after_scene: bool = False) -> None:
    """An event of a class a state holds within itself (``national_classes`` in
    ``ontology/lexicon/arguments.toml``: elections, political decisions) with no place of its
    own happened in the state that holds it: its agent or participant ("Gabon held a
    presidential election"), the state whose body is its agent (:func:`body_states`), the
    possessor of its noun ("Ghana's presidential election") or the state its noun's adjective
    names ("the Senegalese election"), the state in which its agent holds a post ("Sri Lankan
    President Rajapaksa declared a state of emergency"); for a measure laid on a state
    (``imposed_on_classes``: "Gabon was placed under a curfew"), its target. Events of a scene's classes (arrests)
    wait for the scene (``after_scene``): "Troops raided the camp near Tulkarm on Saturday.
    Troops arrested 15 people" were arrested in the camp."""
    national = [str(c) for c in lexicon("arguments")["national_classes"]]
    scene = [str(c) for c in lexicon("arguments")["scene_classes"]]
    imposed = [str(c) for c in lexicon("arguments")["imposed_on_classes"]]
    for d in ctx.drafts:
        if d.place is not None or not ctx.lex.is_any(d.cls, national):
            continue
        if not after_scene and ctx.lex.is_any(d.cls, scene):
            continue
        roles = ("agent", "participant", "target") if ctx.lex.is_any(d.cls, imposed) else ("agent", "participant")
        states = [k for r in roles for k in d.roles.get(r, ()) if ctx.kind(k) == "state"]
        # "Armenian Prime Minister Nikol Pashinyan declared martial law", "the president of
        # Nigeria declared a state of emergency": the state whose post its agent holds
        states += [r.org for k in d.roles.get("agent", ()) if ctx.kind(k) == "person"
                   for r in ctx.roles if r.person == k and r.org is not None and ctx.kind(r.org) == "state"]
        if not states:
            states = body_states(ctx, d)
        if d.noun is not None:
            states += _qualifying_states(ctx, d.noun)
        if len(set(states)) == 1:
            d.place = states[0]


def body_states(ctx: ArticleContext, d: Draft) -> list[str]:
    """The states whose bodies are the event's agents, as their own sentence qualifies them:
    the possessor or demonym of the body's name ("*Cambodia's* Supreme Court", "the
    *Bulgarian* parliament") or its "of" ("the Supreme Court *of Panama*"), or the country
    the article gives the body (``Entity.country``: "Kenyan police")."""
    out: list[str] = []
    sent = ctx.sents[ctx.sent_of[d.head.i]]
    for k in d.roles.get("agent", ()):
        if ctx.kind(k) not in ("organization", "group"):
            continue
        e = ctx.entities.get(k)
        if e is not None and e.country is not None and ctx.kind(e.country) == "state":
            out.append(e.country)
            continue
        for t in sent:
            m = ctx.mention_at.get(t.i)
            if m is None or m.entity != k or ctx.mention_at.get(t.head.i) is m:
                continue  # the mention's head only: its token whose head lies outside it
            out += _qualifying_states(ctx, t, inside=m)
    return out


def _qualifying_states(ctx: ArticleContext, noun: "Token", *, inside: object = None) -> list[str]:
    """The states a noun's possessor ("Ghana's"), adjective ("Senegalese") or "of" phrase
    ("of Panama") names; with ``inside``, also the words of that mention ("Cambodia's" in the
    mention "Cambodia's Supreme Court")."""
    out: list[str] = []
    tokens = [noun] + ([t for t in noun.subtree if ctx.mention_at.get(t.i) is inside and t.i != noun.i]
                       if inside is not None else [])
    for n in tokens:
        for c in n.children:
            m = ctx.mention_at.get(c.i)
            if c.dep_ == "poss" and m is not None and m is not inside and ctx.kind(m.entity) == "state":
                out.append(m.entity)
            elif c.dep_ in ("amod", "compound") and (k := ctx.demonym(c)) is not None and ctx.kind(k) == "state":
                out.append(k)
            elif inside is not None and c.dep_ == "prep" and c.lower_ == "of":
                out += [g.entity for o in c.children if o.dep_ == "pobj" and (g := ctx.mention_at.get(o.i)) is not None
                        and ctx.kind(g.entity) == "state"]
    return out
