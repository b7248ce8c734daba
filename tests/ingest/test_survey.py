"""What kg load / kg extract say about paths they will not read (issue 13).

A URL said "no such file or folder: http:/…"; a sidecar alone loaded nothing and exited 0;
files of unknown formats in a folder were skipped without a word.
"""
from __future__ import annotations

from pathlib import Path

from kg.cli import main
from kg.ingest.survey import survey


def _folder(tmp_path: Path) -> Path:
    f = tmp_path / "reports"
    (f / ".git").mkdir(parents=True)
    (f / ".git" / "HEAD").write_text("ref")
    (f / ".DS_Store").write_bytes(b"\0")
    (f / "sitrep.xlsx").write_bytes(b"PK")
    (f / "notes.doc").write_bytes(b"\xd0\xcf")
    (f / "a.txt").write_text("x", encoding="utf-8")
    (f / "a.json").write_text("{}", encoding="utf-8")  # a's sidecar
    return f


def test_survey_names_unsupported_files_not_hidden_ones_or_sidecars(tmp_path):
    found = survey([_folder(tmp_path)])
    assert [p.name for p in found.unsupported] == ["notes.doc", "sitrep.xlsx"]
    lines = found.unsupported_lines()
    assert lines[0].endswith("notes.doc: unsupported format") and lines[1].endswith("sitrep.xlsx: unsupported format")
    assert lines[-1].startswith("2 files of unsupported formats ignored (.doc ×1, .xlsx ×1); kg reads ")
    assert ".pdf" in lines[-1] and ".docx" in lines[-1]


def test_a_url_is_refused_with_what_to_do(tmp_path, capsys):
    store = tmp_path / "store"
    assert main(["load", "https://reliefweb.int/report/sudan/situation-report", "--store", str(store)]) == 1
    err = capsys.readouterr().err
    assert "kg reads files and folders" in err and "to load a web page" in err.lower() and "no such file" not in err
    assert not store.exists()  # nothing created
    assert main(["extract", "http://example.org/a.html"]) == 1


def test_a_sidecar_alone_loads_nothing_and_fails(tmp_path, capsys):
    f = _folder(tmp_path)
    assert main(["load", str(f / "a.json"), "--store", str(tmp_path / "store")]) == 1
    err = capsys.readouterr().err
    assert "no article was read" in err and "a sidecar holds the metadata of its text file" in err


def test_a_folder_of_other_files_fails_and_lists_them(tmp_path, capsys):
    f = tmp_path / "docs"
    f.mkdir()
    (f / "budget.xlsx").write_bytes(b"PK")
    assert main(["extract", str(f)]) == 1
    err = capsys.readouterr().err
    assert "kg: ignored" in err and "budget.xlsx: unsupported format" in err
    assert "no article was read" in err
