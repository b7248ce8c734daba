"""Issue 15, done-when 2: the seed with any other report of the offensive gives one canonical
MilitaryOperation by Azerbaijan in Nagorno-Karabakh on 2023-09-19 with both reports, and a
syndicated copy of the seed is a near-duplicate of it (and counted once by analysis).

The other reports: the lead of Wikipedia's article (CC BY-SA) and the U.S. State
Department's statement of the same day (public domain), tests/data/canon/; the copy is the
seed with a wire dateline, published the next day, made here."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "politico-2023-09-19.txt"
DATA = ROOT / "tests" / "data" / "canon"
KGO = "https://w3id.org/kg-news/ontology#"
KB = "https://w3id.org/kg-news/kb/"


def syndicated_copy(folder: Path) -> Path:
    """The seed as a wire service would carry it: a dateline, another headline, a day later."""
    path = folder / "politico-syndicated.txt"
    path.write_text("STEPANAKERT (Example Wire) — " + SEED.read_text(encoding="utf-8"), encoding="utf-8")
    meta = {"published": "2023-09-20", "publisher": "Example Wire", "title": "Azerbaijan launches offensive in Nagorno-Karabakh"}
    path.with_suffix(".json").write_text(json.dumps(meta), encoding="utf-8")
    return path


def _canonical(store) -> list[dict[str, set[str]]]:  # type: ignore[no-untyped-def]
    g = store.iris.canonical_graph
    found: dict[str, dict[str, set[str]]] = {}
    for c, p, o in store.query(
            f"SELECT ?c ?p ?o WHERE {{ GRAPH <{g}> {{ ?c a <{KGO}CanonicalEvent> ; ?p ?o }} }}").rows:
        found.setdefault(str(c), {}).setdefault(str(p).rsplit("#", 1)[-1].rsplit("/", 1)[-1], set()).add(str(o))
    return list(found.values())


@pytest.mark.parametrize("other", ["wikipedia-2023-azerbaijani-offensive.txt", "state-department-2023-09-19.txt"])
def test_the_seed_and_another_report_give_one_canonical_offensive(tmp_path, settings, other):
    from kg.run import load
    from kg.store import open_store

    with open_store(str(tmp_path / "store"), settings) as store:
        load([SEED, DATA / other], store, settings, progress=False)
        offensives = [e for e in _canonical(store) if f"{KGO}MilitaryOperation" in e["type"]]
        assert len(offensives) == 1, offensives
        (event,) = offensives
        assert f"{KB}azerbaijan" in event["agreedActor"]
        assert event["agreedPlace"] == {f"{KB}nagorno_karabakh"}
        assert event["hasTimeStamp"] == {"2023-09-19"}
        assert event["reportedIn"] == {str(store.iris.article(a)) for a in store.article_ids()}
        assert len(event["reportedIn"]) == 2


def test_a_syndicated_copy_is_a_near_duplicate_and_counts_once(tmp_path, settings):
    from kg.analyse import Filters, read_graph_data
    from kg.run import load
    from kg.store import open_store

    copy = syndicated_copy(tmp_path)
    with open_store(str(tmp_path / "store"), settings) as store:
        report = load([SEED, copy], store, settings, progress=False)
        assert "1 near-duplicate pair found" in report.summary()
        ids = store.article_ids()
        assert len(ids) == 2
        pairs = store.query(
            f"SELECT ?a ?b WHERE {{ GRAPH <{store.iris.duplicates_graph}> {{ ?a <{KGO}nearDuplicateOf> ?b }} }}").rows
        assert {(str(a), str(b)) for a, b in pairs} >= {(str(store.iris.article(ids[0])), str(store.iris.article(ids[1])))}
        # the copy is one more report of the offensive
        (offensive,) = [e for e in _canonical(store) if f"{KGO}MilitaryOperation" in e["type"]]
        assert len(offensive["reportedIn"]) == 2
        # analysis: every event of the copy is a report of an event of the seed; its only own
        # mentions are those of what it adds (the dateline)
        merged, each = read_graph_data(store), read_graph_data(store, Filters.create(each_report=True))
        copy_iri = next(a for a, info in merged.articles.items() if info.title and "launches offensive" in info.title)
        seed_iri = next(a for a in merged.articles if a != copy_iri)
        copy_events = [e for e in each.events if e.article == copy_iri]
        assert len(copy_events) == len([e for e in each.events if e.article == seed_iri]) > 5
        assert [e for e in merged.events if e.article == copy_iri and not e.reports] == []
        reported = {r.iri for e in merged.events for r in e.reports}
        assert {e.iri for e in copy_events} <= reported
        assert len(merged.events) < len([e for e in each.events if e.article == seed_iri])
        own = [m for m in merged.mentions if m.article == copy_iri]
        assert all(m.start < len("STEPANAKERT (Example Wire) — ") for m in own), own
        assert len([m for m in each.mentions if m.article == copy_iri]) > 10
