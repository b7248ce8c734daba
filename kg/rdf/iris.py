"""The IRIs kg mints, all under the base IRI of :class:`kg.config.Settings`.

==================  ===========================================  ==========================
what                IRI                                          graph it is described in
==================  ===========================================  ==========================
article             ``{base}article/{id}``                       the article's graph
article's graph     ``{base}graph/article/{id}``                 (a named graph)
text (NIF context)  ``{base}article/{id}#char=0,{len}``          the article's graph
mention             ``{base}article/{id}#char={begin},{end}``    the article's graph
event               ``{base}article/{id}/event/{n}``             the article's graph
link evidence       ``{base}article/{id}#link-{n}``              the article's graph
entity              ``{base}entity/{key}`` (``Q227``, ``person/hikmet-hajiyev``)  ``{base}graph/entities``
KB entity           its knowledge-base IRI (the key is that IRI)  ``{base}graph/entities``
article's group     ``{base}article/{id}/group/{label slug}``    ``{base}graph/entities``
post                ``{base}post/{org slug}/{label slug}``       ``{base}graph/entities``
duplicate pair      ``{base}duplicate/{id}/{id}`` (ids sorted)   ``{base}graph/duplicates``
canonical event     ``{base}event/canonical/{hash}``             ``{base}graph/canonical``
==================  ===========================================  ==========================

An article id is written into IRIs with the characters an IRI may not hold (space,
``<>"{}|^``, the backquote and the backslash, controls) and ``#`` and ``%`` percent-encoded (:func:`id_segment`): any
id a feed gives makes valid SPARQL and RDF; ids without them are unchanged.

An entity the knowledge base knows keeps the IRI its KB file gives it
(``https://w3id.org/kg-news/kb/azerbaijan``): the KB ships in ``ontology/kb/`` and
whoever loads it next to the articles must find one node per entity, not two.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rdflib import URIRef

from ..extract.model import GROUP_KEY_PREFIX
from ..extract.normalise import slugify

__all__ = ["Iris", "id_segment"]

_UNSAFE = frozenset(' <>"{}|^`\\#%') | frozenset(chr(c) for c in range(0x20)) | {"\x7f"}
#: what rdflib's ``URIRef`` warns of (``rdflib.term._invalid_uri_chars``), searched in C
_RDFLIB_WARNS = re.compile(r'[<>" {}|\\^`]')


def _uri(value: str) -> URIRef:
    """``URIRef(value)``, the same term: rdflib checks each IRI it makes, character by
    character in Python, only to log a warning (a few thousand IRIs an article, ~1 % of
    reading one out); an IRI it would warn of is made by rdflib itself."""
    if _RDFLIB_WARNS.search(value):
        return URIRef(value)
    return str.__new__(URIRef, value)


@lru_cache(maxsize=1024)  # (an article's id is asked for every IRI minted under it: thousands an article)
def id_segment(article_id: str) -> str:
    """``article_id`` as an IRI path segment: unsafe characters percent-encoded (UTF-8).

    Examples
    --------
    >>> id_segment('feed 12 > "x"#1'), id_segment("b3f1c2")
    ('feed%2012%20%3E%20%22x%22%231', 'b3f1c2')
    """
    if _UNSAFE.isdisjoint(article_id):
        return article_id
    return "".join("".join(f"%{b:02X}" for b in ch.encode("utf-8")) if ch in _UNSAFE else ch for ch in article_id)


#: entity IRIs an :class:`Iris` keeps (emptied when full)
_ENTITIES_KEPT = 1 << 16


class Iris:
    """Mints IRIs under one base."""

    def __init__(self, base: str) -> None:
        self.base = base
        # under a base rdflib would not warn of, an IRI made of the base, percent-encoded ids
        # (:func:`id_segment`) and numbers needs no check (the mentions' alone: thousands an article)
        self._plain = _RDFLIB_WARNS.search(base) is None
        self._entities: dict[str, URIRef] = {}  # the IRIs of entity keys made already

    def _minted(self, value: str) -> URIRef:
        return str.__new__(URIRef, value) if self._plain else URIRef(value)

    def article(self, article_id: str) -> URIRef:
        return self._minted(f"{self.base}article/{id_segment(article_id)}")

    def article_graph(self, article_id: str) -> URIRef:
        return self._minted(f"{self.base}graph/article/{id_segment(article_id)}")

    @property
    def entities_graph(self) -> URIRef:
        return _uri(f"{self.base}graph/entities")

    @property
    def duplicates_graph(self) -> URIRef:
        """The graph of near-duplicate links between articles (:mod:`kg.dedup`)."""
        return _uri(f"{self.base}graph/duplicates")

    def duplicate_pair(self, article_id: str, other_id: str) -> URIRef:
        """The node of a near-duplicate pair: the same for both orders of the two ids."""
        first, second = sorted((article_id, other_id))
        return _uri(f"{self.base}duplicate/{id_segment(first)}/{id_segment(second)}")

    @property
    def canonical_graph(self) -> URIRef:
        """The graph of canonical events: one event across articles (:mod:`kg.canon`)."""
        return _uri(f"{self.base}graph/canonical")

    def canonical_event(self, key: str) -> URIRef:
        """A canonical event; ``key`` is a hash the caller derives from the event's reports."""
        return _uri(f"{self.base}event/canonical/{key}")

    @property
    def ontology_graph(self) -> URIRef:
        return _uri(f"{self.base}graph/ontology")

    @property
    def article_graph_prefix(self) -> str:
        return f"{self.base}graph/article/"

    def context(self, article_id: str, length: int) -> URIRef:
        return self._minted(f"{self.base}article/{id_segment(article_id)}#char=0,{length}")

    def string(self, article_id: str, start: int, end: int) -> URIRef:
        return self._minted(f"{self.base}article/{id_segment(article_id)}#char={start},{end}")

    def event(self, article_id: str, event_id: str) -> URIRef:
        return _uri(f"{self.base}article/{id_segment(article_id)}/event/{event_id}")

    def link(self, article_id: str, n: int) -> URIRef:
        """The article's evidence for how it identified one entity (``kgo:linkedEntity``)."""
        return self._minted(f"{self.base}article/{id_segment(article_id)}#link-{n}")

    def entity(self, key: str) -> URIRef:
        """``{base}entity/{key}``, or ``key`` itself when it is an IRI (a KB entity); a group
        one article names by a common noun (:func:`kg.extract.model.group_key`) is under that
        article: ``{base}article/{id}/group/{slug}``.

        >>> Iris("https://ex.org/").entity("article/a 1/group/rebels")
        rdflib.term.URIRef('https://ex.org/article/a%201/group/rebels')
        """
        made = self._entities.get(key)  # (an entity's IRI is asked for each of its mentions and events)
        if made is not None:
            return made
        if "://" in key:
            made = _uri(key)
        elif key.startswith(GROUP_KEY_PREFIX):
            article_id, _, slug = key[len(GROUP_KEY_PREFIX):].rpartition("/group/")
            made = _uri(f"{self.base}article/{id_segment(article_id)}/group/{slug}")
        else:
            made = _uri(f"{self.base}entity/{key}")
        if len(self._entities) >= _ENTITIES_KEPT:
            self._entities.clear()
        self._entities[key] = made
        return made

    def post(self, org_key: str | None, label: str) -> URIRef:
        org = slugify(org_key.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]) if org_key else "unknown"
        return _uri(f"{self.base}post/{org}/{slugify(label)}")

    def article_id_of_graph(self, graph: str) -> str | None:
        prefix = self.article_graph_prefix
        if not graph.startswith(prefix):
            return None
        from urllib.parse import unquote  # the inverse of id_segment

        return unquote(graph[len(prefix):])
