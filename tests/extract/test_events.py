"""Events (kg/extract/events.py): triggers of every kind, each argument role, modality and
event coreference, on sentences of other conflicts (Ukraine, Gaza, Sudan) and on the seed;
the trigger lexicon read from the ontology; the events as RDF and through SPARQL.
"""
from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from helpers import events_of, extract_text, one, role  # noqa: F401
from kg.extract.event_lexicon import load_lexicon
from kg.extract.events import find_triggers
from kg.resources import ontology_dir
from kg.vocab import KGO, KGO_IRI, SEM

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "kb"
PUBLISHED = date(2023, 10, 12)  # a Thursday


def place(ex, event):
    return ex.entities[event.place].label if event.place else None


# ---------------------------------------------------------------------- the taxonomy and its lexicon


@pytest.fixture(scope="module")
def ontology():
    g = Graph()
    for f in sorted(ontology_dir().glob("*.ttl")):
        g.parse(f, format="turtle")
    return g


def test_every_event_class_is_a_labelled_defined_sem_event(ontology):
    lex = load_lexicon()
    assert len(lex.classes) > 40
    for name, cls in lex.classes.items():
        node = URIRef(KGO_IRI + name)
        assert "Event" in cls.ancestors
        assert (node, RDFS.label, None) in ontology, name
        assert (node, SKOS.definition, None) in ontology, name
    assert (KGO.Event, RDFS.subClassOf, SEM.Event) in ontology
    assert str(next(ontology.objects(KGO.Shelling, KGO.cameoCode))) == "194"
    assert str(next(ontology.objects(KGO.AirStrike, KGO.acledSubEventType))) == "Air/drone strike"
    assert str(next(ontology.objects(KGO.Ceasefire, KGO.ploverType))) == "RETREAT"


def test_the_lexicon_is_read_from_the_ontology(tmp_path, nlp):
    """A trigger added to events.ttl is found; nothing in the code knows the word."""
    for f in ("events.ttl", "kg.ttl"):
        shutil.copy(ontology_dir() / f, tmp_path / f)
    text = (tmp_path / "events.ttl").read_text(encoding="utf-8")
    text = text.replace('kgo:verbTrigger "shell", "bombard",', 'kgo:verbTrigger "shell", "bombard", "pummel",')
    (tmp_path / "events.ttl").write_text(text, encoding="utf-8")
    doc = nlp("Russian artillery pummelled Kharkiv on Monday.")
    assert not [t for t in find_triggers(doc, load_lexicon()) if t.head.lemma_ == "pummel"]
    (trigger,) = [t for t in find_triggers(doc, load_lexicon(tmp_path)) if t.head.lemma_ == "pummel"]
    assert trigger.cls == "Shelling" and trigger.kind == "verb"


def test_lexicon_words_cues_and_light_verbs():
    lex = load_lexicon()
    assert lex.cues["will"] == "planned" and lex.cues["could"] == "hypothetical" and lex.cues["unable"] == "negated"
    assert {"launch", "hold", "fight"} & lex.support_verbs == {"launch", "hold"}
    assert "broker" in lex.mediation_verbs and "turn" in lex.result_verbs
    assert [p.cls for p in lex.nouns_for("cease-fire")] == ["Ceasefire"]
    assert lex.compatible("Escalation", "MilitaryOperation") and not lex.compatible("Attack", "TerritorialControl")
    assert lex.is_communication("Appeal") and not lex.is_communication("PhoneCall")


# ---------------------------------------------------------------------- trigger kinds


