"""Loading RSS/Atom feeds and URL lists into a store: the feed state beside the store, and the
new entries read through :func:`kg.run._load` like any other articles."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from .run import Report, _load

if TYPE_CHECKING:
    from .config import Settings
    from .ingest.fetch import Fetcher
    from .rdf import ArticleRDF
    from .store.base import Store


def feed_state_path(store_spec: str) -> Path | None:
    """Where the feed state of a store is kept by default: ``STORE.feeds.json`` beside a store
    folder; None for a store that is not a folder (memory, a server): give one then."""
    if ":" in store_spec and not (len(store_spec) > 1 and store_spec[1] == ":"):
        return None
    folder = Path(store_spec)
    return folder.with_name(folder.name + ".feeds.json")


def load_feeds(
    sources: Iterable[str],
    store: "Store",
    settings: "Settings",
    *,
    state_path: Path | None,
    url_lists: Iterable[str] = (),
    fetch_pages: bool = False,
    fetcher: "Fetcher | None" = None,
    published: date | None = None,
    validate: Callable[[ArticleRDF], list[str]] | None = None,
) -> Report:
    """Load the new entries of RSS/Atom feeds (URLs or files) into ``store``.

    Only what the feeds hold that the state (``state_path``, see
    :class:`kg.ingest.feeds.FeedState`) has not seen is read: an unchanged feed URL costs one
    conditional request, an unchanged feed file nothing. ``fetch_pages``: fetch each new
    entry's page and load its main text (else the text the feed carries). ``url_lists``:
    text files of page addresses (one a line), each page loaded when it is new or changed.
    Entries and pages are marked seen once the store holds their article; the state is
    saved even after an interruption.
    """
    from .ingest.feeds import FeedReader, FeedState

    report = Report()
    from .ingest.fetch import Fetcher

    reader = FeedReader(FeedState.load(state_path), fetcher or Fetcher(max_bytes=settings.max_bytes or 20_000_000),
                        fetch_pages=fetch_pages)
    articles = (a.with_published(published)
                for a in reader.articles(list(sources), on_error=report.error, url_lists=list(url_lists)))
    try:
        _load(articles, store, settings, report, validate=validate)
    finally:
        report.requests = reader.fetcher.requests
        reader.settle(lambda aid: store.ask(f"ASK {{ GRAPH <{store.iris.article_graph(aid)}> {{ ?s ?p ?o }} }}"))
        reader.state.save()
    return report
