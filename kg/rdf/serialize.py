"""Serialise article RDF: N-Quads, TriG, Turtle, JSON-LD, N-Triples, RDF/XML, through one small registry.

``kg extract`` and ``kg export`` accept the same names (and aliases); the triple formats
(Turtle, N-Triples, RDF/XML) get the union of the named graphs, with the project's prefixes.
"""
from __future__ import annotations

from typing import IO, Iterable

from rdflib import Dataset, Graph, URIRef

from ..errors import ExportError
from ..vocab import PREFIXES
from .iris import Iris
from .mapping import ArticleRDF

__all__ = ["RDF_FORMATS", "RDF_FORMAT_NAMES", "rdf_format", "bind_prefixes", "to_dataset", "serialize_dataset", "write_nquads", "stream_nquads", "write_articles"]

#: name -> (rdflib format, media type, keeps named graphs)
RDF_FORMATS: dict[str, tuple[str, str, bool]] = {
    "nquads": ("nquads", "application/n-quads", True),
    "trig": ("trig", "application/trig", True),
    "turtle": ("turtle", "text/turtle", False),
    "jsonld": ("json-ld", "application/ld+json", True),
    "ntriples": ("nt", "application/n-triples", False),
    "rdfxml": ("xml", "application/rdf+xml", False),
}
_ALIASES = {"nq": "nquads", "ttl": "turtle", "json-ld": "jsonld", "nt": "ntriples", "rdf": "rdfxml", "rdf/xml": "rdfxml", "owl": "rdfxml"}
#: every name an RDF format is known by (canonical names and aliases), for option choices
RDF_FORMAT_NAMES = tuple(sorted(set(_ALIASES) | set(RDF_FORMATS)))


def rdf_format(name: str) -> str:
    """The canonical name of an RDF format, accepting aliases (``ttl``, ``nq``, ``json-ld``)."""
    key = _ALIASES.get(name.lower(), name.lower())
    if key not in RDF_FORMATS:
        raise ExportError(f"unknown RDF format {name!r}; use one of {', '.join(sorted(RDF_FORMATS))}")
    return key


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the project's prefixes (``kgo:``, ``sem:``, ``schema:``…) on ``graph``; returns it."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


def to_dataset(articles: Iterable[ArticleRDF], iris: Iris) -> Dataset:
    """One Dataset: each article's claims in its own graph, all descriptions in the entities graph."""
    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, override=True)
    entities = ds.graph(iris.entities_graph)
    for art in articles:
        g = ds.graph(art.graph)
        for t in art.claim_triples:
            g.add(t)
        for t in art.description_triples:
            entities.add(t)
    return ds


def write_nquads(articles: Iterable[ArticleRDF], iris: Iris, out: IO[bytes]) -> int:
    """Write the articles as sorted N-Quads straight from their triples (no rdflib Dataset).

    The same lines as ``serialize_dataset(to_dataset(articles), "nquads")``: each article's
    claims in its graph, the descriptions once in the entities graph, sorted so that the
    same input always gives the same bytes. Returns the number of quads.
    """
    lines: set[str] = set()
    for art in articles:
        lines.update(art.claim_triples.lines(art.graph))
        lines.update(art.description_triples.lines(iris.entities_graph))
    out.write("".join(line + "\n" for line in sorted(lines)).encode("utf-8"))
    return len(lines)


def stream_nquads(articles: Iterable[ArticleRDF], iris: Iris, out: IO[bytes]) -> int:
    """Write each article's N-Quads as it comes, in memory that does not grow with their number.

    Each article is one block of sorted lines: its claims in its graph, and those of its
    descriptions (in the entities graph) that no earlier article wrote; what is remembered
    of the descriptions written is a 16-byte digest each. The same quads as
    :func:`write_nquads`, which sorts them all at once; the same input gives the same bytes.
    Returns the number of quads.

    Examples
    --------
    >>> import io
    >>> from rdflib import URIRef
    >>> from kg.rdf import Triples
    >>> iris = Iris("https://example.org/kg/")
    >>> place = (URIRef("https://example.org/kg/id/goma"), URIRef("http://www.w3.org/2000/01/rdf-schema#label"), URIRef("urn:x"))
    >>> arts = [ArticleRDF(a, iris.article_graph(a), Triples(), Triples([place]), "h") for a in ("a1", "a2")]
    >>> out = io.BytesIO()
    >>> stream_nquads(arts, iris, out)  # the description shared by both is written once
    1
    """
    from hashlib import blake2b

    written: set[bytes] = set()
    quads = 0
    for art in articles:
        lines = list(art.claim_triples.lines(art.graph))
        for line in art.description_triples.lines(iris.entities_graph):
            digest = blake2b(line.encode("utf-8"), digest_size=16).digest()
            if digest not in written:
                written.add(digest)
                lines.append(line)
        lines.sort()
        if lines:
            out.write(("\n".join(lines) + "\n").encode("utf-8"))
        quads += len(lines)
    return quads


def write_articles(articles: Iterable[ArticleRDF], iris: Iris, fmt: str, out: IO[bytes]) -> None:
    """Write the articles in ``fmt``: N-Quads directly, the other formats through rdflib."""
    if rdf_format(fmt) == "nquads":
        write_nquads(articles, iris, out)
    else:
        serialize_dataset(to_dataset(articles, iris), fmt, out)


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
        union = bind_prefixes(Graph())
        for s, p, o, _g in ds.quads((None, None, None, None)):
            union.add((s, p, o))
        out.write(union.serialize(format=rdflib_fmt).encode("utf-8"))
        return
    out.write(ds.serialize(format=rdflib_fmt).encode("utf-8"))


def graph_names(ds: Dataset) -> list[URIRef]:
    return sorted(c.identifier for c in ds.contexts() if isinstance(c.identifier, URIRef))
