"""A light set of rdflib triples, written as N-Triples / N-Quads without building a Graph.

:func:`kg.rdf.to_rdf` produces a couple of thousand triples per article. Adding them to an
rdflib ``Graph`` (three indexes, an event object per add) cost more than reading roles and
events from the parse; most of the time nothing needs the indexes: the store gets N-Triples
text, ``kg extract`` writes N-Quads lines. :class:`Triples` keeps the triples in insertion
order without duplicates and builds an rdflib ``Graph`` only when one is asked for.
"""
from __future__ import annotations

import re
from itertools import islice
from typing import Iterable, Iterator

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from ..vocab import PREFIXES

__all__ = ["Triples", "nt_term"]

Triple = tuple[Node, Node, Node]

# characters N-Triples does not allow in an IRIREF (they are %-encoded)
_IRI_BAD = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def _iri(value: str) -> str:
    if _IRI_BAD.search(value):
        value = _IRI_BAD.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode("utf-8")), value)
    return f"<{value}>"


#: IRIs written already, by their text: kg's predicates, classes and entities recur in every
#: article (a few thousand distinct IRIs in a hundred thousand terms); emptied when full
_WRITTEN_IRIS: dict[str, str] = {}
_IRIS_KEPT = 1 << 16


def _written_iri(value: str) -> str:
    """:func:`_iri` of ``value``, kept by its text (see :data:`_WRITTEN_IRIS`)."""
    written = _WRITTEN_IRIS.get(value)
    if written is None:
        if len(_WRITTEN_IRIS) >= _IRIS_KEPT:
            _WRITTEN_IRIS.clear()
        written = _WRITTEN_IRIS[value] = _iri(value)
    return written


def nt_term(term: Node) -> str:
    """One term in N-Triples syntax.

    >>> from rdflib import XSD
    >>> nt_term(Literal('He said "no"\\n', lang="en"))
    '"He said \\\\"no\\\\"\\\\n"@en'
    >>> nt_term(Literal(3, datatype=XSD.integer))
    '"3"^^<http://www.w3.org/2001/XMLSchema#integer>'
    >>> nt_term(URIRef("https://x/a b"))
    '<https://x/a%20b>'
    """
    kind = type(term)  # (isinstance against rdflib's terms goes through ABCMeta in Python when it fails)
    if kind is URIRef or (kind is not Literal and kind is not BNode and isinstance(term, URIRef)):
        return _written_iri(str(term))
    if kind is Literal or isinstance(term, Literal):
        value = str(term)
        if "\\" in value or '"' in value or "\n" in value or "\r" in value:
            # (str.replace, backslashes first: str.translate with a table cost ten times more)
            value = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
        text = f'"{value}"'
        if term.language:
            return f"{text}@{term.language}"
        datatype = term.datatype
        if datatype is not None:
            datatype = str(datatype)  # (an rdflib term is never equal to a str)
            if datatype != "http://www.w3.org/2001/XMLSchema#string":
                return f"{text}^^{_written_iri(datatype)}"
        return text
    if isinstance(term, BNode):
        return f"_:{term}"
    raise TypeError(f"not an RDF term: {term!r}")


def _encode(term: Node) -> tuple[str, ...]:
    if isinstance(term, URIRef):
        return ("u", str(term))
    if isinstance(term, Literal):
        return ("l", str(term), term.language or "", str(term.datatype) if term.datatype is not None else "")
    if isinstance(term, BNode):
        return ("b", str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def _decode(code: tuple[str, ...]) -> Node:
    kind, value = code[0], code[1]
    if kind == "u":
        return str.__new__(URIRef, value)  # checked when it was made
    if kind == "l":
        lang, datatype = code[2], code[3]
        return Literal(value, lang=lang or None, datatype=str.__new__(URIRef, datatype) if datatype else None, normalize=False)
    return BNode(value)


def _rebuild(table: list[tuple[str, ...]], flat: list[int]) -> "Triples":
    """A :class:`Triples` from its pickled form (see ``Triples.__reduce__``)."""
    terms = [_decode(code) for code in table]
    triples = Triples()
    it = iter(flat)
    triples._triples = {(terms[s], terms[p], terms[o]): None for s, p, o in zip(it, it, it)}
    return triples


class Triples:
    """Triples in the order they were added, each once; a ``Graph`` on demand.

    >>> t = Triples()
    >>> t.add((URIRef("https://x/a"), URIRef("https://x/p"), Literal("v")))
    >>> t.add((URIRef("https://x/a"), URIRef("https://x/p"), Literal("v")))
    >>> len(t), t.ntriples()
    (1, '<https://x/a> <https://x/p> "v" .\\n')
    """

    __slots__ = ("_triples", "_graph")

    def __init__(self, triples: Iterable[Triple] = ()) -> None:
        self._triples: dict[Triple, None] = dict.fromkeys(triples)
        self._graph: Graph | None = None

    def add(self, triple: Triple) -> None:
        self._triples[triple] = None
        self._graph = None

    def update(self, triples: Iterable[Triple]) -> None:
        """Add each of ``triples`` in turn (one call for several: a mention is seven)."""
        self._triples.update(dict.fromkeys(triples))
        self._graph = None

    def __iter__(self) -> Iterator[Triple]:
        return iter(self._triples)

    def __len__(self) -> int:
        return len(self._triples)

    def __contains__(self, triple: object) -> bool:
        return triple in self._triples

    def __reduce__(self) -> tuple[object, tuple[list[tuple[str, ...]], list[int]]]:
        """Pickled as a table of its terms and three indexes per triple, and rebuilt without
        checking each IRI again (an article's RDF comes from a worker process: rdflib's IRI
        check was 70 % of the time kg's process spent receiving it)."""
        index: dict[Node, int] = {}
        table: list[tuple[str, ...]] = []
        flat: list[int] = []
        for triple in self._triples:
            for term in triple:
                at = index.get(term)
                if at is None:
                    at = index[term] = len(table)
                    table.append(_encode(term))
                flat.append(at)
        return (_rebuild, (table, flat))

    def lines(self, graph: URIRef | None = None, start: int = 0) -> Iterator[str]:
        """N-Triples lines, or N-Quads lines in ``graph`` (no line ends); ``start``: from the
        triple added at that position on (the ones added after a first writing)."""
        tail = f" {_iri(str(graph))} ." if graph is not None else " ."
        # subjects and predicates (IRIs and blank nodes: hashed as strings, in C) by value;
        # objects by identity: the triples hold every term while the lines are made, and
        # hashing an rdflib Literal (by value, in Python) cost more than writing it
        cache: dict[object, str] = {}
        get = cache.get
        triples = iter(self._triples) if not start else islice(self._triples, start, None)
        for s, p, o in triples:  # (the lookups inline: two thousand triples an article)
            ts = get(s)
            if ts is None:
                ts = cache[s] = nt_term(s)
            tp = get(p)
            if tp is None:
                tp = cache[p] = nt_term(p)
            to = get(id(o))
            if to is None:
                to = cache[id(o)] = nt_term(o)
            yield f"{ts} {tp} {to}{tail}"

    def ntriples(self) -> str:
        """The triples as an N-Triples document (also valid Turtle)."""
        return "".join(line + "\n" for line in self.lines())

    def graph(self) -> Graph:
        """An rdflib ``Graph`` of the triples, with kg's prefixes bound (built once, then kept)."""
        if self._graph is None:
            g = Graph()
            for prefix, ns in PREFIXES.items():
                g.bind(prefix, ns, override=True)
            for t in self._triples:
                g.add(t)
            self._graph = g
        return self._graph
