"""kg/ingest/feeds.py and fetch.py against a loopback server: what is fetched, and only once."""
from __future__ import annotations

import html
from pathlib import Path

import pytest

from kg.errors import IngestError
from kg.ingest.feeds import FeedReader, FeedState, parse_feed
from kg.ingest.fetch import Fetcher

from .feedserver import FeedServer, Route

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "corpus" / "world" / "dev" / "articles"
STORIES = ["yemen-us-uk-strikes-houthis-2024-01", "somalia-mogadishu-sahafi-hotel-attack-2015-11", "mali-kidal-offensive-2023"]


def _text(name: str) -> str:
    return (DEV / f"{name}.txt").read_text(encoding="utf-8").strip()


def _page(name: str) -> bytes:
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in _text(name).split("\n\n"))
    return (f"<html lang='en'><head><title>{name} | Site</title></head><body><nav>Home | World</nav>"
            f"<article><h1>{name}</h1>{paras}</article><footer>© Site</footer></body></html>").encode()


def _rss(base: str, names: list[str], title: str = "World wire") -> bytes:
    items = "".join(
        f"<item><guid>{n}</guid><title>{n.replace('-', ' ')}</title><link>{base}/news/{n}</link>"
        f"<pubDate>Tue, 07 May 2024 10:00:00 GMT</pubDate>"
        f"<description>{html.escape('<p>' + _text(n).split(chr(10))[0] + '</p>')}</description></item>"
        for n in names
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>{items}</channel></rss>'.encode()


@pytest.fixture()
def server():
    srv = FeedServer().start()
    yield srv
    srv.close()


def _serve(server: FeedServer, names: list[str], etag: str = '"v1"') -> str:
    server.routes["/feed.xml"] = Route(_rss(server.url, names), content_type="application/rss+xml", etag=etag)
    for n in names:
        server.routes[f"/news/{n}"] = Route(_page(n))
    return server.url + "/feed.xml"


def _run(state_path: Path, feed: str, *, fetch_pages: bool = True, rate_limit: float = 0.0, robots: bool = False):
    errors: list[IngestError] = []
    reader = FeedReader(FeedState.load(state_path), Fetcher(rate_limit=rate_limit, robots=robots), fetch_pages=fetch_pages)
    articles = list(reader.articles([feed], on_error=errors.append))
    reader.settle(lambda _aid: True)  # as if the store took every article
    reader.state.save()
    return articles, errors, reader


def test_rss_and_atom_entries():
    atom = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>UN News</title>
    <entry><id>tag:un.org,2024:1</id><title>Aid convoy reaches Tawila</title><link href="https://example.org/a1"/>
    <updated>2025-04-16T09:00:00Z</updated><content type="html">&lt;p&gt;A convoy arrived.&lt;/p&gt;&lt;p&gt;More are due.&lt;/p&gt;</content></entry></feed>"""
    (entry,) = parse_feed(atom, source="un.atom")
    assert (entry.id, entry.title, entry.link, entry.published.isoformat(), entry.feed_title) == (
        "tag:un.org,2024:1", "Aid convoy reaches Tawila", "https://example.org/a1", "2025-04-16", "UN News")
    with pytest.raises(IngestError, match="not an RSS or Atom feed"):
        parse_feed(b"<html><body>Not a feed</body></html>", source="page.html")


def test_feed_text_only_and_nothing_fetched_unless_asked(tmp_path, server):
    feed = _serve(server, STORIES)
    articles, errors, reader = _run(tmp_path / "state.json", feed, fetch_pages=False)
    assert errors == [] and len(articles) == 3
    assert server.paths() == ["/feed.xml"]  # the feed only: no page without --fetch-pages
    a = {x.title: x for x in articles}["yemen us uk strikes houthis 2024 01"]
    assert a.text == _text(STORIES[0]).split("\n")[0] and a.published.isoformat() == "2024-05-07"
    assert a.publisher == "World wire" and a.url == f"{server.url}/news/{STORIES[0]}"


def test_second_run_fetches_nothing_new(tmp_path, server):
    feed = _serve(server, STORIES)
    state = tmp_path / "state.json"
    articles, errors, reader = _run(state, feed)
    assert errors == [] and len(articles) == 3 and reader.fetcher.requests == 4
    # the page's text, with the feed's metadata as a sidecar's
    a = {x.url: x for x in articles}[f"{server.url}/news/{STORIES[1]}"]
    assert a.text == _text(STORIES[1]) and a.title == STORIES[1].replace("-", " ")
    assert "Home | World" not in a.text
    ua = server.log[0][1]["User-Agent"]
    assert ua.startswith("kg/")
    server.log.clear()
    again, errors, reader = _run(state, feed)
    assert again == [] and errors == []
    assert server.paths() == ["/feed.xml"] and server.log[0][1].get("If-None-Match") == '"v1"'  # answered 304


def test_a_feed_that_changes_gives_only_its_new_entries(tmp_path, server):
    state = tmp_path / "state.json"
    _run(state, _serve(server, STORIES[:2]))
    server.log.clear()
    feed = _serve(server, STORIES, etag='"v2"')  # one entry more, a new ETag
    articles, errors, _ = _run(state, feed)
    assert [a.url.rsplit("/", 1)[-1] for a in articles] == [STORIES[2]] and errors == []
    assert server.paths() == ["/feed.xml", f"/news/{STORIES[2]}"]


def test_an_entry_the_feed_updates_is_read_again(tmp_path, server):
    state = tmp_path / "state.json"
    feed = _serve(server, STORIES[:1])
    _run(state, feed)
    body = _rss(server.url, STORIES[:1]).replace(b"Tue, 07 May 2024", b"Wed, 08 May 2024")
    server.routes["/feed.xml"] = Route(body, content_type="application/rss+xml", etag='"v3"')
    articles, _, _ = _run(state, feed)  # the entry's date changed: the outlet updated it
    assert len(articles) == 1 and articles[0].published.isoformat() == "2024-05-08"
    assert _run(state, feed)[0] == []


def test_a_page_that_fails_is_reported_and_retried(tmp_path, server):
    state = tmp_path / "state.json"
    feed = _serve(server, STORIES)
    server.routes[f"/news/{STORIES[0]}"] = Route(b"oops", status=500)
    articles, errors, _ = _run(state, feed)
    assert len(articles) == 2 and len(errors) == 1 and "HTTP 500" in str(errors[0]) and STORIES[0] in str(errors[0])
    server.routes[f"/news/{STORIES[0]}"] = Route(_page(STORIES[0]))  # the site is back
    server.log.clear()
    articles, errors, _ = _run(state, feed)
    assert [a.url.rsplit("/", 1)[-1] for a in articles] == [STORIES[0]] and errors == []
    assert server.paths() == ["/feed.xml", f"/news/{STORIES[0]}"]  # the feed answered 304; the failed page was retried
    server.log.clear()
    assert _run(state, feed)[0] == [] and server.paths() == ["/feed.xml"]


def test_a_redirected_page_is_followed(tmp_path, server):
    feed = _serve(server, STORIES[:1])
    server.routes[f"/news/{STORIES[0]}"] = Route(status=301, location=f"{server.url}/moved/{STORIES[0]}")
    server.routes[f"/moved/{STORIES[0]}"] = Route(_page(STORIES[0]))
    (article,), errors, _ = _run(tmp_path / "s.json", feed)
    assert errors == [] and article.text == _text(STORIES[0])
    assert article.url == f"{server.url}/news/{STORIES[0]}"  # the feed's link names the article


def test_robots_txt_is_respected_when_asked(tmp_path, server):
    feed = _serve(server, STORIES[:2])
    server.routes["/robots.txt"] = Route(f"User-agent: *\nDisallow: /news/{STORIES[0]}\n".encode(), content_type="text/plain")
    articles, errors, _ = _run(tmp_path / "s.json", feed, robots=True)
    assert len(articles) == 1 and "robots.txt" in str(errors[0])
    assert f"/news/{STORIES[0]}" not in server.paths() and server.paths().count("/robots.txt") == 1


def test_rate_limit_spaces_requests_to_one_host(server):
    import time

    server.routes["/x"] = Route(b"x")
    fetcher = Fetcher(rate_limit=0.3)
    start = time.monotonic()
    for _ in range(3):
        fetcher.get(server.url + "/x")
    assert time.monotonic() - start >= 0.6 and fetcher.requests == 3


def test_a_feed_file_unchanged_is_not_read_again(tmp_path, server):
    path = tmp_path / "wire.xml"
    path.write_bytes(_rss("https://news.example.org", STORIES))
    state = tmp_path / "state.json"
    articles, errors, reader = _run(state, str(path), fetch_pages=False)
    assert len(articles) == 3 and reader.fetcher.requests == 0
    assert _run(state, str(path), fetch_pages=False)[0] == []
    path.write_bytes(_rss("https://news.example.org", STORIES + ["haiti-security-council-press-statement-2024-03"]))
    assert [a.title for a in _run(state, str(path), fetch_pages=False)[0]] == ["haiti security council press statement 2024 03"]


def test_a_broken_state_file_is_refused(tmp_path):
    bad = tmp_path / "state.json"
    bad.write_text("[1, 2]")
    with pytest.raises(IngestError, match="not a kg feed state"):
        FeedState.load(bad)


def test_fetcher_errors_name_the_address(server):
    with pytest.raises(IngestError, match="HTTP 404"):
        Fetcher(rate_limit=0).get(server.url + "/missing")
    with pytest.raises(IngestError, match="not an http"):
        Fetcher().get("file:///etc/passwd")


def test_a_list_of_urls_loads_new_and_changed_pages_only(tmp_path, server):
    server.routes["/a"] = Route(_page(STORIES[0]), etag='"a1"')  # answers conditional requests
    server.routes["/b"] = Route(_page(STORIES[1]))  # does not: known by its content hash
    server.routes["/gone"] = Route(b"", status=404)
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# world desk\n{server.url}/a\n\n{server.url}/b\n{server.url}/gone\nnot a url\n")
    state = tmp_path / "state.json"

    def run():
        errors: list[IngestError] = []
        reader = FeedReader(FeedState.load(state), Fetcher(rate_limit=0))
        got = list(reader.articles([], on_error=errors.append, url_lists=[str(urls)]))
        reader.settle(lambda _aid: True)
        reader.state.save()
        return got, errors

    articles, errors = run()
    assert [a.url for a in articles] == [f"{server.url}/a", f"{server.url}/b"]
    assert articles[1].text == _text(STORIES[1])
    assert sorted(str(e).split(": ", 1)[1][:9] for e in errors) == ["'not a ur", "HTTP 404 "]
    server.log.clear()
    articles, _ = run()
    assert articles == [] and server.log[0][1].get("If-None-Match") == '"a1"'
    server.routes["/b"] = Route(_page(STORIES[2]))  # the page at /b now carries another story
    articles, _ = run()
    assert [(a.url, a.text) for a in articles] == [(f"{server.url}/b", _text(STORIES[2]))]
