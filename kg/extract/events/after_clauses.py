"""What happened "after" an event and made it happen was where it was: "A curfew was imposed in
Bamako after soldiers fired at protesters, killing a man", "A state of emergency has been
declared in Kingston after gunmen besieged police stations". The clause names no place of its
own, so the place the main clause states is where its events were (the participles and the
conjoined verbs of the clause too), rather than the country of the article that would
otherwise be inferred. A clause that names a place or a state itself ("after rebels seized
Goma", "after Israel struck Iran") keeps what its own words say; what is said, planned or
supposed takes no place from it; nor does a meeting ("the Council met in New York after rebels
attacked a base") give one: the classes are the scene's (``ontology/lexicon/arguments.toml``)
and ``after_place_classes``."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..wordlists import lexicon
from .context import ArticleContext
from .draft import Draft
from .occasion import WAY

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["place_after_clauses"]

#: modalities of what has not happened (yet)
_AHEAD = frozenset({"planned", "hypothetical"})


def place_after_clauses(ctx: ArticleContext) -> None:
    """Give the events of an "after" clause with no place the place its main clause states."""
    lex = ctx.lex
    table = lexicon("arguments")
    local = [str(c) for c in table["scene_classes"]] + [str(c) for c in table["after_place_classes"]]
    excluded = [str(c) for c in table["scene_excluded_classes"]]

    def of(d: Draft, classes: list[str]) -> bool:
        return (any(lex.is_a(d.cls, c) for c in classes) and not any(lex.is_a(d.cls, c) for c in excluded)
                and not lex.is_communication(d.cls) and d.modality not in _AHEAD)

    for g in ctx.drafts:
        w = g.trigger.verb or g.support
        n = g.noun
        if w is None and n is not None and n.dep_ == "nsubj" and n.head.pos_ == "VERB" and ctx.owner.get(n.head.i) in (None, g):
            w = n.head  # "Protests broke out in Conakry after ...": the verb the event noun is the subject of
        if w is None or g.place is None or "place" not in g.direct or not of(g, local) or not _where_it_was(ctx, g, w):
            continue
        for c in w.children:
            if (c.dep_ != "advcl" or c.pos_ not in ("VERB", "AUX")
                    or not any(m.dep_ == "mark" and m.lower_ == "after" for m in c.children)):
                continue
            events = [d for t in _spine(c) if (d := ctx.owner.get(t.i)) is not None and d is not g
                      and (d.trigger.verb or d.support) == t]
            if not events or _names_place(ctx, c, events):
                continue
            for d in events:
                if d.place is None and of(d, local):
                    d.place, d.also_places = g.place, list(g.also_places)
                    d.direct.add("place")


def _spine(clause: "Token") -> list["Token"]:
    """The verb of a clause, the verbs conjoined with it and the participles that go on
    from them ("after gunmen besieged and fired at police stations, injuring two officers,
    killing another man"), but not a clause of its own kind ("after X, when Y")."""
    out: list[Token] = []
    layer = [clause]
    while layer:
        t = layer.pop()
        out.append(t)
        layer += [c for c in t.children if c.pos_ in ("VERB", "AUX")
                  and (c.dep_ == "conj" or c.dep_ == "advcl" and c.tag_ == "VBG" and not any(m.dep_ == "mark" for m in c.children))]
    return out


def _names_place(ctx: ArticleContext, clause: "Token", events: list[Draft]) -> bool:
    """Whether the clause names a place, or a state that is none of its events' agents,
    or one of its events already has a place of its own."""
    if any(d.place is not None for d in events):
        return True
    agents = {k for d in events for k in d.roles.get("agent", ())}
    for t in clause.subtree:
        m = ctx.mention_at.get(t.i)
        if m is None:
            continue
        kind = ctx.kind(m.entity)
        if kind == "place" or kind == "state" and m.entity not in agents:
            return True
    return False


def _where_it_was(ctx: ArticleContext, d: Draft, verb: "Token") -> bool:
    """Whether the clause of ``verb`` names the event's place by a phrase that says where
    things are ("imposed in Bamako"), not at an end of a way ("fled to Goma", "withdrew from
    Kidal"), where the clause of the "after" does not follow it."""
    for t in verb.subtree:
        m = ctx.mention_at.get(t.i)
        if m is None or m.entity != d.place:
            continue
        while t != verb and not (t.dep_ == "prep" and t.lower_ in WAY):
            t = t.head
        if t == verb:
            return True
    return False
