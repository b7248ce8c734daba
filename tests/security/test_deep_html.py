"""Issue 12: HTML nested hundreds of levels deep is read whole; deeper than the parser
can go, the page is refused with a reason, never read in part (the real `kg extract`)."""
from __future__ import annotations

import pytest

from kg.cli import main

FIRST = "The army said on Monday that fighting had stopped near the border town of Kidal in northern Mali."
LAST = "Aid groups said thousands of people had fled the fighting in recent weeks."


def _page(depth: int) -> str:
    return ("<html lang='en'><head><title>Mali</title></head><body><article>" + "<div>" * depth + f"<p>{FIRST}</p>"
            + "</div>" * depth + f"<p>{LAST}</p></article></body></html>")


@pytest.mark.model
def test_a_page_nested_300_levels_deep_is_read_whole(tmp_path, capsysbinary):
    (tmp_path / "deep.html").write_text(_page(300))
    assert main(["extract", str(tmp_path / "deep.html"), "--format", "nquads"]) == 0
    out = capsysbinary.readouterr().out.decode()
    assert "Kidal" in out and "thousands of people had fled" in out


def test_a_page_deeper_than_the_parser_reads_is_refused_with_a_reason(tmp_path):
    from kg.ingest import read_articles

    (tmp_path / "deeper.html").write_text(_page(5000))
    errors = []
    assert list(read_articles([tmp_path / "deeper.html"], on_error=errors.append)) == []
    (error,) = errors
    assert "deeper.html" in str(error) and "2,000 or more levels deep" in str(error)


def test_a_page_that_takes_too_long_to_read_is_refused_with_a_reason(tmp_path, monkeypatch):
    import kg.ingest.html
    from kg.ingest import read_articles

    monkeypatch.setattr(kg.ingest.html, "HTML_TIME_LIMIT", 0.2)
    paras = "".join(f"<p>Paragraph {i}: the fighting near the town went on for several days.</p>" for i in range(60_000))
    (tmp_path / "big.html").write_text(f"<html><body><article>{paras}</article></body></html>")
    (tmp_path / "small.html").write_text(_page(3))
    errors = []
    articles = list(read_articles([tmp_path], on_error=errors.append))
    assert [a.source for a in articles] == [str(tmp_path / "small.html")]
    (error,) = errors
    assert "big.html" in str(error) and "took longer than the limit of 0.2 s" in str(error)
