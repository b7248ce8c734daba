"""RDF terms as a query answers them, whatever kind of object the backend hands back.

A store's query result keeps the terms its engine returns: pyoxigraph's ``NamedNode``,
``BlankNode`` and ``Literal`` for the Oxigraph store, rdflib's ``URIRef``, ``BNode`` and
``Literal`` for the rdflib and remote stores. Most callers only want the text of a term (an
IRI, a literal's lexical form), some its kind, language and datatype (the result writers),
few an rdflib term (an rdflib ``Graph``, SHACL validation): converting every term of every
answer to rdflib made kg's query call cost 1.30× (up to 2.58×) Oxigraph's own on the query
library, and a third of ``kg analyse``. The functions here read both kinds without
converting; :func:`to_rdflib` converts one term when a caller needs it.
"""
from __future__ import annotations

from typing import Any, Literal as Lit, NamedTuple

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from ..errors import StoreError

__all__ = ["Term", "TermParts", "parts", "value", "is_iri", "to_rdflib", "row_to_rdflib"]

#: a term of a query answer: an rdflib term or a pyoxigraph one (typed loosely: pyoxigraph
#: is imported only where a store of it is opened)
Term = Any

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


class TermParts(NamedTuple):
    """What the SPARQL result formats write of a term."""

    kind: Lit["uri", "bnode", "literal"]
    value: str
    #: a literal's language tag, or None
    language: str | None = None
    #: a literal's datatype IRI; None for a language-tagged one and a plain one (an
    #: xsd:string: RDF 1.1 makes them one, and the result formats write it without datatype)
    datatype: str | None = None


def value(term: Term | None) -> str | None:
    """The text of a term: an IRI as is, a literal's lexical form, a blank node's label.

    >>> value(URIRef("https://example.org/a")), value(Literal("3", datatype=URIRef("urn:int"))), value(None)
    ('https://example.org/a', '3', None)
    """
    if term is None:
        return None
    if isinstance(term, str):  # rdflib's terms are str
        return str(term)
    return term.value  # pyoxigraph's: NamedNode, BlankNode, Literal


def is_iri(term: Term | None) -> bool:
    """Whether ``term`` is an IRI (not a literal, a blank node or unbound)."""
    if term is None:
        return False
    if isinstance(term, str):
        return isinstance(term, URIRef)
    return type(term).__name__ == "NamedNode"


def parts(term: Term) -> TermParts:
    """The kind, text, language and datatype of a (bound) term."""
    if isinstance(term, URIRef):
        return TermParts("uri", str(term))
    if isinstance(term, BNode):
        return TermParts("bnode", str(term))
    if isinstance(term, Literal):
        if term.language:
            return TermParts("literal", str(term), term.language)
        datatype = str(term.datatype) if term.datatype else None
        return TermParts("literal", str(term), None, None if datatype == XSD_STRING else datatype)
    kind = type(term).__name__
    if kind == "NamedNode":
        return TermParts("uri", term.value)
    if kind == "BlankNode":
        return TermParts("bnode", term.value)
    if kind == "Literal":
        if term.language:
            return TermParts("literal", term.value, term.language)
        datatype = term.datatype.value
        return TermParts("literal", term.value, None, None if datatype == XSD_STRING else datatype)
    raise StoreError(f"unsupported RDF term in a result: {term!r}")


def to_rdflib(term: Term | None) -> Node | None:
    """The rdflib term for ``term`` (rdflib terms and None are returned as they are).

    A plain literal is an xsd:string (RDF 1.1); rdflib's is written without the datatype.
    """
    if term is None or isinstance(term, str):
        return term  # type: ignore[return-value]
    kind = type(term).__name__
    if kind == "NamedNode":
        return URIRef(term.value)
    if kind == "BlankNode":
        return BNode(term.value)
    if kind == "Literal":
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    raise StoreError(f"unsupported RDF term in a result: {term!r}")


def row_to_rdflib(row: tuple[Term | None, ...]) -> tuple[Node | None, ...]:
    return tuple(to_rdflib(t) for t in row)
