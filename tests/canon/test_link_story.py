"""Linking in a story's context (kg/canon/records.story_contexts, Linker.in_context, .story,
.of_its_story, .decide, .conflict, and kg/canon/graph.cluster): an event a report tells
without a place, an actor or a time is read, for linking only, with its article's story;
and what the reports state keeps apart what is two. Events of several crises, written out
as the store would give them (no model; the knowledge base is the shipped one)."""
from __future__ import annotations

from datetime import date

import pytest

from kg.canon import EventRecord, Linker, cluster
from kg.canon.link import DAY_LAG, STORY_LINK
from kg.canon.records import StoryContext, is_speech_act, story_contexts

KB = "https://w3id.org/kg-news/kb/"
PLACE = "https://w3id.org/kg-news/entity/place/"
PERSON = "https://w3id.org/kg-news/entity/person/"
ART = "https://w3id.org/kg-news/article/"


@pytest.fixture()
def linker() -> Linker:
    from kg.canon import default_linker

    return default_linker()


def ev(article: str, n: int, cls: str, *, places=(), agents=(), actors=(), time=None, published=None,  # type: ignore[no-untyped-def]
       modality="Asserted", sentence=0, same_as=()) -> EventRecord:
    return EventRecord(
        iri=f"{ART}{article}/event/e{n}", article=f"{ART}{article}", classes={cls}, agents=set(agents),
        actors=set(actors) | set(agents), places=set(places), time=time, modality=modality, published=published,
        sentence=f"{ART}{article}#char={sentence},{sentence + 50}", same_as={f"{ART}{article}/event/e{k}" for k in same_as},
    )


def with_contexts(*recs: EventRecord) -> dict[str, EventRecord]:
    records = {r.iri: r for r in recs}
    story_contexts(records)
    return records


def test_a_story_context_is_the_place_agent_and_day_most_sentences_name(linker):
    # DR Congo: two sentences on the M23's attack on Sake, one on a clash elsewhere, a statement
    recs = with_contexts(
        ev("drc", 1, "Attack", places={PLACE + "goma"}, agents={KB + "m23"}, time="2025-01-23", sentence=0),
        ev("drc", 2, "Casualties", places={PLACE + "goma"}, time="2025-01-23", sentence=100),
        ev("drc", 3, "Clash", places={PLACE + "bukavu"}, time="2024-12-02", sentence=200),
        ev("drc", 4, "Condemnation", agents={PERSON + "bintou-keita"}, sentence=300),
        ev("drc", 5, "Attack", modality="Hypothetical", places={PLACE + "bukavu"}, time="2024-12-02", sentence=400),
    )
    ctx = recs[f"{ART}drc/event/e1"].context
    assert ctx is not None
    assert ctx.places == {PLACE + "goma"} and ctx.time == "2025-01-23" and ctx.agents == {KB + "m23"}
    assert ctx.speakers == {PERSON + "bintou-keita"}  # the speaker of its statements, not an agent
    assert PLACE + "bukavu" in ctx.named  # every place its events name, for telling its story
    # a sentence naming four events names its day once: the lead's day wins a tie
    recs = with_contexts(*(ev("ml", n, "Attack", time="2022-03-05", sentence=90) for n in (1, 2, 3)),
                         ev("ml", 4, "Attack", time="2022-03-07", sentence=0))
    assert recs[f"{ART}ml/event/e1"].context.time == "2022-03-07"


def test_an_event_lacking_arguments_is_read_with_its_story_but_keeps_its_own(linker):
    ctx = StoryContext(places=frozenset({PLACE + "goma"}), agents=frozenset({KB + "m23"}), time="2025-01-23",
                       speakers=frozenset({PERSON + "bintou-keita"}))
    bare = ev("drc", 1, "Attack", published=date(2025, 1, 24))
    bare.context = ctx
    read = linker.in_context(bare)
    assert read.places == {PLACE + "goma"} and read.time == "2025-01-23"
    assert read.agents == set() and KB + "m23" in read.actors  # supports, never vetoes
    assert bare.places == set() and bare.time is None  # the record itself is untouched
    said = ev("drc", 2, "Condemnation", published=date(2025, 1, 24))
    said.context = ctx
    read = linker.in_context(said)  # a statement is of the day it was made, by the article's speaker
    assert read.time == "2025-01-24" and PERSON + "bintou-keita" in read.actors


