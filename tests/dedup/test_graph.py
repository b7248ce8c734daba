"""kg/dedup/graph.py: signatures and links in a store, kept in step as articles come and go."""
from __future__ import annotations

from pathlib import Path

from kg.dedup.graph import Deduplicator, read_index
from kg.vocab import KGO

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "corpus" / "world" / "dev" / "articles"
GOMA = (DEV / "drc-goma-offensive-2025-01.txt").read_text(encoding="utf-8")
KIVU = (DEV / "drc-north-kivu-fardc-m23-clashes-2013-10.txt").read_text(encoding="utf-8")
SYNDICATED = "KINSHASA (Reuters) - " + GOMA + "\n\nThis story is being updated."


def _put(store, dedup: Deduplicator, article_id: str, text: str, *, publisher: str = "", date: str = "") -> list[str]:
    """What kg.run.load does for one article, without the model: sign, write the graph, link."""
    iris = store.iris
    graph, article = iris.article_graph(article_id), iris.article(article_id)
    state = "replaced" if article_id in dedup.index else "added"
    dedup.sign(article_id, text)
    sig = dedup._pending[article_id]
    more = f'; <https://schema.org/publisher> "{publisher}" ' if publisher else ""
    more += f'; <https://schema.org/datePublished> "{date}"^^<http://www.w3.org/2001/XMLSchema#date> ' if date else ""
    store.update(
        f"DROP SILENT GRAPH <{graph}> ; INSERT DATA {{ GRAPH <{graph}> {{ <{article}> <{KGO.textSignature}> "
        f'"{sig.encode()}" ; <https://schema.org/identifier> "{article_id}" {more} }} }}'
    )
    return [m.article_id for m in dedup.written(article_id, state)]


def _pairs(store) -> set[tuple[str, str, float]]:
    res = store.query(
        "PREFIX kgo: <https://w3id.org/kg-news/ontology#> SELECT ?x ?y ?s WHERE { GRAPH ?g { "
        "?p a kgo:NearDuplicatePair ; kgo:pairedArticle ?a, ?b ; kgo:similarity ?s } "
        "GRAPH ?g { ?a kgo:nearDuplicateOf ?b . ?b kgo:nearDuplicateOf ?a } "
        "?a <https://schema.org/identifier> ?x . ?b <https://schema.org/identifier> ?y FILTER(STR(?x) < STR(?y)) }"
    )
    return {(str(x), str(y), float(s)) for x, y, s in res.rows}


def test_links_do_not_depend_on_the_order(memory_store, settings):
    from kg.store import open_store

    dedup = Deduplicator(memory_store)
    assert _put(memory_store, dedup, "goma", GOMA) == []
    assert _put(memory_store, dedup, "kivu", KIVU) == []  # the same war, another story
    assert _put(memory_store, dedup, "copy", SYNDICATED) == ["goma"]
    first = _pairs(memory_store)
    assert {(x, y) for x, y, _ in first} == {("copy", "goma")}
    with open_store("memory:", settings) as other:
        dedup = Deduplicator(other)
        for aid, text in [("copy", SYNDICATED), ("kivu", KIVU), ("goma", GOMA)]:
            _put(other, dedup, aid, text)
        assert _pairs(other) == first


def test_a_later_run_finds_the_earlier_articles(tmp_path, settings):
    from kg.store import open_store

    spec = str(tmp_path / "store")
    with open_store(spec, settings) as store:
        _put(store, Deduplicator(store), "goma", GOMA)
    with open_store(spec, settings) as store:  # a new process would do the same: read the signatures
        index, unsigned = read_index(store)
        assert "goma" in index and unsigned == 0
        assert _put(store, Deduplicator(store), "copy", SYNDICATED) == ["goma"]


def test_changing_and_removing_an_article_updates_the_links(memory_store):
    dedup = Deduplicator(memory_store)
    _put(memory_store, dedup, "goma", GOMA)
    _put(memory_store, dedup, "copy", SYNDICATED)
    assert len(_pairs(memory_store)) == 1
    assert _put(memory_store, dedup, "copy", KIVU) == []  # the copy's page now holds another story
    assert _pairs(memory_store) == set()
    assert _put(memory_store, dedup, "copy", SYNDICATED) == ["goma"]
    memory_store.update(f"DROP GRAPH <{memory_store.iris.article_graph('goma')}>")
    dedup.removed("goma")
    assert _pairs(memory_store) == set()
    assert memory_store.graph_size(memory_store.iris.duplicates_graph) == 0
    assert "goma" not in dedup.index and "copy" in dedup.index


def test_relink_signs_unsigned_articles_and_finds_every_pair(memory_store):
    """A store filled without kg load (kg bulk-load): texts but no signatures, no links."""
    from kg.dedup.graph import relink
    from kg.vocab import NIF

    iris = memory_store.iris
    for aid, text in [("goma", GOMA), ("kivu", KIVU), ("copy", SYNDICATED)]:
        graph, article = iris.article_graph(aid), iris.article(aid)
        memory_store.update(
            f"INSERT DATA {{ GRAPH <{graph}> {{ <{article}> a <https://schema.org/NewsArticle> ; "
            f'<https://schema.org/identifier> "{aid}" . <{article}#ctx> <{NIF.isString}> """{text}""" }} }}'
        )
    assert relink(memory_store) == 1
    assert {(x, y) for x, y, _ in _pairs(memory_store)} == {("copy", "goma")}
    index, unsigned = read_index(memory_store)
    assert len(index) == 3 and unsigned == 0
    assert relink(memory_store) == 1 and len(_pairs(memory_store)) == 1  # again: the same, not twice


def _revisions(store) -> set[tuple[str, str]]:
    res = store.query("SELECT ?x ?y WHERE { GRAPH ?g { ?a <http://www.w3.org/ns/prov#wasRevisionOf> ?b } "
                      "?a <https://schema.org/identifier> ?x . ?b <https://schema.org/identifier> ?y }")
    return {(str(x), str(y)) for x, y in res.rows}


def test_an_updated_version_from_the_same_source_is_a_revision(memory_store):
    dedup = Deduplicator(memory_store)
    _put(memory_store, dedup, "first", GOMA, publisher="Kivu Times", date="2025-01-27")
    _put(memory_store, dedup, "wire", SYNDICATED, publisher="Wire", date="2025-01-27")  # another site: a copy
    _put(memory_store, dedup, "update", GOMA + "\n\nThis story has been updated.", publisher="Kivu Times", date="2025-01-28")
    assert _revisions(memory_store) == {("update", "first")}
    assert len(_pairs(memory_store)) == 3
    memory_store.update(f"DROP GRAPH <{memory_store.iris.article_graph('first')}>")
    dedup.removed("first")
    assert _revisions(memory_store) == set() and len(_pairs(memory_store)) == 1
