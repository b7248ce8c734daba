"""The label of a post: the words of its title left, in title case.

:func:`kg.extract.role_post.read_post` decides which words of a title phrase name the post;
this module joins them into its label (:func:`label_words_of`, :func:`post_label`). A post
held before is labelled "Former ..." (:func:`is_former`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import SMALL_WORDS
from .role_phrases import HYPHENS as _HYPHENS
from .role_phrases import fold_hyphens
from .wordlists import lexicon as _lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["FORMER", "is_former", "label_words_of", "post_label"]

#: The first word of the label of a post held before ("Former Prime Minister").
FORMER = "Former"


def is_former(label: str) -> bool:
    """Whether a post's label says it was held before.

    >>> is_former("Former Prime Minister"), is_former("Prime Minister")
    (True, False)
    """
    return label.split(" ", 1)[0] == FORMER


def post_label(words: list[str]) -> str:
    """Title-case a post's words: ``["foreign", "policy", "adviser"]`` → ``"Foreign Policy Adviser"``.

    >>> post_label(["Secretary", "of", "State"]), post_label(["top", "diplomat"]), post_label(["commander-in-chief"])
    ('Secretary of State', 'Top Diplomat', 'Commander-in-Chief')
    """
    short = _lexicon("roles").get("title_abbreviations", {})
    words = [w for word in words for w in (short[word].split() if word in short else [word])]  # "PM": "Prime Minister"
    words = [fold_hyphens(w) for w in words]  # ("Secretary\u2011General" is "Secretary-General")
    out = []
    for i, word in enumerate(words):
        lower = word.lower()
        if i and lower in SMALL_WORDS:
            out.append(lower)
        elif word.isupper() and len(word) > 1:
            out.append(word)
        else:
            out.append("-".join(
                part.lower() if j and part.lower() in SMALL_WORDS else part[:1].upper() + part[1:].lower()
                for j, part in enumerate(word.split("-"))
            ))  # "Commander-in-Chief"
    return " ".join(out)


def label_words_of(doc: "Doc", kept: list[int]) -> list[str]:
    """The words of a post label from its tokens, a word the tokenizer split at its hyphens
    kept whole as written ("Under-Secretary-General", "Colonel-Major"); other punctuation
    dropped."""
    out: list[str] = []
    joined = False  # whether the next token continues the last word
    kept_set = set(kept)
    for i in kept:
        t = doc[i]
        if t.text in _HYPHENS and out and i - 1 in kept_set and i + 1 in kept_set \
                and not doc[i - 1].whitespace_ and not t.whitespace_:
            out[-1] += t.text
            joined = True
            continue
        if t.is_punct:
            joined = False
            continue
        if joined:
            out[-1] += t.text
        else:
            out.append(t.text)
        joined = False
    return out
