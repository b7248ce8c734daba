"""Code and ontology must not drift apart: kg/_kgo.py is generated from ontology/*.ttl."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.namespace import OWL, RDF, RDFS

from kg.vocab import KGO, KGO_IRI, ontology_terms

ROOT = Path(__file__).resolve().parents[1]


def _generator():
    spec = importlib.util.spec_from_file_location("gen_vocab", ROOT / "scripts" / "gen_vocab.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_generated_namespace_matches_the_ontology():
    expected = _generator().render(ontology_terms(ROOT / "ontology"))
    actual = (ROOT / "kg" / "_kgo.py").read_text(encoding="utf-8")
    assert actual == expected, "ontology/ changed: run python scripts/gen_vocab.py"


def test_closed_namespace_refuses_unknown_terms():
    assert str(KGO.Event) == KGO_IRI + "Event"
    with pytest.raises(AttributeError):
        KGO.NoSuchTermInTheOntology  # noqa: B018


def test_every_ontology_term_has_a_label_and_is_aligned():
    g = Graph()
    for f in sorted((ROOT / "ontology").glob("*.ttl")):
        g.parse(f, format="turtle")
    for term in ontology_terms(ROOT / "ontology"):
        node = KGO[term]
        assert (node, RDFS.label, None) in g, f"kgo:{term} has no rdfs:label"
    # every class reaches a standard vocabulary through rdfs:subClassOf
    for cls in g.subjects(RDF.type, OWL.Class):
        if not str(cls).startswith(KGO_IRI) or (cls, OWL.oneOf, None) in g:
            continue
        seen, todo = set(), [cls]
        while todo:
            c = todo.pop()
            seen.add(c)
            todo += [p for p in g.objects(c, RDFS.subClassOf) if p not in seen]
        assert any(not str(c).startswith(KGO_IRI) for c in seen - {cls}), f"{cls} is not aligned to a standard class"


def test_ontology_parses_with_an_independent_parser(tmp_path):
    import shutil
    import subprocess

    rapper = shutil.which("rapper")
    if rapper is None:
        pytest.skip("rapper (raptor2-utils) is not installed; .ci/run installs it")
    for f in sorted((ROOT / "ontology").rglob("*.ttl")):
        run = subprocess.run([rapper, "-q", "-i", "turtle", "-c", str(f)], capture_output=True, text=True)
        assert run.returncode == 0, f"{f}: {run.stderr}"
