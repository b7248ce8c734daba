"""Run the spaCy pipeline over articles in batches and read each Doc out.

One article never costs the others: each is screened, tokenized, parsed and read out
under its own time limit (:mod:`kg.timelimit`, ``settings.article_timeout``), and every
failure is reported for that article alone.

- **Screening** refuses, with a one-line reason, an article longer than
  ``settings.max_chars``, one with no words, and one not in the model's language.
- **Chunking**: an article longer than ``settings.chunk_chars`` is cut at paragraph ends
  (else sentence ends, else spaces), each piece parsed on its own (spaCy's parser needs
  memory in proportion to the text), and the pieces joined back into one Doc whose
  character offsets are those of the whole article.
- **Long runs**: a run of more than :data:`LONG_PUNCTUATION` punctuation marks or symbols,
  and a run of more than :data:`LONG_RUN` characters without a space, is one token.
  spaCy's tokenizer splits punctuation off a run one character at a time, in time
  quadratic in its length (300,000 "!" took over ten minutes; 150 mixed marks take 20
  ms); no word is that long. Anything slower still is stopped by the time limit.
- **Batches**: the parsed components run over a batch through ``nlp.pipe``; when a batch
  runs past its time (the article limit times the number of pieces), each piece of it is
  parsed again alone, so the slow one is found and reported and the rest load.
"""
from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING

from ..errors import ExtractionError, KGError, TimeLimitError
from ..ingest.article import Article
from ..timelimit import time_limit
from .doctext import doc_text, keep_text
from .entities import extract_entities
from .events import extract_events
from .model import Extraction, Span
from .roles import current_roles, extract_roles, held_posts

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from ..config import Settings

__all__ = ["extract", "extract_doc", "split_text", "screen", "make_doc", "join_docs", "LONG_RUN", "LONG_PUNCTUATION"]

#: A run of more punctuation marks and symbols than this becomes a single token.
LONG_PUNCTUATION = 30
#: A run of more non-space characters than this becomes a single token.
LONG_RUN = 1000
_LONG_RUN = re.compile(r"[^\w\s]{%d,}|\S{%d,}" % (LONG_PUNCTUATION + 1, LONG_RUN + 1))
_WORD = re.compile(r"[^\W\d_]{2,}")  # two letters in a row, in any script
_WORDS = re.compile(r"[^\W\d_]+")
_PARAGRAPH_END = re.compile(r"\n[^\S\n]*\n\s*")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s+")
_SPACE = re.compile(r"\s+")
#: the language check reads this much of an article, and needs this many words in it
_LANGUAGE_SAMPLE = 20_000
_LANGUAGE_MIN_WORDS = 25
_LANGUAGE_MIN_LETTERS = 60  # scripts written without spaces give few, long "words"
_LANGUAGE_NO_SPACES = 10  # letters per "word" above which a script has no spaces between words
#: the least share of an article's words that are the model language's common words
#: (English news prose runs at 40-55 %; French, Spanish, German text at under 10 %)
_LANGUAGE_MIN_SHARE = 0.15


def extract_doc(doc: "Doc", article: Article, *, model: str | None = None) -> Extraction:
    """Everything kg reads from one parsed article."""
    entities, mentions = extract_entities(doc)
    roles = extract_roles(doc, entities, mentions, title=article.title, published=article.published)
    events = extract_events(doc, article, entities, mentions, current_roles(roles))
    text = doc_text(doc)
    sentences = [Span(s.start_char, s.end_char, text[s.start_char:s.end_char]) for s in doc.sents]
    return Extraction(
        article=article,
        entities=entities,
        mentions=mentions,
        roles=held_posts(roles),
        events=events,
        sentences=sentences,
        model=model,
    )


