"""Serialise article RDF: N-Quads, TriG, Turtle, JSON-LD, through one small registry."""
from __future__ import annotations

from typing import IO, Iterable

from rdflib import Dataset, Graph, URIRef

from ..errors import ExportError
from ..vocab import PREFIXES
from .iris import Iris
from .mapping import ArticleRDF

__all__ = ["RDF_FORMATS", "rdf_format", "to_dataset", "serialize_dataset"]

#: name -> (rdflib format, media type, keeps named graphs)
RDF_FORMATS: dict[str, tuple[str, str, bool]] = {
    "nquads": ("nquads", "application/n-quads", True),
    "trig": ("trig", "application/trig", True),
    "turtle": ("turtle", "text/turtle", False),
    "jsonld": ("json-ld", "application/ld+json", True),
    "ntriples": ("nt", "application/n-triples", False),
}
_ALIASES = {"nq": "nquads", "ttl": "turtle", "json-ld": "jsonld", "nt": "ntriples"}


def rdf_format(name: str) -> str:
    """The canonical name of an RDF format, accepting aliases (``ttl``, ``nq``, ``json-ld``)."""
    key = _ALIASES.get(name.lower(), name.lower())
    if key not in RDF_FORMATS:
        raise ExportError(f"unknown RDF format {name!r}; use one of {', '.join(sorted(RDF_FORMATS))}")
    return key


def to_dataset(articles: Iterable[ArticleRDF], iris: Iris) -> Dataset:
    """One Dataset: each article's claims in its own graph, all descriptions in the entities graph."""
    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, override=True)
    entities = ds.graph(iris.entities_graph)
    for art in articles:
        g = ds.graph(art.graph)
        for t in art.claims:
            g.add(t)
        for t in art.descriptions:
            entities.add(t)
    return ds


def serialize_dataset(ds: Dataset, fmt: str, out: IO[bytes]) -> None:
    """Write ``ds`` in ``fmt``; triple formats (turtle) get the union of all graphs.

    N-Quads lines are sorted so that the same input always gives the same bytes.
    """
    fmt = rdf_format(fmt)
    rdflib_fmt, _, quads = RDF_FORMATS[fmt]
    if fmt == "nquads":
        data = ds.serialize(format="nquads")
        lines = sorted({line for line in data.splitlines() if line.strip()})
        out.write(("\n".join(lines) + ("\n" if lines else "")).encode("utf-8"))
        return
    if not quads:
        union = Graph()
        for prefix, ns in PREFIXES.items():
            union.bind(prefix, ns, override=True)
        for s, p, o, _g in ds.quads((None, None, None, None)):
            union.add((s, p, o))
        out.write(union.serialize(format=rdflib_fmt).encode("utf-8"))
        return
    out.write(ds.serialize(format=rdflib_fmt).encode("utf-8"))


def graph_names(ds: Dataset) -> list[URIRef]:
    return sorted(c.identifier for c in ds.contexts() if isinstance(c.identifier, URIRef))
