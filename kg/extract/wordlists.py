"""Word lists kept as data: ``ontology/lexicon/<name>.toml``, read once on first use.

English words the extractors rely on (time cues, speech cues, posts of state) live in
TOML files next to the ontology, not in code, so that a reader can extend them without
touching a module. Each file is a table of lists of strings (and tables of them).

>>> "by" in words("time", "deadline_cues")
True
"""
from __future__ import annotations

import tomllib
from functools import lru_cache
from typing import Any

from ..errors import ConfigError
from ..resources import ontology_dir

__all__ = ["lexicon", "words"]


@lru_cache(maxsize=None)
def lexicon(name: str) -> dict[str, Any]:
    """The parsed ``ontology/lexicon/<name>.toml``.

    Raises
    ------
    ConfigError
        When the file is missing or is not valid TOML.
    """
    path = ontology_dir() / "lexicon" / f"{name}.toml"
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: word list {name!r} is missing; restore ontology/lexicon/{name}.toml") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc}); fix the file") from exc


@lru_cache(maxsize=None)
def words(name: str, key: str) -> frozenset[str]:
    """The lower-cased strings under ``key`` in ``ontology/lexicon/<name>.toml``.

    Raises
    ------
    ConfigError
        When the file has no list ``key``.
    """
    table = lexicon(name)
    if key not in table:
        raise ConfigError(f"ontology/lexicon/{name}.toml has no list {key!r}; add it")
    return frozenset(str(w).lower() for w in table[key])
