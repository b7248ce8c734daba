"""A state body named with its country ("the Kenyan police", "Chad's army", "Nigerian
soldiers") is one node per country and kind, the same in every article
(kg/extract/events/groups.py, GroupBook.body_group; kg/rdf/mapping.py): typed
schema:GovernmentOrganization, labelled "<Kind> of <country>", linked to its country
(kgo:country), the event's actor beside the country. Own sentences from many crises (Kenya,
Nigeria, Sudan, Afghanistan, Yemen, Syria, Chad, Burkina Faso, Pakistan, Iraq, Mali,
Myanmar, Somalia, Haiti)."""
from __future__ import annotations

from datetime import date

import pytest
from rdflib import Literal, URIRef

from helpers import extract_text, one, role
from kg.extract.events.groups import body_key
from kg.rdf import Iris, to_rdf
from kg.rdf.validate import validate_article
from kg.vocab import KGO, RDF, RDFS, SDO, SEM, SKOS

PUBLISHED = date(2024, 6, 12)
BASE = "https://w3id.org/kg-news/"

pytestmark = pytest.mark.model


def bodies(ex):
    return {k: e for k, e in ex.entities.items() if "GovernmentOrganization" in e.types}


@pytest.mark.parametrize(
    "text, cls, slot, label, phrase, country",
    [
        ("The Kenyan police fired tear gas at protesters in Nairobi on Tuesday.", "Crackdown", "agent",
         "Police of Kenya", "Kenyan police", "Kenya"),  # Kenya
        ("Nigerian soldiers killed 12 bandits in Zamfara State on Monday.", "Casualties", "agent",
         "Army of Nigeria", "Nigerian soldiers", "Nigeria"),  # Nigeria: the soldiers are the army
        ("Sudanese police arrested dozens of protesters in Khartoum.", "Arrest", "agent",
         "Police of Sudan", "Sudanese police", "Sudan"),  # Sudan
        ("The Afghan interior ministry said the blast killed five people in Kabul.", "Statement", "speaker",
         "Interior Ministry of Afghanistan", "Afghan interior ministry", "Afghanistan"),  # Afghanistan
        ("The Yemeni coast guard seized a boat off Aden.", "Seizure", "agent",
         "Coast Guard of Yemen", "Yemeni coast guard", "Yemen"),  # Yemen / Red Sea
        ("Syrian government forces shelled Idlib.", "Shelling", "agent",
         "Army of Syria", "Syrian government forces", "Syria"),  # Syria
        ("Chad's army attacked Boko Haram positions near Lake Chad.", "Attack", "agent",
         "Army of Chad", "Chad's army", "Chad"),  # Chad: "X's army"
        ("Burkinabe security forces killed 30 civilians in Djibo.", "Casualties", "agent",
         "Security Forces of Burkina Faso", "Burkinabe security forces", "Burkina Faso"),  # Sahel
        ("Pakistani police arrested three suspects in Peshawar on Friday.", "Arrest", "agent",
         "Police of Pakistan", "Pakistani police", "Pakistan"),  # Pakistan
        ("Iraqi security forces arrested an Islamic State commander in Kirkuk.", "Arrest", "agent",
         "Security Forces of Iraq", "Iraqi security forces", "Iraq"),  # Iraq
    ],
)
def test_a_state_body_is_a_node_of_its_country(nlp, text, cls, slot, label, phrase, country):
    ex = extract_text(nlp, text, published=PUBLISHED)
    ev = one(ex, cls)
    assert role(ex, ev, slot) == sorted([label, country])  # the body acts, its country beside it
    (key,) = [p.entity for p in ev.participants if p.role == slot and ex.entities[p.entity].label == label]
    body = ex.entities[key]
    assert key == body_key(label[:-len(country) - 4].lower(), country)  # "organization/police-of-kenya": one per country and kind
    assert body.kind == "organization" and not body.kb_key
    assert body.types == ("GovernmentOrganization",)
    assert ex.entities[body.country].label == country
    assert phrase in body.aliases  # the text's words, an alternative name
    # its mention: the phrase, at its offsets
    (m,) = [m for m in ex.mentions if m.entity == key]
    assert m.span.text == phrase and text[m.span.start:m.span.end] == phrase
    assert not any(e.kind == "group" and phrase.lower() in e.label.lower() for e in ex.entities.values())


