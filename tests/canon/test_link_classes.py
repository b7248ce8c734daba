"""Classes two reports may use for one happening (ontology/lexicon/canon.toml, Linker.related,
.block) and the blocking keys of a report's bare mention (Linker.keys), on events of several
crises written out as the store would give them (no model; the shipped knowledge base)."""
from __future__ import annotations

from datetime import date

import pytest

from kg.canon import EventRecord, Linker, cluster
from kg.canon.records import StoryContext

KB = "https://w3id.org/kg-news/kb/"
PLACE = "https://w3id.org/kg-news/entity/place/"
ART = "https://w3id.org/kg-news/article/"


@pytest.fixture(scope="module")
def linker() -> Linker:
    from kg.canon import default_linker

    return default_linker()


def ev(article: str, n: int, cls: str, *, places=(), agents=(), time=None, published=None,  # type: ignore[no-untyped-def]
       context: StoryContext | None = None) -> EventRecord:
    return EventRecord(
        iri=f"{ART}{article}/event/e{n}", article=f"{ART}{article}", classes={cls}, agents=set(agents),
        actors=set(agents), places=set(places), time=time, published=published, context=context, modality="Asserted",
    )


def test_a_massacre_and_an_attack_on_one_village_on_one_day_are_one(linker):
    # Mali: "the massacre of 160 Fulani villagers in Ogossagou" / "gunmen attacked Ogossagou"
    a = ev("a", 1, "MassViolence", places={PLACE + "ogossagou"}, time="2019-03-23")
    b = ev("b", 1, "Attack", places={PLACE + "ogossagou"}, agents={KB + "mali"}, time="2019-03-23")
    why = linker.compare(a, b)
    assert why is not None and "MassViolence ~ Attack" in why
    # another village the same day, or the same village a week later: two events
    assert linker.compare(a, ev("c", 1, "Attack", places={PLACE + "sobane-da"}, time="2019-03-23")) is None
    assert linker.compare(a, ev("d", 1, "Attack", places={PLACE + "ogossagou"}, time="2019-03-30")) is None


def test_an_abduction_and_a_detention_of_one_village_s_people_are_one(linker):
    # Nigeria: "gunmen abducted pupils in Kuriga" / "the pupils held hostage since the raid on Kuriga"
    a = ev("a", 1, "Abduction", places={PLACE + "kuriga"}, time="2024-03-07")
    b = ev("b", 1, "Arrest", places={PLACE + "kuriga"}, time="2024-03-07")
    assert linker.related("Abduction", "Arrest") and linker.compare(a, b) is not None
    # the two families share blocking keys, so the pair is compared at all
    assert linker.keys(a, probe=True) & linker.keys(b)
    groups, _ = cluster([a, b], linker)
    assert len(groups) == 1


def test_classes_no_report_uses_for_one_happening_stay_apart(linker):
    # Haiti: a protest in Port-au-Prince and an attack there the same day are two events
    assert not linker.related("Protest", "Attack") and not linker.related("Arrest", "Attack")
    a = ev("a", 1, "Protest", places={KB + "haiti_capital_port_au_prince"}, time="2024-03-02")
    b = ev("b", 1, "Attack", places={KB + "haiti_capital_port_au_prince"}, time="2024-03-02")
    assert linker.compare(a, b) is None
    assert linker.block("Protest") != linker.block("Attack")


def test_a_town_seized_and_attacked_by_one_group_in_one_story_is_one_event(linker):
    # DR Congo: "the M23 seized Bunagana on Monday" / a later report's "the attack on Bunagana"
    # (undated, read with its story's day)
    ctx_a = StoryContext(places=frozenset({PLACE + "bunagana"}), named=frozenset({PLACE + "bunagana"}),
                         agents=frozenset({KB + "m23"}), time="2022-06-13")
    ctx_b = StoryContext(places=frozenset({PLACE + "bunagana"}), named=frozenset({PLACE + "bunagana"}),
                         agents=frozenset({KB + "m23"}), time="2022-06-13")
    a = ev("a", 1, "Seizure", places={PLACE + "bunagana"}, agents={KB + "m23"}, time="2022-06-13", context=ctx_a)
    b = ev("b", 1, "Attack", places={PLACE + "bunagana"}, published=date(2022, 6, 20), context=ctx_b)
    assert linker.block("Seizure") == linker.block("Attack")
    why, refusal = linker.decide(a, b)
    assert why is not None and "Seizure ~ Attack" in why, refusal


def test_a_bare_mention_is_keyed_by_its_story_s_agents_too(linker):
    # Ukraine: a report's bare "the strike" whose story's place was read as a town across the
    # border still meets the report of the strike on Kharkiv by Russia
    a = ev("a", 1, "AirStrike", places={PLACE + "kharkiv"}, agents={KB + "russia"}, time="2024-05-25")
    ctx = StoryContext(places=frozenset({KB + "russia_belgorod_oblast_09"}), agents=frozenset({KB + "russia"}), time="2024-05-27")
    bare = ev("b", 1, "Attack", time="2024-05-25", published=date(2024, 5, 27), context=ctx)
    assert linker.keys(bare, probe=True) & linker.keys(a)
    # an event that states its own place or agent is not keyed by its story's agents
    placed = ev("c", 1, "Attack", places={PLACE + "vovchansk"}, time="2024-05-25", context=ctx)
    assert not any(k.endswith("|actor:" + KB + "russia") for k in linker.keys(placed))


def test_two_spellings_a_letter_apart_of_one_village_are_one_place_and_meet(linker):
    # Niger/Burkina style transliterations of one long village name in two outlets; a short
    # name one letter off is another place
    a = ev("a", 1, "Attack", places={PLACE + "zaroumbareye"}, time="2021-01-02")
    b = ev("b", 1, "Attack", places={PLACE + "zaroumdareye"}, time="2021-01-02")
    assert linker.spelled_alike(PLACE + "zaroumbareye", PLACE + "zaroumdareye")
    assert not linker.spelled_alike(PLACE + "kidal", PLACE + "tidal")
    assert linker.keys(a, probe=True) & linker.keys(b)
    assert linker.compare(a, b) is not None
