"""Run the spaCy pipeline over articles in batches and read each Doc out."""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from ..errors import ExtractionError, KGError
from ..ingest.article import Article
from .entities import extract_entities
from .events import extract_events
from .roles import extract_roles
from .model import Extraction, Span

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from ..config import Settings

__all__ = ["extract", "extract_doc"]


def extract_doc(doc: "Doc", article: Article, *, model: str | None = None) -> Extraction:
    """Everything kg reads from one parsed article."""
    entities, mentions = extract_entities(doc)
    roles = extract_roles(doc, entities, mentions)
    events = extract_events(doc, article, entities, mentions, roles)
    sentences = [Span(s.start_char, s.end_char, s.text) for s in doc.sents]
    return Extraction(
        article=article,
        entities=entities,
        mentions=mentions,
        roles=roles,
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
    """Extract every article, ``settings.batch_size`` at a time through ``nlp.pipe``.

    An article whose extraction fails is reported to ``on_error`` (or raised, when it is
    None) and the others go on; so is one too long for the model (``nlp.max_length``
    characters, spaCy's E088), before it reaches ``nlp.pipe``.
    """
    from ..nlp import build_pipeline, model_description

    nlp = nlp or build_pipeline(settings)
    model = model_description(nlp)

    def fitting(items: Iterable[Article]) -> Iterator[tuple[str, Article]]:
        for a in items:
            if len(a.text) <= nlp.max_length:
                yield a.text, a
                continue
            err = ExtractionError(
                f"{a.source or a.id}: the article is {len(a.text):,} characters, over the model's limit of "
                f"{nlp.max_length:,}; split it into several articles (e.g. one JSONL line per part)"
            )
            if on_error is None:
                raise err
            on_error(err)

    pairs = fitting(articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=settings.batch_size):
        try:
            yield extract_doc(doc, article, model=model)
        except Exception as exc:  # one bad article never loses the others
            err = ExtractionError(f"{article.source or article.id}: extraction failed: {exc}")
            if on_error is None:
                raise err from exc
            on_error(err)
