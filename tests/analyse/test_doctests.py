"""The examples in the analysis and network-export docstrings run."""
from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "kg.analyse.filters",
    "kg.analyse.data",
    "kg.analyse.projections",
    "kg.analyse.metrics",
    "kg.analyse.paths",
    "kg.analyse.run",
    "kg.analyse.canonical",
    "kg.export.network",
    "kg.export.dot",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    assert result.attempted > 0 or name in ("kg.export.network",)
