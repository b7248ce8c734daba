"""The text of a parsed article, read once per ``Doc``.

spaCy's ``Doc.text`` joins every token's text anew on each access (50 microseconds for
a news article of 1,500 characters); extraction reads it at a dozen places. The text is
kept in ``doc.user_data`` on first use (a ``Doc``'s text never changes: merging tokens
keeps it). The pipeline hands it the article's own text (:func:`keep_text`), which the
``Doc`` was made from, so that it is not joined at all.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["doc_text", "keep_text", "tokens_written", "tokens_tagged"]

_KEY = "kg.text"


def doc_text(doc: "Doc") -> str:
    """``doc.text``, joined once and then kept with the ``Doc``.

    >>> import spacy
    >>> doc = spacy.blank("en")("Fighting near Goma.")
    >>> doc_text(doc) == doc.text == "Fighting near Goma."
    True
    """
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


def keep_text(doc: "Doc", text: str) -> None:
    """Keep ``text``, the text ``doc`` was made from, as its :func:`doc_text` (spaCy's
    tokenizer loses no character: ``doc.text == text``).

    >>> import spacy
    >>> text = "Shelling in Kharkiv,  officials said."
    >>> doc = spacy.blank("en")(text)
    >>> keep_text(doc, text)
    >>> doc_text(doc) is text
    True
    """
    doc.user_data[_KEY] = text


def tokens_written(doc: "Doc", forms: Iterable[str], *, lower: bool = False) -> list[int]:
    """The indices of the tokens of ``doc`` written as one of ``forms`` (in lower case with
    ``lower``), read from spaCy's array of the tokens' strings: a reader that looks for a few
    words makes no ``Token`` object of every other token (a tenth of a millisecond each
    article, for each reader that walks all tokens).

    >>> import spacy
    >>> doc = spacy.blank("en")("The Governor of Kano met the governor.")
    >>> tokens_written(doc, {"governor"}, lower=True), tokens_written(doc, {"governor"})
    ([1, 6], [6])
    """
    from spacy.attrs import LOWER, ORTH

    if not len(doc):
        return []
    strings = doc.vocab.strings
    wanted = {strings[f] for f in forms}
    return [i for i, h in enumerate(doc.to_array(LOWER if lower else ORTH).tolist()) if h in wanted]


def tokens_tagged(doc: "Doc", *tags: str) -> list[int]:
    """The indices of the tokens of ``doc`` whose part of speech (``pos_``) is one of ``tags``,
    read from spaCy's array of them (a reader that looks only at nouns makes no ``Token``
    object of the other words).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Rebels", "took", "Goma"], pos=["NOUN", "VERB", "PROPN"])
    >>> tokens_tagged(doc, "NOUN", "PROPN"), tokens_tagged(doc, "ADJ")
    ([0, 2], [])
    """
    from spacy.attrs import POS
    from spacy.parts_of_speech import IDS

    if not len(doc):
        return []
    wanted = {IDS[t] for t in tags}
    return [i for i, pos in enumerate(doc.to_array(POS).tolist()) if pos in wanted]
