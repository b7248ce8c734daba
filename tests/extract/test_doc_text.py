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


def test_the_indexes_of_a_doc_read_what_a_walk_over_its_tokens_reads(nlp):
    """positions_by_text, tokens_written and tokens_tagged (kept per Doc) give what a walk over
    every token gives, on sentences of several crises."""
    from kg.extract.doctext import positions_by_text, tokens_tagged, tokens_written

    doc = nlp(" ".join(PARAGRAPHS) + " Al-Shabaab’s fighters and the SAF clashed; the RSF denied it. The rebels’ spokesman said so.")
    for lower in (False, True):
        walked: dict[str, list[int]] = {}
        for t in doc:
            walked.setdefault(t.lower_ if lower else t.text, []).append(t.i)
        assert positions_by_text(doc, lower=lower) == walked
        assert positions_by_text(doc, lower=lower) is positions_by_text(doc, lower=lower)  # made once
    forms = {"the", "The", "rebels", "said", ",", "camps"}
    assert tokens_written(doc, forms) == [t.i for t in doc if t.text in forms]
    assert tokens_written(doc, list(forms), lower=True) == [t.i for t in doc if t.lower_ in forms]
    assert tokens_tagged(doc, "PROPN") == [t.i for t in doc if t.pos_ == "PROPN"]
    assert tokens_tagged(doc, "NOUN", "PROPN") == [t.i for t in doc if t.pos_ in ("NOUN", "PROPN")]


def test_the_sentence_index_reads_what_spacy_reads(nlp):
    """sentence_start and sentence_end (kept per Doc) give each token's ``sent.start`` and
    ``sent.end``, paragraph breaks and one-word sentences included; a Doc without sentence
    boundaries gets spaCy's error."""
    import doctest

    import spacy

    import kg.extract.doctext as doctext

    doc = nlp("\n\n".join(PARAGRAPHS) + " Fighting resumed.\n\nCalm. Then shelling near Sumy killed two.")
    assert [(doctext.sentence_start(t), doctext.sentence_end(t)) for t in doc] == [(t.sent.start, t.sent.end) for t in doc]
    assert len({doctext.sentence_start(t) for t in doc}) > len(PARAGRAPHS)
    unparsed = spacy.blank("en")("Rebels took Goma. Troops fled.")
    with pytest.raises(ValueError):
        doctext.sentence_start(unparsed[0])
    assert doctest.testmod(doctext).failed == 0


def test_warm_up_builds_what_extraction_builds_at_first_use(settings, nlp):
    """kg.run.warm_up (before workers are forked, and by bench.py's --warm) leaves the KB's
    region indexes and the tables of the first article's first use built."""
    from kg.extract.placing import region_groups, region_skeletons
    from kg.nlp.factories import KB_RULER
    from kg.run import warm_up

    warm_up(settings)
    kb = nlp.get_pipe(KB_RULER).kb
    for index in (region_groups, region_skeletons):
        hits = index.cache_info().hits
        index(kb)
        assert index.cache_info().hits == hits + 1  # built already: a hit, not a build


def test_warm_up_leaves_its_tables_out_of_full_collections(settings, nlp):
    """What warm_up loads is frozen out of the collector's full collections (gc.freeze), once
    for a model and knowledge base; extraction with one job warms up before its first batch."""
    import gc

    from kg.ingest.article import Article
    from kg.run import Report, extract_rdf
    from kg.warmup import _WARMED, warm_up

    warm_up(settings)
    assert (settings.model, settings.kb_files, settings.include_default_kb) in _WARMED
    frozen = gc.get_freeze_count()
    assert frozen > 100_000
    warm_up(settings)  # the second time: nothing frozen again (frozen objects dropped are still freed)
    assert gc.get_freeze_count() <= frozen
    rdfs = list(extract_rdf([Article.create("Shelling hit a market in Kherson on Tuesday.", source="t")], settings, Report()))
    assert len(rdfs) == 1 and gc.get_freeze_count() <= frozen
