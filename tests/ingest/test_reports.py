"""PDF and Word reports: real files in, paragraphs out; broken ones are one clear error each."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from kg.errors import IngestError
from kg.ingest import read_articles
from kg.ingest.layout import paragraphs_from_pages

from .reports import write_docx, write_pdf

SITREP = [
    [
        "SUDAN: Flash Update No. 3",
        "Fighting between the Sudanese Armed Forces and the Rapid Support Forces displaced",
        "about 4,000 people from villages west of El Fasher, North Darfur, on 12 May, accord-",
        "ing to the International Organization for Migration.",
        "",
        "Humanitarian partners delivered food to Zamzam camp.",
        "Page 1 of 2",
    ],
    [
        "SUDAN: Flash Update No. 3",
        "The World Food Programme said convoys from Chad were delayed at the Adre crossing.",
        "Page 2 of 2",
    ],
]


def test_the_fixture_pdf_is_a_real_pdf_that_an_independent_reader_reads(tmp_path):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: .ci/run installs it")
    pdf = write_pdf(tmp_path / "u.pdf", SITREP, title="Sudan: Flash Update No. 3")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Rapid Support Forces displaced" in text and "Adre crossing" in text


def test_a_pdf_becomes_paragraphs_without_running_heads_or_page_numbers(tmp_path):
    write_pdf(tmp_path / "update.pdf", SITREP, title="Sudan: Flash Update No. 3")
    (article,) = read_articles([tmp_path])
    assert article.title == "Sudan: Flash Update No. 3"
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0].startswith("Fighting between the Sudanese Armed Forces")
    assert "according to the International Organization for Migration." in paragraphs[0]  # hyphen joined
    assert "Flash Update No. 3" not in article.text and "Page 1" not in article.text
    assert paragraphs[-1] == "The World Food Programme said convoys from Chad were delayed at the Adre crossing."


def test_a_docx_keeps_paragraphs_and_reads_tables(tmp_path):
    write_docx(
        tmp_path / "statement.docx",
        ["Myanmar’s military government extended the state of emergency on Wednesday.",
         "The National Unity Government said the junta had no mandate."],
        title="Statement on Myanmar",
        table=[["Region", "Displaced"], ["Sagaing", "1,200,000"]],
    )
    (article,) = read_articles([tmp_path])
    assert article.title == "Statement on Myanmar"
    assert article.text.split("\n\n") == [
        "Myanmar’s military government extended the state of emergency on Wednesday.",
        "The National Unity Government said the junta had no mandate.",
        "Region | Displaced",
        "Sagaing | 1,200,000",
    ]


def test_a_sidecar_title_wins_over_the_documents(tmp_path):
    write_pdf(tmp_path / "a.pdf", SITREP, title="Untitled-1")
    (tmp_path / "a.json").write_text('{"title": "Sudan flash update", "published": "2024-05-13"}')
    (article,) = read_articles([tmp_path])
    assert article.title == "Sudan flash update" and str(article.published) == "2024-05-13"


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("scan.pdf", None, "no text layer"),
        ("cut.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "cannot read this PDF"),
        ("fake.pdf", b"<html>not a pdf</html>", "is not a PDF"),
        ("old.docx", b"\xd0\xcf\x11\xe0 an old binary .doc", "is not a .docx"),
        ("cut.docx", b"PK\x03\x04 truncated", "cannot read this Word document"),
    ],
)
def test_broken_reports_are_one_error_each_and_the_rest_is_read(tmp_path, name, data, message):
    if data is None:
        write_pdf(tmp_path / name, [[]])  # a page with no text, as a scan has
    else:
        (tmp_path / name).write_bytes(data)
    write_docx(tmp_path / "good.docx", ["Haiti’s transitional council named a new prime minister on Monday."])
    errors: list[IngestError] = []
    articles = list(read_articles([tmp_path], on_error=errors.append))
    assert [a.source.rsplit("/", 1)[-1] for a in articles] == ["good.docx"]
    assert len(errors) == 1 and name in str(errors[0]) and message in str(errors[0])


def test_a_password_protected_pdf_says_so(tmp_path):
    from pypdf import PdfReader, PdfWriter

    plain = write_pdf(tmp_path / "plain.pdf", SITREP)
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt("secret", algorithm="RC4-128")
    with open(tmp_path / "locked.pdf", "wb") as fh:
        writer.write(fh)
    plain.unlink()
    errors: list[IngestError] = []
    assert list(read_articles([tmp_path], on_error=errors.append)) == []
    assert len(errors) == 1 and "password-protected" in str(errors[0])


def test_layout_keeps_short_headings_apart_and_joins_wrapped_lines():
    text = paragraphs_from_pages(["Background\nThe conflict began in April 2023 when the army and the\nparamilitary force clashed in Khartoum.\nNext steps\nTalks resumed."])
    assert text.split("\n\n") == [
        "Background",
        "The conflict began in April 2023 when the army and the paramilitary force clashed in Khartoum.",
        "Next steps",
        "Talks resumed.",
    ]


def test_kg_extract_reads_a_folder_of_reports_with_the_real_model(tmp_path, capsysbinary):
    from kg.cli import main

    write_pdf(tmp_path / "update.pdf", SITREP, title="Sudan: Flash Update No. 3")
    write_docx(tmp_path / "statement.docx", ["Haiti’s transitional council named Garry Conille prime minister on Monday."])
    assert main(["extract", str(tmp_path), "--published", "2024-05-13"]) == 0
    out = capsysbinary.readouterr().out.decode()
    assert "Sudan: Flash Update No. 3" in out  # the PDF's title
    assert "Rapid Support Forces" in out and "Garry Conille" in out


def test_reports_on_standard_input_are_recognised(tmp_path):
    import sys

    pdf = write_pdf(tmp_path / "a.pdf", SITREP, title="Sudan: Flash Update No. 3").read_bytes()
    docx = write_docx(tmp_path / "b.docx", ["Kenya sent police officers to Haiti."], title="On Haiti").read_bytes()
    for data, title in ((pdf, "Sudan: Flash Update No. 3"), (docx, "On Haiti")):
        run = subprocess.run([sys.executable, "-m", "kg", "extract", "-", "--format", "nquads"], input=data, capture_output=True)
        assert run.returncode == 0, run.stderr.decode()
        assert title in run.stdout.decode()
