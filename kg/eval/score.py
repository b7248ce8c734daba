"""Score an article's graph against a gold annotation: precision and recall by kind.

The graph is read only through the standard vocabularies of the RDF contract (schema.org
types, ``owl:sameAs`` to Wikidata, NIF mentions, W3C ORG posts, SEM events), with the
class hierarchy of kg's ontology (``ontology/*.ttl``) and of schema.org. The knowledge
base is *not* read: an entity, a link or a post counts only if the article's graph says it.

=========  ==========================================================================
kind       predicted, correct
=========  ==========================================================================
entities   the entities the article mentions (``itsrdf:taIdentRef``); correct when one
           stands for a gold entity (``owl:sameAs`` its Wikidata id, else a label that
           matches). Recall: gold entities (not optional) found.
types      found gold entities; correct when a node has the gold type or a subclass.
links      ``owl:sameAs wd:…`` on nodes whose label matches a gold entity with a
           Wikidata id; correct when it is that id. Recall: such gold entities linked.
points     found gold entities with a ``point`` whose node has a coordinate
           (GeoSPARQL ``geo:hasGeometry``/``geo:asWKT "POINT(lon lat)"``); correct
           when one lies within the entity's ``within_km`` (great-circle distance).
           Recall: gold entities (not optional) with a point, found with a right one.
roles      posts held (``org:holds``) by mentioned people; correct when a gold role
           matches the person, the post's label and its ``org:postIn``.
events     ``sem:Event`` nodes; correct when one fully matches a gold event (type,
           every actor, place, time). Recall: gold events matched.
=========  ==========================================================================

Precision counts every prediction no gold item matches as wrong, so it is exact only for
a gold file that lists everything of that kind the article says; recall is exact always.
A kind the gold file has no section for ("roles", "events") is not scored at all.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from ..kb.distance import distance_km
from ..vocab import GEO, ITSRDF, NIF, ORG, OWL, RDF, RDFS, SDO, SEM, SKOS, WD, XSD
from .gold import Gold, GoldEntity, Ref

if TYPE_CHECKING:
    from ..config import Settings

__all__ = ["Count", "Result", "KINDS", "score_graph", "evaluate", "article_graph", "schema_axioms", "wkt_point"]

KINDS = ("entities", "types", "links", "points", "roles", "events")

_SDO_HTTP = "http://schema.org/"
_PRIMARY = (RDFS.label, SKOS.prefLabel, SDO.name)
_LABELS = _PRIMARY + (SKOS.altLabel,)
_DATES = {XSD.date, XSD.dateTime, XSD.gYear, XSD.gYearMonth}
#: a WKT point, after an optional CRS IRI: POINT(lon lat) (CRS84 order)
_WKT_POINT = re.compile(r"^\s*(?:<[^>]*>\s*)?POINT\s*(?:Z\s*|M\s*|ZM\s*)?\(\s*([-+]?[\d.]+(?:[eE][-+]?\d+)?)\s+([-+]?[\d.]+(?:[eE][-+]?\d+)?)", re.I)


def wkt_point(wkt: str) -> tuple[float, float] | None:
    """The (lat, lon) of a WKT ``POINT(lon lat)`` literal, or None when it is not a point.

    >>> wkt_point("POINT(25.34940 13.62790)")
    (13.6279, 25.3494)
    >>> wkt_point("<http://www.opengis.net/def/crs/OGC/1.3/CRS84> POINT(30.5 50.45)")
    (50.45, 30.5)
    >>> wkt_point("POLYGON((0 0, 1 0, 1 1, 0 0))") is None
    True
    """
    m = _WKT_POINT.match(wkt)
    if not m:
        return None
    try:
        lon, lat = float(m.group(1)), float(m.group(2))
    except ValueError:
        return None
    return (lat, lon) if -90 <= lat <= 90 and -180 <= lon <= 180 else None


@dataclass
class Count:
    """Gold items, predictions, and how many of each were right."""

    gold: int = 0
    predicted: int = 0
    found: int = 0  # gold items matched (recall's numerator)
    correct: int = 0  # predictions matched (precision's numerator)

    @property
    def precision(self) -> float | None:
        return self.correct / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.found / self.gold if self.gold else None

    def __iadd__(self, other: "Count") -> "Count":
        self.gold += other.gold
        self.predicted += other.predicted
        self.found += other.found
        self.correct += other.correct
        return self


@dataclass
class Result:
    """The score of one gold file (or the sum of several: ``name`` ``"total"``)."""

    name: str
    counts: dict[str, Count] = field(default_factory=lambda: {k: Count() for k in KINDS})
    wrong: int = 0  # gold "not_entities" the graph has
    misses: list[str] = field(default_factory=list)  # what was missed or wrong, one line each

    def add(self, other: "Result") -> None:
        for kind in KINDS:
            self.counts[kind] += other.counts[kind]
        self.wrong += other.wrong


# ---------------------------------------------------------------------- the graph


def schema_axioms(graph: Graph) -> None:
    """Add kg's ontology (class hierarchy, not the knowledge base) and schema.org's tree."""
    from ..extract.linking import SCHEMA_PARENTS
    from ..resources import ontology_dir

    for f in sorted(ontology_dir().glob("*.ttl")):
        graph.parse(f, format="turtle")
    for child, parent in SCHEMA_PARENTS.items():
        graph.add((SDO[child], RDFS.subClassOf, SDO[parent]))
    for top in ("Place", "Organization", "Person"):
        graph.add((SDO[top], RDFS.subClassOf, SDO.Thing))


def article_graph(gold: Gold, settings: "Settings") -> Graph:
    """Extract the gold file's article with ``settings`` and return its graph (claims and descriptions)."""
    from ..errors import EvaluationError
    from ..run import Report, _articles, extract_rdf

    if not gold.article.is_file():
        raise EvaluationError(f"{gold.path}: the article {gold.article} does not exist; fix article.path (relative to the gold file)")
    report = Report()
    graph = Graph()
    for rdf in extract_rdf(_articles([gold.article], gold.published, report, settings), settings, report):
        for triple in rdf.claim_triples:
            graph.add(triple)
        for triple in rdf.description_triples:
            graph.add(triple)
    if report.skipped:
        raise EvaluationError(f"{gold.article}: {report.skipped[0]}")
    return graph


