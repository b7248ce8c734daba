"""kg/query/format.py: every result format read back by an independent parser."""
from __future__ import annotations

import csv
import io

import pyoxigraph as ox
import pytest
from rdflib import BNode, Literal, URIRef, XSD

from kg.query.format import result_text
from kg.store.base import QueryResult

ROWS = [
    (URIRef("https://w3id.org/kg-news/kb/stepanakert"), Literal("Stepanakert"), Literal(3)),
    (URIRef("http://example.org/a"), Literal('tab\there, "quote",\nnew line, \\ back', lang="en"), None),
    (BNode("b1"), Literal("2023-09-19", datatype=XSD.date), Literal("0.900", datatype=XSD.decimal)),
]
RESULT = QueryResult(kind="select", variables=["s", "label", "n"], rows=ROWS)


def _ox(term):  # type: ignore[no-untyped-def]
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return "bnode"
    if term.language:
        return Literal(term.value, lang=term.language)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


@pytest.mark.parametrize("fmt", ["json", "xml", "tsv"])
def test_sparql_formats_read_back_with_oxigraph(fmt):
    text = result_text(RESULT, fmt)
    parsed = ox.parse_query_results(text, getattr(ox.QueryResultsFormat, fmt.upper()))
    assert [v.value for v in parsed.variables] == RESULT.variables
    got = [tuple(_ox(sol[v]) for v in RESULT.variables) for sol in parsed]
    expected = [tuple("bnode" if isinstance(t, BNode) else t for t in row) for row in ROWS]
    expected = [
        tuple(Literal(str(t), datatype=XSD.string) if isinstance(t, Literal) and not t.language and t.datatype is None else t for t in row)
        for row in expected
    ]
    assert got == expected


@pytest.mark.parametrize("fmt", ["json", "xml", "tsv"])
def test_ask_results(fmt):
    text = result_text(QueryResult(kind="ask", boolean=True), fmt)
    assert bool(ox.parse_query_results(text, getattr(ox.QueryResultsFormat, fmt.upper()))) is True


def test_csv_is_a_header_then_plain_values():
    rows = list(csv.reader(io.StringIO(result_text(RESULT, "csv"))))
    assert rows[0] == ["s", "label", "n"]
    assert rows[1] == ["https://w3id.org/kg-news/kb/stepanakert", "Stepanakert", "3"]
    assert rows[2] == ["http://example.org/a", 'tab\there, "quote",\nnew line, \\ back', ""]
    assert len(rows) == 4


def test_table_counts_rows():
    text = result_text(RESULT, "table")
    assert text.splitlines()[0].split() == ["s", "label", "n"]
    assert text.rstrip().endswith("(3 rows)")
