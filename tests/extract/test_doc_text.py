"""The parsed article keeps the article's own text (kg/extract/doctext.py, ``keep_text``): the
readers never join it again from the tokens, and the sentences are slices of it, whole or
parsed in pieces."""
from __future__ import annotations

from dataclasses import replace

import pytest

from kg.extract import pipeline
from kg.extract.doctext import doc_text
from kg.ingest.article import Article

pytestmark = pytest.mark.model

PARAGRAPHS = [
    "Paramilitary fighters shelled the camps around El Fasher on Monday, aid workers said.",
    "M23 rebels seized two mining towns north of Goma after clashes with Congolese troops.",
    "Houthi forces fired drones at a tanker in the Red Sea;  two crewmen were wounded.",
    "“We have nothing left,” a displaced mother in Sagaing told reporters.\nThe junta denied it.",
    "Armed gangs blockaded the fuel terminal of Port-au-Prince for a third week.",
]


@pytest.mark.parametrize("chunk_chars", [0, 1000])
def test_the_doc_keeps_the_article_text_and_sentences_are_its_slices(nlp, settings, monkeypatch, chunk_chars):
    text = "\n\n".join(PARAGRAPHS * 6)  # ~3,000 characters: three pieces at 1,000
    article = Article.create(text, source="doc-text-test")
    kept = []
    read = pipeline.extract_doc

    def spy(doc, art, **kwargs):  # type: ignore[no-untyped-def]
        kept.append((doc_text(doc), doc.text))
        return read(doc, art, **kwargs)

    monkeypatch.setattr(pipeline, "extract_doc", spy)
    (ex,) = list(pipeline.extract([article], replace(settings, chunk_chars=chunk_chars), nlp=nlp))
    ((own, joined),) = kept
    assert own is article.text and joined == text  # the article's string itself, equal to spaCy's
    assert len(ex.sentences) >= len(PARAGRAPHS) * 6
    assert all(s.text == text[s.start:s.end] for s in ex.sentences)
    assert [s.text.strip() for s in ex.sentences[:3]] == PARAGRAPHS[:3]  # (a blank line's token ends its sentence)
