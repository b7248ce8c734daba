"""One exception hierarchy for kg. Messages say what went wrong and what to do."""
from __future__ import annotations

__all__ = [
    "KGError",
    "ConfigError",
    "IngestError",
    "ModelError",
    "ExtractionError",
    "KnowledgeBaseError",
    "StoreError",
    "QueryError",
    "ExportError",
    "ValidationError",
    "EvaluationError",
    "TimeLimitError",
    "ClusterError",
]


class KGError(Exception):
    """Base class of every error kg raises on purpose."""


class ConfigError(KGError):
    """A setting is missing or invalid."""


class IngestError(KGError):
    """An input could not be read as an article.

    ``source`` names the file (and line, for JSONL) so the message can point at it.
    """

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None) -> None:
        self.source = source
        self.line = line
        self.reason = message
        where = source or "<input>"
        if line is not None:
            where = f"{where}:{line}"
        super().__init__(f"{where}: {message}")


class ModelError(KGError):
    """The spaCy pipeline could not be loaded or run."""


class ExtractionError(KGError):
    """One article could not be read out; the others go on."""


class KnowledgeBaseError(KGError):
    """A knowledge-base (gazetteer) file is invalid."""


class StoreError(KGError):
    """The store could not be opened, read or written."""


class QueryError(KGError):
    """A query could not be found, bound or run."""


class ExportError(KGError):
    """An export could not be written."""


class ValidationError(KGError):
    """A graph violates the SHACL shapes."""


class EvaluationError(KGError):
    """A gold annotation file (``kg eval``) is missing or malformed."""


class TimeLimitError(KGError):
    """A piece of work ran past its time limit (see :func:`kg.timelimit.time_limit`)."""


class ClusterError(KGError):
    """A cluster to extract on could not be used (Dask missing, scheduler unreachable, workers unlike the client)."""
