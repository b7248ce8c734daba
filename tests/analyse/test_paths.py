"""kg/analyse/paths.py: how two entities connect, with the evidence for each hop."""
from __future__ import annotations

import pytest

from kg.analyse.filters import Filters
from kg.analyse.paths import PathError, connections


def test_blinken_reaches_pashinyan_through_events(fixture_store):
    (path, *_rest) = connections(fixture_store, "Antony Blinken", "Nikol Pashinyan")
    assert path.via == "events"
    assert path.labels == ["Antony Blinken", "Azerbaijan", "Nikol Pashinyan"]
    first, second = path.hops
    ev = first.evidence[0]
    assert (ev.kind, ev.event_type, ev.event_label, ev.roles) == ("event", "Appeal", "urged", ("speaker", "addressee"))
    assert ev.snippet == "Antony Blinken urged Azerbaijan to reopen the Lachin Corridor."
    assert ev.article == "fx-offensive" and ev.link == "https://news.example.org/2023/09/19/offensive" and ev.date == "2023-09"
    rep = second.evidence[0]
    assert rep.kind == "reported" and rep.event_type == "TroopMovement"
    assert rep.roles == ("agent", "speaker")  # Azerbaijan acts, Pashinyan says so
    assert "Nikol Pashinyan said Azerbaijan had built up troops" in rep.snippet


def test_names_resolve_by_label_wikidata_id_or_iri(fixture_store):
    by_id = connections(fixture_store, "Q7035479", "ilham aliyev")
    assert by_id[0].labels == ["Nikol Pashinyan", "Ilham Aliyev"]
    assert by_id[0].hops[0].evidence[0].event_type == "Negotiation"
    iri = connections(fixture_store, "https://w3id.org/kg-news/entity/Q227", "Stepanakert", via="events")
    assert iri[0].labels == ["Azerbaijan", "Stepanakert"] and iri[0].hops[0].evidence[0].roles[1] == "place"


def test_levels_widen_from_events_to_articles(fixture_store):
    assert connections(fixture_store, "Josep Borrell", "Lachin Corridor", via="events")[0].labels == [
        "Josep Borrell",
        "Azerbaijan",
        "Lachin Corridor",
    ]
    same_article = connections(fixture_store, "Josep Borrell", "Lachin Corridor", via="articles")
    assert len(same_article[0].hops) == 1 and same_article[0].hops[0].evidence[-1].kind == "article"
    # filters apply: without July's articles Borrell is not there at all
    with pytest.raises(PathError, match="Josep Borrell"):
        connections(fixture_store, "Josep Borrell", "Azerbaijan", filters=Filters.create(since="2023-09"))


def test_unconnected_and_unknown(fixture_store):
    planned_only = Filters.create(modalities=["planned"])  # the evacuation alone
    assert connections(fixture_store, "Azerbaijan", "Stepanakert", via="events", filters=planned_only) == []
    with pytest.raises(PathError, match="did you mean 'Nikol Pashinyan'"):
        connections(fixture_store, "Nikol Pashinian", "Azerbaijan")
    with pytest.raises(PathError, match="via"):
        connections(fixture_store, "Russia", "Armenia", via="telepathy")


@pytest.mark.model
def test_seed_connects_blinken_and_pashinyan_with_snippets(seed_oxigraph):
    paths = connections(seed_oxigraph, "Antony Blinken", "Nikol Pashinyan")
    assert paths, "Blinken and Pashinyan are not connected in the seed"
    best = paths[0]
    assert len(best.hops) <= 2 and best.via in ("events", "sentences")
    texts = " ".join(ev.snippet for hop in best.hops for ev in hop.evidence)
    assert "Blinken" in texts and "Pashinyan" in texts
    assert all(ev.article and ev.date == "2023-09-19" or ev.date for hop in best.hops for ev in hop.evidence)
