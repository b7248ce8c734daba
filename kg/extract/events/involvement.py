"""Who took part in an event noun by a predicate of involvement: "the commander *was
involved in* the bombing", "the two brothers *took part in* the attack", "a militant *who
played a role in* the massacre": the predicate's subject is the event's doer."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..wordlists import words
from .context import ArticleContext

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["involved_subject"]


def involved_subject(ctx: ArticleContext, n: "Token") -> "Token | None":
    """The subject of the predicate of involvement whose "in" phrase names event noun ``n``
    (words ``involvement_predicates``, ``involvement_verbs`` with ``involvement_nouns`` in
    ``ontology/lexicon/arguments.toml``): "X was involved in the attack", "who took part in
    the raid", "X played a key role in the killings". The subject may be a relative "who"
    (read_role takes it to the noun it stands for). Not a negated predicate, nor one under a
    negated verb or a denial ("denied being involved in the bombing"); not the participle
    that describes a noun ("the groups involved in the fighting": ``_involved_in``)."""
    t = n
    while t.dep_ == "conj" and t.head.pos_ in ("NOUN", "PROPN") and t.head.i != t.i:
        t = t.head  # "involved in the kidnappings and killings"
    if t.dep_ != "pobj" or t.head.lower_ != "in" or t.head.dep_ != "prep":
        return None
    head = t.head.head
    verbs, nouns = words("arguments", "involvement_verbs"), words("arguments", "involvement_nouns")
    if head.lower_ in words("arguments", "involvement_predicates") and head.dep_ != "acl":
        verb = head.head if head.dep_ == "acomp" else head  # "was complicit in" / "was involved in"
    elif head.lemma_.lower() in nouns and head.dep_ == "dobj" and head.head.lemma_.lower() in verbs:
        verb = head.head  # "took part in the attack", the "in" parsed on the noun
    elif head.pos_ == "VERB" and head.lemma_.lower() in verbs and any(
            c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in head.children):
        verb = head  # "played a role in the killings", the "in" parsed on the verb
    else:
        return None
    if any(c.dep_ == "neg" for c in (*verb.children, *head.children)):
        return None
    if verb.dep_ in ("ccomp", "xcomp", "pcomp") and (
            any(c.dep_ == "neg" for c in verb.head.children) or (g := ctx.owner.get(verb.head.i)) is not None
            and ctx.lex.is_a(g.cls, "Denial")):
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
