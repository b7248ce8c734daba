"""kg/ingest/formats.py: the reader registry, formats from names, sniffing."""
from __future__ import annotations

import pytest

from kg.errors import ConfigError
from kg.ingest import read_articles
from kg.ingest.article import Article
from kg.ingest.formats import format_for_path, get_reader, reader_names, register_reader, sniff_format


@pytest.mark.parametrize(
    "name, fmt",
    [
        ("a.txt", "text"), ("a.TEXT", "text"), ("a.md.gz", "text"), ("a.html", "html"), ("a.HTM", "html"),
        ("a.xhtml.gz", "html"), ("a.jsonl", "jsonl"), ("a.ndjson.gz", "jsonl"), ("a.json", "json"),
        ("a.pdf", "pdf"), ("a.DOCX", "docx"), ("a.odt", None), ("a.gz", None), ("README", None), (".txt", None),
    ],
)
def test_format_for_path(name, fmt):
    assert format_for_path(name) == fmt


@pytest.mark.parametrize(
    "head, fmt",
    [
        (b'{"text": 1}', "jsonl"), (b"\xef\xbb\xbf\n {", "jsonl"), (b"<!doctype html>", "html"),
        (b"  <html lang=en>", "html"), (b"<p>Hi</p>", "html"), (b"<?xml version='1.0'?><html>", "html"),
        ("<html>".encode("utf-16"), "html"), (b"Hello <b>world</b>", "text"), (b"", "text"),
    ],
)
def test_sniff_format(head, fmt):
    assert sniff_format(head) == fmt


def test_every_registered_reader_loads():
    assert reader_names() == ["docx", "html", "json", "jsonl", "pdf", "text"]
    for name in reader_names():
        assert callable(get_reader(name))


def test_unknown_reader_name():
    with pytest.raises(ConfigError, match="use one of docx, html, json, jsonl, pdf, text"):
        get_reader("odt")


def test_register_a_reader_with_its_extension(tmp_path, monkeypatch):
    import kg.ingest.formats as formats

    monkeypatch.setattr(formats, "_TARGETS", dict(formats._TARGETS))
    monkeypatch.setattr(formats, "_EXTENSIONS", dict(formats._EXTENSIONS))

    def read_upper(source, *, meta, on_error):
        yield Article.create(source.read_bytes().decode().upper(), source=source.name)

    register_reader("upper", read_upper, extensions=[".up"])
    (tmp_path / "a.up").write_text("quiet news")
    assert [a.text for a in read_articles([tmp_path])] == ["QUIET NEWS"]
