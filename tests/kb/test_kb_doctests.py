"""The examples in kg.kb's docstrings run (they are cheap: no GeoNames city table)."""
from __future__ import annotations

import doctest
import importlib

import pytest


@pytest.mark.parametrize("module", ["kg.kb", "kg.kb.normalize", "kg.kb.base", "kg.kb.check", "kg.kb.geo", "kg.kb.geoindex", "kg.kb.distance", "kg.kb.features"])
def test_docstring_examples(module: str) -> None:
    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