def test_two_reports_tell_one_story_by_place_and_day_and_two_by_places_apart(linker):
    linker.points.update({PLACE + "sake": (-1.57, 29.04)})
    a = ev("drc-a", 1, "Attack")
    b = ev("drc-b", 1, "Attack")
    a.context = StoryContext(places=frozenset({PLACE + "sake"}), named=frozenset({PLACE + "sake"}), time="2025-01-23")
    b.context = StoryContext(places=frozenset({PLACE + "sake"}), named=frozenset({PLACE + "sake"}), time="2025-01-24")
    assert linker.story(a, b) is not None
    c = ev("ye", 1, "Attack")  # Yemen: another country, the same days
    c.context = StoryContext(places=frozenset({KB + "yemen"}), named=frozenset({KB + "yemen"}), time="2025-01-23")
    assert linker.story(a, c) is None
    d = ev("drc-d", 1, "Attack")  # one place, but a week apart: two stories
    d.context = StoryContext(places=frozenset({PLACE + "sake"}), named=frozenset({PLACE + "sake"}), time="2025-01-30")
    assert linker.story(a, d) is None


def test_a_report_s_bare_mention_links_to_the_story_s_event(linker):
    # Syria: A dates and places an air strike on a market of Idlib; B's "the air strike" names nothing
    # but its day and the victims; B's story is the same (Idlib, that day)
    a = ev("sy-a", 1, "AirStrike", places={PLACE + "idlib"}, agents={KB + "russia"}, time="2024-10-16", sentence=0)
    b1 = ev("sy-b", 1, "AirStrike", time="2024-10-16", actors={f"{ART}sy-b/group/civilians"}, sentence=0)
    b2 = ev("sy-b", 2, "Casualties", places={PLACE + "idlib"}, time="2024-10-16", sentence=200)
    recs = with_contexts(a, b1, b2)
    assert linker.compare(a, b1) is not None and STORY_LINK in linker.compare(a, b1)  # type: ignore[operator]
    # the same bare mention in a report of another story (Aleppo, a week later) is not linked
    c1 = ev("sy-c", 1, "AirStrike", actors={f"{ART}sy-c/group/civilians"}, published=date(2024, 10, 23))
    c2 = ev("sy-c", 2, "Casualties", places={PLACE + "aleppo"}, time="2024-10-23")
    with_contexts(c1, c2)
    assert linker.compare(a, c1) is None
    assert recs  # the records keep their own arguments
    assert b1.places == set()


def test_a_story_does_not_make_one_of_a_background_event_or_two_bare_mentions(linker):
    # Mali: today's attack on a village; "last month an ambush killed soldiers" in the same report
    a = ev("ml-a", 1, "Attack", places={PLACE + "moura"}, time="2022-03-27", sentence=0)
    a2 = ev("ml-a", 2, "Attack", places={KB + "mali"}, time="2022-02", sentence=300)
    a3 = ev("ml-a", 3, "Attack", actors={f"{ART}ml-a/group/civilians"}, sentence=500)  # "attacks on civilians"
    b = ev("ml-b", 1, "Attack", places={PLACE + "moura"}, time="2022-03-28", sentence=0)
    b2 = ev("ml-b", 2, "Attack", places={KB + "mali"}, time="2022-02-12", sentence=300)
    b3 = ev("ml-b", 3, "Attack", actors={f"{ART}ml-b/group/civilians"}, sentence=500)
    with_contexts(a, a2, a3, b, b2, b3)
    assert linker.story(a, b) is not None
    assert not linker.of_its_story(a2) and linker.compare(a2, b2) is None  # a month is no day of the story
    why, refusal = linker.decide(a3, b3)
    assert why is None and "sharing nothing they state" in refusal


def test_said_things_in_one_story_are_one_only_by_one_speaker(linker):
    # Ethiopia: two reports of the day quote a condemnation; one names no speaker
    a = ev("et-a", 1, "Condemnation", agents={PERSON + "moussa-faki"}, published=date(2021, 11, 3), sentence=0)
    a2 = ev("et-a", 2, "Attack", places={KB + "ethiopia_tigray_53"}, time="2021-11-02", sentence=100)
    b = ev("et-b", 1, "Condemnation", published=date(2021, 11, 3), sentence=0)
    b2 = ev("et-b", 2, "Attack", places={KB + "ethiopia_tigray_53"}, time="2021-11-02", sentence=100)
    c = ev("et-c", 1, "Condemnation", agents={PERSON + "moussa-faki"}, published=date(2021, 11, 3), sentence=0)
    c2 = ev("et-c", 2, "Attack", places={KB + "ethiopia_tigray_53"}, time="2021-11-02", sentence=100)
    with_contexts(a, a2, b, b2, c, c2)
    assert linker.compare(a, b) is None
    assert linker.compare(a, c) is not None
    assert is_speech_act(a) and not is_speech_act(a2)


