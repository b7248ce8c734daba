"""Near-duplicates in the store: each article's signature in its own graph, the links in one.

* The signature (:class:`~kg.dedup.minhash.Signature`) is a ``kgo:textSignature`` of the
  article node, written with the article's graph: it is replaced and removed with it.
* The links live in ``{base}graph/duplicates``: for each pair, a ``kgo:NearDuplicatePair``
  node with both articles and the similarity, and ``kgo:nearDuplicateOf`` both ways; when
  both come from one source (publisher, else URL host) on different dates, the later
  ``prov:wasRevisionOf`` the earlier (an updated version, not a copy on another site).
* The LSH index is rebuilt from the signatures the store holds when a load first needs it
  (one query), so it always matches the articles held, whatever store or process wrote them.

:class:`Deduplicator` ties them together for :func:`kg.run.load`.
"""
from __future__ import annotations

import urllib.parse
from collections.abc import Iterator
from typing import TYPE_CHECKING

from rdflib import Literal, URIRef

from ..rdf.triples import Triple
from ..vocab import KGO, NIF, PROV, RDF, SDO, XSD
from .index import DuplicateIndex, Match
from .minhash import Signature, is_current, signature

if TYPE_CHECKING:
    from ..rdf.iris import Iris
    from ..rdf.mapping import ArticleRDF
    from ..store.base import Store

__all__ = ["Deduplicator", "forget", "read_index", "record", "relink", "revision_links", "signature_triple", "signed"]


def signature_triple(iris: "Iris", article_id: str, sig: Signature) -> Triple:
    """``<article> kgo:textSignature "…"``, for the article's own graph."""
    return (iris.article(article_id), KGO.textSignature, Literal(sig.encode()))


def read_index(store: "Store") -> tuple[DuplicateIndex, int]:
    """The index of every signature of the current scheme the store's article graphs hold,
    and how many articles have none of this scheme (loaded before kg signed texts, or
    with other parameters: reloading them signs them)."""
    index = DuplicateIndex()
    prefix = store.iris.article_graph_prefix
    res = store.query(
        f"SELECT ?g ?sig WHERE {{ GRAPH ?g {{ ?a <{KGO.textSignature}> ?sig }} "
        f'FILTER(STRSTARTS(STR(?g), "{prefix}")) }}'
    )
    unsigned = 0
    for g, text in res.values:
        article_id = store.iris.article_id_of_graph(str(g)) if g is not None else None
        sig = Signature.decode(str(text)) if text is not None else None
        if article_id is None or sig is None:
            unsigned += 1
            continue
        index.add(article_id, sig)
    return index, unsigned


def signed(store: "Store", article_id: str) -> bool:
    """Whether the graph of ``article_id`` holds a signature of the current scheme (one that
    :func:`read_index` would index)."""
    graph = store.iris.article_graph(article_id)
    res = store.query(f"SELECT ?sig WHERE {{ GRAPH <{graph}> {{ ?a <{KGO.textSignature}> ?sig }} }}")
    return any(text is not None and is_current(text) for (text,) in res.values)


def forget(store: "Store", article_id: str) -> None:
    """Remove every near-duplicate link naming ``article_id`` (its pairs, both directions,
    and the revision links)."""
    graph = store.iris.duplicates_graph
    article = store.iris.article(article_id)
    links = []
    for prop in (KGO.nearDuplicateOf, PROV.wasRevisionOf):
        links.append(f"DELETE WHERE {{ GRAPH <{graph}> {{ <{article}> <{prop}> ?x }} }}")
        links.append(f"DELETE WHERE {{ GRAPH <{graph}> {{ ?x <{prop}> <{article}> }} }}")
    store.update(
        f"DELETE {{ GRAPH <{graph}> {{ ?pair ?p ?o }} }} "
        f"WHERE {{ GRAPH <{graph}> {{ ?pair <{KGO.pairedArticle}> <{article}> ; ?p ?o }} }} ;\n" + " ;\n".join(links)
    )


