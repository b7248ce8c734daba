"""The examples in the docstrings of the modules issue 12 added to or changed."""
from __future__ import annotations

import doctest
import importlib

import pytest


@pytest.mark.parametrize("name", [
    "kg.timelimit", "kg.rdf.safe", "kg.rdf.iris", "kg.export.csv", "kg.sparql.lexer", "kg.ingest.files",
])
def test_doctests(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


def test_pipeline_doctests(nlp):
    result = doctest.testmod(importlib.import_module("kg.extract.pipeline"))
    assert result.failed == 0 and result.attempted >= 2
