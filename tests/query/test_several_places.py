"""An event at several places (Event.also_places, one kgo:eventPlace each): the queries that
read an event's place give it once per place where they list places, and once per event
where they list events (actor-timeline joins its places). On the fixture graph (fixture.py)
with the shelling of article B also placed in Stepanakert, on Oxigraph and on rdflib."""
from __future__ import annotations

from dataclasses import replace

import pytest
from fixture import ENTITIES, extraction_a, extraction_b
from qrows import rows


@pytest.fixture(scope="module", params=["oxigraph-memory:", "memory:"], ids=["oxigraph", "rdflib"])
def store(request, settings):
    from kg.rdf import Iris, to_rdf
    from kg.store import open_store

    b = extraction_b()
    b.entities[ENTITIES["stepanakert"].key] = ENTITIES["stepanakert"]
    b.events = [replace(e, also_places=[ENTITIES["stepanakert"].key]) if e.id == "b2" else e for e in b.events]
    iris = Iris(settings.base_iri)
    with open_store(request.param, settings) as s:
        for ex in (extraction_a(), b):
            s.put_article(to_rdf(ex, iris))
        yield s


def test_actor_timeline_gives_an_event_once_with_its_places(store):
    got = [r for r in rows(store, "actor-timeline", actor="Azerbaijan") if r["type"] == "Shelling"]
    assert len(got) == 1
    assert set(got[0]["place"].split("; ")) == {"Sotk", "Stepanakert"}


def test_the_event_is_at_each_of_its_places(store):
    for place in ("Sotk", "Stepanakert"):
        assert "Shelling" in {r["type"] for r in rows(store, "events-at-place", place=place)}
