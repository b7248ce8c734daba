"""Export the store as RDF: N-Quads and TriG keep the named graphs; Turtle, N-Triples,
RDF/XML and JSON-LD as produced by rdflib from the store's quads."""
from __future__ import annotations

from pathlib import Path
from typing import IO

from ..rdf.serialize import RDF_FORMATS, rdf_format
from ..store.base import Store
from .files import atomic_output

__all__ = ["write_rdf"]


def write_rdf(store: Store, path: str | Path | IO[bytes], *, format: str = "nquads") -> None:
    """Write every quad of ``store`` to ``path`` in ``format``."""
    fmt = rdf_format(format)
    with atomic_output(path) as out:
        if fmt in ("nquads", "trig"):
            store.dump(out, format=fmt)
            return
        import io

        from rdflib import Dataset

        buf = io.BytesIO()
        store.dump(buf, format="nquads")
        ds = Dataset()
        ds.parse(data=buf.getvalue().decode("utf-8"), format="nquads")
        from ..rdf.serialize import serialize_dataset

        serialize_dataset(ds, fmt, out)


FORMATS = tuple(RDF_FORMATS)