def extract(
    articles: Iterable[Article],
    settings: "Settings",
    *,
    nlp: "Language | None" = None,
    on_error: Callable[[KGError], None] | None = None,
) -> Iterator[Extraction]:
    """Extract every article, ``settings.batch_size`` at a time.

    An article that is refused by :func:`screen`, runs past its time limit, or whose
    extraction fails is reported to ``on_error`` (or raised, when it is None) with its
    source and the reason; the others go on.
    """
    from ..nlp import build_pipeline, model_description

    nlp = nlp or build_pipeline(settings)
    model = model_description(nlp)
    limit = settings.article_timeout or None

    def fail(article: Article, why: str, exc: BaseException | None = None) -> None:
        err = ExtractionError(f"{article.source or article.id}: {why}")
        if on_error is None:
            raise err from exc
        on_error(err)

    items = iter(articles)
    while True:
        batch = list(islice(items, settings.batch_size))
        if not batch:
            return
        pieces: list[tuple[Article, list["Doc"]]] = []
        for article in batch:
            problem = screen(article.text, nlp, settings)
            if problem:
                fail(article, problem)
                continue
            try:
                with time_limit(_budget(limit, article.text, settings), "tokenizing the article"):
                    size = settings.chunk_chars or max(len(article.text), 1)
                    docs = [make_doc(nlp, piece) for piece in split_text(article.text, size)]
            except TimeLimitError as exc:
                fail(article, _timeout_reason(exc), exc)
                continue
            except Exception as exc:  # e.g. spaCy's E088, with KG_CHUNK_CHARS over the model's max_length
                fail(article, f"could not be tokenized: {' '.join(str(exc).split())[:300]}", exc)
                continue
            pieces.append((article, docs))
        group_chars = settings.chunk_chars or max((len(a.text) for a, _ in pieces), default=1)
        for article, parsed in _parse(nlp, pieces, limit, fail, group_chars=group_chars):
            try:
                with time_limit(_budget(limit, article.text, settings), "reading the article out"):
                    doc = parsed[0] if len(parsed) == 1 else join_docs(parsed, article.text)
                    keep_text(doc, article.text)  # made from it: not joined again from the tokens
                    extraction = extract_doc(doc, article, model=model)
            except TimeLimitError as exc:
                fail(article, _timeout_reason(exc), exc)
                continue
            except Exception as exc:  # one bad article never loses the others
                fail(article, f"extraction failed: {exc}", exc)
                continue
            yield extraction


