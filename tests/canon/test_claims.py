"""Claims that disagree: the kgo:ConflictingClaims statements of the canonical graph
(kg/canon/claims.py) and queries/conflicting-claims.rq that reads them, on short reports of
one attack in Mali and of one in Sudan (written for this test), extracted with the real model
and loaded as kg.run.load does."""
from __future__ import annotations

import itertools
import re
import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

HEAD = "Gunmen attack town of Kidal\n\n"
#: the headline of a report that denies the attack (an article whose headline asserts the
#: attack would both claim and deny it)
DENIAL_HEAD = "Malian army disputes reports from Kidal\n\n"
A = "Gunmen attacked the town of Kidal in northern Mali on 3 March 2024, killing {n} people, the Malian army said on Monday."
B = "Armed men attacked the town of Kidal in northern Mali on 3 March 2024 and killed {n} people, local officials said."


def rows(store, name: str) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    """A library query's rows as {column: plain text}."""
    from kg.query import bind_parameters, load_query
    from kg.query.format import term_text

    q = load_query(name)
    res = store.query(bind_parameters(q, {}, store))
    return [{v: term_text(t) for v, t in zip(res.variables, row)} for row in res.rows]


def _write(folder: Path, name: str, text: str, publisher: str) -> Path:
    path = folder / f"{name}.txt"
    path.write_text((DENIAL_HEAD if "denied" in text else HEAD) + text, encoding="utf-8")
    meta = {"url": f"https://{name}.example.org/kidal", "publisher": publisher, "date": "2024-03-04"}
    path.with_suffix(".json").write_text(json.dumps(meta), encoding="utf-8")
    return path


def _load(tmp_path: Path, settings, n_a: int, n_b: int, denial: str = ""):  # type: ignore[no-untyped-def]
    from kg.run import load
    from kg.store import open_store

    paths = [_write(tmp_path, "a", A.format(n=n_a), "Outlet A"), _write(tmp_path, "b", B.format(n=n_b), "Outlet B")]
    if denial:
        paths.append(_write(tmp_path, "c", denial, "Outlet C"))
    store = open_store(str(tmp_path / "store"), settings)
    report = load(paths, store, settings, progress=False)
    # the attack, and the dead when both articles count them
    assert re.search(r"\b[12] canonical events? updated", report.summary()), report.summary()
    return store


def test_two_reports_that_disagree_on_the_dead_are_set_side_by_side(tmp_path, settings):
    with _load(tmp_path, settings, 12, 20) as store:
        got = rows(store, "conflicting-claims")
        figures = [r for r in got if r["conflict"] == "figure" and r["type"] == "Attack"]
        assert len(figures) == 1, got
        # the dead, linked as one casualty event too, disagree alike
        assert {r["type"] for r in got if r["conflict"] == "figure"} <= {"Attack", "Casualties"}
        (row,) = figures
        assert row["type"] == "Attack" and row["unit"] == "killed"
        by_value = {row["valueA"]: (row["articleA"], row["reportedByA"]), row["valueB"]: (row["articleB"], row["reportedByB"])}
        assert set(by_value) == {"12", "20"}
        assert by_value["12"][0] != by_value["20"][0] and set(store.article_ids()) == {by_value["12"][0], by_value["20"][0]}
        assert "Malian Armed Forces" in by_value["12"][1].split("; ")  # "the Malian army said"
        assert by_value["20"][1] == "local officials"
        assert [r for r in got if r["conflict"] != "figure"] == []  # same day, both asserted


def test_reports_that_agree_give_no_row(tmp_path, settings):
    with _load(tmp_path, settings, 12, 12) as store:
        assert rows(store, "conflicting-claims") == []


@pytest.mark.parametrize("day,flagged", [("3 March 2024", True), ("3 March 2021", False)])
def test_a_denial_of_the_attack_is_a_modality_conflict(tmp_path, settings, day, flagged):
    denial = f"The Malian army denied that gunmen attacked the town of Kidal on {day}."
    with _load(tmp_path, settings, 12, 12, denial) as store:
        got = rows(store, "conflicting-claims")
        denied = {r["articleB"] for r in got}
        assert all(r["conflict"] == "modality" and r["valueB"] == "Negated" for r in got)
        if not flagged:  # a denial of another attack, years before
            assert got == []
            return
        # the two reports (both "… said": Reported) against the one denial, and the
        # headlines of the two ("Gunmen attack town of Kidal": Asserted) against it
        assert sorted(r["valueA"] for r in got) == ["Asserted", "Reported"]
        (row,) = [r for r in got if r["valueA"] == "Reported"]
        assert row["valueA"] == "Reported" and len(row["articleA"].split()) == 2 and len(denied) == 1
        assert set(row["articleA"].split()) | denied == set(store.article_ids())
        assert "Malian Armed Forces" in row["reportedByB"].split("; ")


