"""Stores behind one interface, chosen by a small registry from the ``--store`` value.

* a folder path (the default, ``kg-store``): the embedded Oxigraph store on disk;
* ``memory:``: an rdflib Dataset in memory;
* ``oxigraph-memory:``: Oxigraph in memory (fast, not kept);
* ``http://…`` or ``https://…``: a SPARQL 1.1 server (Virtuoso, Oxigraph server, Fuseki,
  GraphDB) through the standard protocols; see :mod:`kg.store.remote` for its endpoints,
  authentication and the ``KG_STORE_*`` variables.

A backend is a factory ``(spec, iris, read_only) -> Store`` registered under a URL scheme
with :func:`register_backend`; its module is imported only when a store of it is opened.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from ..errors import StoreError
from ..rdf.iris import Iris
from .base import PutResult, QueryResult, Store

if TYPE_CHECKING:
    from ..config import Settings

__all__ = ["open_store", "Store", "QueryResult", "PutResult", "register_backend", "BACKENDS"]

#: scheme -> factory(spec, iris, read_only) ; the empty scheme means a folder path
BACKENDS: dict[str, Callable[[str, Iris, bool], Store]] = {}


def register_backend(scheme: str, factory: Callable[[str, Iris, bool], Store]) -> None:
    """Make ``--store SCHEME:…`` open a store with ``factory(spec, iris, read_only)``."""
    BACKENDS[scheme] = factory


def _oxigraph(spec: str, iris: Iris, read_only: bool) -> Store:
    from .oxigraph import OxigraphStore

    return OxigraphStore(spec, iris, read_only=read_only)


def _oxigraph_memory(spec: str, iris: Iris, read_only: bool) -> Store:
    from .oxigraph import OxigraphStore

    return OxigraphStore(None, iris)


def _memory(spec: str, iris: Iris, read_only: bool) -> Store:
    from .memory import MemoryStore

    return MemoryStore(iris)


def _remote(spec: str, iris: Iris, read_only: bool) -> Store:
    from .remote import SparqlStore, remote_config

    return SparqlStore(remote_config(spec), iris, read_only=read_only)


register_backend("", _oxigraph)
register_backend("memory", _memory)
register_backend("oxigraph-memory", _oxigraph_memory)
register_backend("http", _remote)
register_backend("https", _remote)


def open_store(
    spec: str | None, settings: "Settings", *, read_only: bool = False, create: bool = True, write_on_demand: bool = False
) -> Store:
    """Open the store named by ``spec`` (``settings.store`` when None).

    ``create=False`` is for commands that only read: a store folder that does not exist
    is then an error (a mistyped ``--store``), not a new empty store.
    ``write_on_demand``: for commands that may well write nothing (``kg load`` of unchanged
    articles): an embedded store that exists is opened for writing at its first write
    (see :class:`~kg.store.oxigraph.OxigraphStore`); other backends ignore it.

    Raises
    ------
    StoreError
        When the scheme is unknown or the store cannot be opened.
    """
    spec = spec or settings.store
    scheme = ""
    if ":" in spec and not (len(spec) > 1 and spec[1] == ":"):  # not a Windows drive
        head = spec.split(":", 1)[0].lower()
        if head.isalpha() or "-" in head:
            scheme = head
    factory = BACKENDS.get(scheme)
    if factory is None:
        known = ", ".join(f"{s}:" for s in BACKENDS if s) + ", or a folder path"
        raise StoreError(f"unknown store {spec!r}: use {known}")
    if not scheme and not create and not Path(spec).exists():
        raise StoreError(
            f"no store at {spec}: nothing was loaded there; check --store (or KG_STORE), "
            f"or load articles first with kg load ARTICLES --store {spec}"
        )
    if write_on_demand and factory is _oxigraph and not read_only:
        from .oxigraph import OxigraphStore

        return OxigraphStore(spec, Iris(settings.base_iri), write_on_demand=True)
    return factory(spec, Iris(settings.base_iri), read_only)