@pytest.mark.model
@pytest.mark.parametrize(
    "text, cls, trigger, kind",
    [
        ("Russia shelled Kharkiv on Monday.", "Shelling", "shelled", "verb"),  # verbal
        ("The offensive began on Monday.", "MilitaryOperation", "offensive", "noun"),  # nominal
        ("Air raid sirens sounded in Kyiv overnight.", "AirRaidAlert", "Air raid sirens", "phrase"),  # multi-word noun
        ("Hamas agreed to a Qatar-brokered cease-fire agreement.", "Ceasefire", "agreed to a Qatar-brokered cease-fire agreement", "phrase"),
        ("Russian troops took control of Avdiivka.", "TerritorialControl", "took control of", "phrase"),  # verb phrase
        ("Ukraine launched a counteroffensive near Zaporizhzhia.", "MilitaryOperation", "launched a counteroffensive", "phrase"),  # light verb
        ("Blinken held a phone call with Netanyahu.", "PhoneCall", "held a phone call", "phrase"),  # light verb, multi-word noun
        ("Armenia and Azerbaijan fought a bloody war in 2020.", "War", "fought a bloody war", "phrase"),  # verb + event noun
        ("Russian troops massed along the border.", "TroopBuildup", "massed", "verb"),
    ],
)
def test_trigger_kinds(nlp, text, cls, trigger, kind):
    ex = extract_text(nlp, text, published=PUBLISHED)
    ev = one(ex, cls)
    assert ev.trigger.text == trigger
    assert ex.article.text[ev.trigger.start:ev.trigger.end] == trigger
    assert len(ex.events) == 1, [(e.type, e.trigger.text) for e in ex.events]  # one event, not one per word


@pytest.mark.model
def test_words_inside_a_longer_trigger_or_a_name_are_no_events(nlp):
    ex = extract_text(nlp, "Air raid sirens sounded as combat assets moved to the front.", published=PUBLISHED)
    assert [e.type for e in ex.events] == ["AirRaidAlert"]  # no raid, no combat


# ---------------------------------------------------------------------- argument roles


@pytest.mark.model
def test_agent_and_target_from_subject_and_object(nlp):
    ex = extract_text(nlp, "Russia attacked Ukraine in February 2022.", published=PUBLISHED)
    attack = one(ex, "Attack")
    assert role(ex, attack, "agent") == ["Russia"] and role(ex, attack, "target") == ["Ukraine"]
    assert attack.time.value == "2022-02"


@pytest.mark.model
def test_a_passive_agent_a_demonym_and_a_city_as_place(nlp):
    ex = extract_text(nlp, "Kyiv was shelled by Russian troops on Tuesday.", published=PUBLISHED)
    shelling = one(ex, "Shelling")
    assert "Russia" in role(ex, shelling, "agent")  # "Russian troops": Russia's forces, and Russia
    assert place(ex, shelling) == "Kyiv" and not role(ex, shelling, "target")


@pytest.mark.model
def test_mediators_by_phrase_and_by_compound(nlp):
    ex = extract_text(nlp, "Talks brokered by Egypt and Qatar resumed in Cairo. Israel and Hamas agreed to a Qatar-brokered truce.", published=PUBLISHED)
    talks = one(ex, "Negotiation")
    assert role(ex, talks, "mediator") == ["Egypt", "Qatar"] and place(ex, talks) == "Cairo"
    truce = one(ex, "Ceasefire")
    assert role(ex, truce, "mediator") == ["Qatar"]
    assert role(ex, truce, "agent") == ["Hamas", "Israel"]


@pytest.mark.model
def test_participants_of_talks_and_calls(nlp):
    ex = extract_text(nlp, "In a call with Erdogan on Monday, Putin urged Turkey to stay neutral. Armenia and Azerbaijan held talks in Brussels.", published=PUBLISHED)
    call = one(ex, "PhoneCall")
    assert role(ex, call, "participant") == ["Recep Tayyip Erdoğan", "Vladimir Putin"]
    assert call.time.value == "2023-10-09"
    urged = one(ex, "Appeal")
    assert urged.channel == "In a call" and urged.time.value == "2023-10-09"  # said in that call
    talks = one(ex, "Negotiation")
    assert role(ex, talks, "agent") == ["Armenia", "Azerbaijan"] and place(ex, talks) == "Brussels"


@pytest.mark.model
def test_place_from_in_along_toward(nlp):
    ex = extract_text(
        nlp,
        "Azerbaijan built up troops along the contact line in Nagorno-Karabakh. Russian convoys moved toward Kyiv.",
        published=PUBLISHED,
    )
    assert place(ex, one(ex, "TroopBuildup")) == "Nagorno-Karabakh"
    convoy = one(ex, "TroopMovement")
    assert place(ex, convoy) == "Kyiv" and role(ex, convoy, "agent") == ["Russia"]


