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
    from spacy.tokens import Doc, Token

__all__ = ["doc_text", "keep_text", "tokens_written", "tokens_tagged", "positions_by_text", "sentence_start", "sentence_end"]

_KEY = "kg.text"
#: where :func:`positions_by_text` keeps its indexes (by ``lower``), and :func:`tokens_tagged`
#: the parts of speech, in ``doc.user_data``
_POSITIONS_KEY = "kg.positions by text"
_LOWER_POSITIONS_KEY = "kg.positions by lower text"
_POS_KEY = "kg.parts of speech"
#: where :func:`sentence_start` and :func:`sentence_end` keep each token's sentence
_SENTENCES_KEY = "kg.sentence bounds"


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
    if not len(doc):
        return []
    wanted = forms if isinstance(forms, (set, frozenset, dict)) else set(forms)
    found = [i for text, at in positions_by_text(doc, lower=lower).items() if text in wanted for i in at]
    found.sort()
    return found


def positions_by_text(doc: "Doc", *, lower: bool = False) -> dict[str, list[int]]:
    """The positions of the tokens of ``doc`` by their text (``token.text``; ``token.lower_``
    with ``lower``), in order: an index made once per ``Doc`` (from spaCy's array of the
    tokens' strings, no ``Token`` made) and kept with it. Every word the article writes is
    a key, each once: a reader that asks whether the article has a word of a list asks it
    of the distinct words, not of every token. Not to be changed by its callers.

    >>> import spacy
    >>> doc = spacy.blank("en")("The Governor of Kano met the governor.")
    >>> positions_by_text(doc)["governor"], positions_by_text(doc, lower=True)["governor"]
    ([6], [1, 6])
    """
    key = _LOWER_POSITIONS_KEY if lower else _POSITIONS_KEY
    index = doc.user_data.get(key)
    if index is None:
        from spacy.attrs import LOWER, ORTH

        strings = doc.vocab.strings
        by_hash: dict[int, list[int]] = {}
        for i, h in enumerate(doc.to_array(LOWER if lower else ORTH).tolist() if len(doc) else ()):
            at = by_hash.get(h)
            if at is None:
                by_hash[h] = [i]
            else:
                at.append(i)
        index = doc.user_data[key] = {strings[h]: at for h, at in by_hash.items()}
    return index


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
    from spacy.parts_of_speech import IDS

    if not len(doc):
        return []
    found = doc.user_data.get((_POS_KEY, tags))  # (readers ask for the same parts of speech: once per doc each)
    if found is not None:
        return list(found)
    tagged = doc.user_data.get(_POS_KEY)
    if tagged is None:
        from spacy.attrs import POS

        tagged = doc.user_data[_POS_KEY] = doc.to_array(POS).tolist()
    if len(tags) == 1:
        one = IDS[tags[0]]
        found = [i for i, pos in enumerate(tagged) if pos == one]
    else:
        wanted = {IDS[t] for t in tags}
        found = [i for i, pos in enumerate(tagged) if pos in wanted]
    doc.user_data[(_POS_KEY, tags)] = found
    return list(found)


def sentence_start(token: "Token") -> int:
    """``token.sent.start``, read from an index of the sentences made once per ``Doc``.

    spaCy walks the tokens to the sentence's ends on each ``.sent`` (5 microseconds a
    token in a news article; read thousands of times an article). A ``Doc`` without
    sentence boundaries gets spaCy's own answer (its error).

    >>> import spacy
    >>> doc = spacy.blank("en")("Rebels took Goma. Troops fled.")
    >>> doc[3].is_sent_start = doc[4].is_sent_start = True
    >>> [(sentence_start(t), sentence_end(t)) for t in doc] == [(t.sent.start, t.sent.end) for t in doc]
    True
    """
    bounds = _sentence_bounds(token)
    return bounds[0][token.i] if bounds is not None else token.sent.start


def sentence_end(token: "Token") -> int:
    """``token.sent.end``, read as :func:`sentence_start` reads the start."""
    bounds = _sentence_bounds(token)
    return bounds[1][token.i] if bounds is not None else token.sent.end


def _sentence_bounds(token: "Token") -> tuple[list[int], list[int]] | None:
    """The start and the end of each token's sentence in ``token``'s ``Doc`` (as spaCy's
    ``Span.sent`` finds them: a sentence runs from a token whose ``sent_start`` is 1 to the
    next such token), or None for a ``Doc`` without sentence boundaries."""
    doc = token.doc
    bounds = doc.user_data.get(_SENTENCES_KEY)
    if bounds is None:
        if "sents" in doc.user_hooks or "sent" in doc.user_token_hooks or "sent" in doc.user_span_hooks \
                or not doc.has_annotation("SENT_START"):
            return None
        from spacy.attrs import SENT_START

        starts_here = [value == 1 for value in doc.to_array(SENT_START).tolist()]
        n = len(starts_here)
        starts, ends = [0] * n, [n] * n
        start = 0
        for i in range(n):
            if starts_here[i] and i > 0:
                for j in range(start, i):
                    ends[j] = i
                start = i
            starts[i] = start
        bounds = doc.user_data[_SENTENCES_KEY] = (starts, ends)
    return bounds
