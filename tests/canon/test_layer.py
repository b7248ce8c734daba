"""kg/canon: one canonical event across reports, kept in step as articles come, change and go.

The seed (POLITICO, 2023-09-19) and the lead of Wikipedia's article on the offensive
(CC BY-SA, tests/data/canon/) report one offensive; a Sudan report reports none of it.
"""
from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "politico-2023-09-19.txt"
WIKI = ROOT / "tests" / "data" / "canon" / "wikipedia-2023-azerbaijani-offensive.txt"
SUDAN = ROOT / "corpus" / "world" / "dev" / "articles" / "sudan-zamzam-abu-shouk-attacks-2025-04.txt"
KGO = "https://w3id.org/kg-news/ontology#"
KB = "https://w3id.org/kg-news/kb/"


@pytest.fixture(scope="module")
def rdfs(tmp_path_factory, settings):
    """The ArticleRDF of each text (extracted once): seed, wiki, wiki changed, sudan."""
    from kg.ingest import read_articles
    from kg.run import Report, extract_rdf

    folder = tmp_path_factory.mktemp("changed")
    changed = folder / WIKI.name  # the same article (same id: its url), changed: the offensive paragraph gone
    changed.write_text(WIKI.read_text(encoding="utf-8").split("\n\n", 1)[1], encoding="utf-8")
    shutil.copy(WIKI.with_suffix(".json"), folder)
    out = {}
    for name, path in (("seed", SEED), ("wiki", WIKI), ("changed", changed), ("sudan", SUDAN)):
        (rdf,) = list(extract_rdf(read_articles([path]), settings, Report()))
        out[name] = rdf
    assert out["wiki"].article_id == out["changed"].article_id
    return out


def _canonical(store) -> set[tuple[str, str, str]]:
    g = store.iris.canonical_graph
    return {(str(s), str(p), str(o)) for s, p, o in store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}").rows}


def _events(store) -> list[dict[str, object]]:
    rows = store.query(
        f"SELECT ?c ?p ?o WHERE {{ GRAPH <{store.iris.canonical_graph}> {{ ?c a <{KGO}CanonicalEvent> ; ?p ?o }} }}"
    ).rows
    found: dict[str, dict[str, set[str]]] = {}
    for c, p, o in rows:
        found.setdefault(str(c), {}).setdefault(str(p).rsplit("#", 1)[-1].rsplit("/", 1)[-1], set()).add(str(o))
    return [dict(v, iri=k) for k, v in sorted(found.items())]


def _apply(store, settings, rdfs, ops: list[str]) -> None:
    """Run ``ops`` ("+seed", "+wiki", "~changed", "-wiki", ...) as kg.run.load / remove would."""
    from kg.canon import Canonicaliser

    canon = Canonicaliser(store, settings)
    for op in ops:
        name = op[1:]
        rdf = rdfs[name]
        if op[0] in "+~":
            store.put_article(rdf)
        else:
            store.remove_article(rdf.article_id)
        canon.update([rdf.article_id])


def _state(settings, rdfs, ops: list[str]) -> set[tuple[str, str, str]]:
    from kg.store import open_store

    with open_store("memory:", settings) as store:
        _apply(store, settings, rdfs, ops)
        return _canonical(store)


def test_the_seed_and_the_wikipedia_report_give_one_canonical_offensive(tmp_path, settings):
    from kg.run import load, remove
    from kg.store import open_store

    with open_store(str(tmp_path / "store"), settings) as store:
        report = load([SEED, WIKI], store, settings, progress=False)
        assert "1 canonical event updated" in report.summary()
        (event,) = _events(store)
        assert event["type"] == {f"{KGO}CanonicalEvent", f"{KGO}MilitaryOperation"}
        assert f"{KB}azerbaijan" in event["agreedActor"]  # named by both (the ministry only by one)
        assert event["agreedPlace"] == {f"{KB}nagorno_karabakh"}
        assert event["hasTimeStamp"] == {"2023-09-19"}
        ids = sorted(store.article_ids())
        assert event["reportedIn"] == {str(store.iris.article(a)) for a in ids}
        # every report kept, with why it was merged
        members = store.query(
            f"SELECT ?e WHERE {{ GRAPH ?g {{ ?e <{KGO}canonicalEvent> <{event['iri']}> }} }}").rows
        assert {str(e).split("/event/")[0] for (e,) in members} == event["reportedIn"]
        why = [str(w) for (w,) in store.query(
            f"SELECT ?w WHERE {{ <{event['iri']}> <{KGO}eventLink> ?l . ?l <http://www.w3.org/2000/01/rdf-schema#comment> ?w }}").rows]
        assert why and all("class" in w and "place" in w for w in why)
        wiki_id = next(a for a in ids if a != "h-93a3d7de4abd498d") if "h-93a3d7de4abd498d" in ids else ids[1]
        assert remove([wiki_id], store, settings) == []
        assert _events(store) == []


