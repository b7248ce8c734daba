"""kg/ingest/jsonl.py: one article per JSON line; a bad line loses only itself."""
from __future__ import annotations

import gzip
import json
from datetime import date

import pytest

from kg.errors import IngestError
from kg.ingest import read_articles


def write_lines(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_records_keys_and_sources(tmp_path):
    path = write_lines(
        tmp_path / "wire.jsonl",
        [
            json.dumps({"text": "Parliament passed the budget on Wednesday.\n\nSource link", "title": "Budget passes",
                        "url": "https://wire.example/1", "published": "2024-03-06", "source": "Example Wire",
                        "id": "wire-1", "language": "EN", "note": "ignored"}),
            "",
            "   ",
            json.dumps({"text": "The harbour reopened.", "published": "2024-03-07T23:15:00-05:00", "publisher": "Port News"}),
        ],
    )
    first, second = read_articles([path])
    assert first.id == "wire-1"
    assert (first.title, first.url, first.published, first.publisher, first.language) == (
        "Budget passes", "https://wire.example/1", date(2024, 3, 6), "Example Wire", "en")
    assert first.text == "Parliament passed the budget on Wednesday."
    assert first.source == f"{path}:1"
    assert second.source == f"{path}:4"  # blank lines count, and are skipped
    assert second.published == date(2024, 3, 7)  # the date as written, not converted to UTC
    assert second.publisher == "Port News"
    assert second.id.startswith("h-")


def test_html_records(tmp_path):
    html = ("<html lang='fr'><head><title>Gr\u00e8ve \u00e0 la SNCF</title></head><body><article>"
            "<p>Les cheminots ont cess\u00e9 le travail mardi pour protester contre la r\u00e9forme des retraites, "
            "a annonc\u00e9 le syndicat.</p></article></body></html>")
    path = write_lines(tmp_path / "fr.ndjson", [json.dumps({"html": html, "published": "2023-01-31"})])
    (article,) = read_articles([path])
    assert article.title == "Gr\u00e8ve \u00e0 la SNCF"
    assert article.language == "fr"
    assert article.text.startswith("Les cheminots ont cess\u00e9 le travail mardi")


@pytest.mark.parametrize(
    "line, message",
    [
        ('{"text": "cut off', "not valid JSON"),
        ('["a list"]', "not an object"),
        (json.dumps({"title": "no body"}), 'neither "text" nor "html"'),
        (json.dumps({"text": "   "}), 'empty "text"'),
        (json.dumps({"text": "Fine.", "published": "06/03/2024"}), "not a date"),
        (json.dumps({"text": "Fine.", "published": "2024-02-30"}), "not a date"),
        (json.dumps({"text": "Fine.", "published": 20240306}), "must be a date string"),
        (json.dumps({"text": 42}), '"text" must be a string'),
        (json.dumps({"text": "Fine.", "title": ["a"]}), '"title" must be a string'),
    ],
)
def test_a_bad_line_is_reported_with_file_and_line_and_the_others_come_through(tmp_path, errors, line, message):
    path = write_lines(
        tmp_path / "wire.jsonl",
        [json.dumps({"text": "Rail workers will strike on Friday."}), line, json.dumps({"text": "Ferries resume."})],
    )
    articles = list(read_articles([path], on_error=errors.append))
    assert [a.text for a in articles] == ["Rail workers will strike on Friday.", "Ferries resume."]
    (error,) = errors
    assert (error.source, error.line) == (str(path), 2)
    assert message in error.reason
    assert str(error).startswith(f"{path}:2: ")


def test_undecodable_line_is_reported_alone(tmp_path, errors):
    path = tmp_path / "wire.jsonl"
    path.write_bytes(b'{"text": "Good one."}\n{"text": "caf\xe9"}\n{"text": "Good two."}\n')
    assert [a.text for a in read_articles([path], on_error=errors.append)] == ["Good one.", "Good two."]
    assert [(e.line, "UTF-8" in e.reason) for e in errors] == [(2, True)]


def test_without_on_error_the_first_bad_line_raises(tmp_path):
    path = write_lines(tmp_path / "wire.jsonl", [json.dumps({"text": "Fine."}), "{oops"])
    articles = read_articles([path])
    assert next(articles).text == "Fine."
    with pytest.raises(IngestError) as caught:
        next(articles)
    assert caught.value.line == 2


def test_gzipped_jsonl_and_corrupt_gzip_midway(tmp_path, errors):
    good = tmp_path / "a.jsonl.gz"
    good.write_bytes(gzip.compress(b'{"text": "One."}\n{"text": "Two."}\n'))
    whole = gzip.compress(b"".join(b'{"text": "Line %d."}\n' % i for i in range(2000)))
    broken = tmp_path / "b.jsonl.gz"
    broken.write_bytes(whole[: len(whole) // 2])  # cut off half way
    texts = [a.text for a in read_articles([good, broken], on_error=errors.append)]
    assert texts[:2] == ["One.", "Two."]
    assert 2 < len(texts) < 2002 and texts[2] == "Line 0."
    (error,) = errors
    assert error.source == str(broken) and "gzip" in error.reason


def test_binary_or_utf16_jsonl_is_one_error(tmp_path, errors):
    binary = tmp_path / "blob.jsonl"
    binary.write_bytes(b"\x00\x01\x02{\n" * 50)
    utf16 = tmp_path / "wide.jsonl"
    utf16.write_bytes('{"text": "Wide."}\n'.encode("utf-16"))
    assert list(read_articles([binary, utf16], on_error=errors.append)) == []
    assert [(e.source, e.line) for e in errors] == [(str(binary), None), (str(utf16), None)]
    assert "binary" in errors[0].reason and "UTF-16" in errors[1].reason


def test_json_file_with_one_object(tmp_path, errors):
    single = tmp_path / "story.json"
    single.write_text(json.dumps({"text": "Voters went to the polls.", "title": "Polls"}, indent=2), encoding="utf-8")
    several = tmp_path / "lines.json"
    several.write_text('{"text": "A."}\n{"text": "B."}\n', encoding="utf-8")
    array = tmp_path / "array.json"
    array.write_text('[{"text": "A."}]', encoding="utf-8")
    articles = list(read_articles([single, several, array], on_error=errors.append))
    assert [(a.text, a.source) for a in articles] == [
        ("Voters went to the polls.", str(single)), ("A.", f"{several}:1"), ("B.", f"{several}:2")]
    (error,) = errors
    assert error.source == str(array) and "not an object" in error.reason
