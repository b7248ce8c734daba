"""One suite, every backend: embedded Oxigraph, rdflib memory, Oxigraph server, Virtuoso.

The article graphs are the real ones: the seed article and a second article run through
the real pipeline. The servers are real servers started by the fixtures (conftest.py).
"""
from __future__ import annotations

import io
import re
from dataclasses import replace

import pytest
from rdflib import BNode, Literal, URIRef

from kg.rdf import Iris, serialize_dataset, to_dataset, to_rdf
from kg.vocab import SDO

pytestmark = [pytest.mark.model, pytest.mark.server]

SECOND_TEXT = (
    "Armenian Prime Minister Nikol Pashinyan said on Monday that Azerbaijan had shelled the "
    "village of Sotk, near the border with Armenia. Charles Michel, the president of the "
    "European Council, called Pashinyan and urged restraint."
)


@pytest.fixture(scope="module")
def second_rdf(nlp, settings):
    from helpers import extract_text

    ex = extract_text(nlp, SECOND_TEXT, title="Shelling near Sotk")
    return to_rdf(ex, Iris(settings.base_iri))


@pytest.fixture(scope="module")
def edited_rdf(nlp, seed_article, settings):
    """The seed article, same id, with its Blinken paragraph cut (an edited story)."""
    from kg.extract import extract_doc
    from kg.nlp import model_description

    paragraphs = seed_article.text.split("\n\n")
    kept = [p for p in paragraphs if "Blinken" not in p]
    assert len(kept) == len(paragraphs) - 1
    edited = replace(seed_article, text="\n\n".join(kept))
    return to_rdf(extract_doc(nlp(edited.text), edited, model=model_description(nlp)), Iris(settings.base_iri))


