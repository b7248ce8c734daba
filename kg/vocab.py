"""Namespaces: ours (closed, generated from ontology/) and the standard vocabularies.

``KGO`` raises on a term the ontology does not define, so code and ontology cannot drift
apart silently (see scripts/gen_vocab.py and tests/test_vocab.py).
"""
from __future__ import annotations

import keyword
from pathlib import Path

from rdflib import Namespace
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD, DCTERMS, PROV, ORG, TIME, GEO

__all__ = [
    "KGO",
    "KGO_IRI",
    "SDO",
    "SEM",
    "NIF",
    "ITSRDF",
    "WD",
    "KB",
    "OWL",
    "RDF",
    "RDFS",
    "SKOS",
    "XSD",
    "DCTERMS",
    "PROV",
    "ORG",
    "TIME",
    "GEO",
    "PREFIXES",
    "BORROWED_CONFIDENCE",
    "ontology_terms",
]

KGO_IRI = "https://w3id.org/kg-news/ontology#"
#: the ``kgo:confidence`` of a point borrowed from a place the article sets a place among
#: (``kg.extract.borrow``): what the canonical layer reads as a point lent, not found
BORROWED_CONFIDENCE = 0.35
SDO = Namespace("https://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")
WD = Namespace("http://www.wikidata.org/entity/")
KB = Namespace("https://w3id.org/kg-news/kb/")

from ._kgo import KGO  # noqa: E402  (generated)

#: Prefixes bound when serialising and offered to queries.
PREFIXES: dict[str, str] = {
    "kgo": KGO_IRI,
    "schema": str(SDO),
    "sem": str(SEM),
    "nif": str(NIF),
    "itsrdf": str(ITSRDF),
    "org": str(ORG),
    "prov": str(PROV),
    "geo": str(GEO),
    "time": str(TIME),
    "wd": str(WD),
    "kb": str(KB),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "skos": str(SKOS),
    "xsd": str(XSD),
    "dct": str(DCTERMS),
}


def ontology_terms(folder: Path) -> list[str]:
    """Local names of every term ``ontology/*.ttl`` defines in the kgo namespace, sorted."""
    from rdflib import Graph, URIRef

    g = Graph()
    for f in sorted(folder.glob("*.ttl")):
        g.parse(f, format="turtle")
    terms = {
        str(s)[len(KGO_IRI):]
        for s in g.subjects(RDF.type, None)
        if isinstance(s, URIRef) and str(s).startswith(KGO_IRI) and len(str(s)) > len(KGO_IRI)
    }
    return sorted(t for t in terms if t.isidentifier() and not keyword.iskeyword(t))
