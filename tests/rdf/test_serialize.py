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


def test_direct_nquads_are_rdflibs_lines(seed_rdf, settings):
    """write_nquads (no rdflib Dataset, what `kg extract` uses) writes exactly rdflib's lines."""
    from kg.rdf import write_nquads

    iris = Iris(settings.base_iri)
    ours, theirs = io.BytesIO(), io.BytesIO()
    n = write_nquads([seed_rdf], iris, ours)
    serialize_dataset(to_dataset([seed_rdf], iris), "nquads", theirs)
    assert ours.getvalue() == theirs.getvalue()
    assert n == len(ours.getvalue().splitlines()) > 1000


def test_streamed_nquads_are_the_same_quads_article_by_article(nlp, settings):
    """stream_nquads (what `kg extract` writes) writes write_nquads' quads, one sorted block
    per article, each shared description once, on three articles from different crises."""
    from kg.extract import extract_doc
    from kg.ingest.article import Article
    from kg.nlp import model_description
    from kg.rdf import stream_nquads, to_rdf, write_nquads

    iris = Iris(settings.base_iri)
    texts = [
        "Fighting between the army and the RSF killed 40 people in El Fasher, Sudan, on Monday, the UN said.",
        "M23 rebels seized Goma in eastern DR Congo on Tuesday, and the UN said thousands fled to Rwanda.",
        "The UN said on Monday that fighting in El Fasher, Sudan, had forced thousands to flee.",
    ]
    rdfs = []
    for i, text in enumerate(texts):
        article = Article.create(text, source=f"news-{i}.txt")
        rdfs.append(to_rdf(extract_doc(nlp(text), article, model=model_description(nlp)), iris))
    streamed, whole = io.BytesIO(), io.BytesIO()
    n = stream_nquads(rdfs, iris, streamed)
    assert n == write_nquads(rdfs, iris, whole)
    lines = streamed.getvalue().decode("utf-8").splitlines()
    assert len(lines) == n == len(set(lines))
    assert sorted(lines) == whole.getvalue().decode("utf-8").splitlines()
    expected, written = [], set()
    for rdf in rdfs:  # a sorted block per article, in order: its claims, and the descriptions not yet written
        new = set(rdf.description_triples.lines(iris.entities_graph)) - written
        expected += sorted(set(rdf.claim_triples.lines(rdf.graph)) | new)
        written |= new
    assert lines == expected
    shared = set(rdfs[0].description_triples.lines(iris.entities_graph)) & set(rdfs[2].description_triples.lines(iris.entities_graph))
    assert shared  # El Fasher, Sudan, the UN: described by the first article, not written again by the third


def test_triples_write_what_a_graph_parses_back():
    """Escapes, languages, datatypes and IRIs with characters N-Triples forbids."""
    from rdflib import BNode, Graph, Literal, URIRef
    from rdflib.namespace import XSD

    from kg.rdf import Triples

    s, p = URIRef("https://x/s"), URIRef("https://x/p")
    objects = [
        Literal('quote " backslash \\ newline \n return \r tab \t end'),
        Literal("Ստեփանակերտ", lang="hy"),
        Literal(3, datatype=XSD.integer),
        Literal("2023-09-19", datatype=XSD.date),
        URIRef("https://x/o"),
        BNode("b1"),
    ]
    t = Triples((s, p, o) for o in objects)
    t.add((s, p, objects[0]))  # once only
    assert len(t) == len(objects)
    g = Graph().parse(data=t.ntriples(), format="nt")
    assert {o for o in g.objects(s, p) if not isinstance(o, BNode)} == {o for o in objects if not isinstance(o, BNode)}
    assert len(g) == len(objects)
    assert t.graph() is t.graph() and len(t.graph()) == len(objects)
    odd = Triples([(URIRef("https://x/a b"), p, Literal("v"))])
    assert odd.ntriples().startswith("<https://x/a%20b> ")


def test_triples_pickle_to_the_same_terms_and_lines(seed_rdf):
    """What a worker process sends back: the same triples, terms of the same kinds, the same
    lines (typed literals keep their lexical form: 3.0 stays "3.0", 007 stays "007")."""
    import pickle

    from rdflib import BNode, Literal, URIRef
    from rdflib.namespace import XSD

    from kg.rdf import Triples

    s, p = URIRef("https://x/s"), URIRef("https://x/p")
    odd = Triples((s, p, o) for o in [
        Literal("3.0", datatype=XSD.double), Literal(0.5), Literal("007", datatype=XSD.integer),
        Literal("Ստեփանակերտ", lang="hy"), Literal("plain"), BNode("b1"), URIRef("https://x/a b"),
    ])
    for triples in (odd, seed_rdf.claim_triples, seed_rdf.description_triples):
        back = pickle.loads(pickle.dumps(triples))
        assert list(back) == list(triples)
        assert [tuple(map(type, t)) for t in back] == [tuple(map(type, t)) for t in triples]
        assert list(back.lines(s)) == list(triples.lines(s))
    back = pickle.loads(pickle.dumps(seed_rdf))
    assert back.graph == seed_rdf.graph and back.content_hash == seed_rdf.content_hash and len(back) == len(seed_rdf) > 1000
