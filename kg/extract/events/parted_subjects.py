"""The subject of a passive the parser parted from its verb by a participle phrase between
commas: "X, *sought* in connection with a bombing in Y, *was taken into custody* in Z", "X,
*wanted* for the attack on the market, *was arrested* on Monday".

The parser reads the name as the subject of the participle (then a verb of its own, hung on
the passive as a parataxis, or the passive hung on it as a conjunct) and leaves the passive
with no subject. The passive's event is done to that name: it is read as the passive's
subject is (the object of the act). Only when the passive has no subject and no target of its
own, the participle phrase is set off by commas (the name, a comma, the participle ... a
comma, the passive's auxiliary), and the participle is a past participle with nothing but
the name as its subject.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .context import ArticleContext
from .role_reading import read_later, read_object

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["parted_subject", "read_parted_subjects"]


def parted_subject(verb: "Token") -> "Token | None":
    """The name a participle phrase between commas parted from the passive ``verb``, if any."""
    kids = list(verb.children)
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in kids):
        return None
    aux = next((c for c in kids if c.dep_ == "auxpass" and c.i < verb.i), None)
    if aux is None or aux.i == 0 or verb.doc[aux.i - 1].text != ",":
        return None
    participles = [c for c in kids if c.dep_ in ("parataxis", "advcl", "ccomp") and c.i < aux.i]
    if verb.dep_ == "conj" and verb.head.i < aux.i:
        participles.append(verb.head)
    for p in participles:
        subjects = [c for c in p.children if c.dep_ in ("nsubj", "nsubjpass")]
        if p.tag_ not in ("VBN", "VBD") or len(subjects) != 1:
            continue
        s = subjects[0]
        end = max(t.i for t in s.subtree if not t.is_punct)  # the comma after the name hangs on it
        if s.i < p.i and end + 2 == p.i and verb.doc[end + 1].text == ",":
            return s
    return None


def read_parted_subjects(ctx: ArticleContext) -> None:
    """Read the parted subject of each passive event verb as its subject is read."""
    for d in ctx.drafts:
        verb = d.trigger.verb
        if verb is None or d.roles.get("target") or ctx.lex.is_communication(d.cls):
            continue
        s = parted_subject(verb)
        if s is None:
            continue
        # "a suspect, wanted for ..., was arrested": the group a common noun names too
        read_later(ctx, d, lambda: read_object(ctx, d, s))
