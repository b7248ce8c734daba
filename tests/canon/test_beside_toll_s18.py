"""Session 18 (issue 15): an article telling its attack's dead and, beside them, the attacker
killed by police ("a gunman opened fire ..., killing six people. The attacker was killed by
police") tells two killings; the police's (which names no victim: the extraction reads no
victim in a doer's noun) is the attacker's death, not the dead another report counts without
naming who killed them (kg/canon/records.py ``beside_toll``, kg/canon/link.py ``_judge``).
Invented reports of several crises (France, Nigeria, Kenya, Bangladesh), extracted with the
real model and read as the store gives them."""
from __future__ import annotations

import pytest

from kg.canon import EventRecord, cluster
from kg.canon.records import article_events, beside_toll

from helpers import extract_reports

pytestmark = pytest.mark.model

# (story, [(report, published, text)], the trigger of the doer's death in the first report or None,
#  the trigger of the first report's toll, the trigger of the second report's toll)
STORIES = [
    ("lyon", [
        ("a", "2024-03-04", "A gunman opened fire at a market in Lyon on 4 March 2024, killing six people and wounding "
                            "11 others. The attacker was killed by police."),
        ("b", "2024-03-05", "Six people were killed in the shooting at a market in Lyon on Monday, officials said. "
                            "France condemned the attack."),
     ], "killed", "killing", "killed"),
    ("kano", [
        ("a", "2024-06-10", "Gunmen stormed a church in Kano on 9 June 2024, killing nine worshippers. The gunman was "
                            "shot dead by soldiers."),
        ("b", "2024-06-10", "Nine worshippers died in the attack on a church in Kano on Sunday, the state governor said."),
     ], "shot dead", "killing", "died"),
    ("mombasa", [
        ("a", "2023-11-20", "An attacker threw a grenade into a bus station in Mombasa on 19 November 2023, killing "
                            "four passengers. The assailant was killed by police officers."),
        ("b", "2023-11-20", "Four passengers were killed in a grenade attack on a bus station in Mombasa on Sunday, "
                            "Kenyan police said."),
     ], "killed", "killing", "killed"),
    # must not fire: one killing an article tells, by police, of protesters (its victims named)
    ("dhaka", [
        ("a", "2024-07-16", "Police shot dead three protesters in Dhaka on 15 July 2024."),
        ("b", "2024-07-16", "Three protesters were killed in Dhaka on Monday, witnesses said."),
     ], None, "shot dead", "killed"),
]


@pytest.fixture(scope="module")
def reports(settings, tmp_path_factory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("beside-toll")
    texts = [(f"{story}-{name}", published, text) for story, texts, *_ in STORIES for name, published, text in texts]
    return {name: article_events(*found) for name, found in extract_reports(settings, folder, texts).items()}


def _at(records: dict[str, EventRecord], trigger: str) -> EventRecord:
    found = [r for r in records.values() if r.label == trigger]
    assert found, sorted(r.label for r in records.values())
    return found[0]


@pytest.mark.parametrize(("story", "death", "toll_a", "toll_b"), [(s, d, a, b) for s, _, d, a, b in STORIES])
def test_the_attacker_killed_by_police_is_not_the_toll_of_the_attack(reports, story, death, toll_a, toll_b):
    from kg.canon import default_linker

    linker = default_linker()
    a, b = reports[f"{story}-a"], reports[f"{story}-b"]
    groups, _ = cluster([*a.values(), *b.values()], linker)
    of = {m.iri: i for i, g in enumerate(groups) for m in g.members}
    first, second = _at(a, toll_a), _at(b, toll_b)
    assert of.get(first.iri) is not None and of.get(first.iri) == of.get(second.iri), (first, second)  # the toll: one event
    if death is None:
        assert not any(r.beside_toll for r in a.values())
        return
    killed = _at(a, death)
    assert killed.beside_toll and not first.beside_toll
    assert of.get(killed.iri) != of[second.iri]  # the attacker's death: not the dead the other report counts


def test_two_killings_naming_their_victims_are_not_marked():
    # "rebels killed 12 villagers ... soldiers killed five rebels": each names its victims
    art = "https://w3id.org/kg-news/article/x"
    raid = EventRecord(f"{art}/event/e1", art, classes={"Casualties"}, agents={f"{art}/group/rebels"},
                       actors={f"{art}/group/rebels", f"{art}/group/villagers"}, modality="Asserted")
    reply = EventRecord(f"{art}/event/e2", art, classes={"Killing"}, agents={f"{art}/group/soldiers"},
                        actors={f"{art}/group/soldiers", f"{art}/group/five-rebels"}, modality="Asserted")
    beside_toll({r.iri: r for r in (raid, reply)})
    assert not raid.beside_toll and not reply.beside_toll