@pytest.mark.model
def test_casualty_counts_and_the_place_of_the_strike(nlp):
    ex = extract_text(nlp, "At least 12 people were killed in the strike on Rafah.", published=PUBLISHED)
    assert one(ex, "Casualties").count == 12
    assert place(ex, one(ex, "Attack")) == "Rafah"


# ---------------------------------------------------------------------- modality


@pytest.mark.model
@pytest.mark.parametrize(
    "text, cls, modality",
    [
        ("Russia shelled Kharkiv on Monday.", "Shelling", "asserted"),
        ("Baku declared that it will evacuate the local population.", "Evacuation", "planned"),
        ("The clashes could escalate into a full-scale war between Israel and Hezbollah.", "War", "hypothetical"),
        ("Aid agencies have been unable to deliver food to Gaza.", "HumanitarianAid", "negated"),
        ("Egypt did not attack Israel.", "Attack", "negated"),
        ("Air raid sirens have been activated in Kyiv, local media reported.", "AirRaidAlert", "reported"),
        ("Photos purportedly show Russian convoys heading to Kyiv.", "TroopMovement", "reported"),
        ("Russia could launch a new offensive if talks fail.", "MilitaryOperation", "hypothetical"),
        ("Turkey urged Russia to withdraw its troops from Ukraine.", "Withdrawal", "hypothetical"),
        ("Moscow is preparing an offensive in the east.", "MilitaryOperation", "planned"),
    ],
)
def test_modality(nlp, text, cls, modality):
    ex = extract_text(nlp, text, published=PUBLISHED)
    assert one(ex, cls).modality == modality


@pytest.mark.model
def test_an_urged_withdrawal_has_the_urged_as_agent_and_no_target(nlp):
    ex = extract_text(nlp, "Turkey urged Russia to withdraw its troops from Ukraine.", published=PUBLISHED)
    withdrawal = one(ex, "Withdrawal")
    assert role(ex, withdrawal, "agent") == ["Russia"] and not role(ex, withdrawal, "target")
    assert place(ex, withdrawal) == "Ukraine"
    assert withdrawal.attributed_to == one(ex, "Appeal").id


# ---------------------------------------------------------------------- event coreference


@pytest.mark.model
def test_a_definite_mention_refers_back_and_shares_the_arguments(nlp):
    ex = extract_text(nlp, "Russia launched a new offensive in Donetsk on Monday. The offensive is the largest since 2022.", published=PUBLISHED)
    first, second = events_of(ex, "MilitaryOperation")
    assert second.same_as == [first.id] and first.same_as == [second.id]
    assert role(ex, second, "agent") == ["Russia"] and place(ex, second) == "Donetsk"
    assert second.confidence < first.confidence  # its own clause said less


@pytest.mark.model
def test_an_apposition_names_the_same_event(nlp):
    ex = extract_text(nlp, "Azerbaijan launched a new offensive in Nagorno-Karabakh, a major escalation in the conflict.", published=PUBLISHED)
    offensive, escalation = one(ex, "MilitaryOperation"), one(ex, "Escalation")
    assert escalation.same_as == [offensive.id]
    assert role(ex, escalation, "agent") == ["Azerbaijan"]


@pytest.mark.model
def test_bare_plurals_join_the_fuller_mention(nlp):
    ex = extract_text(
        nlp,
        "After months of negotiations, Armenia and Azerbaijan signed a peace agreement. The negotiations were brokered by the EU.",
        published=PUBLISHED,
    )
    first, second = events_of(ex, "Negotiation")
    assert first.same_as == [second.id]
    assert role(ex, first, "mediator") == ["European Union"]


@pytest.mark.model
def test_same_kind_same_day_but_other_actors_are_two_events(nlp):
    ex = extract_text(nlp, "Russia shelled Kharkiv on Monday. Ukraine shelled Belgorod on Monday.", published=PUBLISHED)
    a, b = events_of(ex, "Shelling")
    assert a.same_as == [] and b.same_as == []


