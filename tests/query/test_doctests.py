"""The examples in the docstrings of the store, query, serve and validation modules run."""
from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["kg.sparql.lexer", "kg.query.library", "kg.query.stats", "kg.store.bulk", "kg.store.remote",
           "kg.serve.app", "kg.serve", "kg.rdf.validate"]


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    if name != "kg.serve":
        assert result.attempted > 0
