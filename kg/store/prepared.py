"""One article as a store that writes N-Quads takes it, made where the article was extracted.

``kg load --jobs N`` extracts in worker processes and writes the store in its own. An
:class:`~kg.rdf.ArticleRDF` sent back from a worker is rebuilt term by term (an rdflib term
for each of a couple of thousand triples), and the writing process needs none of them when
the store writes the article's N-Quads (:attr:`kg.store.base.Store.writes_nquads`): a
:class:`PreparedArticle` carries the N-Quads, made by the worker, and what the writing needs
besides (the entities the article links, its graph and content hash), as text.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..rdf.mapping import ArticleRDF
from ..rdf.triples import Triples, nt_term
from ..vocab import KGO

__all__ = ["PreparedArticle"]


@dataclass
class PreparedArticle:
    """An article's N-Quads and what writing it needs, for a store writing N-Quads.

    It stands in for the article's :class:`~kg.rdf.ArticleRDF` where ``kg load`` writes a
    store (:meth:`~kg.store.base.Store.put_article`): ``article_id``, ``graph``,
    ``content_hash``, :meth:`nquads` and ``len()`` read as there; ``claim_triples`` holds the
    triples added to the article's graph after it was prepared (the signature of its text),
    which :meth:`nquads` writes after the others.
    """

    article_id: str
    graph: str
    content_hash: str
    #: the entities graph the N-Quads put the descriptions in
    entities_graph: str
    data: bytes
    statements: int
    #: the entities the article's graph holds link evidence for (``kgo:linkedEntity``)
    linked: frozenset[str]
    claim_triples: Triples = field(default_factory=Triples)

    @classmethod
    def of(cls, rdf: ArticleRDF, entities_graph: str) -> "PreparedArticle":
        """``rdf`` prepared for a store putting descriptions in ``entities_graph``."""
        linked = str(KGO.linkedEntity)
        return cls(rdf.article_id, str(rdf.graph), rdf.content_hash, str(entities_graph), rdf.nquads(entities_graph),
                   len(rdf), frozenset(str(o) for _s, p, o in rdf.claim_triples if str.__eq__(p, linked)))

    def nquads(self, entities_graph: str) -> bytes:
        """The article's N-Quads (UTF-8), the triples added since it was prepared last."""
        if str(entities_graph) != self.entities_graph:
            raise ValueError(f"article {self.article_id} was prepared for the entities graph {self.entities_graph}")
        if not len(self.claim_triples):
            return self.data
        from rdflib import URIRef

        return self.data + "".join(line + "\n" for line in self.claim_triples.lines(URIRef(self.graph))).encode("utf-8")

    def linked_entities(self) -> set[str]:
        """The entities the article links (``kgo:linkedEntity``), those of added triples included."""
        linked = str(KGO.linkedEntity)
        return set(self.linked) | {str(o) for _s, p, o in self.claim_triples if str.__eq__(p, linked)}

    def ntriples(self) -> tuple[str, str]:
        """The article's claims and its descriptions as two N-Triples documents (for a store
        that replaces an article through a SPARQL update), cut out of its N-Quads."""
        from rdflib import URIRef

        own = f" {nt_term(URIRef(self.graph))} ."
        claims: list[str] = []
        descriptions: list[str] = []
        for line in self.nquads(self.entities_graph).decode("utf-8").splitlines():
            triple = line.rsplit(" ", 2)[0] + " ."  # "S P O G ." -> "S P O ."
            (claims if line.endswith(own) else descriptions).append(triple)
        return "".join(t + "\n" for t in claims), "".join(t + "\n" for t in descriptions)

    def __len__(self) -> int:
        """Triples in all: claims and descriptions."""
        return self.statements + len(self.claim_triples)
