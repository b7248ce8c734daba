"""``kg load`` writes each article in a thread of its own while the next ones are extracted:
in input order, one article's refused write costing that article alone, any other failure
of the store raised to the caller with what was written before it kept."""
from __future__ import annotations

import threading

import pytest

from kg.errors import StoreError

pytestmark = pytest.mark.model

TEXTS = {
    "a-sudan.txt": "The RSF shelled the market in El Fasher on Sunday, killing 12 people, medics said.",
    "b-yemen.txt": "Houthi forces fired two missiles at a cargo ship in the Red Sea on Monday.",
    "c-haiti.txt": "Armed gangs attacked a police station in Port-au-Prince on Tuesday.",
    "d-myanmar.txt": "The Arakan Army seized a military base in Rakhine State, the group said.",
}


@pytest.fixture()
def folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _titles(store) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(aid for aid in store.article_ids())


def test_articles_are_written_in_input_order_by_another_thread(folder, settings, monkeypatch):
    from kg.ingest import read_articles
    from kg.run import load
    from kg.store import open_store

    with open_store("memory:", settings) as store:
        real = store.put_article
        seen: list[tuple[str, str]] = []

        def put(rdf):  # type: ignore[no-untyped-def]
            seen.append((rdf.article_id, threading.current_thread().name))
            return real(rdf)

        monkeypatch.setattr(store, "put_article", put)
        report = load([folder], store, settings, progress=False)
        assert report.outcomes == {"added": 4} and not report.skipped
        assert [aid for aid, _thread in seen] == [a.id for a in read_articles([folder])]  # a-sudan.txt, b-yemen.txt…
        assert {thread for _aid, thread in seen} == {"kg-store-writer"}
        assert _titles(store) == sorted(aid for aid, _thread in seen)


def _failing_at(store, monkeypatch, nth: int, error: Exception) -> list[str]:  # type: ignore[no-untyped-def]
    """Make the store's ``nth`` write raise ``error``; the ids it was asked to write, in order."""
    real = store.put_article
    order: list[str] = []

    def put(rdf):  # type: ignore[no-untyped-def]
        order.append(rdf.article_id)
        if len(order) == nth:
            raise error
        return real(rdf)

    monkeypatch.setattr(store, "put_article", put)
    return order


def test_a_refused_write_costs_that_article_alone(folder, settings, monkeypatch):
    from kg.run import load
    from kg.store import open_store

    with open_store("memory:", settings) as store:
        order = _failing_at(store, monkeypatch, 2, StoreError("the server refused the update (HTTP 500)"))
        report = load([folder], store, settings, progress=False)
        assert report.outcomes == {"added": 3}
        assert report.skipped == [f"{order[1]}: not stored: the server refused the update (HTTP 500)"]
        assert _titles(store) == sorted(order[:1] + order[2:])


def test_another_failure_of_the_store_is_raised_with_what_was_written_kept(folder, settings, monkeypatch):
    from kg.run import load
    from kg.store import open_store

    with open_store("memory:", settings) as store:
        order = _failing_at(store, monkeypatch, 3, OSError("no space left on device"))
        with pytest.raises(OSError, match="no space left"):
            load([folder], store, settings, progress=False)
        assert _titles(store) == sorted(order[:2])  # the fourth was never written
        assert len(order) == 3


def test_the_writer_finishes_after_what_it_was_handed_and_when_hurried_whenever_it_catches_up():
    from kg.run import _Writer

    events: list[str] = []
    gate = threading.Event()

    def write(item: str) -> None:
        gate.wait()
        events.append(item)

    writer = _Writer(write, depth=8, finish=lambda: events.append("finish"), caught_up=lambda: events.append("caught up"))
    writer.put("a")
    writer.catch_up()  # not waited for: "a" is still being written
    writer.put("b")
    assert events == []
    gate.set()
    writer.drain()  # (only a catch_up is followed by caught_up: kg load settles then, as its input ends)
    assert events == ["a", "finish", "caught up", "b", "finish"]
    events.clear()
    writer.hurry()  # finish now, then after each item that leaves the writer with nothing queued
    writer.put("c")
    for _ in range(500):  # (the writer's thread catches up)
        if len(events) == 3:
            break
        threading.Event().wait(0.01)
    assert events == ["finish", "c", "finish"]
    writer.close()
    assert events[-1] == "finish"
