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
post                ``{base}post/{org slug}/{label slug}``       ``{base}graph/entities``
==================  ===========================================  ==========================

An entity the knowledge base knows keeps the IRI its KB file gives it
(``https://w3id.org/kg-news/kb/azerbaijan``): the KB ships in ``ontology/kb/`` and
whoever loads it next to the articles must find one node per entity, not two.
"""
from __future__ import annotations

from rdflib import URIRef

from ..extract.normalise import slugify

__all__ = ["Iris"]


class Iris:
    """Mints IRIs under one base."""

    def __init__(self, base: str) -> None:
        self.base = base

    def article(self, article_id: str) -> URIRef:
        return URIRef(f"{self.base}article/{article_id}")

    def article_graph(self, article_id: str) -> URIRef:
        return URIRef(f"{self.base}graph/article/{article_id}")

    @property
    def entities_graph(self) -> URIRef:
        return URIRef(f"{self.base}graph/entities")

    @property
    def ontology_graph(self) -> URIRef:
        return URIRef(f"{self.base}graph/ontology")

    @property
    def article_graph_prefix(self) -> str:
        return f"{self.base}graph/article/"

    def context(self, article_id: str, length: int) -> URIRef:
        return URIRef(f"{self.base}article/{article_id}#char=0,{length}")

    def string(self, article_id: str, start: int, end: int) -> URIRef:
        return URIRef(f"{self.base}article/{article_id}#char={start},{end}")

    def event(self, article_id: str, event_id: str) -> URIRef:
        return URIRef(f"{self.base}article/{article_id}/event/{event_id}")

    def link(self, article_id: str, n: int) -> URIRef:
        """The article's evidence for how it identified one entity (``kgo:linkedEntity``)."""
        return URIRef(f"{self.base}article/{article_id}#link-{n}")

    def entity(self, key: str) -> URIRef:
        """``{base}entity/{key}``, or ``key`` itself when it is an IRI (a KB entity)."""
        if "://" in key:
            return URIRef(key)
        return URIRef(f"{self.base}entity/{key}")

    def post(self, org_key: str | None, label: str) -> URIRef:
        org = slugify(org_key.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]) if org_key else "unknown"
        return URIRef(f"{self.base}post/{org}/{slugify(label)}")

    def article_id_of_graph(self, graph: str) -> str | None:
        prefix = self.article_graph_prefix
        return graph[len(prefix):] if graph.startswith(prefix) else None
