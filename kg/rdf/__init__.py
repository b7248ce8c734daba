"""Extraction dataclasses → RDF (rdflib), one named graph per article."""
from __future__ import annotations

from .iris import Iris
from .mapping import ArticleRDF, to_rdf
from .serialize import RDF_FORMATS, rdf_format, serialize_dataset, stream_nquads, to_dataset, write_articles, write_nquads
from .triples import Triples

__all__ = [
    "Iris", "ArticleRDF", "Triples", "to_rdf", "RDF_FORMATS", "rdf_format", "serialize_dataset", "to_dataset",
    "write_articles", "write_nquads", "stream_nquads",
]
