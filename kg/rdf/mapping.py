"""Extraction dataclasses → RDF, following ../spec/rdf-contract.md.

Each article gives two graphs:

* its **claims**, for the article's own named graph: the ``schema:NewsArticle``, the NIF
  context and mentions, the surface forms it used, the posts it says people hold, its events;
* **descriptions** of the canonical entities and posts it refers to (types, labels,
  ``owl:sameAs``, coordinates), for the one shared entities graph, so that a description is
  stored once however many articles mention the entity.
"""
from __future__ import annotations

import hashlib
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from rdflib import BNode, Graph, Literal, URIRef

from .. import EXTRACTOR_VERSION
from ..extract.model import Entity, Event, Extraction, Span
from .. import vocab
from ..vocab import WD
from .iris import Iris
from .triples import Triples

if TYPE_CHECKING:
    from ..ingest.article import Article

__all__ = ["ArticleRDF", "to_rdf", "content_hash", "article_hash", "extractor_version"]


class _Terms:
    """A namespace whose terms are made once each: rdflib builds a new ``URIRef`` on every
    attribute access of a namespace (a couple of microseconds, and an article's mapping
    makes over a thousand). ``ns.name`` is the namespace's term, kept on first use;
    ``ns[key]`` too (types, event classes, datatypes), up to :attr:`ITEMS` keys."""

    ITEMS = 4096

    def __init__(self, namespace: object) -> None:
        self._namespace = namespace
        self._items: dict[str, URIRef] = {}

    def __getattr__(self, name: str) -> URIRef:
        term = getattr(self._namespace, name)
        setattr(self, name, term)  # the next access is an ordinary attribute
        return term

    def __getitem__(self, key: str) -> URIRef:
        term = self._items.get(key)
        if term is None:
            term = self._namespace[key]  # type: ignore[index]
            if len(self._items) < self.ITEMS:
                self._items[key] = term
        return term


GEO, ITSRDF, KGO, NIF, ORG, OWL, PROV, RDF, RDFS, SDO, SEM, SKOS, XSD = (
    _Terms(ns) for ns in (
        vocab.GEO, vocab.ITSRDF, vocab.KGO, vocab.NIF, vocab.ORG, vocab.OWL, vocab.PROV, vocab.RDF, vocab.RDFS,
        vocab.SDO, vocab.SEM, vocab.SKOS, vocab.XSD,
    )
)

_MODALITY = {
    "asserted": KGO.Asserted,
    "reported": KGO.Reported,
    "planned": KGO.Planned,
    "hypothetical": KGO.Hypothetical,
    "negated": KGO.Negated,
}
_ROLE_PROPERTY = {
    "agent": KGO.agent,
    "target": KGO.target,
    "speaker": KGO.speaker,
    "addressee": KGO.addressee,
    "mediator": KGO.mediator,
    "participant": KGO.participant,
}
_KIND_CLASSES = {
    "person": (SEM.Actor,),
    "organization": (SEM.Actor,),
    "group": (SEM.Actor, KGO.Group),
    "place": (SEM.Place,),
}