class _View:
    """The graph read through the standard vocabularies, with class closure."""

    def __init__(self, graph: Graph) -> None:
        self.g = graph
        self._supers: dict[Node, set[Node]] = {}
        # http://schema.org/ is https://schema.org/
        for term in set(graph.subjects()) | set(graph.objects()):
            if isinstance(term, URIRef) and str(term).startswith(_SDO_HTTP):
                graph.add((term, OWL.equivalentClass, SDO[str(term)[len(_SDO_HTTP):]]))

    def supers(self, cls: Node) -> set[Node]:
        if cls not in self._supers:
            out, todo = {cls}, [cls]
            while todo:
                c = todo.pop()
                for p in list(self.g.objects(c, RDFS.subClassOf)) + list(self.g.objects(c, OWL.equivalentClass)):
                    if p not in out:
                        out.add(p)
                        todo.append(p)
            self._supers[cls] = out
        return self._supers[cls]

    def types(self, node: Node) -> set[Node]:
        out: set[Node] = set()
        for c in self.g.objects(node, RDF.type):
            out |= self.supers(c)
        return out

    def labels(self, node: Node, props: Iterable[URIRef] = _LABELS) -> set[str]:
        return {str(o).strip() for p in props for o in self.g.objects(node, p)}

    def points(self, node: Node) -> list[tuple[float, float]]:
        """The node's coordinates: ``geo:hasGeometry`` / ``geo:asWKT`` points (or a WKT on the node)."""
        out = []
        for geom in [node, *self.g.objects(node, GEO.hasGeometry)]:
            for wkt in self.g.objects(geom, GEO.asWKT):
                point = wkt_point(str(wkt))
                if point is not None:
                    out.append(point)
        return out

    def is_mention(self, node: Node) -> bool:
        return (node, NIF.beginIndex, None) in self.g or (node, NIF.anchorOf, None) in self.g

    def by_label(self, ent: GoldEntity) -> set[Node]:
        pattern = ent.pattern
        return {
            s
            for p in _LABELS
            for s, o in self.g.subject_objects(p)
            if pattern.fullmatch(str(o).strip()) and not self.is_mention(s) and (s, RDF.type, None) in self.g
        }

    def resolve(self, ent: GoldEntity) -> set[Node]:
        """Nodes that stand for a gold entity: ``owl:sameAs`` its Wikidata item, else by label."""
        nodes: set[Node] = set()
        if ent.wikidata:
            wd = WD[ent.wikidata]
            nodes = {s for s in self.g.subjects(OWL.sameAs, wd) if not self.is_mention(s)}
        return nodes or self.by_label(ent)

    def sub_properties(self, prop: URIRef) -> set[Node]:
        out, todo = {prop}, [prop]
        while todo:
            p = todo.pop()
            for s in self.g.subjects(RDFS.subPropertyOf, p):
                if s not in out:
                    out.add(s)
                    todo.append(s)
        return out

    def linked(self, node: Node, prop: URIRef, targets: set[Node]) -> bool:
        for p in self.sub_properties(prop):
            for o in self.g.objects(node, p):
                if o in targets or set(self.g.objects(o, RDF.value)) & targets:
                    return True
        return False

    def dates_near(self, node: Node) -> set[str]:
        out, frontier = set(), {node}
        for _ in range(2):
            nxt = set()
            for n in frontier:
                for p, o in self.g.predicate_objects(n):
                    if isinstance(o, Literal) and o.datatype in _DATES:
                        out.add(str(o))
                    elif not isinstance(o, Literal) and p != RDF.type:
                        nxt.add(o)
            frontier = nxt
        return out


