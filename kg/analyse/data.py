"""Read what analysis needs out of a store, with SPARQL only, into plain dataclasses.

Every projection, metric, path and export starts from one :class:`GraphData`: the
entities (shared descriptions), the articles, their sentences and mentions, and their
events with participants, place and time. It is read through :meth:`Store.query`, so every
backend works; the queries name their graphs (``GRAPH ?g``) or use ``DISTINCT``, because a
union default graph repeats a triple once per graph that holds it.

>>> from kg.config import Settings
>>> from kg.store import open_store
>>> with open_store("memory:", Settings()) as store:
...     data = read_graph_data(store)
>>> len(data.entities), len(data.events)
(0, 0)
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable

from ..vocab import GEO, ITSRDF, KGO, NIF, OWL, RDF, RDFS, SDO, SKOS
from .filters import Filters, time_interval
from .ontology import local_name, ontology_info

if TYPE_CHECKING:
    from rdflib import Dataset

    from ..store.base import Store

__all__ = [
    "EntityInfo",
    "ArticleInfo",
    "SentenceInfo",
    "MentionInfo",
    "EventInfo",
    "GraphData",
    "read_graph_data",
    "as_store",
    "ENTITY_TYPE_ORDER",
    "event_span",
]

#: schema.org types from most to least specific: an entity shows the first it has.
ENTITY_TYPE_ORDER = (
    "Person",
    "GovernmentOrganization",
    "NGO",
    "NewsMediaOrganization",
    "Corporation",
    "MilitaryOrganization",
    "EducationalOrganization",
    "Organization",
    "Country",
    "City",
    "State",
    "AdministrativeArea",
    "Landform",
    "Place",
)
_PLACE_TYPES = {"Country", "City", "State", "AdministrativeArea", "Landform", "Place"}
_POINT = re.compile(r"POINT\s*\(\s*([-+0-9.eE]+)\s+([-+0-9.eE]+)\s*\)", re.I)


@dataclass(frozen=True)
class EntityInfo:
    """A canonical entity: its IRI, label, schema.org types, Wikidata id and coordinates."""

    iri: str
    label: str
    types: tuple[str, ...] = ()  # schema.org local names, most specific first
    actor: bool = False  # sem:Actor (people, organisations, countries)
    place: bool = False  # sem:Place
    wikidata: str | None = None
    lat: float | None = None
    lon: float | None = None

    @property
    def type(self) -> str:
        """The most specific schema.org type ('Thing' when none is known)."""
        return self.types[0] if self.types else "Thing"

    @property
    def kind(self) -> str:
        """``place`` for places that are not actors (countries act), else ``actor``."""
        return "place" if self.place and not self.actor else "actor"


@dataclass(frozen=True)
class ArticleInfo:
    iri: str
    graph: str
    id: str
    published: str | None = None  # YYYY-MM-DD
    title: str | None = None
    url: str | None = None
    publisher: str | None = None

    @property
    def link(self) -> str:
        """Where a reader can open the article: its URL when known, else its IRI."""
        return self.url or self.iri


@dataclass(frozen=True)
class SentenceInfo:
    article: str  # article IRI
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class MentionInfo:
    entity: str
    article: str  # article IRI
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class EventInfo:
    """One event as the graph tells it."""

    iri: str
    article: str  # article IRI
    types: tuple[str, ...]  # class IRIs, most specific first (sem:Event last)
    label: str = ""
    time: str | None = None  # lexical form: YYYY-MM-DD, YYYY-MM or YYYY
    modality: str | None = None  # asserted, reported, …
    confidence: float | None = None
    participants: tuple[tuple[str, str], ...] = ()  # (role, entity IRI)
    places: tuple[str, ...] = ()
    trigger: tuple[int, int] | None = None
    sentence: tuple[int, int] | None = None
    attributed_to: str | None = None  # IRI of the statement that reports this event
    quote: str | None = None  # for statements: the quoted words
    #: a canonical event (one real-world event several reports tell, kg/canon): its reports,
    #: earliest first (``article``, ``trigger`` and ``sentence`` above are the first's);
    #: empty for an article's own event
    reports: tuple["EventInfo", ...] = ()

    @property
    def articles(self) -> tuple[str, ...]:
        """The IRIs of the articles that report the event, earliest first."""
        if not self.reports:
            return (self.article,)
        return tuple(dict.fromkeys(r.article for r in self.reports))

    @property
    def type(self) -> str:
        """The local name of the most specific class (``MilitaryOperation``)."""
        return local_name(self.types[0]) if self.types else "Event"

    @property
    def actors(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for _role, e in self.participants:
            seen.setdefault(e, None)
        return tuple(seen)


@dataclass
class GraphData:
    """Everything projections need, already filtered; see :func:`read_graph_data`."""

    base_iri: str
    entities: dict[str, EntityInfo] = field(default_factory=dict)
    articles: dict[str, ArticleInfo] = field(default_factory=dict)  # by article IRI
    events: list[EventInfo] = field(default_factory=list)
    mentions: list[MentionInfo] = field(default_factory=list)
    sentences: dict[str, list[SentenceInfo]] = field(default_factory=dict)  # by article, sorted
    filters: Filters = field(default_factory=Filters)

    def entity(self, iri: str) -> EntityInfo:
        """The entity ``iri`` (a bare one, labelled from its IRI, if it has no description)."""
        found = self.entities.get(iri)
        if found is None:
            tail = local_name(iri).replace("-", " ")
            found = EntityInfo(iri=iri, label=tail)
            self.entities[iri] = found
        return found

    def sentence_at(self, article: str, offset: int) -> SentenceInfo | None:
        """The sentence of ``article`` that contains the character ``offset``."""
        sents = self.sentences.get(article)
        if not sents:
            return None
        i = bisect.bisect_right([s.start for s in sents], offset) - 1
        if i >= 0 and sents[i].start <= offset < max(sents[i].end, sents[i].start + 1):
            return sents[i]
        return None

    def event_date(self, ev: EventInfo) -> str | None:
        """The event's own time, else its article's publication date."""
        if ev.time:
            return ev.time
        art = self.articles.get(ev.article)
        return art.published if art else None

    def mentions_by_entity(self) -> dict[str, list[MentionInfo]]:
        out: dict[str, list[MentionInfo]] = {}
        for m in self.mentions:
            out.setdefault(m.entity, []).append(m)
        return out


def as_store(source: "Store | Dataset", base_iri: str | None = None) -> "Store":
    """A :class:`~kg.store.base.Store` over ``source`` (a store, or an rdflib Dataset).

    A Dataset is wrapped, not copied: its named graphs are queried as a store's are.
    """
    from rdflib import Dataset

    from ..store.base import Store

    if isinstance(source, Store):
        return source
    if isinstance(source, Dataset):
        from ..config import DEFAULT_BASE_IRI
        from ..rdf.iris import Iris
        from ..store.memory import MemoryStore

        store = MemoryStore(Iris(base_iri or DEFAULT_BASE_IRI))
        store.dataset = Dataset(store=source.store, default_union=True)
        return store
    raise TypeError(f"expected a kg Store or an rdflib Dataset, not {type(source).__name__}")


def _s(term: Any) -> str | None:
    return None if term is None else str(term)


def _int(term: Any) -> int | None:
    try:
        return int(str(term))
    except (TypeError, ValueError):
        return None


def _values(var: str, iris: Iterable[str]) -> str:
    items = " ".join(f"<{i}>" for i in iris)
    return f"VALUES ?{var} {{ {items} }}"


def read_graph_data(source: "Store | Dataset", filters: Filters | None = None) -> GraphData:
    """Read entities, articles, sentences, mentions and events from ``source``.

    Parameters
    ----------
    source
        A kg store (any backend) or an rdflib Dataset laid out as kg writes it.
    filters
        What to keep: articles by id, events by type, modality and time window. Mentions
        and sentences are kept with their article (its publication date decides the time
        window for them). Unless ``filters.each_report``, a story counts once: the selected
        reports of one canonical event are one event
        (:func:`kg.analyse.canonical.merge_reports`), and what near-duplicate articles say
        in the same sentences counts once (:func:`kg.analyse.canonical.merge_copies`).

    Returns
    -------
    GraphData
    """
    store = as_store(source)
    filters = filters or Filters()
    onto = ontology_info()
    data = GraphData(base_iri=store.iris.base, filters=filters)

    # articles, then the selection of graphs everything else is read from
    rows = store.query(
        "SELECT ?g ?a ?id ?date ?title ?url ?pub WHERE { GRAPH ?g {\n"
        f"  ?a a <{SDO.NewsArticle}> .\n"
        f"  OPTIONAL {{ ?a <{SDO.identifier}> ?id }} OPTIONAL {{ ?a <{SDO.datePublished}> ?date }}\n"
        f"  OPTIONAL {{ ?a <{SDO.headline}> ?title }} OPTIONAL {{ ?a <{SDO.url}> ?url }}\n"
        f"  OPTIONAL {{ ?a <{SDO.publisher}> ?pub }}\n"
        "} }"
    ).values
    graphs: dict[str, str] = {}
    for g, a, aid, date_, title, url, pub in rows:
        if g is None or a is None or str(a) in data.articles:
            continue
        info = ArticleInfo(
            iri=str(a),
            graph=str(g),
            id=_s(aid) or store.iris.article_id_of_graph(str(g)) or local_name(str(a)),
            published=_s(date_),
            title=_s(title),
            url=_s(url),
            publisher=_s(pub),
        )
        if filters.articles and not ({info.id, info.iri, info.graph} & filters.articles):
            continue
        data.articles[info.iri] = info
        graphs[info.graph] = info.iri
    if filters.articles and not data.articles:
        from .filters import FilterError

        raise FilterError(
            f"no article in the store matches {', '.join(sorted(filters.articles))}; "
            "list them with `kg query articles`"
        )
    if not graphs:
        return data
    scope = _values("g", graphs) if filters.articles else ""

    # sentences
    for g, b, e, text in store.query(
        f"SELECT ?g ?b ?e ?text WHERE {{ {scope} GRAPH ?g {{ ?s a <{NIF.Sentence}> ; "
        f"<{NIF.beginIndex}> ?b ; <{NIF.endIndex}> ?e ; <{NIF.anchorOf}> ?text }} }}"
    ).values:
        art = graphs.get(_s(g) or "")
        b_, e_ = _int(b), _int(e)
        if art is None or b_ is None or e_ is None:
            continue
        data.sentences.setdefault(art, []).append(SentenceInfo(art, b_, e_, str(text)))
    for sents in data.sentences.values():
        sents.sort(key=lambda s: s.start)

    # mentions
    seen_mentions: set[tuple[str, str, int, int]] = set()
    for g, ent, b, e, anchor in store.query(
        f"SELECT ?g ?ent ?b ?e ?anchor WHERE {{ {scope} GRAPH ?g {{ ?m <{ITSRDF.taIdentRef}> ?ent ; "
        f"<{NIF.beginIndex}> ?b ; <{NIF.endIndex}> ?e . OPTIONAL {{ ?m <{NIF.anchorOf}> ?anchor }} }} }}"
    ).values:
        art = graphs.get(_s(g) or "")
        b_, e_ = _int(b), _int(e)
        if art is None or ent is None or b_ is None or e_ is None:
            continue
        if (filters.since or filters.until) and not filters.in_window(data.articles[art].published):
            continue  # a mention's time is its article's publication date
        key = (art, str(ent), b_, e_)
        if key in seen_mentions:
            continue
        seen_mentions.add(key)
        data.mentions.append(MentionInfo(str(ent), art, b_, e_, _s(anchor) or ""))
    data.mentions.sort(key=lambda m: (m.article, m.start, m.entity))

    _read_events(store, data, graphs, scope, onto)
    if not filters.each_report:
        from .canonical import merge_copies, merge_reports

        merge_reports(store, data)
        merge_copies(store, data)
    _read_entities(store, data)
    return data


def _read_events(store: "Store", data: GraphData, graphs: dict[str, str], scope: str, onto) -> None:  # type: ignore[no-untyped-def]
    filters = data.filters
    classes = _values("cls", onto.event_classes)
    types: dict[str, set[str]] = {}
    article_of: dict[str, str] = {}
    for g, ev, cls in store.query(
        f"SELECT DISTINCT ?g ?ev ?type WHERE {{ {scope} {classes} GRAPH ?g {{ ?ev a ?cls , ?type }} }}"
    ).values:
        art = graphs.get(_s(g) or "")
        if art is None or ev is None or cls is None:
            continue
        t = str(cls)
        types.setdefault(str(ev), set())
        article_of[str(ev)] = art
        if t in onto.event_classes or t.startswith(str(KGO)):
            types[str(ev)].add(t)
    if not types:
        return

    props: dict[str, dict[str, str]] = {}
    prop_names = {
        str(KGO.modality): "modality",
        str(KGO.confidence): "confidence",
        str(RDFS.label): "label",
        str(KGO.attributedTo): "attributed_to",
        str(KGO.quoteText): "quote",
        "http://semanticweb.cs.vu.nl/2009/11/sem/hasTimeStamp": "time",
        "http://semanticweb.cs.vu.nl/2009/11/sem/hasBeginTimeStamp": "time",
    }
    role_of = onto.actor_properties
    place_props = set(onto.place_properties)
    participants: dict[str, list[tuple[str, str]]] = {}
    places: dict[str, list[str]] = {}
    generic: dict[str, list[str]] = {}
    wanted = list(prop_names) + list(role_of) + sorted(place_props)
    for g, ev, p, o, v in store.query(
        f"SELECT ?g ?ev ?p ?o ?v WHERE {{ {scope} {_values('p', wanted)} "
        f"GRAPH ?g {{ ?ev ?p ?o . OPTIONAL {{ ?o <{RDF.value}> ?v }} }} }}"
    ).values:
        if ev is None or p is None or o is None or str(ev) not in types or graphs.get(_s(g) or "") != article_of[str(ev)]:
            continue
        e, prop = str(ev), str(p)
        target = str(v) if v is not None else str(o)
        if prop == _SEM_HAS_ACTOR:  # materialised next to kg's roles: kept only where no role says more
            generic.setdefault(e, []).append(target)
        elif prop in role_of:
            participants.setdefault(e, []).append((role_of[prop], target))
        elif prop in place_props:
            places.setdefault(e, []).append(target)
        elif prop in prop_names:
            props.setdefault(e, {}).setdefault(prop_names[prop], str(o))

    for e, targets in generic.items():
        known = {t for _r, t in participants.get(e, [])}
        for t in dict.fromkeys(targets):
            if t not in known:
                participants.setdefault(e, []).append((role_of.get(_SEM_HAS_ACTOR, "participant"), t))

    spans: dict[str, dict[str, tuple[int, int]]] = {}
    for g, ev, which, b, e in store.query(
        f"SELECT ?g ?ev ?which ?b ?e WHERE {{ {scope} GRAPH ?g {{ ?ev ?which ?s . "
        f"?s <{NIF.beginIndex}> ?b ; <{NIF.endIndex}> ?e }} "
        f"VALUES ?which {{ <{KGO.trigger}> <{KGO.sentence}> }} }}"
    ).values:
        b_, e_ = _int(b), _int(e)
        if ev is None or b_ is None or e_ is None or str(ev) not in types or graphs.get(_s(g) or "") != article_of[str(ev)]:
            continue
        spans.setdefault(str(ev), {})[local_name(str(which))] = (b_, e_)

    for ev in sorted(types):
        cls = types[ev]
        specific = sorted(
            (c for c in cls if c not in ("http://semanticweb.cs.vu.nl/2009/11/sem/Event", str(KGO.Event))),
            key=lambda c: (-len(onto.superclasses.get(c, ())), c),
        )
        ordered = tuple(specific) + tuple(c for c in (str(KGO.Event), "http://semanticweb.cs.vu.nl/2009/11/sem/Event") if c in cls)
        p = props.get(ev, {})
        conf = p.get("confidence")
        info = EventInfo(
            iri=ev,
            article=article_of[ev],
            types=ordered,
            label=p.get("label", ""),
            time=p.get("time"),
            modality=local_name(p["modality"]).lower() if "modality" in p else None,
            confidence=float(conf) if conf not in (None, "") else None,
            participants=tuple(sorted(set(participants.get(ev, ())), key=_role_order)),
            places=tuple(sorted(set(places.get(ev, ())))),
            trigger=spans.get(ev, {}).get("trigger"),
            sentence=spans.get(ev, {}).get("sentence"),
            attributed_to=p.get("attributed_to"),
            quote=p.get("quote"),
        )
        if filters.event_types and not onto.matches(info.types, filters.event_types):
            continue
        if filters.modalities and (info.modality or "asserted") not in filters.modalities:
            continue
        if not filters.in_window(info.time, data.articles[info.article].published):
            continue
        data.events.append(info)
    data.events.sort(key=lambda e: (data.event_date(e) or "", e.iri))


def _read_entities(store: "Store", data: GraphData) -> None:
    """Describe every entity the articles mention or the events involve."""
    wanted: set[str] = {m.entity for m in data.mentions}
    for ev in data.events:
        wanted.update(e for _r, e in ev.participants)
        wanted.update(ev.places)
    if not wanted:
        return
    raw: dict[str, dict[str, Any]] = {}
    graph = store.iris.entities_graph
    for e, p, o in store.query(
        f"SELECT DISTINCT ?e ?p ?o WHERE {{ GRAPH <{graph}> {{ ?e ?p ?o }} "
        f"VALUES ?p {{ <{RDF.type}> <{RDFS.label}> <{SKOS.prefLabel}> <{OWL.sameAs}> <{SDO.description}> }} }}"
    ).values:
        if e is None or str(e) not in wanted:
            continue
        d = raw.setdefault(str(e), {"types": set(), "labels": [], "same": []})
        if str(p) == str(RDF.type):
            d["types"].add(str(o))
        elif str(p) == str(OWL.sameAs):
            d["same"].append(str(o))
        elif str(p) == str(SDO.description):
            d["described"] = str(o)  # a group named by a common noun: its words, shown when it has no name
        else:
            d["labels"].append(str(o))
    for e, wkt in store.query(
        f"SELECT DISTINCT ?e ?wkt WHERE {{ GRAPH <{graph}> {{ ?e <{GEO.hasGeometry}> ?geom . ?geom <{GEO.asWKT}> ?wkt }} }}"
    ).values:
        if e is None or str(e) not in wanted:
            continue
        m = _POINT.search(str(wkt))
        if m:
            raw.setdefault(str(e), {"types": set(), "labels": [], "same": []})["point"] = (float(m.group(1)), float(m.group(2)))
    event_places = {p for ev in data.events for p in ev.places}
    for iri in sorted(wanted):
        d = raw.get(iri)
        if d is None:
            data.entity(iri)
            continue
        local = {local_name(t) for t in d["types"] if t.startswith(str(SDO))}
        types = tuple(t for t in ENTITY_TYPE_ORDER if t in local) + tuple(sorted(local - set(ENTITY_TYPE_ORDER)))
        sem = {local_name(t) for t in d["types"] if "semanticweb.cs.vu.nl" in t}
        place = "Place" in sem or bool(local & _PLACE_TYPES) or iri in event_places
        actor = "Actor" in sem or "Group" in {local_name(t) for t in d["types"]} or not place
        wikidata = next((local_name(s) for s in sorted(d["same"]) if "wikidata.org/entity/" in s), None)
        lon, lat = d.get("point", (None, None))
        label = sorted(d["labels"])[0] if d["labels"] else d.get("described") or local_name(iri).replace("-", " ")
        data.entities[iri] = EntityInfo(
            iri=iri, label=label, types=types, actor=actor, place=place, wikidata=wikidata, lat=lat, lon=lon
        )


_SEM_HAS_ACTOR = "http://semanticweb.cs.vu.nl/2009/11/sem/hasActor"
_ROLE_ORDER = {"agent": 0, "speaker": 1, "mediator": 2, "target": 3, "addressee": 4, "participant": 5}


def _role_order(pair: tuple[str, str]) -> tuple[int, str, str]:
    return (_ROLE_ORDER.get(pair[0], 9), pair[0], pair[1])


def event_span(ev: EventInfo) -> tuple[str, str] | None:
    """The first and last day (ISO) an event's time covers, or None."""
    span = time_interval(ev.time)
    return (span[0].isoformat(), span[1].isoformat()) if span else None

