"""kg/canon/link: the index of the names organisations begin with, kept in kg's cache."""
from __future__ import annotations


def test_the_names_index_read_from_the_cache_is_the_one_built(tmp_path, monkeypatch):
    from kg.canon.link import Linker
    from kg.extract.event_lexicon import load_lexicon
    from kg.kb import KnowledgeBase

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    kb = KnowledgeBase.load()
    built = Linker(load_lexicon(), kb)
    owner = built.affiliation("https://w3id.org/kg-news/entity/organization/sudanese-air-force")
    assert owner == "https://w3id.org/kg-news/kb/sudan"
    assert list(tmp_path.glob("linker-names-*.pickle"))
    cached = Linker(load_lexicon(), kb)
    assert cached.affiliation("https://w3id.org/kg-news/entity/organization/sudanese-air-force") == owner
    assert cached._names == built._names and cached._names is not built._names


def test_a_knowledge_base_of_no_files_is_not_cached(tmp_path, monkeypatch):
    from kg.canon.link import Linker
    from kg.extract.event_lexicon import load_lexicon
    from kg.kb import KnowledgeBase

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    entities = [e for e in KnowledgeBase.load() if e.key.endswith("/kb/sudan")]
    Linker(load_lexicon(), KnowledgeBase(entities)).affiliation("https://w3id.org/kg-news/entity/organization/sudanese-police")
    assert not list(tmp_path.glob("linker-names-*.pickle"))
