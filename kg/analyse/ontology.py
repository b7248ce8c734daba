"""What analysis needs to know from the ontology: event classes and participant properties.

Read once from the ``ontology/*.ttl`` files shipped with kg, so that projections find every
event class (anything under ``sem:Event``) and every way of naming a participant (any
sub-property of ``sem:hasActor``) or a place (of ``sem:hasPlace``) without a list in code.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..vocab import KGO_IRI, RDFS, SEM

__all__ = ["OntologyInfo", "ontology_info", "local_name"]

#: Roles kg's mapping writes, as a fallback when the ontology files cannot be read.
_ROLE_FALLBACK = ("agent", "target", "speaker", "addressee", "mediator", "participant")


def local_name(iri: str) -> str:
    """The part of an IRI after its last ``#`` or ``/``."""
    for sep in ("#", "/"):
        if sep in iri:
            iri = iri.rsplit(sep, 1)[1]
    return iri


@dataclass(frozen=True)
class OntologyInfo:
    """Event classes (IRI → label, IRI → superclasses) and participant properties."""

    event_classes: dict[str, str] = field(default_factory=dict)
    superclasses: dict[str, frozenset[str]] = field(default_factory=dict)
    actor_properties: dict[str, str] = field(default_factory=dict)  # IRI -> role name
    place_properties: tuple[str, ...] = ()

    def event_label(self, iri: str) -> str:
        """A class's ``rdfs:label`` (its local name when it has none)."""
        return self.event_classes.get(iri) or local_name(iri)

    def matches(self, type_iris: tuple[str, ...], wanted: frozenset[str]) -> bool:
        """Whether any of ``type_iris`` or their superclasses is named in ``wanted``.

        ``wanted`` holds lower-case local names or IRIs.
        """
        for t in type_iris:
            for c in (t, *self.superclasses.get(t, ())):
                if c.lower() in wanted or local_name(c).lower() in wanted:
                    return True
        return False


@lru_cache(maxsize=1)
def ontology_info() -> OntologyInfo:
    """The ontology facts analysis uses (parsed once per process)."""
    from rdflib import Graph, URIRef

    from ..resources import ontology_dir

    g = Graph()
    try:
        for f in sorted(ontology_dir().glob("*.ttl")):
            g.parse(f, format="turtle")
    except Exception:  # an unreadable ontology must not stop analysis: fall back to kg's names
        g = Graph()

    def below(top: URIRef, prop: URIRef) -> set[URIRef]:
        seen: set[URIRef] = set()
        todo = [top]
        while todo:
            node = todo.pop()
            for sub in g.subjects(prop, node):
                if isinstance(sub, URIRef) and sub not in seen:
                    seen.add(sub)
                    todo.append(sub)
        return seen

    def label(node: URIRef) -> str:
        labels = sorted(g.objects(node, RDFS.label), key=lambda lit: (getattr(lit, "language", None) not in (None, "en"), str(lit)))
        return str(labels[0]) if labels else local_name(str(node))

    classes = below(SEM.Event, RDFS.subClassOf) | {URIRef(KGO_IRI + "Event")}
    event_classes = {str(c): label(c) for c in classes}
    event_classes[str(SEM.Event)] = "event"
    supers: dict[str, frozenset[str]] = {}
    for c in classes:
        up: set[str] = set()
        todo = [c]
        while todo:
            node = todo.pop()
            for sup in g.objects(node, RDFS.subClassOf):
                if isinstance(sup, URIRef) and str(sup) not in up:
                    up.add(str(sup))
                    todo.append(sup)
        supers[str(c)] = frozenset(up)

    actors = {str(p): local_name(str(p)) for p in below(SEM.hasActor, RDFS.subPropertyOf)}
    if not actors:
        actors = {KGO_IRI + r: r for r in _ROLE_FALLBACK}
    actors[str(SEM.hasActor)] = "participant"
    places = {str(p) for p in below(SEM.hasPlace, RDFS.subPropertyOf)} | {KGO_IRI + "eventPlace", str(SEM.hasPlace)}
    return OntologyInfo(
        event_classes=event_classes,
        superclasses=supers,
        actor_properties=actors,
        place_properties=tuple(sorted(places)),
    )

