"""The spaCy side: build the pipeline from settings and run it in batches."""
from __future__ import annotations

from .pipeline import build_pipeline, model_description

__all__ = ["build_pipeline", "model_description"]