def _origins(store: "Store", articles: list[URIRef]) -> dict[URIRef, tuple[str | None, str | None]]:
    """Each article's source (its publisher, else its URL's host, case-folded) and date."""
    values = " ".join(f"<{a}>" for a in articles)
    res = store.query(
        f"SELECT ?a ?publisher ?url ?date WHERE {{ VALUES ?a {{ {values} }} "
        f"OPTIONAL {{ ?a <{SDO.publisher}> ?publisher }} OPTIONAL {{ ?a <{SDO.url}> ?url }} "
        f"OPTIONAL {{ ?a <{SDO.datePublished}> ?date }} }}"
    )
    found: dict[URIRef, tuple[str | None, str | None]] = {}
    for a, publisher, url, when in res.values:
        source = str(publisher).strip().casefold() if publisher is not None else None
        if source is None and url is not None:
            host = urllib.parse.urlsplit(str(url)).netloc.casefold()
            source = host[4:] if host.startswith("www.") else host or None
        found[URIRef(str(a))] = (source, str(when) if when is not None else None)
    return found


def revision_links(store: "Store", article_id: str, matches: list[Match]) -> list[tuple[URIRef, URIRef]]:
    """(later, earlier) for each match from the same source (publisher, else URL host) with
    an earlier publication date: the later is an updated version of the earlier
    (``prov:wasRevisionOf``). Copies on other sites, and versions of one date, get none."""
    if not matches:
        return []
    iris = store.iris
    a = iris.article(article_id)
    others = [iris.article(m.article_id) for m in matches]
    origins = _origins(store, [a, *others])
    source, when = origins.get(a, (None, None))
    links = []
    for b in others:
        other_source, other_when = origins.get(b, (None, None))
        if source is None or source != other_source or when is None or other_when is None or when == other_when:
            continue
        links.append((a, b) if when > other_when else (b, a))
    return links


def _decimal(value: float) -> str:
    """An xsd:decimal in canonical form (``0.91``, ``1.0``), as every store writes it back."""
    text = f"{value:.4f}".rstrip("0")
    return Literal(text + "0" if text.endswith(".") else text, datatype=XSD.decimal).n3()


def record(store: "Store", article_id: str, matches: list[Match]) -> None:
    """Write the links between ``article_id`` and each of ``matches`` into the duplicates graph."""
    if not matches:
        return
    iris = store.iris
    a = iris.article(article_id)
    lines = []
    for m in matches:
        b = iris.article(m.article_id)
        pair = iris.duplicate_pair(article_id, m.article_id)
        lines += [
            f"<{pair}> <{RDF.type}> <{KGO.NearDuplicatePair}> .",
            f"<{pair}> <{KGO.pairedArticle}> <{a}> .",
            f"<{pair}> <{KGO.pairedArticle}> <{b}> .",
            f"<{pair}> <{KGO.similarity}> {_decimal(m.similarity)} .",
            f"<{pair}> <{KGO.jaccard}> {_decimal(m.jaccard)} .",
            f"<{pair}> <{KGO.containment}> {_decimal(m.containment)} .",
            f"<{a}> <{KGO.nearDuplicateOf}> <{b}> .",
            f"<{b}> <{KGO.nearDuplicateOf}> <{a}> .",
        ]
    lines += [f"<{later}> <{PROV.wasRevisionOf}> <{earlier}> ." for later, earlier in revision_links(store, article_id, matches)]
    store.update(f"INSERT DATA {{ GRAPH <{iris.duplicates_graph}> {{\n" + "\n".join(lines) + "\n} }")


