"""One occasion told by conjoined verbs: "In Djibo, jihadists burned houses and abducted 20
people on Saturday", "Gangs attacked the town of Mirebalais on Monday, freed more than 500
inmates and burned the police station", "insurgents beheaded five villagers and burned a
church in Macomia district on Sunday". The verbs share their subject and tell one occasion:
what one of them says of where and when holds for the others that say nothing of it. A verb
fills only what its own clause leaves empty, so a place or a time its clause states is never
overwritten by its neighbour's."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .context import ArticleContext
from .draft import Draft

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["share_occasion", "verb_tense"]

#: prepositions of where something goes or comes from ("marched to parliament in Kampala"):
#: the place at the end of a way is not where a verb before it happened
_WAY = frozenset({"to", "toward", "towards", "into", "onto", "from"})


def share_occasion(ctx: ArticleContext, *, places: bool = True) -> None:
    """Give each event verb with no time (and, when ``places``, no place) those of the event
    verbs conjoined with it: the first verb's go to the verbs after it ("stormed the village
    on Tuesday and killed ..."); a later verb's go back to the first only when that later
    verb has no subject of its own and its clause states them ("attacked a police station and
    freed dozens of prisoners on Tuesday"), and a place only from a phrase that says where
    something is, not where it goes ("... and marched to parliament in Kampala"). A time
    goes forward also to a verb with its own subject ("Gunmen attacked the town on Monday and
    police arrested five"), as one occasion; a place never does. Same tense and modality
    only; what is said is no part of the occasion."""
    lex = ctx.lex
    for d in ctx.drafts:
        v = _verb(d)
        if v is None or lex.is_communication(d.cls):
            continue
        partners: list[tuple[Draft, bool]] = []  # (event, whether it comes first)
        if v.dep_ == "conj":
            g = _event_of(ctx, v.head)
            if g is not None:
                partners.append((g, True))
        partners += [(g, False) for c in v.children if c.dep_ == "conj" and (g := _event_of(ctx, c)) is not None]
        for g, first in partners:
            if g is d or lex.is_communication(g.cls) or g.modality != d.modality or verb_tense(_verb(g)) != verb_tense(v):
                continue
            later = _verb(g) if not first else v  # the conjunct after "and"
            one_subject = not _own_subject(later)
            if d.time is None and g.time is not None and (first or one_subject and _own_time(ctx, g)):
                d.time = g.time
            if (places and d.place is None and g.place is not None and one_subject and d.modality != "hypothetical"
                    and (first or _own_place(ctx, g))):
                d.place, d.also_places = g.place, list(g.also_places)


def _verb(d: Draft) -> "Token | None":
    return d.trigger.verb or d.support


def _event_of(ctx: ArticleContext, verb: "Token") -> Draft | None:
    """The event whose own (or light) verb ``verb`` is."""
    g = ctx.owner.get(verb.i)
    return g if g is not None and _verb(g) == verb else None


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
            if (t.dep_ == "prep" and t.lower_ in _WAY) or t.dep_ in ("relcl", "acl", "ccomp", "conj") and t.pos_ in ("VERB", "AUX"):
                break
            t = t.head
        else:
            return True
    return False


def verb_tense(verb: "Token | None") -> str:
    """A verb's tag, a bare past participle with no auxiliary read as the simple past it is
    ("dismissed the prime minister and appointed a businessman": "appointed" is often
    tagged VBN)."""
    if verb is None:
        return ""
    if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return "VBD"
    return verb.tag_
