"""kg/canon/records.py with the real model: what a sentence and an article say of an event's
place and time, on short reports written for this test (Niger, Somalia, Sudan, Myanmar)."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

pytestmark = pytest.mark.model


def _records(tmp_path: Path, settings, texts: dict[str, tuple[str, str | None]]):  # type: ignore[no-untyped-def]
    """Load ``texts`` (name -> (text, published or None)) into a memory store; every event
    record by article name, and the store."""
    from kg.canon import read_article_events
    from kg.ingest import read_articles
    from kg.run import Report, extract_rdf
    from kg.store import open_store

    store = open_store("memory:", settings)
    name_of = {}
    for name, (text, published) in texts.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        meta = {"url": f"https://{name}.example.org/story", "title": text.split("\n")[0]}
        if published:
            meta["published"] = published
        path.with_suffix(".json").write_text(json.dumps(meta), encoding="utf-8")
        for rdf in extract_rdf(read_articles([path]), settings, Report()):
            store.put_article(rdf)
            name_of[str(store.iris.article(rdf.article_id))] = name
    by_name: dict[str, list] = {n: [] for n in texts}  # type: ignore[type-arg]
    for rec in read_article_events(store, store.article_ids()).values():
        by_name[name_of[rec.article]].append(rec)
    return by_name, store


def _of(records, cls: str):  # type: ignore[no-untyped-def]
    return [r for r in records if cls in r.classes]


def test_a_sentence_gives_its_place_and_time_to_its_events_but_not_to_what_is_said(tmp_path, settings):
    text = ("Villages attacked in western Niger\n\nGunmen attacked the village of Tchoma Bangou in western Niger "
            "on 2 January 2021 and killed 70 people, the mayor said on Sunday.")
    got, store = _records(tmp_path, settings, {"niger": (text, "2021-01-04")})
    with store:
        recs = got["niger"]
        (attack,) = [r for r in recs if r.classes & {"Attack", "MassViolence"} and r.time]  # the headline's has none
        killed = [r for r in recs if r.classes & {"Casualties", "Killing"}]
        said = [r for r in recs if r.classes & {"Statement"}]
        assert attack.places and attack.time == "2021-01-02"
        assert killed and all(k.places and k.time == "2021-01-02" for k in killed)
        assert said and all(not (s.places & attack.places) and s.time != "2021-01-02" for s in said)


def test_an_article_without_a_date_is_dated_by_the_latest_day_it_names(tmp_path, settings):
    text = ("Convoy ambushed in Lower Shabelle\n\nOn 14 May 2024, al-Shabaab militants ambushed a convoy of "
            "trucks near Afgoye in southern Somalia. On 15 May 2024, the government condemned the attack.")
    got, store = _records(tmp_path, settings, {"shabelle": (text, None)})
    with store:
        assert {r.published for r in got["shabelle"]} == {date(2024, 5, 15)}


def test_reports_of_one_attack_in_two_outlets_are_linked_and_another_crisis_is_not(tmp_path, settings):
    from kg.canon import Canonicaliser

    sudan_a = ("Camp shelled near El Fasher\n\nThe Rapid Support Forces shelled the Abu Shouk camp near El Fasher "
               "in North Darfur on 11 April 2025, aid workers said.")
    sudan_b = ("Displaced flee Abu Shouk\n\nThousands of people fled the Abu Shouk camp after the shelling of the camp "
               "by the Rapid Support Forces on 11 April 2025.")
    myanmar = ("Airstrike in Sagaing\n\nMyanmar military jets bombed the village of Pazigyi in Sagaing Region "
               "on 11 April 2023, local residents said.")
    got, store = _records(tmp_path, settings, {"a": (sudan_a, "2025-04-12"), "b": (sudan_b, "2025-04-13"),
                                               "m": (myanmar, "2023-04-12")})
    with store:
        canon = Canonicaliser(store, settings)
        canon.update(store.article_ids())
        group = {}
        for e, c in store.query(f"SELECT ?e ?c WHERE {{ GRAPH <{store.iris.canonical_graph}> "
                                "{ ?e <https://w3id.org/kg-news/ontology#canonicalEvent> ?c } }").rows:
            group[str(e)] = str(c)
        shelling = [r for n in ("a", "b") for r in got[n] if "Shelling" in r.classes or "Attack" in r.classes]
        canonical = {group.get(r.iri) for r in shelling}
        assert len(canonical) == 1 and None not in canonical  # one shelling, two reports
        assert not any(group.get(r.iri) in canonical for r in got["m"])  # the Myanmar strike is another event
