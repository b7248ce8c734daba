"""The knowledge-base entity ruler (kg/nlp/kb_ruler.py): patterns generated from KB files."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from kg.kb import KnowledgeBase
from kg.nlp.factories import KB_RULER
from kg.nlp.kb_ruler import KBEntityRuler, case_fits, kb_of, merge_entities

DATA = Path(__file__).resolve().parents[1] / "data" / "kb"


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


@pytest.fixture(scope="module")
def ruler(blank):
    return KBEntityRuler(blank, KB_RULER, KnowledgeBase.default())


def ents(ruler, nlp, text):
    return [(e.text, e.label_, e.kb_id_.rsplit("/", 1)[-1]) for e in ruler(nlp(text)).ents]


def test_every_kb_name_is_a_pattern_and_nothing_else(blank, tmp_path):
    """Patterns come from the KB file alone: a new entity is found as soon as a file names it."""
    kb_file = tmp_path / "extra.ttl"
    kb_file.write_text(
        """@prefix kb: <https://w3id.org/kg-news/kb/> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
kb:zorvan a schema:City ; skos:prefLabel "Zorvanabad"@en ; skos:altLabel "Zorvan"@en .
""",
        encoding="utf-8",
    )
    alone = KBEntityRuler(blank, KB_RULER, KnowledgeBase.load([kb_file], include_default=False))
    assert alone.n_patterns == 2
    assert ents(alone, blank, "Shelling hit Zorvan and Zorvanabad, not Baku.") == [
        ("Zorvan", "GPE", "zorvan"),
        ("Zorvanabad", "GPE", "zorvan"),
    ]
    shipped = KnowledgeBase.default()
    assert KBEntityRuler(blank, KB_RULER, shipped).n_patterns >= len(list(shipped.surface_forms())) - 5


def test_short_capital_aliases_keep_their_case(ruler, blank):
    assert ents(ruler, blank, "The US and the EU told us to wait.") == [("US", "GPE", "usa"), ("EU", "ORG", "eu")]
    assert ents(ruler, blank, "Let us go to the eu meeting.") == []


def test_capitalised_names_are_not_found_in_lower_case(ruler, blank):
    assert ents(ruler, blank, "He asked for an amnesty.") == []
    assert ents(ruler, blank, "Amnesty said so.") == [("Amnesty", "ORG", "amnesty_international")]
    assert case_fits("POLITICO", "Politico") and not case_fits("Red Cross", "red cross")


def test_spelling_apostrophe_and_accent_variants_match(ruler, blank):
    found = ents(ruler, blank, "Azerbaijan’s defence ministry said Xankendi was calm; Pashinian spoke in Nagorno Karabakh.")
    assert found == [
        ("Azerbaijan’s defence ministry", "ORG", "az_mod"),
        ("Xankendi", "GPE", "stepanakert"),
        ("Pashinian", "PERSON", "nikol_pashinyan"),
        ("Nagorno Karabakh", "GPE", "nagorno_karabakh"),
    ]


def test_the_longest_name_wins(ruler, blank):
    assert ents(ruler, blank, "Troops took the Lachin Corridor near Lachin.") == [
        ("Lachin Corridor", "LOC", "lachin_corridor"),
        ("Lachin", "GPE", "lachin"),
    ]


def test_kb_spans_replace_the_ner_they_overlap_unless_a_name_contains_them(blank):
    from spacy.tokens import Span

    doc = blank("Michel Barnier met Armenian officials and Azerbaijani forces")
    ner = [Span(doc, 0, 2, label="PERSON"), Span(doc, 6, 7, label="NORP")]
    kb = [Span(doc, 0, 1, label="PERSON", kb_id="charles_michel"), Span(doc, 6, 8, label="ORG", kb_id="az_forces")]
    merged = [(e.text, e.label_, e.kb_id_) for e in merge_entities(ner, kb)]
    assert merged == [("Michel Barnier", "PERSON", ""), ("Azerbaijani forces", "ORG", "az_forces")]


def test_the_doc_carries_the_kb_it_was_read_with(ruler, blank):
    doc = ruler(blank("Nothing known here."))
    assert kb_of(doc) is ruler.kb


@pytest.mark.model
def test_the_pipeline_corrects_the_statistical_ner(nlp):
    """The real model types these names wrongly; the ruler's KB entities replace its guesses."""
    text = "Air raid sirens sounded in Stepanakert. Hajiyev said the Lachin Corridor was open, Aliyev's office said."
    with nlp.select_pipes(disable=[KB_RULER]):
        raw = {e.text.removeprefix("the "): e.label_ for e in nlp(text).ents}
    fixed = {e.text: (e.label_, e.kb_id_.rsplit("/", 1)[-1]) for e in nlp(text).ents}
    assert fixed == {
        "Stepanakert": ("GPE", "stepanakert"),
        "Hajiyev": ("PERSON", "hikmet_hajiyev"),
        "Lachin Corridor": ("LOC", "lachin_corridor"),
        "Aliyev": ("PERSON", "ilham_aliyev"),
    }
    corrected = [name for name, (label, _) in fixed.items() if raw.get(name) != label]
    assert len(corrected) >= 2, f"the model alone typed {raw}: pick a sentence it gets wrong"
    assert nlp.pipe_names.index(KB_RULER) > nlp.pipe_names.index("ner")


def test_a_broken_kb_file_stops_the_pipeline_with_file_and_line(tmp_path):
    from kg.errors import KnowledgeBaseError
    from kg.nlp.factories import load_kb

    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix kb: <https://w3id.org/kg-news/kb/> .\nkb:x kb:demonym \n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="bad.ttl"):
        load_kb((bad,), include_default=False)


def test_the_kb_fingerprint_tells_knowledge_bases_apart(tmp_path):
    from kg.nlp.kb_ruler import kb_fingerprint

    shipped = kb_fingerprint(KnowledgeBase.default())
    assert shipped == kb_fingerprint(KnowledgeBase.load())
    assert shipped != kb_fingerprint(KnowledgeBase.load([DATA / "sudan.ttl"]))
    copy = tmp_path / "sudan.ttl"
    copy.write_text((DATA / "sudan.ttl").read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert kb_fingerprint(KnowledgeBase.load([copy])) != kb_fingerprint(KnowledgeBase.load([DATA / "sudan.ttl"]))


@pytest.mark.model
def test_the_extractor_version_names_the_kb(nlp):
    from kg.nlp import model_description

    assert model_description(nlp).endswith(f", kb {nlp.get_pipe(KB_RULER).fingerprint}")
