"""The place of a post: a town, region or state a title phrase names as the post's.

A local post is the town's ("*Mogadishu* Mayor": :func:`local_place`); a place the
gazetteer does not call a state is one when the post says so ("the president *of
Somaliland*": :func:`ruled_place`); a town named "in" a unit below the title is where the
unit is, not the post's place (:func:`where_a_unit_is`); "of the Darfur region" leaves the
label when Darfur is the post's place (:func:`unit_phrase`). Used by
:func:`kg.extract.role_post.read_post`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .model import Entity, Mention
from .names import name_lexicon
from .role_context import Context
from .wordlists import words as _wordlist

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["is_polity", "local_place", "ruled_place", "unit_phrase", "where_a_unit_is"]

def local_place(ctx: Context, head: "Token", mention: Mention, entity: Entity) -> str | None:
    """The town a local post ("mayor", "governor"; ``roles.toml`` ``local_post_heads``) is
    in when the text names it but its mention stands for its state (a capital read as its
    country: "*Mogadishu* Mayor"); None otherwise (the place is read as any other)."""
    if head.lemma_.lower() not in _wordlist("roles", "local_post_heads") or "Country" not in entity.types:
        return None
    literal = ctx.linker.lookup(mention.span.text)
    if literal is not None and literal.kind == "place" and "Country" not in literal.types:
        return ctx.ensure(literal)
    return None


def ruled_place(head: "Token", token: "Token") -> bool:
    """Whether a place the gazetteer does not call a state is named as one by the post: the
    head of a state or of a region "of" it ("the president *of Somaliland*", "the governor
    of X"; ``roles.toml`` ``state_post_heads``, ``local_post_heads``), also after the
    holder's name ("acting President X *of Somaliland*": the parser hangs "of" on the name)."""
    t = token
    while t.dep_ in ("compound", "flat") and t.head.i != t.i:
        t = t.head
    lemma = head.lemma_.lower()
    on = t.head.head if t.dep_ == "pobj" else None
    return (
        t.dep_ == "pobj" and t.head.lower_ == "of" and on is not None
        and (on.i == head.i or (head.dep_ == "compound" and on.pos_ == "PROPN" and head.head.i == on.i))
        and (lemma in _wordlist("roles", "state_post_heads") or lemma in _wordlist("roles", "local_post_heads"))
    )


def where_a_unit_is(head: "Token", token: "Token", entity: Entity) -> bool:
    """Whether a town or region (no country) is named "in" a noun below the title, not on
    it: "the commander of the army's 22nd division *in Babanusa*" (where the division is).
    A post only a state or a region has keeps it ("the governor of the province *in* X")."""
    if "Country" in entity.types or head.lemma_.lower() in _wordlist("roles", "local_post_heads"):
        return False
    t = token
    while t.dep_ in ("compound", "flat") and t.head.i != t.i:
        t = t.head
    prep = t.head if t.dep_ == "pobj" else None
    return prep is not None and prep.lower_ in ("in", "at", "near") and prep.head.i != head.i and prep.head.pos_ == "NOUN"


def is_polity(entity: Entity) -> bool:
    """Whether a place can hold posts: a country or an administrative area, not a region."""
    return bool({"Country", "AdministrativeArea"} & set(entity.types))


def unit_phrase(ctx: Context, head: "Token", words: set[int], org: str) -> set[int]:
    """The words of a phrase that names the post's place by its name and a noun of places:
    "the governor *of the Darfur region*", "the chief minister *of Rakhine state*" (the
    name is the organisation; "of the region" is no word of the post). Empty when the phrase
    says more ("head of the *regional military administration*")."""
    places = name_lexicon().place_nouns
    for prep in head.children:
        if prep.dep_ != "prep" or prep.i not in words or prep.lower_ not in _wordlist("roles", "title_preps"):
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in places and ctx.entity_at(c) is None):
            named = [t for t in noun.subtree if t.i != noun.i and (e := ctx.entity_at(t)) is not None and e.key == org]
            rest = [
                t for t in noun.subtree
                if t.i != noun.i and t.i in words and t.dep_ != "det" and not t.is_punct and t not in named
            ]
            if named and not rest and noun.is_lower:  # (not "Secretary *of State*")
                return {t.i for t in prep.subtree if t.i in words}
    return set()
