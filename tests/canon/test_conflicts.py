"""kg.canon.claims.find_conflicts on records written here (no model, no store): what counts
as a disagreement and what does not."""
from __future__ import annotations

import pytest

from kg.canon.claims import EventEvidence, conflict_lines, find_conflicts
from kg.canon.records import EventRecord

BASE = "https://w3id.org/kg-news/"
KB = f"{BASE}kb/"
LOCAL = f"{BASE}article/"


@pytest.fixture(scope="module")
def linker():
    from kg.canon import Linker
    from kg.extract.event_lexicon import load_lexicon

    return Linker(load_lexicon(), None)


def rec(article: str, n: int, **kw) -> EventRecord:  # type: ignore[no-untyped-def]
    a = f"{LOCAL}{article}"
    return EventRecord(f"{a}/event/e{n}", a, classes={"Attack"}, modality=kw.pop("modality", "Asserted"), **kw)


def kinds(conflicts) -> dict[str, list[tuple[str, list[str]]]]:  # type: ignore[no-untyped-def]
    return {c.kind + (f" {c.unit}" if c.unit else ""): [(cl.value, sorted(a.rsplit("/", 1)[-1] for a in cl.articles))
                                                      for cl in c.claims] for c in conflicts}


def test_saying_less_or_naming_no_entity_is_no_disagreement(linker):
    members = [
        rec("a", 1, time="2024-03-03", places={f"{KB}kidal"}, agents={f"{LOCAL}a/group/gunmen"}),
        rec("b", 1, time="2024-03-03", places={f"{KB}kidal"}, agents={f"{LOCAL}b/group/armed-men"}),
        rec("c", 1, places={f"{KB}kidal"}),  # undated, no agent: says less, not otherwise
        rec("c", 2, time="2024-03-04", places={f"{KB}kidal"}),  # c dates it a day later: that disagrees
    ]
    counts = {members[0].iri: EventEvidence(counts={("killed", 12, members[0].iri)}),
              members[1].iri: EventEvidence(counts={("killed", 12, members[1].iri)})}
    # two unnamed groups ("gunmen", "armed men") are not two agents that disagree, the same
    # count is no figure conflict, an undated report no date conflict: only c's later day is
    assert kinds(find_conflicts(members, linker, counts, local=LOCAL)) == {"date": [
        ('"2024-03-03"^^<http://www.w3.org/2001/XMLSchema#date>', ["a", "b"]),
        ('"2024-03-04"^^<http://www.w3.org/2001/XMLSchema#date>', ["c"])]}


def test_figures_days_agents_and_a_denial_that_disagree(linker):
    members = [
        rec("a", 1, time="2025-04-11", places={f"{KB}zamzam"}, agents={f"{KB}rsf"}),
        rec("b", 1, time="2025-04-12", places={f"{KB}zamzam"}, agents={f"{KB}saf"}),
        rec("b", 2, time="2025-04-12", places={f"{KB}zamzam"}, agents={f"{KB}saf"}),
    ]
    denial = rec("c", 1, time="2025-04-11", places={f"{KB}zamzam"}, modality="Negated")
    evidence = {
        members[0].iri: EventEvidence(counts={("killed", 100, members[0].iri)}, speakers={members[0].iri: {f"{KB}un"}}),
        members[1].iri: EventEvidence(counts={("killed", 400, members[2].iri), ("wounded", 30, members[2].iri)}),
    }
    got = kinds(find_conflicts(members, linker, evidence, [denial], local=LOCAL))
    assert got == {
        "modality": [(f"<{BASE}ontology#Asserted>", ["a", "b"]), (f"<{BASE}ontology#Negated>", ["c"])],
        "figure killed": [('"100"^^<http://www.w3.org/2001/XMLSchema#integer>', ["a"]),
                          ('"400"^^<http://www.w3.org/2001/XMLSchema#integer>', ["b"])],
        "date": [('"2025-04-11"^^<http://www.w3.org/2001/XMLSchema#date>', ["a"]),
                 ('"2025-04-12"^^<http://www.w3.org/2001/XMLSchema#date>', ["b"])],
        "agent": [(f"<{KB}rsf>", ["a"]), (f"<{KB}saf>", ["b"])],
    }  # one article giving a wounded count is no disagreement
    lines = conflict_lines(f"{BASE}event/canonical/x", find_conflicts(members, linker, evidence, [denial], local=LOCAL))
    assert f"<{BASE}event/canonical/x/conflict/2/claim/1> <http://www.w3.org/ns/prov#wasAttributedTo> <{KB}un> ." in lines
    assert sum(" a " in line or "#type>" in line for line in lines if "ConflictingClaims>" in line) == 4