def test_two_days_further_apart_than_the_reporting_lag_are_two_events(linker):
    # Somalia: a bombing in Mogadishu by al-Shabaab, dated three days apart by two reports
    a = ev("so-a", 1, "Bombing", places={KB + "somalia_capital_mogadishu"}, agents={KB + "al_shabaab"}, time="2022-10-29")
    b = ev("so-b", 1, "Bombing", places={KB + "somalia_capital_mogadishu"}, agents={KB + "al_shabaab"}, time=f"2022-11-{1 + DAY_LAG:02d}")
    why, refusal = linker.decide(a, b)
    assert why is None and refusal == "days apart"
    assert linker.conflict(a, b) == "days apart"


def test_a_chain_never_joins_two_events_that_state_different_days(linker):
    # Haiti: reports of two attacks on one town four days apart; a third report's undated
    # "the attack" on the town could be either: it joins one, never both
    a = ev("ht-a", 1, "Attack", places={KB + "haiti_capital_port_au_prince"}, time="2024-03-02", published=date(2024, 3, 3))
    b = ev("ht-b", 1, "Attack", places={KB + "haiti_capital_port_au_prince"}, time="2024-03-06", published=date(2024, 3, 6))
    c = ev("ht-c", 1, "Attack", places={KB + "haiti_capital_port_au_prince"}, published=date(2024, 3, 6))
    groups, _ = cluster([a, b, c], linker)
    for g in groups:
        assert not {a.iri, b.iri} <= {m.iri for m in g.members}


def test_one_article_s_attacks_on_two_villages_are_two(linker):
    # Burkina Faso: one report tells of attacks on two villages the same day; another report's
    # attack on the first village is linked to the first only
    a1 = ev("bf-a", 1, "Attack", places={PLACE + "barsalogho"}, time="2024-08-24")
    a2 = ev("bf-a", 2, "Attack", places={PLACE + "dablo"}, time="2024-08-24")
    b = ev("bf-b", 1, "Attack", places={PLACE + "barsalogho"}, time="2024-08-24")
    c = ev("bf-c", 1, "Attack", places={PLACE + "barsalogho", PLACE + "dablo"}, time="2024-08-24")
    assert linker.local_places_apart(a1, a2) and not linker.local_places_apart(a1, c)
    groups, _ = cluster([a1, a2, b, c], linker)
    for g in groups:
        assert not {a1.iri, a2.iri} <= {m.iri for m in g.members}
    assert any({a1.iri, b.iri} <= {m.iri for m in g.members} for g in groups)


def test_a_story_link_adds_one_mention_per_report_to_the_story_s_event(linker):
    # Sudan: A and B date and place the attack on a camp; C tells "the attack" and, in a
    # quote, "attacks on civilians are unacceptable": only one of C's bare mentions joins
    camp = PLACE + "zamzam"
    linker.points[camp] = (13.50, 25.27)
    a = ev("sd-a", 1, "Attack", places={camp}, agents={KB + "rsf"}, time="2025-04-11", sentence=0)
    b = ev("sd-b", 1, "Attack", places={camp}, agents={KB + "rsf"}, time="2025-04-11", sentence=0)
    c1 = ev("sd-c", 1, "Attack", time="2025-04-11", actors={f"{ART}sd-c/group/displaced"}, sentence=0)
    c2 = ev("sd-c", 2, "Attack", time="2025-04-11", actors={f"{ART}sd-c/group/civilians"}, sentence=200)
    c3 = ev("sd-c", 3, "Casualties", places={camp}, agents={KB + "rsf"}, time="2025-04-11", sentence=100)
    records = with_contexts(a, b, c1, c2, c3)
    assert STORY_LINK in (linker.compare(a, c1) or "") and STORY_LINK in (linker.compare(a, c2) or "")
    groups, _ = cluster(records.values(), linker)
    main = next(g for g in groups if a.iri in {m.iri for m in g.members})
    assert b.iri in {m.iri for m in main.members}
    assert len({c1.iri, c2.iri} & {m.iri for m in main.members}) == 1