def test_the_same_body_is_one_node_across_articles(nlp, settings):
    """Kenya: "the Kenyan police" and "Kenya's police" in two articles are one node."""
    iris = Iris(BASE)
    a = extract_text(nlp, "The Kenyan police fired tear gas at protesters in Nairobi on Tuesday.", published=PUBLISHED)
    b = extract_text(nlp, "Kenya's police arrested 20 protesters in Mombasa on Thursday.", published=PUBLISHED)
    (ka,), (kb,) = bodies(a), bodies(b)
    assert ka == kb
    node = iris.entity(ka)
    assert str(node) == f"{BASE}entity/organization/police-of-kenya"
    for ex in (a, b):
        rdf = to_rdf(ex, iris)
        g = rdf.claims
        for t in rdf.descriptions:
            g.add(t)
        assert (node, RDF.type, SDO.GovernmentOrganization) in g and (node, RDF.type, SEM.Actor) in g
        assert (node, RDF.type, KGO.Group) not in g and (node, SDO.description, None) not in g
        assert list(g.objects(node, RDFS.label)) == [Literal("Police of Kenya")]
        assert (node, KGO.country, URIRef(ex.entities[ex.entities[ka].country].key)) in g
        assert (node, SKOS.altLabel, Literal("Kenyan police")) in g
        ev = next(e for e in ex.events if e.type in ("Crackdown", "Arrest"))
        assert (URIRef(iris.event(ex.article.id, ev.id)), KGO.agent, node) in g
        assert [str(v) for v in validate_article(rdf) if v.is_violation] == []


@pytest.mark.parametrize(
    "text",
    [
        "A Somali policeman was killed in Baidoa on Monday.",  # Somalia: one person, not the police
        "Kenya has sent police officers to Haiti. The police fired tear gas at protesters in Port-au-Prince.",  # a country named elsewhere
        "Somali militants attacked a hotel in Mogadishu.",  # Somalia: militants are no state's
        "Gunmen attacked a church in Kaduna on Sunday.",  # Nigeria: a group of the article
    ],
)
def test_no_body_without_the_phrase_own_country_and_body_noun(nlp, text):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert bodies(ex) == {}


def test_a_body_the_knowledge_base_knows_takes_the_phrase_as_its_name(nlp):
    """Mali: "Mali's army" is the KB's Malian Armed Forces, its mention the phrase; no new node."""
    text = "Mali's army said it killed 20 militants near Gao."
    ex = extract_text(nlp, text, published=PUBLISHED)
    (key,) = bodies(ex)
    body = ex.entities[key]
    assert body.kb_key and key == body.kb_key
    assert "Mali's army" in body.aliases and ex.entities[body.country].label == "Mali"
    assert any(m.entity == key and m.span.text == "Mali's army" for m in ex.mentions)
    assert role(ex, one(ex, "Statement"), "speaker") == sorted([body.label, "Mali"])


def test_each_country_of_a_shared_phrase_has_its_body(nlp):
    """"Kenyan and Somali troops": the two armies, neither named by the whole phrase."""
    ex = extract_text(nlp, "Kenyan and Somali troops attacked al-Shabaab positions near Kismayo.", published=PUBLISHED)
    assert sorted(e.label for e in bodies(ex).values()) == ["Army of Kenya", "Somali National Army"]  # the KB knows Somalia's
    assert role(ex, one(ex, "Attack"), "agent") == ["Army of Kenya", "Kenya", "Somali National Army", "Somalia"]
    assert not any(m.span.text == "Kenyan and Somali troops" for m in ex.mentions if m.entity in bodies(ex))


