"""The holder of an office the article names by its title alone, by the knowledge base's posts.

"*The Secretary-General* strongly condemns these attacks" in a statement of the UN that
never writes his name: the knowledge base says who held a post of that title in an
organisation the article names (or its publisher is) on the day it was published
(``org:holds`` with ``kb:since`` / ``kb:until``). Only a definite title ("the ...") with no
holder the article itself names (:func:`kg.extract.roles.title_holder` comes first), and only
when exactly one person held such a post then: a title several organisations have ("the
Secretary-General" of the UN and of NATO) is resolved only through the organisation the
article names.
"""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ..kb.model import fold_title
from .role_phrases import HYPHENS, is_title_head

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..kb import KnowledgeBase
    from ..kb.model import KBPost

__all__ = ["kb_title_holder", "title_text"]

def title_text(token: "Token") -> str | None:
    """The title a definite title noun heads, folded ("secretary general" for "the
    Secretary-General", "high commissioner" for "the High Commissioner"): its capitalised
    words before it (not a name: "the UN Secretary-General") and the hyphenated parts of its head; None when it is not a title head,
    not definite, or a lower-case word stands before it ("the army's spokesman": other rules
    read those)."""
    if not is_title_head(token) or not token.text[:1].isupper():
        return None
    doc = token.doc
    start = token.i
    while start >= 2 and doc[start - 1].text in HYPHENS and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
        start -= 2
    words = [doc[start:token.i + 1].text]
    while start >= 1 and doc[start - 1].head.i == token.i and doc[start - 1].dep_ in ("compound", "amod", "nmod") \
            and doc[start - 1].text[:1].isupper():
        start -= 1
        if doc[start].ent_type_ == "":  # ("the UN Secretary-General": the organisation is no word of the title)
            words.insert(0, doc[start].text)
    if start < 1 or doc[start - 1].lower_ != "the":
        return None
    return fold_title(" ".join(words))


def _held_on(post: "KBPost", day: date) -> bool:
    text = day.isoformat()
    since, until = post.since, post.until
    return (since is None or since[:len(text)] <= text) and (until is None or text[:len(until)] <= until)


def kb_title_holder(token: "Token", kb: "KnowledgeBase", orgs: set[str], day: date | None) -> str | None:
    """The knowledge base's key of the one person who, on ``day``, held a post titled as the
    definite title ``token`` heads (:func:`title_text`) in one of ``orgs`` (the knowledge
    base's keys of the organisations the article names or is published by); None when no
    one or several did, or the day is not known."""
    title = title_text(token)
    if title is None or day is None or not orgs:
        return None
    people = {person for person, post in kb.post_holders(title) if post.org in orgs and _held_on(post, day)}
    return people.pop() if len(people) == 1 else None
