"""kg/ingest/html.py: main text and metadata from HTML pages, offline."""
from __future__ import annotations

import gzip
import json
from datetime import date

import pytest

from kg.errors import IngestError
from kg.ingest import read_articles

PAGE = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="{charset}">
<title>Council approves new bus lanes | The Daily Courier</title>
<meta property="og:title" content="Council approves new bus lanes">
<meta property="og:site_name" content="The Daily Courier">
<link rel="canonical" href="https://dailycourier.example/news/2024/03/bus-lanes">
<meta property="article:published_time" content="2024-03-05T09:30:00Z">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<div class="cookie-banner"><p>We use cookies to improve your experience. <button>Accept</button></p></div>
<article><h1>Council approves new bus lanes</h1>
<p>The city council voted 7-2 on Monday to approve a network of dedicated bus lanes along three of the
busiest corridors in the city, a plan that transport officials say will cut journey times by a fifth.</p>
<p>Opponents, including several small business owners on Market Street, argued that the loss of parking
would hurt trade. \u201cWe were not consulted properly,\u201d said one shop owner in the caf\u00e9 district.</p>
<p>Advertisement</p>
<p>Construction is expected to begin in the autumn and finish by the end of next year, according to the
council\u2019s transport committee.</p>
<p>This story is being updated.</p>
</article>
<section class="comments"><h2>Leave a Reply</h2><p>Great news for cyclists! I hope it happens soon.</p></section>
<footer><p>\u00a9 2024 The Daily Courier. All rights reserved.</p></footer>
</body></html>
"""


def page(charset: str = "utf-8") -> bytes:
    return PAGE.replace("{charset}", charset).encode(charset)


def test_html_text_and_metadata(tmp_path):
    path = tmp_path / "bus-lanes.html"
    path.write_bytes(page())
    (article,) = read_articles([path])
    assert article.title == "Council approves new bus lanes"
    assert article.url == "https://dailycourier.example/news/2024/03/bus-lanes"
    assert article.published == date(2024, 3, 5)
    assert article.publisher == "The Daily Courier"
    assert article.language == "en"
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0].startswith("The city council voted 7-2 on Monday")  # the repeated headline is dropped
    assert paragraphs[-1] == "This story is being updated."
    assert "Advertisement" not in article.text
    assert "cookies" not in article.text and "Great news for cyclists" not in article.text
    assert "All rights reserved" not in article.text
    assert article.id == next(read_articles([path])).id  # the same input, the same id


def test_sidecar_wins_over_the_page(tmp_path):
    path = tmp_path / "bus-lanes.htm.gz"
    path.write_bytes(gzip.compress(page()))
    (tmp_path / "bus-lanes.json").write_text(
        json.dumps({"published": "2024-03-04", "title": "Bus lanes approved", "source": "Courier Wire"}), encoding="utf-8"
    )
    (article,) = read_articles([tmp_path])
    assert (article.title, article.published, article.publisher) == ("Bus lanes approved", date(2024, 3, 4), "Courier Wire")
    assert article.url == "https://dailycourier.example/news/2024/03/bus-lanes"  # not in the sidecar: the page's


def test_declared_legacy_charset(tmp_path):
    path = tmp_path / "legacy.html"
    path.write_bytes(page("windows-1252"))
    (article,) = read_articles([path])
    assert "\u201cWe were not consulted properly,\u201d" in article.text
    assert "caf\u00e9 district" in article.text


def test_explicit_published_overrides_the_page(tmp_path):
    path = tmp_path / "bus-lanes.xhtml"
    path.write_bytes(page())
    (article,) = read_articles([path], published=date(2020, 1, 2))
    assert article.published == date(2020, 1, 2)


def test_page_without_article_text_is_an_error(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>Nothing</title></head><body></body></html>", encoding="utf-8")
    with pytest.raises(IngestError, match="no article text") as caught:
        list(read_articles([path]))
    assert caught.value.source == str(path)
