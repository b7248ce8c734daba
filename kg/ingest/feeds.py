"""RSS and Atom feeds → articles, remembering what was seen so a second run reads only what is new.

A feed is a URL (fetched conditionally: an unchanged feed answers 304 and costs nothing
else) or a file (skipped when its content hash has not changed). Each entry becomes one
article: by default from the text the feed itself carries (``content``, else ``summary``);
with ``fetch_pages`` the entry's link is fetched and its main text extracted
(:func:`kg.ingest.html.extract_html`), the feed's title, link, date and feed title winning
over the page's, as a sidecar's would.

What was seen lives in a small JSON state file (:class:`FeedState`): per feed its ETag,
Last-Modified and content hash, the ids of the entries loaded (with their ``updated``
stamp, so an entry the feed changes is read again), and the entries that failed (a page
that did not answer), retried on the next run even when the feed itself has not changed.
An entry is marked seen only once the store holds its article.

A list of URLs (a text file, one address a line, ``#`` comments) is read the same way:
each page is fetched conditionally (its ETag, Last-Modified and content hash remembered),
and loaded only when it is new or its content changed.

feedparser (BSD-2-Clause) parses every flavour of RSS and Atom.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import IngestError
from .article import Article, article_id_for
from .fetch import Fetcher, Response
from .metadata import Metadata

__all__ = ["Entry", "FeedState", "FeedReader", "parse_feed", "is_feed_url"]

_URL = re.compile(r"^https?://", re.IGNORECASE)
_BLOCK = re.compile(r"</?(?:p|div|br|li|h[1-6]|blockquote|section|article|tr)\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
STATE_VERSION = 1


def is_feed_url(source: str) -> bool:
    return bool(_URL.match(source))


@dataclass(frozen=True)
class Entry:
    """One feed entry, as much as the feed says of it."""

    id: str
    title: str | None = None
    link: str | None = None
    published: date | None = None
    updated: str | None = None
    html: str = ""  # the entry's own content or summary (HTML or text)
    feed_title: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "title": self.title, "link": self.link,
            "published": self.published.isoformat() if self.published else None,
            "updated": self.updated, "html": self.html, "feed_title": self.feed_title,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Entry":
        published = data.get("published")
        return cls(
            id=str(data["id"]), title=data.get("title"), link=data.get("link"),
            published=date.fromisoformat(published) if published else None,
            updated=data.get("updated"), html=data.get("html") or "", feed_title=data.get("feed_title"),
        )


def _date(parsed: Any) -> date | None:
    if not parsed:
        return None
    try:
        return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    except (AttributeError, ValueError):
        return None


def parse_feed(data: bytes, *, source: str) -> list[Entry]:
    """The entries of an RSS or Atom document.

    Raises
    ------
    IngestError
        The document is not a feed feedparser can read.

    Examples
    --------
    >>> rss = b'''<rss version="2.0"><channel><title>Wire</title><item><guid>n1</guid>
    ... <title>Floods in Beledweyne</title><link>https://example.org/n1</link>
    ... <pubDate>Tue, 07 May 2024 10:00:00 GMT</pubDate>
    ... <description>&lt;p&gt;The river burst its banks.&lt;/p&gt;</description></item></channel></rss>'''
    >>> (e,) = parse_feed(rss, source="wire.xml")
    >>> e.id, e.title, e.link, e.published.isoformat(), e.feed_title
    ('n1', 'Floods in Beledweyne', 'https://example.org/n1', '2024-05-07', 'Wire')
    """
    import feedparser

    parsed = feedparser.parse(data)
    if parsed.get("bozo") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        raise IngestError(f"not an RSS or Atom feed ({reason})" if reason else "not an RSS or Atom feed", source=source)
    if not parsed.get("version") and not parsed.entries:
        raise IngestError("not an RSS or Atom feed", source=source)
    feed_title = (parsed.feed.get("title") or "").strip() or None
    entries = []
    for raw in parsed.entries:
        link = (raw.get("link") or "").strip() or None
        content = raw.get("content") or []
        html = content[0].get("value", "") if content else raw.get("summary", "") or ""
        title = (raw.get("title") or "").strip() or None
        entry_id = (raw.get("id") or "").strip() or link
        if entry_id is None:
            entry_id = "sha256:" + hashlib.sha256(f"{title}\n{html}".encode("utf-8")).hexdigest()[:24]
        entries.append(
            Entry(
                id=entry_id,
                title=title,
                link=link,
                published=_date(dict.get(raw, "published_parsed") or dict.get(raw, "updated_parsed")),
                # dict.get: feedparser's own get maps a missing "updated" to "published", warning
                updated=dict.get(raw, "updated") or dict.get(raw, "published"),
                html=html,
                feed_title=feed_title,
            )
        )
    return entries


def html_to_text(html: str) -> str:
    """The text of a feed entry's HTML: block elements become paragraphs, entities decoded.

    >>> html_to_text("<p>Fighting resumed.</p><p>Aid is &lt;blocked&gt;.</p>")
    'Fighting resumed.\\n\\nAid is <blocked>.'
    """
    import html as html_lib

    if "<" not in html:
        return html_lib.unescape(html).strip()
    marked = _BLOCK.sub("\n\n", html)
    text = html_lib.unescape(_TAG.sub("", marked))
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paragraphs if p)


@dataclass
class FeedState:
    """What kg has seen of each feed, kept in a JSON file (``path``; None: for this run only)."""

    path: Path | None = None
    feeds: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | None) -> "FeedState":
        """The state in ``path`` (an empty one when the file does not exist yet).

        Raises
        ------
        IngestError
            The file exists but is not a kg feed state.
        """
        if path is None or not path.exists():
            return cls(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            feeds = data["feeds"]
            if not isinstance(feeds, dict):
                raise TypeError
        except (OSError, ValueError, KeyError, TypeError):
            raise IngestError(
                "is not a kg feed state file (JSON with 'feeds'); give another --feed-state, or delete it to read every feed anew",
                source=str(path),
            ) from None
        return cls(path, feeds)

    def save(self) -> None:
        """Write the state atomically (a new file renamed over the old)."""
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps({"version": STATE_VERSION, "feeds": self.feeds}, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.path)

    def feed(self, source: str) -> dict[str, Any]:
        return self.feeds.setdefault(source, {"seen": {}, "failed": {}})


@dataclass
class FeedReader:
    """Reads feeds into articles and remembers, in ``state``, what the store took.

    Use :meth:`articles` to get the new articles, then :meth:`settle` with the ids of the
    articles the store holds, then ``state.save()``.
    """

    state: FeedState
    fetcher: Fetcher = field(default_factory=Fetcher)
    fetch_pages: bool = False
    #: article id -> (feed source, entry) for the articles handed out this run
    pending: dict[str, tuple[str, Entry]] = field(default_factory=dict)
    #: feed source -> (etag, last-modified, content hash) to remember once the run is over
    _headers: dict[str, tuple[str | None, str | None, str | None]] = field(default_factory=dict)

    #: article id -> (URL list, url, what to remember of the page) for the pages handed out
    pending_pages: dict[str, tuple[str, str, dict[str, str]]] = field(default_factory=dict)

    def articles(
        self, sources: list[str], *, on_error: Callable[[IngestError], None], url_lists: list[str] = ()  # type: ignore[assignment]
    ) -> Iterator[Article]:
        """The articles of the entries not yet loaded (and of those that failed last time),
        then those of the pages of ``url_lists`` that are new or changed."""
        for path in url_lists:
            yield from self._url_list_articles(path, on_error)
        for source in sources:
            try:
                entries = self._new_entries(source)
            except IngestError as exc:
                on_error(exc)
                continue
            for entry in entries:
                try:
                    article = self._article(source, entry)
                except IngestError as exc:
                    self.state.feed(source)["failed"][entry.id] = entry.to_json() | {"error": exc.reason, "at": int(time.time())}
                    on_error(exc)
                    continue
                self.pending[article.id] = (source, entry)
                yield article

    def _new_entries(self, source: str) -> list[Entry]:
        known = self.state.feed(source)
        retry = [Entry.from_json(e) for e in known["failed"].values()]
        if is_feed_url(source):
            answer = self.fetcher.get(source, etag=known.get("etag"), last_modified=known.get("last_modified"))
            self._headers[source] = (answer.etag, answer.last_modified, None)
            if answer.status == 304:
                return retry
            data = answer.body
        else:
            try:
                data = Path(source).read_bytes()
            except OSError as exc:
                raise IngestError(f"cannot read the feed file: {exc.strerror or exc}", source=source) from None
            digest = hashlib.sha256(data).hexdigest()
            self._headers[source] = (None, None, digest)
            if digest == known.get("sha256"):
                return retry
        seen = known["seen"]
        fresh = [e for e in parse_feed(data, source=source) if e.id not in seen or seen[e.id] != (e.updated or "")]
        ids = {e.id for e in fresh}
        return fresh + [e for e in retry if e.id not in ids]

    def _url_list_articles(self, path: str, on_error: Callable[[IngestError], None]) -> Iterator[Article]:
        try:
            lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            on_error(IngestError(f"cannot read the list of URLs: {getattr(exc, 'strerror', None) or exc}", source=path))
            return
        known = self.state.feed(path).setdefault("pages", {})
        for number, line in enumerate(lines, 1):
            url = line.strip()
            if not url or url.startswith("#"):
                continue
            if not is_feed_url(url):
                on_error(IngestError(f"{url!r} is not an http(s) address", source=path, line=number))
                continue
            before = known.get(url, {})
            try:
                page = self.fetcher.get(url, etag=before.get("etag"), last_modified=before.get("last_modified"))
                if page.status == 304:
                    continue
                digest = hashlib.sha256(page.body).hexdigest()
                after = {k: v for k, v in (("etag", page.etag), ("last_modified", page.last_modified), ("sha256", digest)) if v}
                if digest == before.get("sha256"):
                    known[url] = after  # the same page (a server without conditional requests)
                    continue
                article = self._page_article(url, page, Metadata(url=url))
            except IngestError as exc:
                on_error(exc)
                continue
            self.pending_pages[article.id] = (path, url, after)
            yield article

    def _page_article(self, link: str, page: Response, meta: Metadata) -> Article:
        """The article of a fetched HTML page; ``meta`` wins over what the page says."""
        from .encoding import decode_text
        from .html import extract_html
        from .text import article_from_text

        if "html" not in page.content_type.lower() and not page.body.lstrip()[:1] == b"<":
            raise IngestError(f"is not an HTML page ({page.content_type or 'no content type'}); not read", source=link)
        text, found = extract_html(decode_text(page.body, source=link), source=link)
        return article_from_text(text, meta=meta.over(found), source=link)

    def _article(self, source: str, entry: Entry) -> Article:
        from .text import article_from_text

        meta = Metadata(title=entry.title, url=entry.link, published=entry.published, publisher=entry.feed_title)
        where = entry.link or f"{source}#{entry.id}"
        if self.fetch_pages and entry.link:
            return self._page_article(entry.link, self.fetcher.get(entry.link), meta)
        text = html_to_text(entry.html)
        if not text:
            raise IngestError("the feed gives no text for this entry; load with --fetch-pages to fetch its page", source=where)
        if entry.link is None:
            meta = Metadata(id=article_id_for(url=f"{source}#{entry.id}", text="")).over(meta)
        return article_from_text(text, meta=meta, source=where)

    def settle(self, held: Callable[[str], bool]) -> int:
        """Mark seen the entries whose article the store now holds (``held(article_id)``); the
        others stay to be read again. Remember each feed's ETag, Last-Modified and hash.
        Returns how many entries were marked seen."""
        marked = 0
        for article_id, (source, entry) in self.pending.items():
            known = self.state.feed(source)
            if held(article_id):
                known["seen"][entry.id] = entry.updated or ""
                known["failed"].pop(entry.id, None)
                marked += 1
            else:
                known["failed"][entry.id] = entry.to_json() | {"error": "not stored", "at": int(time.time())}
        for article_id, (path, url, remember) in self.pending_pages.items():
            if held(article_id):
                self.state.feed(path).setdefault("pages", {})[url] = remember
                marked += 1
        self.pending_pages.clear()
        for source, (etag, modified, digest) in self._headers.items():
            known = self.state.feed(source)
            for key, value in (("etag", etag), ("last_modified", modified), ("sha256", digest)):
                if value:
                    known[key] = value
        self.pending.clear()
        return marked
