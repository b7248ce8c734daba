"""queries/conflicting-claims.rq on two short reports of one attack (written for this test),
extracted with the real model and loaded with kg.run.load into an Oxigraph store."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

HEAD = "Gunmen attack town of Kidal\n\n"
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
    path.write_text(HEAD + text, encoding="utf-8")
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
    assert "1 canonical event updated" in report.summary()
    return store


def test_two_reports_that_disagree_on_the_dead_are_set_side_by_side(tmp_path, settings):
    with _load(tmp_path, settings, 12, 20) as store:
        got = rows(store, "conflicting-claims")
        figures = [r for r in got if r["conflict"] == "figure"]
        assert len(figures) == 1, got
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
        # each report against the one denial: a row per report of the canonical event (an
        # article's headline and its body both report the attack, and both are linked)
        assert len(denied) == 1 and len({(r["articleA"], r["reportA"]) for r in got}) == len(got)
        assert {r["valueA"] for r in got} <= {"Asserted", "Reported"} and len({r["articleA"] for r in got}) == 2
        assert all("Malian Armed Forces" in r["reportedByB"].split("; ") for r in got)