# ---------------------------------------------------------------- the statements in the canonical graph

#: three reports of one attack on a camp in Sudan (written for kg's tests, tests/data/canon/
#: disagree/) that disagree on the dead, the day and who attacked; "c2" is "c" changed (the
#: same url) to agree with "b"
DISAGREE = Path(__file__).resolve().parents[1] / "data" / "canon" / "disagree"
C2 = ("The Rapid Support Forces attacked the Zamzam displacement camp in North Darfur on 11 April 2025, "
      "killing 100 people, local officials said.")
KB = "https://w3id.org/kg-news/kb/"


@pytest.fixture(scope="module")
def camp(tmp_path_factory, settings):
    """The ArticleRDF of each report (extracted once)."""
    from kg.ingest import read_articles
    from kg.run import Report, extract_rdf

    changed = tmp_path_factory.mktemp("c2") / "zamzam-c.txt"
    changed.write_text(C2, encoding="utf-8")
    changed.with_suffix(".json").write_text((DISAGREE / "zamzam-c.json").read_text(encoding="utf-8"), encoding="utf-8")
    paths = {name: DISAGREE / f"zamzam-{name}.txt" for name in "abc"} | {"c2": changed}
    out = {}
    for name, path in paths.items():
        (out[name],) = list(extract_rdf(read_articles([path]), settings, Report()))
    assert out["c"].article_id == out["c2"].article_id
    return out


