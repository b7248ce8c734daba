"""`kg extract` and `kg export` take the same RDF formats (issue 13: extract refused ntriples,
no RDF/XML anywhere); CONSTRUCT output with kg's prefixes, not ``ns1:``; ``SELECT *`` columns
in the query's order, not ``o, p, s``."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph

from kg.cli import main
from kg.config import Settings
from kg.extract.model import Entity, Event, Extraction, Mention, Participant, Span
from kg.ingest.article import Article
from kg.rdf import Iris, to_rdf
from kg.rdf.serialize import RDF_FORMATS
from kg.store import open_store

ROOT = Path(__file__).resolve().parents[1]
SETTINGS = Settings()
PARSE = {"nquads": "nquads", "trig": "trig", "turtle": "turtle", "jsonld": "json-ld", "ntriples": "nt", "rdfxml": "xml"}
EXT = {"nquads": "nq", "trig": "trig", "turtle": "ttl", "jsonld": "jsonld", "ntriples": "nt", "rdfxml": "rdf"}


@pytest.fixture()
def store_path(tmp_path):
    text = "Houthi forces attacked a ship near Hodeidah."
    ex = Extraction(article=Article.create(text, id="yemen-1", source="<test>", title="Ship attacked off Yemen"))
    ex.entities["group/houthis"] = Entity("group/houthis", "Houthi forces", ("Organization",), "group", link_source="ner", link_confidence=0.5)
    ex.entities["place/hodeidah"] = Entity("place/hodeidah", "Hodeidah", ("City", "Place"), "place", link_source="geonames", link_confidence=0.7)
    ex.mentions += [Mention(Span(0, 13, "Houthi forces"), "group/houthis"), Mention(Span(35, 43, "Hodeidah"), "place/hodeidah")]
    ex.sentences.append(Span(0, len(text), text))
    ex.events.append(Event("e1", "Attack", Span(14, 22, "attacked"), Span(0, len(text), text),
                           participants=[Participant("agent", "group/houthis")], place="place/hodeidah"))
    path = tmp_path / "store"
    with open_store(str(path), SETTINGS) as store:
        store.put_article(to_rdf(ex, Iris(SETTINGS.base_iri)))
    return str(path)


def _triples(path: Path, fmt: str) -> set:
    if RDF_FORMATS[fmt][2]:
        ds = Dataset()
        ds.parse(str(path), format=PARSE[fmt])
        return {(s, p, o) for s, p, o, _g in ds.quads((None, None, None, None))}
    return set(Graph().parse(str(path), format=PARSE[fmt]))


def test_export_writes_every_rdf_format_by_extension(store_path, tmp_path, capsys):
    expected = None
    for fmt in RDF_FORMATS:
        out = tmp_path / f"graph.{EXT[fmt]}"
        assert main(["export", "-o", str(out), "--store", store_path]) == 0, capsys.readouterr().err
        got = {t for t in _triples(out, fmt)}
        assert got, fmt
        expected = expected or {(str(s), str(p), str(o)) for s, p, o in got}
        assert {(str(s), str(p), str(o)) for s, p, o in got} == expected, fmt
    assert "xmlns:kgo=" in (tmp_path / "graph.rdf").read_text()


@pytest.mark.model
def test_extract_takes_the_same_formats_as_export(tmp_path, capsys):
    seed = ROOT / "examples" / "politico-2023-09-19.txt"
    sizes = {}
    for fmt in ("ntriples", "rdfxml"):
        out = tmp_path / f"seed.{EXT[fmt]}"
        assert main(["extract", str(seed), "-o", str(out)]) == 0, capsys.readouterr().err  # format from the name
        sizes[fmt] = len(_triples(out, fmt))
    assert main(["extract", str(seed), "--format", "nt", "-o", str(tmp_path / "x.txt")]) == 0  # an alias, any name
    assert len(_triples(tmp_path / "x.txt", "ntriples")) == sizes["ntriples"] == sizes["rdfxml"] > 100


def test_construct_uses_the_project_prefixes(store_path, capsys):
    q = "PREFIX kgo: <https://w3id.org/kg-news/ontology#> CONSTRUCT { ?e kgo:agent ?a } WHERE { ?e kgo:agent ?a }"
    assert main(["query", "--sparql", q, "--store", store_path]) == 0
    out = capsys.readouterr().out
    assert "@prefix kgo: <https://w3id.org/kg-news/ontology#>" in out
    assert "kgo:agent" in out and "ns1:" not in out


def test_select_star_columns_in_the_query_order(store_path, capsys):
    assert main(["query", "--sparql", "SELECT * WHERE { ?s ?p ?o } LIMIT 2", "--store", store_path, "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "s,p,o"
    q = "SELECT * WHERE { ?event a ?type . OPTIONAL { ?event <https://w3id.org/kg-news/ontology#eventPlace> ?place } } LIMIT 1"
    assert main(["query", "--sparql", q, "--store", store_path, "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "event,type,place"
