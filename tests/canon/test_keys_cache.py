"""The blocking keys a linker remembers (kg/canon/keys.py): made again when a point, a country
or a continent the linker learns is one the keys read, kept when it is of another place."""
from __future__ import annotations

from kg.canon import EventRecord, Linker
from kg.canon.records import StoryContext

ENT = "https://w3id.org/kg-news/entity/"
KB = "https://w3id.org/kg-news/kb/"


def linker() -> Linker:
    from kg.canon import default_linker

    return default_linker()  # a new one each: the tests teach it points


def ev(iri: str, cls: str, *, places: set[str] = frozenset(), agents: set[str] = frozenset(),  # type: ignore[assignment]
       time: str | None = "2024-03-02", context: StoryContext | None = None) -> EventRecord:
    return EventRecord(iri=f"https://w3id.org/kg-news/article/a/event/{iri}", article="https://w3id.org/kg-news/article/a",
                       classes={cls}, label=cls.lower(), places=set(places), agents=set(agents), time=time, context=context,
                       modality="Asserted")


def test_a_point_learnt_for_another_place_keeps_the_keys_made(monkeypatch):
    link = linker()
    village = ENT + "place/kafr-nabl-test"  # a village of no knowledge base, then placed
    rec = ev("e1", "AirStrike", places={village}, agents={KB + "russia"})
    before = link.keys(rec)
    calls: list[EventRecord] = []
    record_keys = link._record_keys
    monkeypatch.setattr(link, "_record_keys", lambda r: calls.append(r) or record_keys(r))
    link.place_at(ENT + "place/some-camp-elsewhere", (12.0, 14.0))  # another place's point
    link.countries[ENT + "organization/police-of-elsewhere"] = KB + "kenya"
    assert link.keys(rec) == before and calls == []
    # its own place's point: the keys read it (its grid cell), made again
    link.place_at(village, (35.6, 36.6))
    after = link.keys(rec)
    assert len(calls) == 1 and after != before and any(k.split("|")[-1].startswith("cell:") for k in after)
    assert link.keys(rec, probe=True) and len(calls) == 1  # (made together)


def test_a_story_place_learnt_remakes_the_keys_of_a_bare_event():
    """A bare "the attack" keyed by its story's place: a point learnt for that place (read
    through the story, not the event) makes its keys again, as a new linker makes them."""
    town = ENT + "place/mahagi-test-town"
    ctx = StoryContext(places=frozenset({town}), time="2024-06-11", named=frozenset({town}))
    rec = ev("e2", "Attack", time=None, context=ctx)
    link = linker()
    link.keys(rec)
    link.place_at(town, (2.3, 30.99))  # in the DR Congo, by the knowledge base's regions
    fresh = linker()
    fresh.place_at(town, (2.3, 30.99))
    assert link.keys(rec) == fresh.keys(rec) and link.keys(rec, probe=True) == fresh.keys(rec, probe=True)


def test_a_continent_learnt_is_read():
    region = ENT + "place/africa-test"
    rec = ev("e4", "Protest", places={region}, agents={KB + "kenya"})
    link = linker()
    link.keys(rec)
    link.wide.add(region)
    fresh = linker()
    fresh.wide.add(region)
    assert link.keys(rec) == fresh.keys(rec) and link.keys(rec, probe=True) == fresh.keys(rec, probe=True)
