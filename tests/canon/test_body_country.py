"""kg/canon: a country's state body the knowledge base lacks belongs to the country the store
states for it (``kgo:country``), whatever its name begins with ("Police of Kenya")."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

KB = "https://w3id.org/kg-news/kb/"
ORG = "https://w3id.org/kg-news/entity/organization/"

# own sentences, three crises
TEXT = (
    "NAIROBI, July 9, 2024 - The Kenyan police fired tear gas at protesters in Nairobi on Tuesday. "
    "The Malian government expelled a French diplomat from Bamako on Monday. "
    "Nigerian soldiers attacked a militant camp in Borno state on Sunday."
)


def test_a_state_body_belongs_to_its_stated_country(tmp_path, settings):
    from kg.canon import Canonicaliser
    from kg.canon.records import read_article_events
    from kg.ingest import read_articles
    from kg.run import Report, extract_rdf
    from kg.store import open_store

    path = tmp_path / "bodies.txt"
    path.write_text(TEXT, encoding="utf-8")
    (rdf,) = list(extract_rdf(read_articles([path]), settings, Report()))
    with open_store("memory:", settings) as store:
        store.put_article(rdf)
        canon = Canonicaliser(store, settings)
        records = read_article_events(store, [rdf.article_id])
        agents = {a for r in records.values() for a in r.agents | r.actors}
        assert {ORG + "police-of-kenya", ORG + "government-of-mali", ORG + "army-of-nigeria"} <= agents
        linker = canon.linker
        # by name alone the linker finds none of them: their names begin with their kind
        assert linker.affiliation(ORG + "police-of-kenya") is None
        canon.load_points(records.values())
        assert linker.countries[ORG + "police-of-kenya"] == KB + "kenya"
        assert linker.chain(ORG + "police-of-kenya")[-1] == KB + "kenya"
        assert linker.affiliation(ORG + "government-of-mali") == KB + "mali"
        assert linker.root(ORG + "army-of-nigeria") == KB + "nigeria"
        assert linker.agent_relation(ORG + "army-of-nigeria", KB + "nigeria") == "same"
        # a name that begins with its country still falls back to the name
        assert linker.affiliation(ORG + "sudanese-air-force") == KB + "sudan"
