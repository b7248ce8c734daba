"""The state whose power changes hands is where it happened, not one who did it: "Burkina
Faso's military ousted President Kabore" was done by the military, in Burkina Faso; "Guinea's
president resigned" was done by the president, in Guinea; "Fiji's military has taken control
of the country" by the military, in Fiji. A state body brings its country along as a second
actor (:meth:`.context.ArticleContext.as_actor`: "Kenyan police" act for Kenya), and a title
with its country's possessor stands for the country when the person is unnamed; for a coup, a
leaving of office, or the taking of a state by its own forces, that country is the scene: it
goes from the agents to the place (when the event has none). A state that acts alone by its
own name ("Mali expelled the ambassador", "Russia annexed Crimea") keeps its part."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import TITLE_HEADS
from ..wordlists import lexicon
from .context import ArticleContext
from .draft import Draft

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["seat_states_of_power"]


def seat_states_of_power(ctx: ArticleContext) -> None:
    """Move the state of a change of power from its agents to its place (see the module)."""
    lex = ctx.lex
    classes = [str(c) for c in lexicon("arguments")["power_classes"]]
    for d in ctx.drafts:
        if lex.is_any(d.cls, classes) and not lex.is_communication(d.cls):
            _seat_ousted_state(ctx, d)
        agents = d.roles.get("agent", [])
        states = [k for k in agents if ctx.kind(k) == "state"]
        if len(states) != 1 or lex.is_communication(d.cls):
            continue
        state = states[0]
        if not lex.is_any(d.cls, classes) and not (
                lex.is_a(d.cls, "TerritorialControl") and state in d.roles.get("target", ())):
            continue  # "Fiji's military has taken control of the country": its own state
        others = [k for k in agents if k != state]
        if others:
            if not any(_of_state(ctx, k, state) for k in others):
                continue  # "Rwanda and the M23 ...": two actors, not a body and its country
        elif not _titled_subject(ctx, d, state):
            continue
        d.roles["agent"] = others
        if not others:
            del d.roles["agent"]
        if d.place is None:
            d.place = state


def _seat_ousted_state(ctx: ArticleContext, d: Draft) -> None:
    """A state among the targets that only qualifies the unnamed title of the one ousted
    ("coup leaders who overthrew Fiji's first ethnic Indian prime minister", "the army ousted
    the Malian president") is where it happened, not who was ousted."""
    for k in [k for k in d.roles.get("target", ()) if ctx.kind(k) == "state"]:
        if not _titled(ctx, d, k, ("dobj", "nsubjpass")):
            continue
        d.roles["target"] = [x for x in d.roles["target"] if x != k]
        if not d.roles["target"]:
            del d.roles["target"]
        if d.place is None:
            d.place = k


def _of_state(ctx: ArticleContext, key: str, state: str) -> bool:
    """Whether the actor ``key`` belongs to ``state``: a body of it ("Fiji's military", "the
    Malian junta"), whose country reading it as an actor recorded."""
    e = ctx.entities.get(key)
    return e is not None and e.country == state


def _titled_subject(ctx: ArticleContext, d: Draft, state: str) -> bool:
    """Whether the event's subject is a title that the state's possessor or demonym qualifies
    and no name follows ("Guinea's president resigned", "the Malian prime minister stepped
    down"): the unnamed holder of the post did it."""
    return _titled(ctx, d, state, ("nsubj", "nsubjpass"))


def _titled(ctx: ArticleContext, d: Draft, state: str, deps: tuple[str, ...]) -> bool:
    """Whether a dependent of the event's verb in ``deps`` is a title the state qualifies."""
    for v in d.verbs():
        for c in v.children:
            if c.dep_ in deps and c.lemma_.lower() in TITLE_HEADS and _qualified_by(ctx, c, state):
                return True
    return False


def _qualified_by(ctx: ArticleContext, title: "Token", state: str) -> bool:
    for c in title.children:
        m = ctx.mention_at.get(c.i)
        if c.dep_ == "poss" and m is not None and m.entity == state:
            return True
        if c.dep_ in ("amod", "compound") and ctx.demonym(c) == state:
            return True
    return False
