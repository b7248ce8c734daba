"""Where the files shipped with kg live: ontology/, queries/, examples/.

In a source checkout (or an editable install) they are the top-level folders of the
project; in a wheel they are copied into the package as ``kg/_data/<name>``.
"""
from __future__ import annotations

from pathlib import Path

__all__ = ["resource_dir", "ontology_dir", "queries_dir", "examples_dir", "kb_dir"]

_PACKAGE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """The folder ``name`` (``ontology``, ``queries``, ``examples``) shipped with kg."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    from .errors import ConfigError

    raise ConfigError(
        f"kg's {name}/ folder was not found next to the package ({_PACKAGE}); "
        "reinstall kg (pip install .) or run it from a source checkout"
    )


def ontology_dir() -> Path:
    return resource_dir("ontology")


def kb_dir() -> Path:
    """The knowledge-base files shipped with kg (``ontology/kb``)."""
    return ontology_dir() / "kb"


def queries_dir() -> Path:
    return resource_dir("queries")


def examples_dir() -> Path:
    return resource_dir("examples")
