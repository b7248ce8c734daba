"""kg/analyse/projections.py: each projection on the fixture graph and on the seed."""
from __future__ import annotations

import pytest

from kg.analyse.filters import Filters
from kg.analyse.projections import PROJECTIONS, ProjectionError, project, snippet

BASE = "https://w3id.org/kg-news/"
AZ, AM, RU = f"{BASE}entity/Q227", f"{BASE}entity/Q399", f"{BASE}entity/Q159"
PASHINYAN, ALIYEV, BLINKEN = f"{BASE}entity/Q7035479", f"{BASE}entity/person/ilham-aliyev", f"{BASE}entity/person/antony-blinken"
STEP, LACHIN, NK = (f"{BASE}entity/place/{k}" for k in ("stepanakert", "lachin-corridor", "nagorno-karabakh"))


def test_actor_actor_links_actors_of_one_event_with_weight_types_and_dates(fixture_data):
    G = project(fixture_data, "actor-actor")
    edge = G.edges[AZ, AM]
    # the cease-fire (2023-09-20) and Borrell's appeal to both (2023-07)
    assert edge["weight"] == 2
    assert edge["event_types"] == ["Agreement", "Appeal"]
    assert (edge["first"], edge["last"]) == ("2023-07", "2023-09-20")
    assert edge["articles"] == ["fx-ceasefire", "fx-july"]
    assert G.edges[ALIYEV, PASHINYAN]["event_types"] == ["Negotiation"]
    assert G.edges[BLINKEN, AZ]["weight"] == 1
    assert not G.has_edge(BLINKEN, PASHINYAN)
    assert STEP not in G  # a place only, never a participant
    assert G.nodes[AZ]["label"] == "Azerbaijan" and G.nodes[AZ]["type"] == "Country"


def test_filters_narrow_every_projection(fixture_store):
    september = project(fixture_store, "actor-actor", filters=Filters.create(since="2023-09"))
    assert september.edges[AZ, AM]["weight"] == 1 and september.edges[AZ, AM]["event_types"] == ["Agreement"]
    appeals = project(fixture_store, "actor-actor", filters=Filters.create(event_types=["Appeal"]))
    assert set(appeals.edges) == {(AM, f"{BASE}entity/person/josep-borrell"), (AZ, f"{BASE}entity/person/josep-borrell"), (AM, AZ), (AZ, BLINKEN)} or {
        frozenset(e) for e in appeals.edges
    } == {frozenset(p) for p in [(AM, f"{BASE}entity/person/josep-borrell"), (AZ, f"{BASE}entity/person/josep-borrell"), (AM, AZ), (AZ, BLINKEN)]}
    one_article = project(fixture_store, "co-mention", filters=Filters.create(articles=["fx-ceasefire"]))
    assert set(one_article) == {AZ, AM, RU, ALIYEV, PASHINYAN, f"{BASE}entity/place/brussels", STEP}


def test_actor_event_place_links_events_to_participants_with_roles(fixture_data):
    G = project(fixture_data, "actor-event-place")
    appeal = f"{BASE}article/fx-offensive/event/e5"
    assert G.nodes[appeal]["kind"] == "event" and G.nodes[appeal]["type"] == "Appeal"
    assert G.nodes[appeal]["snippet"] == "Antony Blinken urged Azerbaijan to reopen the Lachin Corridor."
    assert G.edges[appeal, BLINKEN]["role"] == "speaker"
    assert G.edges[appeal, AZ]["role"] == "addressee"
    assert G.edges[appeal, LACHIN]["role"] == "place" and G.edges[appeal, LACHIN]["kind"] == "place"
    assert G.nodes[LACHIN]["kind"] == "place" and G.nodes[LACHIN]["events"] == 2


def test_co_mention_counts_shared_sentences_and_articles(fixture_data):
    by_sentence = project(fixture_data, "co-mention")
    assert by_sentence.edges[AZ, AM]["weight"] == 2  # "Azerbaijan and Armenia agreed…", "…called on Azerbaijan and Armenia…"
    assert not by_sentence.has_edge(BLINKEN, PASHINYAN)
    by_article = project(fixture_data, "co-mention-article")
    assert by_article.has_edge(BLINKEN, PASHINYAN) and by_article.edges[BLINKEN, PASHINYAN]["weight"] == 1


def test_places_are_linked_by_the_actors_active_at_both(fixture_data):
    G = project(fixture_data, "places")
    # Azerbaijan acts at Nagorno-Karabakh (offensive), Stepanakert (capture) and the Lachin Corridor
    assert G.has_edge(NK, STEP) and G.has_edge(NK, LACHIN) and G.has_edge(STEP, LACHIN)
    assert G.edges[NK, STEP]["actor_labels"] == ["Azerbaijan"]
    assert G.edges[STEP, LACHIN]["event_types"] == ["Appeal", "Blockade", "Capture"]


def test_unknown_projection_lists_the_known_ones(fixture_data):
    with pytest.raises(ProjectionError, match="actor-actor"):
        project(fixture_data, "friends")


def test_every_projection_has_plain_values_only(fixture_data):
    for name in PROJECTIONS:
        G = project(fixture_data, name)
        for _n, d in G.nodes(data=True):
            for v in d.values():
                assert v is None or isinstance(v, (str, int, float, list)), (name, v)


def test_snippets_keep_the_words_around_the_mention():
    text = "word " * 100 + "Stepanakert" + " word" * 100
    s = snippet(text, 500, 511, width=80)
    assert "Stepanakert" in s and s.startswith("…") and s.endswith("…") and len(s) < 100


@pytest.mark.model
def test_seed_co_mentions_connect_blinken_and_pashinyan_through_azerbaijan(seed_oxigraph):
    G = project(seed_oxigraph, "co-mention")
    labels = {d["label"]: n for n, d in G.nodes(data=True)}
    for name in ("Antony Blinken", "Nikol Pashinyan", "Azerbaijan", "Stepanakert", "Lachin Corridor"):
        assert name in labels, name
    assert G.has_edge(labels["Antony Blinken"], labels["Azerbaijan"])
    assert G.has_edge(labels["Nikol Pashinyan"], labels["Azerbaijan"])
    assert G.has_edge(labels["Antony Blinken"], labels["Lachin Corridor"])