def _local(term: Node) -> str:
    return re.split(r"[#/]", str(term))[-1]


# ---------------------------------------------------------------------- scoring


def score_graph(graph: Graph, gold: Gold) -> Result:
    """Score ``graph`` (one article's claims and descriptions) against ``gold``.

    ``graph`` is read as it is, plus :func:`schema_axioms` (added in place).
    """
    schema_axioms(graph)
    view = _View(graph)
    result = Result(gold.name)
    resolved = {e.key: view.resolve(e) for e in gold.entities}

    def nodes(ref: Ref) -> set[Node]:
        return set().union(*(resolved.get(k, set()) for k in ref))

    _entities(view, gold, resolved, result)
    _links(view, gold, result)
    _points(view, gold, resolved, result)
    _negatives(view, gold, result)
    if "roles" in gold.annotated:
        _roles(view, gold, nodes, result)
    if "events" in gold.annotated:
        _events(view, gold, nodes, result)
    return result


def _entities(view: _View, gold: Gold, resolved: dict[str, set[Node]], result: Result) -> None:
    ents, types = result.counts["entities"], result.counts["types"]
    mentioned = set(view.g.objects(None, ITSRDF.taIdentRef))
    gold_nodes = set().union(*resolved.values()) if resolved else set()
    ents.predicted = len(mentioned)
    ents.correct = len(mentioned & gold_nodes)
    for node in sorted(mentioned - gold_nodes, key=str):
        result.misses.append(f"entity   not in the gold: {', '.join(sorted(view.labels(node, _PRIMARY))) or node}")
    for ent in gold.entities:
        if ent.optional:
            continue
        ents.gold += 1
        types.gold += 1
        found = resolved[ent.key]
        if not found:
            result.misses.append(f"entity   missed: {ent.label}")
            continue
        ents.found += 1
        types.predicted += 1
        if any(SDO[ent.type] in view.types(n) for n in found):
            types.found += 1
            types.correct += 1
        else:
            got = sorted({_local(c) for n in found for c in view.g.objects(n, RDF.type)})
            result.misses.append(f"type     {ent.label}: not {ent.type} (has {', '.join(got) or 'no type'})")


