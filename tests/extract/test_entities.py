"""Entities (kg/extract/entities.py, linking.py): one canonical, typed, linked node per entity.

On the seed article, on sentences of other articles on the Nagorno-Karabakh conflict, and
on an unrelated conflict (the war in Sudan) read with its own small KB files
(tests/data/kb/), through the real spaCy model.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import extract_text

pytestmark = pytest.mark.model

DATA = Path(__file__).resolve().parents[1] / "data" / "kb"
KB = "https://w3id.org/kg-news/kb/"
SD = "https://example.org/kb/sudan-war/"


def by_surface(ex) -> dict[str, object]:
    """Surface form -> entity (the last mention with that text)."""
    return {m.span.text: ex.entities[m.entity] for m in ex.mentions}


def labels(ex) -> set[str]:
    return {e.label for e in ex.entities.values()}


# ---------------------------------------------------------------------- the seed


def test_seed_one_node_per_entity_with_the_kb_type(seed_extraction):
    ex = seed_extraction
    found = by_surface(ex)
    assert found["Hajiyev"] is found["Hikmet Hajiyev"]
    assert found["Aliyev"] is found["Ilham Aliyev"]
    assert found["Stepanakert"].types[0] == "City"
    assert found["Nagorno-Karabakh"].types[:2] == ("AdministrativeArea", "Place")
    assert "Organization" not in found["Nagorno-Karabakh"].types
    assert found["Lachin Corridor"].key == KB + "lachin_corridor" and "Place" in found["Lachin Corridor"].types
    assert found["POLITICO"].types == ("NewsMediaOrganization", "Organization")
    assert sum(e.label == "Azerbaijan" for e in ex.entities.values()) == 1


def test_seed_links_carry_wikidata_coordinates_source_and_confidence(seed_extraction):
    found = by_surface(seed_extraction)
    azerbaijan = found["Azerbaijan"]
    assert (azerbaijan.key, azerbaijan.wikidata, azerbaijan.link_source) == (KB + "azerbaijan", "Q227", "kb")
    assert found["U.S."].wikidata == "Q30" and found["EU"].wikidata == "Q458"
    stepanakert = found["Stepanakert"]
    assert stepanakert.geonames == 146970 and stepanakert.lat == pytest.approx(39.8177) and stepanakert.lon == pytest.approx(46.7528)
    assert 0 < stepanakert.link_confidence <= 1
    assert all(0 < m.confidence <= 1 for m in seed_extraction.mentions)


def test_seed_has_no_possessive_title_or_determiner_entities(seed_extraction):
    names = labels(seed_extraction) | {m.span.text for m in seed_extraction.mentions}
    assert "State" not in names
    assert not [n for n in names if n.endswith(("’s", "'s")) or n.lower().startswith("the ")]
    assert not [e for e in seed_extraction.entities.values() if e.label in ("Azerbaijani", "Armenian")]


def test_seed_metonymy_and_demonyms(seed_extraction):
    found = by_surface(seed_extraction)
    assert found["Baku"].label == "Azerbaijan"  # "Baku also declared ..."
    assert found["Brussels"].label == "European Union"  # "Brussels was deeply concerned"
    assert found["Azerbaijani forces"].label == "Azerbaijani Armed Forces"
    assert found["Azerbaijani soldiers"].label == "Azerbaijani Armed Forces"  # a demonym + "soldiers", not a KB name


def test_seed_mentions_are_sorted_and_anchor_the_text(seed_extraction, seed_article):
    starts = [(m.span.start, m.span.end) for m in seed_extraction.mentions]
    assert starts == sorted(starts)
    for m in seed_extraction.mentions:
        assert seed_article.text[m.span.start:m.span.end] == m.span.text
        assert m.entity in seed_extraction.entities


# ---------------------------------------------------------------------- other articles on the conflict

OTHER = (
    "Armenia's Foreign Minister Ararat Mirzoyan met his Azerbaijani counterpart Jeyhun Bayramov in "
    "Washington on Monday. Mirzoyan said the talks had been difficult. Yerevan later accused Baku of "
    "blocking the Lachin road, and Mirzoyan flew to Baku a week later.\n\n"
    "Kremlin spokesman Dmitry Peskov said Moscow was ready to help. Russian peacekeepers remained in "
    "Stepanakert, which Azerbaijan calls Khankendi. Georgian officials offered to host talks, and "
    "Azerbaijani soldiers were seen near Shusha. The local Armenian population fled."
)


@pytest.fixture(scope="module")
def other(nlp):
    return extract_text(nlp, OTHER)


def test_other_article_metonymy_actor_versus_place(other):
    ms = [(m.span.text, other.entities[m.entity].label) for m in other.mentions]
    assert ("Yerevan", "Armenia") in ms  # subject of "accused"
    assert ms.count(("Baku", "Azerbaijan")) == 1  # object of "accused" ...
    assert ms.count(("Baku", "Baku")) == 1  # ... but "flew to Baku" is the city
    assert ("Washington", "Washington, D.C.") in ms  # "met ... in Washington"
    assert ("Moscow", "Russia") in ms  # "Moscow was ready"
    assert ("Kremlin", "Russia") in ms  # "Kremlin spokesman"


def test_other_article_spellings_and_partial_names(other):
    found = by_surface(other)
    assert found["Khankendi"] is found["Stepanakert"]
    assert found["Mirzoyan"] is found["Ararat Mirzoyan"]
    assert found["Lachin road"].label == "Lachin Corridor"


def test_other_article_demonyms_are_affiliations(other):
    found = by_surface(other)
    assert found["Georgian officials"].label == "Georgia"  # the KB knows no Georgian government
    assert found["Azerbaijani soldiers"].label == "Azerbaijani Armed Forces"
    assert found["Russian peacekeepers"].kind == "organization"
    assert not [m for m in other.mentions if m.span.text in ("Armenian", "Azerbaijani", "Russian", "Georgian")]


def test_partial_names_prefer_the_person_the_article_names(nlp):
    ex = extract_text(nlp, "Heydar Aliyev ruled Azerbaijan until 2003. Aliyev's son succeeded him.")
    found = by_surface(ex)
    assert found["Aliyev"] is found["Heydar Aliyev"]  # not the KB's Ilham Aliyev
    assert found["Aliyev"].key == "person/heydar-aliyev" and found["Aliyev"].link_source == "ner"


def test_names_the_kb_lacks_keep_the_ner_type_and_a_slug_key(nlp):
    ex = extract_text(nlp, "Davit Babayan said the city was surrounded. Babayan later surrendered to Azerbaijan.")
    found = by_surface(ex)
    assert found["Babayan"] is found["Davit Babayan"]
    assert found["Davit Babayan"].key == "person/davit-babayan" and found["Davit Babayan"].types == ("Person",)


def test_two_articles_share_one_node_per_entity(nlp, settings):
    from kg.rdf import Iris, to_rdf
    from kg.store import open_store

    first = extract_text(nlp, "Azerbaijani President Ilham Aliyev spoke in Stepanakert on Tuesday.")
    second = extract_text(nlp, "Aliyev visited Khankendi again, Ilham Aliyev's office said, as Davit Babayan watched.", title="Second")
    third = extract_text(nlp, "Davit Babayan was detained.", title="Third")
    assert first.article.id != second.article.id
    iris = Iris(settings.base_iri)
    with open_store("memory:", settings) as store:
        for ex in (first, second, third):
            store.put_article(to_rdf(ex, iris))
        rows = store.query(
            """PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
               PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
               PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
               SELECT ?label (COUNT(DISTINCT ?e) AS ?nodes) (COUNT(DISTINCT ?ctx) AS ?articles) WHERE {
                 ?m itsrdf:taIdentRef ?e ; nif:referenceContext ?ctx . ?e rdfs:label ?label .
               } GROUP BY ?label"""
        )
    counts = {str(r[0]): (int(r[1]), int(r[2])) for r in rows.rows}
    assert counts["Ilham Aliyev"] == (1, 2)
    assert counts["Stepanakert"] == (1, 2)
    assert counts["Davit Babayan"] == (1, 2)


# ---------------------------------------------------------------------- without a knowledge base


def test_without_a_kb_entities_come_from_the_ner_with_sensible_types(nlp):
    from kg.nlp.factories import KB_RULER

    text = "Armenia’s army fought back, U.S. Secretary of State Antony Blinken said, as Azerbaijan's troops advanced."
    with nlp.select_pipes(disable=[KB_RULER]):
        ex = extract_text(nlp, text)
    found = by_surface(ex)
    assert "State" not in found
    assert found["Antony Blinken"].key == "person/antony-blinken"
    azerbaijan = found["Azerbaijan"]
    assert azerbaijan.types[0] == "Country" and azerbaijan.geonames == 587116 and azerbaijan.link_source == "geonames"
    assert azerbaijan.kb_key is None and azerbaijan.key == "place/azerbaijan"


# ---------------------------------------------------------------------- an unrelated conflict, its own KB

SUDAN = (
    "Sudanese army chief Abdel Fattah al-Burhan said on Monday that his forces would not negotiate with "
    "the Rapid Support Forces. Khartoum accused the paramilitary group of shelling residential areas of "
    "Omdurman and Nyala. Burhan spoke in Port Sudan, where the army-backed government has been based "
    "since fighting engulfed Khartoum.\n\n"
    "RSF commander Mohamed Hamdan Dagalo, known as Hemedti, told supporters in a video that his fighters "
    "controlled most of Darfur. Dagalo said El Fasher would fall within weeks, and Sudanese soldiers "
    "dug in. Chadian officials said thousands of refugees had crossed into Adre. N'Djamena called for a "
    "ceasefire."
)


@pytest.fixture(scope="module")
def sudan_nlp():
    from kg.config import Settings
    from kg.nlp import build_pipeline

    return build_pipeline(Settings(kb_files=(DATA / "sudan.ttl", DATA / "chad.csv")))


@pytest.fixture(scope="module")
def sudan(sudan_nlp):
    return extract_text(sudan_nlp, SUDAN)


def test_unrelated_conflict_links_to_its_own_kb(sudan):
    found = by_surface(sudan)
    assert found["Abdel Fattah al-Burhan"].key == SD + "burhan"
    assert found["Rapid Support Forces"] is found["RSF"]
    country = found["N'Djamena"]
    assert (country.key, country.types[0]) == (SD + "chad", "Country")  # from the CSV file
    assert found["El Fasher"].types[0] == "City" and found["El Fasher"].geonames == 379555
    assert found["Adre"].label == "Adré"


def test_unrelated_conflict_corrects_the_ner_types(sudan_nlp, sudan):
    from kg.nlp.factories import KB_RULER

    with sudan_nlp.select_pipes(disable=[KB_RULER]):
        raw = {e.text: e.label_ for e in sudan_nlp(SUDAN).ents}
    found = by_surface(sudan)
    corrected = {name for name in ("El Fasher", "Adre", "Omdurman", "Nyala") if raw.get(name) not in ("GPE", "LOC", None)}
    assert corrected, f"the model typed every place right ({raw}): pick sentences it gets wrong"
    for name in corrected:
        assert found[name].kind == "place" and "City" in found[name].types, name


def test_unrelated_conflict_towns_the_kb_lacks_come_from_geonames(sudan):
    found = by_surface(sudan)
    omdurman, nyala = found["Omdurman"], found["Nyala"]
    assert (omdurman.geonames, omdurman.link_source, omdurman.types[0]) == (365137, "geonames", "City")
    assert omdurman.lat == pytest.approx(15.64, abs=0.01) and omdurman.lon == pytest.approx(32.48, abs=0.01)
    assert nyala.geonames == 369004 and nyala.key == "place/nyala"


def test_unrelated_conflict_metonymy_demonyms_and_partial_names(sudan):
    ms = [(m.span.text, sudan.entities[m.entity].label) for m in sudan.mentions]
    assert ("Khartoum", "Sudan") in ms  # "Khartoum accused"
    assert ("Khartoum", "Khartoum") in ms  # "fighting engulfed Khartoum"
    assert ("N'Djamena", "Chad") in ms
    assert ("Chadian officials", "Chad") in ms
    assert ("Sudanese soldiers", "Sudanese Armed Forces") in ms
    assert ("Burhan", "Abdel Fattah al-Burhan") in ms  # the NER did not even see it
    assert ("Dagalo", "Mohamed Hamdan Dagalo") in ms and ("Hemedti", "Mohamed Hamdan Dagalo") in ms
    sudan_entity = next(e for e in sudan.entities.values() if e.label == "Sudan")
    assert sudan_entity.wikidata == "Q1049"


def test_surface_forms_are_alt_labels_but_a_metonym_is_not(seed_rdf, nlp, settings):
    from rdflib import Literal, URIRef
    from rdflib.namespace import SKOS

    from kg.rdf import Iris, to_rdf

    alt = lambda g, key: {str(o) for o in g.objects(URIRef(KB + key), SKOS.altLabel)}  # noqa: E731
    assert "Baku" not in alt(seed_rdf.claims, "azerbaijan")  # "Baku also declared": Azerbaijan, not its name
    assert "Hajiyev" in alt(seed_rdf.claims, "hikmet_hajiyev")
    rdf = to_rdf(extract_text(nlp, OTHER), Iris(settings.base_iri))
    assert "Khankendi" in alt(rdf.claims, "stepanakert")
    assert (URIRef(KB + "stepanakert"), SKOS.prefLabel, Literal("Khankendi")) not in rdf.descriptions


@pytest.mark.parametrize(
    "name", ["kg.extract.link_types", "kg.extract.lexicon", "kg.extract.normalise", "kg.extract.names", "kg.extract.acronyms", "kg.extract.typer", "kg.extract.bodies"]
)
def test_doctests(name):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0 and result.attempted > 0
