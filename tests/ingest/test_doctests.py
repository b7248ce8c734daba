"""The examples in the ingest docstrings run."""
from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["kg.ingest", "kg.ingest.article", "kg.ingest.boilerplate", "kg.ingest.encoding", "kg.ingest.formats",
           "kg.ingest.html", "kg.ingest.jsonl", "kg.ingest.metadata", "kg.ingest.sidecar", "kg.ingest.text",
           "kg.ingest.feeds"]


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