@dataclass
class ArticleRDF:
    """The RDF of one article: its claims (own graph) and the descriptions it needs (shared).

    ``claim_triples`` and ``description_triples`` are what the stores and writers use
    (N-Triples / N-Quads text straight from the terms); ``claims`` and ``descriptions`` are
    the same triples as rdflib Graphs, built on first use.
    """

    article_id: str
    graph: URIRef
    claim_triples: Triples
    description_triples: Triples
    content_hash: str
    #: (entities graph, claims and descriptions written, N-Quads bytes) once :meth:`nquads`
    #: made them (kept when pickled)
    _nquads: tuple[str, int, int, bytes] | None = field(default=None, init=False, repr=False, compare=False)

    def nquads(self, entities_graph: URIRef | str) -> bytes:
        """The article as a store loads it: N-Quads of its claims in its graph and of its
        descriptions in ``entities_graph``, UTF-8. Made once and kept, so that a worker
        process can make them and the process writing the store receive them ready (making
        the lines was a fifth of that process's work per article); triples added since
        (the text's signature, added by the writing process) are written after them.
        """
        key = str(entities_graph)
        claims, descriptions = len(self.claim_triples), len(self.description_triples)
        made = self._nquads
        if made is None or made[0] != key:
            made = (key, 0, 0, b"")
        if (made[1], made[2]) != (claims, descriptions):  # a Triples only grows: the lines of the new ones
            lines = [*self.claim_triples.lines(self.graph, made[1]),
                     *self.description_triples.lines(URIRef(key), made[2])]
            made = (key, claims, descriptions, made[3] + "".join(line + "\n" for line in lines).encode("utf-8"))
            self._nquads = made
        return made[3]

    @property
    def claims(self) -> Graph:
        """The article's own graph as an rdflib ``Graph``."""
        return self.claim_triples.graph()

    @property
    def descriptions(self) -> Graph:
        """The descriptions for the shared entities graph as an rdflib ``Graph``."""
        return self.description_triples.graph()

    def __len__(self) -> int:
        """Triples in all: claims and descriptions."""
        return len(self.claim_triples) + len(self.description_triples)


def extractor_version(model: str | None) -> str:
    return f"{EXTRACTOR_VERSION} ({model})" if model else EXTRACTOR_VERSION


def content_hash(ex: Extraction) -> str:
    """Changes when the article's text, metadata or the extractor change."""
    return article_hash(ex.article, ex.model)


