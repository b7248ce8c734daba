"""kg/ingest/sidecar.py and metadata.py: NAME.json metadata, checked."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from kg.ingest import read_articles
from kg.ingest.metadata import Metadata, metadata_from_json
from kg.ingest.sidecar import read_sidecar, sidecar_path, sidecars_among


def test_sidecar_paths():
    assert sidecar_path(Path("d/a.txt")) == Path("d/a.json")
    assert sidecar_path(Path("d/a.b.html.gz")) == Path("d/a.b.json")
    assert sidecar_path(Path("d/a.jsonl")) is None
    assert sidecars_among(["x.md", "x.json", "y.json", "z.htm.gz"]) == {"x.json", "z.json"}


def test_sidecar_values(tmp_path):
    (tmp_path / "a.txt").write_text("Text.")
    (tmp_path / "a.json").write_text(json.dumps({
        "published": "2023-09-19T07:00:00Z", "title": " Offensive ", "url": "https://e.org/a", "source": "Politico",
        "id": 17, "language": "EN", "note": "ignored", "tags": ["x"]}))
    assert read_sidecar(tmp_path / "a.txt") == Metadata(
        id="17", title="Offensive", url="https://e.org/a", published=date(2023, 9, 19), publisher="Politico", language="en")
    assert read_sidecar(tmp_path / "b.txt") == Metadata()


def test_publisher_wins_over_its_alias_source():
    assert metadata_from_json({"source": "A", "publisher": "B"}, source="x").publisher == "B"


@pytest.mark.parametrize(
    "content, message",
    [
        ('{"published": "2023-09-19",', "not valid JSON"),
        ('["2023-09-19"]', "JSON object"),
        ('{"published": "19 Sept 2023"}', "not a date"),
        ('{"title": {"en": "x"}}', '"title" must be a string'),
        (b'{"title": "caf\xe9"}', "not UTF-8"),
    ],
)
def test_a_broken_sidecar_is_an_error_naming_the_sidecar(tmp_path, errors, content, message):
    (tmp_path / "a.txt").write_text("Text of a.")
    sidecar = tmp_path / "a.json"
    sidecar.write_bytes(content if isinstance(content, bytes) else content.encode())
    (tmp_path / "b.txt").write_text("Text of b.")
    assert [a.text for a in read_articles([tmp_path], on_error=errors.append)] == ["Text of b."]
    (error,) = errors
    assert error.source == str(sidecar) and message in error.reason


def test_a_lone_json_file_is_not_a_sidecar(tmp_path, errors):
    (tmp_path / "orphan.json").write_text(json.dumps({"published": "2023-09-19"}))
    assert list(read_articles([tmp_path], on_error=errors.append)) == []
    (error,) = errors
    assert 'neither "text" nor "html"' in error.reason