def _subjects(store, graph) -> set[str]:  # type: ignore[no-untyped-def]
    res = store.query(f"SELECT DISTINCT ?s WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    return {str(r[0]) for r in res.rows if isinstance(r[0], URIRef)}


def _iri_subjects(g) -> set[str]:  # type: ignore[no-untyped-def]
    return {str(s) for s in g.subjects() if isinstance(s, URIRef)}


def _article_terms(store, article_iri: str) -> int:  # type: ignore[no-untyped-def]
    """Quads, in any graph, whose subject or object is the article or one of its strings/events."""
    res = store.query(
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
        f'FILTER(STRSTARTS(STR(?s), "{article_iri}") || (isIRI(?o) && STRSTARTS(STR(?o), "{article_iri}"))) }}'
    )
    return int(res.rows[0][0])


def test_load_twice_gives_the_same_quads(backend, seed_rdf):
    assert backend.put_article(seed_rdf) == "added"
    n = len(backend)
    assert n == len(seed_rdf.claims) + len(seed_rdf.descriptions)
    assert backend.put_article(seed_rdf) == "unchanged"
    assert len(backend) == n
    assert backend.article_ids() == [seed_rdf.article_id]
    sizes = backend.graph_sizes()
    assert sizes[str(seed_rdf.graph)] == len(seed_rdf.claims)
    assert sizes[str(backend.iris.entities_graph)] == len(seed_rdf.descriptions)


def test_extractor_version_is_recorded(backend, seed_rdf):
    backend.put_article(seed_rdf)
    res = backend.query(
        "PREFIX kgo: <https://w3id.org/kg-news/ontology#> "
        f"SELECT ?v WHERE {{ GRAPH <{seed_rdf.graph}> {{ ?a kgo:extractorVersion ?v }} }}"
    )
    (row,) = res.rows
    assert str(row[0]).startswith("kg/")


def test_an_edited_article_replaces_its_graph(backend, seed_rdf, edited_rdf):
    assert edited_rdf.article_id == seed_rdf.article_id
    assert edited_rdf.content_hash != seed_rdf.content_hash
    backend.put_article(seed_rdf)
    assert backend.put_article(edited_rdf) == "replaced"
    # the graph is the new version exactly: nothing of the old one is left
    assert backend.graph_size(str(edited_rdf.graph)) == len(edited_rdf.claims)
    assert _subjects(backend, edited_rdf.graph) == _iri_subjects(edited_rdf.claims)
    # Blinken was only in the cut paragraph: his description went with it
    gone = _iri_subjects(seed_rdf.descriptions) - _iri_subjects(edited_rdf.descriptions)
    assert any("blinken" in iri for iri in gone)
    assert _subjects(backend, backend.iris.entities_graph) == _iri_subjects(edited_rdf.descriptions)
    assert len(backend) == len(edited_rdf.claims) + len(edited_rdf.descriptions)
    assert backend.put_article(edited_rdf) == "unchanged"


def test_remove_leaves_no_trace_and_keeps_what_others_need(backend, seed_rdf, second_rdf):
    seed_entities = _iri_subjects(seed_rdf.descriptions)
    second_entities = _iri_subjects(second_rdf.descriptions)
    shared, seed_only = seed_entities & second_entities, seed_entities - second_entities
    assert shared and seed_only, "the fixture articles must share some entities and not others"

    backend.put_article(seed_rdf)
    backend.put_article(second_rdf)
    assert backend.remove_article(seed_rdf.article_id) is True

    assert str(seed_rdf.graph) not in backend.graph_sizes()
    assert _article_terms(backend, str(backend.iris.article(seed_rdf.article_id))) == 0
    left = _subjects(backend, backend.iris.entities_graph)
    assert left == second_entities  # every description the second article needs, nothing else
    assert not (left & seed_only)
    assert len(backend) == len(second_rdf.claims) + len(second_rdf.descriptions)
    assert backend.article_ids() == [second_rdf.article_id]

    assert backend.remove_article(seed_rdf.article_id) is False  # already gone
    assert backend.remove_article(second_rdf.article_id) is True
    assert len(backend) == 0


def test_bulk_nquads_load_replaces_and_matches_the_article_path(backend, seed_rdf, second_rdf, tmp_path):
    from kg.store.bulk import load_nquads

    nq = tmp_path / "corpus.nq"
    with open(nq, "wb") as fh:
        serialize_dataset(to_dataset([seed_rdf, second_rdf], backend.iris), "nquads", fh)
    lines = sum(1 for line in nq.read_text().splitlines() if line.strip())

    first = load_nquads(backend, nq)
    assert first.quads_before == 0 and first.quads_after == lines and first.replaced == 0
    again = load_nquads(backend, nq)
    assert again.quads_after == lines and again.replaced == 2
    assert sorted(backend.article_ids()) == sorted([seed_rdf.article_id, second_rdf.article_id])
    # the same articles through put_article: nothing to write, the content hashes match
    assert backend.put_article(seed_rdf) == "unchanged"
    assert backend.put_article(second_rdf) == "unchanged"
    assert len(backend) == lines
    # and removal works on bulk-loaded graphs as on the others
    assert backend.remove_article(seed_rdf.article_id)
    assert len(backend) == len(second_rdf.claims) + len(second_rdf.descriptions)


def test_dump_reads_back(backend, seed_rdf):
    import pyoxigraph as ox

    backend.put_article(seed_rdf)
    buf = io.BytesIO()
    backend.dump(buf, format="nquads")
    quads = list(ox.parse(buf.getvalue(), format=ox.RdfFormat.N_QUADS))
    assert len(quads) == len(backend)
    assert {q.graph_name.value for q in quads} == {str(seed_rdf.graph), str(backend.iris.entities_graph)}


def _norm(term):  # type: ignore[no-untyped-def]
    """A term as comparable across servers.

    Virtuoso rewrites numeric literals ("45.00000" → "45") and keeps geo:wktLiteral points
    as single-precision floats ("POINT(45 40.099998474121)"); engines order GROUP_CONCAT
    items as they like.
    """
    if term is None:
        return None
    if isinstance(term, BNode):
        return "_:"
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, (int, float)) or type(value).__name__ == "Decimal":
            return round(float(value), 4)  # Virtuoso keeps coordinates as single floats
        if m := re.fullmatch(r"POINT\((\S+) (\S+)\)", str(term)):
            return ("POINT", round(float(m.group(1)), 4), round(float(m.group(2)), 4))
        # a GROUP_CONCAT's order is the engine's: compare its items
        return "|".join(sorted(re.split(r", |; | \| ", str(term))))
    return str(term)


def test_library_queries_answer_alike_on_every_backend(backend, seed_rdf, second_rdf, settings):
    """Every query of queries/ returns the same rows here as on the rdflib memory store."""
    from kg.query import bind_parameters, list_queries
    from kg.query.library import example_params
    from kg.store import open_store

    with open_store("memory:", settings) as reference:
        for store in (backend, reference):
            store.put_article(seed_rdf)
            store.put_article(second_rdf)
        queries = list_queries()
        assert len(queries) >= 12
        for q in queries:
            params = example_params(q)
            expected = reference.query(bind_parameters(q, params, reference))
            got = backend.query(bind_parameters(q, params, backend))
            assert got.variables == expected.variables, q.name
            assert sorted(map(repr, ([_norm(t) for t in r] for r in got.rows))) == sorted(
                map(repr, ([_norm(t) for t in r] for r in expected.rows))
            ), q.name
