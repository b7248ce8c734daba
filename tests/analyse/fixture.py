"""A small realistic news graph for analysis and export tests, built with the real pipeline
from dataclasses to RDF to a store: four articles on the Nagorno-Karabakh conflict with
entities (linked, typed, with coordinates), mentions, sentences and typed events with
participants, places, times, modality and reported speech.

The event classes are those issue 4 adds to the ontology; until kg's closed namespace
has them, the mapping is given an open one for the fixture (the triples are the same).
"""
from __future__ import annotations

import contextlib
from datetime import date

from rdflib import Namespace

from kg.extract.model import Entity, Event, Extraction, Mention, Participant, Span, TimeValue
from kg.ingest.article import Article
from kg.rdf import Iris, to_rdf
from kg.vocab import KGO_IRI

XSS = '"><img src=x onerror=alert(1)>'
CONTROL = "Sword\x0bof Justice"

ENTITIES = {
    "Q227": Entity("Q227", "Azerbaijan", ("Country",), "place", wikidata="Q227", lat=40.5, lon=47.5),
    "Q399": Entity("Q399", "Armenia", ("Country",), "place", wikidata="Q399", lat=40.0, lon=45.0),
    "Q159": Entity("Q159", "Russia", ("Country",), "place", wikidata="Q159", lat=60.0, lon=90.0),
    "Q7035479": Entity("Q7035479", "Nikol Pashinyan", ("Person",), "person", wikidata="Q7035479"),
    "person/antony-blinken": Entity("person/antony-blinken", "Antony Blinken", ("Person",), "person"),
    "person/ilham-aliyev": Entity("person/ilham-aliyev", "Ilham Aliyev", ("Person",), "person"),
    "person/josep-borrell": Entity("person/josep-borrell", "Josep Borrell", ("Person",), "person"),
    "place/stepanakert": Entity("place/stepanakert", "Stepanakert", ("City",), "place", lat=39.8177, lon=46.7528),
    "place/lachin-corridor": Entity("place/lachin-corridor", "Lachin Corridor", ("Place",), "place", lat=39.64, lon=46.55),
    "place/nagorno-karabakh": Entity(
        "place/nagorno-karabakh", "Nagorno-Karabakh", ("AdministrativeArea",), "place", lat=39.9167, lon=46.75
    ),
    "place/brussels": Entity("place/brussels", "Brussels", ("City",), "place", lat=50.8503, lon=4.3517),
    "group/xss": Entity("group/xss", XSS, ("Organization",), "group"),
    "group/sword": Entity("group/sword", CONTROL, ("Organization",), "group"),
}

# article id -> (published, title, url, sentences, events)
# an event: (id, type, trigger words, sentence index, participants, place, time, modality, attributed_to)
ARTICLES = {
    "fx-offensive": (
        date(2023, 9, 19),
        "Azerbaijan launches military offensive in Nagorno-Karabakh",
        "https://news.example.org/2023/09/19/offensive",
        [
            "Azerbaijan launched a military offensive in Nagorno-Karabakh on Tuesday.",
            "Air raid sirens sounded in Stepanakert.",
            "Nikol Pashinyan said Azerbaijan had built up troops along the contact line.",
            "Antony Blinken urged Azerbaijan to reopen the Lachin Corridor.",
        ],
        [
            ("e1", "MilitaryOperation", "military offensive", 0, [("agent", "Q227")], "place/nagorno-karabakh", ("2023-09-19", "day"), "asserted", None),
            ("e2", "Warning", "sirens", 1, [], "place/stepanakert", ("2023-09-19", "day"), "asserted", None),
            ("e3", "Statement", "said", 2, [("speaker", "Q7035479")], None, ("2023-09", "month"), "asserted", None),
            ("e4", "TroopMovement", "built up troops", 2, [("agent", "Q227")], None, ("2023-09", "month"), "reported", "e3"),
            ("e5", "Appeal", "urged", 3, [("speaker", "person/antony-blinken"), ("addressee", "Q227")], "place/lachin-corridor", ("2023-09", "month"), "asserted", None),
        ],
    ),
    "fx-ceasefire": (
        date(2023, 9, 20),
        "Cease-fire agreed",
        None,
        [
            "Azerbaijan and Armenia agreed to a cease-fire mediated by Russia.",
            "Ilham Aliyev met Nikol Pashinyan in Brussels.",
            "Azerbaijan took control of Stepanakert.",
        ],
        [
            ("e1", "Agreement", "cease-fire", 0, [("agent", "Q227"), ("agent", "Q399"), ("mediator", "Q159")], None, ("2023-09-20", "day"), "asserted", None),
            ("e2", "Negotiation", "met", 1, [("participant", "person/ilham-aliyev"), ("participant", "Q7035479")], "place/brussels", ("2023-09-20", "day"), "asserted", None),
            ("e3", "Capture", "took control", 2, [("agent", "Q227")], "place/stepanakert", None, "asserted", None),
        ],
    ),
    "fx-july": (
        date(2023, 7, 15),
        "EU calls for talks",
        "https://news.example.org/2023/07/15/talks",
        [
            "Josep Borrell called on Azerbaijan and Armenia to negotiate.",
            "Azerbaijan kept the Lachin Corridor closed.",
        ],
        [
            ("e1", "Appeal", "called on", 0, [("speaker", "person/josep-borrell"), ("addressee", "Q227"), ("addressee", "Q399")], None, ("2023-07", "month"), "asserted", None),
            ("e2", "Blockade", "closed", 1, [("agent", "Q227")], "place/lachin-corridor", ("2023-07", "month"), "asserted", None),
        ],
    ),
    "fx-odd": (
        date(2023, 9, 21),
        'Odd <names> & "quotes"',
        None,
        [
            f"The group {XSS} said it would evacuate people from Stepanakert.",
            f"A militia called {CONTROL} threatened Armenia.",
        ],
        [
            ("e1", "Evacuation", "evacuate", 0, [("agent", "group/xss")], "place/stepanakert", None, "planned", None),
            ("e2", "Threat", "threatened", 1, [("agent", "group/sword"), ("target", "Q399")], None, None, "asserted", None),
        ],
    ),
}

