"""kg/store/oxigraph.py: the embedded store's own behaviour (read-only opening, parallel bulk load)."""
from __future__ import annotations

import pytest

from kg.errors import StoreError
from kg.store import oxigraph as oxmod
from kg.store.oxigraph import _line_ranges


def _nquads(path, n: int) -> None:  # type: ignore[no-untyped-def]
    with open(path, "w") as fh:
        for i in range(n):
            g = f"<https://w3id.org/kg-news/graph/article/a{i % 7}>"
            fh.write(f'<http://x/s{i}> <http://x/p> "value {i}\\nwith a newline" {g} .\n')


def test_line_ranges_cut_at_line_ends(tmp_path):
    f = tmp_path / "a.nq"
    _nquads(f, 1000)
    data = f.read_bytes()
    ranges = _line_ranges(f, 5)
    assert len(ranges) == 5 and ranges[0][0] == 0 and ranges[-1][1] == len(data)
    assert all(a < b for a, b in ranges) and all(ranges[i][1] == ranges[i + 1][0] for i in range(4))
    assert all(data[b - 1 : b] == b"\n" for _, b in ranges)


def test_parallel_bulk_load_loads_every_quad(tmp_path, settings, monkeypatch):
    from kg.store import open_store

    f = tmp_path / "a.nq"
    _nquads(f, 30_000)
    with open_store(str(tmp_path / "one"), settings) as single:
        assert single.load_file(f) == 30_000
    monkeypatch.setattr(oxmod, "PARALLEL_FROM", 1000)
    monkeypatch.setattr(oxmod, "PART_BYTES", f.stat().st_size // 4)
    with open_store(str(tmp_path / "four"), settings) as parallel:
        assert parallel.load_file(f) == 30_000
        assert parallel.graph_sizes() == single_sizes(tmp_path, settings)
    f.write_text(f.read_text() + "<http://x/a> <http://x/b> broken .\n")
    with open_store(str(tmp_path / "bad"), settings) as bad, pytest.raises(StoreError, match="not valid nquads"):
        bad.load_file(f)


def single_sizes(tmp_path, settings):  # type: ignore[no-untyped-def]
    from kg.store import open_store

    with open_store(str(tmp_path / "one"), settings, read_only=True) as s:
        return s.graph_sizes()


def test_read_only_store(tmp_path, settings):
    from kg.store import open_store

    with open_store(str(tmp_path / "s"), settings) as store:
        store.update('INSERT DATA { GRAPH <https://w3id.org/kg-news/graph/article/a> { <http://x/a> <http://x/b> "c" } }')
    with open_store(str(tmp_path / "s"), settings, read_only=True) as ro:
        assert len(ro) == 1
        with pytest.raises(StoreError):
            ro.update("DROP ALL")
    with pytest.raises(StoreError, match="no store at"):
        open_store(str(tmp_path / "missing"), settings, read_only=True)


def _article(article_id: str, text: str, place: str):  # type: ignore[no-untyped-def]
    from kg.config import Settings
    from kg.extract.model import Entity, Extraction, Mention, Span
    from kg.ingest.article import Article
    from kg.rdf import Iris, to_rdf

    ex = Extraction(article=Article.create(text, id=article_id, source="<test>"))
    key = f"place/{place.lower()}"
    ex.entities[key] = Entity(key=key, label=place, types=("City", "Place"), kind="place", link_source="ner", link_confidence=0.5)
    start = text.index(place)
    ex.mentions.append(Mention(Span(start, start + len(place), place), key, "GPE", 0.5))
    return to_rdf(ex, Iris(Settings().base_iri))


def test_new_articles_through_the_loader_and_replacements_through_the_update_write_the_same(tmp_path, settings):
    """The embedded store writes a new article with Oxigraph's loader (one transaction), a
    changed one with a SPARQL update: the quads are those of the update path throughout."""
    from kg.store import open_store
    from kg.store.base import Store

    first = _article("mali", "Fighting resumed near Kidal on Sunday.", "Kidal")
    changed = _article("mali", "Fighting resumed near Kidal on Sunday, officials said.", "Kidal")
    other = _article("haiti", "Gangs attacked Mirebalais overnight.", "Mirebalais")

    def quads(store) -> set[str]:  # type: ignore[no-untyped-def]
        import io

        out = io.BytesIO()
        store.dump(out)
        return set(out.getvalue().decode().splitlines())

    with open_store(str(tmp_path / "loader"), settings) as fast, open_store(str(tmp_path / "update"), settings) as slow:
        slow._write_article = lambda rdf: Store._write_article(slow, rdf)  # type: ignore[method-assign]
        for rdf, outcome in ((first, "added"), (other, "added"), (changed, "replaced")):
            assert fast.put_article(rdf) == slow.put_article(rdf) == outcome
            assert quads(fast) == quads(slow)


def test_an_article_the_loader_refuses_leaves_nothing_behind(tmp_path, settings):
    from rdflib import Literal, URIRef

    from kg.store import open_store

    rdf = _article("sudan", "Shelling hit El Fasher again.", "El Fasher")
    rdf.description_triples.add((URIRef("not-an-absolute-iri"), URIRef("http://schema.org/name"), Literal("x")))
    with open_store(str(tmp_path / "store"), settings) as store:
        with pytest.raises(StoreError, match="article sudan: not valid RDF"):
            store.put_article(rdf)
        assert len(store) == 0


def test_a_store_opened_to_write_on_demand_is_locked_only_from_its_first_write(tmp_path, settings):
    """``kg load`` opens an existing store read-only and for writing at its first write:
    until then another process may open it for writing; what it writes after is kept, and a
    store another process holds is reported at the first write."""
    import subprocess
    import sys

    from kg.store import open_store

    path = str(tmp_path / "s")
    insert = 'INSERT DATA {{ GRAPH <https://w3id.org/kg-news/graph/article/{0}> {{ <http://x/{0}> <http://x/b> "c" }} }}'
    with open_store(path, settings) as store:
        store.update(insert.format("a"))
    holder = [sys.executable, "-c", f"import pyoxigraph, sys; s = pyoxigraph.Store({path!r}); print('held', flush=True); sys.stdin.read()"]
    with open_store(path, settings, write_on_demand=True) as store:
        assert len(store) == 1 and store.ask("ASK { GRAPH ?g { <http://x/a> ?p ?o } }")
        with subprocess.Popen(holder, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as other:
            assert other.stdout.readline().strip() == "held"  # it could take the store: not locked yet
            with pytest.raises(StoreError, match="another kg process"):
                store.update(insert.format("b"))
            other.communicate("")
        store.update(insert.format("b"))  # the holder is gone: opened for writing now
        assert len(store) == 2
    with open_store(path, settings, read_only=True) as ro:
        assert len(ro) == 2


def test_a_background_flush_lets_the_writes_go_on_and_the_store_closes_whole(tmp_path, settings, monkeypatch):
    """``flush(wait=False)`` flushes in a thread of its own (one at a time) while articles
    are written; closing the store waits for it, and everything written is there."""
    import threading

    from kg.store import open_store

    started = threading.Event()
    release = threading.Event()
    flushed: list[str] = []
    real = oxmod._flush_quietly

    def slow_flush(store) -> None:  # type: ignore[no-untyped-def]
        started.set()
        release.wait(10)
        real(store)
        flushed.append(threading.current_thread().name)

    monkeypatch.setattr(oxmod, "_flush_quietly", slow_flush)
    rdfs = [_article(f"a{i}", f"Fighting was reported in Goma on day {i}.", "Goma") for i in range(3)]
    with open_store(str(tmp_path / "s"), settings) as store:
        store.put_article(rdfs[0])
        store.flush(wait=False)
        assert started.wait(10)
        store.flush(wait=False)  # one is running: no second thread
        store.put_article(rdfs[1])  # written while the flush runs
        store.put_article(rdfs[2])
        assert flushed == []
        release.set()
    assert flushed == ["kg-store-flush"]
    with open_store(str(tmp_path / "s"), settings, read_only=True) as ro:
        assert sorted(ro.article_ids()) == ["a0", "a1", "a2"]


def _dumped(store) -> set[str]:  # type: ignore[no-untyped-def]
    import io

    out = io.BytesIO()
    store.dump(out)
    return set(out.getvalue().decode().splitlines())


_CRISES = [("goma", "M23 fighters shelled Goma on Monday.", "Goma"),
           ("kidal", "Fighting resumed near Kidal on Sunday.", "Kidal"),
           ("mirebalais", "Gangs attacked Mirebalais overnight.", "Mirebalais"),
           ("hodeidah", "Strikes hit the port of Hodeidah on Friday.", "Hodeidah"),
           ("sittwe", "The Arakan Army advanced on Sittwe this week.", "Sittwe")]


@pytest.mark.parametrize("bulk_from", [1, 10**9])
def test_articles_held_back_are_written_together_as_each_would_be(tmp_path, settings, monkeypatch, bulk_from):
    """After ``defer_writes`` new articles wait and are written together at ``write_pending``
    (by the bulk loader from BULK_FROM statements, else in one transaction): the store then
    holds the quads of articles written one by one, and their states are those of one by one."""
    from kg.store import open_store

    monkeypatch.setattr(oxmod, "BULK_FROM", bulk_from)
    loads: list[int] = []
    real = oxmod.OxigraphStore._load_articles
    monkeypatch.setattr(oxmod.OxigraphStore, "_load_articles", lambda self, arts: (loads.append(len(arts)), real(self, arts))[1])
    rdfs = [_article(*crisis) for crisis in _CRISES]
    with open_store(str(tmp_path / "one"), settings) as one, open_store(str(tmp_path / "held"), settings) as held:
        held.defer_writes()
        for store in (one, held):
            store.defer_settling()  # (settling queries the store: it would write what waits)
        for i, rdf in enumerate(rdfs):
            assert one.put_article(rdf) == held.put_article(rdf) == "added"
            if i + 1 < len(rdfs):  # a question about another article: what waits is not written for it
                assert held.holds(str(rdfs[i + 1].graph), rdfs[i + 1].content_hash) is False
        assert loads == [1] * len(rdfs)  # the first store's, one by one; the others held back
        assert held.write_pending() == {}
        assert loads[len(rdfs):] == [len(rdfs)]  # all in one write
        for store in (one, held):
            store.settle_pending(stop=True)
        assert _dumped(held) == _dumped(one)
        assert held.put_article(rdfs[0]) == "unchanged"


def test_a_question_about_a_held_article_or_any_query_writes_what_is_held(tmp_path, settings):
    from kg.store import open_store

    rdfs = [_article(*crisis) for crisis in _CRISES[:3]]
    with open_store(str(tmp_path / "s"), settings) as store:
        store.defer_writes()
        store.defer_settling()
        for rdf in rdfs[:2]:
            store.put_article(rdf)
        assert store.holds(str(rdfs[2].graph), rdfs[2].content_hash) is False
        assert store.holds(str(rdfs[0].graph), rdfs[0].content_hash) is True  # written to answer
        store.put_article(rdfs[2])
        assert sorted(store.article_ids()) == ["goma", "kidal", "mirebalais"]  # a query writes what waits


def test_an_invalid_article_held_back_is_refused_alone(tmp_path, settings, monkeypatch):
    from rdflib import Literal, URIRef

    from kg.store import open_store

    monkeypatch.setattr(oxmod, "BULK_FROM", 1)
    rdfs = [_article(*crisis) for crisis in _CRISES[:3]]
    rdfs[1].description_triples.add((URIRef("not-an-absolute-iri"), URIRef("http://schema.org/name"), Literal("x")))
    with open_store(str(tmp_path / "s"), settings) as store:
        store.defer_writes()
        store.defer_settling()
        for rdf in rdfs:
            assert store.put_article(rdf) == "added"
        refused = store.write_pending(stop=True)
        assert list(refused) == ["kidal"] and "not valid RDF" in str(refused["kidal"])
        assert sorted(store.article_ids()) == ["goma", "mirebalais"]
        assert store.write_pending() == {}


def test_a_prepared_article_is_written_as_its_rdf_is(tmp_path, settings):
    """``kg load``'s workers send an article as a store writing N-Quads takes it
    (PreparedArticle): added, with its text's signature added after, then replaced, the store
    holds what the article's RDF gives."""
    from rdflib import Literal, URIRef

    from kg.store import open_store
    from kg.store.prepared import PreparedArticle

    signature = (URIRef("https://w3id.org/kg-news/article/goma"), URIRef("https://w3id.org/kg-news/ontology#textSignature"),
                 Literal("sig"))
    versions = [_article("goma", "M23 fighters shelled Goma on Monday.", "Goma"),
                _article("goma", "M23 fighters shelled Goma on Monday, residents said.", "Goma")]
    with open_store(str(tmp_path / "rdf"), settings) as by_rdf, open_store(str(tmp_path / "prep"), settings) as by_prep:
        for rdf, outcome in zip(versions, ("added", "replaced")):
            prepared = PreparedArticle.of(rdf, str(by_prep.iris.entities_graph))
            assert prepared.linked_entities() == {str(o) for _s, p, o in rdf.claim_triples if p.endswith("linkedEntity")}
            assert prepared.linked_entities()
            for one in (rdf, prepared):
                one.claim_triples.add(signature)
            assert len(prepared) == len(rdf)
            assert by_rdf.put_article(rdf) == by_prep.put_article(prepared) == outcome
            assert _dumped(by_prep) == _dumped(by_rdf)