def _budget(limit: float | None, text: str, settings: "Settings") -> float | None:
    """The time an article may take for one step: the limit per ``chunk_chars`` begun."""
    if not limit:
        return None
    per = settings.chunk_chars or len(text) or 1
    return limit * max(1, -(-len(text) // per))


def _timeout_reason(exc: TimeLimitError) -> str:
    return f"{exc}; raise the limit (--article-timeout, KG_ARTICLE_TIMEOUT) if the article is real"


def _parse(
    nlp: "Language",
    pieces: list[tuple[Article, list["Doc"]]],
    limit: float | None,
    fail: Callable[[Article, str, BaseException | None], None],
    *,
    group_chars: int,
) -> Iterator[tuple[Article, list["Doc"]]]:
    """Run the pipeline's components over a batch, in groups of at most ``group_chars``
    characters (the parser's memory grows with the text it holds at once); a group that
    runs past its time is parsed again one piece at a time, to find the slow article."""
    owners = [i for i, (_, ds) in enumerate(pieces) for _ in ds]
    docs = [doc for _, ds in pieces for doc in ds]
    parsed: list["Doc | None"] = [None] * len(docs)
    failed: dict[int, Exception] = {}
    start = 0
    while start < len(docs):
        end, size = start, 0
        while end < len(docs) and (end == start or size + len(docs[end].text) <= group_chars):
            size += len(docs[end].text)
            end += 1
        group = docs[start:end]
        originals = [doc.copy() for doc in group] if limit else group
        try:
            with time_limit(limit * len(group) if limit else None, "parsing a batch"):
                parsed[start:end] = list(nlp.pipe(group))
        except Exception:  # too slow, or one piece broke the batch: each piece alone
            for k, doc in enumerate(originals, start):
                if owners[k] in failed:
                    continue
                try:
                    with time_limit(limit, "parsing the article"):
                        parsed[k] = nlp(doc)
                except Exception as exc:
                    failed[owners[k]] = exc
        start = end
    at = 0
    for i, (article, ds) in enumerate(pieces):
        own = parsed[at:at + len(ds)]
        at += len(ds)
        if i in failed:
            exc = failed[i]
            why = _timeout_reason(exc) if isinstance(exc, TimeLimitError) else f"parsing failed: {exc}"
            fail(article, why, exc)
            continue
        yield article, own  # type: ignore[misc]


def screen(text: str, nlp: "Language", settings: "Settings") -> str | None:
    """Why an article cannot be read with ``nlp`` (one line), or None when it can.

    Refused: more than ``settings.max_chars`` characters (or, unchunked, more than the
    model's ``max_length``); no words (no two letters in a row, in any script); not in the
    model's language, judged by the share of its words that are the language's common
    words (``nlp.Defaults.stop_words``), on texts long enough to judge.
    """
    size = len(text)
    if settings.max_chars and size > settings.max_chars:
        return (
            f"the article is {size:,} characters, over the limit of {settings.max_chars:,}; "
            "split it into several articles, or raise the limit (--max-chars, KG_MAX_CHARS)"
        )
    if not settings.chunk_chars and size > nlp.max_length:
        return (
            f"the article is {size:,} characters, over the model's limit of {nlp.max_length:,}; "
            "split it, or let kg parse it in pieces (KG_CHUNK_CHARS)"
        )
    if not _WORD.search(text):
        return f"the article has no words ({size:,} characters, none of them two letters in a row)"
    return _language_problem(text, nlp)


def _language_problem(text: str, nlp: "Language") -> str | None:
    common = getattr(nlp.Defaults, "stop_words", None)
    if not common:
        return None
    sample = text[:_LANGUAGE_SAMPLE]
    words = _WORDS.findall(sample)
    letters = sum(map(len, words))
    if len(words) < _LANGUAGE_MIN_WORDS and (
        letters < _LANGUAGE_MIN_LETTERS or letters < _LANGUAGE_NO_SPACES * len(words)
    ):
        return None  # too short to judge
    share = sum(map(common.__contains__, map(str.lower, words))) / max(len(words), 1)
    if share >= _LANGUAGE_MIN_SHARE:
        return None
    name = _language_name(nlp.lang)
    return (
        f"the article does not look like {name} ({share:.0%} of its words are common {name} words, "
        f"{name} text has {_LANGUAGE_MIN_SHARE:.0%} or more); the model ({nlp.lang}) reads {name} only"
    )


def _language_name(code: str) -> str:
    try:
        from spacy.util import get_lang_class

        return get_lang_class(code).__name__
    except Exception:  # an unknown code: show the code itself
        return code


def split_text(text: str, size: int) -> list[str]:
    """``text`` cut into pieces of at most ``size`` characters that join back to it.

    Each cut is at the last paragraph end in the second half of the window, else the
    last sentence end, else the last space, else (a run of non-space as long as the
    window) at the window's end.

    Examples
    --------
    >>> split_text("One. Two.\\n\\nThree four. Five.", 16)
    ['One. Two.\\n\\n', 'Three four. ', 'Five.']
    >>> "".join(split_text("x" * 50, 16)) == "x" * 50
    True
    """
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        end = start + size
        floor = start + size // 2
        cut = None
        for pattern in (_PARAGRAPH_END, _SENTENCE_END, _SPACE):
            found = [m.end() for m in pattern.finditer(text, floor, end) if m.end() <= end]
            if found:
                cut = found[-1]
                break
        cut = cut or end
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def make_doc(nlp: "Language", text: str) -> "Doc":
    """``nlp.make_doc(text)``, with every long run (see the module) one token."""
    runs = list(_LONG_RUN.finditer(text))
    if not runs:
        return nlp.make_doc(text)
    from spacy.tokens import Doc

    parts: list[Doc] = []
    at = 0
    for run in runs:
        if run.start() > at:
            parts.append(nlp.make_doc(text[at:run.start()]))
        space = text.startswith(" ", run.end())  # as the tokenizer would: the space after a token is its own
        parts.append(Doc(nlp.vocab, words=[run.group()], spaces=[space]))
        at = run.end() + space
    if at < len(text):
        parts.append(nlp.make_doc(text[at:]))
    return join_docs(parts, text, exclude=("tensor",))


def join_docs(docs: list["Doc"], text: str, *, exclude: tuple[str, ...] = ()) -> "Doc":
    """One Doc from consecutive pieces of ``text``, offsets those of the whole text.

    Token attributes, entities, sentence starts and span groups come from
    :meth:`Doc.from_docs`; extension values of tokens and spans are shifted to the
    joined offsets, and those of the Doc itself come from the first piece.

    Raises
    ------
    ExtractionError
        The pieces do not join back to ``text`` (a bug, never silent).
    """
    from spacy.tokens import Doc

    docs = [d for d in docs if len(d.text)]
    joined = Doc.from_docs(docs, ensure_whitespace=False, exclude=["user_data", *exclude])
    if joined.text != text:
        raise ExtractionError("the pieces of the article do not join back to its text")
    offset = 0
    for doc in docs:
        for key, value in doc.user_data.items():
            if isinstance(key, tuple) and len(key) == 4 and key[0] == "._.":
                kind, name, start, end = key
                if start is None and end is None:
                    joined.user_data.setdefault(key, value)
                else:
                    joined.user_data[(kind, name, start + offset, None if end is None else end + offset)] = copy.copy(value)
        offset += len(doc.text)
    return joined