def _links(view: _View, gold: Gold, result: Result) -> None:
    links = result.counts["links"]
    for ent in gold.entities:
        if not ent.wikidata:
            continue
        want = WD[ent.wikidata]
        candidates = view.by_label(ent) | set(view.g.subjects(OWL.sameAs, want))
        if not ent.optional:
            links.gold += 1
            if any((n, OWL.sameAs, want) in view.g for n in candidates):
                links.found += 1
            else:
                result.misses.append(f"link     {ent.label}: no owl:sameAs wd:{ent.wikidata}")
        for n in candidates:
            for target in view.g.objects(n, OWL.sameAs):
                if str(target).startswith(str(WD)):
                    links.predicted += 1
                    links.correct += target == want
                    if target != want:
                        result.misses.append(f"link     {ent.label}: wrong owl:sameAs {target}")


def _points(view: _View, gold: Gold, resolved: dict[str, set[Node]], result: Result) -> None:
    points = result.counts["points"]
    for ent in gold.entities:
        if ent.point is None or ent.optional:
            continue
        points.gold += 1
        found = resolved[ent.key]
        if not found:
            result.misses.append(f"point    {ent.label}: entity not found")
            continue
        got = [p for n in sorted(found, key=str) for p in view.points(n)]
        if not got:
            result.misses.append(f"point    {ent.label}: no coordinate (gold {ent.point[0]:.4f}, {ent.point[1]:.4f})")
            continue
        points.predicted += 1
        nearest = min(got, key=lambda p: distance_km(p, ent.point))
        km = distance_km(nearest, ent.point)
        if km <= ent.within_km:
            points.found += 1
            points.correct += 1
        else:
            result.misses.append(
                f"point    {ent.label}: at {nearest[0]:.4f}, {nearest[1]:.4f}, {km:.0f} km from gold "
                f"{ent.point[0]:.4f}, {ent.point[1]:.4f} (within {ent.within_km:g} km)"
            )


def _negatives(view: _View, gold: Gold, result: Result) -> None:
    for neg in gold.not_entities:
        pattern = re.compile(neg.label, re.I)
        hits = set()
        for p in _PRIMARY:
            for s, o in view.g.subject_objects(p):
                if view.is_mention(s) or not pattern.fullmatch(str(o).strip()):
                    continue
                if (s, RDF.type, ORG.Post) in view.g:  # a post ("Secretary-General") is no entity
                    continue
                if (s, RDF.type, SEM.Event) in view.g:  # nor is an event ("Martial Law" imposed)
                    continue
                if (s, RDF.type, SKOS.Concept) in view.g:  # nor a concept of the ontology (kgo:Territory, "territory")
                    continue
                if neg.wrong_type is None or SDO[neg.wrong_type] in view.types(s):
                    hits.add(s)
        if hits:
            result.wrong += 1
            what = f" as {neg.wrong_type}" if neg.wrong_type else ""
            result.misses.append(f"wrong    {neg.label}{what}: {len(hits)} node(s)")


def _post_labels(view: _View, post: Node) -> set[str]:
    return view.labels(post) | {l for r in view.g.objects(post, ORG.role) for l in view.labels(r)}