@pytest.mark.model
def test_hypothetical_mentions_do_not_corefer(nlp):
    ex = extract_text(nlp, "Armenia and Azerbaijan fought a war in 2020. Pashinyan warned of a new war.", published=PUBLISHED)
    past, feared = events_of(ex, "War")
    assert past.modality == "asserted" and past.time.value == "2020"
    assert feared.same_as == [] and feared.time is None


@pytest.fixture(scope="module")
def sudan_nlp():
    from kg.config import Settings
    from kg.nlp import build_pipeline

    return build_pipeline(Settings(kb_files=(DATA / "sudan.ttl", DATA / "chad.csv")))


@pytest.mark.model
def test_sudan_an_event_as_subject_lends_its_actors(sudan_nlp):
    ex = extract_text(
        sudan_nlp,
        "The Rapid Support Forces launched a new offensive on El Fasher on Monday. "
        "The offensive killed at least 27 civilians, local activists said.",
        published=date(2024, 5, 16),
    )
    first, second = events_of(ex, "MilitaryOperation")
    assert second.same_as == [first.id] and second.modality == "reported"
    killed = one(ex, "Casualties")
    assert killed.count == 27 and role(ex, killed, "agent") == ["Rapid Support Forces"]
    assert place(ex, killed) == "El Fasher" and killed.time.value == "2024-05-13"


@pytest.mark.model
def test_sudan_a_state_body_brings_its_country(sudan_nlp):
    ex = extract_text(sudan_nlp, "Sudanese troops shelled El Fasher on Tuesday.", published=date(2024, 5, 16))
    shelling = one(ex, "Shelling")
    assert role(ex, shelling, "agent") == ["Sudan", "Sudanese Armed Forces"]
    assert place(ex, shelling) == "El Fasher" and shelling.time.value == "2024-05-14"


# ---------------------------------------------------------------------- the seed, read as an analyst would


@pytest.mark.model
def test_seed_events(seed_extraction):
    ex = seed_extraction

    def find(cls, **want):
        for e in events_of(ex, cls):
            if all(
                (role(ex, e, k) == v if k in ("agent", "speaker", "mediator", "participant") else
                 place(ex, e) == v if k == "place" else
                 (e.time.value if e.time else None) == v if k == "time" else
                 getattr(e, k) == v)
                for k, v in want.items()
            ):
                return e
        raise AssertionError(f"no {cls} with {want}: {[(e.type, e.trigger.text) for e in events_of(ex, cls)]}")

    offensive = find("MilitaryOperation", place="Nagorno-Karabakh", time="2023-09-19")
    assert "Azerbaijan" in role(ex, offensive, "agent")
    war = find("War", agent=["Armenia", "Azerbaijan"], place="Nagorno-Karabakh", time="2020", modality="asserted")
    assert war.trigger.text == "fought a bloody war"
    assert find("War", modality="hypothetical").trigger.text == "all-out war"
    lachin = find("TerritorialControl", place="Lachin Corridor")
    assert "Azerbaijan" in role(ex, lachin, "agent")
    assert find("Ceasefire", mediator=["Russia"]).trigger.text == "cease-fire agreement"
    assert any(role(ex, e, "mediator") == ["European Union", "Russia", "United States"] for e in events_of(ex, "Negotiation"))
    assert find("AirRaidAlert", place="Stepanakert", modality="reported")
    assert find("HumanitarianAid", modality="negated").trigger.text == "deliver supplies of food"
    evacuation = [e for e in events_of(ex, "Evacuation")]
    assert {e.modality for e in evacuation} == {"planned"} and evacuation[0].id in evacuation[1].same_as
    call = find("PhoneCall", participant=["Antony Blinken", "Ilham Aliyev"], time="2023-09")
    urged = find("Appeal", speaker=["Antony Blinken"], time="2023-09")
    assert role(ex, urged, "addressee") == ["Azerbaijan"] and urged.channel == "In a call" and call.id not in urged.same_as
    # "a new offensive" = "local anti-terrorist activities" = "the dramatic escalation" = "The offensive"
    cluster = {offensive.id, *offensive.same_as}
    named = {e.trigger.text for e in ex.events if e.id in cluster}
    assert {"offensive", "escalation", "counter-terrorism actions"} <= named
    assert any("anti-terrorist activities" in t for t in named)
    # provenance: the trigger is the text at its offsets, the sentence contains it
    for e in ex.events:
        assert ex.article.text[e.trigger.start:e.trigger.end] == e.trigger.text
        assert e.sentence.start <= e.trigger.start < e.trigger.end <= e.sentence.end
        assert 0 < e.confidence <= 1


