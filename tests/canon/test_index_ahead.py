"""kg/canon: the canonical index entries written ahead of the update (``Canonicaliser.index``).

``kg load`` indexes its articles a few at a time as they are written and groups them once at
the end; the layer must be the one a single update of every article writes. The texts: the
seed (POLITICO, 2023-09-19) and the lead of Wikipedia's article on the same offensive
(tests/data/canon/), which make one canonical event, and a Sudan report (dev corpus) and a
Myanmar report (dev corpus), which make none with them.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "politico-2023-09-19.txt"
WIKI = ROOT / "tests" / "data" / "canon" / "wikipedia-2023-azerbaijani-offensive.txt"
DEV = ROOT / "corpus" / "world" / "dev" / "articles"
SUDAN = DEV / "sudan-zamzam-abu-shouk-attacks-2025-04.txt"
MYANMAR = DEV / "myanmar-sagaing-pazigyi-airstrike-2023-04.txt"


@pytest.fixture(scope="module")
def rdfs(settings):
    """The ArticleRDF of each text, extracted once."""
    from kg.ingest import read_articles
    from kg.run import Report, extract_rdf

    out = {}
    for name, path in (("seed", SEED), ("wiki", WIKI), ("sudan", SUDAN), ("myanmar", MYANMAR)):
        (rdf,) = list(extract_rdf(read_articles([path]), settings, Report()))
        out[name] = rdf
    return out


def _layer(store) -> set[tuple[str, str, str]]:
    g = store.iris.canonical_graph
    return {tuple(map(str, row)) for row in store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}").rows}


def _written(settings, rdfs, names: list[str], ahead: list[list[str]]) -> tuple[set[tuple[str, str, str]], int]:
    """The layer after ``names`` are written and updated at once, with ``ahead`` (lists of
    names) indexed first, in that order; and the update's count of canonical events."""
    from kg.canon import Canonicaliser
    from kg.store import open_store

    with open_store("memory:", settings) as store:
        canon = Canonicaliser(store, settings)
        indexed = None
        for name in names:
            store.put_article(rdfs[name])
        for part in ahead:
            indexed = canon.index([rdfs[n].article_id for n in part], indexed)
        report = canon.update([rdfs[n].article_id for n in names], indexed=indexed)
        return _layer(store), report.canonical


@pytest.mark.parametrize("ahead", [
    [["seed"]],
    [["wiki"], ["seed", "sudan"]],
    [["seed"], ["wiki"], ["sudan"], ["myanmar"]],
    [["myanmar", "wiki", "sudan", "seed"]],
])
def test_indexing_ahead_writes_the_layer_one_update_writes(settings, rdfs, ahead):
    names = ["seed", "wiki", "sudan", "myanmar"]
    at_once, canonical = _written(settings, rdfs, names, [])
    assert canonical == 1 and any(p.endswith("#reportedIn") for _s, p, _o in at_once)
    assert _written(settings, rdfs, names, ahead) == (at_once, canonical)


def test_an_article_indexed_ahead_of_its_replacement_is_grouped_as_replaced(tmp_path, settings, rdfs):
    """The Wikipedia report changed (its offensive paragraph gone) replaces the stored one:
    indexed ahead, the update drops the canonical event it was in, as without."""
    from kg.canon import Canonicaliser
    from kg.ingest import read_articles
    from kg.run import Report, extract_rdf
    from kg.store import open_store

    changed_text = tmp_path / WIKI.name  # the same id (its url), changed
    changed_text.write_text(WIKI.read_text(encoding="utf-8").split("\n\n", 1)[1], encoding="utf-8")
    shutil.copy(WIKI.with_suffix(".json"), tmp_path)
    (changed,) = list(extract_rdf(read_articles([changed_text]), settings, Report()))
    layers = []
    for ahead in (False, True):
        with open_store("memory:", settings) as store:
            canon = Canonicaliser(store, settings)
            for name in ("seed", "wiki"):
                store.put_article(rdfs[name])
            assert canon.update([rdfs["seed"].article_id, rdfs["wiki"].article_id]).canonical == 1
            assert store.put_article(changed) == "replaced"
            indexed = canon.index([changed.article_id]) if ahead else None
            canon.update([changed.article_id], indexed=indexed)
            layers.append(_layer(store))
    assert layers[0] == layers[1]
    assert not any(p.endswith("#reportedIn") for _s, p, _o in layers[0])


def test_a_load_indexing_every_article_as_written_gives_the_layer_of_one_update(tmp_path, settings, monkeypatch):
    import kg.run
    from kg.run import load
    from kg.store import open_store

    folder = tmp_path / "in"
    folder.mkdir()
    for path in (SEED, WIKI, SUDAN):
        shutil.copy(path, folder)
        shutil.copy(path.with_suffix(".json"), folder)
    layers = []
    # the articles written (and indexed) one by one, about two at a time, all at the end
    for every in (1, 1000, 10**9):
        monkeypatch.setattr(kg.run, "FLUSH_EVERY", every)
        with open_store("memory:", settings) as store:
            report = load([folder], store, settings, progress=False)
            assert report.canonical == 1
            layers.append(_layer(store))
    assert layers[0] == layers[1] == layers[2]


def test_a_first_indexing_looks_up_no_key_and_writes_the_same_layer(settings, rdfs, monkeypatch):
    """Into an index that held nothing, every entry a look-up finds is one of the articles
    being indexed, which the update leaves out: no key is looked up, and the layer is the one
    written with the look-ups."""
    import functools
    import sys

    from kg.canon import graph

    names = ["seed", "wiki", "sudan", "myanmar"]
    ahead = [["wiki"], ["seed", "sudan"], ["myanmar"]]
    looked_up: list[int] = []
    candidates = graph.Canonicaliser._candidates

    def counted(self, keys):  # type: ignore[no-untyped-def]
        if sys._getframe(1).f_code.co_name == "index":  # (not the update's look-up of its groups' denials)
            looked_up.append(len(keys))
        return candidates(self, keys)

    monkeypatch.setattr(graph.Canonicaliser, "_candidates", counted)
    skipped = _written(settings, rdfs, names, ahead)
    assert not any(looked_up)
    assert skipped[1] == 1
    # the same with every key looked up, as into an index that held other articles
    monkeypatch.setattr(graph, "Indexed", functools.partial(graph.Indexed, alone=False))
    looked_up.clear()
    assert _written(settings, rdfs, names, ahead) == skipped
    assert any(looked_up)


def test_an_index_holding_other_articles_has_their_events_looked_up(settings, rdfs):
    """The seed grouped in an earlier update: the Wikipedia report indexed ahead later finds
    its event by their shared keys and makes the canonical event with it."""
    from kg.canon import Canonicaliser
    from kg.store import open_store

    with open_store("memory:", settings) as store:
        canon = Canonicaliser(store, settings)
        store.put_article(rdfs["seed"])
        assert canon.update([rdfs["seed"].article_id]).canonical == 0
        store.put_article(rdfs["wiki"])
        indexed = canon.index([rdfs["wiki"].article_id])
        assert indexed.alone is False and indexed.candidates
        assert canon.update([rdfs["wiki"].article_id], indexed=indexed).canonical == 1
