"""SEM users query without learning kg's names (issue 13: ``?e sem:hasActor ?a`` found nothing).

kg writes ``sem:hasActor`` / ``sem:hasPlace`` next to its own sub-properties (kgo:agent,
kgo:eventPlace…), and ontology/kg.ttl states the ``rdfs:subPropertyOf`` axioms.
"""
from __future__ import annotations

import pytest
from rdflib import Graph
from rdflib.namespace import RDFS

from kg.resources import ontology_dir
from kg.store.base import sparql_prefixes
from kg.vocab import KGO, SEM

pytestmark = pytest.mark.model

ROLES = "kgo:agent|kgo:target|kgo:speaker|kgo:addressee|kgo:mediator|kgo:participant"


def _pairs(store, query: str) -> set[tuple[str, str]]:
    return {(str(a), str(b)) for a, b in store.query(sparql_prefixes() + query).rows}


def test_sem_only_query_finds_actors_and_places_of_the_seed(seed_store):
    sem_actors = _pairs(seed_store, "SELECT ?e ?a WHERE { ?e a sem:Event ; sem:hasActor ?a }")
    kg_roles = _pairs(seed_store, f"SELECT ?e ?a WHERE {{ ?e {ROLES} ?a }}")
    assert kg_roles and sem_actors == kg_roles
    sem_places = _pairs(seed_store, "SELECT ?e ?p WHERE { ?e a sem:Event ; sem:hasPlace ?p }")
    assert sem_places and sem_places == _pairs(seed_store, "SELECT ?e ?p WHERE { ?e kgo:eventPlace ?p }")
    # the names a SEM user knows: who acted in events placed in Nagorno-Karabakh's region
    labels = {
        str(r[0])
        for r in seed_store.query(
            sparql_prefixes()
            + "SELECT DISTINCT ?actor WHERE { ?e a sem:Event ; sem:hasActor ?a ; sem:hasPlace ?p . ?a rdfs:label ?actor }"
        ).rows
    }
    assert "Azerbaijan" in labels
    times = seed_store.query(sparql_prefixes() + "SELECT ?e ?t WHERE { ?e a sem:Event ; sem:hasTimeStamp ?t }").rows
    assert times


def test_the_sub_property_axioms_are_in_the_ontology():
    g = Graph().parse(ontology_dir() / "kg.ttl")
    def reaches(p, top):
        seen, todo = set(), [p]
        while todo:
            x = todo.pop()
            if x == top:
                return True
            seen.add(x)
            todo += [o for o in g.objects(x, RDFS.subPropertyOf) if o not in seen]
        return False
    for role in ("agent", "target", "speaker", "addressee", "mediator", "participant"):
        assert reaches(KGO[role], SEM.hasActor), role
    assert reaches(KGO.eventPlace, SEM.hasPlace)


def test_materialised_sem_has_actor_adds_no_rows_to_the_actor_timeline(seed_store):
    """Analysts' queries and the network data count each actor's role once, not again as sem:hasActor."""
    from qrows import rows

    from kg.analyse.data import read_graph_data

    timeline = rows(seed_store, "actor-timeline", actor="Azerbaijan")
    assert timeline and all(r["role"] != "hasActor" for r in timeline)
    assert len({(r["event"], r["role"]) for r in timeline}) == len(timeline)
    data = read_graph_data(seed_store)
    for ev in data.events:
        actors = [a for _role, a in ev.participants]
        assert len(actors) == len(set(actors)), ev
        assert len(ev.places) == len(set(ev.places)), ev
