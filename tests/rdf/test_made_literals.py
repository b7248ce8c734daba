"""kg/rdf/mapping.py makes plain literals and offsets without rdflib's constructor
(``_made_literal``): the same literals, slot by slot, as ``Literal(...)`` makes."""
from __future__ import annotations

import pytest
from rdflib import XSD, Literal

from kg.rdf.mapping import _cached_literal, _literal, _made_literal, _nonneg
from kg.rdf.triples import nt_term

SLOTS = ("_language", "_datatype", "_value", "_ill_typed")


def _same(ours: Literal, theirs: Literal) -> None:
    assert type(ours) is type(theirs) is Literal
    assert str(ours) == str(theirs)
    for slot in SLOTS:
        assert getattr(ours, slot) == getattr(theirs, slot), slot
        assert type(getattr(ours, slot)) is type(getattr(theirs, slot)), slot
    assert ours == theirs and hash(ours) == hash(theirs) and ours.eq(theirs)
    assert nt_term(ours) == nt_term(theirs)


@pytest.mark.parametrize("text", [
    "Goma", "", " ", "El Fasher", "Kharkiv’s mayor", 'He said "no"\n', "back\\slash\r", "Xankəndi",
    "مقديشو", "Новосибирск", "ミャンマー", "emoji 🚀", "\t tabbed \t", "1", "true", "2024-01-02",
    "x" * 5000, "\ud800 lone surrogate",
])
def test_a_plain_string_literal_is_rdflibs(text):
    _same(_made_literal(text, text, None), Literal(text))
    _same(_literal(text), Literal(text))


@pytest.mark.parametrize("n", [*range(0, 2000, 37), 65535, 10**6, 10**12 + 7, 2**63 + 1])
def test_an_offset_literal_is_rdflibs(n):
    _same(_nonneg(n), Literal(n, datatype=XSD.nonNegativeInteger))


def test_other_values_still_go_through_rdflib():
    _same(_cached_literal(0.5, XSD.double, "0.5"), Literal(0.5, datatype=XSD.double))
    _same(_literal(3, datatype=XSD.integer), Literal(3, datatype=XSD.integer))
    _same(_literal(True), Literal(True))
    _same(_nonneg(True), Literal(True, datatype=XSD.nonNegativeInteger))