def _roles(view: _View, gold: Gold, nodes, result: Result) -> None:
    roles = result.counts["roles"]
    mentioned = set(view.g.objects(None, ITSRDF.taIdentRef))
    held = [(p, post) for p, post in view.g.subject_objects(ORG.holds) if p in mentioned]
    roles.predicted = len(held)
    matched: set[tuple[Node, Node]] = set()
    for role in gold.roles:
        persons, orgs = nodes(role.person), nodes(role.org)
        pattern = re.compile(role.role, re.I)
        hit = [
            (p, post)
            for p, post in held
            if p in persons
            and set(view.g.objects(post, ORG.postIn)) & orgs
            and any(pattern.search(t) for t in _post_labels(view, post))
        ]
        roles.gold += 1
        if hit:
            roles.found += 1
            matched.update(hit)
        else:
            result.misses.append(f"role     missed: {'|'.join(role.person)} /{role.role}/ in {'|'.join(role.org)}")
    roles.correct = len(matched)
    for p, post in held:
        if (p, post) not in matched:
            who = ", ".join(sorted(view.labels(p, _PRIMARY)))
            result.misses.append(f"role     not in the gold: {who}: {', '.join(sorted(_post_labels(view, post)))}")


def _events(view: _View, gold: Gold, nodes, result: Result) -> None:
    counts = result.counts["events"]
    event_classes = {SEM.Event}
    todo = [SEM.Event]
    while todo:
        c = todo.pop()
        for s in list(view.g.subjects(RDFS.subClassOf, c)) + list(view.g.subjects(OWL.equivalentClass, c)):
            if s not in event_classes:
                event_classes.add(s)
                todo.append(s)
    events = {s for s, c in view.g.subject_objects(RDF.type) if c in event_classes}
    counts.predicted = len(events)
    right: set[Node] = set()
    for ev in gold.events:
        pattern = re.compile(ev.type, re.I)
        best: list[str] | None = None
        for e in events:
            classes = view.types(e)
            names = {_local(c).lower() for c in classes} | {l for c in classes for l in view.labels(c)}
            missing = [] if any(pattern.search(n) for n in names) else ["type"]
            missing += [f"actor {'|'.join(a)}" for a in ev.actors if not view.linked(e, SEM.hasActor, nodes(a))]
            if ev.place and not view.linked(e, SEM.hasPlace, nodes(ev.place)):
                missing.append(f"place {'|'.join(ev.place)}")
            if ev.time and not any(d.startswith(ev.time) for d in view.dates_near(e)):
                missing.append(f"time {ev.time}")
            if not missing:
                right.add(e)
            if best is None or len(missing) < len(best):
                best = missing
        counts.gold += 1
        if best == []:
            counts.found += 1
        else:
            why = f"closest lacks {', '.join(best)}" if best else "no sem:Event in the graph"
            result.misses.append(f"event    missed: {ev.id} ({why})")
    counts.correct = len(right)


#: seconds scoring one gold file may take: its regular expressions are the user's, and a
#: catastrophic one (``(.*.*)*Q``) would otherwise run for hours
SCORE_TIME_LIMIT = 60.0


def _score_in_time(graph: Graph, gold: Gold) -> Result:
    from ..errors import EvaluationError, TimeLimitError
    from ..timelimit import time_limit

    try:
        with time_limit(SCORE_TIME_LIMIT, f"scoring against {gold.name}"):
            return score_graph(graph, gold)
    except TimeLimitError as exc:
        raise EvaluationError(
            f"{gold.path}: {exc}: one of its regular expressions (match, label, role, type) is probably "
            "catastrophic, such as (.*.*)*Q; simplify it"
        ) from None


def evaluate(golds: Iterable[Gold], settings: "Settings", *, graphs: dict[str, Graph] | None = None) -> list[Result]:
    """Extract each gold file's article with ``settings`` and score it.

    Parameters
    ----------
    golds : iterable of Gold
        Gold files (:func:`kg.eval.load_gold`).
    settings : Settings
        The model and knowledge base to extract with.
    graphs : dict of str to Graph, optional
        Graphs to score instead of extracting, by gold name (``kg eval --rdf``).

    Returns
    -------
    list of Result
        One per gold file, then their sum named ``"total"`` when there are several.
    """
    results = []
    for gold in golds:
        graph = (graphs or {}).get(gold.name)
        if graph is None:
            graph = article_graph(gold, settings)
        results.append(_score_in_time(graph, gold))
    if len(results) > 1:
        total = Result("total")
        for r in results:
            total.add(r)
        results.append(total)
    return results
