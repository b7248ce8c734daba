"""Exports, one module per format behind a small registry keyed by format name."""
from __future__ import annotations

import importlib
from pathlib import Path
from typing import IO, Callable

from ..errors import ExportError
from ..store.base import Store

__all__ = ["EXPORT_FORMATS", "RDF_EXPORTS", "export_store", "register_format", "extension", "format_name", "format_for_path", "is_network_format"]

#: format name -> (module, function, file extension); the function is
#: ``f(store, path, *, format, **options)``, imported only when used.
EXPORT_FORMATS: dict[str, tuple[str, str, str]] = {
    "nquads": ("kg.export.rdf", "write_rdf", "nq"),
    "trig": ("kg.export.rdf", "write_rdf", "trig"),
    "turtle": ("kg.export.rdf", "write_rdf", "ttl"),
    "jsonld": ("kg.export.rdf", "write_rdf", "jsonld"),
    "ntriples": ("kg.export.rdf", "write_rdf", "nt"),
    "rdfxml": ("kg.export.rdf", "write_rdf", "rdf"),
    # networks (a projection of the graph, see kg.export.network for their options)
    "graphml": ("kg.export.graphml", "write_graphml", "graphml"),
    "gexf": ("kg.export.gexf", "write_gexf", "gexf"),
    "cytoscape": ("kg.export.cytoscape", "write_cytoscape", "cyjs"),
    "json": ("kg.export.json", "write_json", "json"),
    "dot": ("kg.export.dot", "write_dot", "dot"),
    "csv": ("kg.export.csv", "write_csv", "csv"),
    "geojson": ("kg.export.geojson", "write_geojson", "geojson"),
    "html": ("kg.export.html", "write_html", "html"),
}
_ALIASES = {
    "nq": "nquads",
    "ttl": "turtle",
    "json-ld": "jsonld",
    "nt": "ntriples",
    "rdf/xml": "rdfxml",
    "owl": "rdfxml",
    "cyjs": "cytoscape",
    "node-link": "json",
    "graphviz": "dot",
    "gv": "dot",
}
#: formats that write RDF as it is stored; every other format writes a network projection
RDF_EXPORTS = frozenset({"nquads", "trig", "turtle", "jsonld", "ntriples", "rdfxml"})


def register_format(name: str, module: str, function: str, extension: str) -> None:
    EXPORT_FORMATS[name] = (module, function, extension)


def extension(fmt: str) -> str:
    """The usual file extension of an export format."""
    return EXPORT_FORMATS[_ALIASES.get(fmt.lower(), fmt.lower())][2]


def format_for_path(path: str) -> str | None:
    """The export format a file name's extension says (``x.graphml`` -> ``graphml``), or None.

    >>> format_for_path("graph.ttl"), format_for_path("net.gexf"), format_for_path("notes")
    ('turtle', 'gexf', None)
    """
    suffix = path.rsplit(".", 1)[-1].lower() if "." in path.rsplit("/", 1)[-1] else ""
    if not suffix:
        return None
    for name, (_module, _function, ext) in EXPORT_FORMATS.items():
        if suffix in (ext, name):
            return name
    return _ALIASES.get(suffix)


def format_name(fmt: str) -> str:
    """The registered name of ``fmt`` (aliases resolved); raises ExportError when unknown."""
    name = _ALIASES.get(fmt.lower(), fmt.lower())
    if name not in EXPORT_FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; use one of {', '.join(sorted(EXPORT_FORMATS))}")
    return name


def is_network_format(fmt: str) -> bool:
    """Whether ``fmt`` writes a network projection (and takes projection and filters)."""
    return format_name(fmt) not in RDF_EXPORTS


def _writer(fmt: str) -> tuple[str, Callable[..., None]]:
    name = _ALIASES.get(fmt.lower(), fmt.lower())
    if name not in EXPORT_FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; use one of {', '.join(sorted(EXPORT_FORMATS))}")
    module, func, _ext = EXPORT_FORMATS[name]
    return name, getattr(importlib.import_module(module), func)


def export_store(store: Store, fmt: str, path: str | Path | IO[bytes], **options: object) -> object:
    """Write ``store`` to ``path`` in the export format ``fmt``.

    Network formats take ``projection`` and filters as ``options`` (see
    :mod:`kg.export.network`); the RDF formats take none. Returns what the writer returns
    (the csv writer: the paths of the files it wrote).
    """
    name, writer = _writer(fmt)
    return writer(store, path, format=name, **options)
