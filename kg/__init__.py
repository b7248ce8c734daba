"""kg: a knowledge-graph loader for news.

Feed it articles; get back an RDF graph of who did what to whom, where and when.

The pipeline, one sub-package per stage::

    ingest -> nlp -> extract -> rdf -> store -> query | analyse | export

Importing kg does no work: the spaCy model, the knowledge base and stores are loaded
only when a function needs them.
"""
from __future__ import annotations

__version__ = "0.1.0"
EXTRACTOR_VERSION = f"kg/{__version__}"

__all__ = ["__version__", "EXTRACTOR_VERSION"]
