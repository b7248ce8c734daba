"""kg load --feed end to end (real model): a feed's pages loaded, a syndicated copy among them
linked to its original, and a second run that fetches nothing new."""
from __future__ import annotations

import pytest

from .feedserver import FeedServer, Route
from .test_feeds import STORIES, _page, _rss, _text

pytestmark = pytest.mark.model


def test_kg_load_feed_twice(tmp_path, capsys):
    from kg.cli import main

    server = FeedServer().start()
    try:
        item = (f"<item><guid>copy</guid><title>Strikes on Yemen</title><link>{server.url}/news/copy</link>"
                "<pubDate>Wed, 08 May 2024 10:00:00 GMT</pubDate></item>")
        feed = _rss(server.url, STORIES).replace(b"</channel>", item.encode() + b"</channel>")
        server.routes["/feed.xml"] = Route(feed, content_type="application/rss+xml", etag='"v1"')
        for n in STORIES:
            server.routes[f"/news/{n}"] = Route(_page(n))
        # another outlet's copy of the first story: a dateline, a credit line
        copy = f"<html><body><article><p>ADEN (Wire) - {_text(STORIES[0])}</p><p>Reporting by the desk.</p></article></body></html>"
        server.routes["/news/copy"] = Route(copy.encode())
        store = tmp_path / "store"
        argv = ["load", "--feed", server.url + "/feed.xml", "--fetch-pages", "--rate-limit", "0", "--store", str(store)]
        assert main(argv) == 0
        err = capsys.readouterr().err
        assert "4 articles, 4 added, 1 near-duplicate pair found," in err and "5 HTTP requests" in err, err
        assert (tmp_path / "store.feeds.json").is_file()
        server.log.clear()
        assert main(argv) == 0
        err = capsys.readouterr().err
        assert "0 articles" in err and "1 HTTP request," in err, err
        assert server.paths() == ["/feed.xml"]
        assert main(["query", "near-duplicates", "--format", "csv", "--store", str(store)]) == 0
        rows = capsys.readouterr().out.strip().splitlines()
        assert len(rows) == 2 and rows[1].count("Strikes on Yemen") + rows[1].count("yemen us uk strikes") == 2
    finally:
        server.close()


def test_kg_load_without_inputs_or_with_feed_options_alone_is_a_usage_error(capsys):
    from kg.cli import main

    assert main(["load"]) == 2
    assert main(["load", "x.txt", "--fetch-pages"]) == 2
    assert "--feed" in capsys.readouterr().err
