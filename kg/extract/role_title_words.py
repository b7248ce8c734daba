"""Which words of a title phrase are the title's and which a name's.

The NER may run a name on into the title ("*United Nations Special* Envoy"): a name that
swallowed the title (:func:`swallows_title`) gives up the title's words, and the longest
leading part of it the knowledge base knows is the post's organisation
(:func:`leading_name`). Used by :mod:`kg.extract.role_post` and
:mod:`kg.extract.role_body`.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .lexicon import AUTHORITY_NOUNS, FORCE_NOUNS, TITLE_HEADS, TITLE_MODIFIERS
from .model import Mention
from .names import name_lexicon, word_key
from .role_context import Context
from .role_phrases import HYPHENS as _HYPHENS
from .role_phrases import fold_hyphens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..kb import KBEntity

__all__ = ["POSSESSIVE", "leading_name", "swallows_title", "title_word", "tokens_of"]

#: The tokens that make a name possessive ("'s", "’").
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def title_word(token: "Token") -> bool:
    word = fold_hyphens(token.lower_)
    return word in TITLE_HEADS or word in TITLE_MODIFIERS


def swallows_title(doc: "Doc", taken: set[int], head: "Token", ctx: Context | None = None) -> bool:
    """Whether a name took words of the title ("United Nations Special" of "United Nations
    Special Envoy"): the head itself or a title word hung on it; not a name the knowledge
    base knows as written and that ends in a body's noun ("*Israeli military* spokesman": the
    IDF's; not "the *UN human rights* chief", the UN's human rights chief)."""
    if ctx is not None and taken and head.i not in taken and doc[max(taken)].lower_ in FORCE_NOUNS | AUTHORITY_NOUNS:
        words = doc[min(taken):max(taken) + 1]
        entity = ctx.entity_at(words[0])
        known = ctx.linker.lookup(words.text)
        if entity is not None and known is not None and entity.kb_key == known.key:
            return False
    last = max(taken, default=-1)
    return head.i in taken or any(
        title_word(doc[i]) and doc[i].head.i == head.i and not _inside_hyphenated_name(doc, i)
        and not (i == last and i > min(taken) and doc[i].text[:1].isupper() and word_key(doc[i].text) in _unit_words())
        for i in taken
    )  # ("*Kaduna State* Governor": the last word of a state's name is not "state" of "state minister")


def _inside_hyphenated_name(doc: "Doc", i: int) -> bool:
    """Whether token ``i`` is part of a word written with hyphens that is no title as a
    whole: "Prince" of "*Port-au-Prince* Mayor" (but "General" of "Secretary-General" is a
    title's)."""
    start = end = i
    while start >= 2 and doc[start - 1].text in _HYPHENS and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
        start -= 2
    while end + 2 < len(doc) and doc[end + 1].text in _HYPHENS and not doc[end].whitespace_ and not doc[end + 1].whitespace_:
        end += 2
    if start == end:
        return False
    parts = [doc[k] for k in range(start, end + 1, 2)]
    return not all(title_word(t) for t in parts) and "-".join(t.lower_ for t in parts) not in TITLE_HEADS


@lru_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    return name_lexicon().region_heads


def leading_name(ctx: Context, taken: list[int], head: "Token") -> "tuple[set[int], KBEntity | None]":
    """The tokens and KB entity of the longest leading part of a mention, before the title
    words, that names an organisation or a country."""
    doc = ctx.doc
    words: list[int] = []
    for i in taken:
        if i >= head.i or title_word(doc[i]):
            break
        words.append(i)
    for n in range(len(words), 0, -1):
        part = doc[words[0]:words[n - 1] + 1]
        found = ctx.linker.lookup(part.text)
        if found is not None and "Person" not in found.types:
            return set(words[:n]), found
    return set(), None


def tokens_of(doc: "Doc", mention: Mention) -> set[int]:
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    return {t.i for t in span} if span is not None else set()