_LABEL_OF = {e.key: e.label for e in ENTITIES.values()}
_SURFACE = {"Q7035479": ["Nikol Pashinyan"], "Q227": ["Azerbaijan"], "Q399": ["Armenia"], "Q159": ["Russia"]}


def _find(text: str, words: str, start: int = 0) -> Span:
    i = text.index(words, start)
    return Span(i, i + len(words), words)


def extraction(article_id: str) -> Extraction:
    published, title, url, sentences, events = ARTICLES[article_id]
    text = " ".join(sentences)
    article = Article.create(text, id=article_id, title=title, url=url, published=published, source="<fixture>", publisher="Fixture News")
    sent_spans, pos = [], 0
    for s in sentences:
        i = text.index(s, pos)
        sent_spans.append(Span(i, i + len(s), s))
        pos = i + len(s)
    used: dict[str, Entity] = {}
    mentions: list[Mention] = []
    for key, entity in ENTITIES.items():
        label = entity.label
        start = 0
        while True:
            i = text.find(label, start)
            if i < 0:
                break
            mentions.append(Mention(Span(i, i + len(label), label), key, ner_label="FIXTURE"))
            used[key] = entity
            start = i + len(label)
    evs = []
    for eid, etype, trigger, si, parts, place, time, modality, attributed in events:
        sent = sent_spans[si]
        trig = _find(text, trigger, sent.start)
        for _role, key in parts:
            used.setdefault(key, ENTITIES[key])
        if place:
            used.setdefault(place, ENTITIES[place])
        evs.append(
            Event(
                id=eid,
                type=etype,
                trigger=trig,
                sentence=sent,
                participants=[Participant(r, k) for r, k in parts],
                place=place,
                time=TimeValue(time[0], time[1]) if time else None,
                modality=modality,
                confidence=0.9,
                attributed_to=attributed,
            )
        )
    return Extraction(
        article=article,
        entities=dict(sorted(used.items())),
        mentions=sorted(mentions, key=lambda m: m.span.start),
        events=evs,
        sentences=sent_spans,
        model="fixture",
    )


@contextlib.contextmanager
def _open_event_classes():
    """Let the mapping name event classes the ontology does not define yet."""
    from unittest import mock

    from kg.rdf import mapping
    from kg.vocab import KGO

    missing = [t for a in ARTICLES.values() for (_i, t, *_r) in a[4] if not _defined(KGO, t)]
    if not missing:
        yield
        return
    with mock.patch.object(mapping, "KGO", Namespace(KGO_IRI)):
        yield


def _defined(ns, name: str) -> bool:  # type: ignore[no-untyped-def]
    try:
        ns[name]
    except (AttributeError, KeyError):
        return False
    return True


def fixture_rdf(base_iri: str):  # type: ignore[no-untyped-def]
    """The ArticleRDF of every fixture article."""
    iris = Iris(base_iri)
    with _open_event_classes():
        return [to_rdf(extraction(aid), iris) for aid in ARTICLES]


def fill(store) -> None:  # type: ignore[no-untyped-def]
    """Put the fixture articles into ``store``."""
    for rdf in fixture_rdf(store.iris.base):
        store.put_article(rdf)