def article_hash(a: "Article", model: str | None) -> str:
    """The content hash of article ``a`` read by ``model`` (a :func:`kg.nlp.model_description`),
    known before the article is parsed: a store that holds it needs no new extraction."""
    h = hashlib.sha256()
    for part in (a.text, a.title, a.url, a.published, a.publisher, a.language, extractor_version(model)):
        h.update(repr(part).encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


def _made_literal(lexical: str, value: object, datatype: URIRef | None) -> Literal:
    """The ``Literal`` rdflib's constructor makes of a ``str`` with no datatype (``value`` the
    string itself) or of an ``int`` with an integer datatype (``lexical`` its ``str``), made
    as it leaves it (the string and its four slots) without its parsing and checks: 5 to 15
    microseconds a literal, and an article makes a few hundred new ones (the text of each
    mention, each new offset). ``tests/rdf`` compares both ways, slot by slot.
    """
    literal = str.__new__(Literal, lexical)
    literal._language = None
    literal._datatype = datatype
    literal._value = value
    literal._ill_typed = None
    return literal


@lru_cache(maxsize=65536)  # offsets repeat across mentions, articles and runs
def _nonneg(n: int) -> Literal:
    if type(n) is int and n >= 0:
        return _made_literal(str(n), n, XSD.nonNegativeInteger)
    return Literal(n, datatype=XSD.nonNegativeInteger)


def _decimal(x: float) -> Literal:
    return _decimal_literal(f"{x:.3f}")


@lru_cache(maxsize=4096)  # confidences take a few values
def _decimal_literal(text: str) -> Literal:
    return Literal(text, datatype=XSD.decimal)


def _literal(value: object, datatype: URIRef | None = None) -> Literal:
    """``Literal(value, datatype=datatype)``, made once per value: names, labels,
    confidences and times recur across an article's mentions and events, and rdflib takes
    5-15 microseconds to make a literal (a typed one is parsed and checked)."""
    # values of another type are other literals (1 and 1.0), and so are 0.0 and -0.0
    return _cached_literal(value, datatype, repr(value) if isinstance(value, float) else None)


@lru_cache(maxsize=16384, typed=True)  # (an article makes a few hundred; older ones go first)
def _cached_literal(value: object, datatype: URIRef | None, spelled: str | None) -> Literal:
    if datatype is None and type(value) is str:
        return _made_literal(value, value, None)
    return Literal(value, datatype=datatype)


def to_rdf(ex: Extraction, iris: Iris) -> ArticleRDF:
    """Map one :class:`Extraction` to its claims and descriptions."""
    a = ex.article
    claims, desc = Triples(), Triples()
    art = iris.article(a.id)
    ctx = iris.context(a.id, len(a.text))
    chash = content_hash(ex)

    # the article
    claims.add((art, RDF.type, SDO.NewsArticle))
    if a.published:
        claims.add((art, SDO.datePublished, Literal(a.published.isoformat(), datatype=XSD.date)))
    if a.url:
        claims.add((art, SDO.url, Literal(a.url, datatype=XSD.anyURI)))
    if a.title:
        claims.add((art, SDO.headline, Literal(a.title)))
    if a.publisher:
        claims.add((art, SDO.publisher, Literal(a.publisher)))
    if a.language:
        claims.add((art, SDO.inLanguage, Literal(a.language)))
    if a.source:
        claims.add((art, KGO.source, Literal(a.source)))
    claims.add((art, SDO.identifier, Literal(a.id)))
    claims.add((art, KGO.extractorVersion, Literal(extractor_version(ex.model))))
    claims.add((art, KGO.contentHash, Literal(chash)))
    claims.add((art, SDO.text, ctx))

    # the text the offsets refer to
    # (no nif:beginIndex/endIndex on the context itself: its IRI says #char=0,len, and
    # consumers treat every node with a beginIndex as a mention with an anchor)
    claims.add((ctx, RDF.type, NIF.Context))
    claims.add((ctx, NIF.isString, Literal(a.text)))
    claims.add((ctx, NIF.sourceUrl, art))

    nodes_by_start: dict[int, URIRef] = {}
    for s in ex.sentences:
        node = _string(claims, iris, a.id, ctx, s, NIF.Sentence)
        nodes_by_start[s.start] = node
    sentence_of = _SentenceNodes(nodes_by_start)

    # entities and their mentions
    for n, entity in enumerate(ex.entities.values(), 1):
        node = iris.entity(entity.key)
        _describe_entity(desc, node, entity, iris)
        claims.update(((art, SDO.mentions, node), (node, PROV.wasDerivedFrom, art)))
        _link_evidence(claims, iris.link(a.id, n), node, entity)
    for m in ex.mentions:
        node = _string(claims, iris, a.id, ctx, m.span, NIF.Phrase)
        entity_node = iris.entity(m.entity)
        claims.add((node, ITSRDF.taIdentRef, entity_node))
        if m.ner_label:
            claims.add((node, KGO.nerLabel, _literal(m.ner_label)))
        if m.confidence is not None:
            claims.add((node, ITSRDF.taConfidence, _literal(m.confidence, datatype=XSD.double)))
    # the names the article called each entity by (surface forms, a nickname, an acronym the
    # text defined, a name in another script); not the city that stood for it ("Baku declared")
    for entity in ex.entities.values():
        node = iris.entity(entity.key)
        for alias in sorted(entity.aliases):
            if alias != entity.label:
                claims.add((node, SKOS.altLabel, _literal(alias)))

    # roles
    for role in ex.roles:
        post = iris.post(role.org or role.person, role.label)  # without an organisation: its holder's post
        person = iris.entity(role.person)
        claims.add((person, ORG.holds, post))
        desc.add((post, RDF.type, ORG.Post))
        desc.add((post, RDFS.label, _literal(role.label)))
        if role.org:
            org_node = iris.entity(role.org)
            desc.add((post, ORG.postIn, org_node))
            org_entity = ex.entities.get(role.org)
            if org_entity:
                desc.add((post, SKOS.prefLabel, _literal(f"{role.label} of {org_entity.label}")))
        if role.reports_to:
            claims.add((post, ORG.reportsTo, iris.entity(role.reports_to)))
        evidence = _string(claims, iris, a.id, ctx, role.span, NIF.Phrase)
        claims.add((evidence, KGO.sentence, sentence_of.containing(role.span.start)))
        claims.add((post, PROV.wasDerivedFrom, evidence))
        if role.confidence is not None:
            claims.add((evidence, KGO.confidence, _decimal(role.confidence)))

    # events
    for ev in ex.events:
        _event(claims, iris, a.id, art, ctx, ev, sentence_of)

    return ArticleRDF(
        article_id=a.id, graph=iris.article_graph(a.id), claim_triples=claims, description_triples=desc, content_hash=chash
    )


class _SentenceNodes:
    """The nodes of an article's sentences by their starts, in text order (the starts
    listed once per article, not again for each event and role)."""

    __slots__ = ("starts", "nodes")

    def __init__(self, nodes_by_start: dict[int, URIRef]) -> None:
        self.starts = list(nodes_by_start)
        self.nodes = list(nodes_by_start.values())

    def containing(self, offset: int) -> URIRef | BNode:
        """The node of the last sentence starting at or before ``offset``, else a new blank node."""
        at = bisect_right(self.starts, offset)
        return self.nodes[at - 1] if at else BNode()


def _string(g: Triples, iris: Iris, article_id: str, ctx: URIRef, span: Span, cls: URIRef) -> URIRef:
    node = iris.string(article_id, span.start, span.end)
    g.update((
        (node, RDF.type, NIF.String),
        (node, RDF.type, NIF.OffsetBasedString),
        (node, RDF.type, cls),
        (node, NIF.referenceContext, ctx),
        (node, NIF.beginIndex, _nonneg(span.start)),
        (node, NIF.endIndex, _nonneg(span.end)),
        (node, NIF.anchorOf, _literal(span.text)),
    ))
    return node


def _describe_entity(g: Triples, node: URIRef, entity: Entity, iris: Iris) -> None:
    for t in entity.types:
        g.add((node, RDF.type, SDO[t]))
    for cls in _KIND_CLASSES.get(entity.kind, ()):
        g.add((node, RDF.type, cls))
    if "Country" in entity.types:
        g.add((node, RDF.type, SEM.Actor))  # countries act as well as contain
    if entity.kind == "group":
        # a group named by a common noun ("gunmen", "IDPs") has no name: the article's
        # words describe it (schema:description) and it is no named entity of the graph,
        # yet events name it as a participant like any actor
        g.add((node, SDO.description, _literal(entity.label)))
    else:
        g.add((node, RDFS.label, _literal(entity.label)))
    if entity.wikidata:
        g.add((node, OWL.sameAs, WD[entity.wikidata]))
    if entity.link_source:
        g.add((node, KGO.linkSource, _literal(entity.link_source)))
    if entity.link_confidence is not None:
        g.add((node, KGO.confidence, _decimal(entity.link_confidence)))
    if entity.description:
        g.add((node, RDFS.comment, _literal(entity.description)))
    if entity.country:
        g.add((node, KGO.country, iris.entity(entity.country)))  # "Kenyan police": Kenya's
    if entity.geonames is not None:
        g.add((node, KGO.geonamesId, _literal(entity.geonames, datatype=XSD.integer)))
    if entity.lat is not None and entity.lon is not None:
        geom = URIRef(f"{node}#geometry")
        g.add((node, GEO.hasGeometry, geom))
        g.add((geom, RDF.type, GEO.Geometry))
        g.add((geom, GEO.asWKT, _literal(f"POINT({entity.lon:.5f} {entity.lat:.5f})", datatype=GEO.wktLiteral)))


def _sem_super_properties(g: Triples, iris: Iris, node: URIRef, ev: Event) -> None:
    """``sem:hasActor`` / ``sem:hasPlace`` next to kg's sub-properties (ontology/kg.ttl).

    Materialised so that a SEM-only query (``?e sem:hasActor ?a``) finds the actors and
    places without a reasoner; ``sem:hasTimeStamp`` is written as it is, kg has no
    sub-property of it.
    """
    for p in ev.participants:
        g.add((node, SEM.hasActor, iris.entity(p.entity)))
    for place in ([ev.place] + ev.also_places if ev.place else []):
        g.add((node, SEM.hasPlace, iris.entity(place)))


def _link_evidence(g: Triples, link: URIRef, node: URIRef, entity: Entity) -> None:
    """How this article identified the entity, kept in its own graph.

    The shared entities graph holds one ``kgo:linkSource`` and one ``kgo:confidence`` per
    entity; the store chooses them from the evidence of every article it holds
    (:meth:`kg.store.base.Store.settle_links`), so the choice survives articles being
    changed or removed, in any order.
    """
    if not entity.link_source:
        return
    g.add((link, KGO.linkedEntity, node))
    g.add((link, KGO.linkSource, _literal(entity.link_source)))
    if entity.link_confidence is not None:
        g.add((link, KGO.confidence, _decimal(entity.link_confidence)))


def _event(g: Triples, iris: Iris, article_id: str, art: URIRef, ctx: URIRef, ev: Event, sentence_of: _SentenceNodes) -> None:
    node = iris.event(article_id, ev.id)
    g.update((
        (node, RDF.type, KGO[ev.type]),
        (node, RDF.type, SEM.Event),
        (node, RDFS.label, _literal(ev.trigger.text)),
        (node, PROV.wasDerivedFrom, art),
    ))
    trigger = _string(g, iris, article_id, ctx, ev.trigger, NIF.Phrase)
    g.update((
        (node, KGO.trigger, trigger),
        (node, KGO.sentence, sentence_of.containing(ev.sentence.start)),
        (node, KGO.modality, _MODALITY[ev.modality]),
    ))
    if ev.confidence is not None:
        g.add((node, KGO.confidence, _decimal(ev.confidence)))
    for p in ev.participants:
        g.add((node, _ROLE_PROPERTY[p.role], iris.entity(p.entity)))
    if ev.place:
        for place in [ev.place] + ev.also_places:  # "strikes on Kharkiv and Zaporizhzhia": each
            g.add((node, KGO.eventPlace, iris.entity(place)))
    elif ev.inferred_place:
        g.add((node, KGO.inferredPlace, iris.entity(ev.inferred_place)))  # no sem:hasPlace: not stated
    _sem_super_properties(g, iris, node, ev)
    if ev.time:
        g.add((node, SEM.hasTimeStamp, _literal(ev.time.value, datatype=XSD[ev.time.xsd_type])))
        g.add((node, KGO.timePrecision, _literal(ev.time.precision)))
        if ev.time.end:  # a range: sem:hasTimeStamp is its start, and both ends are given
            g.add((node, SEM.hasBeginTimeStamp, _literal(ev.time.value, datatype=XSD[ev.time.xsd_type])))
            g.add((node, SEM.hasEndTimeStamp, _literal(ev.time.end, datatype=XSD[ev.time.xsd_type])))
        if ev.time.span:
            g.add((node, KGO.timeExpression, _string(g, iris, article_id, ctx, ev.time.span, NIF.Phrase)))
    if ev.quote:
        g.add((node, KGO.quote, _string(g, iris, article_id, ctx, ev.quote, NIF.Phrase)))
        g.add((node, KGO.quoteText, _literal(ev.quote.text)))
    if ev.channel:
        g.add((node, KGO.channel, _literal(ev.channel)))
    if ev.attributed_to:
        g.add((node, KGO.attributedTo, iris.event(article_id, ev.attributed_to)))
    if ev.scene:  # its place or time carried from the scene an earlier sentence set
        g.add((node, KGO.scene, iris.event(article_id, ev.scene)))
    if ev.count is not None:
        g.add((node, KGO.count, _literal(ev.count, datatype=XSD.integer)))
        if ev.count_unit:
            g.add((node, KGO.countUnit, _literal(ev.count_unit)))
    if ev.outcome:
        g.add((node, KGO.outcome, _literal(ev.outcome)))
    if ev.set_apart:
        g.add((node, KGO.setApart, _literal(ev.set_apart)))
    if ev.habitual:  # again and again, or a kind: no one dated occasion
        g.add((node, KGO.habitual, _literal(True)))
    for other in ev.same_as:
        g.add((node, OWL.sameAs, iris.event(article_id, other)))
