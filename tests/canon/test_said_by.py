"""An undated event told in the sentence of a dated statement (issue 15, session 12): "on 7 May
the police announced they had foiled a plot to attack a church" in a report of the 22nd is no
news of the 22nd (``EventRecord.said_by``). Invented reports of several crises: records as
the store gives them (no model), then the sentence read by the real model."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from kg.canon import EventRecord, Linker, cluster
from kg.canon.records import share_within_articles

PLACE = "https://w3id.org/kg-news/entity/place/"
ART = "https://w3id.org/kg-news/article/"


@pytest.fixture()
def linker() -> Linker:
    from kg.canon import default_linker

    return default_linker()


def ev(article: str, n: int, cls: str, *, places=(), time=None, published=None, said_by=None,  # type: ignore[no-untyped-def]
       sentence=0) -> EventRecord:
    return EventRecord(iri=f"{ART}{article}/event/e{n}", article=f"{ART}{article}", classes={cls}, places=set(places),
                       time=time, modality="Asserted", published=published, said_by=said_by,
                       sentence=f"{ART}{article}#char={sentence},{sentence + 50}")


CASES = [  # (crisis, the venue, the day of the attack, the day the earlier plot was announced)
    ("Nigeria", "st-francis-church", "2023-05-22", date(2023, 5, 7)),
    ("Kenya", "westgate-arcade", "2024-02-10", date(2024, 1, 28)),
    ("Pakistan", "peshawar-central-mosque", "2022-11-04", date(2022, 10, 20)),
]


@pytest.mark.parametrize("crisis,venue,day,announced", CASES, ids=[c[0] for c in CASES])
def test_an_undated_event_of_an_earlier_statement_is_no_news_of_the_day(linker, crisis, venue, day, announced):
    published = date.fromisoformat(day)
    attack = ev(f"{crisis}-a", 1, "Attack", places={PLACE + venue}, time=day, published=published)
    # a report of the day: "the attack on the venue" (undated, said the day it was published): one
    today = ev(f"{crisis}-b", 1, "Attack", places={PLACE + venue}, published=published)
    assert linker.compare(attack, today) is not None
    # "on <announced> the police said they had foiled a plot to attack the venue": not the attack
    plot = ev(f"{crisis}-b", 2, "Attack", places={PLACE + venue}, published=published, said_by=announced, sentence=300)
    assert linker.fresh_report(attack, plot) is None
    assert linker.compare(attack, plot) is None
    groups = [{m.iri for m in g.members} for g in cluster([attack, today, plot], linker)[0]]
    assert {attack.iri, today.iri} in groups and not any(plot.iri in g and attack.iri in g for g in groups)
    # a statement of the day itself changes nothing ("the police said on <day> that gunmen attacked ...")
    said_today = ev(f"{crisis}-c", 1, "Attack", places={PLACE + venue}, published=published, said_by=published)
    assert linker.compare(attack, said_today) is not None


def test_said_by_is_the_latest_dated_statement_of_the_sentence_and_only_for_undated_events():
    s, other = f"{ART}x#char=0,120", f"{ART}x#char=121,200"
    said = EventRecord(f"{ART}x/event/e1", f"{ART}x", classes={"Announcement"}, time="2023-05-07", sentence=s)
    said2 = EventRecord(f"{ART}x/event/e2", f"{ART}x", classes={"Statement"}, time="2023-05-08", sentence=s)
    plot = EventRecord(f"{ART}x/event/e3", f"{ART}x", classes={"Bombing"}, sentence=s)
    dated = EventRecord(f"{ART}x/event/e4", f"{ART}x", classes={"Attack"}, time="2023-05-01", sentence=other)
    elsewhere = EventRecord(f"{ART}x/event/e5", f"{ART}x", classes={"Attack"}, sentence=f"{ART}x#char=201,260")
    recs = {r.iri: r for r in (said, said2, plot, dated, elsewhere)}
    share_within_articles(recs)
    assert plot.said_by == date(2023, 5, 8)
    assert dated.said_by is None and elsewhere.said_by is None and said.said_by is None



@pytest.mark.model
def test_the_model_reads_a_foiled_plot_announced_earlier(tmp_path: Path, settings) -> None:
    from kg.canon import read_article_events
    from kg.ingest import read_articles
    from kg.run import Report, extract_rdf
    from kg.store import open_store

    text = ("Gunmen storm church in Nigeria\n\nGunmen attacked a church in the town of Owo in Ondo State on Sunday, "
            "killing at least 20 worshippers, police said.\n\n"
            "On 3 May 2023, the police announced that they had arrested four men who had attacked a mosque in the state.")
    path = tmp_path / "ng.txt"
    path.write_text(text, encoding="utf-8")
    path.with_suffix(".json").write_text(json.dumps({"url": "https://ng.example.org/story", "title": "Gunmen storm church",
                                                     "published": "2023-05-22"}), encoding="utf-8")
    with open_store("memory:", settings) as store:
        for rdf in extract_rdf(read_articles([path]), settings, Report()):
            store.put_article(rdf)
        recs = list(read_article_events(store, store.article_ids()).values())
    late = [r for r in recs if r.said_by is not None]
    assert late and all(r.time is None and r.said_by == date(2023, 5, 3) for r in late)
    assert all(r.said_by is None for r in recs if r.time is not None)