# ---------------------------------------------------------------------- RDF and SPARQL


@pytest.mark.model
def test_seed_events_in_rdf(seed_rdf, seed_extraction):
    g = seed_rdf.claims
    onto = Graph()
    for f in sorted(ontology_dir().glob("*.ttl")):
        onto.parse(f, format="turtle")
    events = set(g.subjects(RDF.type, SEM.Event))
    assert len(events) == len(seed_extraction.events)
    for ev in events:
        kinds = [c for c in g.objects(ev, RDF.type) if str(c).startswith(KGO_IRI)]
        assert kinds and all((c, RDFS.subClassOf, None) in onto for c in kinds)
        trigger = next(g.objects(ev, KGO.trigger))
        begin, end = (int(next(g.objects(trigger, p))) for p in (URIRef("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex"), URIRef("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#endIndex")))
        assert seed_extraction.article.text[begin:end] == str(next(g.objects(trigger, URIRef("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf"))))
        assert next(g.objects(ev, KGO.modality)) in (KGO.Asserted, KGO.Reported, KGO.Planned, KGO.Hypothetical, KGO.Negated)


@pytest.mark.model
def test_only_asserted_events_in_a_query_that_says_so(seed_store):
    rows = seed_store.query(
        """
        PREFIX kgo: <https://w3id.org/kg-news/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT DISTINCT ?label ?type WHERE {
          ?e kgo:modality kgo:Asserted ; rdfs:label ?label ; a ?type .
          FILTER(STRSTARTS(STR(?type), STR(kgo:)))
        }
        """
    )
    found = {(str(r[0]), str(r[1]).split("#")[1]) for r in rows.rows}
    assert ("fought a bloody war", "War") in found
    assert not any(t in ("Evacuation",) for _, t in found)  # "will evacuate" is planned
    assert not any(label == "all-out war" for label, _ in found)  # imagined
    assert not any(label == "deliver supplies of food" for label, _ in found)  # could not be done


@pytest.mark.model
def test_a_moving_noun_takes_its_direction_and_the_region_is_the_last_one_named(sudan_nlp):
    """ "convoys heading toward the region": the place hangs on the participle, and "the
    region" is the region mentioned last (Darfur), not the city mentioned since."""
    ex = extract_text(
        sudan_nlp,
        "The Rapid Support Forces have besieged towns across Darfur for months. "
        "Residents of El Fasher said on Monday that satellite images showed long convoys heading toward the region.",
        published=date(2024, 5, 16),
    )
    (convoy,) = [e for e in events_of(ex, "TroopMovement") if e.trigger.text == "convoys"]
    assert place(ex, convoy) == "Darfur", [(e.type, e.trigger.text, place(ex, e)) for e in ex.events]
    # with no region named before, "the region" is nobody's place
    ex = extract_text(sudan_nlp, "Satellite images showed long convoys heading toward the region.", published=date(2024, 5, 16))
    (convoy,) = events_of(ex, "TroopMovement")
    assert place(ex, convoy) is None


@pytest.mark.model
def test_the_country_is_the_country_named_last(nlp):
    """ "pressing the country to ...": the addressee is the country mentioned last, not a
    person or a city named since; "a country" names nobody."""
    ex = extract_text(
        nlp,
        "Germany urged Ukraine to hold elections next year, while also pressing the country to set a date.",
        published=PUBLISHED,
    )
    appeals = {e.trigger.text: e for e in events_of(ex, "Appeal")}
    assert role(ex, appeals["pressing"], "addressee") == ["Ukraine"], [(e.trigger.text, e.participants) for e in ex.events]
    ex = extract_text(nlp, "Germany urged Ukraine to hold elections, while also pressing a country to set a date.", published=PUBLISHED)
    appeals = {e.trigger.text: e for e in events_of(ex, "Appeal")}
    assert not role(ex, appeals["pressing"], "addressee")
