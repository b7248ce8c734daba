"""Session 18 (issue 15): an article that tells the attacks in a city and one of them at a site
it names in that city ("two coordinated attacks in X ... two suicide bombers detonated bombs at
X airport") tells a whole and its part, which a chain of links through other reports' mentions
of the city's attacks of that day must not make one (kg/canon/link.py ``site_in_town``,
kg/canon/graph.py ``cluster``'s ``told_apart``). Records of invented crises (Kenya, Nigeria,
Pakistan) as the store gives them (no model): the site at the city's point its article lent it."""
from __future__ import annotations

import pytest

from kg.canon import EventRecord, Linker, cluster

KB = "https://w3id.org/kg-news/kb/"
ENT = "https://w3id.org/kg-news/entity/"


@pytest.fixture(scope="module")
def linker() -> Linker:
    from kg.canon import default_linker

    return default_linker()


def ev(iri: str, article: str, cls: str, *, places: set[str], time: str | None = None,
       agents: set[str] | None = None, label: str | None = None) -> EventRecord:
    return EventRecord(
        iri=f"https://w3id.org/kg-news/article/{article}/event/{iri}", article=f"https://w3id.org/kg-news/article/{article}",
        classes={cls}, label=label or cls.lower(), agents=set(agents or ()), actors=set(agents or ()), places=places,
        time=time, modality="Asserted",
    )


def _city(linker: Linker, *names: str) -> str:
    for name in names:
        if linker.kb.get(KB + name) is not None and linker.point(KB + name) is not None:
            return KB + name
    pytest.skip(f"none of {names} in the knowledge base")


CASES = [  # (story, the city's KB names to try, its country, the site, day)
    ("nairobi", ("kenya_capital_nairobi",), "kenya", "westgate-bus-terminal-s18", "2024-02-12"),
    ("abuja", ("nigeria_capital_abuja",), "nigeria", "wuse-market-s18", "2023-09-03"),
    ("islamabad", ("pakistan_capital_islamabad",), "pakistan", "faizabad-interchange-s18", "2024-05-19"),
]


@pytest.mark.parametrize(("story", "names", "country", "site", "day"), CASES)
def test_the_attacks_in_the_city_and_one_at_its_site_stay_two(linker, story, names, country, site, day):
    city, site_iri = _city(linker, *names), f"{ENT}place/{site}"
    try:
        linker.points[site_iri] = linker.point(city)  # type: ignore[assignment]
        linker.borrowed.add(site_iri)
        whole = ev("e1", f"{story}-a", "Attack", places={city}, time=day, label="attacks")  # "two coordinated attacks in X"
        part = ev("e2", f"{story}-a", "Bombing", places={site_iri}, time=day, agents={f"{ENT}group/suicide-bombers-s18"})
        assert linker.site_in_town(part, whole) and not linker.site_in_town(whole, part)
        records = [
            whole, part,
            ev("e1", f"{story}-b", "Bombing", places={KB + country}, time=day),  # "the terrorist bombings today in X"
            ev("e1", f"{story}-c", "Attack", places={city}, time=day),
        ]
        groups, _n = cluster(records, linker)
        for g in groups:
            assert not {whole.iri, part.iri} <= {m.iri for m in g.members}, [m.iri for m in g.members]
        # the reports of the city's attacks are still one, with the article's whole
        assert any({whole.iri, records[3].iri} <= {m.iri for m in g.members} for g in groups)
    finally:
        linker.points.pop(site_iri, None)
        linker.borrowed.discard(site_iri)
        linker._chains.pop(site_iri, None)


@pytest.mark.parametrize(("story", "names", "country", "site", "day"), CASES)
def test_not_a_part_and_its_whole(linker, story, names, country, site, day):
    city, site_iri = _city(linker, *names), f"{ENT}place/{site}"
    village = f"{ENT}place/{site}-village"  # placed by a gazetteer: a village, not a site lent its town's point
    try:
        linker.points[site_iri] = linker.point(city)  # type: ignore[assignment]
        linker.points[village] = linker.point(city)  # type: ignore[assignment]
        linker.borrowed.add(site_iri)
        at_site = ev("e2", f"{story}-a", "Bombing", places={site_iri}, time=day)
        # both at the site, or the site and the city both stated by one event: not a part and its whole
        assert not linker.site_in_town(at_site, ev("e3", f"{story}-a", "Bombing", places={site_iri}, time=day))
        assert not linker.site_in_town(at_site, ev("e4", f"{story}-a", "Attack", places={city, site_iri}, time=day))
        # a village a gazetteer placed beside the city: not a site its article lent the city's point
        assert not linker.site_in_town(ev("e5", f"{story}-a", "Attack", places={village}, time=day),
                                       ev("e6", f"{story}-a", "Attack", places={city}, time=day))
        # of two articles, the bombing at the site and the attacks in the city may be one
        groups, _n = cluster([at_site, ev("e1", f"{story}-b", "Bombing", places={city}, time=day)], linker)
        assert any(len(g.members) == 2 for g in groups)
    finally:
        for p in (site_iri, village):
            linker.points.pop(p, None)
            linker.borrowed.discard(p)
            linker._chains.pop(p, None)
