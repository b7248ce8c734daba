"""Fixtures for the ingest tests: a way to feed bytes to standard input."""
from __future__ import annotations

import io
import sys

import pytest


@pytest.fixture
def stdin(monkeypatch):
    """Call with bytes to make them what ``sys.stdin.buffer`` reads."""

    def feed(data: bytes) -> None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))

    return feed


@pytest.fixture
def errors():
    """A list to pass as ``on_error=errors.append``."""
    return []
