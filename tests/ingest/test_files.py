"""kg/ingest/files.py and read_articles: paths, folders, gzip, standard input, errors."""
from __future__ import annotations

import gzip
import json
from datetime import date

import pytest

from kg.errors import IngestError
from kg.ingest import read_articles

from .mixed_corpus import build_mixed_corpus


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(text.encode()) if path.suffix == ".gz" else text.encode())
    return path


def test_folder_is_read_recursively_in_sorted_order_skipping_what_is_not_an_article(tmp_path):
    root = tmp_path / "in"
    write(root / "b.txt", "Story b.")
    write(root / "a" / "z.md", "Story a/z.")
    write(root / "a" / "y" / "x.html.gz", "<html><body><article><p>Story a/y/x, from a gzipped page.</p></article></body></html>")
    write(root / "a.txt", "Story a.")
    write(root / "c.jsonl", '{"text": "Story c:1."}\n{"text": "Story c:2."}\n')
    write(root / "b.json", json.dumps({"title": "Sidecar of b"}))
    write(root / ".hidden" / "h.txt", "Hidden folder.")
    write(root / ".h.txt", "Hidden file.")
    write(root / "notes.odt", "PK not read")
    write(root / "README", "Not an article.")
    texts = [a.text for a in read_articles([root])]
    assert texts == ["Story a/y/x, from a gzipped page.", "Story a/z.", "Story a.", "Story b.", "Story c:1.", "Story c:2."]
    assert next(a for a in read_articles([root]) if a.text == "Story b.").title == "Sidecar of b"


def test_explicit_paths_keep_their_order_and_an_explicit_sidecar_is_not_an_article(tmp_path):
    b = write(tmp_path / "b.txt", "Story b.")
    a = write(tmp_path / "a.txt.gz", "Story a.")
    sidecar = write(tmp_path / "a.json", json.dumps({"published": "2024-05-01"}))
    articles = list(read_articles([b, sidecar, a]))
    assert [(x.text, x.published) for x in articles] == [("Story b.", None), ("Story a.", date(2024, 5, 1))]


def test_unknown_suffix_given_explicitly_is_sniffed(tmp_path):
    path = write(tmp_path / "export.dat", '{"text": "From JSON lines."}\n')
    assert [a.text for a in read_articles([path])] == ["From JSON lines."]


@pytest.mark.parametrize(
    "data, text, source",
    [
        (b"Plain text from a pipe.\r\n\r\nShare this:\n", "Plain text from a pipe.", "-"),
        (b'\n  {"text": "From JSON lines.", "published": "2024-01-02"}\n', "From JSON lines.", "-:2"),
        (b"<!DOCTYPE html><html><body><article><p>From an HTML page on standard input.</p></article></body></html>",
         "From an HTML page on standard input.", "-"),
        (gzip.compress(b"Gzipped text from a pipe."), "Gzipped text from a pipe.", "-"),
    ],
    ids=["text", "jsonl", "html", "gzip"],
)
def test_standard_input_is_sniffed(stdin, data, text, source):
    stdin(data)
    (article,) = read_articles(["-"])
    assert (article.text, article.source) == (text, source)


def test_bad_gzip_names_the_file_and_reading_goes_on(tmp_path, errors):
    bad = tmp_path / "a.txt.gz"
    bad.write_bytes(b"\x1f\x8b\x08\x00 this is not deflate data at all")
    not_gzip = tmp_path / "b.txt.gz"
    not_gzip.write_bytes(b"plain text with a .gz name")
    good = write(tmp_path / "c.txt", "Still read.")
    assert [a.text for a in read_articles([bad, not_gzip, good], on_error=errors.append)] == ["Still read."]
    assert [e.source for e in errors] == [str(bad), str(not_gzip)]
    assert all("gzip" in e.reason for e in errors)


def test_missing_and_unreadable_paths(tmp_path, errors):
    missing = tmp_path / "nope.txt"
    good = write(tmp_path / "ok.txt", "Still read.")
    assert [a.text for a in read_articles([missing, good], on_error=errors.append)] == ["Still read."]
    (error,) = errors
    assert error.source == str(missing) and "no such file" in error.reason
    with pytest.raises(IngestError):
        list(read_articles([missing]))


def test_published_option_overrides_every_date(tmp_path):
    write(tmp_path / "a.txt", "Story a.")
    write(tmp_path / "a.json", json.dumps({"published": "2024-05-01"}))
    write(tmp_path / "b.jsonl", '{"text": "Story b.", "published": "2023-01-01"}\n')
    assert {a.published for a in read_articles([tmp_path], published=date(2022, 2, 2))} == {date(2022, 2, 2)}


def test_an_on_error_that_raises_is_called_once(tmp_path):
    write(tmp_path / "bad.jsonl", "{oops\n")
    calls = []

    def stop(error):
        calls.append(error)
        raise error

    with pytest.raises(IngestError):
        list(read_articles([tmp_path], on_error=stop))
    assert len(calls) == 1


def test_mixed_corpus_gives_every_good_article_and_one_error_per_broken_input(tmp_path, errors):
    corpus = build_mixed_corpus(tmp_path / "corpus", n=60)
    articles = list(read_articles([tmp_path / "corpus"], on_error=errors.append))
    assert len(articles) == corpus["good_articles"] == 60
    root = str(tmp_path / "corpus") + "/"
    reported = sorted(e.source.removeprefix(root) + (f":{e.line}" if e.line else "") for e in errors)
    assert reported == corpus["broken"]
    assert all(a.text and not a.text.endswith((" ", "\n")) for a in articles)
    assert not any("Leave a Reply" in a.text or "All rights reserved" in a.text for a in articles)
    assert sum(a.published is not None for a in articles) > 40


def test_ids_are_deterministic_and_distinct(tmp_path):
    def ids(folder):
        return [a.id for a in read_articles([folder], on_error=lambda e: None)]

    build_mixed_corpus(tmp_path / "corpus", n=40)
    build_mixed_corpus(tmp_path / "again", n=40)
    first = ids(tmp_path / "corpus")
    assert first == ids(tmp_path / "corpus") == ids(tmp_path / "again")
    assert len(set(first)) == len(first) == 40


def test_an_unreadable_subfolder_is_reported(tmp_path, errors):
    import os

    if os.geteuid() == 0:
        pytest.skip("root reads every folder")
    locked = tmp_path / "locked"
    write(locked / "a.txt", "Hidden away.")
    write(tmp_path / "b.txt", "Still read.")
    locked.chmod(0)
    try:
        assert [a.text for a in read_articles([tmp_path], on_error=errors.append)] == ["Still read."]
    finally:
        locked.chmod(0o755)
    (error,) = errors
    assert error.source == str(locked) and "cannot be read" in error.reason