def _apply(store, settings, rdfs, ops: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Run ``ops`` ("+a", "~c2", "-c") as kg.run.load / remove would."""
    from kg.canon import Canonicaliser

    canon = Canonicaliser(store, settings)
    for op in ops:
        rdf = rdfs[op[1:]]
        if op[0] == "-":
            store.remove_article(rdf.article_id)
        else:
            store.put_article(rdf)
        canon.update([rdf.article_id])


def _conflicts(store) -> dict[tuple[str, str, str], dict[str, tuple[set[str], set[str]]]]:  # type: ignore[no-untyped-def]
    """{(class, kind, unit): {value: ({article urls}, {speaker IRIs})}} as the canonical graph states it."""
    g = store.iris.canonical_graph
    res = store.query(
        f"""PREFIX kgo: <https://w3id.org/kg-news/ontology#>
        SELECT ?cls ?kind ?unit ?v ?url ?who WHERE {{ GRAPH <{g}> {{
          ?e a kgo:CanonicalEvent , ?cls ; kgo:conflictingClaims ?c . FILTER(?cls != kgo:CanonicalEvent)
          ?c a kgo:ConflictingClaims ; kgo:conflictKind ?kind ; kgo:claim ?claim .
          OPTIONAL {{ ?c kgo:countUnit ?unit }}
          ?claim a kgo:Claim ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#value> ?v ; kgo:claimedIn ?art ;
                 kgo:claimReport ?report .
          OPTIONAL {{ ?claim <http://www.w3.org/ns/prov#wasAttributedTo> ?who }} }}
          GRAPH ?ag {{ ?art <https://schema.org/url> ?url }} }}""")
    out: dict = {}
    for cls, kind, unit, v, url, who in res.rows:
        key = (str(cls).rsplit("#", 1)[-1], str(kind), str(unit or ""))
        arts, speakers = out.setdefault(key, {}).setdefault(str(v), (set(), set()))
        arts.add(str(url).split("/")[2].split(".")[0])
        if who is not None:
            speakers.add(str(who))
    return out


def _graph(store) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    g = store.iris.canonical_graph
    return {(str(s), str(p), str(o)) for s, p, o in store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}").rows}


def test_what_the_reports_disagree_on_is_stated_in_the_canonical_graph(settings, camp):
    from kg.store import open_store

    with open_store("memory:", settings) as store:
        _apply(store, settings, camp, ["+a", "+b", "+c"])
        got = _conflicts(store)
        attack = {k[1:]: v for k, v in got.items() if k[0] == "Attack"}
        assert set(attack) == {("figure", "killed"), ("date", ""), ("agent", "")}, got
        figure = attack[("figure", "killed")]
        assert {v: arts for v, (arts, _who) in figure.items()} == {"100": {"b"}, "400": {"c"}}
        assert f"{KB}un" in figure["100"][1]  # "the United Nations said"
        assert {v: arts for v, (arts, _who) in attack[("date", "")].items()} == {"2025-04-11": {"a", "b"}, "2025-04-12": {"c"}}
        # each article's most specific agent: the RSF against the army (both of Sudan)
        assert {v: arts for v, (arts, _who) in attack[("agent", "")].items()} == {f"{KB}rsf": {"b"}, f"{KB}saf": {"c"}}
        # the query reads them: one row a pair of values
        rows_ = [r for r in rows(store, "conflicting-claims") if r["type"] == "Attack"]
        assert sorted((r["conflict"], r["valueA"], r["valueB"]) for r in rows_) == [
            ("agent", "Rapid Support Forces", "Sudanese Armed Forces"),
            ("date", "2025-04-11", "2025-04-12"),
            ("figure", "100", "400"),
        ]


def test_the_statements_follow_the_articles_in_any_order(settings, camp):
    """Added in any order, changed to agree, removed, added back: the statements are always
    those of the articles held, so the graph is the same as a fresh load of them."""
    from kg.store import open_store

    def state(ops: list[str]) -> tuple[set, dict]:  # type: ignore[type-arg]
        with open_store("memory:", settings) as store:
            _apply(store, settings, camp, ops)
            return _graph(store), _conflicts(store)

    together, conflicts = state(["+a", "+b", "+c"])
    assert conflicts
    for order in itertools.permutations(["+a", "+b", "+c"]):
        assert state(list(order))[0] == together, order
    agreed, none = state(["+a", "+b", "+c2"])
    assert none == {}  # c changed to agree with b: nothing to flag
    assert state(["+c", "+a", "+b", "~c2"]) == (agreed, {})
    assert state(["+a", "+b", "+c2", "~c"])[0] == together
    only_ab, ab = state(["+a", "+b", "+c", "-c"])
    assert ab == {} and only_ab == state(["+b", "+a"])[0]
    assert state(["+b", "+c", "-c", "+a", "+c"])[0] == together


@pytest.fixture(scope="module")
def kidal(tmp_path_factory, settings):
    """Two reports of the attack on Kidal that agree, a denial of it, and the denial changed
    (the same url) into a third report."""
    from kg.ingest import read_articles
    from kg.run import Report, extract_rdf

    texts = {
        "a": ("a", A.format(n=12)),
        "b": ("b", B.format(n=12)),
        "c": ("c", "The Malian army denied that gunmen attacked the town of Kidal on 3 March 2024."),
        "c2": ("c", "The Malian army said that gunmen attacked the town of Kidal on 3 March 2024."),
    }
    out = {}
    for name, (site, text) in texts.items():
        path = _write(tmp_path_factory.mktemp(name), site, text, f"Outlet {site}")
        (out[name],) = list(extract_rdf(read_articles([path]), settings, Report()))
    assert out["c"].article_id == out["c2"].article_id
    return out


def test_a_denial_is_stated_and_follows_the_articles_in_any_order(settings, kidal):
    from kg.canon import Canonicaliser
    from kg.store import open_store

    def state(ops: list[str]) -> tuple[set, dict]:  # type: ignore[type-arg]
        with open_store("memory:", settings) as store:
            _apply(store, settings, kidal, ops)
            return _graph(store), _conflicts(store)

    together, conflicts = state(["+a", "+b", "+c"])
    (modality,) = [v for k, v in conflicts.items() if k[1] == "modality"]
    claimed = {v.rsplit("#", 1)[-1]: arts for v, (arts, _who) in modality.items()}
    # the two reports ("… said") against the denial; the headlines assert the attack
    assert claimed.pop("Reported") == {"a", "b"} and claimed.pop("Negated") == {"c"}
    assert claimed in ({}, {"Asserted": {"a", "b"}})
    assert [k for k in conflicts if k[1] != "modality"] == []  # they agree on the dead and the day
    for order in itertools.permutations(["+a", "+b", "+c"]):
        assert state(list(order))[0] == together, order
    assert state(["+a", "+b", "+c", "-c"]) == state(["+b", "+a"])
    assert state(["+a", "+b", "+c", "-c", "+c"])[0] == together
    reported, none = state(["+a", "+b", "+c", "~c2"])  # the denial changed into a report
    assert none == {} and reported == state(["+c2", "+b", "+a"])[0]
    assert state(["+c2", "+a", "+b", "~c"])[0] == together
    with open_store("memory:", settings) as store:  # what `kg bulk-load` does: the layer rebuilt
        for name in ("a", "b", "c"):
            store.put_article(kidal[name])
        Canonicaliser(store, settings).rebuild()
        assert _graph(store) == together


def test_stats_count_the_events_told_by_several_articles(tmp_path, settings):
    from kg.query.stats import store_stats

    with _load(tmp_path, settings, 12, 12) as store:
        stats = store_stats(store)
    # the attack (and the dead) told by both outlets: each a canonical event of 2+ reports
    assert 1 <= stats.canonical <= 2 and stats.reports >= 2 * stats.canonical
    assert stats.reports <= stats.events and "canonical" in "\n".join(stats.lines())
    assert stats.as_dict()["canonical_events"] == {"total": stats.canonical, "reports": stats.reports}