def test_two_statements_of_one_place_and_day_are_one_only_by_one_speaker(linker):
    # Gaza: two statements of one day on Rafah, by two officials the knowledge base lacks
    a = ev("gz-a", 1, "Statement", places={PLACE + "rafah"}, agents={PERSON + "jens-laerke"}, time="2024-05-07")
    b = ev("gz-b", 1, "Statement", places={PLACE + "rafah"}, agents={PERSON + "philippe-lazzarini"}, time="2024-05-07")
    c = ev("gz-c", 1, "Statement", places={PLACE + "rafah"}, agents={PERSON + "jens-laerke"}, time="2024-05-07")
    why, refusal = linker.decide(a, b)
    assert why is None and refusal == "speech acts of speakers not known to be one"
    assert linker.compare(a, c) is not None


def _graph_lines(aid: str, published: str, events: list[tuple[str, dict[str, object]]]) -> list[str]:
    """N-Triples of one article graph as kg writes it (what the canonical layer reads)."""
    K, S, P = "https://w3id.org/kg-news/ontology#", "http://semanticweb.cs.vu.nl/2009/11/sem/", "https://schema.org/"
    art = f"{ART}{aid}"
    lines = [f"<{art}> a <{P}NewsArticle> .", f'<{art}> <{P}identifier> "{aid}" .',
             f'<{art}> <{P}datePublished> "{published}"^^<http://www.w3.org/2001/XMLSchema#date> .']
    for n, (cls, args) in enumerate(events, 1):
        e = f"{art}/event/e{n}"
        lines += [f"<{e}> a <{S}Event> .", f"<{e}> a <{K}{cls}> .", f"<{e}> <{K}modality> <{K}Asserted> .",
                  f"<{e}> <{K}sentence> <{art}#char={100 * n},{100 * n + 90}> ."]
        lines += [f"<{e}> <{S}hasPlace> <{p}> ." for p in args.get("places", ())]  # type: ignore[attr-defined]
        lines += [f"<{e}> <{K}agent> <{a}> ." for a in args.get("agents", ())]  # type: ignore[attr-defined]
        if "time" in args:
            lines.append(f'<{e}> <{S}hasTimeStamp> "{args["time"]}"^^<http://www.w3.org/2001/XMLSchema#date> .')
    return lines


@pytest.mark.parametrize("order", [("a", "b"), ("b", "a"), ("ab",)])
def test_story_links_are_the_same_whatever_order_the_reports_come_in(order):
    # Somalia: report A dates and places al-Shabaab's bombing of a hotel in Mogadishu; report B
    # tells "the bombing" without arguments, then its dead at the hotel, that day
    from kg.canon import Canonicaliser
    from kg.config import Settings
    from kg.store import open_store

    hotel = PLACE + "villa-rose-hotel"
    arts = {
        "a": _graph_lines("so-a", "2023-06-09", [("Bombing", {"places": [hotel], "agents": [KB + "al_shabaab"], "time": "2023-06-09"})]),
        "b": _graph_lines("so-b", "2023-06-10", [("Bombing", {}), ("Casualties", {"places": [hotel], "time": "2023-06-09"})]),
    }
    settings = Settings()
    with open_store("oxigraph-memory:", settings) as store:
        canon = Canonicaliser(store, settings)
        for step in order:
            for key in step:
                g = store.iris.article_graph(f"so-{key}")
                store.update(f"INSERT DATA {{ GRAPH <{g}> {{\n" + "\n".join(arts[key]) + "\n} }")
            canon.update([f"so-{key}" for key in step])
        rows = store.query(f"SELECT ?e ?c WHERE {{ GRAPH <{store.iris.canonical_graph}> {{ "
                           f"?e <https://w3id.org/kg-news/ontology#canonicalEvent> ?c }} }}").rows
        groups: dict[str, set[str]] = {}
        for e, c in rows:
            groups.setdefault(str(c), set()).add(str(e).rsplit("/article/", 1)[1])
        assert sorted(map(sorted, groups.values())) == [["so-a/event/e1", "so-b/event/e1"]]
        comments = [str(c) for (c,) in store.query(f"SELECT ?c WHERE {{ GRAPH <{store.iris.canonical_graph}> {{ "
                                                     f"?l <http://www.w3.org/2000/01/rdf-schema#comment> ?c }} }}").rows]
        assert any(STORY_LINK in c for c in comments)  # why: in one story