def test_the_scorer_finds_a_gold_body_by_its_name(nlp, tmp_path):
    """kg/eval/score.py matches entities by rdfs:label, skos:prefLabel, schema:name or
    skos:altLabel: a body is found by the text's words ("Kenyan police", an altLabel) and by
    its own name, typed GovernmentOrganization, and as the event's agent. (A group of the
    article has only a schema:description: the scorer never matched one.)"""
    import json

    from kg.eval import load_gold, score_graph

    text = "The Kenyan police fired tear gas at protesters in Nairobi on Tuesday."
    ex = extract_text(nlp, text, published=PUBLISHED)
    rdf = to_rdf(ex, Iris(BASE))
    g = rdf.claims
    for t in rdf.descriptions:
        g.add(t)
    for label in ("Kenyan police", "Police of Kenya"):
        path = tmp_path / "gold.json"
        path.write_text(json.dumps({
            "article": {"path": "a.txt"},
            "entities": [{"key": "police", "label": label, "type": "GovernmentOrganization"},
                         {"key": "kenya", "label": "Kenya", "type": "Country", "wikidata": "Q114"}],
            "events": [{"id": "fired", "type": "Crackdown", "actors": ["police"]}],
        }), encoding="utf-8")
        result = score_graph(g, load_gold(path))
        assert (result.counts["entities"].found, result.counts["types"].found, result.counts["events"].found) == (2, 2, 1), result.misses


def test_the_bare_noun_after_the_body_is_the_body(nlp):
    """Kenya / Nigeria: "the police", "the soldiers" in the next sentence are the body told before."""
    for text, label, cls in [
        ("The Kenyan police fired tear gas at protesters in Nairobi on Tuesday. The police also arrested 20 people.",
         "Police of Kenya", "Arrest"),
        ("Nigerian soldiers killed 12 bandits in Zamfara State on Monday. The soldiers also freed 30 hostages.",
         "Army of Nigeria", "Release"),
    ]:
        ex = extract_text(nlp, text, published=PUBLISHED)
        assert label in role(ex, one(ex, cls), "agent")


def test_a_body_in_no_event_is_mentioned_too(nlp):
    """Haiti / Philippines: a body phrase outside every event's slots is still the body's mention,
    and a body noun that only modifies another ("government security forces") makes none."""
    ex = extract_text(nlp, "Kenyan police officers patrolled Port-au-Prince on Monday.", published=PUBLISHED)
    assert [(m.span.text, ex.entities[m.entity].label) for m in ex.mentions if m.entity in bodies(ex)] == [
        ("Kenyan police officers", "Police of Kenya")]
    ex = extract_text(nlp, "Philippine government security forces surrounded Marawi.", published=PUBLISHED)
    assert [e.label for e in bodies(ex).values()] == ["Security Forces of the Philippines"]


@pytest.mark.parametrize(
    "text, label",
    [
        ("American warplanes struck Houthi targets in Yemen on Friday, and American troops shot down two drones.",
         "Army of the United States"),  # Red Sea / Yemen: "the United States"
        ("Filipino soldiers killed five militants in Marawi on Sunday.", "Army of the Philippines"),  # Philippines: a plural name
        ("Dutch police arrested 30 protesters in Amsterdam on Saturday.", "Police of the Netherlands"),  # the Netherlands
        ("British troops evacuated civilians from Khartoum on Monday.", "Army of the United Kingdom"),  # Sudan: the United Kingdom
        ("Nigerien police arrested dozens of protesters in Niamey on Monday.", "Police of Niger"),  # Niger: singular, no "the"
    ],
)
def test_a_country_that_takes_the_is_named_with_it(nlp, text, label):
    """A body's name says its country as running text does ("Army of the United States"),
    decided from the knowledge base's names and the lexicon's rule, its key from that name."""
    ex = extract_text(nlp, text, published=PUBLISHED)
    labels = {e.label: k for k, e in bodies(ex).items()}
    assert label in labels, labels
    assert labels[label] == "organization/" + label.lower().replace(" ", "-")