class Deduplicator:
    """Signs the articles of a load and links each written one to its near-duplicates.

    The index is read from the store on first use, then kept up to date as articles are
    written, so the articles of one run are compared with each other too::

        dedup = Deduplicator(store)
        dedup.sign(article.id, article.text)        # before extraction
        dedup.add_signature(rdf)                    # into the article's graph
        matches = dedup.written(article.id, store.put_article(rdf))
    """

    def __init__(self, store: "Store") -> None:
        self.store = store
        self._index: DuplicateIndex | None = None
        self._pending: dict[str, Signature] = {}

    @property
    def index(self) -> DuplicateIndex:
        """The LSH index of the articles held, read from the store on first use."""
        if self._index is None:
            self._index, _unsigned = read_index(self.store)
        return self._index

    def sign(self, article_id: str, text: str) -> None:
        """Compute the signature of an article about to be extracted."""
        self._pending[article_id] = signature(text)

    def add_signature(self, rdf: "ArticleRDF") -> None:
        """Put the signature :meth:`sign` computed into the article's graph (before it is written)."""
        sig = self._pending.get(rdf.article_id)
        if sig is not None:
            rdf.claim_triples.add(signature_triple(self.store.iris, rdf.article_id, sig))

    def signed_elsewhere(self, article_id: str, sig: Signature) -> None:
        """An article about to be written that another process signed (a worker of ``kg load
        --jobs``), the signature already in its graph: as :meth:`sign` and :meth:`add_signature`."""
        self._pending[article_id] = sig

    def written(self, article_id: str, state: str) -> list[Match]:
        """After ``put_article`` said ``state``: update the links and the index; the matches found."""
        sig = self._pending.pop(article_id, None)
        if sig is None or state == "unchanged":
            return []
        index = self.index
        if state == "replaced" or article_id in index:
            forget(self.store, article_id)
            index.remove(article_id)
        matches = index.matches(sig, exclude=article_id)
        record(self.store, article_id, matches)
        index.add(article_id, sig)
        return matches

    def signed(self, article_id: str) -> bool:
        """Whether the store holds a signature of the current scheme for ``article_id`` (then
        :meth:`unchanged` has nothing to do); asked of the article's graph, not the index."""
        return signed(self.store, article_id)

    def unchanged(self, article_id: str, text: str) -> list[Match]:
        """An article the store holds as it is: signed and linked now if it never was (a store
        written before kg signed texts, or with another scheme); else nothing to do.

        Before the index is first needed, the article's own graph is asked for its signature
        (one small query), so that a load finding every article unchanged never reads the
        signatures of the whole store."""
        if self._index is None and signed(self.store, article_id):
            return []
        index = self.index
        if article_id in index:
            return []
        sig = signature(text)
        if sig.size == 0:
            return []
        iris = self.store.iris
        graph = iris.article_graph(article_id)
        s, p, o = signature_triple(iris, article_id, sig)
        self.store.update(
            f"DELETE WHERE {{ GRAPH <{graph}> {{ <{s}> <{p}> ?old }} }} ;\n"
            f"INSERT DATA {{ GRAPH <{graph}> {{ <{s}> <{p}> {o.n3()} }} }}"
        )
        self._pending[article_id] = sig
        return self.written(article_id, "added")

    def removed(self, article_id: str) -> None:
        """After ``remove_article``: drop the article's links and its place in the index."""
        forget(self.store, article_id)
        if self._index is not None:
            self._index.remove(article_id)


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def relink(store: "Store") -> int:
    """Recompute every near-duplicate link of the store from scratch; returns the pairs found.

    Articles without a signature of the current scheme (written by ``kg bulk-load``, or
    before kg signed texts) are signed from the text their graph holds (``nif:isString``)
    first. The articles are then taken in the order of their ids, each compared with those
    before it, as :func:`kg.run.load` would have. Time and memory grow with the number of
    articles (one pass).
    """
    iris = store.iris
    prefix = iris.article_graph_prefix
    index, _unsigned = read_index(store)
    res = store.query(f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?a a <https://schema.org/NewsArticle> }} '
                      f'FILTER(STRSTARTS(STR(?g), "{prefix}")) }}')
    graphs = {str(g): iris.article_id_of_graph(str(g)) for (g,) in res.values if g is not None}
    unsigned = sorted(g for g, aid in graphs.items() if aid is not None and aid not in index)
    signatures = index.signatures()
    for chunk in _chunks(unsigned, 200):
        values = " ".join(f"<{g}>" for g in chunk)
        texts = store.query(f"SELECT ?g ?text WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?c <{NIF.isString}> ?text }} }}")
        updates = []
        for g, text in texts.values:
            aid = graphs.get(str(g))
            if aid is None or text is None:
                continue
            sig = signature(str(text))
            signatures[aid] = sig
            s, p, o = signature_triple(iris, aid, sig)
            updates.append(f"DELETE WHERE {{ GRAPH <{g}> {{ <{s}> <{p}> ?old }} }} ;\n"
                           f"INSERT DATA {{ GRAPH <{g}> {{ <{s}> <{p}> {o.n3()} }} }}")
        if updates:
            store.update(" ;\n".join(updates))
    store.update(f"DROP SILENT GRAPH <{iris.duplicates_graph}>")
    fresh = DuplicateIndex()
    pairs = 0
    for aid in sorted(signatures):
        sig = signatures[aid]
        matches = fresh.matches(sig, exclude=aid)
        record(store, aid, matches)
        pairs += len(matches)
        fresh.add(aid, sig)
    return pairs
