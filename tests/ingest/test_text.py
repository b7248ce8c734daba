"""kg/ingest/text.py: plain text files, cleaned; metadata only from a sidecar."""
from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from kg.errors import IngestError
from kg.ingest import read_articles

DATA = Path(__file__).parent / "data"


def test_seed_with_its_sidecar(tmp_path):
    for name in ("politico-2023-09-19.txt", "politico-2023-09-19.json"):
        shutil.copy(DATA / name, tmp_path / name)
    (article,) = read_articles([tmp_path / "politico-2023-09-19.txt"])
    assert article.published == date(2023, 9, 19)
    assert article.language == "en"
    assert article.title is None  # the sidecar gives none; its "note" is ignored
    assert article.source == str(tmp_path / "politico-2023-09-19.txt")
    assert article.text.endswith("This story is being updated.")
    assert "Leave a Reply" not in article.text


def test_plain_text_without_sidecar(tmp_path):
    path = tmp_path / "story.md"
    path.write_text("Skip to content\n\nThe river burst its banks overnight.\n\nRoads were closed.\n", encoding="utf-8")
    (article,) = read_articles([path])
    assert article.text == "The river burst its banks overnight.\n\nRoads were closed."
    assert (article.title, article.url, article.published, article.publisher) == (None, None, None, None)
    assert article.id.startswith("h-")


def test_windows_newlines_and_bom(tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes(b"\xef\xbb\xbfFirst paragraph.\r\n\r\nSecond paragraph.\r\n")
    (article,) = read_articles([path])
    assert article.text == "First paragraph.\n\nSecond paragraph."


@pytest.mark.parametrize(
    "content, message",
    [(b"", "is empty"), (b"  \n\n\t\n", "is empty"), (b"Leave a Reply\n\nShare this:\nTwitter\n", "boilerplate")],
)
def test_empty_text_is_an_error(tmp_path, content, message):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(IngestError, match=message) as caught:
        list(read_articles([path]))
    assert caught.value.source == str(path)
