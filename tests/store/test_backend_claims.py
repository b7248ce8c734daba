"""queries/conflicting-claims.rq on every backend (Oxigraph embedded and server, rdflib,
Virtuoso): two short reports of one attack that disagree on the dead and a
denial, loaded with kg.run.load."""
from __future__ import annotations

import json

import pytest

pytestmark = [pytest.mark.model, pytest.mark.server]

A = "Gunmen attacked the town of Kidal in northern Mali on 3 March 2024, killing 12 people, the Malian army said on Monday."
C = "The Malian army denied that gunmen attacked the town of Kidal on 3 March 2024."
B = "Armed men attacked the town of Kidal in northern Mali on 3 March 2024 and killed 20 people, local officials said."


def test_conflicting_figures_are_found_alike_on_every_backend(backend, settings, tmp_path):
    from kg.query import bind_parameters, load_query
    from kg.query.format import term_text
    from kg.run import load

    paths = []
    for name, text in (("a", A), ("b", B), ("c", C)):
        path = tmp_path / f"{name}.txt"
        head = "Malian army disputes reports from Kidal" if name == "c" else "Gunmen attack town of Kidal"
        path.write_text(head + "\n\n" + text, encoding="utf-8")
        meta = {"url": f"https://{name}.example.org/kidal", "publisher": f"Outlet {name}", "date": "2024-03-04"}
        path.with_suffix(".json").write_text(json.dumps(meta), encoding="utf-8")
        paths.append(path)
    load(paths, backend, settings, progress=False)
    q = load_query("conflicting-claims")
    res = backend.query(bind_parameters(q, {}, backend))
    got = [{v: term_text(t) for v, t in zip(res.variables, row)} for row in res.rows]
    kinds = sorted((r["conflict"], r["type"], r["unit"], tuple(sorted({r["valueA"], r["valueB"]}))) for r in got)
    assert kinds == [
        ("figure", "Attack", "killed", ("12", "20")),
        ("figure", "Casualties", "killed", ("12", "20")),  # the dead, one casualty event of both
        ("modality", "Attack", "", ("Asserted", "Negated")),  # the headlines against the denial
        ("modality", "Attack", "", ("Negated", "Reported")),  # the two reports against the denial
    ], backend.kind
    (reported,) = [r for r in got if r["conflict"] == "modality" and "Reported" in (r["valueA"], r["valueB"])]
    assert len(reported["articleA" if reported["valueA"] == "Reported" else "articleB"].split()) == 2
    row = next(r for r in got if r["conflict"] == "figure" and r["type"] == "Attack")
    said = {row["valueA"]: set(row["reportedByA"].split("; ")), row["valueB"]: set(row["reportedByB"].split("; "))}
    assert "Malian Armed Forces" in said["12"] and said["20"] == {"local officials"}
