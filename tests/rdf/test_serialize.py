"""RDF formats: every one parses back; N-Quads are deterministic."""
from __future__ import annotations

import io

import pytest
from rdflib import Dataset

from kg.errors import ExportError
from kg.rdf import Iris, rdf_format, serialize_dataset, to_dataset


@pytest.mark.parametrize("fmt,parse_as", [("nquads", "nquads"), ("trig", "trig"), ("jsonld", "json-ld")])
def test_quad_formats_round_trip(seed_rdf, settings, fmt, parse_as):
    iris = Iris(settings.base_iri)
    ds = to_dataset([seed_rdf], iris)
    buf = io.BytesIO()
    serialize_dataset(ds, fmt, buf)
    back = Dataset()
    back.parse(data=buf.getvalue().decode("utf-8"), format=parse_as)
    assert len(back) == len(ds) > 100
    names = {str(c.identifier) for c in back.contexts()}
    assert str(seed_rdf.graph) in names and str(iris.entities_graph) in names


def test_turtle_holds_the_union(seed_rdf, settings):
    from rdflib import Graph

    iris = Iris(settings.base_iri)
    ds = to_dataset([seed_rdf], iris)
    buf = io.BytesIO()
    serialize_dataset(ds, "turtle", buf)
    g = Graph().parse(data=buf.getvalue().decode("utf-8"), format="turtle")
    assert len(g) == len(seed_rdf.claims | seed_rdf.descriptions)


def test_nquads_are_sorted_and_stable(seed_rdf, settings):
    iris = Iris(settings.base_iri)
    out = []
    for _ in range(2):
        buf = io.BytesIO()
        serialize_dataset(to_dataset([seed_rdf], iris), "nquads", buf)
        out.append(buf.getvalue())
    lines = out[0].decode().splitlines()
    assert out[0] == out[1] and lines == sorted(lines)


def test_format_aliases_and_unknown():
    assert rdf_format("ttl") == "turtle" and rdf_format("NQ") == "nquads" and rdf_format("json-ld") == "jsonld"
    with pytest.raises(ExportError, match="use one of"):
        rdf_format("rdfxmlx")