def test_an_unrelated_report_is_not_merged(settings, rdfs):
    from kg.store import open_store

    with open_store("memory:", settings) as store:
        _apply(store, settings, rdfs, ["+seed", "+sudan"])
        assert _events(store) == []
        _apply(store, settings, rdfs, ["+wiki"])
        (event,) = _events(store)
        assert str(store.iris.article(rdfs["sudan"].article_id)) not in event["reportedIn"]


def test_the_layer_does_not_depend_on_the_load_order(settings, rdfs):
    together = _state(settings, rdfs, ["+seed", "+wiki", "+sudan"])
    assert any(p == f"{KGO}reportedIn" for _s, p, _o in together)
    for order in itertools.permutations(["+seed", "+wiki", "+sudan"]):
        assert _state(settings, rdfs, list(order)) == together, order


@pytest.mark.parametrize("ops,same_as", [
    (["+seed", "+wiki", "-wiki"], ["+seed"]),
    (["+wiki", "+seed", "-wiki"], ["+seed"]),
    (["+seed", "+wiki", "-seed"], ["+wiki"]),
    (["+seed", "+wiki", "-seed", "+seed"], ["+seed", "+wiki"]),
    (["+seed", "+wiki", "~changed"], ["+seed", "+changed"]),
    (["+wiki", "+seed", "~changed", "~wiki"], ["+seed", "+wiki"]),
    (["+seed", "+changed", "~wiki"], ["+wiki", "+seed"]),
    (["+sudan", "+seed", "+wiki", "-seed", "-sudan", "+seed"], ["+wiki", "+seed"]),
])
def test_adding_changing_and_removing_articles_updates_the_layer(settings, rdfs, ops, same_as):
    got = _state(settings, rdfs, ops)
    assert got == _state(settings, rdfs, same_as)


def test_a_change_that_drops_the_offensive_drops_the_canonical_event(settings, rdfs):
    from kg.store import open_store

    with open_store("memory:", settings) as store:
        _apply(store, settings, rdfs, ["+seed", "+wiki"])
        assert len(_events(store)) == 1
        _apply(store, settings, rdfs, ["~changed"])
        offensives = [e for e in _events(store) if f"{KGO}MilitaryOperation" in e["type"]]
        assert offensives == []
        _apply(store, settings, rdfs, ["-wiki"])
        assert _events(store) == []
        # the seed's index entries stay, the removed article's are gone
        articles = {o for _s, p, o in _canonical(store) if p.endswith("indexedFrom")}
        assert articles == {str(store.iris.article(rdfs["seed"].article_id))}


def test_a_rebuild_gives_the_layer_the_incremental_updates_gave(settings, rdfs):
    """What `kg bulk-load` does after loading N-Quads: the whole layer from the article graphs."""
    from kg.canon import Canonicaliser
    from kg.store import open_store

    incremental = _state(settings, rdfs, ["+wiki", "+sudan", "+seed"])
    with open_store("memory:", settings) as store:
        for name in ("seed", "wiki", "sudan"):
            store.put_article(rdfs[name])
        report = Canonicaliser(store, settings).rebuild()
        assert report.canonical == 1
        assert _canonical(store) == incremental


def test_the_layer_repeats_no_statement_of_an_article_graph(tmp_path, settings):
    """Queries read the union of the graphs: a triple of an article graph stated again in the
    canonical graph would answer twice (every library query's rows doubled)."""
    from kg.query import bind_parameters, list_queries
    from kg.query.library import example_params
    from kg.run import load
    from kg.store import open_store

    with open_store(str(tmp_path / "store"), settings) as store:
        load([SEED, WIKI], store, settings, progress=False)
        canonical = store.iris.canonical_graph
        repeated = store.query(
            f"SELECT ?s ?p ?o WHERE {{ GRAPH <{canonical}> {{ ?s ?p ?o }} GRAPH ?g {{ ?s ?p ?o }} "
            f"FILTER(?g != <{canonical}>) }} LIMIT 5").rows
        assert repeated == []
        q = next(q for q in list_queries() if q.name == "who-said-what")
        rows = store.query(bind_parameters(q, example_params(q), store)).rows
        assert rows and len(rows) == len(set(rows))
